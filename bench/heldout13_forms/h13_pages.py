"""Turning a drawn form PDF into the set's other constructions:

- `strip_tounicode`: every font's /ToUnicode removed (pikepdf), so the text layer of Typst's Identity-H CID fonts
  reads as glyph numbers while the page looks right (a broken font);
- `outline_text`: Ghostscript's pdfwrite with -dNoOutputFonts, every glyph drawn as a vector path (no text
  layer, no image either);
- `highlight_scan`: the pages rendered at 200 dpi colour, a yellow, green or pink highlighter stroked over some
  lines of text, a skew under a degree, paper tone and noise, heavy JPEG (img2pdf, the JPEG stored as is);
- `screenshot_scan`: the pages captured as screen images at about 96 dpi (anti-aliased, RGB) in a viewer's
  grey frame, stored losslessly as PNG (img2pdf).
"""

from __future__ import annotations

import io
import random
import subprocess
from pathlib import Path


def page_count(pdf: Path) -> int:
    import pikepdf

    with pikepdf.open(pdf) as doc:
        return len(doc.pages)


def strip_tounicode(src: Path, dst: Path) -> None:
    import pikepdf

    with pikepdf.open(src) as doc:
        for obj in doc.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == pikepdf.Name.Font and "/ToUnicode" in obj:
                del obj["/ToUnicode"]
        doc.save(dst)


def outline_text(src: Path, dst: Path) -> None:
    subprocess.run(
        [
            "gs",
            "-q",
            "-dSAFER",
            "-dBATCH",
            "-dNOPAUSE",
            "-sDEVICE=pdfwrite",
            "-dNoOutputFonts",
            f"-sOutputFile={dst}",
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )


def render(src: Path, workdir: Path, dpi: int):
    """The pages of `src` as RGB PIL images at `dpi` (Ghostscript, anti-aliased)."""
    from PIL import Image

    stem = workdir / (src.stem + f"-r{dpi}")
    subprocess.run(
        [
            "gs",
            "-q",
            "-dSAFER",
            "-dBATCH",
            "-dNOPAUSE",
            "-sDEVICE=png16m",
            f"-r{dpi}",
            "-dTextAlphaBits=4",
            "-dGraphicsAlphaBits=4",
            f"-sOutputFile={stem}-%03d.png",
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pages = []
    for path in sorted(workdir.glob(stem.name + "-*.png")):
        with Image.open(path) as im:
            pages.append(im.convert("RGB"))
        path.unlink()
    return pages


def _line_bands(grey, min_ink: int) -> list[tuple[int, int]]:
    """Row bands holding ink (text lines) of a greyscale array."""
    dark = (grey < 128).sum(axis=1)
    bands, start = [], None
    for y, n in enumerate(dark):
        if n >= min_ink and start is None:
            start = y
        elif n < min_ink and start is not None:
            if y - start >= 8:
                bands.append((start, y))
            start = None
    return bands


def highlight(page, rng: random.Random):
    import numpy as np
    from PIL import Image

    rgb = np.asarray(page, dtype=np.float32)
    grey = rgb.mean(axis=2)
    bands = [b for b in _line_bands(grey, 6) if b[1] - b[0] < 60]
    colour = np.array(rng.choice(((255, 240, 60), (150, 240, 120), (255, 150, 200))), dtype=np.float32) / 255
    for top, bottom in rng.sample(bands, min(len(bands), rng.randint(2, 6))):
        cols = np.nonzero((grey[top:bottom] < 128).any(axis=0))[0]
        if not len(cols):
            continue
        left = max(0, int(cols[0]) - rng.randint(2, 12))
        right = min(rgb.shape[1], int(cols[-1]) + rng.randint(-40, 12))
        pad = rng.randint(2, 6)
        rgb[max(0, top - pad) : bottom + pad, left:right] *= colour
    rgb *= np.array((0.97, 0.96, 0.92), dtype=np.float32)  # paper tone
    rgb += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 7, rgb.shape[:2])[..., None]
    out = Image.fromarray(rgb.clip(0, 255).astype(np.uint8))
    return out.rotate(rng.uniform(-0.9, 0.9), resample=Image.BICUBIC, expand=False, fillcolor=(235, 233, 225))


def screen_frame(page, rng: random.Random):
    from PIL import Image, ImageDraw

    border = rng.randint(12, 40)
    bar = rng.randint(30, 50)
    framed = Image.new("RGB", (page.width + 2 * border, page.height + border + bar), (82, 86, 89))
    framed.paste(page, (border, bar))
    draw = ImageDraw.Draw(framed)
    draw.rectangle((0, 0, framed.width, bar - 8), fill=(50, 54, 57))
    for i in range(4):  # toolbar buttons (shapes, no text)
        draw.rectangle((10 + 28 * i, 8, 30 + 28 * i, bar - 16), fill=(120, 124, 128))
    return framed


def images_pdf(images: list, dpi: int, fmt: str, dst: Path, quality: int = 75) -> None:
    import img2pdf

    blobs = []
    for im in images:
        buf = io.BytesIO()
        if fmt == "JPEG":
            im.save(buf, "JPEG", quality=quality, dpi=(dpi, dpi))
        else:
            im.save(buf, "PNG", dpi=(dpi, dpi))
        blobs.append(buf.getvalue())
    dst.write_bytes(img2pdf.convert(blobs))


def highlight_scan(src: Path, dst: Path, workdir: Path, rng: random.Random) -> None:
    pages = [highlight(p, rng) for p in render(src, workdir, 200)]
    images_pdf(pages, 200, "JPEG", dst, quality=rng.randint(25, 40))


def screenshot_scan(src: Path, dst: Path, workdir: Path, rng: random.Random) -> None:
    dpi = rng.choice((96, 100, 110))
    images_pdf([screen_frame(p, rng) for p in render(src, workdir, dpi)], dpi, "PNG", dst)
