"""Image-only forms: text-layer pages rendered by Ghostscript, worked over with Pillow/numpy, stored as multi-page
TIFF and converted by libtiff's tiff2pdf (apt `libtiff-tools`).

- `dither`: 300 dpi greyscale with paper grain, skew under a degree, error-diffused (Floyd-Steinberg) to 1 bit,
  TIFF with PackBits or LZW;
- `halftone`: a form with shaded label cells scanned at 300 dpi as a 1-bit AM halftone (a 45° dot screen), so the
  tint becomes dots around the label words; LZW;
- `colour`: a pre-printed colour form (labels in blue or red on tinted cells, answers in black) scanned at 200 or
  300 dpi in colour, with a handwritten signature and a red date stamp "INKOM" over the last answer; tiff2pdf writes the pages as JPEG (-j).
"""

from __future__ import annotations

import math
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

STAMP_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def available() -> bool:
    return shutil.which("tiff2pdf") is not None and shutil.which("gs") is not None


def pages(pdf: Path, dpi: int, colour: bool, tmp: Path) -> list[Image.Image]:
    device = "png16m" if colour else "pnggray"
    subprocess.run(
        [
            "gs",
            "-q",
            "-dSAFER",
            "-dBATCH",
            "-dNOPAUSE",
            f"-sDEVICE={device}",
            f"-r{dpi}",
            "-dTextAlphaBits=4",
            "-dGraphicsAlphaBits=4",
            f"-sOutputFile={tmp / 'p-%03d.png'}",
            str(pdf),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    out = [Image.open(p).copy() for p in sorted(tmp.glob("p-*.png"))]
    for p in tmp.glob("p-*.png"):
        p.unlink()
    return out


def _skew(img: Image.Image, rng: random.Random, fill: int | tuple[int, int, int]) -> Image.Image:
    return img.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, expand=False, fillcolor=fill)


def _grain(a: np.ndarray, rng: random.Random, amount: float) -> np.ndarray:
    noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, amount, a.shape)
    return np.clip(a.astype(np.float32) + noise, 0, 255)


def dither(img: Image.Image, rng: random.Random) -> Image.Image:
    grey = _skew(img.convert("L"), rng, 255).filter(ImageFilter.GaussianBlur(0.6))
    a = _grain(np.asarray(grey), rng, 6.0) * rng.uniform(0.92, 1.0) + rng.uniform(0, 10)
    a = np.where(a > 232, 255, a)  # the scanner's white point: the paper's grain mostly drops out
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).convert("1")  # Floyd-Steinberg by default


def halftone(img: Image.Image, rng: random.Random, dpi: int) -> Image.Image:
    grey = np.asarray(_skew(img.convert("L"), rng, 255).filter(ImageFilter.GaussianBlur(0.4)), dtype=np.float32)
    lpi = rng.choice((65, 85, 100))
    period = dpi / lpi
    h, w = grey.shape
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    u = (x + y) / math.sqrt(2) * 2 * math.pi / period
    v = (x - y) / math.sqrt(2) * 2 * math.pi / period
    screen = (np.cos(u) + np.cos(v) + 2) / 4 * 255  # a round dot that grows with darkness
    ink = _grain(grey, rng, 4.0) < screen * 0.95  # white paper stays white
    return Image.fromarray(np.where(ink, 0, 255).astype(np.uint8)).convert("1", dither=Image.Dither.NONE)


def _content_bottom(img: Image.Image) -> int:
    a = np.asarray(img.convert("L"))
    h = a.shape[0]
    rows = np.where((a[: int(h * 0.9)] < 110).sum(axis=1) > 3)[0]
    return int(rows[-1]) if len(rows) else h // 2


def sign_and_stamp(img: Image.Image, rng: random.Random, date: str, dpi: int) -> Image.Image:
    img = img.convert("RGB")
    scale = dpi / 200
    bottom = _content_bottom(img)
    w = img.width
    # the date stamp, red, turned a little, over the last answer's lines
    stamp = Image.new("RGBA", (int(420 * scale), int(150 * scale)), (0, 0, 0, 0))
    d = ImageDraw.Draw(stamp)
    red = (200, 30, 40, 215)
    d.rounded_rectangle(
        (4, 4, stamp.width - 5, stamp.height - 5), radius=int(14 * scale), outline=red, width=int(5 * scale)
    )
    big = ImageFont.truetype(STAMP_FONT, int(44 * scale))
    small = ImageFont.truetype(STAMP_FONT, int(26 * scale))
    d.text((int(24 * scale), int(12 * scale)), "INKOM", font=big, fill=red)
    d.text((int(24 * scale), int(66 * scale)), date, font=big, fill=red)
    d.text((int(230 * scale), int(24 * scale)), "Registrator", font=small, fill=red)
    stamp = stamp.rotate(rng.uniform(-12, 8), expand=True, resample=Image.BICUBIC)
    x = int(w * rng.uniform(0.45, 0.6))
    y = max(0, bottom - int(stamp.height * rng.uniform(0.45, 0.8)))
    img.paste(stamp, (x, y), stamp)
    # a signature: a few joined pen strokes in blue ink, crossing the last line
    pen = ImageDraw.Draw(img)
    sx, sy = int(w * rng.uniform(0.2, 0.35)), bottom + int(rng.uniform(-20, 25) * scale)
    points = []
    t = 0.0
    for _ in range(90):
        t += 0.22
        points.append(
            (
                sx + t * 22 * scale + math.sin(t * 2.7) * 14 * scale,
                sy + math.sin(t * 1.9) * 26 * scale * rng.uniform(0.8, 1.2) - t * 2 * scale,
            )
        )
    pen.line(points, fill=(20, 40, 140), width=max(2, int(3 * scale)), joint="curve")
    pen.line(
        [(sx - 10 * scale, sy + 34 * scale), (sx + 210 * scale, sy + 26 * scale)],
        fill=(20, 40, 140),
        width=max(2, int(2 * scale)),
    )
    return img


def colour(img: Image.Image, rng: random.Random, date: str | None, dpi: int) -> Image.Image:
    img = img.convert("RGB")
    if date:
        img = sign_and_stamp(img, rng, date, dpi)
    a = np.asarray(_skew(img, rng, (250, 248, 240)), dtype=np.float32)
    paper = np.array([rng.uniform(238, 250), rng.uniform(236, 248), rng.uniform(225, 242)], dtype=np.float32)
    a = a / 255 * paper
    return Image.fromarray(np.clip(_grain(a, rng, 5.0), 0, 255).astype(np.uint8))


def to_pdf(images: list[Image.Image], out: Path, dpi: int, compression: str, tmp: Path, jpeg: int = 0) -> None:
    """A multi-page TIFF through tiff2pdf; `jpeg` > 0 has tiff2pdf store the pages as JPEG of that quality."""
    tif = tmp / "scan.tif"
    images[0].save(tif, save_all=True, append_images=images[1:], compression=compression, dpi=(dpi, dpi))
    quality = ["-j", "-q", str(jpeg)] if jpeg else []
    subprocess.run(["tiff2pdf", *quality, "-o", str(out), str(tif)], check=True, capture_output=True, timeout=600)


def scan(source: Path, out: Path, rng: random.Random, kind: str, stamp_date: str | None = None) -> int:
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        if kind == "dither":
            dpi = 300
            imgs = [dither(p, rng) for p in pages(source, dpi, False, tmp)]
            to_pdf(imgs, out, dpi, rng.choice(("packbits", "tiff_lzw")), tmp)
        elif kind == "halftone":
            dpi = 300
            imgs = [halftone(p, rng, dpi) for p in pages(source, dpi, False, tmp)]
            to_pdf(imgs, out, dpi, "tiff_lzw", tmp)
        else:
            dpi = rng.choice((200, 300))
            raw = pages(source, dpi, True, tmp)
            imgs = [colour(p, rng, stamp_date if i == len(raw) - 1 else None, dpi) for i, p in enumerate(raw)]
            to_pdf(imgs, out, dpi, "tiff_lzw", tmp, jpeg=rng.choice((40, 55, 70)))
        return len(imgs)
