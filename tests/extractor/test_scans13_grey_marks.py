"""Issue #12, thirteenth round: pencil and grey ball-pen marks on a greyscale scan (ticks in the margin, a
scribbled note, a wavy underline), no colour to tell them from the print. Read with it they became words
("SS", "NAZZYN", "V"), labels ("sss") and brackets round a circled word ("(235)000"). They are told by the
stroke: grey all through, away from any black core, and longer than a dot or standing alone; print keeps
its black cores and grey print its neighbouring letters. Synthetic pages drawn here with DejaVu Sans."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from bilagor.extractor.grey_marks import grey_marks, without_grey_marks

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LINES = [
    ("label", "Projektets namn"),
    ("text", "Trygghetsbelysning vid Rinkeby allé"),
    ("label", "Syfte och mål"),
    ("text", "Genom belysningen vill förvaltningen förebygga skadegörelse."),
    ("label", "Resultat"),
    ("text", "Boende vittnar om att de nu väljer att gå genom parken."),
    ("label", "Ekonomiskt utfall"),
    ("text", "Kostnaden uppgick till 600 tkr."),
]


def form(dpi: int, marks: int | None = None, caption: int | None = None) -> tuple[Image.Image, Image.Image]:
    """(the page, a mask image of where marks were drawn): labels over answers in black, with grey marks
    of grey level `marks` (ticks, a scribble, a wavy underline clear of the letters) and a caption printed
    in grey level `caption`, when given."""
    scale = dpi / 72
    size = (round(595 * scale), round(842 * scale))
    page, drawn = Image.new("L", size, 255), Image.new("L", size, 0)
    draw, mark = ImageDraw.Draw(page), ImageDraw.Draw(drawn)
    width = max(1, round(1.0 * scale))
    strokes = []
    y = 80.0
    for kind, text in LINES:
        font = ImageFont.truetype(BOLD if kind == "label" else SANS, round(11 * scale))
        draw.text((80 * scale, y * scale), text, font=font, fill=0)
        if kind == "label":
            strokes.append(
                [(56 * scale, (y + 4) * scale), (60 * scale, (y + 10) * scale), (70 * scale, (y - 2) * scale)]
            )
        y += 22 if kind == "label" else 30
    for k in range(3):
        strokes.append([((480 + 6 * j) * scale, (200 + 12 * k + 3 * math.sin(j * 1.7)) * scale) for j in range(14)])
    strokes.append([((80 + 4 * j) * scale, (120 + 1.5 * math.sin(j)) * scale) for j in range(50)])
    if marks is not None:
        for points in strokes:
            draw.line(points, fill=marks, width=width)
            mark.line(points, fill=255, width=width)
    if caption is not None:
        font = ImageFont.truetype(SANS, round(9 * scale))
        draw.text((80 * scale, 400 * scale), "Foto: Stadsdelsförvaltningen, 2016", font=font, fill=caption)
    return page.filter(ImageFilter.GaussianBlur(0.5 * dpi / 300)), drawn


@pytest.mark.parametrize(("dpi", "level"), [(200, 95), (300, 95), (300, 120)])
def test_pencil_marks_are_found_and_the_print_is_kept(dpi, level):
    page, drawn = form(dpi, marks=level)
    grey = np.asarray(page)
    found = grey_marks(grey, dpi / 72)
    assert found is not None
    strokes = np.asarray(drawn) > 0
    # the marks (their parts clear of the print) are found ...
    clean, _ = form(dpi)
    away = strokes & (np.asarray(clean) == 255)
    assert found[away].mean() > 0.8
    # ... and the print's black is not taken
    printed = np.asarray(clean) < 60
    assert found[printed].mean() < 0.01
    cleaned, marked = without_grey_marks(grey, dpi / 72)
    assert marked and (cleaned[away] >= 250).mean() > 0.8


@pytest.mark.parametrize("dpi", [150, 300])
def test_clean_print_and_grey_captions_have_no_marks(dpi):
    clean, _ = form(dpi)
    assert grey_marks(np.asarray(clean), dpi / 72) is None
    grey_caption, _ = form(dpi, caption=110)  # a caption printed in grey: letters beside each other
    assert grey_marks(np.asarray(grey_caption), dpi / 72) is None
    grey_page = np.asarray(clean).copy()
    grey_page[grey_page < 200] = 110  # a light copy: all its print grey
    assert grey_marks(grey_page, dpi / 72) is None


@pytest.mark.parametrize("dpi", [200, 300])
def test_a_tables_thin_grey_rules_are_no_marks(dpi):
    # a scan's hairline borders come out grey with no black core, like a pencil's stroke, but straight
    page, _ = form(dpi, marks=95)
    scale = dpi / 72
    ruled = page.copy()
    draw = ImageDraw.Draw(ruled)
    for y in (74, 96, 126, 148):
        draw.line([(50 * scale, y * scale), (540 * scale, y * scale)], fill=120, width=1)
    draw.line([(75 * scale, 74 * scale), (75 * scale, 148 * scale)], fill=120, width=1)
    found = grey_marks(np.asarray(ruled), scale)
    assert found is not None  # the pencil marks still
    rows = [round(y * scale) for y in (74, 96, 126, 148)]
    on_rules = np.concatenate([found[r, round(100 * scale) : round(500 * scale)] for r in rows])
    assert on_rules.mean() < 0.05
