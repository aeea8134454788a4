"""Issue #12, nineteenth round: a pre-printed colour form (labels in blue or red) with a date stamp and a
signature in another colour over its last answer. The coloured labels are more ink than a pen's share, so
the page was taken for coloured print and nothing was taken out: the stamp's words became the answer
("1 KOM Registrator"). The print's hue is now told from the marks' (ocr_pen). Synthetic pages drawn here."""

from __future__ import annotations

import difflib
import math
import os
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_scans12_pen import BLUE, RED, ROWS, SCALE, form, jpeg  # noqa: E402

from bilagor.extractor.ocr import read_page_image  # noqa: E402
from bilagor.extractor.ocr_pen import hues, main_hue, pen_marks  # noqa: E402

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None and not os.environ.get("CI"),
    reason="tesseract is not installed (CI installs it and fails instead of skipping)",
)

STAMP_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LAST_ANSWER = "Se bilaga"


def stamped(image: Image.Image, boxes, stamp_colour, pen_colour) -> Image.Image:
    """`image` with a date stamp (a frame round "INKOM", a date and "Registrator") over its last answer,
    turned a little, and a signature's strokes beside it."""
    image = image.copy()
    x, y = boxes[-1][1][0], boxes[-1][1][1]
    stamp = Image.new("RGBA", (round(160 * SCALE), round(56 * SCALE)), (0, 0, 0, 0))
    draw = ImageDraw.Draw(stamp)
    big, small = ImageFont.truetype(STAMP_FONT, round(16 * SCALE)), ImageFont.truetype(STAMP_FONT, round(9 * SCALE))
    ink = (*stamp_colour, 220)
    draw.rounded_rectangle((2, 2, stamp.width - 3, stamp.height - 3), radius=12, outline=ink, width=4)
    draw.text((10 * SCALE, 5 * SCALE), "INKOM", font=big, fill=ink)
    draw.text((10 * SCALE, 27 * SCALE), "2019-04-12", font=big, fill=ink)
    draw.text((95 * SCALE, 9 * SCALE), "Registrator", font=small, fill=ink)
    stamp = stamp.rotate(-6, expand=True, resample=Image.Resampling.BICUBIC)
    image.paste(stamp, (round(x + 20 * SCALE), round(y - 20 * SCALE)), stamp)
    pen = ImageDraw.Draw(image)
    sx, sy = x + 220 * SCALE, y
    points = [(sx + t * 9 + math.sin(t * 2.7) * 6, sy + math.sin(t * 1.9) * 11 - t) for t in np.arange(0, 20, 0.2)]
    pen.line(points, fill=pen_colour, width=3, joint="curve")
    return image


def stamp_ink(marked: Image.Image, clean: Image.Image) -> np.ndarray:
    return np.abs(np.asarray(marked, np.int16) - np.asarray(clean, np.int16)).max(axis=2) > 60


@pytest.mark.parametrize(("labels", "marks"), [(BLUE, RED), (RED, BLUE)], ids=["blue form", "red form"])
def test_marks_of_another_hue_than_a_colour_forms_print_are_found(labels, marks):
    clean, boxes = form(label_colour=labels)
    page = jpeg(stamped(clean, boxes, marks, marks))
    rgb, grey = np.asarray(page), np.asarray(page.convert("L"))
    found = pen_marks(rgb, grey, SCALE)
    assert found is not None  # before: None, the labels' colour taken for the whole page's print
    stamp = stamp_ink(stamped(clean, boxes, marks, marks), clean)
    assert (found & stamp).sum() >= 0.95 * stamp.sum()  # the frame, its words and the signature
    label_ink = (np.asarray(clean.convert("L")) < 160) & ~stamp
    coloured_labels = label_ink & (np.asarray(clean, np.int16).max(axis=2) - np.asarray(clean).min(axis=2) > 60)
    assert (found & coloured_labels).sum() <= 0.01 * coloured_labels.sum()  # the labels stay


def test_a_colour_forms_print_without_marks_stays():
    clean, _ = form(label_colour=BLUE)
    page = jpeg(clean)
    assert pen_marks(np.asarray(page), np.asarray(page.convert("L")), SCALE) is None


def test_hues_round_the_wheel():
    rgb = np.array([[[200, 30, 40], [25, 55, 175], [30, 160, 40], [250, 20, 200]]], np.uint8)
    assert hues(rgb)[0] == pytest.approx([356, 227, 124, 309], abs=6)
    assert main_hue(rgb.repeat(3, axis=0)[:, :2].reshape(-1, 3)[[1, 1, 3]], np.ones(3, bool)) == pytest.approx(
        225, abs=15
    )


@needs_tesseract
@pytest.mark.parametrize(("labels", "marks"), [(BLUE, RED), (RED, BLUE)], ids=["blue form", "red form"])
def test_a_stamped_colour_form_reads_its_answer_not_the_stamp(tmp_path, labels, marks):
    clean, boxes = form(label_colour=labels)
    page = jpeg(stamped(clean, boxes, marks, marks))
    rgb = np.asarray(page)
    grey = np.asarray(page.convert("L"))
    read = read_page_image(grey, SCALE, 2, 595.0, 842.0, tmp_path, colour=rgb, photographed_page=False)
    words = [w.text for w in read.words]
    assert not {"INKOM", "Registrator", "2019-04-12"} & set(words)
    # the answer under the stamp: its letters where the stamp's ink lay over them are lost with it
    last = " ".join(words[-len(LAST_ANSWER.split()) :])
    assert difflib.SequenceMatcher(None, last, LAST_ANSWER).ratio() >= 0.8
    assert ROWS[0][0] in words  # the coloured labels are print
