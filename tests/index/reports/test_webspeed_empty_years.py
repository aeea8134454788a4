"""`bilagor amounts --by year` lists every year of the range, empty ones too (as the chart draws them)."""

import json

import pytest

from bilagor.cli.app import run
from bilagor.extractor.errors import ExitCode
from bilagor.index.archive import Archive
from bilagor.index.reports.amounts import UNKNOWN, GroupTotal, every_year, summarise_archive
from factories import make_report


@pytest.fixture(scope="module")
def gap_archive(tmp_path_factory):
    """Reports of 2015 and 2018 (none in 2016-2017) and one without a year."""
    folder = tmp_path_factory.mktemp("arkiv") / "arkiv"
    with Archive.open(folder, writable=True) as archive:
        archive.add(
            [
                make_report("a", year=2015, project="Belysning A"),
                make_report("b", year=2018, project="Belysning B"),
                make_report("c", year=None, project="Belysning C"),
            ]
        )
    return folder


def groups(folder, **options):
    with Archive.open(folder) as archive:
        return [(g.group, g.reports) for g in summarise_archive(archive, by="year", **options).groups]


def test_the_summary_has_the_empty_years_between_the_first_and_the_last(gap_archive):
    assert groups(gap_archive) == [("2015", 1), ("2016", 0), ("2017", 0), ("2018", 1), (UNKNOWN, 1)]


def test_a_year_filter_gives_every_year_of_its_range(gap_archive):
    assert groups(gap_archive, year="2014-2019") == [
        ("2014", 0),
        ("2015", 1),
        ("2016", 0),
        ("2017", 0),
        ("2018", 1),
        ("2019", 0),
    ]


def test_the_table_lists_the_empty_years_with_dashes(gap_archive, capsys):
    assert run(["amounts", "--archive", str(gap_archive), "--by", "year"]) == ExitCode.OK
    lines = capsys.readouterr().out.splitlines()
    empty = next(line for line in lines if line.strip().startswith("2016"))
    assert empty.split()[1:4] == ["0", "–", "–"]  # no reports, no budget, no outcome
    assert any(line.strip().startswith("2017") for line in lines)


def test_the_json_has_the_empty_years_too(gap_archive, capsys):
    assert run(["amounts", "--archive", str(gap_archive), "--by", "year", "--json"]) == ExitCode.OK
    data = json.loads(capsys.readouterr().out)
    assert [g["group"] for g in data["groups"]] == ["2015", "2016", "2017", "2018", UNKNOWN]
    assert data["total"]["reports"] == 3


def test_other_groupings_are_not_filled(gap_archive):
    with Archive.open(gap_archive) as archive:
        summary = summarise_archive(archive, by="district")
    assert [g.group for g in summary.groups] == ["Norrmalm"]


def test_every_year_keeps_the_groups_it_was_given():
    given = [GroupTotal("2010", reports=2), GroupTotal("2012", reports=1), GroupTotal(UNKNOWN, reports=4)]
    filled = every_year(given, None)
    assert [g.group for g in filled] == ["2010", "2011", "2012", UNKNOWN]
    assert filled[0] is given[0] and filled[2] is given[1] and filled[3] is given[2]
    assert every_year([GroupTotal(UNKNOWN)], None)[0].group == UNKNOWN


def test_an_implausible_year_is_not_filled_up_to(tmp_path):
    folder = tmp_path / "arkiv"
    with Archive.open(folder, writable=True) as archive:
        archive.add([make_report("a", year=2018), make_report("huge", year=2**40, project="Annat")])
    assert groups(folder) == [("2018", 1), (str(2**40), 1)]
    assert len(every_year([GroupTotal("2018")], (1000, 9999))) == 1  # a --year span too wide to fill


def test_a_year_filter_that_finds_no_report_gives_no_empty_year(gap_archive):
    # A year the archive does not hold was a table of one empty year; as search says "0 träffar", nothing is listed.
    assert groups(gap_archive, year="2021") == []
    assert groups(gap_archive, year="2020-2022") == []
    assert groups(gap_archive, year="2014-2015") == [("2014", 0), ("2015", 1)]  # control: a span with a report


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_amounts_for_a_year_not_held_prints_no_year_row_and_exits_as_search_does(gap_archive, capsys, fmt):
    code = run(["amounts", "--archive", str(gap_archive), "--year", "2021", "--format", fmt])
    out, err = capsys.readouterr()
    assert code == ExitCode.OK == run(["search", "--archive", str(gap_archive), "--year", "2021"])
    assert "arkivet har rapporter från 2015–2018" in err
    if fmt == "json":
        data = json.loads(out)
        assert data["groups"] == [] and data["total"]["reports"] == 0
    else:  # the header and the total row, no row of a year
        assert not [line for line in out.splitlines() if line.strip().startswith("2021")]
        assert out.strip()
