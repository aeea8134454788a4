"""A listing printed with its lines closed up, scanned (tuning fixtures, issue #12, touching_lines).

enscript's one-up listings (the `textforms` fixture) rendered at 200 dpi; each text line (a run of inked rows) is
set again nearer the one above, so that the lines' blank rows are gone and a descender meets (or runs a row into) the next
line's ascender zone (a printer's six lines to the inch with tall glyphs, a typewriter's single spacing); the ink
spread a little on half the pages (a worn ribbon, a copy's toner: strokes grown by a pixel), a grey paper, turned a little, JPEG.

    closed_up(grey, rng)                       a page (uint8 grey) with its lines set closer, ink spread
    build_close_lines_corpus(out, count, seed) the listings so printed and scanned, truth copied
"""

from __future__ import annotations

import random
from pathlib import Path

from .render import copy_truth


def closed_up(grey, rng: random.Random):
    """`grey` (H x W uint8, ink dark) with each text line moved up so it meets (or overlaps by a row) the line above at
    their blank gap's end (darker of the two kept), on half the pages its strokes grown by a pixel (a 3 x 3
    minimum)."""
    import numpy as np
    from PIL import Image, ImageFilter

    inked = (grey < 160).sum(axis=1) > 0
    rows = np.flatnonzero(inked)
    if not rows.size:
        return grey
    breaks = np.flatnonzero(np.diff(rows) > 1)
    starts = np.concatenate(([rows[0]], rows[breaks + 1]))
    ends = np.concatenate((rows[breaks], [rows[-1]])) + 1
    out = np.full_like(grey, 255)
    gaps = starts[1:] - ends[:-1]
    apart = gaps[gaps >= 4]
    single = int(np.median(apart)) if apart.size else 0  # the listing's gap between lines
    y = int(starts[0])
    previous_end = None
    for start, end in zip(starts, ends, strict=True):
        if previous_end is not None:
            gap = int(start - previous_end)
            # a line's own parts (an accent, a rule) a blank row or two apart stay; lines close up by their single
            # gap and a row more or none, so a blank line between paragraphs stays a line's height
            y = y + gap if gap < 4 else y + max(gap - single, 0) - rng.randint(0, 1)
        height = int(end - start)
        y = max(y, 0)
        if y + height > out.shape[0]:
            break
        out[y : y + height] = np.minimum(out[y : y + height], grey[start:end])
        y += height
        previous_end = end
    if rng.random() < 0.5:  # a worn ribbon's or a copy's spread ink
        out = np.asarray(Image.fromarray(out).filter(ImageFilter.MinFilter(3)))
    return out


def scanned(pdf_in: str | Path, pdf_out: str | Path, rng: random.Random) -> Path:
    """Every page of pdf_in rendered at 200 dpi, its lines closed up, on grey paper, turned; an image-only PDF."""
    import io

    import numpy as np
    import pypdfium2
    from fpdf import FPDF
    from PIL import Image

    pdf_in, pdf_out = Path(pdf_in), Path(pdf_out)
    paper, quality = rng.randint(225, 245), rng.randint(70, 88)
    document = pypdfium2.PdfDocument(str(pdf_in))
    pdf = FPDF(unit="pt")
    try:
        for page in document:
            width, height = page.get_size()
            grey = np.asarray(page.render(scale=200 / 72, grayscale=True).to_pil().convert("L"))
            page_grey = closed_up(grey, rng).astype(np.float32) * paper / 255
            image = Image.fromarray(page_grey.astype(np.uint8), "L").rotate(
                rng.uniform(-0.4, 0.4), resample=Image.Resampling.BICUBIC, fillcolor=paper
            )
            buffer = io.BytesIO()
            image.save(buffer, "JPEG", quality=quality)
            pdf.add_page(format=(width, height))
            pdf.image(buffer, x=0, y=0, w=width, h=height)
    finally:
        document.close()
    pdf.output(str(pdf_out))
    copy_truth(pdf_in, pdf_out, variant="close_lines", scan=f"paper {paper}, JPEG {quality}")
    return pdf_out


def build_close_lines_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` enscript one-up listings with their lines closed up, scanned."""
    import tempfile

    from .textforms import _build, _print_enscript

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        listings = _build(Path(tmp) / "listing", count, seed, "enscript", ("enscript_1up",), _print_enscript)
        return [
            scanned(source, out / f"cl-{index:03d}-close_lines.pdf", random.Random(f"cl-{seed}-{index}"))
            for index, source in enumerate(listings)
        ]
