"""`bilagor amounts --by district` lists a district by the name its report gives, so an archive of ten years
has "Norrmalm" and "Norra innerstaden" as two rows of one area: a note under the table names the merged
districts and the grouping that joins them, `--json` has them as `former_districts`, and the web page says the
same in its own words. Seen failing before the change (no note, no key)."""

from __future__ import annotations

import json

import pytest
from factories import make_report

from bilagor.cli.app import run
from bilagor.extractor.errors import ExitCode
from bilagor.index.archive import Archive
from bilagor.index.reports.amounts import former_districts


@pytest.fixture(scope="module")
def archive_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("former") / "arkiv"
    reports = [
        make_report("norrmalm2018", district="Norrmalm", district_today="Norra innerstaden", year=2018),
        make_report(
            "ostermalm2019", district="Östermalm", district_today="Norra innerstaden", year=2019, project="Belysning"
        ),
        make_report("inner2024", district="Norra innerstaden", district_today="Norra innerstaden", year=2024),
        make_report("kista2021", district="Rinkeby-Kista", district_today="Järva", year=2021, project="Pollare"),
        make_report("bromma2020", district="Bromma", district_today="Bromma", year=2020, project="Utegym"),
    ]
    with Archive.open(folder, writable=True) as archive:
        archive.add(reports)
    return folder


def amounts(capsys, archive_dir, *args) -> str:
    code = run(["amounts", "--archive", str(archive_dir), *args])
    out, err = capsys.readouterr()
    assert code == ExitCode.OK, err
    return out


def test_the_table_by_district_names_the_merged_districts_and_how_to_join_them(archive_dir, capsys):
    out = " ".join(amounts(capsys, archive_dir, "--by", "district").split())
    assert (
        "Sammanslagna stadsdelar: Norrmalm och Östermalm ingår sedan 2023 i Norra innerstaden; Rinkeby-Kista sedan "
        "2023 i Järva. Raderna följer namnet i rapporten; --by district-today räknar dem under stadsdelen i dag."
    ) in out


def test_the_pairs_by_district_and_year_say_it_too(archive_dir, capsys):
    out = " ".join(amounts(capsys, archive_dir, "--by", "district,year").split())
    assert "Sammanslagna stadsdelar: Norrmalm och Östermalm ingår sedan 2023 i Norra innerstaden" in out


@pytest.mark.parametrize("by", ["year", "project"])
def test_groupings_without_former_names_have_no_such_note(archive_dir, capsys, by):
    assert "Sammanslagna" not in amounts(capsys, archive_dir, "--by", by)


@pytest.mark.parametrize("by", ["district-today", "district-today,year"])
def test_todays_districts_say_whose_reports_their_rows_hold(archive_dir, capsys, by):
    """By district today a row "Järva · 2021" holds Rinkeby-Kista's report of a year before Järva existed: the
    note names the former committees whose reports today's rows hold (it said nothing before: the rows mixed
    both names' figures without a word)."""
    out = " ".join(amounts(capsys, archive_dir, "--by", by).split())
    assert (
        "Sammanslagna stadsdelar: Rinkeby-Kista ingår sedan 2023 i Järva; Norrmalm och Östermalm sedan 2023 i Norra "
        "innerstaden. Raderna räknar deras rapporter under stadsdelen i dag, också år före sammanslagningen; "
        "--by district visar dem var för sig."
    ) in out
    only_bromma = amounts(capsys, archive_dir, "--by", by, "--district", "Bromma")
    assert "Sammanslagna" not in only_bromma


def test_a_table_of_todays_districts_only_has_no_note(archive_dir, capsys):
    out = amounts(capsys, archive_dir, "--by", "district", "--district", "Bromma")
    assert "Bromma" in out and "Sammanslagna" not in out


def test_json_lists_the_former_districts_with_their_district_of_today(archive_dir, capsys):
    data = json.loads(amounts(capsys, archive_dir, "--by", "district", "--json"))
    assert data["former_districts"] == [
        {"district": "Norrmalm", "today": "Norra innerstaden", "since": 2023},
        {"district": "Rinkeby-Kista", "today": "Järva", "since": 2023},
        {"district": "Östermalm", "today": "Norra innerstaden", "since": 2023},
    ]
    today = json.loads(amounts(capsys, archive_dir, "--by", "district-today", "--json"))["former_districts"]
    assert [row["district"] for row in today] == ["Rinkeby-Kista", "Norrmalm", "Östermalm"]  # in the rows' order
    assert json.loads(amounts(capsys, archive_dir, "--by", "year", "--json"))["former_districts"] == []


def test_former_districts_reads_a_pair_by_its_district_and_leaves_other_names():
    groups = ["Älvsjö · 2019", "Älvsjö · 2020", "(okänt) · 2020", "Farsta · 2021", "Totalt"]
    assert former_districts("district,year", groups) == [
        {"district": "Älvsjö", "today": "Hägersten-Älvsjö", "since": 2020}
    ]
    assert former_districts("year", ["2019"]) == []


def test_the_web_page_says_it_with_its_own_grouping_name(archive_dir):
    from web_archive import web_client

    with web_client(archive_dir) as client:
        html = " ".join(client.get("/amounts", params={"by": "district"}).text.split())
    assert "Sammanslagna stadsdelar: Norrmalm och Östermalm ingår sedan 2023 i Norra innerstaden" in html
    assert "grupperingen &#34;Stadsdel i dag&#34; räknar dem under stadsdelen i dag" in html  # no flags on a page


def test_stats_says_which_district_of_today_a_former_one_is_part_of(archive_dir, capsys):
    assert run(["stats", "--archive", str(archive_dir)]) == ExitCode.OK
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines() if line.startswith("  ")}
    assert lines["Norrmalm"].endswith("(i dag Norra innerstaden)")
    assert lines["Rinkeby-Kista"].endswith("(i dag Järva)")
    assert "i dag" not in lines["Bromma"] and "i dag" not in lines["Norra"]
