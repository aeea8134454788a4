"""`bilagor amounts` table: one unit, the deviation's arithmetic visible, ca only where it matters,
a group column that never wraps, --sort, --by role (issue #14, part 1)."""

import io
import re

import pytest

from bilagor.cli.app import run
from bilagor.cli.views.amounts import print_summary
from bilagor.extractor.errors import ExitCode, UsageError
from bilagor.index.reports.amounts import AmountRow, ReportRow, sort_groups, summarise
from factories import build_archive

NUMBER = re.compile(r"^[+-]?\d{1,3}(?:\u00a0\d{3})*(?:,\d+)?$")


def table(summary, *, unit="mnkr", width=None, monkeypatch=None) -> str:
    out = io.StringIO()
    if width is None:
        print_summary(summary, out, detail=False, to_terminal=False, unit=unit)
    else:
        monkeypatch.setenv("COLUMNS", str(width))
        print_summary(summary, out, detail=False, to_terminal=True, unit=unit)
    return out.getvalue()


def row(text: str, group: str) -> list[str]:
    line = next(line for line in text.splitlines() if line.startswith(group))
    # Thousands are separated by non-breaking spaces, which str.split() would split on.
    return [cell.replace("_", "\u00a0") for cell in line[len(group) :].replace("\u00a0", "_").split()]


def steps(cell: str) -> int:
    return int(cell.replace("\u00a0", "").replace(",", "").replace("+", ""))


def district_summary(**options):
    # Figures whose roundings do not add up: 1 234 567 - 1 111 111 = 123 456 (0,12 mnkr),
    # but the rounded 1,23 - 1,11 = 0,12; 1 005 000 - 994 999 rounds to 1,01 - 0,99 = 0,02.
    reports = [
        ReportRow("a", year=2018, district="Bromma"),
        ReportRow("b", year=2018, district="Farsta"),
        ReportRow("c", year=2019, district="Farsta"),
        ReportRow("d", year=2019, district="Skärholmen"),
        ReportRow("e", year=2019, district="Hägersten-Liljeholmen"),
        ReportRow("f", year=2019, district="Enskede-Årsta-Vantör"),
    ]
    amounts = [
        AmountRow("a", 1_111_111, "budget"),
        AmountRow("a", 1_234_567, "utfall", ord=1),
        AmountRow("b", 994_999, "budget"),
        AmountRow("b", 1_005_000, "utfall", ord=1),
        AmountRow("c", 3_000_000, "budget"),  # no outcome yet: not in the deviation
        AmountRow("d", 2_000_000, "budget"),
        AmountRow("d", 2_600_000, "utfall", approx=True, ord=1),
        AmountRow("e", 1_000_000, "budget"),
        AmountRow("e", 1_234_000, "utfall", approx=True, ord=1),
        AmountRow("f", 700_000, "budget"),
        AmountRow("f", 650_000, "utfall", ord=1),
    ]
    amounts = [AmountRow(**{**a.__dict__, "role_source": "cue"}) for a in amounts]
    return summarise(reports, amounts, by="district", **options)


def test_one_unit_in_the_header_and_fixed_decimals_in_every_row():
    text = table(district_summary())
    header = "\n".join(text.splitlines()[:2])
    assert header.count("mnkr") >= 4 and not re.search(r"\d\s?kr\b", text)
    cells = [c for g in ("Bromma", "Farsta", "Skärholmen", "Totalt") for c in row(text, g)[1:5] if c != "–"]
    assert cells and all(re.fullmatch(r"[+-]?\d+,\d\d", c) for c in cells), cells


@pytest.mark.parametrize(("unit", "budget"), [("kr", "1\u00a0111\u00a0111"), ("tkr", "1\u00a0111"), ("mnkr", "1,11")])
def test_unit_option_changes_every_money_cell(unit, budget):
    text = table(district_summary(), unit=unit)
    assert row(text, "Bromma")[1] == budget
    assert unit in text.splitlines()[1]


def test_deviation_is_outcome_minus_the_budget_beside_it_in_every_row_and_total():
    text = table(district_summary())
    for group in ("Bromma", "Farsta", "Skärholmen", "Hägersten-Liljeholmen", "Enskede-Årsta-Vantör", "Totalt"):
        _, _, outcome, compared, deviation, *_ = row(text, group)
        assert steps(deviation) == steps(outcome) - steps(compared), group
    # Farsta's 3,0 mnkr budget without an outcome is in Budget but not beside the deviation.
    assert row(text, "Farsta")[1:4] == ["3,99", "1,01", "0,99"]


def test_ca_only_where_a_hedged_figure_changes_the_rounded_value():
    text = table(district_summary())
    # "ca 2,6 mnkr" may be 2,55-2,65 mnkr: the second decimal is not known.
    assert row(text, "Skärholmen")[-1] == "ca"
    # "ca 1 234 000 kr" is 1,2335-1,2345 mnkr: 1,23 either way.
    assert row(text, "Hägersten-Liljeholmen")[-1] != "ca"
    # At one step coarser (tkr shows 1 234 either way) still no ca; in kronor the hedge shows.
    assert row(table(district_summary(), unit="kr"), "Hägersten-Liljeholmen")[-1] == "ca"


@pytest.mark.parametrize("width", [60, 80, 120])
def test_group_column_never_wraps_or_disappears(width, monkeypatch):
    text = table(district_summary(), width=width, monkeypatch=monkeypatch)
    lines = text.splitlines()
    table_lines = lines[: next(i for i, line in enumerate(lines) if line.startswith("Totalt")) + 1]
    assert all(len(line) <= width for line in table_lines)
    for name in ("Hägersten-Liljeholmen", "Enskede-Årsta-Vantör", "Skärholmen"):
        assert any(line.startswith(name + " ") for line in table_lines), (width, name)
    # The deviation and its two terms are the last to go.
    assert "Avvikelse" in table_lines[0] + table_lines[1] and "Utfall" in table_lines[0] + table_lines[1]
    if width >= 120:
        assert "%" in table_lines[1] and "Antal" in table_lines[1]


def test_long_group_names_are_cut_not_wrapped(monkeypatch):
    reports = [
        ReportRow(
            "a", project="Trygghetsbelysning längs gångvägen mellan Husby torg och tunnelbanan", district_today="Järva"
        )
    ]
    amounts = [AmountRow("a", 500_000, "budget", role_source="cue"), AmountRow("a", 450_000, "utfall", ord=1)]
    summary = summarise(reports, amounts, by="project")
    lines = table(summary, width=60, monkeypatch=monkeypatch).splitlines()
    row_line = next(line for line in lines if line.startswith("Trygghetsbelysning"))
    assert "…" in row_line and len(row_line) <= 60 and row_line.split()[-3:] == ["0,45", "0,50", "-0,05"]
    assert not any(line.startswith(("tunnelbanan", "Husby")) for line in lines)


def test_sort_puts_the_biggest_overspend_first():
    summary = sort_groups(district_summary(), "avvikelse")
    deviations = [g.deviation for g in summary.groups]
    assert [g.group for g in summary.groups][:2] == ["Skärholmen", "Hägersten-Liljeholmen"]  # +600 000, +234 000
    assert deviations == sorted(deviations, key=lambda d: (d is None, -(d or 0)))
    assert [g.group for g in sort_groups(district_summary(), "budget").groups][:2] == ["Farsta", "Skärholmen"]
    assert sort_groups(district_summary(), "utfall").groups[0].group == "Skärholmen"
    with pytest.raises(UsageError):
        sort_groups(district_summary(), "colour")


def test_sort_option_on_the_command_line(tmp_path, capsys):
    folder = build_archive(tmp_path / "arkiv")
    assert (
        run(["amounts", "--archive", str(folder), "--by", "district-today", "--sort", "avvikelse", "--format", "csv"])
        == ExitCode.OK
    )
    groups = [line.split(",")[0] for line in capsys.readouterr().out.splitlines()[1:]]
    assert groups[0] == "Järva"  # the only overspend (+50 000)


def test_by_role_labels_roles_that_are_never_summed():
    reports = [ReportRow("a")]
    amounts = [
        AmountRow("a", 900_000, "sokt"),
        AmountRow("a", 800_000, "beviljat", ord=1),
        AmountRow("a", 100_000, "annat", ord=2),
    ]
    text = table(summarise(reports, amounts, by="role"))
    assert "summeras inte" in " ".join(row(text, "sökt belopp"))
    assert "summeras inte" in " ".join(row(text, "annat"))
    assert "summeras inte" not in " ".join(row(text, "beviljat"))
    assert "sokt" not in text


def test_flagged_groups_keep_their_mark():
    reports = [ReportRow("a", district="Bromma"), ReportRow("b", district="Farsta")]
    amounts = [
        AmountRow("a", 1_000_000, "budget", role_source="cue"),
        AmountRow("a", 2_000_000, "budget", ord=1, role_source="cue"),  # two budgets: look at it
        AmountRow("b", 1_000_000, "budget", role_source="cue"),
    ]
    text = table(summarise(reports, amounts, by="district"))
    assert row(text, "Bromma")[-1] == "!" and row(text, "Farsta")[-1] != "!"


def test_outcome_without_budget_is_marked_not_silently_left_out_of_the_arithmetic():
    reports = [ReportRow("a", district="Bromma"), ReportRow("b", district="Bromma")]
    amounts = [
        AmountRow("a", 1_000_000, "budget", role_source="cue"),
        AmountRow("a", 900_000, "utfall", ord=1, role_source="cue"),
        AmountRow("b", 300_000, "utfall", role_source="cue"),
    ]  # an outcome with no budget
    text = table(summarise(reports, amounts, by="district"))
    cells = row(text, "Bromma")
    assert cells[1:5] == ["1,00", "1,20", "1,00", "-0,10"] and cells[-1] == "*"
    assert "*: rapporter med utfall men utan budget" in text


def test_a_project_name_gets_the_room_of_the_count_and_per_cent_before_it_is_cut(monkeypatch):
    # Cut at 22 characters, every project of a search for "kameraövervakning" read "Kameraövervakning …".
    places = ["Blackebergs centrum", "Brommaplan", "Skarpnäcks allé"]
    reports = [
        ReportRow(f"r{i}", project=f"Kameraövervakning {p}", district_today="Bromma") for i, p in enumerate(places)
    ]
    amounts = [AmountRow(f"r{i}", 1_000_000 + i, "budget", role_source="cue") for i in range(len(places))]
    lines = table(summarise(reports, amounts, by="project"), width=80, monkeypatch=monkeypatch).splitlines()
    assert all(any(line.startswith(f"Kameraövervakning {p}") for line in lines) for p in places), lines
    assert all(len(line) <= 80 for line in lines[: next(i for i, s in enumerate(lines) if s.startswith("Totalt"))])
    # Budget stays (a budget without an outcome yet would show nothing else); what went is named.
    assert "Budget" in lines[0] + lines[1] and "Antal" not in lines[1]
    assert any(line.startswith("Visas inte på en så smal terminal: Antal, Avv. %") for line in lines)


def test_a_table_that_fits_names_no_column_left_out(monkeypatch):
    assert "Visas inte" not in table(district_summary(), width=120, monkeypatch=monkeypatch)
