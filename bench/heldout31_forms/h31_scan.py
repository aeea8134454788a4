"""The scanned families: h31_layout's pages drawn into Pillow images and worn with numpy, no text layer.

`pencil_notes` (a reviewed print scanned grey at 200 dpi: a reader's soft graphite notes in the margins and between
the lines, scribbled cursive-like loops 3–4 mm high, a few words underlined, a bracket or a question mark at the
margin, a tick after some answers, pressed lightly (grey 110–170) and grainy; JPEG 78–88); `generation_loss` (a
copy of a copy of a copy: three to five photocopy generations, each blurring a little (0.45–0.7 px), raising the
contrast round a threshold (125–150), scaling 0.99–1.01 and turning up to 0.4° about the page's centre and adding toner specks, so the
strokes are kept with hard edges, hairlines thin out, pale grey goes white and specks pile up; bitonal-looking grey 200 dpi,
JPEG 80–90); `lid_open` (the page scanned with the lid open: a black surround where the glass saw the room, a dark
shading falling off across 10–25 mm from one long edge as the page lifted off the glass (the text there darker and
a little blurred and squeezed toward the edge), the page a few mm smaller than the frame and off-centre; grey 200
dpi, JPEG 72–84).
The turned labels of `turned_labels` are drawn turned here too (h31_layout's `Turned`).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout23_forms"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout26_forms"))
from h23_scan import _font, _noise, _save, draw_page  # noqa: E402
from h26_scan import _turned  # noqa: E402
from h31_layout import Page, Turned  # noqa: E402

DPI = 200
MM = DPI / 25.4  # pixels a millimetre


def _grey(page: Page, dpi: int = DPI) -> np.ndarray:
    """The page as grey levels, paper 255 and ink 0, the turned labels turned."""
    flat = Page(page.width, page.height, [t for t in page.texts if not isinstance(t, Turned)], page.boxes)
    image = draw_page(flat, dpi, ink=0, paper=255)
    scale = dpi / 72
    for t in page.texts:
        if isinstance(t, Turned):
            font = _font(t.bold, round(t.size * scale))
            length = int(font.getlength(t.text)) + 4
            strip = Image.new("L", (length, round(t.size * scale * 1.5)), 0)
            ImageDraw.Draw(strip).text((0, round(t.size * scale * 1.1)), t.text, font=font, fill=255, anchor="ls")
            turned = strip.rotate(90, expand=True)
            x = round(t.x * scale - t.size * scale * 1.1)
            y = round(t.y * scale) - turned.height
            image.paste(0, (x, y), turned)
    return np.asarray(image, dtype=float)


# --- pencil notes -------------------------------------------------------------------------------------------------


def _scribble(draw: ImageDraw.ImageDraw, rng: random.Random, x: float, y: float, length: float, tone: int) -> None:
    """A cursive-like pencil line: loops of varying height along a gently sloping baseline."""
    height = rng.uniform(3, 4) * MM
    points, t, slope = [], 0.0, rng.uniform(-0.04, 0.04)
    while t < length:
        step = rng.uniform(0.3, 0.7) * MM
        t += step
        up = height * (0.5 + 0.5 * np.sin(t / (rng.uniform(0.8, 1.4) * MM))) * rng.uniform(0.6, 1.0)
        points.append((x + t, y - up + slope * t))
        if rng.random() < 0.05:  # a gap between words
            draw.line(points, fill=tone, width=2) if len(points) > 1 else None
            points, t = [], t + rng.uniform(1.5, 3) * MM
    if len(points) > 1:
        draw.line(points, fill=tone, width=2)


def pencilled(grey: np.ndarray, rng: random.Random) -> np.ndarray:
    """`grey` with pencil notes in the margins and between the lines, ticks and underlines, soft and grainy."""
    h, w = grey.shape
    notes = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(notes)
    rows = np.nonzero((grey < 128).sum(axis=1) > 4)[0]
    for _ in range(rng.randint(3, 6)):  # notes in the right or left margin
        x = rng.choice((rng.uniform(2, 6) * MM, w - rng.uniform(17, 19) * MM))
        y = rng.uniform(0.15, 0.9) * h
        for k in range(rng.randint(1, 3)):
            _scribble(draw, rng, x, y + k * 5 * MM, rng.uniform(10, 15) * MM, rng.randint(110, 170))
    if len(rows):
        gaps = [int(r) for r, s in zip(rows[:-1], rows[1:]) if s - r > 0.35 * MM * 10]
        for r in rng.sample(gaps, min(len(gaps), rng.randint(2, 5))):  # a note in a gap between printed lines
            x = rng.uniform(0.25, 0.6) * w
            _scribble(draw, rng, x, r + 4.5 * MM, rng.uniform(25, 60) * MM, rng.randint(110, 170))
        for r in rng.sample(list(rows[::25]), min(len(rows[::25]), rng.randint(2, 5))):  # an underline
            x0 = rng.uniform(0.12, 0.5) * w
            draw.line([(x0, r + 4), (x0 + rng.uniform(20, 60) * MM, r + 4 + rng.uniform(-4, 4))],
                      fill=rng.randint(110, 160), width=2)  # fmt: skip
        for r in rng.sample(list(rows[::40]), min(len(rows[::40]), rng.randint(1, 3))):  # a tick or a question mark
            x = w - rng.uniform(15, 19) * MM
            draw.line([(x, r), (x + 1.2 * MM, r + 1.5 * MM), (x + 3.5 * MM, r - 2.5 * MM)], fill=130, width=3)
    grain = np.random.default_rng(rng.randrange(1 << 30)).random((h, w)) < 0.75
    pencil = np.asarray(notes.filter(ImageFilter.GaussianBlur(0.6)), dtype=float)
    pencil = np.where(grain, pencil, 255 - (255 - pencil) * 0.4)
    return np.minimum(grey, pencil)


def pencil_notes(pages: list[Page], path: Path, rng: random.Random) -> int:
    out = []
    for page in pages:
        grey = _grey(page)
        h, w = grey.shape
        paper = 244 + _noise(rng, (h, w), 2.5) - (255 - grey) * 0.9
        out.append(_turned(pencilled(paper, rng), rng, (244,), 0.5))
    return _save(out, path, DPI, rng.randint(78, 88))


# --- a copy of a copy of a copy -----------------------------------------------------------------------------------


def copied(grey: np.ndarray, rng: random.Random, generations: int) -> np.ndarray:
    """`grey` photocopied `generations` times: each copy a little blurred, contrasted round a threshold, scaled and
    turned a hair, with toner specks."""
    h, w = grey.shape
    image = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L")
    noise = np.random.default_rng(rng.randrange(1 << 30))
    for _ in range(generations):
        image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.45, 0.7)))
        scale = rng.uniform(0.99, 1.01)
        image = image.transform(image.size, Image.AFFINE, (1 / scale, 0, w * (1 - 1 / scale) / 2, 0, 1 / scale,
                                h * (1 - 1 / scale) / 2), resample=Image.BILINEAR, fillcolor=250)  # fmt: skip
        image = image.rotate(rng.uniform(-0.4, 0.4), resample=Image.BILINEAR, fillcolor=250)
        a = np.asarray(image, dtype=float)
        threshold = rng.uniform(125, 150)  # the copier's darkness: strokes kept, pale grey dropped
        a = 255 / (1 + np.exp(-(a - threshold) / rng.uniform(16, 24)))
        specks = noise.random((h, w)) < rng.uniform(0.0002, 0.0006)
        a[specks] = noise.uniform(0, 90, int(specks.sum()))
        image = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    return np.asarray(image, dtype=float)


def generation_loss(pages: list[Page], path: Path, rng: random.Random) -> int:
    generations = rng.randint(3, 5)
    out = []
    for page in pages:
        grey = _grey(page) * 0.95 + 8
        out.append(_turned(copied(grey, rng, generations) * 0.96 + 6, rng, (246,), 0.4))
    return _save(out, path, DPI, rng.randint(80, 90))


# --- scanned with the lid open ------------------------------------------------------------------------------------


def lid_opened(grey: np.ndarray, rng: random.Random) -> np.ndarray:
    """`grey` on the glass with the lid open: black round the sheet, a dark falloff from one long edge where the page
    lifts, the text there blurred and squeezed toward the edge."""
    h, w = grey.shape
    left = rng.random() < 0.5
    band = int(rng.uniform(10, 25) * MM)
    img = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L")
    # squeeze the band toward the edge: the page curves away from the glass
    edge = img.crop((0, 0, band, h) if left else (w - band, 0, w, h))
    squeezed = edge.resize((int(band * rng.uniform(0.8, 0.9)), h), Image.BILINEAR).filter(ImageFilter.GaussianBlur(1.1))
    a = np.asarray(img, dtype=float).copy()
    sq = np.asarray(squeezed, dtype=float)
    if left:
        a[:, :band] = 20
        a[:, band - sq.shape[1] : band] = sq
    else:
        a[:, w - band :] = 20
        a[:, w - band : w - band + sq.shape[1]] = sq
    ramp = np.clip(np.arange(w) / band if left else (w - 1 - np.arange(w)) / band, 0, 1) ** rng.uniform(0.5, 0.9)
    a = a * (0.25 + 0.75 * ramp)[None, :]
    # the sheet a few mm inside the frame, the rest the dark room
    frame = np.full((h, w), rng.uniform(8, 24))
    dx, dy = int(rng.uniform(3, 9) * MM), int(rng.uniform(3, 9) * MM)
    small = np.asarray(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L").resize((w - 2 * dx, h - 2 * dy)),
                       dtype=float)  # fmt: skip
    ox, oy = dx + rng.randint(-dx // 2, dx // 2), dy + rng.randint(-dy // 2, dy // 2)
    frame[oy : oy + small.shape[0], ox : ox + small.shape[1]] = small
    return frame


def lid_open(pages: list[Page], path: Path, rng: random.Random) -> int:
    out = []
    for page in pages:
        grey = _grey(page)
        h, w = grey.shape
        paper = 238 + _noise(rng, (h, w), 3) - (255 - grey) * 0.88
        out.append(_turned(lid_opened(paper, rng), rng, (15,), 0.6))
    return _save(out, path, DPI, rng.randint(72, 84))


__all__ = ["DPI", "copied", "generation_loss", "lid_open", "lid_opened", "pencil_notes", "pencilled"]
