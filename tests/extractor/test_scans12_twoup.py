"""Issue #12, twelfth round: two-up scans, two pages side by side on one landscape image as a book scanner
or a copier sees an opened binder. The sheet is cut at its gutter (a band without text, whatever its shadow)
and each page is straightened and read on its own, left then right. Synthetic images drawn here: a colour
book scan at 150 dpi (tinted paper, a shadow down the fold, a dark scanner lid round the sheet, heavy
JPEG), a greyscale copy at 300 dpi without shadow or lid, and pages that are no two-up sheet."""

from __future__ import annotations

import difflib
import io
import os
import shutil

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from bilagor.extractor.layout.twoup import split_two_up
from bilagor.extractor.ocr_sheet import sheet_pages
from bilagor.extractor.words import Page, Word

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None and not os.environ.get("CI"),
    reason="tesseract is not installed (CI installs it and fails instead of skipping)",
)

SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
LEFT_PAGE = [
    ("title", "Bilaga 5 - Uppföljning trygghetsinvestering"),
    ("label", "Projektnamn"),
    ("text", "Belysning längs gångvägen vid Farsta strand"),
    ("label", "Geografisk plats för investering"),
    ("text", "Farsta strand (Farsta stadsdelsområde)"),
    ("label", "Projektets mål och syfte"),
    ("text", "Gångvägen mellan tunnelbanan och badet är mörk"),
    ("text", "och många undviker den på kvällen. Belysningen"),
    ("text", "ska göra platsen tryggare för alla som bor här."),
]
RIGHT_PAGE = [
    ("label", "Beskrivning av eventuella avvikelser i projektets genomförande"),
    ("text", "Leveransen av stolparna blev sex veckor sen och"),
    ("text", "arbetet flyttades därför till hösten."),
    ("label", "Bilder före"),
    ("text", "Se bilaga"),
]


def page_image(lines, dpi: int, angle: float, paper, mode: str = "RGB") -> Image.Image:
    """An A4 portrait page of heading labels over their answers, turned `angle` degrees."""
    scale = dpi / 72
    width, height = round(595 * scale), round(842 * scale)
    image = Image.new(mode, (width, height), paper)
    draw = ImageDraw.Draw(image)
    fonts = {
        "title": ImageFont.truetype(SERIF_BOLD, round(15 * scale)),
        "label": ImageFont.truetype(SERIF_BOLD, round(11 * scale)),
        "text": ImageFont.truetype(SERIF, round(10 * scale)),
    }
    ink = 0 if mode == "L" else (20, 20, 20)
    y = 70 * scale
    for kind, text in lines:
        y += (10 if kind != "text" else 0) * scale
        draw.text((60 * scale, y), text, font=fonts[kind], fill=ink)
        y += (24 if kind == "title" else 16) * scale
    return image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=paper)


def book_sheet(right=RIGHT_PAGE) -> Image.Image:
    """Two pages at 150 dpi on a colour sheet: tinted paper, each page turned its own way, a shadow down the
    fold, the scanner's dark lid round both, JPEG at quality 25."""
    paper = (243, 236, 212)
    left = page_image(LEFT_PAGE, 150, 0.7, paper)
    second = page_image(right, 150, -0.5, paper)
    w, h = left.size
    sheet = Image.new("RGB", (2 * w + 30, h + 40), (62, 60, 58))
    sheet.paste(left, (10, 22))
    sheet.paste(second, (w + 20, 16))
    shade = ImageDraw.Draw(sheet, "RGBA")
    for dx in range(-45, 46):
        shade.line([(w + 15 + dx, 0), (w + 15 + dx, h + 40)], fill=(40, 35, 30, int(150 * (1 - abs(dx) / 46) ** 2)))
    buf = io.BytesIO()
    sheet.save(buf, "JPEG", quality=25)
    return Image.open(io.BytesIO(buf.getvalue()))


def grey_sheet() -> Image.Image:
    """Two pages at 300 dpi on a white greyscale sheet, no shadow and no lid: only the gap between them."""
    left = page_image(LEFT_PAGE, 300, -0.4, 255, "L")
    right = page_image(RIGHT_PAGE, 300, 0.6, 255, "L")
    sheet = Image.new("L", (left.width * 2, left.height), 255)
    sheet.paste(left, (0, 0))
    sheet.paste(right, (left.width, 0))
    return sheet


def grey(image: Image.Image):
    return np.asarray(image.convert("L"))


def gutter(grey, scale: float) -> int | None:
    """Where a two-up sheet is cut between its pages (ocr_sheet), or None when it is left whole."""
    pages = sheet_pages(grey, scale)
    if pages is None:
        return None
    assert len(pages) == 2
    return pages[0][0][2]


def test_a_book_scan_is_cut_at_its_gutter_whatever_the_shadow():
    image = book_sheet()
    cut = gutter(grey(image), 150 / 72)
    assert cut is not None and abs(cut - image.width // 2) < 20


def test_a_greyscale_two_up_copy_at_300_dpi_is_cut_between_its_pages():
    image = grey_sheet()
    cut = gutter(grey(image), 300 / 72)
    assert cut is not None and abs(cut - image.width // 2) < 0.05 * image.width


def test_a_sheet_whose_right_page_is_blank_is_still_two_pages():
    image = book_sheet(right=[])
    cut = gutter(grey(image), 150 / 72)
    assert cut is not None and abs(cut - image.width // 2) < 0.03 * image.width


def test_pages_that_are_no_two_up_sheet_are_left_whole():
    portrait = page_image(LEFT_PAGE + RIGHT_PAGE, 150, 0.0, 255, "L")
    assert gutter(grey(portrait), 150 / 72) is None
    # a landscape form of labels and answers: the gap between its columns is no gutter (not at the middle)
    scale = 150 / 72
    form = Image.new("L", (round(842 * scale), round(595 * scale)), 255)
    draw = ImageDraw.Draw(form)
    font = ImageFont.truetype(SERIF, round(10 * scale))
    for n, (label, answer) in enumerate([("Projektnamn", "Belysning"), ("Plats", "Farsta"), ("Syfte", "Trygghet")]):
        draw.text((50 * scale, (80 + 30 * n) * scale), label, font=font, fill=0)
        draw.text((260 * scale, (80 + 30 * n) * scale), answer, font=font, fill=0)
    assert gutter(grey(form), scale) is None
    # a landscape page whose text runs across the middle
    wide = Image.new("L", (round(842 * scale), round(595 * scale)), 255)
    draw = ImageDraw.Draw(wide)
    for n in range(12):
        draw.text((50 * scale, (80 + 20 * n) * scale), "Gångvägen mellan tunnelbanan och badet " * 3, font=font, fill=0)
    assert gutter(grey(wide), scale) is None


def test_the_halves_lose_the_fold_shadow_and_the_scanner_lid():
    image = book_sheet()
    ((_, _, cut, _), left), (_, right) = sheet_pages(grey(image), 150 / 72)
    assert left.shape[1] == cut and right.shape[1] == image.width - cut
    for half in (left, right):
        assert half[:, :8].min() > 150 and half[:, -8:].min() > 150  # no dark strip at either side
        assert half[:6].min() > 150 and half[-6:].min() > 150  # nor above or below the page
        assert half.min() < 80  # the print is kept


def _word(text: str, x0: float, top: float) -> Word:
    return Word(text, x0, x0 + 6 * len(text), top, top + 10)


def test_an_ocr_two_up_sheet_is_split_where_its_pages_meet_not_at_its_middle():
    """The halves of a scanned sheet need not be alike (a right page wider, or blank): the layout splits at
    the place the OCR found, and a right page's text indented or a stray mark near the fold changes nothing."""
    words = [_word("Projektnamn", 40, 60), _word("Belysning", 40, 75), _word("Avvikelser", 560, 60)]
    words.append(_word("-", 505, 300))  # a dash at the left edge of the right page
    sheet = Page(1, 1100.0, 780.0, words, [(520.0, 100.0, 700.0, 101.0)], sheet_cuts=(500.0,))
    left, right = split_two_up([sheet])
    assert (left.number, left.width, [w.text for w in left.words]) == (1, 500.0, ["Projektnamn", "Belysning"])
    assert (right.number, right.width) == (2, 600.0)
    assert [(w.text, w.x0) for w in right.words] == [("Avvikelser", 60.0), ("-", 5.0)]
    assert right.rules == [(20.0, 100.0, 200.0, 101.0)]


def _near(got: str | None, want: str) -> bool:
    return got is not None and difflib.SequenceMatcher(None, got, want).ratio() >= 0.95


@needs_tesseract
@pytest.mark.parametrize("sheet", [book_sheet, grey_sheet], ids=["book-150dpi-colour", "copy-300dpi-grey"])
def test_a_two_up_scan_reads_left_page_then_right_page(tmp_path, sheet):
    from bilagor.extractor import extract_report

    pdf = tmp_path / "twoup.pdf"
    image = sheet()
    dpi = 150 if image.mode == "RGB" else 300
    image.save(pdf, "PDF", resolution=dpi)
    report = extract_report(pdf, entities=False)
    sections = {s.key: s.text for s in report.sections}
    assert report.project == "Belysning längs gångvägen vid Farsta strand"
    assert _near(sections.get("mal_och_syfte"), " ".join(text for kind, text in LEFT_PAGE[-3:]))
    assert _near(sections.get("avvikelser"), " ".join(text for kind, text in RIGHT_PAGE[1:3]))
    assert sections.get("bilder_fore") == "Se bilaga"


@pytest.mark.parametrize("dpi", [150, 300])
def test_a_landscape_page_of_a_few_lines_across_the_middle_is_one_page(dpi):
    # the last page of a landscape form: a line or two across the whole width, the rest blank. One line's
    # small letters put no more ink in a column than a gutter's dust, but the line runs on through them.
    scale = dpi / 72
    page = Image.new("L", (round(842 * scale), round(595 * scale)), 236)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(SERIF, round(11 * scale))
    draw.text((700 * scale, 30 * scale), "Dnr 1.1.1-166-2019", font=font, fill=0)
    draw.text((50 * scale, 34 * scale), "Bilaga 5b", font=font, fill=0)
    line = "Boende har under flera år lämnat synpunkter om nedskräpning och skadegörelse. Platsen är mörk och svår"
    draw.text((50 * scale, 80 * scale), line + "överskådlig, och många undviker den efter", font=font, fill=0)
    draw.text((50 * scale, 95 * scale), "skymningen.", font=font, fill=0)
    draw.text((50 * scale, 125 * scale), "Insatsen omfattade:", font=font, fill=0)
    draw.text((400 * scale, 560 * scale), "Sida 2 (2)", font=font, fill=0)
    assert gutter(grey(page), scale) is None
