"""Archive scans of a typed paper form, drawn straight as page images with Pillow (200 dpi, grey),
turned a little (at most 1.5 degrees), with paper noise and specks.

`scan_ocr`: the images turned into a PDF with an invisible text layer by `tesseract IMAGE OUT -l swe pdf`,
as scanners and archive services deliver them. `scan_image`: the images only (Pillow's PDF writer).
"""

from __future__ import annotations

import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .common import FONTS, wrap, wrap_answer
from .content import HEADING, MARKER, Form, normalise

DPI = 200
PAGE = (int(8.27 * DPI), int(11.69 * DPI))
TYPEFACES = {
    "serif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "sans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "mono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
}


def available(family: str) -> bool:
    if family == "scan_ocr":
        if shutil.which("tesseract") is None:
            return False
        langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout.split()
        return "swe" in langs
    return True


def _pages(form: Form, rng: random.Random) -> tuple[list[Image.Image], dict[int, int]]:
    face = rng.choice(list(TYPEFACES))
    regular_file, bold_file = (FONTS / f for f in TYPEFACES[face])
    pt = rng.choice((10.5, 11, 12))
    px = int(pt * DPI / 72)
    regular = ImageFont.truetype(str(regular_file), px)
    bold = ImageFont.truetype(str(bold_file), px)
    big = ImageFont.truetype(str(bold_file), int(px * 1.3))
    leading = int(px * 1.35)
    margin = int(0.8 * DPI)
    width = PAGE[0] - 2 * margin
    label_w = int(width * rng.choice((0.28, 0.32)))
    answer_x = margin + label_w + int(0.15 * DPI)
    answer_w = PAGE[0] - margin - answer_x
    rules = rng.random() < 0.5  # a line under each row, as on a printed template
    pages: list[Image.Image] = []
    where: dict[int, int] = {}

    def new_page() -> ImageDraw.ImageDraw:
        pages.append(Image.new("L", PAGE, 255))
        draw = ImageDraw.Draw(pages[-1])
        draw.text((PAGE[0] - margin, PAGE[1] - margin // 2), f"Sida {len(pages)}", font=regular, fill=0, anchor="rs")
        return draw

    draw = new_page()
    y = margin
    for line in wrap(normalise(form.title), lambda s: big.getlength(s), width):
        draw.text((margin, y), line, font=big, fill=0)
        y += int(leading * 1.3)
    draw.text((margin, y), form.committee, font=regular, fill=0)
    draw.text((PAGE[0] - margin, y), form.dnr, font=regular, fill=0, anchor="ra")
    y += leading * 2
    bottom = PAGE[1] - margin
    for i, row in enumerate(form.rows):
        if row.style == HEADING:
            label = wrap(row.label, lambda s: bold.getlength(s), width)
            body = wrap_answer(row.text, lambda s: regular.getlength(s), width)
            cells = [(margin, bold, t, k) for k, t in enumerate(label)]
            cells += [(margin, regular, t, k + len(label)) for k, t in enumerate(body)]
        else:
            label = [] if row.style == MARKER else wrap(row.label, lambda s: bold.getlength(s), label_w)
            body = wrap_answer(row.text, lambda s: regular.getlength(s), answer_w) or [""]
            cells = [(margin, bold, t, k) for k, t in enumerate(label)]
            cells += [(answer_x, regular, t, k) for k, t in enumerate(body)]
        depth = max(k for *_, k in cells) + 1
        base = y
        for x, font, text, k in sorted(cells, key=lambda c: c[3]):
            ly = base + k * leading
            if ly + leading > bottom:
                draw = new_page()
                shift = ly - margin
                base -= shift
                y -= shift
                ly = base + k * leading
            where.setdefault(i, len(pages))
            if text:
                draw.text((x, ly), text, font=font, fill=rng.randint(0, 40))
        y = base + depth * leading + leading // 2
        if rules and y + 4 < bottom:
            draw.line((margin, y - leading // 4, PAGE[0] - margin, y - leading // 4), fill=120, width=2)
        if y + leading > bottom:
            draw = new_page()
            y = margin
    return pages, {i: p for i, p in where.items() if form.rows[i].key}


def _age(page: Image.Image, rng: random.Random) -> Image.Image:
    """What a flatbed scanner does to a page: a slight turn, grey paper, noise, a few specks."""
    import numpy as np

    angle = rng.uniform(-1.5, 1.5)
    page = page.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    page = page.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    pixels = np.asarray(page, dtype=np.float32)
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0, rng.uniform(6, 14), pixels.shape)
    pixels = pixels * rng.uniform(0.9, 0.97) + noise + 4
    out = Image.fromarray(np.clip(pixels, 0, 255).astype("uint8"))
    draw = ImageDraw.Draw(out)
    for _ in range(rng.randint(5, 40)):
        x, y = rng.randrange(out.width), rng.randrange(out.height)
        r = rng.randint(1, 3)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randint(30, 110))
    return out


def draw(form: Form, path: Path, rng: random.Random, family: str) -> dict:
    pages, where = _pages(form, rng)
    scans = [_age(p, rng) for p in pages]
    if family == "scan_image":
        scans[0].save(path, "PDF", resolution=DPI, save_all=True, append_images=scans[1:])
    else:
        with tempfile.TemporaryDirectory() as tmp:
            names = []
            for k, scan in enumerate(scans):
                name = Path(tmp) / f"p{k}.png"
                scan.save(name, dpi=(DPI, DPI))
                names.append(str(name))
            listing = Path(tmp) / "pages.txt"
            listing.write_text("\n".join(names) + "\n")
            subprocess.run(
                ["tesseract", str(listing), str(Path(tmp) / "out"), "-l", "swe", "pdf"],
                check=True,
                capture_output=True,
                timeout=600,
            )
            shutil.move(str(Path(tmp) / "out.pdf"), path)
    return {"pages": len(pages), "where": where, "layout": {"dpi": DPI}}
