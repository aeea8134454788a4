"""A page that holds no print is not put through the scan path's image steps and OCR (issue #12, print_probe):
a camera's photo of an animal on grass placed at 1 px per pt went through every image step at OCR's 20 M px cap for
no word, while a phone's photo of a printed page, alike by its size and its one page-covering image, must be read.
Both are drawn by fixturegen.camera_pages41; the scanned pages by fixturegen.scans."""

from __future__ import annotations

import os
import shutil

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

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
    """`image` drawn as the probe draws a page of (its pixels x `points_per_pixel`) pt, and its px per pt."""
    height, width = image.shape
    scale = probe_scale(width * points_per_pixel, height * points_per_pixel)
    size = (max(1, round(width * points_per_pixel * scale)), max(1, round(height * points_per_pixel * scale)))
    return np.asarray(Image.fromarray(image).resize(size, Image.Resampling.BILINEAR)), scale


def holds_print(image, points_per_pixel: float = 1.0) -> bool:
    return holds_print_lines(*probed(image, points_per_pixel))


def small_page(lines: int):
    """A 510 x 210 pt slip at 300 dpi holding `lines` lines of 12 pt type: each line tall beside the page."""
    page = Image.new("L", (2125, 875), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 50)
    for n in range(lines):
        draw.text((100, 80 + n * 90), "Kvitto för bidraget till föreningen, 12 000 kr", font=font, fill=20)
    return np.asarray(page)


# -- the probe on pictures --------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_photo_without_print_holds_no_lines_and_is_not_blank(seed):
    picture = picture_without_print(seed=seed)
    assert not holds_print(picture)
    assert not is_blank(probed(picture)[0])


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_phone_photo_of_a_printed_form_holds_print(seed):
    assert holds_print(photographed_form(seed=seed))


@pytest.mark.parametrize("lines", [14, 3])
def test_a_scanned_page_holds_print_down_to_three_lines(lines):
    assert holds_print(scans.text_image(lines=lines), 72 / 200)  # 200 dpi


def test_a_negative_scan_holds_print_too():
    assert holds_print(255 - scans.text_image(lines=6), 72 / 200)


def test_a_small_page_holds_print_though_its_lines_are_tall_beside_it():
    assert holds_print(small_page(lines=3), 72 / 300)


def test_a_blank_page_holds_no_print_and_is_blank():
    rng = np.random.default_rng(4)
    paper = np.clip(rng.normal(236, 3, (1700, 1200)), 0, 255).astype(np.uint8)
    assert not holds_print(paper, 72 / 200)
    assert is_blank(probed(paper, 72 / 200)[0])


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
def test_a_blank_camera_sized_page_is_not_read_and_not_noted(tmp_path, image_steps):
    rng = np.random.default_rng(5)
    paper = np.clip(rng.normal(236, 3, (1200, 1800)), 0, 255).astype(np.uint8)
    report = extract_report(image_pdf(paper, tmp_path / "tom.pdf"), entities=False)
    assert image_steps == []
    assert not any(ocr.NO_PRINT_NOTE in warning for warning in report.warnings)


@needs_tesseract
def test_a_page_of_ordinary_size_is_read_however_little_it_holds(tmp_path, image_steps):
    # an A4 scan of one short line (a last page, a slip): the probe's line count takes it for a picture, so a page
    # drawn at OCR's resolution is never probed (the cost the probe saves is a page at the pixel cap's)
    page = Image.new("L", (595, 842), 240)
    ImageDraw.Draw(page).text(
        (60, 80), "Hej!", font=ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 14), fill=20
    )
    report = extract_report(image_pdf(np.asarray(page), tmp_path / "kort.pdf"), entities=False)
    assert set(image_steps) == {1}
    assert not any(ocr.NO_PRINT_NOTE in warning for warning in report.warnings)
