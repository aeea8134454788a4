"""Issue #12, sixteenth round: monospaced prints of a case system or a line printer. A label too long
for its line wraps with a hanging indent (its second line set in); a rule typed out of "-" or "=" is
decoration, never an answer; a letterhead line (a sender, a file reference and a print date parted by
runs of spaces) in the title's own type is not the title. Pure steps on hand-made lines, then end to end
on the fixtures of tests/fixturegen/case_prints.py (tests/data/case_prints, raw Courier PDFs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilagor.extractor import extract_report
from bilagor.extractor.labels import is_known_wording, is_title_start
from bilagor.extractor.layout.lines import without_typed_rules
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.runin import join_wrapped_inline_labels
from bilagor.extractor.layout.titles import letterhead, title_lines
from bilagor.extractor.words import Page
from factories import words
from layout_builders import lay_as_extractor, summary

fixturegen = pytest.importorskip("fixturegen")
from fixturegen.case_prints import FIXTURES  # noqa: E402

PRINTS = Path(__file__).resolve().parents[2] / "data" / "case_prints"
FONT = "Courier"


def _line(text: str, x: float, top: float) -> Line:
    return Line(1, words(text, x, top, size=10.0, font=FONT))


def _spaced(runs: list[tuple[str, float]], top: float) -> Line:
    """One line of runs, each starting at its own x (runs of spaces between them)."""
    return Line(1, [w for text, x in runs for w in words(text, x, top, size=10.0, font=FONT)])


# --- a wrapped inline label's hanging indent ---------------------------------------------------


def test_a_wrapped_inline_label_set_in_on_its_second_line_is_one_label():
    lines = [
        _line("Beskrivning av ekonomiskt utfall och eventuell avvikelse mot", 56.0, 100.0),
        _line("kalkylerade utgifter: Kostnaden blev 410 000 kr.", 74.0, 112.0),
    ]
    joined = join_wrapped_inline_labels(lines, is_known_wording, tol=4.0)
    assert [ln.text for ln in joined] == [
        "Beskrivning av ekonomiskt utfall och eventuell avvikelse mot kalkylerade utgifter: Kostnaden blev 410 000 kr."
    ]


def test_an_answer_set_in_under_a_line_that_makes_no_label_is_not_joined():
    lines = [
        _line("Projektets mål och syfte: Investeringen avser belysning av", 56.0, 100.0),
        _line("gångstråket: entréerna och parkeringen.", 74.0, 112.0),
    ]
    assert len(join_wrapped_inline_labels(lines, is_known_wording, tol=4.0)) == 2


def test_a_label_wrapped_with_a_hanging_indent_heads_its_answer_in_a_form():
    rows = [
        ("Projektets namn: Belysning vid Farsta strand", 56.0, 100.0),
        ("Beskrivning av slutresultat utifrån investeringens mål, syfte och", 56.0, 124.0),
        ("platsens behov av trygghetsskapande åtgärd: Fler rör sig här.", 74.0, 136.0),
        ("Bilder före: Se bilaga.", 56.0, 160.0),
    ]
    ws = words("Bilaga 5 - Uppföljning trygghetsinvestering", 56.0, 60.0, size=10.0, font=FONT)
    for text, x, top in rows:
        ws += words(text, x, top, size=10.0, font=FONT)
    got = {label: text for label, text, _ in summary(lay_as_extractor([Page(1, 595.0, 842.0, ws)]))}
    label = (
        "Beskrivning av slutresultat utifrån investeringens mål, syfte och platsens behov av trygghetsskapande åtgärd:"
    )
    assert got[label] == "Fler rör sig här."


# --- typed rules ---------------------------------------------------------------------------------


def test_a_line_only_of_a_typed_rule_is_dropped_and_text_with_dashes_kept():
    lines = [
        _line("-" * 40, 56.0, 100.0),
        _line("====== ======", 56.0, 112.0),
        _line("Kostnad: 400 kr ----", 56.0, 124.0),
        _line("-", 56.0, 136.0),
    ]
    assert [ln.text for ln in without_typed_rules(lines)] == ["Kostnad: 400 kr ----", "-"]


# --- a letterhead in the title's type ------------------------------------------------------------


def test_a_letterhead_line_of_a_sender_a_reference_and_a_date_is_no_title():
    head = _spaced([("Trafikkontoret", 56.0), ("Dnr T2020-01234", 200.0), ("Utskrift 2020-05-04", 380.0)], 40.0)
    title = _line("Gångbana vid Rågsveds centrum. Slutredovisning", 56.0, 70.0)
    assert letterhead(head)
    assert not letterhead(title)
    assert [ln.text for ln in title_lines([head, title], 10.0, is_title_start)] == [title.text]


def test_a_title_with_its_reference_beside_it_is_still_the_title():
    line = _spaced([("Bilaga 5 - Uppföljning trygghetsinvestering", 56.0), ("Dnr 3.4-213-2024", 420.0)], 40.0)
    assert not letterhead(line)
    assert [ln.text for ln in title_lines([line], 10.0, is_title_start)] == [line.text]


def test_a_letterhead_opening_with_bilaga_gives_way_to_the_title_under_it():
    head = _spaced([("Bilaga 7", 56.0), ("Diarienr SDN 2019/44", 200.0), ("12 mars 2019", 400.0)], 40.0)
    title = _line("Bilaga 7 Ansökan om investeringsmedel för klimatinvesteringar", 56.0, 70.0)
    assert [ln.text for ln in title_lines([head, title], 10.0, is_title_start)] == [title.text]


# --- end to end on the committed prints ----------------------------------------------------------


def test_the_committed_prints_are_the_generators_output():
    for name, make in FIXTURES.items():
        assert (PRINTS / name).read_bytes() == make(), name


def test_an_inline_print_with_hanging_indents_reads_every_field_and_its_title():
    record = extract_report(PRINTS / "inline-hanging.pdf", entities=False).to_dict()
    assert record["title"] == "Bilaga 5 - Uppföljning trygghetsinvestering"
    assert [(s["key"], s["text"]) for s in record["sections"]] == [
        ("projektnamn", "Belysning av gångvägen vid Farsta strand"),
        ("slutresultat", "Fler rör sig nu på gångvägen efter mörkrets inbrott."),
        ("ekonomiskt_utfall", "Kostnaden blev 410 000 kr."),
        ("bilder_fore", "Se bilaga."),
    ]


def test_a_stacked_print_under_a_letterhead_reads_its_title_and_no_rule():
    record = extract_report(PRINTS / "stacked-letterhead.pdf", entities=False).to_dict()
    assert record["title"] == "Konstnärlig gestaltning i gångtunneln vid Hökarängen. Delredovisning"
    assert record["stage"] == "delredovisning"
    assert [(s["key"], s["text"]) for s in record["sections"]] == [
        ("plats", "Hökarängen, Farsta stadsdelsnämnd"),
        (
            "mal_och_syfte",
            "Boende har länge undvikit tunneln på kvällen. Konsten och ljuset ska göra den till en plats man går igenom.",
        ),
    ]
