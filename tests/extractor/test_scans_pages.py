"""Scans and broken text layers: deskew, photos, unreadable fonts, the OCR page plan, OCR's bounds."""

from __future__ import annotations

import os
import random
import shutil
import stat

import pytest

import bilagor.extractor.ocr as ocr
from bilagor.extractor import extract_report
from bilagor.extractor.deskew import estimate_skew, straighten
from bilagor.extractor.layout import group_lines
from bilagor.extractor.ocr_plan import plan_ocr, plan_warnings
from bilagor.extractor.pdf_reader import read_pdf
from bilagor.extractor.photos import photo_boxes
from bilagor.extractor.text_layer import NO_UNICODE_MAP, unreadable_reason
from bilagor.extractor.words import Page, Word

fixturegen = pytest.importorskip("fixturegen")
from fixturegen import scans  # noqa: E402

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None and not os.environ.get("CI"),
    reason="tesseract is not installed (CI installs it and fails instead of skipping)",
)

SCALE = 200 / 72


text_image = scans.text_image


# -- deskew --------------------------------------------------------------------


@pytest.mark.parametrize("angle", [-1.5, -0.6, 0.8, 1.4])
def test_a_turned_page_is_estimated_and_straightened(angle):
    import numpy as np
    from PIL import Image

    turned = np.asarray(Image.fromarray(text_image()).rotate(angle, resample=Image.BICUBIC, fillcolor=255))
    estimate = estimate_skew(turned)
    assert estimate == pytest.approx(-angle, abs=0.1)
    assert estimate_skew(straighten(turned, estimate)) == pytest.approx(0.0, abs=0.1)


def test_a_straight_page_is_left_as_it_is():
    page = text_image()
    assert estimate_skew(page) == 0.0
    assert straighten(page, 0.0) is page


# -- photos --------------------------------------------------------------------


def page_with_photo_and_table():
    """A page image: a bordered text row above a photograph, at 200 dpi."""
    import numpy as np

    page = text_image(lines=4)
    page[100:104, 80:1500] = 0  # the table's top border
    photo = np.asarray(scans.photo(900, 500, seed=5))
    page[500:1000, 300:1200] = photo
    return page


def test_photo_is_found_and_text_is_not():
    boxes = photo_boxes(page_with_photo_and_table(), SCALE)
    assert len(boxes) == 1
    x0, top, x1, bottom = boxes[0]
    assert abs(x0 - 300) <= 20 and abs(top - 500) <= 20 and abs(x1 - 1200) <= 20 and abs(bottom - 1000) <= 20
    assert photo_boxes(text_image(), SCALE) == []


def test_photo_edges_are_not_table_rules():
    page = page_with_photo_and_table()
    _, rules = ocr.remove_rules(page, round(ocr.MIN_RULE_POINTS * SCALE), photos=photo_boxes(page, SCALE))
    assert rules == [(80, 100, 1500, 104)]


# -- Tesseract's lines ---------------------------------------------------------


def test_two_stacked_lines_stay_two_lines():
    # A slightly crooked two-line answer: Tesseract's line boxes overlap by more than half.
    hocr = """<html><body><div class='ocr_page' title='bbox 0 0 2480 3508'>
     <span class='ocr_line' title="bbox 900 600 2000 660; x_size 48">
      <span class='ocrx_word' title='bbox 900 600 1200 640; x_wconf 95'>Belysningen</span>
      <span class='ocrx_word' title='bbox 1700 620 2000 660; x_wconf 95'>bytts</span></span>
     <span class='ocr_line' title="bbox 900 616 2000 676; x_size 48">
      <span class='ocrx_word' title='bbox 900 616 1200 656; x_wconf 95'>planteringar</span>
      <span class='ocrx_word' title='bbox 1700 636 2000 676; x_wconf 95'>sittplatser.</span></span>
    </div></body></html>"""
    words = ocr.words_from_hocr(hocr, 300 / 72)
    lines = group_lines(Page(1, 595, 842, words))
    assert [[w.text for w in line.words] for line in lines] == [
        ["Belysningen", "bytts"],
        ["planteringar", "sittplatser."],
    ]


def test_a_label_and_its_answer_side_by_side_stay_one_row():
    boxes = [(100, 600, 400, 650), (900, 610, 2000, 660)]
    assert ocr.separate_stacked_lines(boxes) == boxes


def test_a_line_within_a_tall_boxs_height_is_not_turned_over():
    # lined paper's margin rule read as letters, boxed from the label above down past the paragraph's first line
    # (thirty-sixth round, h41/f-ocrlayout): cut at the middle of the tall box's foot and the line's top, the line
    # came out with its top under its bottom and its words stood apart from every line
    boxes = [(85, 227, 355, 540), (190, 510, 2170, 522)]
    out = ocr.separate_stacked_lines(boxes)
    assert all(top < bottom for _, top, _, bottom in out)
    assert ocr.separate_stacked_lines([(85, 227, 355, 517), (190, 510, 2170, 560)])[1][1] > 510  # stacked: cut


# -- text layers without a Unicode map -----------------------------------------


@pytest.fixture(scope="module")
def unmapped(tmp_path_factory):
    spec = fixturegen.random_spec(random.Random(12), "followup_borderless", "fpdf2")
    return scans.unmapped_font_pdf(spec, tmp_path_factory.mktemp("unmapped") / "utan-karta.pdf")


def test_glyph_numbers_and_letter_soup_are_unreadable(unmapped):
    (page,) = read_pdf(unmapped).pages
    assert unreadable_reason(page) == NO_UNICODE_MAP
    soup = Page(
        1,
        595,
        842,
        [Word(t, 0, 1, 0, 1) for t in "Eed4M5 hi5jln55 a346-Dd PdR21 BBe3 Vfgdl2D Ok0".split() + ["103D1D-512V42D"]],
    )
    assert unreadable_reason(soup) == NO_UNICODE_MAP


def test_swedish_text_numbers_and_codes_are_readable():
    text = (
        "Bilaga 5 Dnr 1.5.3-219-2019 Projektnamn Kameraövervakning på Sergels torg. Utfallet blev 2,6 mnkr "
        "(1 650 000 kr), CM4 5b tkr Sida 1 (2) Skärholmens stadsdelsnämnd, SL/Trafikverket 2019-05-13."
    )
    page = Page(1, 595, 842, [Word(t, 0, 1, 0, 1) for t in text.split()])
    assert unreadable_reason(page) is None


def test_every_example_report_reads_as_text():
    from pathlib import Path

    examples = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.pdf"))
    assert examples
    for path in examples:
        assert all(unreadable_reason(p) is None for p in read_pdf(path).pages), path.name


def test_without_tesseract_an_unreadable_layer_is_left_out_and_said(unmapped, monkeypatch):
    monkeypatch.setattr(ocr, "ocr_unavailable_reason", lambda: ocr.OCR_MISSING)
    report = extract_report(unmapped, entities=False)
    assert "(cid:" not in report.full_text() and report.ocr is False
    assert (
        "sida 1: textlagret går inte att läsa (typsnitt utan Unicode-tabell), dess text är utelämnad" in report.warnings
    )
    assert any(ocr.OCR_MISSING in w for w in report.warnings)


@pytest.mark.ocr
@needs_tesseract
def test_an_unreadable_layer_is_read_with_ocr(unmapped):
    import json

    truth = json.loads(fixturegen.truth_path(unmapped).read_text(encoding="utf-8"))
    report = extract_report(unmapped, entities=False)
    assert report.ocr is True
    # read with OCR, and (where OCR taught the codes) from the page's own glyphs: glyph_map.py
    warning = "sida 1: textlagret går inte att läsa (typsnitt utan Unicode-tabell), läst med OCR"
    assert any(w.startswith(warning) for w in report.warnings), report.warnings
    assert report.project == truth["project"] and report.district == truth["district"]


# -- the page plan -------------------------------------------------------------


def words(number):
    return Page(number, 595, 842, [Word(t, 70, 130, 80, 92) for t in "Projektnamn Trygghet i parken".split()])


def pictures_only(number):
    return Page(number, 595, 842, [], [], [(60, 60, 535, 400)])


def test_a_photo_page_in_a_text_document_is_not_recognised_and_said():
    plan = plan_ocr([words(1), pictures_only(2)], "auto")
    assert plan.recognise == [] and plan.photo_pages == [2]
    assert plan_warnings(plan, ocr_ran=False) == [
        "sida 2: bara bilder, läses inte med OCR (rapporten har ett textlager)"
    ]


def test_a_scanned_document_is_recognised_whole():
    assert plan_ocr([pictures_only(1), pictures_only(2)], "auto").recognise == [1, 2]
    assert plan_ocr([words(1), pictures_only(2)], "always").recognise == [1, 2]
    assert plan_ocr([words(1), pictures_only(2)], "never").recognise == []


def test_photo_page_is_never_given_to_tesseract(tmp_path, monkeypatch):
    source = fixturegen.build_corpus(tmp_path / "src", 1, seed=5)[0]
    with_photos = scans.with_photo_page(source, tmp_path / "med-bilder.pdf")

    def no_ocr(*args, **kwargs):
        raise AssertionError("OCR ran on a document with a text layer")

    monkeypatch.setattr(ocr, "recognise_pages", no_ocr)
    plain, report = extract_report(source, entities=False), extract_report(with_photos, entities=False)
    assert report.ocr is False and report.pages == plain.pages + 1
    assert [(s.key, s.text) for s in report.sections] == [(s.key, s.text) for s in plain.sections]
    assert f"sida {report.pages}: bara bilder, läses inte med OCR (rapporten har ett textlager)" in report.warnings


# -- OCR's bounds: pixels and a private folder ---------------------------------


def test_a_huge_page_is_rendered_under_the_pixel_cap():
    scale = ocr.render_scale(14_400, 14_400)
    assert (14_400 * scale) ** 2 <= ocr.MAX_PIXELS * 1.001
    assert ocr.render_scale(595, 842) == ocr.DPI / 72


def test_a_page_of_no_finite_size_is_not_rendered_for_ocr():
    # the same cap as the web view's page images (render.capped_scale): a broken box gives no scale
    from bilagor.extractor.render import SMALLEST_SCALE

    assert ocr.render_scale(595, float("nan")) < SMALLEST_SCALE
    assert ocr.render_scale(595, 2_147_483_647) < SMALLEST_SCALE


EMPTY_HOCR = b"<html><body><div class='ocr_page' title='bbox 0 0 10 10'></div></body></html>"


def one_page_pdf(path, width=595, height=842):
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(width, height))
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.text(70, 90, "Projektnamn")
    pdf.output(str(path))
    return path


def test_ocr_works_in_a_private_folder_inside_work_dir_and_removes_it(tmp_path, monkeypatch):
    seen = []

    def fake_tesseract(image, folder, name):
        seen.append((folder, stat.S_IMODE(folder.stat().st_mode), image.size))
        image.save(folder / f"{name}.png")
        return EMPTY_HOCR

    monkeypatch.setattr(ocr, "ocr_unavailable_reason", lambda: None)
    monkeypatch.setattr(ocr, "run_tesseract", fake_tesseract)
    monkeypatch.setattr(ocr, "_probe", lambda *page: None)  # its one word is read (print_probe would skip it)
    pdf = one_page_pdf(tmp_path / "huge.pdf", 14_400, 14_400)
    work = tmp_path / "arkiv" / "tmp"
    extract_report(pdf, ocr="always", entities=False, work_dir=work)
    ((folder, mode, size),) = seen
    assert folder.parent == work and mode == 0o700
    assert size[0] * size[1] <= ocr.MAX_PIXELS * 1.001
    assert not folder.exists() and list(work.iterdir()) == []


def test_ocr_folder_is_removed_on_ctrl_c(tmp_path, monkeypatch):
    seen = []

    def interrupted(image, folder, name):
        seen.append(folder)
        (folder / "page-1.png").write_bytes(b"half written")
        raise KeyboardInterrupt

    monkeypatch.setattr(ocr, "ocr_unavailable_reason", lambda: None)
    monkeypatch.setattr(ocr, "run_tesseract", interrupted)
    monkeypatch.setattr(ocr, "_probe", lambda *page: None)  # its one word is read (print_probe would skip it)
    with pytest.raises(KeyboardInterrupt):
        extract_report(one_page_pdf(tmp_path / "a.pdf"), ocr="always", entities=False, work_dir=tmp_path / "w")
    assert seen and not seen[0].exists()


def test_leftovers_of_a_killed_worker_are_removed(tmp_path):
    left = tmp_path / (ocr.FOLDER_PREFIX + "abc")
    left.mkdir()
    (left / "page-1.png").write_bytes(b"x")
    other = tmp_path / "records"
    other.mkdir()
    ocr.remove_leftovers(tmp_path)
    assert not left.exists() and other.exists()


@pytest.mark.ocr
@needs_tesseract
def test_tesseract_leaves_nothing_behind(tmp_path):
    from PIL import Image, ImageDraw

    image = Image.new("L", (600, 120), 255)
    ImageDraw.Draw(image).text((20, 40), "Projektnamn", fill=0)
    with ocr.private_folder(tmp_path) as folder:
        hocr = ocr.run_tesseract(image, folder, "page-1")
        assert b"ocr_page" in hocr and list(folder.iterdir()) == []
    assert list(tmp_path.iterdir()) == []


# -- specks --------------------------------------------------------------------


def test_lone_specks_are_wiped_and_punctuation_is_kept():
    import numpy as np

    from bilagor.extractor.specks import remove_specks

    scale = 300 / 72
    page = np.full((200, 600), 255, np.uint8)
    page[100:130, 50:62] = 0  # a letter's stem
    page[124:129, 64:69] = 0  # its full stop, 2 px away
    page[124:129, 175:180] = 0  # a full stop in a monospaced font: half a letter (14 px) from its "r"
    page[115:130, 150:161] = 0
    page[112:116, 100:116] = 0  # a spaced dash " - "
    page[40:44, 300:304] = 0  # dust, far from any ink
    page[160:163, 500:503] = 60  # a grey speck
    cleaned = remove_specks(page, scale)
    assert cleaned[40:44, 300:304].min() == 255 and cleaned[160:163, 500:503].min() == 255
    assert (cleaned[100:130, 50:62] == 0).all() and (cleaned[124:129, 64:69] == 0).all()
    assert (cleaned[112:116, 100:116] == 0).all() and (cleaned[124:129, 175:180] == 0).all()


def test_dust_read_as_punctuation_beside_a_line_is_dropped():
    words = [
        ("Torget", [100, 600, 260, 645]),
        ("har", [280, 600, 350, 645]),
        ("-", [372, 618, 384, 630]),
        ("under", [400, 600, 520, 645]),
        ("5", [540, 600, 560, 645]),
        ("-", [580, 620, 610, 626]),
        ("Uppföljning", [630, 600, 900, 650]),
        ("”", [930, 596, 942, 608]),
    ]
    kept = [text for text, _ in ocr.without_lone_marks(words)]
    assert kept == ["Torget", "har", "under", "5", "-", "Uppföljning"]  # the spaced dash (wide) stays
