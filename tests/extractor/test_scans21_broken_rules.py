"""Thin table borders of a bilevel copy broken into dashes by its threshold (issue #12, scan classes: the fifteenth
set's `speckle_copy`): drawn whole before the rule finder looks for long runs (broken_rules), so the cells'
borders are found and the dashes are not read as "- - -". Synthetic images at OCR's 300 dpi."""

from __future__ import annotations

import numpy as np
import pytest

from bilagor.extractor.broken_rules import closed_rules
from bilagor.extractor.ocr import remove_rules
from factories import needs_tesseract

SCALE = 300 / 72
MIN_RULE = round(36 * SCALE)
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def dashed(page, y: int, x0: int, x1: int, seed: int = 3, cover: float = 0.3, grey: int = 120, thick: int = 2):
    """A rule along row `y` from x0 to x1 in dashes of 1-6 pixels, `thick` rows, covering about `cover` of it, with
    gaps of up to 40 pixels (a half-point rule of a 150 dpi copy, enlarged to 300 dpi)."""
    rng = np.random.default_rng(seed)
    x = x0
    page[y : y + thick, x0 : x0 + 3] = grey  # its ends are ink
    page[y : y + thick, x1 - 3 : x1] = grey
    while x < x1:
        length = int(rng.integers(1, 7))
        page[y : y + thick, x : min(x1, x + length)] = grey
        x += length + int(rng.exponential(length * (1 - cover) / cover)) % 40 + 1
    return page


def blank(height: int = 400, width: int = 1800):
    return np.full((height, width), 255, np.uint8)


def test_a_rule_in_dashes_is_drawn_whole_and_found_as_one_rule():
    page = dashed(blank(), 200, 100, 1700)
    assert remove_rules(page, MIN_RULE)[1] == []  # no long run of ink: no border before
    drawn, closed = closed_rules(page, SCALE, MIN_RULE)
    assert closed
    assert (drawn[200:202, 100:1700] == 0).all()
    rules = remove_rules(drawn, MIN_RULE)[1]
    assert len(rules) == 1
    x0, top, x1, bottom = rules[0]
    assert (x0, x1) == (100, 1700) and top <= 200 and bottom >= 202


def test_a_column_of_dashes_between_two_borders_is_a_vertical_rule():
    """A table's broken column border, from its top border to its bottom one (one solid, one broken itself)."""
    page = np.ascontiguousarray(dashed(blank(), 200, 100, 1700, seed=8).T)
    page[98:100, 50:350] = 0
    page = dashed(page, 1700, 50, 350, seed=9)
    drawn, closed = closed_rules(page, SCALE, MIN_RULE)
    assert closed and (drawn[100:1700, 200:202] == 0).all()


def test_a_column_of_dashes_with_no_border_at_an_end_is_no_rule():
    """The left edges of stacked lines starting with a stem look like a broken column: no table's borders end it."""
    page = np.ascontiguousarray(dashed(blank(), 200, 100, 1700, seed=8).T)
    page[98:100, 50:350] = 0  # a border at its top only
    drawn, closed = closed_rules(page, SCALE, MIN_RULE)
    assert not closed and drawn is page


def test_a_rule_touched_by_its_label_is_drawn_to_its_first_dash():
    """Where a label's letters reach the band the flank holds ink; the rule's end is still its last dash."""
    page = dashed(blank(), 200, 100, 1700, seed=5)
    page[196:230, 100:160:9] = 0  # a label's stems and tops just under (and touching) the rule's start
    page[203:206, 100:160] = 0
    drawn, closed = closed_rules(page, SCALE, MIN_RULE)
    assert closed and (drawn[200:202, 100:1700] == 0).all()


def text_page(lines: list[str], size: float = 10):
    from PIL import Image, ImageDraw, ImageFont

    page = Image.new("L", (2400, 120 + 100 * len(lines)), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(SANS, round(size * SCALE))
    for n, text in enumerate(lines):
        draw.text((100, 60 + 100 * n), text, font=font, fill=0)
    return np.asarray(page)


@pytest.mark.parametrize("size", [8, 10, 16])
def test_lines_of_text_are_no_rules(size):
    lines = [
        "Investeringen ska göra det tryggare att gå till och från tunnelbanan.",
        "lllll illi ||||| l i l i l i l i l i l i l i l i l i l l i l i l i l i",
        "Projektets namn: Kameraövervakning, ödeläggelse; stadsdelsförvaltningar.",
    ]
    page = text_page(lines, size)
    drawn, closed = closed_rules(page, SCALE, MIN_RULE)
    assert not closed and drawn is page


def test_a_typed_line_of_hyphens_is_a_rule():
    """A row of hyphens drawn as a line (a form's separator) is drawn whole as any dashed line is."""
    assert closed_rules(text_page(["----------"], 10), SCALE, MIN_RULE)[1]


def test_speckle_a_letter_alone_and_a_copier_lids_band_are_no_rules():
    rng = np.random.default_rng(4)
    page = np.where(rng.random((1200, 1600)) < 0.004, 0, 255).astype(np.uint8)  # toner speckle
    page[300:340, 400:406] = 0  # an "l" with paper round it, seen down its column
    page[:, 1540:] = np.where(rng.random((1200, 60)) < 0.8, 0, 255)  # the lid's dark band along an edge
    drawn, closed = closed_rules(page, SCALE, MIN_RULE)
    assert not closed


@needs_tesseract
def test_a_bilevel_copys_broken_borders_are_found_as_rules(tmp_path):
    """A 150 dpi bilevel form whose row borders are dashes: read with OCR, its page has the borders as rules and no
    "-" words (before: no rule, and Tesseract read dashes as hyphens)."""
    from PIL import Image, ImageDraw, ImageFont

    from bilagor.extractor.ocr import recognise_pages
    from bilagor.extractor.words import Page

    fine = 150 / 72
    page = Image.new("L", (round(595 * fine), round(842 * fine)), 255)
    bold, font = ImageFont.truetype(SANS.replace("Sans", "Sans-Bold"), 21), ImageFont.truetype(SANS, 21)
    rows = [("Sökt belopp", "2 262 000"), ("Sökande nämnd", "Farsta stadsdelsnämnd"), ("Telefon", "08-508 85 110")]
    pixels = np.asarray(page).copy()
    for n in range(len(rows)):
        top = round((120 + 70 * n) * fine)
        pixels = dashed(pixels, top - 8, round(50 * fine), round(545 * fine), seed=n, cover=0.35, grey=0, thick=1)
    page = Image.fromarray(pixels)
    draw = ImageDraw.Draw(page)
    for n, (label, answer) in enumerate(rows):
        top = round((120 + 70 * n) * fine)
        draw.text((round(50 * fine), top), label, font=bold, fill=0)
        draw.text((round(60 * fine), top + 40), answer, font=font, fill=0)
    pdf = tmp_path / "copy.pdf"
    page.point(lambda v: 0 if v < 128 else 255).convert("1").save(pdf, dpi=(150, 150))
    pages, ran, _ = recognise_pages(pdf, [Page(1, 595, 842, [], [], [])], mode="always")
    assert ran
    for n in range(len(rows)):  # each border found, across most of the page's width (its longest holes stay)
        at = 120 + 70 * n - 8 / fine
        pieces = [r for r in pages[0].rules if r[1] - 2 <= at <= r[3] + 2]
        assert sum(r[2] - r[0] for r in pieces) > 0.8 * 495
    assert "-" not in [w.text for w in pages[0].words]


REMNANT_HOCR = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><body><div class='ocr_page' title='bbox 0 0 2480 3508'>
 <span class='ocr_line' title="bbox 979 470 2269 490; baseline 0 -9; x_size 40">
  <span class='ocrx_word' title='bbox 2165 479 2269 486; x_wconf 14'>NE</span>
 </span>
 <span class='ocr_line' title="bbox 979 642 1325 681; baseline 0 -9; x_size 40">
  <span class='ocrx_word' title='bbox 979 646 1057 673; x_wconf 95'>även</span>
  <span class='ocrx_word' title='bbox 1068 660 1100 667; x_wconf 90'>-</span>
  <span class='ocrx_word' title='bbox 1194 643 1325 673; x_wconf 40'>kvällen.</span>
 </span>
</div></body></html>"""


def test_a_rules_remnant_read_as_flat_letters_is_no_word():
    """The piece of a dithered copy's rule left beside a cell's border was read "NE" in a box 1.7 pt tall."""
    from bilagor.extractor.ocr import words_from_hocr

    texts = [w.text for w in words_from_hocr(REMNANT_HOCR, SCALE)]
    assert "NE" not in texts
    assert texts[0] == "även" and texts[-1] == "kvällen." and len(texts) == 3  # a sure dash, an unsure word kept


@pytest.mark.parametrize("label, through", [("Resultat", 0.5), ("Avvikelser", 0.7), ("Bilder efter", 0.6)])
def test_a_label_centred_on_a_broken_rule_is_not_struck_out(label, through):
    """A heading centred on a rule ("——— Resultat ———", a photographed page binarised): the rule's pieces end a few
    points short of the label and the band runs through its letters. The pieces are drawn whole, the label is
    left as it was (drawn through, it was read "PrAansslétané")."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(SANS, round(10 * SCALE))
    image = Image.new("L", (1800, 400), 255)
    draw = ImageDraw.Draw(image)
    x0, top, x1, bottom = draw.textbbox((0, 0), label, font=font)
    left = 900 - (x1 - x0) // 2
    y = 200 - top - round(through * (bottom - top))  # the band crosses the letters `through` of their height down
    draw.text((left - x0, y), label, font=font, fill=0)
    page = np.asarray(image).copy()
    start, end = left - 35, left + (x1 - x0) + 35  # 8 pt of paper each side
    page = dashed(page, 199, 100, start, seed=6, cover=0.6)
    page = dashed(page, 199, end, 1700, seed=7, cover=0.6)
    drawn, closed = closed_rules(page, SCALE, MIN_RULE)
    assert closed
    assert (drawn[199:201, 100:start] == 0).all() and (drawn[199:201, end:1700] == 0).all()
    assert (drawn[:, start:end] == page[:, start:end]).all()
