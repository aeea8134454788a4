"""Issue #12, twelfth round: a reader's pen marks on a scanned page (a tick in the margin, a wavy underline,
a circled word, a scribbled note beside the text, in blue or red ballpoint) are taken out before OCR, told
from the print by colour; coloured print (labels in a heading colour) stays. Synthetic images drawn here."""

from __future__ import annotations

import difflib
import io
import math
import os
import shutil

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from bilagor.extractor.ocr_pen import has_colour, pen_marks, without_pen

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None and not os.environ.get("CI"),
    reason="tesseract is not installed (CI installs it and fails instead of skipping)",
)

DPI = 200
SCALE = DPI / 72
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SANS_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
BLUE, RED = (25, 55, 175), (185, 25, 35)
ROWS = [
    ("Projektnamn", ["Trygg väg till skolan i Vårberg"]),
    ("Geografisk plats för investering", ["Vårbergsvägen (Skärholmens stadsdelsområde)"]),
    (
        "Beskrivning av eventuella avvikelser i projektets genomförande",
        ["Arbetet blev klart en månad senare än planerat", "eftersom leveransen av stolparna dröjde."],
    ),
    ("Bilder före", ["Se bilaga"]),
]


def form(label_colour=(0, 0, 0)) -> tuple[Image.Image, list[tuple[str, tuple[float, float, float, float]]]]:
    """An A4 page of bold labels over their answers at 200 dpi; with each answer word's pixel box."""
    image = Image.new("RGB", (round(595 * SCALE), round(842 * SCALE)), (252, 252, 250))
    draw = ImageDraw.Draw(image)
    bold, regular = ImageFont.truetype(SANS_BOLD, round(11 * SCALE)), ImageFont.truetype(SANS, round(10 * SCALE))
    draw.text((60 * SCALE, 60 * SCALE), "Bilaga 5 - Uppföljning trygghetsinvestering", font=bold, fill=label_colour)
    y, boxes = 100 * SCALE, []
    for label, lines in ROWS:
        draw.text((60 * SCALE, y), label, font=bold, fill=label_colour)
        y += 18 * SCALE
        for line in lines:
            x = 60 * SCALE
            for word in line.split():
                box = draw.textbbox((x, y), word, font=regular)
                draw.text((x, y), word, font=regular, fill=(10, 10, 10))
                boxes.append((word, box))
                x = box[2] + draw.textlength(" ", font=regular)
            y += 15 * SCALE
        y += 10 * SCALE
    return image, boxes


def marked(image: Image.Image, boxes, colour) -> Image.Image:
    """`image` with a ballpoint's marks drawn over it: a wavy line under two answer words, a circle round
    another, a tick in the left margin and three lines of scribble in the right margin."""
    image = image.copy()
    draw = ImageDraw.Draw(image)
    width = 3
    words = {w: b for w, b in boxes}
    x0, x1, y = words["Arbetet"][0], words["klart"][2], words["Arbetet"][3] + 4
    draw.line([(x, y + 3 * math.sin(x / 8)) for x in range(int(x0), int(x1), 3)], fill=colour, width=width)
    b = words["månad"]
    draw.ellipse([b[0] - 12, b[1] - 9, b[2] + 12, b[3] + 9], outline=colour, width=width)
    tx, ty = 22 * SCALE, (words["Vårbergsvägen"][1] + words["Vårbergsvägen"][3]) / 2
    draw.line([(tx, ty), (tx + 11, ty + 14), (tx + 30, ty - 16)], fill=colour, width=width + 1)
    right = image.width - 46 * SCALE
    for n in range(3):
        pts, t = [], 0.0
        while t < 32 * SCALE:
            pts.append((right + t + 6 * math.cos(t / 5), 330 * SCALE + 11 * SCALE * n + 9 * math.sin(t / 3.5)))
            t += 1.5
        draw.line(pts, fill=colour, width=width, joint="curve")
    return image


def jpeg(image: Image.Image, quality: int = 70) -> Image.Image:
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


@pytest.mark.parametrize("colour", [BLUE, RED], ids=["blue", "red"])
def test_a_pens_coloured_marks_are_found_and_the_print_is_not(colour):
    clean, boxes = form()
    page = jpeg(marked(clean, boxes, colour))
    rgb, grey = np.asarray(page), np.asarray(page.convert("L"))
    marks = pen_marks(rgb, grey, SCALE)
    assert marks is not None
    drawn = np.asarray(marked(clean, boxes, (255, 0, 255))) != np.asarray(clean)
    pen = drawn.any(axis=2)
    assert (marks & pen).sum() >= 0.95 * pen.sum()  # the strokes, all but a few edge pixels
    print_ink = (np.asarray(clean.convert("L")) < 128) & ~pen
    assert (marks & print_ink).sum() <= 0.02 * print_ink.sum()  # the print, but where a stroke runs by it
    cleaned, _ = without_pen(grey, rgb, SCALE)
    assert cleaned[pen].min() > 200  # paper where the pen was


def test_coloured_print_is_not_taken_for_a_pens_marks():
    """Labels and a title in a heading colour are print: coloured ink that is more than a pen's share of the
    page's ink is the print's colour."""
    page = jpeg(form(label_colour=BLUE)[0])
    rgb, grey = np.asarray(page), np.asarray(page.convert("L"))
    assert has_colour(rgb)
    assert pen_marks(rgb, grey, SCALE) is None
    assert without_pen(grey, rgb, SCALE)[0] is grey


def test_a_grey_page_has_no_colour():
    page = jpeg(form()[0]).convert("L").convert("RGB")
    assert not has_colour(np.asarray(page))


def _near(got: str | None, want: str) -> bool:
    return got is not None and difflib.SequenceMatcher(None, got, want).ratio() >= 0.95


@needs_tesseract
def test_a_pen_marked_scan_reads_as_the_print(tmp_path):
    from bilagor.extractor import extract_report

    clean, boxes = form()
    pdf = tmp_path / "pen.pdf"
    jpeg(marked(clean, boxes, BLUE).rotate(0.8, resample=Image.Resampling.BICUBIC, fillcolor=(252, 252, 250))).save(
        pdf, "PDF", resolution=DPI
    )
    report = extract_report(pdf, entities=False)
    sections = {s.key: s.text for s in report.sections}
    assert report.location == "Vårbergsvägen (Skärholmens stadsdelsområde)"
    assert _near(sections.get("avvikelser"), " ".join(ROWS[2][1]))
    assert "(" not in sections.get("avvikelser", "")  # no bracket read from the circle
    assert sections.get("bilder_fore") == "Se bilaga"
    assert len(report.sections) == len(ROWS)  # no section made of the margin note
