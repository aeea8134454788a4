"""Faded, stained scans (issue #12): pale ink on grey paper, a coffee ring, punched holes. Synthetic images."""

from __future__ import annotations

import os
import shutil

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from bilagor.extractor import ocr
from bilagor.extractor.faded import faded_print, restored
from bilagor.extractor.page_photo import photographed

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None and not os.environ.get("CI"),
    reason="tesseract is not installed (CI installs it and fails instead of skipping)",
)

SCALE = 200 / 72
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
ROWS = [
    ("Projektnamn", "Belysning vid Fruängens centrum"),
    ("Plats", "Fruängsgården, Hägersten"),
    ("Syfte", "Syftet är att fastigheten ska kännas trygg"),
]


def form_page(width=1400, height=900):
    """A white page of label/answer rows in a serif face at about 10 pt (200 dpi), a table rule under each."""
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(DEJAVU, 28)
    for n, (label, answer) in enumerate(ROWS):
        draw.text((120, 150 + n * 110), label, font=font, fill=0)
        draw.text((480, 150 + n * 110), answer, font=font, fill=0)
        draw.line((100, 215 + n * 110, 1300, 215 + n * 110), fill=0, width=1)
    return np.asarray(image)


def faded(page, ink=120.0, paper=228.0, ring=True):
    """`page` as a faded copy: black made `ink`, white made `paper`, a blurred coffee ring over the rows and
    two punched holes in the left margin."""
    arr = ink + page.astype(np.float32) / 255.0 * (paper - ink)
    if ring:
        layer = Image.new("L", (page.shape[1], page.shape[0]), 0)
        draw = ImageDraw.Draw(layer)
        draw.ellipse((700, 120, 1050, 470), fill=40)
        draw.ellipse((714, 134, 1036, 456), fill=15)
        arr -= np.asarray(layer.filter(ImageFilter.GaussianBlur(5)), np.float32)
    arr += np.random.default_rng(4).normal(0, 4, arr.shape)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(out)
    for y in (250, 650):
        draw.ellipse((20, y - 30, 80, y + 30), fill=35)
    return np.asarray(out)


def test_faded_print_is_told_from_a_clean_scan():
    assert faded_print(faded(form_page()), SCALE)
    assert faded_print(faded(form_page(), ink=100, paper=240), SCALE)
    assert not faded_print(form_page(), SCALE)
    # a photocopy on white paper with dark ink (its strokes a little grey) is not faded
    assert not faded_print(faded(form_page(), ink=35, paper=250, ring=False), SCALE)


def test_faded_print_on_grey_paper_is_no_phone_photo():
    """Grey paper alone made a page a phone photo: a faded copy on paper of 226 was rectified, binarised
    at two thirds of its paper's light and its record said "fotograferad sida"."""
    assert not photographed(faded(form_page(), ink=115, paper=224), SCALE)


def test_a_page_on_tinted_paper_with_dark_ink_is_still_a_photo():
    tinted = (form_page().astype(np.float32) * (200 / 255.0)).astype(np.uint8)  # ink 0, paper 200
    assert photographed(tinted, SCALE)


def test_restored_paper_is_white_under_the_stain_and_ink_is_black():
    page = form_page()
    out = restored(faded(page), SCALE)
    paper = page == 255
    inside_ring = np.zeros_like(paper)
    inside_ring[140:450, 720:1030] = True
    assert np.median(out[paper & ~inside_ring]) >= 245
    assert np.percentile(out[paper & inside_ring], 5) > 170  # the ring is paper to the finders (ink under 160)
    assert np.median(out[page == 0]) <= 60


def test_a_faded_table_rule_is_found_once_restored():
    page = faded(form_page(), ink=165, paper=226, ring=False)  # a rule's grey now over the finders' ink level
    length = round(ocr.MIN_RULE_POINTS * SCALE)
    _, rules_before = ocr.remove_rules(page, length)
    _, rules_after = ocr.remove_rules(restored(page, SCALE), length)
    assert len(rules_before) < len(ROWS)
    assert len(rules_after) == len(ROWS)


@needs_tesseract
def test_a_faded_stained_form_is_read_and_the_record_is_told(tmp_path):
    notes: list[str] = []
    page = ocr.read_page_image(faded(form_page(), ink=135), SCALE, 1, 1400 / SCALE, 900 / SCALE, tmp_path, notes=notes)
    text = " ".join(w.text for w in page.words)
    for label, answer in ROWS:
        assert label in text and answer in text
    assert any("blek eller fläckig" in note for note in notes)
    assert not any("fotograferad" in note for note in notes)


def test_punched_holes_are_found_and_a_bold_title_capital_is_none():
    """The first rule (round, 8-40 pt, a disk's fill of its box) took a bold 16 pt "B" of a title for a hole
    and wiped it ("ilaga 5 - Uppföljning" on a page turned a quarter, tests/extractor/test_producers_pages.py)."""
    from bilagor.extractor.holes import hole_boxes

    image = Image.new("L", (1400, 900), 255)
    draw = ImageDraw.Draw(image)
    bold = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", round(20 * SCALE))
    draw.text((300, 100), "Bilaga BOB", font=bold, fill=0)
    for y in (400, 700):
        draw.ellipse((20, y - 25, 70, y + 25), fill=20)  # 18 pt across at 200 dpi
    boxes = hole_boxes(np.asarray(image), SCALE)
    assert len(boxes) == 2
    assert all(box[0] < 100 for box in boxes)


def test_mended_wipes_holes_and_restores_a_faded_page_as_the_two_steps_do():
    from bilagor.extractor.faded import mended

    page = faded(form_page())
    out, was_faded = mended(page, SCALE)
    assert was_faded
    assert (out == restored(page, SCALE)).all()
    clean, was_faded = mended(form_page(), SCALE)
    assert not was_faded
