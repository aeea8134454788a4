"""Tuning forms for things laid over a scan's print (issue #12): a rubber stamp, a paper clip's shadow, a pen.

    .venv/bin/python tests/fixturegen/overlaid_scans.py --out DIR --seed N --count K [--families a,b]

The seventeenth generator's forms (burned: its content and the eleventh generator's page geometry, h16_layout)
drawn as a colour office scan at 200 or 300 dpi (a warm paper, a little noise, a JPEG), with over part of an answer:
`stamp` (a round or rectangular rubber stamp in red, violet or blue ink, "INKOM"/"MOTTAGEN" with a date and an
office's name, turned 5-30 degrees, its ink patchy and partly faded), `clip` (a paper clip near the top edge and its
soft grey shadow over an answer's lines, with a stamp on odd turns) and `pen` (a ballpoint tick left of an answer, a
stroke under a few words and a yellow sticky note with a hand-written word over an answer's end). The stamp's and
the note's words are not the form's: the truth (the forms generators' sidecar) holds only the form's text.
Writes <name>.pdf and <name>.truth.json (file names `ov-NNN-family`).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
for _folder in ("", "heldout17_forms", "heldout16_forms", "heldout15_forms", "heldout14_forms"):
    sys.path.insert(0, str(BENCH / _folder))

import numpy as np  # noqa: E402
from forms_generator import Generator  # noqa: E402
from h16_layout import LAYOUTS, Page, layout  # noqa: E402
from h17_content import Form, make_form  # noqa: E402
from h17_scan import draw_page  # noqa: E402
from PIL import Image, ImageDraw, ImageFilter, ImageFont  # noqa: E402

FAMILIES = {
    "stamp": ("pillow-pdf+stamp", "image"),
    "clip": ("pillow-pdf+clip-shadow", "image"),
    "pen": ("pillow-pdf+pen-note", "image"),
}
NEEDS = {family: (lambda: True) for family in FAMILIES}
TEMPLATES = ("f5", "a5b", "f7", "traffic", "a7")
INKS = {"red": (200, 35, 45), "violet": (115, 55, 165), "blue": (45, 70, 185)}
BALLPOINT = (30, 50, 150)
STAMP_WORDS = ("INKOM", "MOTTAGEN", "INKOMMEN", "REGISTRERAD")
OFFICES = ("Stadsledningskontoret", "Registrator", "Kulturförvaltningen", "Dnr ............")
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
HAND = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def _answers(page: Page) -> list:
    return [run for run in page.runs if run.kind == "answer" and len(run.text) > 12]


def _stamp(rng: random.Random, dpi: int) -> tuple[Image.Image, tuple[int, int, int]]:
    """A stamp's ink as an L mask (255 full ink), turned, with its colour."""
    scale = dpi / 72
    round_stamp = rng.random() < 0.5
    w, h = (
        (round(rng.uniform(95, 120) * scale),) * 2
        if round_stamp
        else (round(rng.uniform(120, 160) * scale), round(rng.uniform(50, 70) * scale))
    )
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    line = max(2, round(rng.uniform(1.2, 2.2) * scale))
    if round_stamp:
        draw.ellipse((line, line, w - line, h - line), outline=255, width=line)
        draw.ellipse((w * 0.12, h * 0.12, w * 0.88, h * 0.88), outline=255, width=max(1, line // 2))
    else:
        draw.rectangle((line, line, w - line, h - line), outline=255, width=line)
    words = [
        rng.choice(STAMP_WORDS),
        f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        rng.choice(OFFICES),
    ]
    sizes = [rng.uniform(12, 16), rng.uniform(10, 13), rng.uniform(7, 9)]
    y = h * (0.3 if round_stamp else 0.26)
    for word, size in zip(words, sizes, strict=True):
        font = ImageFont.truetype(SANS, round(size * scale))
        draw.text((w / 2, y), word, font=font, fill=255, anchor="mm")
        y += size * scale * 1.25
    mask = mask.rotate(rng.choice((-1, 1)) * rng.uniform(5, 30), resample=Image.BICUBIC, expand=True)
    # patchy, partly faded ink: a smooth random field times a fade across the stamp
    ink = np.asarray(mask, dtype=float) / 255
    noise = (
        np.asarray(
            Image.fromarray(
                (
                    np.random.default_rng(rng.randrange(1 << 30)).random(
                        (max(2, ink.shape[0] // 12), max(2, ink.shape[1] // 12))
                    )
                    * 255
                ).astype(np.uint8)
            ).resize((ink.shape[1], ink.shape[0]), Image.BICUBIC),
            dtype=float,
        )
        / 255
    )
    fade = np.linspace(rng.uniform(0.35, 0.7), 1.0, ink.shape[1])[None, :]
    if rng.random() < 0.5:
        fade = fade[:, ::-1]
    ink = ink * np.clip(0.45 + 0.8 * noise, 0, 1) * fade
    return Image.fromarray((ink * 255).astype(np.uint8), "L"), INKS[rng.choice(list(INKS))]


def _lay(rgb: np.ndarray, mask: np.ndarray, colour: tuple[int, int, int], at: tuple[int, int]) -> None:
    """Ink `mask` (0..1) of `colour` laid over `rgb` at (x, y), multiplied as ink on paper."""
    x, y = at
    h, w = rgb.shape[:2]
    x0, y0, x1, y1 = max(0, x), max(0, y), min(w, x + mask.shape[1]), min(h, y + mask.shape[0])
    if x1 <= x0 or y1 <= y0:
        return
    part = mask[y0 - y : y1 - y, x0 - x : x1 - x, None]
    filt = np.array(colour, dtype=float) / 255
    rgb[y0:y1, x0:x1] *= 1 - part * (1 - filt)


def _over_answer(page: Page, rng: random.Random, scale: float, size: tuple[int, int]) -> tuple[int, int]:
    """Where a thing `size` px wide and high lies half over an answer's line."""
    answers = _answers(page) or [run for run in page.runs if run.kind != "title"]
    run = rng.choice(answers)
    x = run.left * scale + rng.uniform(0.2, 0.7) * len(run.text) * run.size * 0.5 * scale - size[0] / 2
    y = run.y * scale - size[1] * rng.uniform(0.3, 0.7)
    return round(x), round(y)


def _clip(rgb: np.ndarray, page: Page, rng: random.Random, scale: float) -> None:
    """A paper clip at the top edge over an answer's column, and its soft shadow (wide, smooth, no edges)."""
    h, w = rgb.shape[:2]
    answers = _answers(page)
    x = round((rng.choice(answers).left if answers else page.width / 2) * scale + rng.uniform(0, 60) * scale)
    length, width = round(rng.uniform(90, 140) * scale), round(rng.uniform(18, 24) * scale)
    top = round(rng.uniform(-10, 320) * scale)
    wire = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(wire)
    stroke = max(2, round(1.3 * scale))
    draw.rounded_rectangle((x, top, x + width, top + length), radius=width // 2, outline=255, width=stroke)
    inner = round(width * 0.22)
    draw.rounded_rectangle(
        (x + inner, top + inner * 2, x + width - inner, top + length * 0.75),
        radius=max(1, width // 2 - inner),
        outline=255,
        width=stroke,
    )
    shadow = Image.new("L", (w, h), 0)
    ImageDraw.Draw(shadow).rounded_rectangle(
        (x - width, top, x + width * 2.5, top + length * 1.3), radius=width, fill=255
    )
    shadow = shadow.filter(ImageFilter.GaussianBlur(rng.uniform(18, 30) * scale / 2.8))
    dark = np.asarray(shadow, dtype=float)[..., None] / 255 * rng.uniform(0.22, 0.4)
    rgb *= 1 - dark
    metal = np.asarray(wire, dtype=float) / 255
    _lay(rgb, metal * 0.75, (150, 150, 155), (0, 0))


def _pen(rgb: np.ndarray, page: Page, rng: random.Random, scale: float) -> None:
    """A ballpoint tick left of an answer, a stroke under it, and a yellow sticky note with a word over its end."""
    answers = _answers(page)
    if not answers:
        return
    run = rng.choice(answers)
    h, w = rgb.shape[:2]
    pen = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(pen)
    stroke = max(2, round(0.8 * scale))
    x, y = run.left * scale, run.y * scale
    draw.line((x - 22 * scale, y - 6 * scale, x - 17 * scale, y, x - 8 * scale, y - 14 * scale), fill=255, width=stroke)
    end = x + min(len(run.text), 30) * run.size * 0.45 * scale
    draw.line((x, y + 3 * scale, end, y + rng.uniform(1, 5) * scale), fill=255, width=stroke)
    _lay(rgb, np.asarray(pen, dtype=float) / 255 * 0.9, BALLPOINT, (0, 0))
    other = rng.choice(answers)
    nw, nh = round(rng.uniform(70, 100) * scale), round(rng.uniform(55, 75) * scale)
    nx = round(other.left * scale + rng.uniform(150, 300) * scale)
    ny = round(other.y * scale - nh * 0.4)
    note = np.ones((nh, nw)) * 0.55  # translucent yellow: the print under it shows
    _lay(rgb, note, (250, 235, 90), (nx, ny))
    words = Image.new("L", (nw, nh), 0)
    ImageDraw.Draw(words).text(
        (nw * 0.1, nh * 0.35),
        rng.choice(("Kolla!", "OK?", "Fråga", "Se bil. 2")),
        font=ImageFont.truetype(HAND, round(13 * scale)),
        fill=255,
    )
    _lay(rgb, np.asarray(words, dtype=float) / 255 * 0.9, BALLPOINT, (nx, ny))


def _scan(page: Page, family: str, rng: random.Random, dpi: int, turn: int) -> Image.Image:
    scale = dpi / 72
    grey = np.asarray(draw_page(page, dpi, ink=rng.randint(15, 40), paper=250), dtype=float)
    rgb = grey[..., None] * np.array([1.0, 0.99, 0.965])
    if family == "clip":
        _clip(rgb, page, rng, scale)
    if family == "pen":
        _pen(rgb, page, rng, scale)
    if family == "stamp" or (family == "clip" and turn % 2):
        mask, colour = _stamp(rng, dpi)
        ink = np.asarray(mask, dtype=float) / 255
        _lay(rgb, ink, colour, _over_answer(page, rng, scale, (ink.shape[1], ink.shape[0])))
    noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, 2.5, rgb.shape[:2])[..., None]
    return Image.fromarray(np.clip(rgb + noise, 0, 255).astype(np.uint8), "RGB")


def draw(family: str, form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = layout(form, rng, rng.choice(LAYOUTS))
    dpi = rng.choice((200, 300))
    images = [_scan(page, family, rng, dpi, turn) for page in pages]
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=dpi, quality=rng.randint(70, 88))
    return len(images)


GENERATOR = Generator("ov", FAMILIES, NEEDS, TEMPLATES, make_form, draw, seed_step=7919)

if __name__ == "__main__":
    GENERATOR.main(__doc__)
