"""A moving hand's smear measured, undone, and kept only when the sharpened page reads better (motion_smear,
issue #12, thirty-fourth round)."""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import pytest

from bilagor.extractor import motion_smear
from bilagor.extractor.motion_smear import hocr_words, reading_counts, reads_better, smear

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
SCALE = 200 / 72
LINES = [
    "Projektets namn Belysning vid Husby torg och gångvägen mot skolan",
    "Syfte och mål Platsen upplevdes som otrygg av de boende under kvällarna.",
    "Resultat Belysningen byttes ut och buskagen röjdes längs hela gången.",
    "Ekonomiskt utfall Kostnaden uppgick till 420 000 kr, budgeten var 450 000 kr.",
    "Avvikelser Arbetet blev klart två veckor senare än planerat på grund av snö.",
]

needs_font = pytest.mark.skipif(not DEJAVU.exists(), reason="DejaVu Sans is not installed")
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")


def _page(size: float = 10):
    """A 200 dpi page of body text at `size` pt (grey uint8), drawn by the test."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (1654, 1400), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(DEJAVU), round(size * SCALE))
    for row in range(24):
        draw.text((140, 120 + row * 48), LINES[row % len(LINES)], fill=0, font=font)
    return np.asarray(image)


def _smeared(page, length: float, angle_degrees: float):
    """`page` smeared `length` px along `angle_degrees` (whole-pixel taps averaged), on grey paper with noise."""
    import numpy as np

    ink = 1 - page.astype(np.float32) / 255
    taps = max(3, math.ceil(length * 2) + 1)
    angle = math.radians(angle_degrees)
    smeared = np.zeros_like(ink)
    for t in np.linspace(-length / 2, length / 2, taps):
        smeared += np.roll(ink, (round(t * math.sin(angle)), round(t * math.cos(angle))), axis=(0, 1))
    smeared /= taps
    grey = 228 * (1 - smeared) + 30 * smeared + np.random.default_rng(7).normal(0, 2.5, ink.shape)
    return np.clip(grey, 0, 255).astype(np.uint8)


@needs_font
@pytest.mark.parametrize(("length", "angle"), [(5, 0), (6, 33), (6, 90), (7, 135)])
def test_a_smear_is_measured_in_length_and_direction(length, angle) -> None:
    found = smear(_smeared(_page(), length, angle), SCALE)
    assert found is not None
    measured, direction = found
    assert abs(measured - length) <= 1.5
    turn = abs(math.degrees(direction) % 180 - angle) % 180
    assert min(turn, 180 - turn) <= 12


@needs_font
def test_a_sharp_and_a_posterised_page_have_no_smear() -> None:
    import numpy as np

    from fixturegen.aged_copies import _blur

    page = _page()
    assert smear(page, SCALE) is None
    blurred = np.clip(_blur(page.astype(np.float32), 1.0), 0, 255).astype(np.uint8)
    posterised = (np.round(blurred / 255 * 3) * 85).astype(np.uint8)  # four greys, no dithering
    assert smear(posterised, SCALE) is None


def test_the_sharpened_reading_must_be_surer_of_clearly_more_words() -> None:
    lexicon = frozenset({"projektets", "namn", "belysning", "och"})
    hocr = (
        "<span class='ocrx_word' id='w1' title='bbox 1 2 3 4; x_wconf 96'>Projektets</span>"
        "<span class='ocrx_word' id='w2' title='bbox 1 2 3 4; x_wconf 91'>namn:</span>"
        "<span class='ocrx_word' id='w3' title='bbox 1 2 3 4; x_wconf 40'>0ch</span>"
        "<span class='ocrx_word' id='w4' title='bbox 1 2 3 4; x_wconf 95'>Husbytorg</span>"
        "<span class='ocrx_word' id='w5' title='bbox 1 2 3 4; x_wconf 97'>av</span>"
    ).encode()
    # sure of three words of three letters or more; two of them common
    assert reading_counts(hocr_words(hocr), lexicon) == (3, 2)
    assert reads_better((100, 80), (110, 80))
    assert not reads_better((100, 80), (104, 80))  # a small gain: the plain page is kept
    assert not reads_better((10, 8), (15, 8))  # fewer than MIN_GAIN_WORDS more
    assert not reads_better((100, 80), (130, 79))  # surer, but fewer common words: ringing read as words
    assert not reads_better((100, 80), (90, 85))


@needs_font
@needs_tesseract
def test_a_smeared_page_reads_again_and_a_worse_sharpening_is_not_taken(tmp_path, monkeypatch) -> None:
    """Smeared 7 px along its lines: the sharpened page read whole, with the note. The same page with the filter
    made to ring (a far wrong length) keeps its plain reading, without the note."""
    from bilagor.extractor.ocr import read_page_image

    truth = " ".join(LINES).split()
    smeared = _smeared(_page(), 7, 0)

    def read():
        notes: list[str] = []
        page = read_page_image(smeared, SCALE, 1, 1654 / SCALE, 1400 / SCALE, tmp_path, notes=notes)
        return {w.text for w in page.words}, any("rörde sig" in note for note in notes)

    words, noted = read()
    assert noted
    assert sum(word in words for word in truth) >= 0.9 * len(truth)

    real = motion_smear.deconvolved
    monkeypatch.setattr(motion_smear, "deconvolved", lambda grey, length, angle: real(grey, length * 2.5, angle))
    _, noted = read()
    assert not noted
