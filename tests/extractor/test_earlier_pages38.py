"""Thirty-third round (h38/r-review): what a document's earlier pages read reaches a later page through one state
object (pdf_reader.EarlierPages): a form's last field alone on its page, its label turned, is read in the column of
turned labels the first page read, and not when that page is read alone."""

from __future__ import annotations

from bilagor.extractor.pdf_reader import EarlierPages, read_page, read_pdf


def _form(path):
    """Two pages of a table whose labels are turned to read upwards left of a wall at x 90 pt: two rows on the
    first page, the last row alone on the second."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_font("helvetica", size=10)
    for rows in (
        [("Projektnamn", "Trygghetsbelysning i parken"), ("Plats", "Spånga IP")],
        [("Resultat", "Projektet blev klart i tid och inom sin budget")],
    ):
        pdf.add_page()
        bottom = 100 + 100 * len(rows)
        for y in range(100, bottom + 1, 100):
            pdf.line(50, y, 545, y)
        pdf.line(90, 100, 90, bottom)
        for n, (label, answer) in enumerate(rows):
            with pdf.rotation(90, 75, 195 + 100 * n):
                pdf.text(75, 195 + 100 * n, label)
            pdf.text(100, 115 + 100 * n, answer)
    pdf.output(str(path))
    return path


def test_a_lone_turned_label_is_read_in_the_column_the_documents_first_page_read(tmp_path) -> None:
    path = _form(tmp_path / "form.pdf")
    first, last = read_pdf(path).pages
    assert {"Projektnamn", "Plats"} <= {w.text for w in first.words}
    assert "Resultat" in {w.text for w in last.words}
    alone, _ = read_page(path, 2)  # no earlier page read: one turned label alone stays out
    assert "Resultat" not in {w.text for w in alone.words}


def test_each_document_starts_with_nothing_read() -> None:
    one, other = EarlierPages(), EarlierPages()
    one.shown.add(3)
    one.label_walls.append(90.0)
    assert other == EarlierPages(shown=set(), label_walls=[])
