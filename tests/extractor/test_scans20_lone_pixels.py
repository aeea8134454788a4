"""Low-resolution bilevel scans (issue #12, scan classes): a fax in standard resolution (204 x 98 dpi) and a 150 dpi
bilevel photocopy. Their line noise and toner speckle are single image pixels, wiped at the image's own
resolution before the page is enlarged for OCR (lone_pixels), and a fax is drawn at its finer axis's resolution
(ocr_render.drawn_scale). Synthetic images."""

from __future__ import annotations

import os
import shutil

import numpy as np
import pytest

from bilagor.extractor.lone_pixels import without_lone_pixels
from bilagor.extractor.ocr_render import PageImages, drawn_scale, enlarged_bilevel, image_pixel, smooth_scale

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None and not os.environ.get("CI"),
    reason="tesseract is not installed (CI installs it and fails instead of skipping)",
)


def fax_line(tall: int = 2):
    """A fax drawn at its 204 dpi columns: each image row `tall` drawn rows. A word, a full stop (two image pixels
    across), an umlaut's two marks over it, and one image pixel of line noise beside the word and far from it."""
    page = np.full((20 * tall, 60), 255, np.uint8)
    page[8 * tall : 14 * tall, 5:30] = 0  # a word's letters, six image rows tall
    page[13 * tall : 14 * tall, 32:34] = 0  # a full stop: two pixels across, one row
    page[6 * tall : 7 * tall, 10:12] = 0  # an umlaut's marks over the word
    page[6 * tall : 7 * tall, 14:16] = 0
    page[10 * tall : 11 * tall, 37] = 0  # line noise beside the word: one image pixel
    page[2 * tall : 3 * tall, 50] = 0  # and one far from it
    return page


def test_a_fax_pixel_of_line_noise_is_wiped_and_print_stays():
    page = fax_line(tall=2)
    clean = without_lone_pixels(page, 1.0, 2.08)
    assert clean[20:22, 37].min() == 255 and clean[4:6, 50].min() == 255
    assert (clean[16:28, 5:30] == 0).all()  # the word
    assert (clean[26:28, 32:34] == 0).all()  # the full stop
    assert (clean[12:14, 10:12] == 0).all() and (clean[12:14, 14:16] == 0).all()  # the umlaut


def test_the_noise_of_a_row_drawn_three_pixels_tall_is_wiped_too():
    """A 98 dpi row drawn at 204 dpi covers two or three drawn rows."""
    clean = without_lone_pixels(fax_line(tall=3), 1.0, 2.08)
    assert clean[30:33, 37].min() == 255
    assert (clean[39:42, 32:34] == 0).all()


def test_a_toner_speck_of_one_pixel_is_wiped_and_a_blot_of_two_stays():
    """A 150 dpi copy drawn at its own resolution: a pixel is a pixel."""
    page = np.full((30, 30), 255, np.uint8)
    page[5, 5] = 0
    page[10, 20] = 60  # grey enough to be ink
    page[20:22, 8:10] = 0  # two pixels across: a full stop's size at 150 dpi
    clean = without_lone_pixels(page, 1.0, 1.0)
    assert clean[5, 5] == 255 and clean[10, 20] == 255
    assert (clean[20:22, 8:10] == 0).all()


def test_a_page_without_lone_pixels_is_the_same_page():
    page = np.full((40, 40), 255, np.uint8)
    page[10:20, 10:30] = 0
    assert without_lone_pixels(page, 1.0, 2.0) is page


def test_a_fax_is_drawn_at_its_finer_axis_before_it_is_enlarged():
    scale = 300 / 72
    fax = (204 / 72, 98 / 72)
    first = smooth_scale((204 * 98) ** 0.5 / 72, scale)  # its pixel area's square root: 141 dpi
    assert first is not None
    assert drawn_scale(first, fax, scale) == pytest.approx(204 / 72)
    assert drawn_scale(first, (96 / 72, 96 / 72), scale) == first  # a square-pixel screen capture: as before
    assert drawn_scale(None, fax, scale) is None  # not enlarged: drawn by pdfium at OCR's scale
    assert drawn_scale(first, (600 / 72, 98 / 72), scale) == scale  # never finer than OCR's own


def test_only_a_bilevel_page_image_has_its_lone_pixels_wiped():
    fax = (204 / 72, 98 / 72)
    assert image_pixel(PageImages([], True, fax), 204 / 72) == pytest.approx((1.0, 204 / 98))
    assert image_pixel(PageImages([], False, fax), 204 / 72) is None  # grey: a pixel of noise is no pixel of it
    assert image_pixel(PageImages([], True, fax), None) is None  # not drawn at its own resolution
    assert image_pixel(PageImages([], True, None), 204 / 72) is None


def test_a_coarse_bilevel_page_image_is_neither_smoothed_nor_wiped():
    """At 96 dpi a full stop or an i's dot is one pixel of its own: no pixel is wiped for being alone."""
    fax96 = PageImages([], True, (96 / 72, 48 / 72))
    assert image_pixel(fax96, 96 / 72) is None and not enlarged_bilevel(fax96, 96 / 72)


def test_a_square_pixel_copy_is_smoothed_and_keeps_its_lone_pixels():
    """A 150 dpi copy's thin rules broken by its threshold would lose their pieces to the wipers."""
    copy = PageImages([], True, (150 / 72, 150 / 72))
    assert enlarged_bilevel(copy, 150 / 72) and image_pixel(copy, 150 / 72) is None
    assert enlarged_bilevel(PageImages([], True, (204 / 72, 98 / 72)), 204 / 72)
    assert not enlarged_bilevel(PageImages([], False, (150 / 72, 150 / 72)), 150 / 72)  # a grey scan
    assert not enlarged_bilevel(copy, None)  # drawn by pdfium at OCR's scale


SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LINES = [
    "Projektets namn: Kameraövervakning vid torget och stråket.",
    "Investeringen avser kamerabevakning av torgytan och uppgången.",
    "Felanmälningarna har nästan upphört sedan armaturerna monterades.",
    "Skadegörelsen på platsen har minskat jämfört med åren före.",
]


def bilevel_scan(across: int, down: int, noise: float, seed: int = 5):
    """An A4 page of text made bilevel at `across` x `down` dpi, with `noise` of its pixels turned to ink alone
    (a fax's line noise, a copy's toner speckle)."""
    from PIL import Image, ImageDraw, ImageFont

    fine = across / 72
    page = Image.new("L", (round(595 * fine), round(842 * fine)), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(SANS, round(10 * fine))
    for n, text in enumerate(LINES):
        draw.text((50 * fine, (80 + 20 * n) * fine), text, font=font, fill=0)
    grey = np.asarray(page.resize((page.width, round(842 * down / 72)), Image.Resampling.BOX))
    ink = grey < 160
    ink |= np.random.default_rng(seed).random(ink.shape) < noise
    return Image.fromarray(np.where(ink, 0, 255).astype(np.uint8)).convert("1")


@needs_tesseract
@pytest.mark.parametrize(("across", "down"), [(204, 98), (150, 150)])
def test_a_noisy_low_resolution_bilevel_scan_reads_word_for_word(tmp_path, across, down):
    # read before (204 x 98): "före:" for "före." (a dot of noise under the full stop read as a colon)
    from bilagor.extractor.ocr import recognise_pages
    from bilagor.extractor.words import Page

    pdf = tmp_path / "scan.pdf"
    bilevel_scan(across, down, noise=0.002).save(pdf, dpi=(across, down))
    pages, ran, _ = recognise_pages(pdf, [Page(1, 595, 842, [], [], [])], mode="always")
    assert ran
    assert [w.text for w in pages[0].words] == " ".join(LINES).split()


def test_the_pieces_of_a_rule_broken_by_the_threshold_stay():
    """A thin rule made bilevel comes out in dashes, some a pixel long: they are no noise."""
    page = np.full((30, 80), 255, np.uint8)
    page[14:16, 5:75:4] = 0  # a rule in pieces one image pixel long (two rows drawn), three apart
    page[14:16, 40:42] = 0
    page[2:4, 40] = 0  # a pixel of noise above it
    clean = without_lone_pixels(page, 1.0, 2.0)
    assert (clean[14:16, 8:72] == page[14:16, 8:72]).all()  # but its end pieces, with ink on one side only
    assert clean[2:4, 40].min() == 255
