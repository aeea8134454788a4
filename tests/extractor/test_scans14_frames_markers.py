"""Issue #12, fourteenth round: a page image holding the paper inside a larger frame (a viewer's or a
browser's screen capture with its toolbar and scroll bar, a scanner's dark border), and a marker pen's pale
band over printed lines (a yellow, green or pink highlighter, any producer, a heavy JPEG). The frame's edges
became rules and its grey a pen's strokes; the highlighter's band was taken out as a pen's stroke with the
print under it (a highlighted title read as nothing). Synthetic pages drawn here with DejaVu Sans."""

from __future__ import annotations

import io
import os
import shutil

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from bilagor.extractor.ocr import FRAME_NOTE, private_folder, read_page_image
from bilagor.extractor.ocr_frame import paper_box, without_frame
from bilagor.extractor.ocr_pen import MARKER_GREY, unmarked, without_pen

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None and not os.environ.get("CI"),
    reason="tesseract is not installed (CI installs it and fails instead of skipping)",
)

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SANS_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LINES = [
    "Bilaga 5 Uppföljning av investering",
    "Projektnamn: Belysning vid Farsta strand",
    "Vi söker medel för nya bänkar och planteringar vid torget.",
    "Insatsen ska ge barn och unga en tryggare väg till skolan.",
    "Budgeten för projektet var 650 000 kronor.",
    "Platsen ska bli ljusare och fler ska våga röra sig där.",
]


def page(dpi: int, mode: str = "L", repeats: int = 1) -> Image.Image:
    """An A4 page of LINES (`repeats` times, a page full of text) at `dpi`, the first line a bold heading."""
    scale = dpi / 72
    image = Image.new(mode, (round(595 * scale), round(842 * scale)), "white")
    draw = ImageDraw.Draw(image)
    for n, text in enumerate(LINES * repeats):
        font = ImageFont.truetype(SANS_BOLD if n % len(LINES) == 0 else SANS, round(11 * scale))
        draw.text((60 * scale, (70 + 24 * n) * scale), text, font=font, fill="black")
    return image


def in_viewer(image: Image.Image, border: int, bar: int, frame: int = 85) -> Image.Image:
    """`image` in a viewer's window: a dark toolbar with lighter buttons above, a grey frame round it and a
    scroll bar with a light thumb on the right."""
    framed = Image.new("L", (image.width + 2 * border + 14, image.height + border + bar), frame)
    framed.paste(image, (border, bar))
    draw = ImageDraw.Draw(framed)
    draw.rectangle((0, 0, framed.width, bar - 8), fill=52)
    for i in range(5):
        draw.rectangle((10 + 30 * i, 8, 32 + 30 * i, bar - 16), fill=125)
    draw.rectangle((framed.width - 12, bar + 40, framed.width - 3, bar + 160), fill=215)  # scroll bar's thumb
    return framed


@pytest.mark.parametrize(("dpi", "border", "bar"), [(96, 14, 34), (110, 40, 50), (300, 60, 120)])
def test_the_paper_inside_a_viewer_is_found(dpi, border, bar):
    framed = np.asarray(in_viewer(page(dpi), border, bar))
    assert paper_box(framed, dpi / 72) == pytest.approx(
        (border, bar, framed.shape[1] - border - 14, framed.shape[0] - border), abs=2
    )
    cleaned, framed_found = without_frame(framed, dpi / 72)
    assert framed_found
    assert (cleaned[:bar] == 255).all() and (cleaned[:, -border - 14 :] == 255).all()
    inside = np.asarray(page(dpi))
    assert (cleaned[bar : bar + inside.shape[0], border : border + inside.shape[1]] == inside).all()


def test_a_scanners_dark_border_is_a_frame():
    scan = np.asarray(page(200))
    bordered = np.full((scan.shape[0] + 80, scan.shape[1] + 50), 20, np.uint8)
    bordered[30 : 30 + scan.shape[0], 20 : 20 + scan.shape[1]] = scan
    assert paper_box(bordered, 200 / 72) == (20, 30, 20 + scan.shape[1], 30 + scan.shape[0])


def test_a_page_without_a_frame_is_left_alone():
    plain = np.asarray(page(150))
    assert paper_box(plain, 150 / 72) is None
    assert without_frame(plain, 150 / 72)[0] is plain
    # a wide photo across the top of the page is the page's own: it holds light
    photo = plain.copy()
    photo[:200] = np.random.default_rng(1).integers(0, 255, (200, plain.shape[1]))
    assert paper_box(photo, 150 / 72) is None


def highlighted(colour: tuple[int, int, int], quality: int = 30) -> tuple[np.ndarray, np.ndarray]:
    """(grey, rgb) of a 200 dpi colour scan of a page full of text with a marker's band over three lines,
    through a heavy JPEG."""
    scale = 200 / 72
    rgb = np.asarray(page(200, "RGB", REPEATS), np.float32)
    for n in (0, 3, 13):
        top, bottom = round((66 + 24 * n) * scale), round((86 + 24 * n) * scale)
        rgb[top:bottom, round(55 * scale) : round(480 * scale)] *= np.array(colour, np.float32) / 255
    rgb *= np.array((0.97, 0.96, 0.92), np.float32)  # paper's tone
    buffer = io.BytesIO()
    Image.fromarray(rgb.clip(0, 255).astype(np.uint8)).save(buffer, "JPEG", quality=quality)
    image = Image.open(io.BytesIO(buffer.getvalue()))
    return np.asarray(image.convert("L")), np.asarray(image.convert("RGB"))


REPEATS = 5
# Pink over three lines in thirty was taken for coloured print by the pen step (ocr_pen.MAX_MARK_SHARE); the
# overlays step (overlaid_ink: a pale band of one ink over grey print) now takes it out first.
PINK = (255, 150, 200)
MARKERS = [(255, 240, 60), (150, 240, 120), PINK]
# The pen step alone still takes that pink band for coloured print: a known limit of ocr_pen, kept failing here.
MARKERS_FOR_THE_PEN_STEP = [
    *MARKERS[:2],
    pytest.param(PINK, marks=pytest.mark.xfail(strict=True, reason="pink band over 10 % of the ink: coloured print")),
]


@pytest.mark.parametrize("colour", MARKERS_FOR_THE_PEN_STEP)
def test_a_markers_band_goes_and_the_print_under_it_stays(colour):
    grey, rgb = highlighted(colour)
    cleaned, marks = without_pen(grey, rgb, 200 / 72)
    assert marks is not None
    clean = np.asarray(page(200, repeats=REPEATS))
    print_core = clean < 60
    band = marks & (clean == 255)
    assert band.sum() > 10_000
    assert (cleaned[print_core & marks] < 110).mean() > 0.95  # the print under the band is kept dark
    assert (cleaned[band] > 200).mean() > 0.95  # the band itself is paper


def test_a_dark_pens_stroke_is_made_paper():
    stroke = np.array([40, 60, 90, 55, 70], np.uint8)  # a blue ballpoint's stroke, dark itself
    assert (unmarked(stroke) == 255).all()
    band = np.array([30, 180, 185, 190, 188, 60], np.uint8)  # a pink band with two strokes of print in it
    assert MARKER_GREY <= np.median(band)
    out = unmarked(band)
    assert out[0] < 50 and out[5] < 90  # the print stays dark
    assert (out[1:5] >= 240).all()  # the band is paper


@needs_tesseract
@pytest.mark.parametrize("colour", MARKERS)
def test_highlighted_lines_read_word_for_word(colour):
    grey, rgb = highlighted(colour)
    with private_folder() as folder:
        read = read_page_image(grey, 200 / 72, 1, 595, 842, folder, notes=[], colour=rgb, photographed_page=False)
    assert [w.text for w in read.words] == " ".join(LINES * REPEATS).split()


@needs_tesseract
def test_a_page_in_a_viewers_frame_reads_without_rules():
    framed = np.asarray(in_viewer(page(300), 60, 120))
    notes: list[str] = []
    with private_folder() as folder:
        read = read_page_image(framed, 300 / 72, 1, framed.shape[1] * 0.24, framed.shape[0] * 0.24, folder, notes=notes)
    assert [w.text for w in read.words] == " ".join(LINES).split()
    assert read.rules == []
    assert any(FRAME_NOTE in note for note in notes)
