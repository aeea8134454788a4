"""A page without a text layer in a PDF that has one: OCR'd only when it holds printed text (issue #12 class 3)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from bilagor.extractor.ocr_plan import plan_ocr, plan_warnings
from bilagor.extractor.text_ink import SCALE, holds_text
from bilagor.extractor.words import Page, Word

WIDTH, HEIGHT = round(595 * SCALE), round(842 * SCALE)
WORDS = "Projektet har genomförts enligt plan och kostnaden blev 120 000 kronor under året".split()


def _page() -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("L", (WIDTH, HEIGHT), 250)
    return image, ImageDraw.Draw(image)


def printed(lines: int, *, size: int = 10, angle: float = 0.0, specks: int = 0) -> np.ndarray:
    """A page of `lines` lines of 10 pt text (turned `angle` degrees, with single-pixel specks)."""
    image, draw = _page()
    font = ImageFont.load_default(size=size * SCALE)
    for n in range(lines):
        text = " ".join(WORDS[(n + k) % len(WORDS)] for k in range(8))
        draw.text((70 * SCALE, (90 + 15 * n) * SCALE), text, fill=20, font=font)
    image = image.rotate(angle, fillcolor=250)
    pixels = np.asarray(image).copy()
    rng = np.random.default_rng(7)
    pixels[rng.integers(0, HEIGHT, specks), rng.integers(0, WIDTH, specks)] = 60
    return pixels


def signed_and_stamped(specks: int = 2000) -> np.ndarray:
    """A signature scribbled over a line, a round stamp of two rings, specks: no printed text."""
    image, draw = _page()
    y = 250 * SCALE
    points = [(80 + t * 1.5, y - 12 * math.sin(t / 3.0) - 6 * math.sin(t / 1.3)) for t in range(140)]
    draw.line([(p[0] * SCALE, p[1]) for p in points], fill=40, width=2)
    draw.line([(70 * SCALE, y + 20), (300 * SCALE, y + 20)], fill=30, width=1)
    draw.ellipse([360 * SCALE, y - 60, 470 * SCALE, y + 50], outline=90, width=4)
    draw.ellipse([375 * SCALE, y - 45, 455 * SCALE, y + 35], outline=90, width=2)
    pixels = np.asarray(image).copy()
    rng = np.random.default_rng(3)
    pixels[rng.integers(0, HEIGHT, specks), rng.integers(0, WIDTH, specks)] = 60
    return pixels


@pytest.mark.parametrize("angle", [0.0, -1.0, 1.5])
def test_a_scanned_page_of_text_holds_text(angle):
    assert holds_text(printed(20, angle=angle, specks=1500))


def test_a_few_lines_of_text_are_enough_but_one_caption_is_not():
    assert holds_text(printed(4))
    assert not holds_text(printed(1))


def test_a_signed_and_stamped_page_holds_no_text():
    assert not holds_text(signed_and_stamped())


def test_a_blank_page_with_specks_holds_no_text():
    blank = np.full((HEIGHT, WIDTH), 250, np.uint8)
    rng = np.random.default_rng(5)
    blank[rng.integers(0, HEIGHT, 5000), rng.integers(0, WIDTH, 5000)] = 40
    assert not holds_text(blank)


def _with_words(number: int) -> Page:
    return Page(number, 595, 842, [Word(t, 70, 130, 80, 92) for t in "Projektnamn Trygghet i parken".split()])


def _pictures_only(number: int) -> Page:
    return Page(number, 595, 842, [], [], [(0, 0, 595, 842)])


def test_a_scanned_page_inside_a_text_layer_pdf_is_recognised():
    plan = plan_ocr([_with_words(1), _pictures_only(2), _pictures_only(3)], "auto", printed=lambda n: n == 2)
    assert plan.recognise == [2]
    assert plan.photo_pages == [3]
    assert plan.scanned_pages == [2]
    assert "sida 2: skannad sida i en rapport med textlager, läst med OCR" in plan_warnings(plan, ocr_ran=True)


def test_printed_ink_is_not_asked_about_where_it_does_not_matter():
    asked: list[int] = []

    def printed(number: int) -> bool:
        asked.append(number)
        return True

    assert plan_ocr([_pictures_only(1), _pictures_only(2)], "auto", printed=printed).recognise == [1, 2]
    assert plan_ocr([_with_words(1), _pictures_only(2)], "never", printed=printed).recognise == []
    assert asked == []


def _blank(number: int) -> Page:
    return Page(number, 595, 842, [])


def test_a_page_without_words_or_pictures_in_a_text_layer_pdf_is_read_only_when_it_holds_printed_ink():
    # text turned into outlines is printed ink; an empty page or a drawing is not
    plan = plan_ocr([_with_words(1), _blank(2), _blank(3)], "auto", printed=lambda n: n == 2)
    assert plan.recognise == [2]
    assert plan.photo_pages == []
    assert plan.scanned_pages == [2]
