"""`bilagor amounts --district X` files a report without a district of its own by its place,
as `bilagor search --district X` does (index.filters.filter_district): the library's summary,
the command's table and JSON, and `--check`."""

from __future__ import annotations

import json

import pytest
from factories import district_ids, make_report, report_id

from bilagor.cli.app import run
from bilagor.extractor.errors import ExitCode
from bilagor.extractor.record import Amount, Section
from bilagor.index.archive import Archive
from bilagor.index.reports.amounts import summarise_archive


def _placeless(seed: str, *, year: int, location: str | None = None, text: str = "", **overrides):
    """A report that names no district: only its location, text or path says where it is."""
    sections = [Section("projektnamn", "Projektnamn", f"Belysning {seed}", 1)]
    if text:
        sections.append(Section("beskrivning", "Beskrivning", text, 1))
    return make_report(
        seed,
        district=None,
        district_today=None,
        year=year,
        project=f"Belysning {seed}",
        location=location,
        sections=sections,
        **overrides,
    )


TWO_BUDGETS = [  # a report whose figures `--check` lists (two different budgets)
    Amount("1 mnkr", 1_000_000, False, "budget", "ekonomi", 1, "Budgeten var 1 mnkr."),
    Amount("2 mnkr", 2_000_000, False, "budget", "ekonomi", 1, "Budgeten var sedan 2 mnkr."),
]


@pytest.fixture(scope="module")
def archive_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("placed") / "arkiv"
    reports = [
        _placeless("husby2019", year=2019, location="Husby torg"),  # Rinkeby-Kista in 2019
        _placeless("husby2024", year=2024, location="Husby centrum"),  # Järva in 2024
        _placeless("medborgarplatsen", year=2018, location="Medborgarplatsen", amounts=TWO_BUDGETS),
        _placeless("polis", year=2018, text="Enligt lokalpolisområde Farsta har otryggheten minskat."),
        _placeless("nowhere", year=2018, location="Hela staden"),
        make_report("norrmalm", district="Norrmalm", district_today="Norra innerstaden", year=2018),
        make_report("soder", district="Södermalm", district_today="Södermalm", year=2019),
    ]
    with Archive.open(folder, writable=True) as archive:
        archive.add(reports)
    return folder


@pytest.mark.parametrize(
    ("district", "expected"),
    [
        ("Rinkeby-Kista", {"husby2019", "husby2024"}),  # Husby lay in Rinkeby-Kista before the merger
        ("Järva", {"husby2019", "husby2024"}),  # a merged district's name finds its predecessors' reports
        ("Södermalm", {"medborgarplatsen", "soder"}),
        ("Farsta", {"polis"}),
        ("Norra innerstaden", {"norrmalm"}),
        ("Norrmalm", {"norrmalm"}),
        ("Bromma", set()),
    ],
)
def test_amounts_file_a_report_without_a_district_by_its_place(archive_dir, district, expected):
    assert district_ids(archive_dir, district)[1] == {report_id(s) for s in expected}


@pytest.mark.parametrize("district", ["Rinkeby-Kista", "Järva", "Södermalm", "Farsta", "Norra innerstaden", "Kista"])
def test_amounts_and_search_file_the_same_reports_under_a_district(archive_dir, district):
    searched, summed = district_ids(archive_dir, district)
    assert summed == searched


def test_the_grouping_by_district_is_unchanged(archive_dir):
    """Only the filter reads the place: `--by district` groups by the report's own district."""
    with Archive.open_for_reading(archive_dir) as archive:
        summary = summarise_archive(archive, by="district")
    assert "(okänt)" in [g.group for g in summary.groups]


def test_the_command_sums_a_placed_report_under_its_district(archive_dir, capsys):
    code = run(["amounts", "--archive", str(archive_dir), "--district", "Järva", "--by", "year", "--json"])
    assert code == ExitCode.OK
    data = json.loads(capsys.readouterr().out)
    assert data["total"]["reports"] == 2
    assert {g["group"] for g in data["groups"] if g["reports"]} == {"2019", "2024"}


def test_check_lists_a_placed_report_under_its_district(archive_dir, capsys):
    code = run(["amounts", "--archive", str(archive_dir), "--district", "Södermalm", "--check", "--json"])
    assert code == ExitCode.OK
    checks = json.loads(capsys.readouterr().out)
    assert {c["report_id"] for c in checks} == {report_id("medborgarplatsen")}
    code = run(["amounts", "--archive", str(archive_dir), "--district", "Farsta", "--check", "--json"])
    assert code == ExitCode.OK
    assert json.loads(capsys.readouterr().out) == []


def test_a_record_that_cannot_be_read_is_no_error_for_the_district_filter(tmp_path, capsys):
    """The places come from the search index, not from reading each record again: a stored record
    this bilagor cannot read is summed where the search finds it, and nothing fails."""
    folder = tmp_path / "arkiv"
    unreadable = _placeless("unreadable", year=2019, location="Husby torg")
    with Archive.open(folder, writable=True) as archive:
        archive.add([unreadable, _placeless("husby", year=2019, location="Husby torg")])
        archive.records.db.execute("UPDATE reports SET record='{\"schema_version\": 99}' WHERE id=?", (unreadable.id,))
    code = run(["amounts", "--archive", str(folder), "--district", "Rinkeby-Kista", "--json"])
    assert code == ExitCode.OK
    assert json.loads(capsys.readouterr().out)["total"]["reports"] == len(district_ids(folder, "Rinkeby-Kista")[0]) == 2


def test_an_archive_without_placeless_reports_does_not_read_the_index(archive_dir, monkeypatch):
    from bilagor.index.reports import amounts

    with Archive.open_for_reading(archive_dir) as archive:
        placed = [r for r in amounts.load_rows(archive)[0] if r.district]

        def no_search(*args, **kwargs):
            raise AssertionError("the index was read")

        monkeypatch.setattr(archive, "matching_ids", no_search)
        assert amounts.placed_ids(archive, placed, "Järva") == set()


def test_the_web_amounts_page_files_a_placed_report_under_its_district(archive_dir):
    pytest.importorskip("starlette")
    import warnings

    with warnings.catch_warnings():  # newer Starlette prefers httpx2 (a warning); httpx works the same
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    from bilagor.cli.web.app import create_app

    with TestClient(create_app(archive_dir), base_url="http://127.0.0.1:8000") as client:
        data = client.get("/api/amounts", params={"district": "Järva", "by": "year"}).json()
        html = client.get("/amounts", params={"district": "Södermalm"}).text
    assert data["total"]["reports"] == 2
    assert "Budgeten var sedan 2 mnkr." in html  # the placed report's check is listed on the page
