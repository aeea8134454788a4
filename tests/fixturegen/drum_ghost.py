"""Grey scans of laser prints with a worn drum's ghost, and of copies with a copier's watermark (tuning fixtures).

- the ghost: a laser printer whose drum keeps a trace of what it printed prints it again a drum's turn further down
  the sheet, pale (10-35 % of the ink's darkness), sometimes a second, weaker repeat a turn further; a stripe down
  the page where the toner ran low lightens the print; grain, a slight skew, JPEG;
- the watermark: a copier prints one or two large words ("KOPIA", "EJ ORIGINAL" ...) slanted across each page in
  a pale grey, and its date line along one edge of the page.

    ghosted(ink, rng, dpi, ...)                          a page's ink (darkness, 0-1) with the drum's repeats
    watermarked(grey, rng, dpi, words, ...)              a grey page with a slanted pale word or two across it
    drum_ghost(pdf_in, pdf_out, rng, kind, dpi)          an image-only grey scan of a text-layer PDF, its truth copied
    build_drum_ghost_corpus(out_dir, count, seed)        forms of the layout families, ghosts and watermarks in turn
    build_ghost_shapes_corpus(out_dir, count, seed)      the same over forms of three shapes in turn: labels light on
                                                         dark bands, labels over framed boxes, the layout families

The truth sidecar is the source's, its `variant` naming the kind (`ghost` / `watermark`) and its parameters.
"""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

from .render import truth_path

DPIS = (150, 200, 240, 300)
GHOST_SHARE = (0.10, 0.35)  # the first repeat's darkness, a share of the print's
GHOST_OFFSET_MM = (60.0, 95.0)  # a drum's turn
WORDS = (
    ("KOPIA",),
    ("ARKIVEXEMPLAR",),
    ("EJ ORIGINAL",),
    ("KOPIA", "EJ FÖR UTLÄMNING"),
    ("UTKAST",),
    ("SEKRETESSPRÖVAD",),
    ("INTERN", "HANDLING"),
)
FONTS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
)


def ghosted(ink, rng: random.Random, dpi: int, *, share: float, offset_mm: float, second: bool, stripe: float):
    """`ink` (H x W float darkness 0-1) with its pale repeat `offset_mm` lower at `share` of its darkness (a second
    at a third of that a turn further when `second`) and a low-toner stripe `stripe` lighter at its middle."""
    import numpy as np

    height, width = ink.shape
    offset = round(offset_mm / 25.4 * dpi)
    out = ink.copy()
    repeats = [(offset, share)] + ([(2 * offset, share / 3)] if second else [])
    for shift, strength in repeats:
        if shift < height:
            out[shift:] = out[shift:] + strength * ink[: height - shift] * (1 - out[shift:])
    if stripe:
        middle, half = rng.uniform(0.2, 0.8) * width, rng.uniform(0.04, 0.12) * width
        columns = np.arange(width)
        profile = 1 - stripe * np.exp(-(((columns - middle) / half) ** 2))
        out = out * profile[None, :]
    return np.clip(out, 0, 1)


def watermarked(grey, rng: random.Random, dpi: int, words: tuple[str, ...], *, darkness: float, angle: float):
    """`grey` (PIL "L") with `words` drawn large across the page, `angle` degrees up from the left, each line as dark
    as `darkness` of black, multiplied into the print (a copier prints its toner over the copy)."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    width, height = grey.size
    font = ImageFont.truetype(rng.choice(FONTS), round(dpi * rng.uniform(0.9, 1.6)))
    longest = max(font.getlength(word) for word in words)
    # the words as wide as the page's diagonal allows (a copier scales its stamp to the sheet)
    fit = min(1.0, 0.85 * (width**2 + height**2) ** 0.5 / max(longest, 1))
    font = ImageFont.truetype(font.path, max(20, round(font.size * fit)))
    line = round(font.size * 1.2)
    layer = Image.new("L", (round(longest * fit) + 40, line * len(words) + 40), 0)
    draw = ImageDraw.Draw(layer)
    for index, word in enumerate(words):
        draw.text(((layer.width - font.getlength(word)) / 2, 20 + index * line), word, font=font, fill=255)
    layer = layer.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    canvas = Image.new("L", (width, height), 0)
    canvas.paste(layer, ((width - layer.width) // 2, (height - layer.height) // 2))
    mark = np.asarray(canvas, dtype=np.float32) / 255 * darkness
    page = np.asarray(grey, dtype=np.float32) * (1 - mark)
    return Image.fromarray(np.clip(page, 0, 255).astype(np.uint8), "L")


def _date_line(grey, rng: random.Random, dpi: int, number: int):
    """The copier's line along one edge: when and on which machine the copy was made."""
    from PIL import ImageDraw, ImageFont

    font = ImageFont.truetype(FONTS[2], max(8, round(dpi * 7 / 72)))
    text = (
        f"Kopierad 20{rng.randint(19, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
        f"{rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}  {rng.choice(('KM-C308', 'iR-ADV 4525', 'MP 3055'))}"
        f"  S.{number}"
    )
    draw = ImageDraw.Draw(grey)
    y = round(dpi * 0.12) if rng.random() < 0.5 else grey.height - round(dpi * 0.25)
    draw.text((round(dpi * 0.3), y), text, font=font, fill=rng.randint(40, 90))


def drum_ghost(pdf_in: str | Path, pdf_out: str | Path, rng: random.Random, kind: str, dpi: int) -> Path:
    """Every page of pdf_in printed and scanned grey at `dpi` with a drum's ghost (`kind` "ghost") or a copier's
    watermark ("watermark"); an image-only PDF with pdf_in's truth, its `variant` set."""
    import numpy as np
    import pypdfium2
    from fpdf import FPDF
    from PIL import Image

    pdf_in, pdf_out = Path(pdf_in), Path(pdf_out)
    share, offset, second, stripe = rng.uniform(*GHOST_SHARE), rng.uniform(*GHOST_OFFSET_MM), rng.random() < 0.5, 0.0
    if rng.random() < 0.7:
        stripe = rng.uniform(0.3, 0.6)
    words, darkness, angle = rng.choice(WORDS), rng.uniform(0.12, 0.35), rng.uniform(20, 60) * rng.choice((1, 1, -1))
    document = pypdfium2.PdfDocument(str(pdf_in))
    pdf = FPDF(unit="pt")
    skew = rng.uniform(-0.6, 0.6)
    try:
        for number, page in enumerate(document, 1):
            width, height = page.get_size()
            grey = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            if kind == "ghost":
                ink = 1 - np.asarray(grey, dtype=np.float32) / 255
                ink = ghosted(ink, rng, dpi, share=share, offset_mm=offset, second=second, stripe=stripe)
                grey = Image.fromarray(np.round(255 * (1 - ink)).astype(np.uint8), "L")
            else:
                _date_line(grey, rng, dpi, number)
                grey = watermarked(grey, rng, dpi, words, darkness=darkness, angle=angle)
            grey = grey.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=255)
            pixels = np.asarray(grey, dtype=np.float32) * rng.uniform(0.88, 0.97) + rng.uniform(4, 14)
            pixels += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 6, pixels.shape)
            buffer = io.BytesIO()
            Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L").save(
                buffer, "JPEG", quality=rng.randint(65, 88)
            )
            buffer.seek(0)
            pdf.add_page(format=(width, height))
            pdf.image(buffer, x=0, y=0, w=width, h=height)
    finally:
        document.close()
    pdf.output(str(pdf_out))
    truth = json.loads(truth_path(pdf_in).read_text(encoding="utf-8"))
    truth["variant"] = kind
    truth["scan"] = (  # what the page holds, for reading its misses
        f"{dpi} dpi, ghost {share:.2f} at {offset:.0f} mm{' twice' if second else ''}, stripe {stripe:.2f}"
        if kind == "ghost"
        else f"{dpi} dpi, {' / '.join(words)} at {darkness:.2f}, {angle:.0f} degrees"
    )
    truth_path(pdf_out).write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return pdf_out


def build_drum_ghost_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` forms of the layout families as grey scans, a drum's ghost and a copier's watermark in turn, the
    resolution in turn (150-300 dpi)."""
    import tempfile

    from .families import build_layout_corpus

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    kinds = ("ghost", "watermark")
    with tempfile.TemporaryDirectory() as tmp:
        return [
            drum_ghost(
                source,
                out / f"dgh-{index:03d}-{kinds[index % 2]}.pdf",
                random.Random(f"drum-ghost-{seed}-{index}"),
                kinds[index % 2],
                DPIS[(index // 2) % len(DPIS)],
            )
            for index, source in enumerate(build_layout_corpus(tmp, count, seed))
        ]


SHAPES = ("bands", "boxes", "layout")  # build_ghost_shapes_corpus's sources, in turn


def build_ghost_shapes_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` forms as grey scans, a drum's ghost and a copier's watermark in turn, over three shapes in turn
    (SHAPES: labels light on dark bands (band_forms), small grey labels over framed boxes or a numbered table
    (boxforms), the layout families), the resolution in turn (150-300 dpi)."""
    import tempfile

    from .band_forms import build_band_forms
    from .boxforms import build_box_forms
    from .families import build_layout_corpus

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    kinds = ("ghost", "watermark")
    each = -(-count // len(SHAPES))
    with tempfile.TemporaryDirectory() as tmp:
        sources = [
            build(Path(tmp) / name, each, seed)
            for name, build in zip(SHAPES, (build_band_forms, build_box_forms, build_layout_corpus), strict=True)
        ]
        return [
            drum_ghost(
                sources[index % len(SHAPES)][index // len(SHAPES)],
                out / f"dgs-{index:03d}-{SHAPES[index % len(SHAPES)]}-{kinds[index % 2]}.pdf",
                random.Random(f"ghost-shapes-{seed}-{index}"),
                kinds[index % 2],
                DPIS[(index // 2) % len(DPIS)],
            )
            for index in range(count)
        ]
