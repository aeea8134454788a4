"""`bilagor amounts` on a fixture archive, against hand-computed totals.

The fixture (figures in kronor):
  A 2018 Norrmalm      Kameraövervakning, slut: budget 5 000 000 twice (one counted),
                       utfall ca 2 600 000, annat 4 200 000 (prior year)       orgs Polisen, Stokab
  G 2018 Bromma        Belysning Tunnlandsparken, del: budget 2 000 000, prognos 1 900 000
  B 2019 Farsta        Trygghetsbelysning Farsta strand, del: budget 1 200 000, utfall 400 000
                       -> superseded by C
  D 2019 Östermalm     Röjning av buskage, slut: budget 300 000 + 250 000, utfall 500 000,
                       annat (varav) 100 000                                    orgs Polisen
  E 2019 Rinkeby-Kista Pollare Husby torg, slut: beviljat 800 000 (no budget), utfall
                       drygt 850 000, sokt 900 000                            orgs Polisen, Svenska Bostäder
  C 2020 Farsta        trygghetsbelysning  farsta strand, slut: budget 1 200 000,
                       utfall 1 150 000, avvikelse 50 000
  F 2020 Skärholmen    Utegym (ansökan): sokt 220 000

Hand-computed per year:
  2018: A, G   budget 7 000 000  outcome 2 600 000  deviation (A only) -2 400 000 = -48,0 %  ca
  2019: D, E   budget 1 350 000  outcome 1 350 000  deviation 0 = 0,0 %                   ca
  2020: C, F   budget 1 200 000  outcome 1 150 000  deviation -50 000 = -4,2 %
  total 6 reports, budget 9 550 000, outcome 5 100 000, deviation (A, C, D, E) -2 450 000 = -32,5 %
"""

import csv
import io
import json
import sys

import pytest

from bilagor.cli.app import run
from bilagor.extractor.errors import ExitCode
from bilagor.index.reports.amounts import summarise_archive
from bilagor.index.archive import Archive
from factories import build_archive, fixture_reports, make_report, report_id


@pytest.fixture(scope="module")
def archive_dir(tmp_path_factory):
    # Tests only read it: one archive (and one search index build) per module.
    return build_archive(tmp_path_factory.mktemp("arkiv") / "arkiv")


def summary(folder, query=None, **options):
    with Archive.open(folder) as archive:
        return summarise_archive(archive, query, **options)


def rows_of(s):
    return [(g.group, g.reports, g.budget, g.outcome, g.deviation, g.deviation_pct, g.approx) for g in s.groups]


# -- library -----------------------------------------------------------------


def test_totals_per_year_match_hand_computed_sums(archive_dir):
    s = summary(archive_dir)
    assert rows_of(s) == [
        ("2018", 2, 7_000_000, 2_600_000, -2_400_000, -48.0, True),
        ("2019", 2, 1_350_000, 1_350_000, 0, 0.0, True),
        ("2020", 2, 1_200_000, 1_150_000, -50_000, -4.2, False),
    ]
    t = s.total
    assert (t.reports, t.budget, t.outcome, t.deviation, t.deviation_pct) == (
        6,
        9_550_000,
        5_100_000,
        -2_450_000,
        -32.5,
    )
    assert s.superseded == {report_id("B"): report_id("C")}


def test_year_filter_keeps_superseded_report_out(archive_dir):
    s = summary(archive_dir, year="2019")
    assert rows_of(s) == [("2019", 2, 1_350_000, 1_350_000, 0, 0.0, True)]
    assert summary(archive_dir, year="2018-2019").total.reports == 4


def test_by_district_today_and_merged_district_filter(archive_dir):
    s = summary(archive_dir, by="district-today")
    got = {g.group: (g.reports, g.budget, g.outcome) for g in s.groups}
    assert got == {
        "Bromma": (1, 2_000_000, 0),
        "Farsta": (1, 1_200_000, 1_150_000),
        "Järva": (1, 800_000, 850_000),
        "Norra innerstaden": (2, 5_550_000, 3_100_000),
        "Skärholmen": (1, 0, 0),
    }
    inner = summary(archive_dir, by="district", district="Norra innerstaden")
    assert [(g.group, g.budget) for g in inner.groups] == [("Norrmalm", 5_000_000), ("Östermalm", 550_000)]
    assert [g.group for g in summary(archive_dir, by="district", district="Norrmalm").groups] == ["Norrmalm"]


def test_by_org_overlaps_and_total_is_distinct(archive_dir):
    s = summary(archive_dir, by="org")
    police = next(g for g in s.groups if g.group == "Polisen")
    assert (police.reports, police.budget, police.outcome) == (3, 6_350_000, 3_950_000)
    assert sum(g.reports for g in s.groups) > s.total.reports == 6


def test_by_role_sums(archive_dir):
    s = summary(archive_dir, by="role")
    got = {g.group: (g.reports, g.roles[g.group]) for g in s.groups}
    assert got == {
        "budget": (4, 8_750_000),
        "utfall": (4, 5_100_000),
        "beviljat": (1, 800_000),
        "sokt": (2, 1_120_000),
        "prognos": (1, 1_900_000),
        "avvikelse": (1, 50_000),
        "annat": (2, 4_300_000),
    }


def test_role_filter_keeps_reports_with_that_role(archive_dir):
    s = summary(archive_dir, role="sokt")
    assert s.total.reports == 2 and s.total.budget == 800_000


def test_query_restricts_to_matching_reports(archive_dir):
    s = summary(archive_dir, "kameraövervakning")
    assert rows_of(s) == [("2018", 1, 5_000_000, 2_600_000, -2_400_000, -48.0, True)]


def test_query_matching_only_a_superseded_report_counts_nothing(archive_dir):
    # B (delredovisning 2019) and C (slutredovisning 2020) are one project; its figures come from C.
    both = summary(archive_dir, "trygghetsbelysning")
    assert rows_of(both) == [("2020", 1, 1_200_000, 1_150_000, -50_000, -4.2, False)]
    with Archive.open(archive_dir) as archive:
        assert archive.matching_ids("trygghetsbelysning år:2019") == [report_id("B")]
    only_b = summary(archive_dir, "trygghetsbelysning år:2019")
    assert only_b.groups == [] and only_b.superseded == {report_id("B"): report_id("C")}


def test_detail_lists_every_amount_with_how_it_counted(archive_dir):
    s = summary(archive_dir, detail=True)
    assert len(s.detail) == sum(len(r.amounts) for r in fixture_reports())
    a_rows = [(d.role, d.sek, d.status) for d in s.detail if d.report_id == report_id("A")]
    assert a_rows == [
        ("utfall", 2_600_000, "outcome"),
        ("budget", 5_000_000, "budget"),
        ("budget", 5_000_000, "repeated"),
        ("annat", 4_200_000, "not_summed"),
    ]
    counted = sum(d.sek for d in s.detail if d.status == "budget")
    assert counted == s.total.budget


# -- command line ------------------------------------------------------------


def amounts_cli(folder, *args):
    return run(["amounts", "--archive", str(folder), *args])


def test_table_has_swedish_money_and_a_total_row(archive_dir, capsys):
    assert amounts_cli(archive_dir) == ExitCode.OK
    out = capsys.readouterr().out.replace("\u00a0", " ")
    lines = out.splitlines()
    row_2018 = next(line for line in lines if line.startswith("2018")).split()
    # of them applications, budget, outcome, budget of the reports with an outcome, deviation, per cent (unit mnkr
    # in the header)
    assert row_2018[2:8] == ["0", "7,00", "2,60", "5,00", "-2,40", "-48,0"]
    assert row_2018[-1] == "ca"
    total = next(line for line in lines if line.startswith("Totalt")).split()
    assert total[1:8] == ["6", "1", "9,55", "5,10", "7,55", "-2,45", "-32,5"]
    assert "1 av rapporterna är ansökningar utan uppföljning i arkivet" in out


def test_table_for_amounts_below_a_million(archive_dir, capsys):
    assert amounts_cli(archive_dir, "--by", "project", "--year", "2019", "--unit", "kr") == ExitCode.OK
    out = capsys.readouterr().out.replace("\u00a0", " ")
    row = next(line for line in out.splitlines() if line.startswith("Röjning av buskage"))
    assert "550 000" in row and "500 000" in row and "-50 000" in row


def test_table_shows_a_dash_where_a_group_has_no_figure_of_the_kind(archive_dir, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "160")  # every column shown
    assert amounts_cli(archive_dir, "--by", "project") == ExitCode.OK
    lines = capsys.readouterr().out.replace("\u00a0", " ").splitlines()
    budget_only = next(line for line in lines if line.startswith("Belysning ")).split()
    assert budget_only[-5:] == ["2,00", "–", "–", "–", "–"]  # budget, no outcome yet: not "0,00"
    neither = next(line for line in lines if line.startswith("Utegym (")).split()
    assert neither[-5:] == ["–", "–", "–", "–", "–"]


def test_csv_reads_back_with_plain_integers(archive_dir, capsys):
    assert amounts_cli(archive_dir, "--format", "csv") == ExitCode.OK
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["group"], int(r["budget"]), int(r["outcome"]), r["approx"]) for r in rows] == [
        ("2018", 7_000_000, 2_600_000, "1"),
        ("2019", 1_350_000, 1_350_000, "1"),
        ("2020", 1_200_000, 1_150_000, "0"),
    ]


def test_csv_detail_to_file(archive_dir, tmp_path):
    target = tmp_path / "belopp.csv"
    assert amounts_cli(archive_dir, "--detail", "--format", "csv", "-o", str(target)) == ExitCode.OK
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert len(rows) == 19
    assert sum(int(r["sek"]) for r in rows if r["status"] == "outcome") == 5_100_000
    assert {r["status"] for r in rows if r["report_id"] == report_id("B")} == {"superseded"}


@pytest.mark.parametrize("flag", [["--json"], ["--format", "json"]])
def test_json_structure(archive_dir, capsys, flag):
    assert amounts_cli(archive_dir, "--by", "district-today", *flag) == ExitCode.OK
    data = json.loads(capsys.readouterr().out)
    assert data["by"] == "district-today"
    assert sum(g["budget"] for g in data["groups"]) == data["total"]["budget"] == 9_550_000
    assert all(isinstance(g["outcome"], int) for g in data["groups"])
    assert data["superseded"] == {report_id("B"): report_id("C")}


def test_xlsx_reads_back(archive_dir, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    target = tmp_path / "belopp.xlsx"
    assert amounts_cli(archive_dir, "--format", "xlsx", "--detail", "-o", str(target)) == ExitCode.OK
    book = openpyxl.load_workbook(target)
    rows = list(book["Sammanställning"].iter_rows(values_only=True))
    assert rows[0][:5] == ("År", "Antal rapporter", "Varav ansökningar", "Budget (kr)", "Utfall (kr)")
    assert rows[1][:5] == ("2018", 2, 0, 7_000_000, 2_600_000)
    total = next(i for i, row in enumerate(rows) if row[0] == "Totalt")
    assert rows[total][:5] == ("Totalt", 6, 1, 9_550_000, 5_100_000)
    assert rows[total + 1][0] is None and rows[total + 2][0].startswith("Avvikelse = ")  # the notes, past a gap
    assert book["Belopp"].max_row == 20  # header + 19 amounts


def test_detail_table_shows_sentences(archive_dir, capsys):
    assert amounts_cli(archive_dir, "--detail", "--year", "2018") == ExitCode.OK
    out = capsys.readouterr().out
    assert "jämfört med budget på 5,0 mnkr" in out
    assert report_id("A")[:8] in out and "upprepad" in out


def test_xlsx_without_output_is_a_usage_error(archive_dir, capsys):
    assert amounts_cli(archive_dir, "--format", "xlsx") == ExitCode.USAGE
    assert "-o" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args",
    [["--by", "colour"], ["--year", "20x8"], ["--district", "Gotham"], ["--role", "skatt"], ["--chart", "x.gif"]],
)
def test_bad_options_exit_2(archive_dir, capsys, args):
    assert amounts_cli(archive_dir, *args) == ExitCode.USAGE
    assert "Traceback" not in capsys.readouterr().err


def test_missing_archive_is_one_line_error(tmp_path, capsys):
    assert amounts_cli(tmp_path / "finns-inte") == ExitCode.ARCHIVE_UNAVAILABLE
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "finns-inte" in err[0]
    assert not (tmp_path / "finns-inte").exists()


def test_output_to_missing_folder_is_one_line_error(archive_dir, tmp_path, capsys):
    assert amounts_cli(archive_dir, "--format", "csv", "-o", str(tmp_path / "nej" / "x.csv")) == ExitCode.BAD_INPUT
    assert "nej" in capsys.readouterr().err


def test_json_detail_lists_amounts_with_status(archive_dir, capsys):
    assert amounts_cli(archive_dir, "--json", "--detail", "--year", "2019") == ExitCode.OK
    data = json.loads(capsys.readouterr().out)
    statuses = {(d["role"], d["sek"]): d["status"] for d in data["detail"] if d["report_id"] == report_id("E")}
    assert statuses == {
        ("beviljat", 800_000): "budget",
        ("utfall", 850_000): "outcome",
        ("sokt", 900_000): "not_summed",
    }


def test_xlsx_without_openpyxl_is_a_clear_error(archive_dir, tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # makes the import fail
    target = tmp_path / "belopp.xlsx"
    assert amounts_cli(archive_dir, "--format", "xlsx", "-o", str(target)) == ExitCode.MISSING_DEPENDENCY
    assert "pip install openpyxl" in capsys.readouterr().err and not target.exists()


def test_group_names_are_printed_literally(tmp_path, capsys):
    folder = tmp_path / "arkiv"
    with Archive.open(folder, writable=True) as archive:
        archive.add([make_report("z", project="Belysning [/etapp 2]")])
    assert amounts_cli(folder, "--by", "project") == ExitCode.OK
    assert "Belysning [/etapp 2]" in capsys.readouterr().out
