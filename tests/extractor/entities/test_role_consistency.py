"""The report-level consistency step (extractor/entities/role_consistency.py), over plain data.

Each rule changes a role the rules left weak only where a report's amounts constrain it by
arithmetic; the controls pass on both the code before and after."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bilagor.extractor.entities.role_consistency import CONSISTENCY, consistent_roles
from bilagor.extractor.record import Amount


def amount(text: str, sek: int, role: str, source: str, sentence: str, section: str = "ekonomiskt_utfall") -> Amount:
    return Amount(text, sek, False, role, section, 1, sentence, role_source=source)


def roles(amounts: list[Amount]) -> list[tuple[str, str | None]]:
    return [(a.role, a.role_source) for a in amounts]


# --- a deviation is the difference of a budget and an outcome -----------------------------------


def _table(diff_source: str = "clause", diff_line: str = "Diff: +2 tkr") -> list[Amount]:
    return [
        amount("62 tkr", 62_000, "utfall", "clause", "Utfall: 62 tkr"),
        amount("60 tkr", 60_000, "budget", "cue", "Budget: 60 tkr"),
        amount("2 tkr", 2_000, "budget", diff_source, diff_line),
    ]


def test_a_stated_difference_of_budget_and_outcome_is_the_deviation():
    changed = consistent_roles(_table())
    assert roles(changed) == [("utfall", "clause"), ("budget", "cue"), ("avvikelse", CONSISTENCY)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Slutkostnaden är 8,3 mnkr, en ökning med 0,8 mnkr som främst beror på ledningsflytt.",
        "Det blev 0,8 mnkr dyrare än kalkylen.",
        "Överskridandet om 0,8 mnkr förklaras av höjda priser.",
        "Skillnad 0,8 mnkr",
    ],
)
def test_the_difference_is_named_by_a_word_in_its_sentence(sentence):
    amounts = [
        amount("7,5 mnkr", 7_500_000, "budget", "clause", "Enligt beslutet skulle åtgärden kosta 7,5 mnkr."),
        amount("8,3 mnkr", 8_300_000, "utfall", "cue", "Slutkostnaden är 8,3 mnkr."),
        amount("0,8 mnkr", 800_000, "utfall", "clause", sentence),
    ]
    assert consistent_roles(amounts)[2].role == "avvikelse"


def test_a_difference_told_by_a_cue_the_text_states_outright_is_kept():
    assert roles(consistent_roles(_table(diff_source="cue"))) == roles(_table(diff_source="cue"))


def test_an_amount_no_word_gave_a_role_becomes_the_named_difference():
    amounts = _table()
    amounts[2] = replace(amounts[2], role="annat", role_source="default")
    assert roles(consistent_roles(amounts))[2] == ("avvikelse", CONSISTENCY)


def test_a_difference_with_no_deviation_word_or_sign_is_kept():
    # "Fika 2 tkr" is 62 - 60 by chance: nothing says it is the difference.
    amounts = _table(diff_line="Fika till volontärerna: 2 tkr")
    assert roles(consistent_roles(amounts)) == roles(amounts)


def test_a_difference_larger_than_a_figure_it_is_the_difference_of_is_kept():
    amounts = [
        amount("100 000 kr", 100_000, "budget", "cue", "Budget 100 000 kr."),
        amount("300 000 kr", 300_000, "utfall", "cue", "Utfall 300 000 kr."),
        amount("200 000 kr", 200_000, "utfall", "clause", "Ökningen med 200 000 kr beror på nya stolpar."),
    ]
    # 300 000 − 100 000 = 200 000, but a deviation bigger than the budget is more likely a figure of its own.
    assert roles(consistent_roles(amounts)) == roles(amounts)


def test_an_amount_left_over_is_not_made_a_deviation():
    # Money left over is annat unless named a deviation (tests/data/roles/README.md).
    amounts = [
        amount("1 000 000 kr", 1_000_000, "beviljat", "cue", "Av beviljade 1 000 000 kr har 640 000 kr använts."),
        amount("640 000 kr", 640_000, "utfall", "clause", "Av beviljade 1 000 000 kr har 640 000 kr använts."),
        amount("360 000 kr", 360_000, "annat", "cue", "Resterande 360 000 kr återlämnas."),
    ]
    assert roles(consistent_roles(amounts)) == roles(amounts)


# --- parts listed before a total sum to it --------------------------------------------------------


def _two_columns(source: str = "clause") -> list[Amount]:
    lines = ["Belysning: 320 000 / 331 500", "Plantering: 80 000 / 61 000", "Summa: 400 000 / 392 500"]
    values = [(320_000, 0), (331_500, 0), (80_000, 1), (61_000, 1), (400_000, 2), (392_500, 2)]
    return [
        amount(f"{sek:,}".replace(",", " "), sek, "utfall", source if line < 2 else "clause", lines[line])
        for sek, line in values
    ]


def test_parts_before_their_total_are_not_summed_beside_it():
    changed = consistent_roles(_two_columns())
    assert [a.role for a in changed] == ["annat", "annat", "annat", "annat", "utfall", "utfall"]
    assert {a.role_source for a in changed[:4]} == {CONSISTENCY}


def test_parts_under_a_cue_for_the_whole_list_are_parts_too():
    # "Kostnaderna" names the list; the total keeps the role, its parts are not summed beside it.
    sentence = "Kostnaderna i kronor: material 18 500, container 4 200, fika 1 300. Summa 24 000 kr."
    amounts = [
        amount("18 500", 18_500, "utfall", "cue", sentence),
        amount("4 200", 4_200, "utfall", "clause", sentence),
        amount("1 300", 1_300, "utfall", "clause", sentence),
        amount("24 000 kr", 24_000, "utfall", "context", sentence),
    ]
    assert [a.role for a in consistent_roles(amounts)] == ["annat", "annat", "annat", "utfall"]


def test_parts_after_their_total_are_kept():
    # only a list before its total is read as its parts ("Summa 400 000; belysning 320 000 …" is not)
    amounts = list(reversed(_two_columns()))
    assert roles(consistent_roles(amounts)) == roles(amounts)


def test_parts_that_add_up_two_ways_are_kept():
    # 50 + 150 and 100 + 100 both make 200: which are the parts is not clear.
    amounts = [
        amount("50 000 kr", 50_000, "budget", "clause", "Etapp 1: 50 000 kr"),
        amount("150 000 kr", 150_000, "budget", "clause", "Etapp 2: 150 000 kr"),
        amount("100 000 kr", 100_000, "budget", "clause", "Etapp 3: 100 000 kr"),
        amount("100 000 kr", 100_000, "budget", "clause", "Etapp 4: 100 000 kr"),
        amount("200 000 kr", 200_000, "budget", "clause", "Totalt 200 000 kr"),
    ]
    assert roles(consistent_roles(amounts)) == roles(amounts)


def test_parts_of_another_role_or_section_are_kept():
    amounts = [
        amount("300 000 kr", 300_000, "budget", "clause", "Budget 300 000 kr", section="beskrivning"),
        amount("200 000 kr", 200_000, "budget", "clause", "Etapp 2: 200 000 kr"),
        amount("500 000 kr", 500_000, "budget", "clause", "Totalt 500 000 kr"),
        amount("100 000 kr", 100_000, "utfall", "clause", "Förbrukat 100 000 kr"),
    ]
    # no set of parts adds up (the budget of another section is no part); since the eighth round the
    # figure before "Totalt" in its section is a part of that named total (role_totals), the rest stay
    expected = roles(amounts)
    expected[1] = ("annat", CONSISTENCY)
    assert roles(consistent_roles(amounts)) == expected


def test_the_step_returns_new_amounts_and_leaves_its_input_alone():
    amounts = _table()
    before = [replace(a) for a in amounts]
    consistent_roles(amounts)
    assert amounts == before


# --- where it runs: once per report, over every section's amounts ---------------------------------


def _report():
    from bilagor.extractor.record import Section
    from factories import make_report

    return make_report(
        "consistency",
        sections=[
            Section("ekonomiskt_utfall", "Ekonomiskt utfall", "Utfall: 62 tkr\nBudget: 60 tkr", 1),
            Section("avvikelser", "Avvikelser", "+2 tkr", 2),
        ],
    )


def test_find_entities_runs_the_step_once_over_the_whole_report(monkeypatch):
    import bilagor.extractor.entities.role_consistency as step
    from bilagor.extractor.entities import find_entities

    calls: list[list[Amount]] = []
    monkeypatch.setattr(step, "consistent_roles", lambda amounts: calls.append(list(amounts)) or list(amounts))
    amounts, _ = find_entities(_report())
    assert [[a.text for a in call] for call in calls] == [["62 tkr", "60 tkr", "2 tkr"]]
    assert [a.text for a in amounts] == ["62 tkr", "60 tkr", "2 tkr"]


def test_a_report_gets_the_deviation_from_sections_apart():
    from bilagor.extractor.entities import find_entities

    amounts, _ = find_entities(_report())
    # alone in its section, "+2 tkr" gets no role from a word (only its sign names a difference); the report's
    # budget and outcome make it their difference
    assert [(a.role, a.role_source) for a in amounts][2] == ("avvikelse", CONSISTENCY)


def test_the_record_and_its_schema_take_the_new_role_source():
    from bilagor.extractor.record import ROLE_SOURCES, Report
    from factories import make_report, validate_record

    assert CONSISTENCY in ROLE_SOURCES
    report = make_report("c", amounts=[amount("2 tkr", 2_000, "avvikelse", CONSISTENCY, "Diff: +2 tkr")])
    data = report.to_dict()
    validate_record(data)
    assert Report.from_dict(data).amounts[0].role_source == CONSISTENCY
