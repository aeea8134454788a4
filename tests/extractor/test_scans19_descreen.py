"""Issue #12, nineteenth round: bilevel scans whose grey is printed as dots (extractor/descreen.py). A form's
tinted label cells as a 1-bit AM halftone read as noise round the labels, the screened labels as hollow
letters ("Prolekinamn", "ÄNVIKOISET"); such a page is blurred at the dots' size and levelled before OCR.
Synthetic pages drawn here with DejaVu Sans, screened with our own 45° dot screen."""

from __future__ import annotations

import math
import os
import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from bilagor.extractor.descreen import descreened, screened
from bilagor.extractor.ocr import SCREEN_NOTE, read_page_image

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None and not os.environ.get("CI"),
    reason="tesseract is not installed (CI installs it and fails instead of skipping)",
)

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LABELS = ["Projektnamn", "Avvikelser", "Ekonomiskt utfall"]
ANSWERS = ["Belysning vid torget", "Inga avvikelser", "Utfallet blev 450 000 kr"]


def form(dpi: int, *, tint: int = 225, label_grey: int = 60) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(a grey form page at `dpi`: label cells of grey `tint`, labels of grey `label_grey`, black answers;
    the mask of the tinted cells without their letters; the mask of the letters), before screening."""
    scale = dpi / 72
    width, height = round(420 * scale), round(200 * scale)
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(SANS, round(11 * scale))
    cells = Image.new("1", (width, height), 0)
    cell_draw = ImageDraw.Draw(cells)
    for n, (label, answer) in enumerate(zip(LABELS, ANSWERS, strict=True)):
        top = (30 + 50 * n) * scale
        box = (20 * scale, top, 180 * scale, top + 36 * scale)
        draw.rectangle(box, fill=tint)
        cell_draw.rectangle(box, fill=1)
        draw.text((28 * scale, top + 10 * scale), label, font=font, fill=label_grey)
        draw.text((200 * scale, top + 10 * scale), answer, font=font, fill=0)
    grey = np.asarray(page)
    letters = grey < 150
    return grey, np.asarray(cells) & ~_grown(letters, round(scale)), letters


def _grown(mask: np.ndarray, by: int) -> np.ndarray:
    out = mask.copy()
    for shift in range(1, by + 1):
        out[shift:] |= mask[:-shift]
        out[:-shift] |= mask[shift:]
        out[:, shift:] |= mask[:, :-shift]
        out[:, :-shift] |= mask[:, shift:]
    return out


def halftone(grey: np.ndarray, dpi: int, lpi: int) -> np.ndarray:
    """`grey` as a 1-bit AM halftone (a 45° round-dot screen of `lpi` lines an inch), 0 or 255."""
    period = dpi / lpi
    y, x = np.mgrid[0 : grey.shape[0], 0 : grey.shape[1]].astype(np.float32)
    u = (x + y) / math.sqrt(2) * 2 * math.pi / period
    v = (x - y) / math.sqrt(2) * 2 * math.pi / period
    screen = (np.cos(u) + np.cos(v) + 2) / 4 * 255
    return np.where(grey.astype(np.float32) < screen * 0.97, 0, 255).astype(np.uint8)


@pytest.mark.parametrize(("dpi", "lpi"), [(300, 65), (300, 85), (300, 100), (200, 65)])
def test_a_halftoned_form_is_screened_and_its_tint_becomes_paper(dpi, lpi):
    grey, tint, letters = form(dpi)
    bilevel = halftone(grey, dpi, lpi)
    assert (bilevel[tint] < 128).mean() > 0.03  # the tint is dots of ink before
    assert screened(bilevel, dpi / 72)
    smooth, done = descreened(bilevel, dpi / 72)
    assert done
    assert (smooth[tint] < 128).mean() < 0.002  # paper now: no dots for Tesseract to read
    assert (smooth[letters] < 128).mean() > 0.8  # the screened labels and the answers solid ink


def test_a_page_of_print_is_not_screened():
    grey, _, _ = form(300, tint=255)
    bilevel = np.where(grey < 128, 0, 255).astype(np.uint8)
    assert not screened(bilevel, 300 / 72)
    same, done = descreened(bilevel, 300 / 72)
    assert not done and same is bilevel


def test_a_few_specks_of_toner_do_not_make_a_page_screened():
    grey, _, _ = form(300, tint=255)
    bilevel = np.where(grey < 128, 0, 255).astype(np.uint8)
    rng = np.random.default_rng(7)
    ys, xs = rng.integers(0, bilevel.shape[0], 300), rng.integers(0, bilevel.shape[1], 300)
    bilevel[ys, xs] = 0  # 300 one-pixel specks over the page
    assert not screened(bilevel, 300 / 72)


def test_a_dithered_page_of_black_text_is_not_screened():
    """Error-diffused grey edges of black letters (a 1-bit scan of a page of print) leave a few dotted blocks,
    no tint: blurred, the umlauts' dots faded ("oppen", "skadegorelse")."""
    scale = 300 / 72
    page = Image.new("L", (round(420 * scale), round(300 * scale)), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(SANS, round(9 * scale))
    for n in range(14):
        draw.text(
            (20 * scale, (15 + 19 * n) * scale), "Syftet är att boende ska kunna röra sig öppet", font=font, fill=0
        )
    grey = np.asarray(page.filter(ImageFilter.GaussianBlur(1.7)), np.float32)  # a soft scan: 9 dotted blocks
    grain = np.random.default_rng(3).normal(0, 6, grey.shape)
    dithered = Image.fromarray(np.clip(np.where(grey + grain > 232, 255, grey + grain), 0, 255).astype(np.uint8))
    bilevel = np.asarray(dithered.convert("1").convert("L"))  # Floyd-Steinberg
    assert not screened(bilevel, scale)


@needs_tesseract
@pytest.mark.parametrize(("lpi", "tint", "label_grey"), [(65, 200, 60), (65, 200, 100), (85, 225, 100), (85, 200, 100)])
def test_a_halftoned_form_reads_its_labels(tmp_path: Path, lpi, tint, label_grey):
    """Read as it was, these lost their labels ("Oe Enarn", "Ävylkelser", or none) or read the dots ("Se")."""
    dpi = 300
    grey, _, _ = form(dpi, tint=tint, label_grey=label_grey)
    notes: list[str] = []
    page = read_page_image(halftone(grey, dpi, lpi), dpi / 72, 1, 420.0, 200.0, tmp_path, notes=notes, bilevel=True)
    assert sorted(w.text for w in page.words) == sorted(" ".join(LABELS + ANSWERS).split())
    assert f"sida 1: {SCREEN_NOTE}" in notes


@pytest.mark.parametrize(("mode", "bilevel"), [("1", True), ("L", False), ("RGB", False)])
def test_only_a_page_whose_picture_is_one_bit_a_pixel_counts_as_bilevel(tmp_path: Path, mode, bilevel):
    """The descreen step runs on bilevel pages only (ocr_render.page_images): a grey or colour scan's paper
    grain and pale print are no screen's dots."""
    import pypdfium2 as pdfium
    from PIL import Image

    from bilagor.extractor.ocr_render import page_images

    path = tmp_path / f"{mode}.pdf"
    Image.new(mode, (200, 300), "white").save(path, resolution=100)
    document = pdfium.PdfDocument(str(path))
    try:
        sizes, found, _ = page_images(document[0])
    finally:
        document.close()
    assert sizes == [(200, 300, 144.0, 216.0)] and found is bilevel
