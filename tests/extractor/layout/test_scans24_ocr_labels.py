"""Issue #12, f-ocrlayout: OCR'd lines made into the wrong labels and answers (the eighteenth forms set's image
families, dev half: h18-041, h18-047, h18-063 an answer read as a second label; h18-028 the form's first label,
unknown and run in with its answer, not split, so the title's stage line took that line as its answer). Hand-made OCR pages (no font names, sizes
as OCR measures them: line heights), with label and answer texts of their own."""

from __future__ import annotations

from bilagor.extractor.api import fill_report
from bilagor.extractor.labels import is_label
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.runin import inline_form
from bilagor.extractor.record import Report
from bilagor.extractor.words import Page

from factories import words
from layout_builders import lay_as_extractor, summary

X = 54.0


def _page(lines: list[tuple[str, float, float]]) -> Page:
    """A scanned page of (text, top, measured size) lines at the left margin, no font names."""
    made = [w for text, top, size in lines for w in words(text, X, top, size=size, font="")]
    return Page(1, 595.0, 842.0, made)


def _stacked(rows: list[tuple[str, str]], title: str, top: float = 110.0) -> Page:
    """Labels alone on their lines above their answers (an empty answer: no line), 16 pt apart, 10 pt type."""
    lines = [(title, 80.0, 13.5)]
    for label, answer in rows:
        lines.append((label, top, 10.0))
        top += 16.0
        if answer:
            lines.append((answer, top, 10.0))
            top += 21.0
    return _page(lines)


APPLICATION = "Bilaga 5b Ansökan om investeringsmedel för trygghetsskapande åtgärder"


def test_an_answer_a_keyword_reads_as_a_label_is_the_answer_of_the_label_above_it():
    # "projektledare" is a keyword of the contact label: the answer line was read as a second contact label
    rows = [
        ("Namn på insats", "Belysta gångstråk vid Hagsätra torg"),
        ("Sökande nämnd", "Farsta stadsdelsnämnd"),
        ("Kontaktperson", "Lena Ekström, projektledare"),
        ("Telefon", "08-508 77 100"),
    ]
    blocks = summary(lay_as_extractor([_stacked(rows, APPLICATION)]))
    assert [(label, text) for label, text, _ in blocks] == rows


def test_a_long_project_name_holding_a_label_keyword_is_the_projects_name():
    # "samverkan" is the collaboration label's keyword: a project's name with it was read as that label
    name = "Ljus på Trädgårdstorget i samverkan med bostadsbolagen"
    rows = [("Projektnamn", name), ("Plats", "Trädgårdstorget, Skarpnäcks stadsdelsnämnd")]
    blocks = summary(lay_as_extractor([_stacked(rows, "Bilaga 5 Uppföljning trygghetsinvestering")]))
    assert [(label, text) for label, text, _ in blocks] == rows


def test_a_label_under_an_empty_label_is_still_a_label():
    # the answer rule takes only a line that is no template label word for word
    rows = [("Ev medsökande nämnd", ""), ("Kontaktperson", "Omar Nilsson, samordnare"), ("E-post", "")]
    blocks = summary(lay_as_extractor([_stacked(rows, APPLICATION)]))
    assert [label for label, _, _ in blocks] == ["Ev medsökande nämnd", "Kontaktperson", "E-post"]


# --- a traffic office's title over three lines, labels run in with their answers ------------------------------

TRAFFIC = [
    ("Belysning och röjning av sly längs gångvägen mellan Bagarmossen och Skarpnäcks", 85.0, 15.7),
    ("gård för en tryggare väg till skolan.", 104.0, 15.7),
    ("Slutredovisning", 122.5, 15.2),
    ("Förhistoria: Boende har under flera år framfört att vägen känns otrygg.", 154.0, 11.9),
    ("Plats: Gångvägen vid Skarpnäcks gård, Skarpnäcks stadsdelsnämnd", 190.0, 11.9),
    ("Syfte och mål: Att fler ska gå och cykla längs vägen även kvällstid.", 212.0, 11.9),
    ("Resultat: Vägen är nu upplyst hela vägen fram till skolan.", 248.0, 11.9),
]


def test_a_scanned_title_wrapped_as_a_sentence_and_its_stage_line_are_the_title():
    report = fill_report(Report("x", [], "a.pdf", 1, True, "0"), [_page(TRAFFIC)])
    assert report.title == " ".join(text for text, _, _ in TRAFFIC[:3])
    assert report.stage == "slutredovisning"
    assert [s.label for s in report.sections] == ["Förhistoria:", "Plats:", "Syfte och mål:", "Resultat:"]
    assert report.sections[0].text == "Boende har under flera år framfört att vägen känns otrygg."


def _line(text: str, top: float) -> Line:
    return Line(1, words(text, X, top, size=11.0, font=""))


def test_a_form_with_known_labels_run_in_writes_its_labels_inline():
    lines = [_line(text, top) for text, top, _ in TRAFFIC]
    assert inline_form(lines, is_label)


def test_one_known_label_run_in_does_not_make_a_form_inline():
    lines = [_line("Plats: Gångvägen vid Skarpnäcks gård", 100.0), _line("Obs: Arbetet fortsätter i vår.", 120.0)]
    assert not inline_form(lines, is_label)


def test_the_first_unknown_label_of_an_inline_scan_opens_its_section():
    page = _page(TRAFFIC[3:])
    blocks = summary(lay_as_extractor([page]))
    assert blocks[0][:2] == ("Förhistoria:", "Boende har under flera år framfört att vägen känns otrygg.")
