"""Issue #12, thirtieth round (h35/f-textforms): "Label: answer" pairs two a row whose answers wrap back to the
pair's left edge, under its bold label (ploticus' inline pairs). Hand-made words; each class told by evidence
on the page."""

from __future__ import annotations

from bilagor.extractor.words import Page, Word
from factories import words
from layout_builders import lay_as_extractor, summary

BOLD = "Helvetica-Bold"


def _pair(label: str, answer: str, x: float, top: float) -> list[Word]:
    """A bold "Label:" and its answer a word space after it, on one line."""
    head = words(label, x, top, 10, BOLD)
    return head + words(answer, head[-1].x1 + 2.8, top, 10) if answer else head


def _pairs_page(rows: list[tuple[tuple[str, str, list[str]], tuple[str, str, list[str]]]]) -> Page:
    """A form whose short fields are pairs two a row (left at 57, right at 309), each answer's further lines at
    its pair's left edge, then a heading over a paragraph."""
    ws = words("Bilaga 7 Ansökan om investeringsmedel för klimatinvesteringar", 57, 64, 14, BOLD)
    top = 92.0
    for pairs in rows:
        low = top
        for (label, answer, more), x in zip(pairs, (57.0, 309.0)):
            ws += _pair(label, answer, x, top)
            for k, line in enumerate(more, 1):
                ws += words(line, x, top + 14.3 * k, 10)
                low = max(low, top + 14.3 * k)
        top = low + 20.0
    ws += words("1. Beskrivning (mål och syfte)", 57, top + 15, 10, BOLD)
    ws += words("Gammal belysning med hög energiförbrukning ska ersättas med moderna armaturer.", 57, top + 33, 10)
    return Page(1, 595.0, 842.0, ws)


def test_answers_wrapped_back_under_their_bold_labels_stay_in_their_pairs() -> None:
    page = _pairs_page(
        [
            (("Namn på insats:", "Energieffektiv belysning", ["Tensta centrum"]), ("Sökt belopp:", "2 933 000 kr", [])),
            (
                ("Sökande nämnd:", "Spånga-Tensta", ["stadsdelsnämnd"]),
                ("Ev medsökande nämnd:", "Farsta", ["stadsdelsnämnd"]),
            ),
            (("Kontaktperson:", "Anna Lindqvist,", ["områdeschef"]), ("Telefon:", "08-508 49 664", [])),
        ]
    )
    got = {label: text for label, text, _ in summary(lay_as_extractor([page]))}
    assert got["Namn på insats:"] == "Energieffektiv belysning Tensta centrum"
    assert got["Sökt belopp:"] == "2 933 000 kr"
    assert got["Sökande nämnd:"] == "Spånga-Tensta stadsdelsnämnd"
    assert got["Ev medsökande nämnd:"] == "Farsta stadsdelsnämnd"
    assert got["Kontaktperson:"] == "Anna Lindqvist, områdeschef"


def test_a_long_answer_wrapped_back_under_its_label_is_not_the_next_pairs() -> None:
    long = ["boende i Johannelunds gångbro i enlighet med", "stadsdelsnämndens handlingsplan för ökad", "trygghet"]
    page = _pairs_page(
        [
            (("Namn på insats:", "Trygghetsvandringar med", long), ("Sökt belopp:", "824 000 kr", [])),
            (("Kontaktperson:", "Nora Karlén", []), ("Telefon:", "08-508 26 207", [])),
        ]
    )
    got = {label: text for label, text, _ in summary(lay_as_extractor([page]))}
    assert got["Namn på insats:"] == "Trygghetsvandringar med " + " ".join(long)
    assert got["Sökt belopp:"] == "824 000 kr"
