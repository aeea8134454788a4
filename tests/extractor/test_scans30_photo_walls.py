"""Issue #12, thirtieth round: a phone photo of a ruled table (the twenty-ninth forms' keystone_phone family). Once
the sheet is rectified and binarised, the table's thin upright walls, blurred and foreshortened in the photo, are
rows of dashes, not runs as long as a rule: the rule finder left them, and Tesseract read them as "I", "]" and "i"
joined to the answers beside them ("I I Ljus längs … inklusive I anslutande"). The broken-rule step
(broken_rules.closed_rules), which draws a bilevel copy's broken borders whole, now runs on a photographed page too
(its page is black on white as a bilevel copy's). On plain arrays through read_page_image, Tesseract faked."""

from __future__ import annotations

import numpy as np
from bilagor.extractor import ocr

EMPTY_HOCR = b"<html><body><div class='ocr_page' title='bbox 0 0 10 10'></div></body></html>"
SCALE = 300 / 72


def _photographed_table():
    """A 300 dpi page as the photo path leaves it: black on white, two rules across, two upright walls between
    them broken into dashes, strokes of type in the cells; (page, the walls' columns)."""
    grey = np.full((900, 1400), 255, np.uint8)
    grey[200:203, 150:1250] = 0
    grey[700:703, 150:1250] = 0
    walls = (400, 1000)
    for x in walls:
        for y in range(203, 700, 26):
            grey[y : y + 16, x : x + 3] = 0  # dashes 16 px long, gaps of 10
    for top in (260, 420, 580):
        for x in range(450, 950, 14):
            if (x // 14) % 6 == 5:
                continue
            grey[top : top + 36, x : x + 4] = 0
            grey[top + 14 : top + 18, x : x + 11] = 0
    return grey, walls


def test_a_photographed_tables_broken_walls_are_taken_out_as_rules(tmp_path, monkeypatch):
    seen = []

    def fake_tesseract(image, folder, name, *, psm=None):
        if not name.startswith("smear-"):  # the smear vote's own readings (ocr._unsmeared) are not the page's
            seen.append(np.asarray(image).copy())
        return EMPTY_HOCR

    monkeypatch.setattr(ocr, "run_tesseract", fake_tesseract)
    grey, walls = _photographed_table()
    page = ocr.read_page_image(grey, SCALE, 1, 1400 / SCALE, 900 / SCALE, tmp_path, photographed_page=True)
    uprights = [r for r in page.rules if r[3] - r[1] > 300 / SCALE and r[2] - r[0] < 10 / SCALE]
    for x in walls:
        assert any(abs((r[0] + r[2]) / 2 - x / SCALE) < 3 for r in uprights), f"no wall at {x}"
    image = seen[0]
    for x in walls:
        assert (image[260:640, x - 2 : x + 6] >= 160).all()  # no dashes left for Tesseract
