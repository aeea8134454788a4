"""Issue #12, thirty-second round: a copy of a copy of a copy loses the dots of its i's, and Tesseract read the bare
stems as "I" or "l" or joined them to the next letter ("ull" for "tıll", "mdustri" for "ındustrı", "blivt").
The stems get their dots back before Tesseract (ocr_idots) where a page lost them, not on a page whose i's kept
them, not on capitals, not on an r or an n a copy broke. Synthetic pages drawn here with Liberation Sans
(Helvetica's widths) and DejaVu Serif (left alone): the dotless i is drawn as U+0131."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from bilagor.extractor.ocr_idots import with_i_dots

SANS = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SCALE = 300 / 72
LINES = [
    "Trappan används nu av betydligt fler, även efter klockan tio på kvällen.",
    "Klottret tas bort inom ett dygn och nytt klotter har blivit ovanligt.",
    "Erfarenheterna presenterades för nämnden vid sammanträdet i april.",
    "De boende bjöds in till ett öppet möte i samlingslokalen innan arbetet.",
    "Insatsen bestod av trygghetsvärdar i Ulvsunda industriområde.",
]


def page(lines: list[str], font_path: str = SANS, points: float = 10.0) -> np.ndarray:
    """A grey page (300 dpi) of `lines` in `font_path` at `points`."""
    if not Path(font_path).exists():
        pytest.skip(f"{font_path} is not installed")
    image = Image.new("L", (round(595 * SCALE), round(400 * SCALE)), 250)
    draw, font = ImageDraw.Draw(image), ImageFont.truetype(font_path, round(points * SCALE))
    for row, text in enumerate(lines):
        draw.text((round(60 * SCALE), round((60 + row * 16) * SCALE)), text, fill=20, font=font)
    return np.asarray(image)


def bare(lines: list[str]) -> list[str]:
    """The lines as a copy of a copy prints them: every i without its dot."""
    return [line.replace("i", "ı") for line in lines]


def test_a_page_that_lost_its_i_dots_gets_them_back() -> None:
    from bilagor.extractor.photos import components

    copy = page(bare(LINES))
    mended, drawn = with_i_dots(copy, SCALE)
    assert drawn >= 0.8 * sum(line.count("i") for line in LINES)
    added = components((mended < 128) & ~(copy < 128))
    assert len(added) == drawn
    for top, left, bottom, right, _ in added:  # each a stroke's width, over a stem a point or less below
        assert right - left <= 1.5 * SCALE and bottom - top <= 1.5 * SCALE
        below = copy[bottom : bottom + round(2.0 * SCALE), left:right] < 128
        assert below.any(axis=1).any() and below[:, (right - left) // 2].any()


def test_a_serif_face_is_left_alone() -> None:
    """In a serif face a copy cuts the legs of m and n apart into bare stems with feet, as a bare i's: left."""
    mended, drawn = with_i_dots(page(bare(LINES), SERIF), SCALE)
    assert drawn == 0


def test_a_page_whose_i_dots_were_kept_is_left_alone() -> None:
    clean = page(LINES)
    mended, drawn = with_i_dots(clean, SCALE)
    assert drawn == 0 and mended is clean


def test_a_few_bare_stems_on_a_page_of_dotted_is_are_left() -> None:
    lines = LINES[:4] + [LINES[4].replace("Insatsen", "Insatsen").replace("industri", "ındustrı")]
    mended, drawn = with_i_dots(page(lines), SCALE)
    assert drawn == 0


def test_capitals_and_small_type_of_other_letters_get_no_dots() -> None:
    lines = ["BILAGA 5 INSATSEN I ULVSUNDA INDUSTRIOMRÅDE", "RINKEBY IDROTTSPLATS I KISTA"] * 3
    mended, drawn = with_i_dots(page(lines), SCALE)
    assert drawn == 0


def test_an_r_whose_arm_a_copy_took_off_is_no_bare_i() -> None:
    """A copy that broke every r's arm off its stem: the stems keep no dot, the i's get theirs."""
    if not Path(SANS).exists():
        pytest.skip(f"{SANS} is not installed")
    image = Image.new("L", (round(595 * SCALE), round(400 * SCALE)), 250)
    draw, font = ImageDraw.Draw(image), ImageFont.truetype(SANS, round(10 * SCALE))
    stems = []
    for row, text in enumerate(bare(LINES)):
        x, y = round(60 * SCALE), round((60 + row * 16) * SCALE)
        for char in text:
            if char == "r":  # the stem as an i's, the arm a blob two pixels off to its right
                left, top, right, bottom = (round(v) for v in draw.textbbox((x, y), "ı", font=font))
                draw.text((x, y), "ı", fill=20, font=font)
                columns = np.nonzero((np.asarray(image)[top:bottom, left:right] < 128).any(axis=0))[0]
                left, right = left + columns.min(), left + columns.max() + 1
                stroke = right - left
                draw.rectangle((right + 2, top, right + 2 + 2 * stroke, top + stroke), fill=20)
                stems.append((left, top, right))
            else:
                draw.text((x, y), char, fill=20, font=font)
            x += font.getlength(char)
    copy = np.asarray(image)
    mended, drawn = with_i_dots(copy, SCALE)
    assert drawn >= 0.8 * sum(line.count("i") for line in LINES)
    for left, top, right in stems:
        assert not ((mended < 128) & ~(copy < 128))[max(0, top - round(3 * SCALE)) : top, left:right].any()


def test_the_dots_reach_tesseract_through_read_page_image(tmp_path, monkeypatch) -> None:
    """read_page_image hands Tesseract the page with the dots drawn (ocr.read_page_image calls ocr_idots)."""
    from bilagor.extractor import ocr

    seen = []

    def fake_tesseract(image, folder, name, *, psm=None):
        seen.append(np.asarray(image))
        return b"<html><body></body></html>"

    monkeypatch.setattr(ocr, "run_tesseract", fake_tesseract)
    copy = page(bare(LINES))
    assert with_i_dots(copy, SCALE)[1] > 0
    ocr.read_page_image(copy, SCALE, 2, 595, 400, tmp_path, notes=[], photographed_page=False)
    assert with_i_dots(seen[0], SCALE)[1] == 0  # no bare stem left on the image Tesseract got
