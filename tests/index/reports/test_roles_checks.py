"""`bilagor amounts --check` and the record warnings: each reason to look at a
report's figures, the "!" marker on the table, and the list with its sentence."""

from __future__ import annotations

import json

import pytest

from bilagor.cli.app import run
from bilagor.extractor.entities.checks import (
    OUTCOME_OVER_TWICE_BUDGET,
    RANGE_SUMMED,
    ROLE_BY_DEFAULT,
    TWO_BUDGETS,
    figure_checks,
    figure_warnings,
)
from bilagor.extractor.record import Amount
from bilagor.index.archive import Archive
from factories import make_report


def _amount(role, sek, source="cue", high=None, page=1, sentence=None):
    text = f"{sek} kr"
    return Amount(
        text,
        sek,
        False,
        role,
        "ekonomiskt_utfall",
        page,
        sentence or f"Meningen med {text}.",
        role_source=source,
        high=high,
    )


def reasons(amounts):
    return [(c.reason, c.amount.sek) for c in figure_checks(amounts)]


def test_clean_report_has_no_check():
    assert (
        reasons([_amount("budget", 500_000), _amount("utfall", 480_000), _amount("annat", 9, source="default")]) == []
    )


def test_summed_figure_from_section_or_default_is_checked():
    assert reasons([_amount("budget", 500_000, source="section"), _amount("utfall", 480_000)]) == [
        (ROLE_BY_DEFAULT, 500_000)
    ]


def test_missing_figure_with_a_defaulted_amount_is_checked():
    # No outcome found, and one amount was left as "annat" for want of a cue: it may be the outcome.
    assert reasons([_amount("budget", 500_000), _amount("annat", 470_000, source="default")]) == [
        (ROLE_BY_DEFAULT, 470_000)
    ]


def test_two_different_budgets_are_checked():
    assert reasons(
        [_amount("budget", 500_000), _amount("budget", 500_000), _amount("budget", 400_000), _amount("utfall", 800_000)]
    ) == [(TWO_BUDGETS, 400_000)]


def test_grants_count_as_the_budget_when_there_is_none():
    assert reasons([_amount("beviljat", 1_000_000), _amount("beviljat", 300_000), _amount("utfall", 1_200_000)]) == [
        (TWO_BUDGETS, 300_000)
    ]


def test_outcome_above_twice_the_budget_is_checked():
    assert reasons([_amount("budget", 100_000), _amount("utfall", 200_000)]) == []
    assert reasons([_amount("budget", 100_000), _amount("utfall", 250_000)]) == [(OUTCOME_OVER_TWICE_BUDGET, 250_000)]


def test_summed_range_is_checked():
    assert reasons([_amount("budget", 2_000_000, high=3_000_000), _amount("utfall", 2_500_000)]) == [
        (RANGE_SUMMED, 2_000_000)
    ]
    # A range that is not summed (a forecast) needs no look.
    assert (
        reasons(
            [_amount("budget", 2_000_000), _amount("prognos", 2_000_000, high=3_000_000), _amount("utfall", 2_500_000)]
        )
        == []
    )


def test_warnings_name_the_amount_page_and_reason():
    [line] = figure_warnings([_amount("budget", 100_000, page=3), _amount("utfall", 250_000, page=3)])
    assert line.startswith("belopp: '250000 kr', sida 3: ") and "dubbla budgeten" in line


def test_extracted_record_carries_the_warning():
    from bilagor.extractor.entities import find_amounts

    amounts = find_amounts("Budgeten var 1 mnkr. Utfallet blev 3 mnkr.", "ekonomiskt_utfall", page=2)
    assert [w.split(":")[0] for w in figure_warnings(amounts)] == ["belopp"]


@pytest.fixture(scope="module")
def archive_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("arkiv") / "arkiv"
    ok = make_report(
        "ok", year=2019, project="Belysning", amounts=[_amount("budget", 500_000), _amount("utfall", 480_000)]
    )
    odd = make_report(
        "odd",
        year=2020,
        project="Kameror",
        filename="kameror.pdf",
        amounts=[
            _amount("budget", 100_000, page=2, sentence="Budgeten var 100 000 kr."),
            _amount("utfall", 450_000, page=2, sentence="Kostnaden blev 450 000 kr."),
        ],
    )
    with Archive.open(folder, writable=True) as archive:
        archive.add([ok, odd])
    return folder, ok.id, odd.id


def test_check_lists_report_file_page_sentence_and_why(archive_dir, capsys):
    folder, _, odd = archive_dir
    assert run(["amounts", "--archive", str(folder), "--check", "--json"]) == 0
    checks = json.loads(capsys.readouterr().out)
    assert [(c["report_id"], c["filename"], c["page"], c["sentence"], c["reason"]) for c in checks] == [
        (odd, "kameror.pdf", 2, "Kostnaden blev 450 000 kr.", OUTCOME_OVER_TWICE_BUDGET)
    ]
    assert run(["amounts", "--archive", str(folder), "--check"]) == 0
    out = capsys.readouterr().out
    assert odd[:8] in out and "kameror.pdf" in out and "sida 2" in out and "Kostnaden blev 450 000 kr." in out


def test_table_marks_the_group_with_a_footnote(archive_dir, capsys):
    folder, _, _ = archive_dir
    assert run(["amounts", "--archive", str(folder)]) == 0
    lines = capsys.readouterr().out.splitlines()
    row_2019 = next(line for line in lines if line.strip().startswith("2019"))
    row_2020 = next(line for line in lines if line.strip().startswith("2020"))
    assert "!" not in row_2019 and row_2020.rstrip().endswith("!")
    assert any(line.startswith("!:") for line in lines)


def test_check_refuses_csv(archive_dir, capsys):
    folder, _, _ = archive_dir
    assert run(["amounts", "--archive", str(folder), "--check", "--format", "csv"]) == 2
    assert "--check" in capsys.readouterr().err


def test_extract_report_writes_the_warning_into_the_record(tmp_path):
    from fpdf import FPDF

    from bilagor.extractor import extract_report

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 14, "Budgeten var 100 000 kr. Kostnaden blev 450 000 kr.", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "rapport.pdf"
    pdf.output(str(path))
    report = extract_report(path, ocr="never")
    assert [(a.sek, a.role) for a in report.amounts] == [(100_000, "budget"), (450_000, "utfall")]
    assert any("dubbla budgeten" in w for w in report.warnings)


def test_detail_shows_page_sentence_and_why_the_role(archive_dir, capsys):
    folder, _, odd = archive_dir
    assert run(["amounts", "--archive", str(folder), "--detail", "--year", "2020"]) == 0
    out = capsys.readouterr().out
    assert "Kostnaden blev 450 000 kr." in out and "sida 2" in out and "utfall (ordet vid beloppet)" in out
    assert run(["amounts", "--archive", str(folder), "--detail", "--json", "--year", "2020"]) == 0
    rows = json.loads(capsys.readouterr().out)["detail"]
    assert {(d["page"], d["role_source"]) for d in rows} == {(2, "cue")}
