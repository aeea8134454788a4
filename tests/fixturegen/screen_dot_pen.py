"""A phone photo of a screen, a dot-matrix printout, a reviewer's red pen (tuning fixtures, issue #12).

- screen: the form shown on a computer screen and photographed: the page drawn at the screen's 96-132 dpi inside a
  viewer's grey and the screen's black bezel, every screen pixel split into its red, green and blue stripes with a
  dark row under it, the photo turned up to 2 degrees and scaled by 0.62-0.8 so the stripes beat into moiré, a
  bright reflection, a dim corner, a slight blur, colour JPEG;
- soft_screen (twenty-sixth round): the same photo taken soft and with its white balance off: the stripes'
  colour partly lost, the whole screen tinted (one channel 4-14 levels down) and exposed dim (paper 135-175);
- dotmatrix: a monospaced listing (enscript's one-up shape) printed by a 9-pin printer: every glyph drawn as
  round pin dots on a grid of 72-96 dots an inch, the ribbon paler along each line and in bands down the sheet, on
  continuous paper wider than the page with sprocket strips of holes (the lid's grey through them) and
  perforations down both edges, pale green bars every three lines; turned a little, colour 200 dpi JPEG;
- redpen: the layout families' print marked by a reviewer's red (or crimson) pen: ticks in the left margin beside
  lines, one to three runs of words struck through with a wavy stroke and a scrawled correction above them, the
  first amount ringed, "OK" and initials at the last page's foot; turned a little, colour 200 dpi JPEG.

    screen_photo(rgb, rng, ...)                        a photo (RGB uint8) of `rgb` shown on a screen
    pin_dots(ink, rng, dpi, grid)                      the darkness (0-1) of a pin-dot print of a bool ink page
    tractor_paper(darkness, rng, dpi)                  an RGB sheet of continuous paper with that print on it
    red_marks(image, words, rng, dpi, last)            a PIL RGB page with a reviewer's marks drawn over it
    build_screen_dot_pen_corpus(out_dir, count, seed)  the three kinds in turn, truth copied
    build_soft_screen_corpus(out_dir, count, seed)     the layout families as soft_screen photos

The truth sidecar is the source's, its `variant` naming the kind and `scan` its parameters.
"""

from __future__ import annotations

import io
import math
import random
from pathlib import Path

from .render import copy_truth

KINDS = ("screen", "dotmatrix", "redpen")
CORRECTIONS = ("kolla", "se bilaga", "stryk", "fel", "uppgift saknas", "ändra", "ok?", "belopp?", "jfr 2023")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def screen_photo(rgb, rng: random.Random, *, turn: float, shrink: float, dark_row: float, soft: bool = False):
    """`rgb` (H x W x 3 uint8, the screen's pixels) photographed: each pixel three stripes (red, green, blue) over
    a row `dark_row` as bright, turned `turn` degrees, scaled by `shrink` of the subpixels, a reflection and a
    dim corner. `soft`: a far or out-of-focus photo, its white balance off: a tenth to a third of the stripes'
    colour left, the screen tinted (a channel 4-14 levels down), exposed dim (the paper 135-175)."""
    import numpy as np
    from PIL import Image, ImageFilter

    height, width = rgb.shape[:2]
    sub = np.zeros((height * 3, width * 3, 3), np.uint8)
    for channel in range(3):
        sub[:, channel::3, channel] = np.repeat(rgb[..., channel], 3, axis=0)
    sub[2::3] = (sub[2::3].astype(np.float32) * dark_row).astype(np.uint8)
    image = Image.fromarray(sub, "RGB")
    size = (round(width * 3 * shrink), round(height * 3 * shrink))
    image = image.resize(size, Image.Resampling.BILINEAR)
    image = image.rotate(turn, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(12, 12, 14))
    out = np.asarray(image).astype(np.float32)
    paper = rng.uniform(135, 175) if soft else rng.uniform(225, 245)
    out *= paper / max(1.0, float(np.percentile(out.mean(axis=2), 90)))  # the paper near white (soft: dim)
    if soft:
        mean = out.mean(axis=2, keepdims=True)
        out = mean + rng.uniform(0.6, 0.9) * (out - mean)
        out[..., rng.randrange(3)] -= rng.uniform(4, 14)
    h, w = out.shape[:2]
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.15, 0.85) * h
    glare = rng.uniform(40, 90) * np.exp(-(((xs - cx) / (0.18 * w)) ** 2 + ((ys - cy) / (0.12 * h)) ** 2))
    corner = rng.choice(((0, 0), (w, 0), (0, h), (w, h)))
    dim = 1 - rng.uniform(0.2, 0.4) * np.exp(-(((xs - corner[0]) ** 2 + (ys - corner[1]) ** 2) / (0.35 * w) ** 2))
    out = (out + glare[..., None]) * dim[..., None]
    image = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")
    return image.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.0)))


def pin_dots(ink, rng: random.Random, dpi: int, grid: int):
    """Darkness (H x W float, 0-1) at `dpi` of a dot-matrix print of `ink` (2-D bool at `grid` dots an inch):
    a round dot for every inked cell, the ribbon fading along each line and in bands down the sheet."""
    import numpy as np

    step = dpi / grid
    height, width = round(ink.shape[0] * step), round(ink.shape[1] * step)
    out = np.zeros((height, width), np.float32)
    radius = rng.uniform(0.5, 0.62) * step
    r = math.ceil(radius) + 1
    yy, xx = np.mgrid[-r : r + 1, -r : r + 1]
    ys, xs = np.nonzero(ink)
    cy, cx = ys * step + step / 2, xs * step + step / 2
    band = rng.uniform(1.5, 4.0) * dpi
    strength = 0.9 - rng.uniform(0.1, 0.3) * (0.5 + 0.5 * np.sin(cy / band * 2 * math.pi))
    strength = strength - rng.uniform(0.1, 0.3) * cx / width  # the ribbon paler along each line
    for dy in range(-r, r + 1):
        for dx in range(-r, r + 1):
            oy, ox = np.rint(cy + dy).astype(int), np.rint(cx + dx).astype(int)
            fy, fx = cy + dy - oy, cx + dx - ox
            near = np.hypot(dy - fy, dx - fx) <= radius
            ok = near & (oy >= 0) & (oy < height) & (ox >= 0) & (ox < width)
            np.maximum.at(out, (oy[ok], ox[ok]), strength[ok])
    del yy, xx
    return out


def tractor_paper(darkness, rng: random.Random, dpi: int):
    """An RGB sheet (uint8) of continuous paper 1.2 inch wider than `darkness`, its print in the middle: sprocket
    strips of holes showing the lid's grey and perforations down both edges, pale green bars every half inch."""
    import numpy as np

    margin = round(0.6 * dpi)
    height, width = darkness.shape
    sheet = np.empty((height, width + 2 * margin, 3), np.float32)
    sheet[:] = (247, 246, 240)
    rows = np.arange(height)
    barred = (rows // round(dpi / 2)) % 2 == 0
    green = np.array(rng.choice(((222, 240, 222), (214, 236, 216), (228, 243, 226))), np.float32)
    sheet[barred, margin : margin + width] = green
    ink = np.array((40, 40, 48), np.float32)
    dark = darkness[..., None]
    sheet[:, margin : margin + width] = sheet[:, margin : margin + width] * (1 - dark) + ink * dark
    lid = rng.randint(80, 130)
    hole = 0.078 * dpi
    ys, xs = np.mgrid[0:height, 0 : width + 2 * margin]
    for centre_x in (0.25 * dpi, width + 2 * margin - 0.25 * dpi):
        for centre_y in np.arange(0.25 * dpi, height, 0.5 * dpi):
            box = (
                slice(int(centre_y - hole - 2), int(centre_y + hole + 3)),
                slice(int(centre_x - hole - 2), int(centre_x + hole + 3)),
            )
            inside = np.hypot(ys[box] - centre_y, xs[box] - centre_x) <= hole
            sheet[box][inside] = lid
    for x in (round(0.5 * dpi), width + 2 * margin - round(0.5 * dpi)):
        cut = (rows // 4) % 3 != 0
        sheet[cut, x : x + 2] *= 0.8
    return np.clip(sheet, 0, 255).astype(np.uint8)


def red_marks(image, words, rng: random.Random, dpi: int, last: bool):
    """`image` (PIL RGB at `dpi`) with a reviewer's marks drawn over it (the ink darkens what it covers, as a
    ballpoint's does: black print under it stays black); `words` pdfplumber's words (pt)."""
    from PIL import Image, ImageChops, ImageDraw, ImageFont

    pen = rng.choice(((200, 30, 40), (215, 40, 50), (180, 20, 50), (225, 60, 60)))
    layer = Image.new("RGB", image.size, (255, 255, 255))
    draw = ImageDraw.Draw(layer)
    k = dpi / 72
    stroke = max(2, round(rng.uniform(0.9, 1.4) * k))
    lefts = sorted({round(w["x0"]) for w in words})
    line_starts = [w for w in words if round(w["x0"]) in lefts[:2]]
    for word in rng.sample(line_starts, min(len(line_starts), rng.randint(2, 5))):
        x, y = (word["x0"] - rng.uniform(14, 26)) * k, (word["top"] + word["bottom"]) / 2 * k
        size = rng.uniform(5, 8) * k
        draw.line(
            [(x - size * 0.6, y - size * 0.1), (x - size * 0.2, y + size * 0.4), (x + size * 0.5, y - size * 0.7)],
            fill=pen,
            width=stroke,
        )
    font = ImageFont.truetype(FONT, round(rng.uniform(9, 12) * k))
    runs = [i for i, w in enumerate(words) if len(w["text"]) > 2]
    for start in rng.sample(runs, min(len(runs), rng.randint(1, 3))):
        run = [w for w in words[start : start + rng.randint(1, 3)] if abs(w["top"] - words[start]["top"]) < 2]
        x0, x1 = run[0]["x0"] * k, run[-1]["x1"] * k
        y = (run[0]["top"] + run[0]["bottom"]) / 2 * k
        points = [
            (x, y + math.sin((x - x0) / (3 * k)) * 1.2 * k) for x in range(int(x0) - 3, int(x1) + 4, max(1, int(k)))
        ]
        draw.line(points, fill=pen, width=stroke)
        draw.text(
            (x0 + rng.uniform(-5, 15) * k, run[0]["top"] * k - rng.uniform(10, 14) * k),
            rng.choice(CORRECTIONS),
            fill=pen,
            font=font,
        )
    amounts = [w for w in words if sum(c.isdigit() for c in w["text"]) >= 3]
    if amounts:
        w = amounts[0]
        draw.ellipse(
            [(w["x0"] - 6) * k, (w["top"] - 4) * k, (w["x1"] + 6) * k, (w["bottom"] + 4) * k], outline=pen, width=stroke
        )
    if last:
        x, y = rng.uniform(0.55, 0.75) * image.width, image.height - rng.uniform(50, 80) * k
        draw.text((x, y), f"OK {rng.choice(('AB', 'KL', 'MN', 'EH', 'jl'))}", fill=pen, font=font)
    return ImageChops.multiply(image, layer)


def _jpeg_page(pdf, image, quality: int, size: tuple[float, float]) -> None:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    buffer.seek(0)
    pdf.add_page(format=size)
    pdf.image(buffer, x=0, y=0, w=size[0], h=size[1])


def scanned(pdf_in: str | Path, pdf_out: str | Path, rng: random.Random, kind: str) -> Path:
    """Every page of pdf_in photographed or printed as `kind` (KINDS); an image-only PDF with pdf_in's truth."""
    import numpy as np
    import pdfplumber
    import pypdfium2
    from fpdf import FPDF
    from PIL import Image

    pdf_in, pdf_out = Path(pdf_in), Path(pdf_out)
    screen_dpi, turn, shrink = rng.randint(96, 132), rng.uniform(-2.0, 2.0), rng.uniform(0.62, 0.8)
    dark_row, grid = rng.uniform(0.2, 0.5), rng.choice((84, 96))
    quality = rng.randint(74, 90)
    document = pypdfium2.PdfDocument(str(pdf_in))
    pdf = FPDF(unit="pt")
    with pdfplumber.open(pdf_in) as plumbed:
        words = [page.extract_words() for page in plumbed.pages]
    try:
        for number, page in enumerate(document):
            page_width, page_height = page.get_size()
            if kind in ("screen", "soft_screen"):
                rgb = np.asarray(page.render(scale=screen_dpi / 72).to_pil().convert("RGB"))
                frame, bezel = round(rng.uniform(0.3, 0.7) * screen_dpi), round(0.25 * screen_dpi)
                grey = rng.randint(70, 120)
                screen = np.full((rgb.shape[0] + 2 * frame, rgb.shape[1] + 2 * frame, 3), grey, np.uint8)
                screen[frame:-frame, frame:-frame] = (rgb.astype(np.float32) * 0.45 + 8).astype(np.uint8)
                screen = np.pad(screen, ((bezel, bezel), (bezel, bezel), (0, 0)), constant_values=10)
                soft = kind == "soft_screen"
                image = screen_photo(screen, rng, turn=turn, shrink=shrink, dark_row=dark_row, soft=soft)
                scale = screen_dpi * 3 * shrink / 72  # photo px per pt of page
                size = (image.width / scale, image.height / scale)
            elif kind == "dotmatrix":
                grey = np.asarray(page.render(scale=grid / 72, grayscale=True).to_pil().convert("L"))
                darkness = pin_dots(grey < 215, rng, 200, grid)
                sheet = Image.fromarray(tractor_paper(darkness, rng, 200), "RGB")
                image = sheet.rotate(
                    rng.uniform(-0.5, 0.5), resample=Image.Resampling.BICUBIC, fillcolor=(247, 246, 240)
                )
                size = (image.width * 72 / 200, image.height * 72 / 200)
            else:
                image = page.render(scale=200 / 72).to_pil().convert("RGB")
                image = red_marks(image, words[number], rng, 200, number == len(document) - 1)
                image = image.rotate(
                    rng.uniform(-0.6, 0.6), resample=Image.Resampling.BICUBIC, fillcolor=(255, 255, 255)
                )
                size = (page_width, page_height)
            _jpeg_page(pdf, image, quality, size)
    finally:
        document.close()
    pdf.output(str(pdf_out))
    scan = {  # what the page holds, for reading its misses
        "screen": f"screen {screen_dpi} dpi, turned {turn:.2f}, shrink {shrink:.2f}, dark row {dark_row:.2f}",
        "soft_screen": f"soft screen {screen_dpi} dpi, turned {turn:.2f}, shrink {shrink:.2f}",
        "dotmatrix": f"pins {grid} an inch, 200 dpi",
        "redpen": "200 dpi",
    }[kind]
    copy_truth(pdf_in, pdf_out, variant=kind, scan=scan)
    return pdf_out


def build_screen_dot_pen_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` forms in the three kinds in turn: the layout families photographed on a screen and marked by a red
    pen, enscript's one-up listings printed in pin dots."""
    import tempfile

    from .families import build_layout_corpus
    from .textforms import _build, _print_enscript

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        layouts = build_layout_corpus(Path(tmp) / "layout", count, seed)
        listings = _build(Path(tmp) / "listing", count, seed, "enscript", ("enscript_1up",), _print_enscript)
        paths = []
        for index in range(count):
            kind = KINDS[index % 3]
            source = listings[index] if kind == "dotmatrix" else layouts[index]
            rng = random.Random(f"sdp-{seed}-{index}")
            paths.append(scanned(source, out / f"sdp-{index:03d}-{kind}.pdf", rng, kind))
        return paths


def build_soft_screen_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` layout-family forms photographed on a screen softly (screen_photo's `soft`: weak stripes under a
    colour cast, dim), the twenty-sixth round's tuning set of that class."""
    import tempfile

    from .families import build_layout_corpus

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        layouts = build_layout_corpus(Path(tmp) / "layout", count, seed)
        return [
            scanned(
                source, out / f"soft-{index:03d}-soft_screen.pdf", random.Random(f"soft-{seed}-{index}"), "soft_screen"
            )
            for index, source in enumerate(layouts)
        ]
