"""A report's diarienummer (Dnr) as a way in: `bilagor search --dnr`, `dnr:` in a query, a Dnr typed (or pasted,
"Dnr: …") as the whole query, `export --dnr` and the web's search page; and a report's own date deciding which of
two versions of one report is the correction before the files' dates do. Run through Typer's own test runner."""

from __future__ import annotations

import csv
import io
import json
import warnings

from cli_helpers import typer_output
from factories import _amount, make_report

from bilagor.extractor.record import Section
from bilagor.index.archive import Archive
from bilagor.index.reports.report_dates import report_date

with warnings.catch_warnings():  # newer Starlette prefers httpx2 (a warning); httpx works the same
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

_cli = typer_output


def _dnr_archive(folder):
    """Two reports, one printing its Dnr only in its header (the record's file_number, not its text)."""
    numbered = make_report("numbered", project="Trygghetsbelysning Vasaparken", file_number="SDN 2.1-106-2015")
    other = make_report("other", project="Kameraövervakning Odenplan", file_number="1.5.3-412-2024")
    plain = make_report("plain", project="Utegym Vasaparken")
    with Archive.open(folder, writable=True) as archive:
        archive.add([numbered, other, plain])
    return numbered, other


def _ids(*args) -> list[str]:
    found, _ = json.JSONDecoder().raw_decode(_cli("search", "--json", *args))  # a hint on stderr may follow
    return [hit["id"] for hit in found["hits"]]


def test_a_dnr_finds_its_report_as_option_field_and_whole_query(tmp_path):
    numbered, other = _dnr_archive(tmp_path)
    where = ("--archive", str(tmp_path))
    assert _ids("--dnr", "sdn 2.1-106-2015", *where) == [numbered.id]  # case and spaces as the index folds them
    assert _ids("dnr:2.1-106-2015", *where) == []  # a number is matched whole, not by its tail
    assert _ids('dnr:"SDN 2.1-106-2015"', *where) == [numbered.id]
    assert _ids("diarienummer:1.5.3-412-2024", *where) == [other.id]
    assert _ids("1.5.3-412-2024", *where) == [other.id]
    assert _ids("Dnr: 1.5.3-412-2024", *where) == [other.id]  # pasted from a report, label and all
    assert _ids("trygghetsbelysning", "--dnr", "SDN 2.1-106-2015", *where) == [numbered.id]  # a filter beside words
    assert _ids("trygghetsbelysning", "--dnr", "1.5.3-412-2024", *where) == []
    hit = json.loads(_cli("search", "--json", "trygghetsbelysning", *where))["hits"][0]
    assert hit["file_number"] == "SDN 2.1-106-2015"
    assert "slutredovisning · Dnr SDN 2.1-106-2015" in _cli("search", "trygghetsbelysning", *where)


def test_a_dnr_no_report_has_says_so_on_stderr_and_one_the_words_left_out_does_not(tmp_path, capsys):
    from bilagor.cli.app import run

    def run_cli(capsys, *args):
        code = run([str(a) for a in args])
        return (code, *capsys.readouterr())

    _dnr_archive(tmp_path)
    for args in (["--dnr", "1.5.3-412-2025"], ["1.5.3-412-2025"]):
        code, out, err = run_cli(capsys, "search", *args, "--archive", tmp_path)
        assert (code, out.splitlines()[0]) == (0, "0 träffar")
        assert (
            err
            == "bilagor: ingen rapport i arkivet har Dnr '1.5.3-412-2025'; bilagor export --per-report visar rapporternas Dnr\n"
        )
    code, out, err = run_cli(capsys, "search", "trygghetsbelysning", "--dnr", "1.5.3-412-2024", "--archive", tmp_path)
    assert (code, out.splitlines()[0], err) == (0, "0 träffar", "")


def test_a_year_or_a_year_range_is_no_dnr():
    from bilagor.extractor.file_number import typed_file_number

    assert [typed_file_number(t) for t in ("2015", "2019-2021", "2019-20", "1 034 000", "kamera 2015")] == [None] * 5
    assert typed_file_number("Dnr 2.1-106-2015") == "2.1-106-2015"


def test_export_takes_dnr(tmp_path):
    numbered, _ = _dnr_archive(tmp_path)
    rows = list(
        csv.DictReader(
            io.StringIO(_cli("export", "--per-report", "--dnr", "SDN 2.1-106-2015", "--archive", str(tmp_path)))
        )
    )
    assert [r["id"] for r in rows] == [numbered.id]


def test_the_web_search_filters_by_dnr_and_the_report_page_links_its_dnr(tmp_path):
    from bilagor.cli.web.app import create_app

    numbered, other = _dnr_archive(tmp_path)
    with TestClient(create_app(tmp_path), base_url="http://127.0.0.1") as client:
        page = client.get("/search", params={"dnr": "1.5.3-412-2024"}).text
        api = client.get("/api/search", params={"dnr": "1.5.3-412-2024"}).json()
        report = client.get(f"/report/{other.id}").text
    assert 'name="dnr" value="1.5.3-412-2024"' in page
    assert 'id="total"><strong>1<' in page
    assert "slutredovisning · Dnr 1.5.3-412-2024" in page
    assert [hit["id"] for hit in api["hits"]] == [other.id]
    assert '<a href="/search?dnr=1.5.3-412-2024">1.5.3-412-2024</a>' in report


# -- which version is the correction ------------------------------------------------------------


def _versions(folder, first_date: str, second_date: str):
    """Two versions of one report (same Dnr): the second file is the newer file, the dates are the reports'."""
    common = dict(district="Norrmalm", district_today="Norra innerstaden", year=2024, file_number="1.5.3-219-2024")

    def version(seed, budget, written):
        sections = [Section("projektnamn", "Projektnamn", "Laddstolpar", 1), Section("datum", "Datum", written, 1)]
        return make_report(
            seed, project="Laddstolpar", sections=sections, amounts=[_amount("budget", budget)], **common
        )

    first, second = version("first", 5_610_000, first_date), version("second", 5_070_000, second_date)
    stats = {first.paths[0]: (1, 1_700_000_000.0), second.paths[0]: (1, 1_710_000_000.0)}
    with Archive.open(folder, writable=True) as archive:
        archive.add([first, second], stats)
    return first, second


def test_the_reports_own_date_decides_which_version_counts_before_the_files_date(tmp_path):
    # The correction (dated in February) was copied to the share before the draft (dated in January) was saved
    # again: the draft's file is the newer one, its date the older.
    correction, draft = _versions(tmp_path, "2025-02-14", "15 januari 2025")
    total = json.loads(_cli("amounts", "--json", "--archive", str(tmp_path)))["total"]
    assert (total["reports"], total["budget"]) == (1, 5_610_000)
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(_cli("export", "--per-report", "--archive", str(tmp_path))))}
    assert rows[draft.id]["superseded_by"] == correction.id
    shown = " ".join(_cli("show", draft.id, "--archive", str(tmp_path)).split())
    assert "Räknas inte: en äldre version (daterad 2025-01-15), ersatt av en senare daterad version" in shown
    assert f"(2025-02-14; samma Dnr, eller samma projekt, plats, år och skede), {correction.id[:8]}" in shown


def test_without_dates_that_differ_the_files_date_decides(tmp_path):
    _, newer_file = _versions(tmp_path, "2025-02-14", "2025-02-14")
    total = json.loads(_cli("amounts", "--json", "--archive", str(tmp_path)))["total"]
    assert (total["reports"], total["budget"]) == (1, 5_070_000)


def test_report_date_reads_iso_and_swedish_dates():
    assert report_date("Reviderad 2025-01-15 (först 2024-11-02)") == "2025-01-15"
    assert report_date("3 maj 2024") == "2024-05-03"
    assert [report_date(t) for t in ("2024", "2024-13-40", "", None)] == [None] * 4


def test_stats_says_how_many_reports_amounts_leaves_out_and_amounts_says_antal_does(tmp_path):
    _versions(tmp_path, "2025-02-14", "2025-01-15")
    assert json.loads(_cli("stats", "--json", "--archive", str(tmp_path)))["superseded"] == 1
    out = " ".join(_cli("stats", "--archive", str(tmp_path)).split())
    assert "Rapporter 2" in out and "1 av dem ersatta av en annan rapport" in out and "bilagor amounts räknar 1" in out
    amounts = " ".join(_cli("amounts", "--archive", str(tmp_path)).split())
    assert "de räknas inte i Antal eller i summorna" in amounts


def test_amounts_takes_dnr_beside_a_query(tmp_path):
    numbered = make_report("numbered", project="Trygghetsbelysning", file_number="SDN 2.1-106-2015", year=2015)
    other = make_report("other", project="Trygghetsbelysning Odenplan", file_number="1.5.3-412-2024", year=2024)
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([numbered, other])
    summary = json.loads(
        _cli("amounts", "trygghetsbelysning", "--dnr", "sdn 2.1-106-2015", "--json", "--archive", tmp_path)
    )
    assert [g["group"] for g in summary["groups"] if g["reports"]] == ["2015"]
    assert summary["total"]["reports"] == 1


def test_a_dnr_too_long_is_a_usage_error_and_one_with_controls_is_shown_escaped(tmp_path, capsys):
    from bilagor.cli.app import run

    _dnr_archive(tmp_path)
    assert run(["search", "--dnr", "1-" * 3000, "--archive", str(tmp_path)]) == 2
    assert capsys.readouterr().err == "bilagor: fel: --dnr är 6000 tecken långt; högst 100 tillåts\n"
    assert run(["search", "--dnr", "\x1b[31m1.2-3", "--archive", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert "\x1b" not in err and "Dnr '\\x1b[31m1.2-3'" in err


def test_a_dnr_the_index_lacks_but_a_record_has_is_not_said_to_be_missing(tmp_path, capsys):
    """An index behind its records (an older bilagor's index, without the Dnr field, on a read-only archive) finds
    nothing for a Dnr a stored report has: the search says 0, but not that no report has it (twenty-seventh round,
    h32/f-official). The Dnr is looked up in the records."""
    from bilagor.cli.app import run

    numbered, _ = _dnr_archive(tmp_path)
    with Archive.open(tmp_path, writable=True) as archive:
        archive.search_index.update([], remove=[numbered.id])  # the index no longer holds the report
    assert run(["search", "--dnr", "SDN 2.1-106-2015", "--archive", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == "0 träffar" and "ingen rapport i arkivet har Dnr" not in err
