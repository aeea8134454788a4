"""Pages scanned upside down or sideways (issue #12): Tesseract read them as letter soup and the form was
lost. Such a page is turned the way Tesseract's orientation detection says, read again, and the record says
so. The pure steps alone, then one synthetic 300 dpi page turned each way."""

from __future__ import annotations

import os
import shutil

import numpy as np
import pytest

from bilagor.extractor import ocr
from bilagor.extractor.ocr_orientation import better_turned, may_be_turned, osd_rotation, turned_box
from fixturegen import scans

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None and not os.environ.get("CI"),
    reason="tesseract is not installed (CI installs it and fails instead of skipping)",
)

SCALE = 300 / 72
TOP = 420  # pt of the form page: its rows (OCR of a whole page takes long)


def hocr(*confidences):
    words = "".join(f"<span class='ocrx_word' title='bbox 1 2 3 4; x_wconf {c}'>ord</span>" for c in confidences)
    return f"<html><body>{words}</body></html>".encode()


def test_a_page_read_as_letter_soup_may_be_turned_and_a_page_read_well_or_nearly_empty_not():
    assert may_be_turned(hocr(30, 41, 25, 60, 12, 35))
    assert not may_be_turned(hocr(96, 91, 95, 40, 93, 96))
    assert not may_be_turned(hocr(20, 30))  # two words say nothing


def test_the_orientation_report_s_rotation_is_read():
    report = "Page number: 0\nOrientation in degrees: 270\nRotate: 90\nOrientation confidence: 18.75\n"
    assert osd_rotation(report) == 90
    assert osd_rotation("Rotate: 0\n") == 0
    assert osd_rotation("") == 0


def test_the_better_reading_is_the_one_read_with_more_confidence():
    assert better_turned(hocr(30, 40, 35), hocr(95, 90, 96))
    assert not better_turned(hocr(30, 40, 35), hocr(20, 30, 25))


@pytest.mark.parametrize("rotate", [90, 180, 270])
def test_a_box_turned_lands_where_the_turned_image_has_it(rotate):
    image = np.zeros((30, 50), bool)
    image[5:9, 10:20] = True
    turned = np.rot90(image, k=-rotate // 90)  # numpy turns counter-clockwise
    ys, xs = np.nonzero(turned)
    assert turned_box((10, 5, 20, 9), rotate, 50, 30) == (xs.min(), ys.min(), xs.max() + 1, ys.max() + 1)


@needs_tesseract
@pytest.mark.parametrize("rotate", [180, 90])
def test_a_turned_page_is_turned_back_and_read(tmp_path, rotate):
    upright, _ = scans.form_page(SCALE, height=TOP)
    pixels = np.ascontiguousarray(np.rot90(upright, k=rotate // 90))  # turned counter-clockwise
    height, width = pixels.shape
    notes: list[str] = []
    page = ocr.read_page_image(pixels, SCALE, 1, width / SCALE, height / SCALE, tmp_path, notes=notes)
    texts = [w.text for w in page.words]
    assert {"Projektets", "namn", "Plats", "Resultat", "Bilder", "före"} <= set(texts)
    assert (page.width, page.height) == pytest.approx((595, TOP), abs=0.5)  # the page as it is read, upright
    assert any("vreds" in note for note in notes)


@needs_tesseract
def test_an_upright_page_is_read_once(tmp_path, monkeypatch):
    upright, _ = scans.form_page(SCALE)
    asked = []
    monkeypatch.setattr(ocr, "run_osd", lambda *a: asked.append(a) or "Rotate: 180\n")
    notes: list[str] = []
    page = ocr.read_page_image(upright, SCALE, 1, 595, 842, tmp_path, notes=notes)
    assert "Plats" in [w.text for w in page.words] and not asked and not notes
