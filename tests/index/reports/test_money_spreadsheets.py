"""Spreadsheets for Swedish Excel: --excel csv, formatted xlsx, one row per report (issue #14, part 2)."""

import csv
import io

import pytest

from bilagor.cli.app import run
from bilagor.extractor.errors import ExitCode
from bilagor.extractor.record import Amount
from bilagor.index.archive import Archive
from bilagor.index.reports.amounts import AmountRow, report_figures
from bilagor.index.reports.per_report import per_report_row
from bilagor.index.reports.words import FORM_WORDS, ROLE_WORDS, STATUS_WORDS, word
from factories import build_archive, fixture_reports, make_report, report_id


@pytest.fixture(scope="module")
def archive_dir(tmp_path_factory):
    return build_archive(tmp_path_factory.mktemp("arkiv") / "arkiv")


def cli(*args):
    return run(list(args))


def excel_rows(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")  # Excel needs the BOM to read UTF-8
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def test_words_cover_every_code_a_person_could_see():
    assert word("status", "not_summed") == "summeras inte"
    assert word("role", "sokt") == "sökt belopp"
    assert word("form_kind", "okand") == "okänd"
    from bilagor.extractor.record import AMOUNT_ROLES

    assert set(ROLE_WORDS) == set(AMOUNT_ROLES)
    assert {"budget", "outcome", "repeated", "not_summed", "superseded"} == set(STATUS_WORDS)
    assert set(FORM_WORDS) == {"uppfoljning", "ansokan", "okand"}


def test_amounts_excel_csv(archive_dir, capsys):
    assert cli("amounts", "--archive", str(archive_dir), "--excel") == ExitCode.OK
    rows = excel_rows(capsys.readouterr().out)
    assert rows[0][:5] == ["År", "Antal rapporter", "Varav ansökningar", "Budget (kr)", "Utfall (kr)"]
    assert rows[1] == ["2018", "2", "0", "7000000", "2600000", "5000000", "-2400000", "-48,0", "ca"]
    assert rows[-1][:3] == ["Totalt", "6", "1"] and rows[-1][7] == "-32,5"
    assert rows[3][-1] == ""  # 2020: nothing hedged


def test_amounts_excel_detail_uses_swedish_words(archive_dir, tmp_path):
    target = tmp_path / "belopp.csv"
    assert cli("amounts", "--archive", str(archive_dir), "--excel", "--detail", "-o", str(target)) == ExitCode.OK
    text = target.read_text(encoding="utf-8")
    rows = excel_rows(text)
    header = rows[0]
    status = [r[header.index("Räknad som")] for r in rows[1:]]
    roles = {r[header.index("Roll")] for r in rows[1:]}
    assert "summeras inte" in status and "not_summed" not in status
    assert "sökt belopp" in roles and "sokt" not in roles
    assert {r[header.index("Ungefärlig")] for r in rows[1:]} == {"ca", ""}


def test_excel_refuses_other_formats(archive_dir, capsys):
    assert cli("amounts", "--archive", str(archive_dir), "--excel", "--format", "json") == ExitCode.USAGE
    assert cli("export", "--archive", str(archive_dir), "--excel", "--format", "opensearch") == ExitCode.USAGE
    assert "Traceback" not in capsys.readouterr().err


def test_export_excel_csv_per_amount(tmp_path, capsys):
    folder = tmp_path / "arkiv"
    risky = make_report(
        "x",
        project='=HYPERLINK("http://example.org")',
        amounts=[Amount("ca 220 000 kr", 220_000, True, "sokt", "sokt_belopp", 1, "Vi söker ca 220 000 kr.")],
    )
    with Archive.open(folder, writable=True) as archive:
        archive.add([risky])
    assert cli("export", "--archive", str(folder), "--excel") == ExitCode.OK
    rows = excel_rows(capsys.readouterr().out)
    header = rows[0]
    assert header[:3] == ["Id", "Fil", "Sökväg"] and "Roll" in header and "Belopp (kr)" in header
    row = dict(zip(header, rows[1]))
    assert row["Roll"] == "sökt belopp" and row["Ungefärlig"] == "ca" and row["Belopp (kr)"] == "220000"
    assert row["Projekt"].startswith("'=")  # stays text in a spreadsheet


def test_per_report_row_uses_the_one_figures_definition():
    report = fixture_reports()[0]  # A: budget 5 mnkr twice (counted once), ca 2,6 mnkr outcome
    row = per_report_row(report)
    figures = report_figures(
        [AmountRow(report.id, a.sek, a.role, a.approx, ord=i) for i, a in enumerate(report.amounts)]
    )
    assert (row["budget"], row["outcome"]) == (figures.budget, figures.outcome) == (5_000_000, 2_600_000)
    assert row["deviation"] == -2_400_000 and row["approx"] is True
    assert row["economy_page"] == 1 and row["path"] == "/data/A.pdf"


def test_export_per_report_csv(archive_dir, capsys):
    assert cli("export", "--archive", str(archive_dir), "--format", "csv", "--per-report") == ExitCode.OK
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(capsys.readouterr().out))}
    assert len(rows) == len(fixture_reports())
    grant = rows[report_id("E")]  # beviljat stands in for the missing budget; sokt is never summed
    assert (grant["budget"], grant["outcome"], grant["deviation"], grant["approx"]) == (
        "800000",
        "850000",
        "50000",
        "1",
    )
    application = rows[report_id("F")]
    assert (application["budget"], application["outcome"], application["deviation"]) == ("", "", "")
    assert list(rows[report_id("A")])[:4] == ["id", "filename", "path", "economy_page"]


def test_export_per_report_excel(archive_dir, capsys):
    assert cli("export", "--archive", str(archive_dir), "--per-report", "--excel") == ExitCode.OK
    rows = excel_rows(capsys.readouterr().out)
    assert rows[0][:4] == ["Id", "Fil", "Sökväg", "Sida för ekonomi"] and "Varningar" in rows[0]
    assert len(rows) == 1 + len(fixture_reports())


def test_xlsx_is_formatted_for_people(archive_dir, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    target = tmp_path / "belopp.xlsx"
    assert (
        cli("amounts", "--archive", str(archive_dir), "--format", "xlsx", "--detail", "-o", str(target)) == ExitCode.OK
    )
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Sammanställning", "Belopp", "Rapporter"]
    summary = book["Sammanställning"]
    assert summary.freeze_panes == "A2" and summary.auto_filter.ref
    assert (
        summary["D2"].value == 7_000_000  # after "Varav ansökningar" (C)
        and "#,##0" in summary["D2"].number_format
        and "kr" in summary["D2"].number_format
    )
    assert summary["I2"].value == "ca" and summary["I4"].value in (None, "")
    assert summary.column_dimensions["A"].width >= len("Totalt")
    detail = book["Belopp"]
    header = [c.value for c in detail[1]]
    statuses = {row[header.index("Räknad som")] for row in detail.iter_rows(min_row=2, values_only=True)}
    assert "summeras inte" in statuses and "not_summed" not in statuses
    reports = book["Rapporter"]
    header = [c.value for c in reports[1]]
    assert header[:4] == ["Id", "Fil", "Sökväg", "Sida för ekonomi"]
    by_id = {row[0]: row for row in reports.iter_rows(min_row=2, values_only=True)}
    assert len(by_id) == 7
    assert by_id[report_id("A")][header.index("Budget (kr)")] == 5_000_000


def test_xlsx_cell_that_looks_like_a_formula_stays_text(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    folder = tmp_path / "arkiv"
    with Archive.open(folder, writable=True) as archive:
        archive.add([make_report("x", project="=1+1")])
    target = tmp_path / "b.xlsx"
    assert (
        cli("amounts", "--archive", str(folder), "--by", "project", "--format", "xlsx", "-o", str(target))
        == ExitCode.OK
    )
    cell = openpyxl.load_workbook(target)["Sammanställning"]["A2"]
    assert cell.data_type == "s" and cell.value.startswith("=1+1")


def test_section_keys_are_shown_as_headings():
    assert word("section", "ekonomiskt_utfall") == "Ekonomiskt utfall"
    assert word("section", "ovrig_information") == "Ovrig information"
    from bilagor.extractor.labels import canonical_keys
    from bilagor.index.reports.words import SECTION_WORDS

    assert set(SECTION_WORDS) == set(canonical_keys())


def test_excel_detail_has_section_headings_not_keys(archive_dir, capsys):
    assert cli("amounts", "--archive", str(archive_dir), "--excel", "--detail") == ExitCode.OK
    rows = excel_rows(capsys.readouterr().out)
    sections = {r[rows[0].index("Avsnitt")] for r in rows[1:]}
    assert "Ekonomiskt utfall" in sections and "ekonomiskt_utfall" not in sections
