"""Grey recycled paper with fibres (extractor/recycled_paper.py, issue #12, thirty-fourth round), on pages the test
draws: found on evenly grey paper with dark print, made white with its fibres' pale strokes gone and the print kept;
white paper, a faded copy's pale ink, unevenly lit paper and a smeared grey scan with no fibres in its margins
left as they are; through OCR the page is read as a scan with a note, not as a phone photo."""

from __future__ import annotations

import os
import random
import shutil

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from bilagor.extractor import ocr
from bilagor.extractor.recycled_paper import recycled, without_recycled_paper
from fixturegen.fibres_lens_roll39 import fibres

SCALE = 200 / 72
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None and not os.environ.get("CI"),
    reason="tesseract is not installed (CI installs it and fails instead of skipping)",
)


def form_page(width=1400, height=1000):
    """A white page with a few label/answer lines in DejaVu at about 11 pt (200 dpi)."""
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 30)
    rows = [
        ("Projektnamn", "Trygghetsvandring i Skarpnäck"),
        ("Plats", "Skarpnäcks centrum vid torget"),
        ("Kontaktperson", "Anna Lind, samordnare"),
        ("Resultat", "Belysningen byttes under hösten"),
        ("Utfall", "Kostnaden blev 412 000 kronor"),
    ]
    for n, (label, answer) in enumerate(rows):
        draw.text((120, 150 + n * 140), label, font=font, fill=0)
        draw.text((560, 150 + n * 140), answer, font=font, fill=0)
    return np.asarray(image)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_recycled_paper_is_found_and_made_white_with_its_print_kept(seed):
    page = form_page()
    grey = fibres(page, random.Random(seed))
    assert recycled(grey, SCALE)
    cleaned, found = without_recycled_paper(grey, SCALE)
    assert found
    paper, ink = page > 200, page < 60
    assert float(np.median(cleaned[paper])) == 255
    assert float(np.median(cleaned[ink])) < 60  # the print's strokes stay dark
    # the fibres over the paper: fewer dark pixels where the form has none
    assert (cleaned[paper] < 128).sum() < 0.5 * (grey[paper] < np.median(grey[paper]) - 50).sum()


def test_white_faded_and_unevenly_lit_pages_are_left_alone():
    page = form_page().astype(np.float32)
    ink = 1 - page / 255
    white = page
    faded = 200 * (1 - ink) + 140 * ink  # grey paper, pale ink: a faded copy's
    ys = np.linspace(0, 1, page.shape[0])[:, None]
    uneven = (150 + 70 * ys) * (1 - ink) + 40 * ink  # lit from one side: a photo's
    # grey paper and dark print smeared sideways (a moving hand's scan), no fibres in its margins
    smeared = sum(np.roll(205 * (1 - ink) + 30 * ink, shift, axis=1) for shift in range(6)) / 6
    for grey in (white, faded, uneven, smeared):
        grey = np.clip(grey, 0, 255).astype(np.uint8)
        assert not recycled(grey, SCALE)
        cleaned, found = without_recycled_paper(grey, SCALE)
        assert not found and cleaned is grey


@needs_tesseract
def test_a_recycled_paper_page_is_read_as_a_scan_with_a_note(tmp_path):
    grey = fibres(form_page(), random.Random(7))
    notes: list[str] = []
    page = ocr.read_page_image(grey, SCALE, 1, 1400 / SCALE, 1000 / SCALE, tmp_path, notes=notes)
    text = " ".join(w.text for w in page.words)
    assert "Trygghetsvandring" in text and "Kontaktperson" in text
    assert any("returpapper" in note for note in notes)
    assert not any("fotograferad" in note for note in notes)
