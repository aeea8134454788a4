"""The image-only families, from a hand-written text form's pages rasterised by Ghostscript:
`fax_fine` (a fax in standard resolution: 204 × 98 dpi, non-square pixels, CCITT G4, a fax header line on each
page, a streak or two of line noise), `speckle_copy` (a photocopy made bilevel at 150 dpi: a different skew up
to 1.2° on each page, toner speckle and a dark band where the lid did not close, 1-bit Flate like a JBIG2
generic region) and `curl_photo` (a phone photo of the printed page lying curled on a desk: keystone, a bent
page, a lamp's hot spot and a shadow, JPEG, the page size that of the photo).
"""

from __future__ import annotations

import io
import math
import random
import shutil
import subprocess
import tempfile
import zlib
from pathlib import Path

import numpy as np
from h15_pdf import PdfFile
from PIL import Image, ImageDraw, ImageFilter, TiffImagePlugin

A4 = (595.0, 842.0)


def available() -> bool:
    return shutil.which("gs") is not None


def rasterise(source: Path, dpi: str, device: str = "pnggray") -> list[Image.Image]:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                "gs",
                "-q",
                "-dNOPAUSE",
                "-dBATCH",
                "-dSAFER",
                f"-sDEVICE={device}",
                f"-r{dpi}",
                "-dTextAlphaBits=4",
                "-dGraphicsAlphaBits=4",
                f"-sOutputFile={tmp}/p-%03d.png",
                str(source),
            ],
            check=True,
            capture_output=True,
        )
        return [Image.open(p).copy() for p in sorted(Path(tmp).glob("p-*.png"))]


def write_images(images: list[tuple[bytes, bytes]], path: Path, size: tuple[float, float] = A4) -> int:
    """A PDF of one full-page image a page: (image dictionary entries, stream data) each."""
    pdf = PdfFile()
    numbers = []
    for entries, data in images:
        image = pdf.add(
            b"<< /Type /XObject /Subtype /Image "
            + entries
            + b" /Length %d >>\nstream\n" % len(data)
            + data
            + b"\nendstream"
        )
        content = pdf.stream(b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % size)
        numbers.append(
            pdf.add(
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Contents %d 0 R "
                b"/Resources << /XObject << /Im0 %d 0 R >> >> >>" % (*size, content, image)
            )
        )
    pdf.write(path, numbers)
    return len(numbers)


def g4(image: Image.Image) -> bytes:
    """The CCITT G4 data of a bilevel image (one strip, so the TIFF strip is the whole stream)."""
    buffer = io.BytesIO()
    info = TiffImagePlugin.ImageFileDirectory_v2()
    info[278] = image.height  # RowsPerStrip
    image.save(buffer, "TIFF", compression="group4", tiffinfo=info)
    buffer.seek(0)
    tiff = Image.open(buffer)
    offsets, counts = tiff.tag_v2[273], tiff.tag_v2[279]
    raw = buffer.getvalue()
    return b"".join(raw[o : o + c] for o, c in zip(offsets, counts))


def fax(source: Path, out: Path, rng: random.Random, header: str) -> int:
    pages = rasterise(source, "204x98")
    encoded = []
    for n, page in enumerate(pages, 1):
        grey = page.convert("L")
        draw = ImageDraw.Draw(grey)
        draw.rectangle((0, 0, grey.width, 14), fill=255)
        draw.text((40, 2), f"{header}  S.{n:02d}/{len(pages):02d}", fill=0)  # the sending machine's line
        bits = np.array(grey) < rng.randint(150, 190)
        for _ in range(rng.randint(0, 2)):  # line noise: a streak across the page
            y = rng.randrange(20, bits.shape[0] - 20)
            bits[y, rng.randrange(0, 400) : rng.randrange(800, bits.shape[1])] = True
        bits |= np.random.default_rng(rng.randrange(1 << 30)).random(bits.shape) < 0.0008
        image = Image.fromarray(np.where(bits, 0, 255).astype(np.uint8)).convert("1")
        entries = (
            b"/Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /CCITTFaxDecode "
            b"/DecodeParms << /K -1 /Columns %d /Rows %d /BlackIs1 true >>"
            % (image.width, image.height, image.width, image.height)
        )
        encoded.append((entries, g4(image)))
    return write_images(encoded, out)


def speckle(source: Path, out: Path, rng: random.Random) -> int:
    encoded = []
    for page in rasterise(source, "150"):
        angle = rng.uniform(-1.2, 1.2)
        grey = page.convert("L").rotate(angle, resample=Image.BICUBIC, fillcolor=255)
        pixels = np.array(grey.filter(ImageFilter.GaussianBlur(0.6)), dtype=np.float32)
        noise = np.random.default_rng(rng.randrange(1 << 30))
        pixels += noise.normal(0, 18, pixels.shape)
        bits = pixels < rng.randint(135, 165)
        bits |= noise.random(bits.shape) < 0.002  # toner speckle
        for _ in range(rng.randint(5, 25)):  # larger toner blots
            y, x = noise.integers(0, bits.shape[0] - 4), noise.integers(0, bits.shape[1] - 4)
            bits[y : y + noise.integers(2, 4), x : x + noise.integers(2, 4)] = True
        band = rng.randint(8, 30)  # the lid's shadow along one edge
        edge = rng.choice(("left", "right", "bottom"))
        if edge == "left":
            bits[:, :band] |= noise.random((bits.shape[0], band)) < 0.8
        elif edge == "right":
            bits[:, -band:] |= noise.random((bits.shape[0], band)) < 0.8
        else:
            bits[-band:, :] |= noise.random((band, bits.shape[1])) < 0.8
        image = Image.fromarray(np.where(bits, 0, 255).astype(np.uint8)).convert("1")
        entries = b"/Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode" % image.size
        encoded.append((entries, zlib.compress(image.tobytes())))
    return write_images(encoded, out)


def curl_mesh(canvas: tuple[int, int], page: tuple[int, int], rng: random.Random) -> list:
    """PIL's MESH for a photo of `canvas` pixels holding a page of `page` pixels: each cell of the photo and the
    quadrilateral of the flat page it shows (an offset, a small turn, keystone and a bend undone)."""
    w, h = page
    ox, oy = canvas[0] * 0.05 + rng.uniform(-15, 15), canvas[1] * 0.045 + rng.uniform(-15, 15)
    keystone, bend, turn = rng.uniform(-0.06, 0.06), rng.uniform(0.004, 0.012), math.radians(rng.uniform(-3, 3))
    side = rng.choice((-1, 1))  # which way the page bends

    def source_point(x: float, y: float) -> tuple[float, float]:
        u, v = (x - ox) / w, (y - oy) / h
        u, v = u * math.cos(turn) + v * math.sin(turn) * h / w, v * math.cos(turn) - u * math.sin(turn) * w / h
        return ((u - 0.5) * (1 + keystone * (v - 0.5) * 2) + 0.5) * w, (v - bend * math.sin(math.pi * u) * side) * h

    cols, rows, mesh = 24, 32, []
    for i in range(cols):
        for j in range(rows):
            x0, x1 = canvas[0] * i // cols, canvas[0] * (i + 1) // cols
            y0, y1 = canvas[1] * j // rows, canvas[1] * (j + 1) // rows
            quad = (*source_point(x0, y0), *source_point(x0, y1), *source_point(x1, y1), *source_point(x1, y0))
            mesh.append(((x0, y0, x1, y1), quad))
    return mesh


def curl(source: Path, out: Path, rng: random.Random) -> int:
    encoded = []
    size = None
    for page in rasterise(source, "170", "png16m"):
        page = page.convert("RGB")
        w, h = page.size
        canvas = (int(w * 1.12), int(h * 1.1))
        mesh = curl_mesh(canvas, (w, h), rng)
        desk = tuple(rng.randint(90, 150) for _ in range(3))
        photo = page.transform(canvas, Image.MESH, mesh, resample=Image.BILINEAR, fillcolor=desk)
        pixels = np.array(photo, dtype=np.float32)
        yy, xx = np.mgrid[0 : canvas[1], 0 : canvas[0]]
        cx, cy = rng.uniform(0.2, 0.8) * canvas[0], rng.uniform(0.1, 0.5) * canvas[1]
        light = 0.78 + 0.3 * np.exp(-(((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * (canvas[0] * 0.45) ** 2)))
        shadow = np.clip((xx + yy * rng.uniform(0.3, 0.8) - canvas[0] * rng.uniform(0.9, 1.3)) / 300, 0, 1)
        light *= 1 - 0.35 * shadow
        pixels = pixels * light[..., None] * np.array([1.0, 0.98, 0.93])  # warm lamp
        pixels += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 5, pixels.shape)
        image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=rng.randint(68, 82))
        entries = b"/Width %d /Height %d /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode" % image.size
        encoded.append((entries, buffer.getvalue()))
        size = (canvas[0] * 72 / 170, canvas[1] * 72 / 170)
    return write_images(encoded, out, size or A4)
