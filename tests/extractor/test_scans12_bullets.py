"""Issue #12, twelfth round: a list's bullets on a scanned page. Tesseract reads a bullet as "»" or nothing
and the dust cleaning dropped it, so every list item of an OCR'd answer lost its "•". Synthetic images."""

from __future__ import annotations

import io
import os
import shutil

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from bilagor.extractor.ocr_bullets import bullet_boxes

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None and not os.environ.get("CI"),
    reason="tesseract is not installed (CI installs it and fails instead of skipping)",
)

SCALE = 300 / 72
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SANS_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
ITEMS = ["Arbetet har stämts av med förvaltningen", "Målet är att minska antalet brott"]


def drawn(lines, x=60.0, size=10.0):
    """A page image of `lines` (text at `x` pt) with each line's word boxes in pixels (line top and bottom)."""
    image = Image.new("L", (round(595 * SCALE), round(400 * SCALE)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(SERIF, round(size * SCALE))
    boxes = []
    for n, text in enumerate(lines):
        y = (60 + 16 * n) * SCALE
        left = x * SCALE
        line_boxes = []
        for word in text.split():
            if word == "|":  # the answer column
                left = 200 * SCALE
                continue
            box = draw.textbbox((left, y), word, font=font)
            draw.text((left, y), word, font=font, fill=0)
            if word != "•":
                line_boxes.append(box)
            left = box[2] + draw.textlength(" ", font=font)
        top, bottom = min(b[1] for b in line_boxes) - 4, max(b[3] for b in line_boxes) + 4
        boxes += [(b[0], top, b[2], bottom) for b in line_boxes]
    return np.asarray(image) < 160, boxes


def test_unread_bullets_before_list_items_are_found():
    dark, words = drawn(["Syftet är att fler ska känna sig trygga.", *[f"• {item}" for item in ITEMS]])
    found = bullet_boxes(dark, words, SCALE)
    assert len(found) == 2
    assert all(abs(x0 - 60 * SCALE) < 2 * SCALE for x0, *_ in found)


def test_bullets_after_a_label_column_are_found_and_other_dots_are_not():
    # an answer's list beside a label; a full stop standing apart, an ellipsis and a dash are no bullets
    dark, words = drawn(
        ["Syfte och mål | • Arbetet har stämts av", "Kostnad | 500 000 kr .", "Ej aktuellt - se bilaga"]
    )
    found = bullet_boxes(dark, words, SCALE)
    assert len(found) == 1


def test_a_bullet_read_as_part_of_a_word_is_not_added_twice():
    dark, words = drawn([f"• {ITEMS[0]}"])
    # Tesseract read the bullet, glued to the item's first word: its box covers the dot
    x0, top, x1, bottom = words[0]
    words[0] = (x0 - 14 * SCALE, top, x1, bottom)
    assert bullet_boxes(dark, words, SCALE) == []


@needs_tesseract
def test_an_ocr_answer_keeps_its_list_bullets(tmp_path):
    from bilagor.extractor import extract_report

    image = Image.new("L", (round(595 * 200 / 72), round(842 * 200 / 72)), 250)
    draw = ImageDraw.Draw(image)
    k = 200 / 72
    bold, regular = ImageFont.truetype(SANS_BOLD, round(11 * k)), ImageFont.truetype(SERIF, round(10 * k))
    lines = [
        (bold, 60, "Bilaga 5 - Uppföljning trygghetsinvestering"),
        (bold, 60, "Projektnamn"),
        (regular, 60, "Trygg väg till skolan i Vårberg"),
        (bold, 60, "Projektets mål och syfte"),
        (regular, 60, "Syftet är att fler ska känna sig trygga."),
        *[(regular, 60, f"•  {item}") for item in ITEMS],
        (bold, 60, "Bilder före"),
        (regular, 60, "Se bilaga"),
    ]
    for n, (font, x, text) in enumerate(lines):
        draw.text((x * k, (60 + 20 * n) * k), text, font=font, fill=0)
    buf = io.BytesIO()
    image.rotate(0.6, resample=Image.Resampling.BICUBIC, fillcolor=250).save(buf, "JPEG", quality=70)
    pdf = tmp_path / "list.pdf"
    Image.open(io.BytesIO(buf.getvalue())).save(pdf, "PDF", resolution=200)
    report = extract_report(pdf, entities=False)
    sections = {s.key: s.text for s in report.sections}
    assert sections["mal_och_syfte"] == "Syftet är att fler ska känna sig trygga. " + " ".join(f"• {i}" for i in ITEMS)
