"""A page turned upright by /Rotate 90 or 270 whose form is drawn sideways inside a form XObject (a landscape
MediaBox; the XObject placed with a quarter-turn matrix), as a tool that imposes or stamps pages writes it:
read as the upright form it shows. (Issue #12, thirteenth round: the sideways matplotlib family; pdfminer turns
such a page by its /Rotate, and this checks the words land on the page as shown.)"""

from __future__ import annotations

import pytest

from bilagor.extractor import extract_report
from bilagor.extractor.pdf_reader import read_pdf

W, H = 595.0, 842.0  # the form as shown: A4 portrait
ROWS = [
    ("Projektnamn", "Trygga gångstråk i Farsta"),
    ("Plats", "Farsta strand"),
    ("Avvikelser", "Arbetet blev klart en månad senare än planerat."),
    ("Ekonomiskt utfall", "Kostnaden blev 410 000 kr."),
]
# /Rotate -> the matrix placing the upright form on the landscape MediaBox so that the turn shows it upright
TURNS = {90: (0, 1, -1, 0, H, 0), 270: (0, -1, 1, 0, 0, W)}


def _sideways(path, rotate: int) -> None:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=(W, H))  # with a page rotation ReportLab writes a landscape MediaBox
    pdf.beginForm("form", lowerx=0, lowery=0, upperx=W, uppery=H)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(50, 780, "Bilaga 5 - Uppföljning trygghetsinvestering")
    y = 730.0
    for label, answer in ROWS:
        pdf.setFont("Helvetica-Bold", 10)
        pdf.drawString(50, y, label)
        pdf.setFont("Helvetica", 10)
        pdf.drawString(200, y, answer)
        y -= 30
    pdf.drawString(W / 2 - 20, 40, "Sida 1 (1)")
    pdf.endForm()
    pdf.setPageRotation(rotate)
    pdf.saveState()
    pdf.transform(*TURNS[rotate])
    pdf.doForm("form")
    pdf.restoreState()
    pdf.showPage()
    pdf.save()


@pytest.mark.parametrize("rotate", sorted(TURNS))
def test_a_form_drawn_sideways_in_an_xobject_on_a_turned_page_reads_upright(tmp_path, rotate):
    path = tmp_path / f"sideways{rotate}.pdf"
    _sideways(path, rotate)
    assert b"/MediaBox [ 0 0 842 595 ]" in path.read_bytes() and f"/Rotate {rotate}".encode() in path.read_bytes()
    page = read_pdf(path).pages[0]
    assert (page.width, page.height) == (W, H)
    assert all(0 <= w.x0 < w.x1 <= W and 0 <= w.top < w.bottom <= H for w in page.words)
    record = extract_report(path, entities=False, ocr="never").to_dict()
    assert record["title"] == "Bilaga 5 - Uppföljning trygghetsinvestering"
    assert [(s["label"], s["text"]) for s in record["sections"]] == ROWS
