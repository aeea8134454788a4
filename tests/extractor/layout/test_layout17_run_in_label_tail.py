"""Issue #12, seventeenth round (f-text): a bold label run in with its answer on one line ('Sökande' + answer)
whose cell wraps the label: its lowercase tail under it ('nämnd'), bold like the label and with no answer beside
it, is the label's, not a label of its own (which read empty and repeated the field)."""

from __future__ import annotations

from bilagor.extractor.words import Page
from factories import words
from layout_builders import TITLE, bold_run_in, lay_as_extractor, summary

BOLD = "Helvetica-Bold"
SIZE = 11.0
LEAD = 14.0


def _page(tail: list) -> Page:
    ws = list(TITLE)
    ws += bold_run_in("Kontaktperson", "Jonas Lind, trafikplanerare", 70.0, 100.0)
    ws += bold_run_in("Sökande", "Skarpnäcks stadsdelsnämnd", 70.0, 126.0)
    ws += tail
    ws += bold_run_in("Telefon", "08-508 12 345", 70.0, 165.0)
    return Page(1, 595.0, 842.0, ws)


def test_a_run_in_label_s_wrapped_tail_is_the_label_s():
    blocks = summary(lay_as_extractor([_page(words("nämnd", 70.0, 126.0 + LEAD, size=SIZE, font=BOLD))]))
    assert ("Sökande nämnd", "Skarpnäcks stadsdelsnämnd", 1) in blocks
    assert "nämnd" not in [label for label, _, _ in blocks]


def test_a_lowercase_line_in_body_type_under_a_run_in_label_is_no_label_tail():
    blocks = summary(lay_as_extractor([_page(words("och Farsta", 70.0, 126.0 + LEAD, size=SIZE))]))
    assert "Sökande och Farsta" not in [label for label, _, _ in blocks]
