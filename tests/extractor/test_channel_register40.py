"""A colour scan whose red and blue channels lie out of register (extractor/channel_register.py, issue #12,
thirty-fifth round): found and moved back on pages the test draws; a page whose channels agree (coloured print
and a red stamp included) and a blank page are left as they were."""

from __future__ import annotations

import os
import shutil

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from bilagor.extractor import ocr
from bilagor.extractor.channel_register import registered

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None and not os.environ.get("CI"),
    reason="tesseract is not installed (CI installs it and fails instead of skipping)",
)

SCALE = 300 / 72
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def form_ink(width=1600, height=1100, size=40) -> np.ndarray:
    """Ink (0..1, H x W) of a few label/answer lines in DejaVu."""
    image = Image.new("L", (width, height), 0)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, size)
    rows = [
        ("Projektnamn", "Trygghetsvandring i Skarpnäck"),
        ("Plats", "Skarpnäcks centrum vid torget"),
        ("Kontaktperson", "Anna Lind, samordnare"),
        ("Syfte och mål", "Färre olyckor och mer trygghet"),
        ("Beviljat belopp", "250 000 kr"),
    ]
    for n, (label, answer) in enumerate(rows):
        draw.text((120, 140 + n * 160), label, font=font, fill=255)
        draw.text((640, 140 + n * 160), answer, font=font, fill=255)
    return np.asarray(image).astype(np.float32) / 255


def _moved(ink, dx, dy):
    out = np.zeros_like(ink)
    h, w = ink.shape
    out[max(dy, 0) : h + min(dy, 0), max(dx, 0) : w + min(dx, 0)] = ink[
        max(-dy, 0) : h - max(dy, 0), max(-dx, 0) : w - max(dx, 0)
    ]
    return out


def colour_scan(ink, red=(0, 0), blue=(0, 0), paper=(244, 236, 226), level=30.0, seed=1) -> np.ndarray:
    """`ink` on warm paper in colour, the red and blue channels shifted by (dx, dy)."""
    gen = np.random.default_rng(seed)
    channels = []
    for white, shift in zip(paper, (red, (0, 0), blue), strict=True):
        moved = _moved(ink, *shift)
        channels.append(white * (1 - moved) + level * moved + gen.normal(0, 2.0, ink.shape))
    return np.clip(np.stack(channels, axis=2), 0, 255).astype(np.uint8)


@pytest.mark.parametrize("red,blue", [((5, 4), (-4, -5)), ((3, 0), (-4, 0)), ((6, 0), (0, 0))])
def test_channels_out_of_register_are_moved_back(red, blue):
    ink = form_ink()
    scan = colour_scan(ink, red, blue)
    aligned, grey, moves = registered(scan, SCALE)
    assert grey is not None and moves is not None
    for found, true in zip(moves, (red, blue), strict=True):
        assert abs(found[0] - true[0]) <= 1 and abs(found[1] - true[1]) <= 1
    # the fringes are gone: where the print is, every channel is dark; off it, every channel is paper
    strokes = ink > 0.9
    paper = sum(_moved(ink, dx, dy) for dx in (-8, 0, 8) for dy in (-8, 0, 8)) == 0
    assert np.median(grey[strokes]) < 60
    spread = aligned.max(axis=2).astype(int) - aligned.min(axis=2).astype(int)
    before = scan.max(axis=2).astype(int) - scan.min(axis=2).astype(int)
    assert (spread > 80).sum() < 0.1 * (before > 80).sum()
    assert np.median(grey[paper]) > 200


def test_a_page_whose_channels_agree_is_left_alone():
    ink = form_ink()
    scan = colour_scan(ink)
    # a red stamp printed in register: coloured print is no misregistration
    image = Image.fromarray(scan)
    ImageDraw.Draw(image).rectangle((1050, 900, 1450, 1050), outline=(200, 30, 30), width=8)
    ImageDraw.Draw(image).text((1080, 940), "INKOM", font=ImageFont.truetype(FONT, 60), fill=(200, 30, 30))
    scan = np.asarray(image)
    out, grey, moves = registered(scan, SCALE)
    assert grey is None and moves is None and out is scan


def test_a_blank_page_is_left_alone():
    scan = np.full((1100, 1600, 3), (244, 236, 226), np.uint8)
    out, grey, moves = registered(scan, SCALE)
    assert grey is None and moves is None and out is scan


@needs_tesseract
def test_a_misregistered_page_is_read_with_a_note(tmp_path):
    ink = form_ink(size=36)
    scan = colour_scan(ink, (5, 4), (-5, -4))
    grey = np.clip(0.299 * scan[..., 0] + 0.587 * scan[..., 1] + 0.114 * scan[..., 2], 0, 255).astype(np.uint8)
    notes: list[str] = []
    h, w = grey.shape
    page = ocr.read_page_image(
        grey, SCALE, 1, w / SCALE, h / SCALE, tmp_path, notes=notes, colour=scan, photographed_page=False
    )
    text = " ".join(word.text for word in page.words)
    assert "Trygghetsvandring" in text and "Kontaktperson" in text and "Skarpnäcks" in text
    assert any("ur register" in note for note in notes)


def _jpeg_scan_enlarged(ink, red, blue, quality=88) -> np.ndarray:
    """A 200 dpi colour scan saved as JPEG (its colour halved, as a scanner's is) and rendered at 300 dpi."""
    import io

    buffer = io.BytesIO()
    Image.fromarray(colour_scan(ink, red, blue)).save(buffer, "JPEG", quality=quality)
    height, width = ink.shape
    return np.asarray(Image.open(buffer).convert("RGB").resize((width * 3 // 2, height * 3 // 2), Image.BICUBIC))


@pytest.mark.parametrize("red,blue", [((3, 3), (-3, 0)), ((4, 4), (-4, -2)), ((3, 0), (-4, 0))])
def test_the_grey_page_has_no_ghost_of_a_channel(red, blue):
    """The JPEG's luma carries each channel's shifted strokes into the others: the grey page made of the aligned
    channels shows the print once, not a ghost beside it (thirty-sixth round: the darkest channel a pixel doubled
    every rule and stroke of the thirty-fifth forms' misregistered pages)."""
    from PIL import ImageFilter

    ink = form_ink(1100, 760, 28)  # drawn at 200 dpi
    scan = _jpeg_scan_enlarged(ink, red, blue)
    _, grey, moves = registered(scan, SCALE)
    assert grey is not None and moves is not None
    drawn = Image.fromarray((ink * 255).astype(np.uint8)).resize(grey.shape[::-1], Image.BICUBIC)
    print_ = np.asarray(drawn) > 230
    near = np.asarray(
        Image.fromarray(((np.asarray(drawn) > 76) * 255).astype(np.uint8)).filter(ImageFilter.MaxFilter(5))
    )
    ghosts = (grey < 150) & (near == 0)
    assert ghosts.sum() < 0.002 * print_.sum()
    assert np.median(grey[print_]) < 90  # the print itself stays dark
