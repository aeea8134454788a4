"""The scanned families: h36_layout's pages drawn into Pillow images and worn with numpy, no text layer.

`fire_scorched` (grey 200 dpi: a page RESCUED FROM A FIRE: along one or two of its edges the paper is BURNT AWAY up
to a ragged line 30–140 px in (wavy, ±12–36 px) (the scanner's dark lid showing there, 15–40), a CHARRED RIM 6–14 px wide and dark
(35–70) along that line, then a BROWNED BAND 90–260 px wide fading inward in which the paper darkens to 55–70 % and the
print loses contrast; SOOT SPECKS (1–3 px dots, denser near the burn) and a faint uneven SMOKE HAZE (3–8 levels) over the page;
paper 228–242, ink 25–50, JPEG 84–90);
`thumb_held` (grey 200 dpi: a page held flat by the operator's THUMBS while it was captured: one or two thumbs
reaching in from the left and/or right edge at 10–35° (each a rounded blob about 150 x 260 px, skin grey 150–185,
darker at its outline, a lighter NAIL near its tip), their tips 60–200 px in from the edge, so they cover the margin
and sometimes the first or last letters of the lines there; two to four greasy FINGERPRINTS (ellipses of concentric
ridges 4–5 px apart, 6–14 levels darker) pressed on the page, some over the print; paper 236–248, JPEG 84–90);
`laminated_bubbles` (grey 200 dpi: a page sealed in a LAMINATING POUCH: the sheet shrunk 4–7 % inside a clear border
whose sealed edge is a thin grey outline with rounded corners; a GLOSSY SHEEN, a diagonal band 80–220 px wide where
the scanner's light reflects off the plastic and the print is washed out 30–60 % towards white; three to seven AIR
BUBBLES (irregular ellipses 40–200 px) where the plastic did not stick: the print under each shifted 1–3 px and paler,
a bright rim and a dark refraction line round it; paper 238–250, ink 25–45, JPEG 86–92).
"""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout23_forms"))
from h23_scan import _noise, _save, draw_page  # noqa: E402
from h36_layout import Circle, Page  # noqa: E402

DPI = 200
SCALE = DPI / 72


def render(page: Page, ink: int, paper: int) -> Image.Image:
    """The page at DPI with its circles drawn round (draw_page knows only square boxes)."""
    plain = Page(page.width, page.height, page.texts, [b for b in page.boxes if not isinstance(b, Circle)])
    image = draw_page(plain, DPI, ink=ink, paper=paper)
    draw = ImageDraw.Draw(image)
    for b in page.boxes:
        if isinstance(b, Circle):
            fill = None if b.fill is None else round(ink + (paper - ink) * b.fill)
            draw.ellipse((b.x0 * SCALE, b.y0 * SCALE, b.x1 * SCALE, b.y1 * SCALE), fill=fill,
                         outline=ink if b.stroke else None, width=max(1, round(0.6 * SCALE)))  # fmt: skip
    return image


def _wave(rng: random.Random, n: int, amplitude: float) -> np.ndarray:
    """A smooth ragged profile of n samples: a few sines of random period and phase."""
    t = np.arange(n, dtype=float)
    out = np.zeros(n)
    for _ in range(4):
        out += np.sin(t / rng.uniform(30, 260) + rng.uniform(0, 6.3)) * rng.uniform(0.3, 1.0)
    return out / 2.5 * amplitude


def _grey(image: Image.Image) -> np.ndarray:
    return np.asarray(image, dtype=float)


def _image(a: np.ndarray) -> Image.Image:
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")


# --- a page rescued from a fire ----------------------------------------------------------------------------------------


def scorched(page: Page, rng: random.Random) -> Image.Image:
    paper = rng.randint(228, 242)
    a = _grey(render(page, rng.randint(25, 50), paper))
    h, w = a.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(float)
    depth = np.full((h, w), 1e9)
    for side in rng.sample(("top", "bottom", "left", "right"), rng.randint(1, 2)):
        along, n = (xx, w) if side in ("top", "bottom") else (yy, h)
        inward = {"top": yy, "bottom": h - 1 - yy, "left": xx, "right": w - 1 - xx}[side]
        line = rng.uniform(30, 140) + _wave(rng, n, rng.uniform(12, 36))
        depth = np.minimum(depth, inward - line[along.astype(int)])
    brown = rng.uniform(90, 260)
    rim = rng.uniform(6, 14)
    fade = np.clip(1 - depth / brown, 0, 1) ** 1.6  # 1 at the burn, 0 a browned band's width in
    darken = 1 - fade * rng.uniform(0.3, 0.45)
    a = paper - (paper - a) * (1 - 0.5 * fade)  # the print loses contrast as the paper browns
    a = a * darken
    char = rng.uniform(35, 70)
    a = np.where((depth >= 0) & (depth < rim), char + rng.uniform(0, 20) * np.clip(depth / rim, 0, 1), a)
    a = np.where(depth < 0, rng.uniform(15, 40), a)
    haze = (
        np.asarray(
            Image.fromarray(
                (np.random.default_rng(rng.randrange(1 << 30)).random((h // 64 + 2, w // 64 + 2)) * 255).astype(
                    np.uint8
                )
            ).resize((w, h), Image.BICUBIC),
            dtype=float,
        )
        / 255
    )
    a -= haze * rng.uniform(3, 8)
    speck = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(speck)
    for _ in range(rng.randint(150, 400)):
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        if depth[int(y), int(x)] < 0 or rng.random() > math.exp(-max(0.0, depth[int(y), int(x)]) / 500):
            continue
        r = rng.uniform(0.6, 2.2)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randint(120, 220))
    a -= _grey(speck) * 0.6
    return _image(a + _noise(rng, (h, w), 3))


def fire_scorched(pages: list[Page], path: Path, rng: random.Random) -> int:
    return _save([scorched(page, rng) for page in pages], path, DPI, rng.randint(84, 90))


# --- thumbs holding the page, greasy fingerprints ---------------------------------------------------------------------


def _thumb(size: tuple[int, int], rng: random.Random, side: str) -> tuple[np.ndarray, np.ndarray]:
    """A thumb reaching in from `side`: its cover (0–1) and its grey tone where it covers."""
    w, h = size
    reach = rng.uniform(60, 200)
    cy = rng.uniform(0.15, 0.85) * h
    tilt = math.radians(rng.uniform(10, 35) * rng.choice((-1, 1)))
    length, width = rng.uniform(240, 290), rng.uniform(135, 165)
    tip_x = reach if side == "left" else w - reach
    direction = 1 if side == "left" else -1  # the thumb points inward from its edge
    ux, uy = direction * math.cos(tilt), math.sin(tilt)
    cx, ccy = tip_x - ux * length / 2, cy - uy * length / 2
    yy, xx = np.mgrid[0:h, 0:w].astype(float)
    along = (xx - cx) * ux + (yy - ccy) * uy
    across = -(xx - cx) * uy + (yy - ccy) * ux
    r = np.sqrt((along / (length / 2)) ** 2 + (across / (width / 2)) ** 2)
    cover = np.clip((1.0 - r) * 12, 0, 1)
    tone = rng.uniform(150, 185) - 45 * np.clip(r, 0, 1) ** 4  # darker at its outline
    nail = np.sqrt(((along - length * 0.28) / (length * 0.17)) ** 2 + (across / (width * 0.3)) ** 2)
    tone = np.where(nail < 1, tone + 28 - 10 * nail, tone)
    return cover, tone


def held(page: Page, rng: random.Random) -> Image.Image:
    paper = rng.randint(236, 248)
    a = _grey(render(page, rng.randint(25, 50), paper))
    h, w = a.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(float)
    for _ in range(rng.randint(2, 4)):  # greasy prints: concentric ridges in an ellipse
        px, py = rng.uniform(0.1, 0.9) * w, rng.uniform(0.1, 0.9) * h
        rx, ry = rng.uniform(45, 70), rng.uniform(60, 90)
        d = np.sqrt(((xx - px) / rx) ** 2 + ((yy - py) / ry) ** 2)
        ridges = 0.5 + 0.5 * np.sin(d * rx / rng.uniform(4, 5) * 2 * math.pi / 2)
        a -= np.where(d < 1, ridges * (1 - d**2) * rng.uniform(6, 14), 0)
    sides = rng.choice((("left",), ("right",), ("left", "right")))
    for side in sides:
        cover, tone = _thumb((w, h), rng, side)
        shadow = _grey(_image(cover * 255).filter(ImageFilter.GaussianBlur(9))) / 255
        a = a * (1 - 0.18 * shadow * (1 - cover))
        a = a * (1 - cover) + tone * cover
    return _image(a + _noise(rng, (h, w), 3))


def thumb_held(pages: list[Page], path: Path, rng: random.Random) -> int:
    return _save([held(page, rng) for page in pages], path, DPI, rng.randint(84, 90))


# --- a laminated sheet with a glossy sheen and air bubbles ------------------------------------------------------------


def laminated(page: Page, rng: random.Random) -> Image.Image:
    paper = rng.randint(238, 250)
    sheet = render(page, rng.randint(25, 45), paper)
    w, h = sheet.size
    shrink = rng.uniform(0.93, 0.96)
    sw, sh = round(w * shrink), round(h * shrink)
    ox, oy = (w - sw) // 2 + rng.randint(-6, 6), (h - sh) // 2 + rng.randint(-6, 6)
    canvas = Image.new("L", (w, h), rng.randint(244, 252))
    draw = ImageDraw.Draw(canvas)
    edge = rng.randint(8, 18)
    draw.rounded_rectangle((edge, edge, w - edge, h - edge), 28, outline=rng.randint(185, 210), width=2)
    canvas.paste(sheet.resize((sw, sh), Image.BICUBIC), (ox, oy))
    a = _grey(canvas)
    yy, xx = np.mgrid[0:h, 0:w].astype(float)
    for _ in range(rng.randint(3, 7)):  # air bubbles: the print shifted and paler, a bright and a dark rim
        bx, by = rng.uniform(0.1, 0.9) * w, rng.uniform(0.1, 0.9) * h
        rx, ry = rng.uniform(20, 100), rng.uniform(20, 100)
        wobble = np.sin(np.arctan2(yy - by, xx - bx) * rng.randint(2, 4) + rng.uniform(0, 6)) * 0.08
        d = np.sqrt(((xx - bx) / rx) ** 2 + ((yy - by) / ry) ** 2) + wobble
        dx, dy = rng.choice((-1, 1)) * rng.randint(1, 3), rng.choice((-1, 1)) * rng.randint(1, 3)
        moved = np.roll(np.roll(a, dy, axis=0), dx, axis=1)
        inside = d < 1
        a = np.where(inside, moved + (255 - moved) * 0.18, a)
        a = np.where((d >= 0.93) & (d < 1.0), a + 25, a)
        a = np.where((d >= 1.0) & (d < 1.06), a - 55, a)
    angle = math.radians(rng.uniform(25, 65) * rng.choice((-1, 1)))
    across = (xx - rng.uniform(0.3, 0.7) * w) * math.cos(angle) + (yy - rng.uniform(0.3, 0.7) * h) * math.sin(angle)
    band = rng.uniform(80, 220)
    gloss = np.exp(-((across / band) ** 2)) * rng.uniform(0.3, 0.6)
    a = a + (255 - a) * gloss
    return _image(a + _noise(rng, (h, w), 3))


def laminated_bubbles(pages: list[Page], path: Path, rng: random.Random) -> int:
    return _save([laminated(page, rng) for page in pages], path, DPI, rng.randint(86, 92))


__all__ = ["fire_scorched", "held", "laminated", "laminated_bubbles", "render", "scorched", "thumb_held"]
