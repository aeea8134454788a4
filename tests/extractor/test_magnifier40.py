"""A magnifying glass lying on a scanned page: its rim found and the print under it brought back to its size and
its labels' rows (magnifier, issue #12, thirty-fifth round)."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from bilagor.extractor.magnifier import MAX_FIND_PIXELS, find_factor, find_lens, without_magnifier
from fixturegen.fibres_lens_roll39 import lens

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
SCALE = 200 / 72
WIDTH, HEIGHT = 1654, 1700
ROWS = [
    ("Projektnamn", "Belysning i gångtunneln vid torget"),
    ("Sökt belopp", "3 664 000 kronor"),
    ("Sökande nämnd", "Enskede-Årsta-Vantörs stadsdelsnämnd"),
    ("Kontaktperson", "Oskar Aydin, trygghetssamordnare"),
    ("Telefon", "08-508 88 696"),
    ("Samverkan", "Fastighetsägarna och polisen"),
    ("Syfte", "Tunneln ska kännas ljus och trygg"),
    ("Resultat", "Belysningen byttes ut i februari"),
]
# The lens over the answers' column, as the thirty-fourth forms' magnifier pages have it.
OVER_ANSWERS = {
    "radius": (0.2, 0.2),
    "centre_gain": (1.7, 1.7),
    "rim_gain": (1.1, 1.1),
    "rim": (7, 7),
    "cx": (0.55, 0.55),
    "cy": (0.42, 0.42),
}

needs_font = pytest.mark.skipif(not DEJAVU.exists(), reason="DejaVu Sans is not installed")
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")


def _form(rows: int = 18):
    """A 200 dpi form of labels and answers beside them, 10 pt (grey uint8), drawn by the test."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (WIDTH, HEIGHT), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(DEJAVU), round(10 * SCALE))
    for row in range(rows):
        label, answer = ROWS[row % len(ROWS)]
        draw.text((140, 150 + row * 80), label, fill=0, font=font)
        draw.text((600, 150 + row * 80), answer, fill=0, font=font)
    return np.asarray(image)


def _lensed(page, **ranges):
    return lens(page, random.Random(40), {**OVER_ANSWERS, **ranges})


def _ink_kept(original, page, box) -> float:
    """The share of `original`'s ink pixels in `box` (top, bottom, left, right) that are ink in `page`."""
    top, bottom, left, right = box
    ink = original[top:bottom, left:right] < 128
    return float((page[top:bottom, left:right] < 128)[ink].mean())


@needs_font
@pytest.mark.parametrize(("centre_gain", "rim_gain", "radius"), [(1.7, 1.1, 0.2), (1.5, 1.0, 0.16), (1.9, 1.2, 0.24)])
def test_a_lens_is_found_and_its_print_brought_back_to_its_rows(centre_gain, rim_gain, radius) -> None:
    """The rim's circle found within a few pixels; the print well inside the lens lands on its own pixels again
    (under the lens, shifted and enlarged, it mostly does not)."""
    page = _form()
    lensed = _lensed(page, centre_gain=(centre_gain, centre_gain), rim_gain=(rim_gain, rim_gain), radius=(radius,) * 2)
    found = find_lens(lensed, SCALE)
    assert found is not None
    cx, cy, rim = found
    assert abs(cx - 0.55 * WIDTH) < 6 and abs(cy - 0.42 * HEIGHT) < 6
    assert abs(rim - (radius * WIDTH + 3.5)) < 6
    undone, taken = without_magnifier(lensed, SCALE)
    assert taken
    half = int(radius * WIDTH * 0.5)
    box = (int(cy) - half, int(cy) + half, int(cx) - half, int(cx) + half)
    assert _ink_kept(page, lensed, box) < 0.4
    assert _ink_kept(page, undone, box) > 0.6


@needs_font
def test_pages_without_a_lens_are_left_as_they_were() -> None:
    """A clean form; the same form with a thick dark ring drawn round part of it but nothing magnified (its rows
    line up as they are: no profile lines them up clearly better); a round stamp of thin lines."""
    import numpy as np
    from PIL import Image, ImageDraw

    page = _form()
    assert find_lens(page, SCALE) is None
    assert without_magnifier(page, SCALE)[1] is False
    ringed = Image.fromarray(page)
    draw = ImageDraw.Draw(ringed)
    draw.ellipse((600, 400, 1260, 1060), outline=20, width=7)
    ringed = np.asarray(ringed)
    assert find_lens(ringed, SCALE) is not None
    kept, taken = without_magnifier(ringed, SCALE)
    assert not taken and kept is ringed
    stamp = Image.fromarray(page)
    draw = ImageDraw.Draw(stamp)
    for inset in (0, 12):
        draw.ellipse((1150 + inset, 200 + inset, 1450 - inset, 500 - inset), outline=40, width=2)
    assert without_magnifier(np.asarray(stamp), SCALE)[1] is False


@needs_font
@needs_tesseract
def test_a_lensed_form_reads_its_answers_on_their_labels_rows(tmp_path) -> None:
    """Through the OCR path, a scanned PDF of the form under a lens: the answers under it read, each on its label's
    line, with the note."""
    from PIL import Image

    from bilagor.extractor import ocr
    from bilagor.extractor.words import Page

    pdf = tmp_path / "lensed.pdf"
    Image.fromarray(_lensed(_form())).save(pdf, "PDF", resolution=200)
    pages, used, notes = ocr.recognise_pages(pdf, [Page(1, WIDTH / SCALE, HEIGHT / SCALE)], mode="always")
    assert used
    lines: list[list] = []  # words whose middles lie within 4 pt of a line's first word's, left to right
    for word in sorted(pages[0].words, key=lambda w: (w.top + w.bottom) / 2):
        middle = (word.top + word.bottom) / 2
        if lines and abs(middle - (lines[-1][0].top + lines[-1][0].bottom) / 2) < 4:
            lines[-1].append(word)
        else:
            lines.append([word])
    read = [" ".join(w.text for w in sorted(line, key=lambda w: w.x0)) for line in lines]
    # Each of the 18 rows one line, its label with its answer (what the glass's rim hid aside); read as it was,
    # the answers under the glass stood off their labels' rows (25 lines, 6 of them a label alone).
    assert len(read) <= 19
    assert not any(line in {label for label, _ in ROWS} for line in read)
    assert sum(line in {f"{label} {answer}" for label, answer in ROWS} for line in read) >= 8
    assert any("förstoringsglas" in note for note in notes)


def test_a_page_larger_than_a3_is_reduced_further_before_the_rim_is_looked_for() -> None:
    # A4 and A3 scanned at 300 dpi (and A4 at 200) are looked at about 150 dpi, as the rims were measured.
    assert find_factor((3508, 2480), 300 / 72) == 2
    assert find_factor((4961, 3508), 300 / 72) == 2
    assert find_factor((2339, 1654), 200 / 72) == 1
    # A photo page of 5 184 x 3 456 pt drawn at the OCR render's 20 M px cap (76 dpi): reduced to the budget, not
    # searched at full size.
    shape = (3648, 5472)
    factor = find_factor(shape, 76 / 72)
    assert factor > 1
    assert (shape[0] // factor) * (shape[1] // factor) <= MAX_FIND_PIXELS
