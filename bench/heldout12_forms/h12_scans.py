"""Image-only forms: the printed pages (rendered from the hand-written PostScript by Ghostscript) as a scanner or
a copier stores them, each written into a PDF by hand, object by object:

- `bleed_jpx`: 300 dpi greyscale, the reverse side showing through mirrored, grey paper, a slight skew; each page
  one JPEG 2000 image (JPXDecode).
- `strip_scan`: 240 dpi colour, a yellow sticky note with a scribble stuck on the right margin (over no word);
  each page stored as horizontal strips, one Flate image each, drawn edge to edge.
- `cmyk_flip`: 200 dpi colour copier scan in CMYK JPEG (DCTDecode, Adobe inverted CMYK), a red stamp without
  words in the lower left corner; each page image stored upside down with /Rotate 180 turning it upright.
"""

from __future__ import annotations

import io
import random
import zlib
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

# --- a minimal PDF writer for pages of images -------------------------------------------------------------------


def _pdf(pages: list[dict], out: Path) -> None:
    """pages: {"size": (w, h) pt, "rotate": int, "images": [(dict_entries, data, (x, y, w, h))]}"""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    page_ids = []
    pages_id_placeholder = 2
    add(b"")  # 1: catalog, filled at the end
    add(b"")  # 2: pages
    for page in pages:
        names, ops = [], []
        for i, (entries, data, (x, y, w, h)) in enumerate(page["images"]):
            head = "".join(f"/{k} {v}" for k, v in entries.items())
            iid = add(
                f"<< /Type /XObject /Subtype /Image {head} /Length {len(data)} >>\nstream\n".encode()
                + data
                + b"\nendstream"
            )
            names.append(f"/Im{i} {iid} 0 R")
            ops.append(f"q {w:.3f} 0 0 {h:.3f} {x:.3f} {y:.3f} cm /Im{i} Do Q")
        content = "\n".join(ops).encode()
        cid = add(f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream")
        w, h = page["size"]
        rot = f" /Rotate {page['rotate']}" if page.get("rotate") else ""
        page_ids.append(
            add(
                f"<< /Type /Page /Parent {pages_id_placeholder} 0 R /MediaBox [0 0 {w:.2f} {h:.2f}]{rot} "
                f"/Resources << /XObject << {' '.join(names)} >> >> /Contents {cid} 0 R >>".encode()
            )
        )
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    kids = " ".join(f"{i} 0 R" for i in page_ids)
    objects[1] = f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode()
    info = add(b"<< /Producer (h12 scan station) /Creator (h12 scanner) >>")
    buf = io.BytesIO()
    buf.write(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(buf.tell())
        buf.write(f"{n} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = buf.tell()
    buf.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        buf.write(f"{off:010d} 00000 n \n".encode())
    buf.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    out.write_bytes(buf.getvalue())


# --- the scanner's view of a page -------------------------------------------------------------------------------


def _skew(img: Image.Image, rng: random.Random, most: float, fill) -> Image.Image:
    return img.rotate(rng.uniform(-most, most), resample=Image.BICUBIC, fillcolor=fill)


def _noise(img: Image.Image, rng: random.Random, amount: int) -> Image.Image:
    noise = Image.effect_noise(img.size, amount).convert("L")
    return ImageChops.add(img, noise.point(lambda v: max(0, v - 128) // 3), scale=1.0) if img.mode == "L" else img


def bleed_jpx(fronts: list[Path], backs: list[Path], rng: random.Random, out: Path, dpi: int = 300) -> None:
    pages = []
    for i, front_path in enumerate(fronts):
        front = Image.open(front_path).convert("L")
        back = ImageOps.mirror(Image.open(backs[i % len(backs)]).convert("L").resize(front.size))
        back = back.filter(ImageFilter.GaussianBlur(1.6))
        strength = rng.uniform(0.10, 0.22)
        ghost = back.point(lambda v, s=strength: int(255 - (255 - v) * s))
        paper = rng.randint(228, 242)
        page = ImageChops.multiply(front, ghost).point(lambda v, p=paper: v * p // 255)
        page = _noise(_skew(page, rng, 0.6, paper), rng, 18)
        buf = io.BytesIO()
        page.save(buf, "JPEG2000", quality_mode="rates", quality_layers=[rng.choice([30, 45, 60])], irreversible=True)
        w, h = front.width * 72 / dpi, front.height * 72 / dpi
        entries = {
            "Width": front.width,
            "Height": front.height,
            "ColorSpace": "/DeviceGray",
            "BitsPerComponent": 8,
            "Filter": "/JPXDecode",
        }
        pages.append({"size": (w, h), "images": [(entries, buf.getvalue(), (0, 0, w, h))]})
    _pdf(pages, out)


def _sticky(img: Image.Image, rng: random.Random, margin_px: int) -> Image.Image:
    """A yellow note over the right margin, sticking out of the page, with a scribble and no letters."""
    side = int(img.width * 0.17)
    note = Image.new("RGBA", (side, side), (255, 236, 110, 255))
    d = ImageDraw.Draw(note)
    for k in range(3):
        y = side // 4 + k * side // 5
        pts = [(side // 8 + j * side // 14, y + rng.randint(-6, 6)) for j in range(10)]
        d.line(pts, fill=(40, 40, 120, 255), width=max(2, side // 80))
    note = note.rotate(rng.uniform(-8, 8), expand=True, resample=Image.BICUBIC)
    shadow = Image.new("RGBA", note.size, (0, 0, 0, 60))
    x = img.width - margin_px + int(margin_px * 0.25)
    y = rng.randint(img.height // 5, img.height // 2)
    base = img.convert("RGBA")
    base.alpha_composite(shadow, (min(x + 6, img.width - 1), y + 6)) if x + 6 < img.width else None
    base.paste(note, (x, y), note)
    return base.convert("RGB")


def strip_scan(fronts: list[Path], rng: random.Random, out: Path, margin_pt: float, dpi: int = 240) -> None:
    pages = []
    for front_path in fronts:
        page = Image.open(front_path).convert("RGB")
        tint = Image.new("RGB", page.size, (rng.randint(240, 250), rng.randint(238, 248), rng.randint(228, 240)))
        page = ImageChops.multiply(page, tint)
        page = _sticky(page, rng, int(margin_pt * dpi / 72))
        page = page.rotate(rng.uniform(-0.4, 0.4), resample=Image.BICUBIC, fillcolor=(245, 245, 240))
        w, h = page.width * 72 / dpi, page.height * 72 / dpi
        images, top = [], 0
        rows = rng.choice([64, 128, 200])
        while top < page.height:
            strip = page.crop((0, top, page.width, min(page.height, top + rows)))
            entries = {
                "Width": strip.width,
                "Height": strip.height,
                "ColorSpace": "/DeviceRGB",
                "BitsPerComponent": 8,
                "Filter": "/FlateDecode",
            }
            sh = strip.height * 72 / dpi
            images.append((entries, zlib.compress(strip.tobytes(), 6), (0, h - top * 72 / dpi - sh, w, sh)))
            top += rows
        pages.append({"size": (w, h), "images": images})
    _pdf(pages, out)


def _stamp(img: Image.Image, rng: random.Random, dpi: int) -> Image.Image:
    r = int(0.36 * dpi)
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    cx, cy = int(0.42 * dpi) + r, img.height - int(0.12 * dpi) - r
    red = (190, 30, 40, 170)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=max(3, r // 12))
    d.ellipse((cx - r * 3 // 4, cy - r * 3 // 4, cx + r * 3 // 4, cy + r * 3 // 4), outline=red, width=max(2, r // 20))
    d.line(
        [(cx - r // 2, cy + rng.randint(-5, 5)), (cx, cy - r // 3), (cx + r // 2, cy + r // 4)],
        fill=red,
        width=max(3, r // 14),
    )
    base = img.convert("RGBA")
    base.alpha_composite(layer)
    return base.convert("RGB")


def cmyk_flip(fronts: list[Path], rng: random.Random, out: Path, dpi: int = 200) -> None:
    pages = []
    for front_path in fronts:
        page = _stamp(Image.open(front_path).convert("RGB"), rng, dpi)
        page = page.rotate(rng.uniform(-0.5, 0.5), resample=Image.BICUBIC, fillcolor=(250, 250, 250))
        stored = page.rotate(180).convert("CMYK")
        buf = io.BytesIO()
        stored.save(buf, "JPEG", quality=rng.choice([55, 70, 85]))
        w, h = page.width * 72 / dpi, page.height * 72 / dpi
        entries = {
            "Width": page.width,
            "Height": page.height,
            "ColorSpace": "/DeviceCMYK",
            "BitsPerComponent": 8,
            "Filter": "/DCTDecode",
            "Decode": "[1 0 1 0 1 0 1 0]",
        }
        pages.append({"size": (w, h), "rotate": 180, "images": [(entries, buf.getvalue(), (0, 0, w, h))]})
    _pdf(pages, out)
