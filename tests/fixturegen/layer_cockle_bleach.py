"""A scanner's poor searchable PDF, a water-cockled page, a sun-bleached page (tuning fixtures, issue #12).

- layer: an office network scanner's "searchable PDF": the page a grey 200 dpi JPEG (lightly mottled, not turned)
  and under it the scanner's own OCR words, invisible (render mode 3), in Helvetica stretched over each word's box;
  a poor engine: 5-13 % of the words misread by the shapes such engines confuse (å ä ö losing their marks or
  swapped, l / 1, rn / m, I / l, e / c, O / 0, h / b, cl / d, ii / ü), one word in 20-30 run together with the one
  before it, a few split in two, about 1-2 % of the words and 1-3 % of the lines dropped;
- cockle: a page that got wet and dried in waves: every text line bent up and down by 2-5 px in waves 8-16 % of the
  width long, the paper shaded in bands along the waves; inside a wet patch the ink bled (a 2-3 px halo) and paled,
  a dark tide line round it; turned up to 0.5 degrees; grey 200 dpi JPEG;
- bleached: a form that hung in a sunny window: the paper yellowed, the print faded to a blue-grey, most towards
  the side that faced the light; a strip along one edge under a frame still white paper and black print; yellowed
  tape over the top corners; turned up to 0.6 degrees; colour 200 dpi JPEG.

    searchable(pdf_in, pdf_out, rng) / cockle(grey, rng) / bleached(grey, rng)
    build_layer_cockle_bleach_corpus(out_dir, count, seed)     the three kinds in turn, truth copied

The truth sidecar is the source's, its `variant` naming the kind and `scan` its parameters.
"""

from __future__ import annotations

import io
import math
import random
from pathlib import Path

from .aged_copies import _blur, _smooth_noise, image_pages, kinds_corpus
from .render import copy_truth

KINDS = ("layer", "cockle", "bleached")
DPI = 200
# A poor engine's confusions: each pair read either way round where the word allows it.
CONFUSIONS = (
    ("å", "a"),
    ("ä", "a"),
    ("ö", "o"),
    ("å", "ä"),
    ("Ä", "A"),
    ("Ö", "O"),
    ("l", "1"),
    ("rn", "m"),
    ("I", "l"),
    ("e", "c"),
    ("O", "0"),
    ("h", "b"),
    ("cl", "d"),
    ("ü", "ii"),
)


def misread(word: str, rng: random.Random) -> str:
    """`word` with one confusion of CONFUSIONS applied (either way round), or as it came when none fits."""
    options = [(a, b) for a, b in CONFUSIONS if a in word] + [(b, a) for a, b in CONFUSIONS if b in word]
    if not options:
        return word
    old, new = rng.choice(options)
    at = [i for i in range(len(word)) if word.startswith(old, i)]
    i = rng.choice(at)
    return word[:i] + new + word[i + len(old) :]


def engine_lines(lines: list[list[tuple[str, float, float, float, float]]], rng: random.Random) -> list:
    """A poor engine's reading of `lines` (each a list of (text, x0, top, x1, bottom)): words misread, run
    together, split, dropped; lines dropped."""
    rate, join_every = rng.uniform(0.05, 0.13), rng.randint(20, 30)
    drop_word, drop_line = rng.uniform(0.01, 0.02), rng.uniform(0.01, 0.03)
    out = []
    for line in lines:
        if rng.random() < drop_line:
            continue
        words: list[tuple[str, float, float, float, float]] = []
        for text, x0, top, x1, bottom in line:
            if rng.random() < drop_word:
                continue
            if rng.random() < rate:
                text = misread(text, rng)
            if words and rng.random() < 1 / join_every:
                last = words.pop()
                words.append((last[0] + text, last[1], min(last[2], top), x1, max(last[4], bottom)))
                continue
            if len(text) >= 6 and rng.random() < 0.02:
                cut = rng.randint(2, len(text) - 2)
                middle = x0 + (x1 - x0) * cut / len(text)
                words += [(text[:cut], x0, top, middle - 1, bottom), (text[cut:], middle + 1, top, x1, bottom)]
                continue
            words.append((text, x0, top, x1, bottom))
        out.append(words)
    return out


def _page_lines(page) -> list[list[tuple[str, float, float, float, float]]]:
    """pdfplumber `page`'s words in lines (by their top), each (text, x0, top, x1, bottom)."""
    lines: dict[int, list] = {}
    for w in page.extract_words(keep_blank_chars=False, use_text_flow=False):
        lines.setdefault(round(w["top"] / 3), []).append((w["text"], w["x0"], w["top"], w["x1"], w["bottom"]))
    return [sorted(ws, key=lambda w: w[1]) for _, ws in sorted(lines.items())]


def searchable(pdf_in: str | Path, pdf_out: str | Path, rng: random.Random, kind: str = "layer") -> Path:
    """Every page of pdf_in as a network scanner's searchable PDF with a poor OCR layer; pdf_in's truth."""
    import numpy as np
    import pdfplumber
    import pypdfium2
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    pdf_in, pdf_out = Path(pdf_in), Path(pdf_out)
    quality = rng.randint(72, 88)
    document = pypdfium2.PdfDocument(str(pdf_in))
    out = None
    try:
        with pdfplumber.open(pdf_in) as plumbed:
            for page, plumbed_page in zip(document, plumbed.pages, strict=True):
                width, height = page.get_size()
                if out is None:
                    out = canvas.Canvas(str(pdf_out), pagesize=(width, height), invariant=1)
                out.setPageSize((width, height))
                grey = np.asarray(page.render(scale=DPI / 72, grayscale=True).to_pil().convert("L"))
                mottle = _smooth_noise(grey.shape, rng, rng.randint(6, 12)) * rng.uniform(6, 14)
                paper = rng.uniform(232, 246) - mottle
                ink = 1 - grey.astype(np.float32) / 255
                scanned = np.clip(paper * (1 - ink) + rng.uniform(20, 45) * ink, 0, 255).astype(np.uint8)
                buffer = io.BytesIO()
                Image.fromarray(scanned, "L").save(buffer, "JPEG", quality=quality)
                buffer.seek(0)
                out.drawImage(ImageReader(buffer), 0, 0, width, height)
                for line in engine_lines(_page_lines(plumbed_page), rng):
                    for text, x0, top, x1, bottom in line:
                        size = max(bottom - top, 4.0)
                        natural = stringWidth(text, "Helvetica", size)
                        obj = out.beginText()
                        obj.setTextRenderMode(3)
                        obj.setFont("Helvetica", size)
                        obj.setHorizScale(100 * (x1 - x0) / natural if natural else 100)
                        obj.setTextOrigin(x0, height - bottom + 0.2 * size)
                        obj.textOut(text)
                        out.drawText(obj)
                out.showPage()
    finally:
        document.close()
    assert out is not None
    out.save()
    copy_truth(pdf_in, pdf_out, variant=kind, scan=f"{DPI} dpi, searchable PDF with a poor OCR layer")
    return pdf_out


def cockle(grey, rng: random.Random):
    """`grey` (H x W uint8, the page as printed) wet and dried in waves (a grey uint8 page)."""
    import numpy as np

    height, width = grey.shape
    gen = np.random.default_rng(rng.randint(0, 2**31))
    wave = rng.uniform(0.08, 0.16) * width
    amplitude = rng.uniform(2.5, 5.0)
    phase = rng.uniform(0, 2 * math.pi)
    xs = np.arange(width, dtype=np.float32)
    ys = np.arange(height, dtype=np.float32)[:, None]
    # the wave's crests drift a little down the page, as real cockles run slantwise
    angle = 2 * math.pi * xs[None, :] / wave + phase + ys / height * rng.uniform(0, 2)
    shift = amplitude * np.sin(angle)
    source = np.clip(np.rint(ys + shift).astype(np.int64), 0, height - 1)
    ink = 1 - grey.astype(np.float32)[source, np.broadcast_to(np.arange(width), (height, width))] / 255
    cx, cy = rng.uniform(0.2, 0.8) * width, rng.uniform(0.2, 0.8) * height
    rx, ry = rng.uniform(0.15, 0.35) * width, rng.uniform(0.1, 0.25) * height
    edge = _smooth_noise((height, width), rng, rng.randint(5, 9)) * 0.25
    distance = np.sqrt(((xs[None, :] - cx) / rx) ** 2 + ((ys - cy) / ry) ** 2) + edge
    wet = distance < 1.0
    bled = np.clip(_blur(ink, rng.uniform(1.2, 1.8)) * 1.2, 0, 1)
    ink = np.where(wet, np.maximum(ink * rng.uniform(0.55, 0.75), bled * rng.uniform(0.45, 0.6)), ink)
    paper = rng.uniform(226, 242) - rng.uniform(8, 22) * (0.5 + 0.5 * np.cos(angle))
    paper = (
        paper - np.where(wet, rng.uniform(8, 18), 0) - rng.uniform(50, 90) * np.exp(-(((distance - 1) / 0.012) ** 2))
    )
    paper = paper + gen.normal(0, 2.5, (height, width))
    out = paper * (1 - ink) + rng.uniform(20, 45) * ink
    return np.clip(out, 0, 255).astype(np.uint8)


def bleached(grey, rng: random.Random):
    """`grey` (H x W uint8) hung in a sunny window (an RGB uint8 page)."""
    import numpy as np

    height, width = grey.shape
    gen = np.random.default_rng(rng.randint(0, 2**31))
    ink = 1 - grey.astype(np.float32) / 255
    side = rng.choice(("left", "right", "top"))
    ramp = np.linspace(0, 1, width if side != "top" else height, dtype=np.float32)
    if side == "left":
        ramp = ramp[::-1]
    light = ramp[None, :] if side != "top" else ramp[::-1][:, None]  # 1 where the sun fell most
    strength = rng.uniform(0.45, 0.6) + rng.uniform(0.15, 0.3) * (1 - light)  # ink left of the print
    strip = int(rng.uniform(0.03, 0.06) * (width if side != "top" else height))
    covered = np.zeros((height, width), bool)
    edge = rng.choice(("left", "right", "bottom"))
    if edge == "left":
        covered[:, :strip] = True
    elif edge == "right":
        covered[:, -strip:] = True
    else:
        covered[-strip:, :] = True
    faded = ink * strength
    blue_grey = np.array((70, 84, 112), np.float32)
    yellow = np.array((rng.randint(238, 248), rng.randint(224, 236), rng.randint(178, 200)), np.float32)
    yellow = yellow - 10 * light[..., None]
    white = np.array((246, 246, 244), np.float32)
    paper = np.where(covered[..., None], white, yellow)
    colour = np.where(covered[..., None], np.array((25, 25, 28), np.float32), blue_grey)
    amount = np.where(covered, ink, faded)[..., None]
    out = paper * (1 - amount) + colour * amount
    for x0 in (0, width - int(0.12 * width)):  # yellowed tape over the top corners
        tw, th = int(rng.uniform(0.08, 0.12) * width), int(rng.uniform(0.03, 0.05) * height)
        x0 = 0 if x0 == 0 else width - tw
        out[:th, x0 : x0 + tw] = out[:th, x0 : x0 + tw] * np.array((0.92, 0.86, 0.62), np.float32)
    out = out + gen.normal(0, 2.0, (height, width, 1))
    return np.clip(out, 0, 255).astype(np.uint8)


def degraded(pdf_in: str | Path, pdf_out: str | Path, rng: random.Random, kind: str) -> Path:
    """Every page of pdf_in as `kind` (KINDS); a PDF with pdf_in's truth."""
    from PIL import Image

    if kind == "layer":
        return searchable(pdf_in, pdf_out, rng, kind)
    pdf_in, pdf_out = Path(pdf_in), Path(pdf_out)
    quality, turn = rng.randint(74, 88), rng.uniform(-0.5, 0.5) if kind == "cockle" else rng.uniform(-0.6, 0.6)

    def page_image(grey):
        if kind == "cockle":
            return Image.fromarray(cockle(grey, rng), "L").rotate(
                turn, resample=Image.Resampling.BICUBIC, fillcolor=235
            )
        image = Image.fromarray(bleached(grey, rng), "RGB")
        return image.rotate(turn, resample=Image.Resampling.BICUBIC, fillcolor=(240, 230, 190))

    image_pages(pdf_in, pdf_out, quality, page_image)
    copy_truth(pdf_in, pdf_out, variant=kind, scan=f"{DPI} dpi, {kind}, turned {turn:.2f}")
    return pdf_out


def build_layer_cockle_bleach_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` forms of the layout families, in the three kinds in turn."""
    return kinds_corpus(out_dir, count, seed, "scan28", KINDS, degraded)
