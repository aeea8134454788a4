"""A page rescued from a fire, a page held flat by thumbs, a laminated sheet (tuning fixtures, issue #12,
thirty-sixth round), written from the thirty-sixth held-out set's description alone and varied past it.

- scorched: grey 200 dpi; one or two edges (a corner now and then: two meeting edges) burnt away to a wavy line
  25-150 px in (waving 10-40 px), dark there (12-45, the scanner's lid), a charred rim 5-16 px (30-75), then a
  browned band 80-280 px wide fading inward where the paper darkens by up to 25-48 % and the print loses up to
  half its contrast; soot specks 1-3 px, denser near the burn; a faint smoke haze; paper 226-244, ink 22-52;
  JPEG 83-90;
- thumbs: grey 200 dpi; one or two thumbs from the left or right edge (or both) at 8-38 degrees, rounded blobs
  130-170 x 230-290 px of skin grey 145-190 with a darker outline, a lighter nail near the tip and a soft shadow,
  the tip 50-210 px in; two to five greasy fingerprints (ellipses of concentric ridges 4-5 px apart, 5-15
  levels darker), some over the print; paper 234-249, ink 22-52; JPEG 83-90;
- laminated: grey 200 dpi; the sheet 3-8 % smaller inside a clear pouch whose sealed edge is a thin grey rounded
  outline near the scan's edges; a glossy sheen, a diagonal band 70-240 px wide at 20-70 degrees washing the print
  25-62 % towards white; three to eight air bubbles (wobbly ellipses 35-210 px across) in which the print is
  shifted 1-3 px and paler, a bright inner rim and a dark refraction line round each; paper 236-250, ink 22-46;
  JPEG 85-92;
- plain: the same page scanned clean (grey 200 dpi JPEG 85): the damage's own share.

    scorched(grey, rng) / thumbed(grey, rng) / laminated(grey, rng)   pages degraded (uint8)
    build_fire_thumb_lamin_corpus(out_dir, count, seed)   the three kinds in turn, truth copied
    build_fire_thumb_lamin_plain(out_dir, count, seed)    the same sources scanned clean

The truth sidecar is the source's, its `variant` naming the kind and `scan` its parameters.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

from .aged_copies import _blur, kinds_corpus

KINDS = ("scorched", "thumbs", "laminated")


def _wave(length: int, rng: random.Random, amplitude: float):
    """A smooth random wave of `length` samples, about +-amplitude (a sum of a few sines)."""
    import numpy as np

    t = np.arange(length, dtype=np.float32)
    wave = np.zeros(length, np.float32)
    for _ in range(4):
        period = rng.uniform(80, 600)
        wave += rng.uniform(0.3, 1.0) * np.sin(2 * math.pi * t / period + rng.uniform(0, 2 * math.pi))
    return wave / max(1e-6, float(np.abs(wave).max())) * amplitude


def _toned(grey, paper: float, ink: float):
    """The render (255 paper, 0 ink) as a scan's floats: paper `paper`, ink `ink`."""
    import numpy as np

    share = grey.astype(np.float32) / 255
    return paper * share + ink * (1 - share), 1 - share


def scorched(grey, rng: random.Random):
    """`grey` as a page rescued from a fire: one or two edges burnt away, a charred rim, a browned band, soot."""
    import numpy as np

    height, width = grey.shape
    paper, ink = rng.uniform(226, 244), rng.uniform(22, 52)
    page, inked = _toned(grey, paper, ink)
    edges = rng.sample(("top", "bottom", "left", "right"), rng.choice((1, 2)))
    # the depth of each pixel inside the burn line of the nearest burnt edge (negative: burnt away)
    depth = np.full((height, width), 1e6, np.float32)
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    for edge in edges:
        along = width if edge in ("top", "bottom") else height
        line = rng.uniform(25, 150) + _wave(along, rng, rng.uniform(10, 40))
        if edge == "top":
            d = ys - line[None, :]
        elif edge == "bottom":
            d = (height - 1 - ys) - line[None, :]
        elif edge == "left":
            d = xs - line[:, None]
        else:
            d = (width - 1 - xs) - line[:, None]
        depth = np.minimum(depth, d)
    rim = rng.uniform(5, 16)
    band = rng.uniform(80, 280)
    darken = rng.uniform(0.25, 0.48)
    # browned: 1 at the rim fading to 0 at the band's inner edge (a curve, not a line)
    brown = np.clip(1 - (depth - rim) / band, 0, 1) ** rng.uniform(1.2, 2.2)
    brown = np.where(depth < rim, 1.0, brown)
    page_paper = paper * (1 - darken * brown)
    contrast = 1 - 0.5 * brown
    out = page_paper - (page_paper - ink) * inked * contrast
    # the charred rim and the burnt-away part beyond it (the scanner's dark lid)
    char = rng.uniform(30, 75)
    out = np.where(depth < rim, char + rng.uniform(-8, 8) * np.sin(xs * 0.3 + ys * 0.2), out)
    out = np.where(depth < 0, rng.uniform(12, 45), out)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    # soot: specks denser near the burn
    near = np.clip(1 - depth / (band + 200), 0, 1)
    specks = gen.random((height, width)) < 0.0012 * near**2 + 0.00005
    specks = specks | np.roll(specks, 1, axis=1) * (gen.random((height, width)) < 0.5)
    out = np.where(specks & (depth >= rim), out - rng.uniform(70, 140), out)
    # a faint smoke haze: a broad smooth darkening
    haze = _blur(gen.random((height // 16 + 1, width // 16 + 1)).astype(np.float32), 3)
    haze = np.kron(haze, np.ones((16, 16), np.float32))[:height, :width]
    out = out - rng.uniform(3, 10) * (haze - float(haze.mean())) / max(1e-6, float(haze.std()))
    out += gen.normal(0, 2.0, out.shape)
    return np.clip(_blur(out, 0.4), 0, 255).astype(np.uint8)


def _fingerprint(out, rng: random.Random, gen, cx: float, cy: float):
    """Concentric ridges 4-5 px apart, 5-15 levels darker, in an ellipse at (cx, cy) of `out` (in place)."""
    import numpy as np

    rx, ry = rng.uniform(45, 80), rng.uniform(60, 105)
    turn = math.radians(rng.uniform(0, 180))
    x0, x1 = int(max(0, cx - 110)), int(min(out.shape[1], cx + 110))
    y0, y1 = int(max(0, cy - 110)), int(min(out.shape[0], cy + 110))
    if x1 <= x0 or y1 <= y0:
        return
    ys, xs = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    u = (xs - cx) * math.cos(turn) + (ys - cy) * math.sin(turn)
    v = -(xs - cx) * math.sin(turn) + (ys - cy) * math.cos(turn)
    r = np.sqrt((u / rx) ** 2 + (v / ry) ** 2)
    pitch = rng.uniform(4, 5)
    radius = r * min(rx, ry) + 2.0 * np.sin(u * 0.05 + rng.uniform(0, 6))
    ridges = 0.5 + 0.5 * np.cos(2 * math.pi * radius / pitch)
    fade = np.clip(1.2 - r, 0, 1)
    out[y0:y1, x0:x1] -= rng.uniform(5, 15) * ridges * fade


def thumbed(grey, rng: random.Random):
    """`grey` held flat by thumbs reaching in from the side edges, with greasy fingerprints on the page."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    height, width = grey.shape
    paper, ink = rng.uniform(234, 249), rng.uniform(22, 52)
    out, _ = _toned(grey, paper, ink)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    for _ in range(rng.randint(2, 5)):
        _fingerprint(out, rng, gen, rng.uniform(0.1, 0.9) * width, rng.uniform(0.1, 0.9) * height)
    sides = rng.choice((("left",), ("right",), ("left", "right")))
    for side in sides:
        wide, tall = rng.uniform(130, 170), rng.uniform(230, 290)
        reach = rng.uniform(50, 210)
        angle = rng.uniform(8, 38) * rng.choice((1, -1))
        size = int(tall * 2)
        mask = Image.new("L", (size, size), 0)
        tone = Image.new("L", (size, size), 0)
        md, td = ImageDraw.Draw(mask), ImageDraw.Draw(tone)
        # drawn pointing right, tip at (size/2 + tall/2), then turned and placed
        box = (size / 2 - tall / 2, size / 2 - wide / 2, size / 2 + tall / 2, size / 2 + wide / 2)
        md.rounded_rectangle(box, radius=wide / 2, fill=255)
        skin = rng.uniform(145, 190)
        td.rounded_rectangle(box, radius=wide / 2, fill=int(skin - rng.uniform(25, 45)))
        inner = (box[0] + 5, box[1] + 5, box[2] - 5, box[3] - 5)
        td.rounded_rectangle(inner, radius=wide / 2 - 5, fill=int(skin))
        nail = (box[2] - wide * 0.55, size / 2 - wide * 0.28, box[2] - 12, size / 2 + wide * 0.28)
        td.rounded_rectangle(nail, radius=wide * 0.2, fill=int(min(235, skin + rng.uniform(20, 40))))
        if side == "left":
            turned_angle = angle
        else:
            turned_angle = 180 + angle
        mask = mask.rotate(turned_angle, resample=Image.Resampling.BICUBIC)
        tone = tone.rotate(turned_angle, resample=Image.Resampling.BICUBIC)
        tip = size / 2 + tall / 2
        dx, dy = math.cos(math.radians(turned_angle)), -math.sin(math.radians(turned_angle))
        # place so the tip lies `reach` in from the side
        cy = rng.uniform(0.15, 0.85) * height
        tip_x = reach if side == "left" else width - 1 - reach
        cx = tip_x - dx * (tip - size / 2)
        cy_center = cy - dy * (tip - size / 2)
        left, top = int(cx - size / 2), int(cy_center - size / 2)
        full_mask = Image.new("L", (width, height), 0)
        full_tone = Image.new("L", (width, height), 0)
        full_mask.paste(mask, (left, top))
        full_tone.paste(tone, (left, top))
        shadow = np.asarray(full_mask.filter(ImageFilter.GaussianBlur(rng.uniform(6, 12)))).astype(np.float32) / 255
        shadow = np.roll(shadow, (6, 6), axis=(0, 1))
        out = out * (1 - 0.25 * shadow)
        m = np.asarray(full_mask.filter(ImageFilter.GaussianBlur(1.2))).astype(np.float32) / 255
        out = out * (1 - m) + np.asarray(full_tone).astype(np.float32) * m
    out += gen.normal(0, 2.0, out.shape)
    return np.clip(_blur(out, 0.4), 0, 255).astype(np.uint8)


def laminated(grey, rng: random.Random):
    """`grey` sealed in a laminating pouch: shrunk inside a clear border, a glossy sheen band, air bubbles."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    height, width = grey.shape
    paper, ink = rng.uniform(236, 250), rng.uniform(22, 46)
    shrink = 1 - rng.uniform(0.03, 0.08)
    sw, sh = int(width * shrink), int(height * shrink)
    small = np.asarray(Image.fromarray(grey).resize((sw, sh), Image.Resampling.LANCZOS))
    sheet = np.full((height, width), 255, np.uint8)
    ox, oy = (width - sw) // 2 + rng.randint(-8, 8), (height - sh) // 2 + rng.randint(-8, 8)
    sheet[oy : oy + sh, ox : ox + sw] = small
    out, _ = _toned(sheet, paper, ink)
    # the sheet's own edge, faint inside the pouch
    out[oy, ox : ox + sw] -= 8
    out[oy + sh - 1, ox : ox + sw] -= 8
    out[oy : oy + sh, ox] -= 8
    out[oy : oy + sh, ox + sw - 1] -= 8
    # air bubbles: the print shifted and paler inside, a bright inner rim and a dark refraction line round each
    shifted = out.copy()
    for _ in range(rng.randint(3, 8)):
        rx, ry = rng.uniform(18, 105), rng.uniform(18, 105)
        cx, cy = rng.uniform(0.1, 0.9) * width, rng.uniform(0.1, 0.9) * height
        x0, x1 = int(max(0, cx - rx - 8)), int(min(width, cx + rx + 8))
        y0, y1 = int(max(0, cy - ry - 8)), int(min(height, cy + ry + 8))
        ys, xs = np.mgrid[y0:y1, x0:x1].astype(np.float32)
        theta = np.arctan2(ys - cy, xs - cx)
        wobble = 1 + 0.08 * np.sin(3 * theta + rng.uniform(0, 6)) + 0.05 * np.sin(5 * theta + rng.uniform(0, 6))
        r = np.sqrt(((xs - cx) / rx) ** 2 + ((ys - cy) / ry) ** 2) / wobble
        sx, sy = rng.randint(1, 3) * rng.choice((1, -1)), rng.randint(1, 3) * rng.choice((1, -1))
        moved = np.roll(out, (sy, sx), axis=(0, 1))[y0:y1, x0:x1]
        pale = rng.uniform(0.15, 0.35)
        inside = r < 1
        region = shifted[y0:y1, x0:x1]
        region[inside] = (moved + (paper - moved) * pale)[inside]
        rim = (r > 0.86) & (r < 0.97)
        region[rim] = np.minimum(255, region[rim] + rng.uniform(8, 18))
        edge = (r >= 0.97) & (r < 1.04)
        region[edge] -= rng.uniform(35, 80)
    out = shifted
    # the glossy sheen: a diagonal band washing the print towards white
    angle = math.radians(rng.uniform(20, 70) * rng.choice((1, -1)))
    wide = rng.uniform(70, 240)
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    across = (xs - rng.uniform(0.25, 0.75) * width) * math.cos(angle) + (
        ys - rng.uniform(0.25, 0.75) * height
    ) * math.sin(angle)
    sheen = np.clip(1 - np.abs(across) / (wide / 2), 0, 1) ** 0.6
    wash = rng.uniform(0.25, 0.62)
    out = out + (255 - out) * wash * sheen
    # the pouch's sealed edge: a thin grey rounded outline near the scan's edges
    seal = Image.new("L", (width, height), 0)
    margin = rng.randint(6, 22)
    ImageDraw.Draw(seal).rounded_rectangle(
        (margin, margin, width - 1 - margin, height - 1 - margin), radius=rng.randint(20, 60), outline=255, width=2
    )
    s = np.asarray(seal.filter(ImageFilter.GaussianBlur(0.8))).astype(np.float32) / 255
    out = out - rng.uniform(50, 100) * s
    out += np.random.default_rng(rng.randint(0, 2**31)).normal(0, 2.0, out.shape)
    return np.clip(_blur(out, 0.4), 0, 255).astype(np.uint8)


DAMAGE = {"scorched": (scorched, (83, 90)), "thumbs": (thumbed, (83, 90)), "laminated": (laminated, (85, 92))}


def degraded(pdf_in: str | Path, pdf_out: str | Path, rng: random.Random, kind: str, plain: bool = False) -> Path:
    """Every page of pdf_in as `kind` (KINDS), or scanned clean when `plain`; an image-only PDF with pdf_in's
    truth (a plain copy's variant `plain_<kind>`)."""
    from .misreg_ruler_staple40 import degraded as scanned

    return scanned(pdf_in, pdf_out, rng, kind, plain=plain, damages=DAMAGE)


def build_fire_thumb_lamin_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` forms of the layout families, in the three kinds in turn."""
    return kinds_corpus(out_dir, count, seed, "scan41", KINDS, degraded)


def build_fire_thumb_lamin_plain(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """The same `count` sources as build_fire_thumb_lamin_corpus, each scanned clean (variant `plain_<kind>`)."""

    def clean(pdf_in, pdf_out, rng, kind):
        return degraded(pdf_in, pdf_out, rng, kind, plain=True)

    return kinds_corpus(out_dir, count, seed, "scan41", KINDS, clean)
