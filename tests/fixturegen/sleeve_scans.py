"""Scans through a glossy sleeve's glare, bilevel scans with lossy symbol substitution, sheets cut at the glass's
edge (tuning fixtures, issue #12).

- glare: the sheet scanned inside a plastic sleeve, in colour: a broad slanted band where the print is washed out
  towards white (its middle 50-80 % of the way), one or two thin bright reflections beside it, the sleeve's welded
  edge a faint line down one side, a cool cast, a slight blur, JPEG;
- symbols: a bilevel scan coded as a lossy symbol coder codes it: each glyph (an ink blob) printed from the bitmap
  of the first glyph of its class, two glyphs of one size in one class when their bitmaps differ in less than a
  share of their ink, so look-alikes swap ("l" for "I", "i" for "l" in small type), a few specks;
- edge: the sheet laid off the glass, grey: its left edge cut off some points inside the labels' column (the page
  image starts there), the lid's grey down the right edge behind the paper's edge line, turned a little, JPEG.

    glared(rgb, rng, dpi, ...)                         an RGB page (uint8) with a glare band, reflections, an edge
    substituted(ink, threshold)                        a bool ink page with its glyphs coded by symbol classes
    edge_cut(grey, dpi, cut_points, lid)               a grey page shifted left by the cut, the lid at the right
    sleeve_scan(pdf_in, pdf_out, rng, kind, dpi)       an image-only scan of a text-layer PDF, its truth copied
    build_sleeve_corpus(out_dir, count, seed)          forms of the layout families, the three kinds in turn

The truth sidecar is the source's, its `variant` naming the kind (`glare` / `symbols` / `edge`) and `scan` its
parameters.
"""

from __future__ import annotations

import io
import math
import random
from pathlib import Path

from .render import copy_truth

KINDS = ("glare", "symbols", "edge")
GLARE_PEAK = (0.5, 0.8)  # how far towards white the band's middle washes the print
GLARE_WIDTH = (0.12, 0.3)  # the band's half-width, a share of the page's diagonal
CUT_POINTS = (1.5, 7.0)  # how far inside the labels' left edge the glass's edge lies
SYMBOL_THRESHOLD = (0.06, 0.12)  # two glyphs share a class when their bitmaps differ in less than this share of ink


def glared(rgb, rng: random.Random, dpi: int, *, peak: float, width: float, angle: float, reflections: int):
    """`rgb` (H x W x 3 uint8) washed towards white by a slanted band (`angle` degrees from upright, `width` its
    half-width as a share of the diagonal, `peak` at its middle), `reflections` thin bright lines beside it, the
    sleeve's edge a faint line near the right side."""
    import numpy as np

    height, width_px = rgb.shape[:2]
    diagonal = math.hypot(height, width_px)
    ys, xs = np.mgrid[0:height, 0:width_px].astype(np.float32)
    theta = math.radians(angle)
    across = xs * math.cos(theta) + ys * math.sin(theta)  # distance along the band's normal
    middle = rng.uniform(0.3, 0.7) * (width_px * abs(math.cos(theta)) + height * abs(math.sin(theta)))
    if math.cos(theta) < 0 or math.sin(theta) < 0:
        middle = float(across.min() + rng.uniform(0.3, 0.7) * (across.max() - across.min()))
    half = width * diagonal
    wash = peak * np.exp(-(((across - middle) / half) ** 4))  # a flat-topped band with soft edges
    for _ in range(reflections):
        offset = rng.choice((-1, 1)) * rng.uniform(1.1, 1.6) * half
        thin = rng.uniform(0.8, 2.5) / 72 * dpi
        wash = np.maximum(wash, rng.uniform(0.6, 0.9) * np.exp(-(((across - middle - offset) / thin) ** 2)))
    out = rgb.astype(np.float32)
    out = out + wash[..., None] * (255 - out)
    edge = width_px - round(rng.uniform(0.15, 0.6) / 2.54 * dpi)
    out[:, edge : edge + 2] *= rng.uniform(0.8, 0.9)  # the sleeve's welded edge
    out[..., 0] *= 0.95  # a cool cast
    out[..., 2] = out[..., 2] * 0.98 + 5
    return np.clip(out, 0, 255).astype(np.uint8)


def substituted(ink, threshold: float):
    """`ink` (2-D bool) with every glyph drawn from its class's first bitmap: glyphs of one box size (within a
    pixel) whose bitmaps, laid top-left on each other, differ in under `threshold` of the ink."""
    import numpy as np

    from bilagor.extractor.ocr_lone_dashes import ink_blobs

    out = np.zeros_like(ink)
    classes: dict[tuple[int, int], list] = {}
    for x0, top, x1, bottom, _ in ink_blobs(ink):
        bitmap = ink[top:bottom, x0:x1]
        height, width = bitmap.shape
        chosen = bitmap
        if height * width <= 40 * 40:  # a glyph, not a rule or a picture
            for dh in (0, -1, 1):
                for dw in (0, -1, 1):
                    for known in classes.get((height + dh, width + dw), []):
                        common = np.zeros((max(height, known.shape[0]), max(width, known.shape[1])), bool)
                        a, b = common.copy(), common.copy()
                        a[:height, :width], b[: known.shape[0], : known.shape[1]] = bitmap, known
                        if (a ^ b).sum() < threshold * max(a.sum(), b.sum()):
                            chosen = known
                            break
                    if chosen is not bitmap:
                        break
                if chosen is not bitmap:
                    break
            if chosen is bitmap:
                classes.setdefault((height, width), []).append(bitmap)
        h, w = min(chosen.shape[0], ink.shape[0] - top), min(chosen.shape[1], ink.shape[1] - x0)
        out[top : top + h, x0 : x0 + w] |= chosen[:h, :w]
    return out


def edge_cut(grey, dpi: int, cut_points: float, lid: int):
    """`grey` (2-D uint8) as scanned with its left edge off the glass: the image starts `cut_points` inside the
    leftmost column of text, the paper's right edge a dark line with the lid's grey `lid` beyond it."""
    import numpy as np

    counts = (grey < 128).sum(axis=0)
    # the leftmost column of text: a table's border or a rule down the page (ink in many rows) is not
    columns = np.flatnonzero((counts >= 3) & (counts < 0.12 * grey.shape[0]))
    left = int(columns[0]) if columns.size else 0
    shift = left + round(cut_points / 72 * dpi)
    out = np.full_like(grey, lid)
    out[:, : grey.shape[1] - shift] = grey[:, shift:]
    edge = grey.shape[1] - shift
    out[:, edge : edge + 2] = max(0, lid - 60)
    return out


def sleeve_scan(pdf_in: str | Path, pdf_out: str | Path, rng: random.Random, kind: str, dpi: int) -> Path:
    """Every page of pdf_in scanned as `kind` (KINDS) at `dpi`; an image-only PDF with pdf_in's truth."""
    import numpy as np
    import pypdfium2
    from fpdf import FPDF
    from PIL import Image, ImageFilter

    pdf_in, pdf_out = Path(pdf_in), Path(pdf_out)
    peak, width, angle = rng.uniform(*GLARE_PEAK), rng.uniform(*GLARE_WIDTH), rng.uniform(-60, 60)
    reflections = rng.choice((1, 2))
    threshold, cut, lid = rng.uniform(*SYMBOL_THRESHOLD), rng.uniform(*CUT_POINTS), rng.randint(95, 140)
    turn = rng.uniform(-0.4, 0.4)
    document = pypdfium2.PdfDocument(str(pdf_in))
    pdf = FPDF(unit="pt")
    noise = np.random.default_rng(rng.randrange(1 << 30))
    try:
        for page in document:
            page_width, page_height = page.get_size()
            buffer = io.BytesIO()
            if kind == "glare":
                rgb = np.asarray(page.render(scale=dpi / 72).to_pil().convert("RGB"))
                rgb = rgb.astype(np.float32) * 0.93 + 8 + noise.normal(0, 3, rgb.shape)
                rgb = glared(
                    np.clip(rgb, 0, 255).astype(np.uint8),
                    rng,
                    dpi,
                    peak=peak,
                    width=width,
                    angle=angle,
                    reflections=reflections,
                )
                image = Image.fromarray(rgb, "RGB").filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.9)))
                image.save(buffer, "JPEG", quality=rng.randint(74, 88))
            elif kind == "symbols":
                grey = np.asarray(page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L"))
                ink = substituted(grey < 140, threshold)
                ink |= noise.random(ink.shape) < 0.0003
                image = Image.fromarray(np.where(ink, 0, 255).astype(np.uint8), "L").convert("1")
                image.save(buffer, "PNG")
            else:
                grey = np.asarray(page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L"))
                grey = edge_cut(grey.astype(np.float32) * 0.92 + 10, dpi, cut, lid).astype(np.float32)
                grey += noise.normal(0, 4, grey.shape)
                image = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L")
                # the paper runs on past the glass's edge on the left: what the turn uncovers there is paper
                image = image.rotate(turn, resample=Image.Resampling.BICUBIC, fillcolor=245)
                image.save(buffer, "JPEG", quality=rng.randint(72, 86))
            buffer.seek(0)
            pdf.add_page(format=(page_width, page_height))
            pdf.image(buffer, x=0, y=0, w=page_width, h=page_height)
    finally:
        document.close()
    pdf.output(str(pdf_out))
    scan = {  # what the page holds, for reading its misses
        "glare": f"{dpi} dpi, band {peak:.2f} at {angle:.0f} degrees, half-width {width:.2f}, {reflections} lines",
        "symbols": f"{dpi} dpi, classes within {threshold:.2f}",
        "edge": f"{dpi} dpi, cut {cut:.1f} pt, lid {lid}, turned {turn:.2f}",
    }[kind]
    copy_truth(pdf_in, pdf_out, variant=kind, scan=scan)
    return pdf_out


def build_sleeve_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` forms of the layout families scanned as the three kinds in turn (glare in colour at 200 dpi,
    symbols bilevel at 200 dpi, the cut edge grey at 240 dpi)."""
    import tempfile

    from .families import build_layout_corpus

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    dpis = {"glare": 200, "symbols": 200, "edge": 240}
    with tempfile.TemporaryDirectory() as tmp:
        return [
            sleeve_scan(
                source,
                out / f"slv-{index:03d}-{KINDS[index % 3]}.pdf",
                random.Random(f"sleeve-{seed}-{index}"),
                KINDS[index % 3],
                dpis[KINDS[index % 3]],
            )
            for index, source in enumerate(build_layout_corpus(tmp, count, seed))
        ]
