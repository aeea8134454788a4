"""The scanned families: h28_layout's pages drawn into Pillow images and worn with numpy.

`sunbleached_window` (a form that hung for a summer in a shop or office window, scanned in colour at 200 dpi: the
paper yellowed and the print bleached by the sun towards a faint blue-grey, most on the side that faced the light;
a strip along one edge that a frame or another sheet covered kept its white paper and its black; yellowed tape at
the top corners; saved by Pillow's PDF writer, JPEG, no text layer); `water_cockle` (a page that got wet and dried
again, scanned grey at 200 dpi: the paper cockled in waves that bend every line of print up and down and shade the
sheet in light and dark bands, inside the wet patch the ink bled into soft grey halos and paled, a brown-grey tide
line round the patch; Pillow's PDF writer, JPEG, no text layer); `ocr_layer_scan` (a network scanner's "searchable
PDF": the page a grey JPEG at 200 dpi, under it the scanner's own invisible OCR text in render mode 3, word by word
where the words are printed, with the scanner's misreadings (diacritics lost or swapped, l and 1, rn and m, O and 0,
words run together or split, now and then a word or a line missing); the file written by this generator's own PDF
writer, as such scanners write it).
"""

from __future__ import annotations

import io
import random
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout23_forms"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout26_forms"))
from h23_scan import _noise, _save  # noqa: E402
from h26_scan import _field, _ink, _turned  # noqa: E402
from h28_layout import Page, text_width  # noqa: E402

DPI = 200


def _blur(a: np.ndarray, radius: float) -> np.ndarray:
    image = Image.fromarray((np.clip(a, 0, 1) * 255).astype(np.uint8), "L")
    return np.asarray(image.filter(ImageFilter.GaussianBlur(radius)), float) / 255


def sunbleached_window(pages: list[Page], path: Path, rng: random.Random) -> int:
    out = []
    side = rng.choice(("top", "left", "right"))  # the edge a frame or another sheet covered
    for page in pages:
        ink = _ink(page)
        h, w = ink.shape
        ys, xs = np.mgrid[0:h, 0:w]
        covered = {"top": ys < rng.uniform(0.04, 0.08) * h, "left": xs < rng.uniform(0.05, 0.09) * w,
                   "right": xs > (1 - rng.uniform(0.05, 0.09)) * w}[side]  # fmt: skip
        covered = _blur(covered.astype(float), 6)
        toward = rng.choice((ys / h, 1 - ys / h, xs / w))  # the side that faced the sun bleached most
        sun = np.clip(0.55 + 0.35 * toward + 0.1 * _field(rng, h, w, 6), 0, 1) * (1 - covered)
        white = np.array((246.0, 245.0, 241.0))
        yellow = np.array((236.0, 222.0, 176.0))
        paper = white * (1 - sun[..., None]) + yellow * sun[..., None] + _noise(rng, (h, w, 1), 2.5)
        faded = np.array((118.0, 132.0, 150.0))  # black bleached to a blue-grey
        black = np.array((30.0, 30.0, 34.0))
        colour = black * (1 - sun[..., None]) + faded * sun[..., None]
        strength = (ink * (1 - rng.uniform(0.3, 0.45) * sun))[..., None]
        rgb = paper * (1 - strength) + colour * strength
        for corner in (0.0, 1.0):  # yellowed tape over the top corners
            tw, th = int(rng.uniform(0.08, 0.12) * w), int(rng.uniform(0.025, 0.04) * h)
            x0 = int(corner * (w - tw) + (1 - 2 * corner) * rng.uniform(0, 0.02) * w)
            y0 = int(rng.uniform(0.0, 0.01) * h)
            tape = rgb[y0 : y0 + th, x0 : x0 + tw]
            tape[:] = tape * 0.82 + np.array((214.0, 196.0, 132.0)) * 0.18
            tape[:2], tape[-2:] = tape[:2] * 0.9, tape[-2:] * 0.9
        out.append(_turned(rgb, rng, (236, 232, 220), 0.6))
    return _save(out, path, DPI, rng.randint(78, 88))


def water_cockle(pages: list[Page], path: Path, rng: random.Random) -> int:
    out = []
    for page in pages:
        ink = _ink(page)
        h, w = ink.shape
        ys, xs = np.mgrid[0:h, 0:w].astype(float)
        # the wet patch: a smooth blob, the tide line at its edge
        cy, cx = rng.uniform(0.25, 0.8) * h, rng.uniform(0.2, 0.8) * w
        r = np.hypot((ys - cy) / (rng.uniform(0.18, 0.3) * h), (xs - cx) / (rng.uniform(0.25, 0.4) * w))
        r = r + 0.25 * (_field(rng, h, w, 7) - 0.5)
        wet = np.clip((1 - r) * 6, 0, 1)
        tide = np.exp(-(((r - 1) / 0.02) ** 2))
        bled = _blur(ink, rng.uniform(2.0, 3.2))
        strength = ink * (1 - wet) + (0.55 * ink + 0.5 * bled) * wet * rng.uniform(0.75, 0.9)
        # the cockle: waves across the sheet that bend the print and shade the paper
        length, amp = rng.uniform(0.09, 0.15) * w, rng.uniform(2.5, 5.0)
        phase = 2 * np.pi * (xs / length) + 1.5 * _field(rng, h, w, 3)
        dy = amp * np.sin(phase) * (0.6 + 0.4 * _field(rng, h, w, 4))
        src = np.clip((ys + dy).round().astype(int), 0, h - 1)
        strength = strength[src, xs.astype(int)]
        shade = 9 * np.cos(phase)
        paper = 240 + shade - 14 * wet * _field(rng, h, w, 12) + _noise(rng, (h, w), 2.5)
        grey = paper * (1 - np.clip(strength, 0, 1)) + 34 * np.clip(strength, 0, 1) - 38 * tide
        out.append(_turned(grey, rng, (228,), 0.5))
    return _save(out, path, DPI, rng.randint(74, 84))


# --- the scanner's OCR layer ---------------------------------------------------------------------------------------

SWAPS = (("å", "a"), ("ä", "a"), ("ö", "o"), ("Ö", "O"), ("Å", "A"), ("Ä", "A"), ("ä", "å"), ("rn", "m"),
         ("m", "rn"), ("l", "1"), ("I", "l"), ("e", "c"), ("0", "O"), ("1", "l"), ("h", "b"), ("cl", "d"))  # fmt: skip


def misread(word: str, rng: random.Random, rate: float) -> str:
    """`word` as a cheap scanner's OCR may read it: one confusion of shapes, if any applies."""
    if rng.random() >= rate:
        return word
    options = [(a, b) for a, b in SWAPS if a in word]
    if not options:
        return word
    a, b = rng.choice(options)
    at = rng.choice([k for k in range(len(word)) if word.startswith(a, k)])
    return word[:at] + b + word[at + len(a) :]


def ocr_runs(page: Page, rng: random.Random, rate: float) -> list[tuple[float, float, float, str]]:
    """The scanner's words of `page`: (x, baseline y, size, text), y down from the top, misread now and then."""
    runs = []
    for t in page.texts:
        if not t.text.strip() or rng.random() < 0.02:  # a line the OCR missed
            continue
        x, pending = t.x, None
        for word in t.text.replace("\u00a0", " ").split(" "):
            width = text_width(word + " ", t.size, t.bold)
            if word and rng.random() > 0.015:  # a word the OCR missed
                said = misread(word, rng, rate)
                if pending and rng.random() < 0.04:  # two words run together
                    px, _, ps, pw = pending
                    runs[-1] = (px, t.y, ps, pw + said)
                elif len(said) > 5 and rng.random() < 0.02:  # a word split in two
                    cut = rng.randint(2, len(said) - 2)
                    runs.append((x, t.y, t.size, said[:cut]))
                    runs.append((x + text_width(said[:cut] + " ", t.size, t.bold), t.y, t.size, said[cut:]))
                else:
                    runs.append((x, t.y, t.size, said))
                pending = runs[-1]
            x += width
    return runs


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def searchable_pdf(images: list[Image.Image], layers: list[list[tuple[float, float, float, str]]], path: Path,
                   quality: int) -> int:  # fmt: skip
    """A scanner's searchable PDF: each page its JPEG and, in render mode 3, its OCR words (points, y down)."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")
    pages_ref = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for image, runs in zip(images, layers):
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=quality, dpi=(DPI, DPI))
        data = buffer.getvalue()
        w, h = image.size
        colour = b"/DeviceGray" if image.mode == "L" else b"/DeviceRGB"
        xobject = add(
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent 8 "
            b"/Filter /DCTDecode /Length %d >>\nstream\n" % (w, h, colour, len(data)) + data + b"\nendstream"
        )
        pw, ph = w * 72 / DPI, h * 72 / DPI
        ops = [b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (pw, ph), b"BT 3 Tr"]
        for x, y, size, text in runs:
            ops.append(b"/F1 %.2f Tf 1 0 0 1 %.2f %.2f Tm %s Tj" % (size, x, ph - y, _pdf_string(text)))
        ops.append(b"ET")
        stream = b"\n".join(ops)
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Contents %d 0 R "
                b"/Resources << /XObject << /Im0 %d 0 R >> /Font << /F1 %d 0 R >> >> >>"
                % (pages_ref, pw, ph, content, xobject, font)
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_ref
    objects[pages_ref - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    info = add(b"<< /Producer (ScanOCR 4.1) /Creator (Network Scanner) >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        catalog,
        info,
        xref,
    )
    path.write_bytes(bytes(out))
    return len(images)


def ocr_layer_scan(pages: list[Page], path: Path, rng: random.Random) -> int:
    images, layers = [], []
    rate = rng.uniform(0.06, 0.12)  # a share of words misread
    for page in pages:
        ink = _ink(page)
        h, w = ink.shape
        paper = 238 + 6 * _field(rng, h, w, 5) + _noise(rng, (h, w), 3)
        grey = paper * (1 - ink) + 40 * ink
        images.append(Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L"))
        layers.append(ocr_runs(page, rng, rate))
    return searchable_pdf(images, layers, path, rng.randint(60, 72))


__all__ = ["DPI", "misread", "ocr_layer_scan", "ocr_runs", "sunbleached_window", "water_cockle"]
