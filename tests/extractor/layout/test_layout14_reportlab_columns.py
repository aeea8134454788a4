"""Issue #12, fourteenth round: another producer's page in two newspaper columns. reportlab's platypus
flows bold headings and their answers (ragged or justified) through two frames; the running header in the
top margin holds the appendix left and the file number flush right, far above the text, and the page
number sits in the bottom margin. The header's gap above the columns once ended them before they began
(a gap far from the rest was taken for a footer's only), so the page was read across the gutter. A right
column holding only an answer running on from the left one (no label of its own) is a column too."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer

from bilagor.extractor import extract_report

RESULT = (
    "Belysningen längs gångvägen har bytts ut och buskagen har röjts så att sikten mot tunnelbanan blir "
    "bättre. Boende och polisen har deltagit i en uppföljande trygghetsvandring där platsen fick bättre "
    "omdömen än tidigare."
)
FIELDS = [
    ("Projektnamn", "Trygghetsbelysning längs gångvägen vid Farsta strand"),
    ("Geografisk plats för investering", "Farsta strand, Farsta stadsdelsområde"),
    ("Projektets mål och syfte", " ".join([RESULT] * 3)),
    (
        "Beskrivning av slutresultat utifrån investeringens mål, syfte och platsens behov av trygghetsskapande åtgärd",
        " ".join([RESULT] * 6),
    ),
    (
        "Beskrivning av eventuella avvikelser i projektets genomförande",
        "Arbetet blev klart en månad senare än planerat på grund av sena leveranser av armaturer.",
    ),
    (
        "Beskrivning av ekonomiskt utfall och eventuell avvikelse mot kalkylerade utgifter",
        "Beviljat belopp var 1,3 mnkr och utfallet blev 1,2 mnkr.",
    ),
    ("Bilder före", "Se bilaga 1."),
    ("Bilder efter", "Se bilaga 2."),
]


def _build(path: Path, alignment: int, fields: list[tuple[str, str]] = FIELDS) -> None:
    width, height = A4
    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=13, alignment=alignment)
    head = ParagraphStyle("head", fontName="Times-Bold", fontSize=11, leading=14, spaceBefore=6)
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=15, leading=18)

    def margins(canvas, doc) -> None:
        canvas.setFont("Helvetica", 8)
        canvas.drawString(56, height - 30, "Bilaga 5")
        canvas.drawRightString(width - 56, height - 30, "Dnr 1.2.3-456-2023")
        canvas.drawString(56, 30, f"Sida {doc.page}")

    doc = BaseDocTemplate(str(path), pagesize=A4)
    column = (width - 112 - 18) / 2
    frames = [Frame(56, 50, column, height - 110), Frame(56 + column + 18, 50, column, height - 110)]
    doc.addPageTemplates([PageTemplate(frames=frames, onPage=margins)])
    story = [Paragraph("Bilaga 5 - Uppföljning trygghetsinvestering", title), Spacer(1, 8)]
    for label, answer in fields:
        story += [Paragraph(label, head), Paragraph(answer, body)]
    doc.build(story)


@pytest.mark.parametrize("alignment", [TA_LEFT, TA_JUSTIFY], ids=["ragged", "justified"])
def test_reportlab_frames_in_two_columns_are_read_column_by_column(tmp_path, alignment):
    pdf = tmp_path / "columns.pdf"
    _build(pdf, alignment)
    report = extract_report(pdf, entities=False)
    assert report.pages == 1
    assert [(s.label, s.text) for s in report.sections] == FIELDS


def test_an_answer_running_over_the_column_and_page_break_stays_one_answer(tmp_path):
    # The long result fills the rest of the left column, all of the right one (no label of its own there)
    # and runs on to the second page.
    fields = [(label, " ".join([RESULT] * 21) if i == 3 else answer) for i, (label, answer) in enumerate(FIELDS)]
    pdf = tmp_path / "long.pdf"
    _build(pdf, TA_LEFT, fields)
    report = extract_report(pdf, entities=False)
    assert report.pages == 2
    assert [(s.label, s.text) for s in report.sections] == fields
