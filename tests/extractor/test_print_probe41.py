"""A page that holds no print is not put through the scan path's image steps and OCR (issue #12, print_probe):
a camera's photo of an animal on grass placed at 1 px per pt went through every image step at OCR's 20 M px cap for
no word, while a phone's photo of a printed page, alike by its size and its one page-covering image, must be read.
Both are drawn by fixturegen.camera_pages41; the scanned pages by fixturegen.scans."""

from __future__ import annotations

import os
import shutil

import numpy as np
import pytest
from PIL import Image

import bilagor.extractor.ocr as ocr
from bilagor.extractor import extract_report
from bilagor.extractor.print_probe import holds_print_lines, is_blank, probe_scale
from bilagor.extractor.words import Page
from fixturegen import scans
from fixturegen.camera_pages41 import image_pdf, photographed_form, picture_without_print

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None and not os.environ.get("CI"),
    reason="tesseract is not installed (CI installs it and fails instead of skipping)",
)

PICTURE_NOTE = f"sida 1: {ocr.NO_PRINT_NOTE}"


def probed(image, points_per_pixel: float = 1.0):
    """`image` drawn as the probe draws a page of (its pixels x `points_per_pixel`) pt."""
    height, width = image.shape
    scale = probe_scale(width * points_per_pixel, height * points_per_pixel) * points_per_pixel
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return np.asarray(Image.fromarray(image).resize(size, Image.Resampling.BILINEAR))


# -- the probe on pictures --------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_photo_without_print_holds_no_lines_and_is_not_blank(seed):
    picture = probed(picture_without_print(seed=seed))
    assert not holds_print_lines(picture)
    assert not is_blank(picture)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_phone_photo_of_a_printed_form_holds_print(seed):
    assert holds_print_lines(probed(photographed_form(seed=seed)))


@pytest.mark.parametrize("lines", [14, 3])
def test_a_scanned_page_holds_print_down_to_three_lines(lines):
    page = scans.text_image(lines=lines)  # 200 dpi
    assert holds_print_lines(probed(page, 72 / 200))


def test_a_negative_scan_holds_print_too():
    assert holds_print_lines(probed(255 - scans.text_image(lines=6), 72 / 200))


def test_a_blank_page_holds_no_print_and_is_blank():
    rng = np.random.default_rng(4)
    paper = np.clip(rng.normal(236, 3, (1700, 1200)), 0, 255).astype(np.uint8)
    assert not holds_print_lines(probed(paper, 72 / 200))
    assert is_blank(probed(paper, 72 / 200))


# -- the probe in OCR's page loop ---------------------------------------------------------------------------------


@pytest.fixture
def image_steps(monkeypatch):
    """The pages given to the image steps and OCR (read_page_image), each read as empty."""
    given: list[int] = []

    def fake_read(image, scale, number, width, height, folder, **kwargs):
        given.append(number)
        return Page(number=number, width=width, height=height)

    monkeypatch.setattr(ocr, "read_page_image", fake_read)
    return given


@needs_tesseract
def test_a_photo_without_print_is_not_read_and_the_record_says_so(tmp_path, image_steps):
    pdf = image_pdf(picture_without_print(seed=3), tmp_path / "hund.pdf")
    report = extract_report(pdf, entities=False)
    assert image_steps == []
    assert PICTURE_NOTE in report.warnings


@needs_tesseract
def test_a_phone_photo_of_a_printed_form_is_read(tmp_path, image_steps):
    pdf = image_pdf(photographed_form(seed=3), tmp_path / "foto.pdf")
    report = extract_report(pdf, entities=False)
    assert set(image_steps) == {1}  # read (an empty reading is read again, turned)
    assert PICTURE_NOTE not in report.warnings


@needs_tesseract
def test_a_blank_scanned_page_is_not_read_and_not_noted(tmp_path, image_steps):
    rng = np.random.default_rng(5)
    paper = np.clip(rng.normal(236, 3, (842, 595)), 0, 255).astype(np.uint8)
    report = extract_report(image_pdf(paper, tmp_path / "tom.pdf"), entities=False)
    assert image_steps == []
    assert not any(ocr.NO_PRINT_NOTE in warning for warning in report.warnings)
