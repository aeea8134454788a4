"""Faxes whose row feed slips: the project's forms printed as black-and-white faxes, 204 x 98 dpi (standard) or
204 x 196 dpi (fine), whose receiver's row feed slipped in bands: scan rows dropped (letters squashed) and repeated
(letters stretched) in runs, at a rate of its own for each band.

    slipped(bits, rng, rate)                       the rows of a bilevel image after a slipping feed
    fax_slip(pdf_in, pdf_out, rng, ...)            an image-only fax of a text-layer PDF, its truth copied
    build_fax_slip_corpus(out_dir, count, seed)    forms of the layout families, each as such a fax

The truth sidecar is the source's, its `variant` naming the fax (resolution, rate, noise and header).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .render import truth_path

RESOLUTIONS = {"standard": (204, 98), "fine": (204, 196)}
RATES = (0.0, 0.03, 0.08, 0.15)  # the share of a slipping band's rows that start a drop or a repeat
BAND_ROWS = (12, 60)  # a band of one feed behaviour, in image rows (a text line or a few)


def slipped(bits, rng: random.Random, rate: float):
    """The rows of `bits` (H x W bool, True ink) as a slipping feed prints them: the page cut into bands of
    BAND_ROWS rows; a band either feeds true, drops rows or repeats rows (runs of 1-3 rows started at `rate` per row).
    The result has as many rows as `bits`: paper is added at the bottom, or the bottom cut off."""
    import numpy as np

    height = bits.shape[0]
    rows: list[int] = []
    y = 0
    while y < height:
        band = rng.randint(*BAND_ROWS)
        mode = rng.choice(("true", "drop", "repeat", "drop", "repeat")) if rate else "true"
        end = min(height, y + band)
        while y < end:
            rows.append(y)
            if mode != "true" and rng.random() < rate:
                run = rng.randint(1, 3)
                if mode == "repeat":
                    rows.extend([y] * run)
                else:
                    y += run
            y += 1
    rows = rows[:height]
    out = np.zeros_like(bits)
    out[: len(rows)] = bits[rows]
    return out


def write_fax_pdf(path: Path, images: list[tuple[int, int, bytes]], sizes: list[tuple[float, float]]) -> None:
    """An image-only PDF at `path`: one 1-bit image a page (width, height, packed rows: 1 is paper), drawn over
    the whole page of `sizes` points."""
    from .producers import _Writer

    writer = _Writer()
    pages = writer.reserve()
    kids = []
    for (width, height, data), (pw, ph) in zip(images, sizes):
        entries = f"/Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray"
        image = writer.stream(entries + " /BitsPerComponent 1", data)
        content = writer.stream("", b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (pw, ph))
        kids.append(
            writer.add(
                f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] /Contents {content} 0 R "
                f"/Resources << /XObject << /Im0 {image} 0 R >> >> >>"
            )
        )
    writer.set(pages, f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>")
    root = writer.add(f"<< /Type /Catalog /Pages {pages} 0 R >>")
    writer.write(path, root, writer.add("<< /Producer (bilagor fixturegen fax_slip) >>"))


def _line_noise(bits, rng: random.Random):
    """`bits` with a fax line's noise: a streak or two across the page, single pixels."""
    import numpy as np

    bits = bits.copy()
    for _ in range(rng.randint(0, 2)):  # a streak across the page
        y = rng.randrange(20, bits.shape[0] - 20)
        bits[y, rng.randrange(0, 400) : rng.randrange(800, bits.shape[1])] = True
    return bits | (np.random.default_rng(rng.randrange(1 << 30)).random(bits.shape) < 0.0008)


def faxed(
    pdf_in: str | Path,
    pdf_out: str | Path,
    rng: random.Random,
    *,
    resolution: str,
    header: str | None,
    header_box: tuple[int, int],
    marked: Callable[[Any], Any],
    variant: str,
) -> Path:
    """Draw every page of pdf_in at the fax's resolution under the sending machine's `header` line (a white band
    `header_box` = (height, text top) px), threshold it, let `marked` (bilevel rows, True ink, to bilevel rows) do
    what the line and the machines did, and write an image-only PDF with pdf_in's truth, its `variant` set."""
    import numpy as np
    import pypdfium2
    from PIL import Image, ImageDraw

    across, down = RESOLUTIONS[resolution]
    pdf_in, pdf_out = Path(pdf_in), Path(pdf_out)
    document = pypdfium2.PdfDocument(str(pdf_in))
    images, sizes = [], []
    try:
        for number, page in enumerate(document, 1):
            width, height = page.get_size()
            grey = page.render(scale=across / 72, grayscale=True).to_pil().convert("L")
            grey = grey.resize((grey.width, round(height * down / 72)), Image.Resampling.BOX)
            if header:
                draw = ImageDraw.Draw(grey)
                draw.rectangle((0, 0, grey.width, header_box[0]), fill=255)
                draw.text((40, header_box[1]), f"{header}  S.{number:02d}/{len(document):02d}", fill=0)
            bits = marked(np.asarray(grey) < rng.randint(150, 190))
            packed = np.packbits(~bits, axis=1)  # DeviceGray 1 bit: 1 is white
            images.append((bits.shape[1], bits.shape[0], packed.tobytes()))
            sizes.append((width, height))
    finally:
        document.close()
    write_fax_pdf(pdf_out, images, sizes)
    truth = json.loads(truth_path(pdf_in).read_text(encoding="utf-8"))
    truth["variant"] = variant
    truth_path(pdf_out).write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return pdf_out


def fax_slip(
    pdf_in: str | Path,
    pdf_out: str | Path,
    rng: random.Random,
    *,
    resolution: str = "standard",
    rate: float = 0.08,
    noise: bool = True,
    header: str | None = None,
    noise_after: bool = False,
) -> Path:
    """Draw every page of pdf_in at the fax's resolution, threshold it, add the sending machine's `header` line and
    line noise (`noise`), let the row feed slip (`slipped`) and write an image-only PDF with pdf_in's truth. With
    `noise_after` the line noise comes after the slip (a sender's scanner slipped, the line added its noise): the
    rows printed twice differ in their noise."""

    def marked(bits):
        if noise and not noise_after:
            bits = _line_noise(bits, rng)
        bits = slipped(bits, rng, rate)
        return _line_noise(bits, rng) if noise and noise_after else bits

    variant = (
        f"fax_slip-{resolution}-r{round(rate * 100):02d}{'-noise' if noise else ''}{'-after' if noise_after else ''}"
        f"{'-header' if header else ''}"
    )
    return faxed(
        pdf_in, pdf_out, rng, resolution=resolution, header=header, header_box=(12, 1), marked=marked, variant=variant
    )


def build_fax_slip_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` forms of the layout families as slipping faxes: resolution, rate, noise and header in turn; from the
    seventeenth on, in turns of 16, the noise comes after the slip."""
    import tempfile

    from .families import build_layout_corpus

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    with tempfile.TemporaryDirectory() as tmp:
        for index, source in enumerate(build_layout_corpus(tmp, count, seed)):
            rng = random.Random(f"fax-slip-{seed}-{index}")
            resolution = ("standard", "fine")[index % 2]
            rate = RATES[1:][index // 2 % 3] if index % 8 != 7 else 0.0  # every eighth a clean fax
            noise, with_header = index // 6 % 2 == 0, index % 3 != 1
            sent = f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}"
            header = f"{sent}  FAX 08-508 {rng.randint(10, 99)} {rng.randint(100, 999)}" if with_header else None
            target = out / f"fs-{index:03d}-{source.stem}.pdf"
            after = index // 16 % 2 == 1
            paths.append(
                fax_slip(
                    source, target, rng, resolution=resolution, rate=rate, noise=noise, header=header, noise_after=after
                )
            )
    return paths
