"""Issue #12, thirteenth round: scans of thin paper, the form printed on the back of the sheet showing through
mirrored and blurred (any scanner, any encoding, any paper tint). Read as it was, the back's strokes glued
the front's words together ("skolan;", "ochyfritidsgården:", "anna.bergestockholmise"). The pale layer away
from the print is measured and everything as light is made paper before OCR; a clean scan, a pencil's
darker strokes and the print's own grey edges are kept. Synthetic pages drawn here with DejaVu Sans."""

from __future__ import annotations

import os
import shutil

import numpy as np
import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageOps

from bilagor.extractor.ocr import PALE_LAYER_NOTE, SHOW_THROUGH_NOTE, private_folder, read_page_image
from bilagor.extractor.show_through import show_through_cut, without_show_through

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None and not os.environ.get("CI"),
    reason="tesseract is not installed (CI installs it and fails instead of skipping)",
)

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SANS_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FRONT = [
    "Projektets mål och syfte",
    "Vi söker medel för nya bänkar och planteringar vid torget.",
    "Insatsen ska ge barn och unga en tryggare väg mellan skolan och fritidsgården.",
    "Platsen ska bli ljusare. Syftet är att fler ska våga röra sig på platsen.",
    "Kontakt: anna.berg@stockholm.se",
    "Ekonomisk redovisning",
    "Budgeten för projektet var 650 000 kronor.",
]
BACK = [
    "Bilaga 5 - Uppföljning trygghetsinvestering",
    "Projektnamn",
    "Belysning längs gångvägen vid Farsta strand",
    "Beskrivning av eventuella avvikelser i projektets genomförande",
    "Leveransen av stolparna blev sex veckor sen och arbetet",
    "flyttades därför till hösten. Tillståndet för kamerabevakning tog längre tid.",
    "Bilder före",
    "Se bilaga",
]


def printed(lines: list[str], dpi: int, size: float = 11, step: float = 17, top: float = 70) -> Image.Image:
    """An A4 page at `dpi`, white, the first line a bold heading."""
    scale = dpi / 72
    image = Image.new("L", (round(595 * scale), round(842 * scale)), 255)
    draw = ImageDraw.Draw(image)
    for n, text in enumerate(lines):
        font = ImageFont.truetype(SANS_BOLD if n == 0 else SANS, round((16 if n == 0 else size) * scale))
        draw.text((60 * scale, (top + step * n) * scale), text, font=font, fill=0)
    return image


def thin_paper(dpi: int, strength: float, paper: int = 236):
    """The front page with the back's print showing through: mirrored, blurred, `strength` of its darkness,
    on grey paper."""
    back = ImageOps.mirror(printed(BACK, dpi, size=13, step=15, top=60))
    back = back.filter(ImageFilter.GaussianBlur(1.2 * dpi / 300))
    ghost = back.point(lambda v: int(255 - (255 - v) * strength))
    page = ImageChops.multiply(printed(FRONT, dpi), ghost).point(lambda v: v * paper // 255)
    return np.asarray(page)


def pencilled(dpi: int):
    """A clean page with pencil ticks and a scribbled note in the margin: grey strokes about half the
    paper's light, darker than any show-through."""
    image = printed(FRONT, dpi)
    draw = ImageDraw.Draw(image)
    scale = dpi / 72
    for n in range(6):
        y = (90 + 40 * n) * scale
        draw.line([(20 * scale, y), (26 * scale, y + 6 * scale), (38 * scale, y - 8 * scale)], fill=120, width=3)
        draw.line([(480 * scale, y), (560 * scale, y + 4 * scale)], fill=130, width=2)
    return np.asarray(image.filter(ImageFilter.GaussianBlur(0.6)))


@pytest.mark.parametrize(("dpi", "strength"), [(300, 0.2), (300, 0.3), (200, 0.25)])
def test_a_thin_paper_scan_shows_through_and_the_back_is_made_paper(dpi, strength):
    page = thin_paper(dpi, strength)
    cut = show_through_cut(page, dpi / 72)
    assert cut is not None and 140 <= cut <= 230
    cleaned, showed = without_show_through(page, dpi / 72)
    assert showed
    front = np.asarray(printed(FRONT, dpi))
    back_only = (front == 255) & (page < 226)  # the back's strokes where the front is blank paper
    assert back_only.sum() > 10_000
    assert (cleaned[back_only] >= 230).mean() > 0.99
    print_core = front < 60
    assert (cleaned[print_core] < 100).mean() > 0.99  # the front's print untouched


@pytest.mark.parametrize("dpi", [150, 300])
def test_clean_and_pencilled_scans_show_nothing_through(dpi):
    clean = np.asarray(printed(FRONT, dpi))
    assert show_through_cut(clean, dpi / 72) is None
    assert without_show_through(clean, dpi / 72)[0] is clean
    assert show_through_cut(pencilled(dpi), dpi / 72) is None


@needs_tesseract
@pytest.mark.parametrize(("dpi", "strength"), [(300, 0.2), (200, 0.25)])
def test_a_thin_paper_scan_reads_the_front_words_only(dpi, strength):
    notes: list[str] = []
    with private_folder() as folder:
        page = read_page_image(thin_paper(dpi, strength), dpi / 72, 1, 595, 842, folder, notes=notes)
    front_words = {word for line in FRONT for word in line.split()}
    assert [w.text for w in page.words if w.text not in front_words] == []
    # the pale-layer step (a drum's ghost, a watermark) runs first and may take the back's pale print itself
    assert any(SHOW_THROUGH_NOTE in note or PALE_LAYER_NOTE in note for note in notes)
