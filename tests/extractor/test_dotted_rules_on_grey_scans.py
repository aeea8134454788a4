"""Issue #12, twenty-seventh round: a form typed on dotted rules, scanned in grey. Every answer line stands on a row
of dots; the rule finder takes only long runs of ink, so the dots went to Tesseract, which read them as a line of
garbage of its own ("KÄSA AR RRT TROR …") and with it lost the typed line just above. The broken-rule step
(broken_rules.closed_rules) draws such rows solid, so the rule finder takes them out, but it ran on bilevel copies
only; a grey scan's dotted rule is found the same way (twenty-eighth round), when its marks are dots at a regular
pitch: a drum ghost's or a watermark's faint rows, which the step drew solid when it ran on every grey scan (held
back in the twenty-seventh round), are not. On plain arrays through read_page_image, Tesseract faked."""

from __future__ import annotations

import numpy as np
from bilagor.extractor import ocr

EMPTY_HOCR = b"<html><body><div class='ocr_page' title='bbox 0 0 10 10'></div></body></html>"
SCALE = 300 / 72


def _typed_page():
    """A grey 300 dpi page: three lines of typed strokes, each on a dotted rule (grey dots 4 px every 12 px, a
    JPEG's soft edges round them); (page, rows of the rules)."""
    grey = np.full((900, 1400), 246, np.uint8)
    rows = []
    for top in (200, 320, 440):
        for x in range(200, 1200, 14):
            if (x // 14) % 6 == 5:
                continue
            grey[top : top + 36, x : x + 4] = 30  # stems
            grey[top + 14 : top + 18, x : x + 11] = 30  # a bar
        rule = top + 48
        for x in range(180, 1250, 12):
            grey[rule - 1 : rule + 3, x - 1 : x + 5] = 200  # the dot's soft edge
            grey[rule : rule + 2, x : x + 4] = 110
        rows.append(rule)
    return grey, rows


def test_a_grey_scans_dotted_rules_are_taken_out_as_rules(tmp_path, monkeypatch):
    seen = []

    def fake_tesseract(image, folder, name, *, psm=None):
        if not name.startswith("smear-"):  # the smear vote's own readings (ocr._unsmeared) are not the page's
            seen.append(np.asarray(image).copy())
        return EMPTY_HOCR

    monkeypatch.setattr(ocr, "run_tesseract", fake_tesseract)
    grey, rows = _typed_page()
    page = ocr.read_page_image(grey, SCALE, 1, 1400 / SCALE, 900 / SCALE, tmp_path, photographed_page=False)
    across = [r for r in page.rules if r[2] - r[0] > 200 / SCALE]
    for row in rows:
        assert any(abs((r[1] + r[3]) / 2 - row / SCALE) < 2 for r in across), f"no rule at row {row}"
    image = seen[0]
    for row in rows:
        assert (image[row - 1 : row + 3, 190:1240] >= 160).all()  # no dots left for Tesseract


def test_a_grey_scans_faint_irregular_row_is_no_dotted_rule(tmp_path, monkeypatch):
    """A laser drum's ghost of a text line (or a copier's watermark) lies on the page as a faint row of marks of
    every width at every distance, paper above and below: no typed row of dots, not drawn as a rule."""
    seen = []

    def fake_tesseract(image, folder, name, *, psm=None):
        if not name.startswith("smear-"):  # the smear vote's own readings (ocr._unsmeared) are not the page's
            seen.append(np.asarray(image).copy())
        return EMPTY_HOCR

    monkeypatch.setattr(ocr, "run_tesseract", fake_tesseract)
    grey = np.full((900, 1400), 246, np.uint8)
    rng = np.random.default_rng(5)
    x, row = 180, 400
    while x < 1250:
        width = int(rng.integers(3, 16))
        grey[row : row + 3, x : x + width] = 150  # a ghost letter's faint foot
        x += width + int(rng.integers(3, 20))
    page = ocr.read_page_image(grey, SCALE, 1, 1400 / SCALE, 900 / SCALE, tmp_path, photographed_page=False)
    assert not [r for r in page.rules if r[2] - r[0] > 200 / SCALE]
