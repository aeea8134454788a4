"""A report's diarienummer (Dnr) is shown by `bilagor show`, `export --per-report` and the web's report page,
and decides which files are versions of one report: a correction whose project name was retyped is summed
once. The replaced report's web page links to the one that counts. Run through Typer's own test runner."""

from __future__ import annotations

import csv
import io
import json
import re
import warnings

from cli_helpers import typer_output
from factories import _amount, make_report

from bilagor.cli.web.app import create_app
from bilagor.index.archive import Archive

with warnings.catch_warnings():  # newer Starlette prefers httpx2 (a warning); httpx works the same
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

DNR = "1.5.3-219-2024"


def _archive(folder):
    common = dict(district="Norrmalm", district_today="Norra innerstaden", year=2024, file_number=DNR)
    first = make_report("vid", project="Laddstolpar vid Stureplan", amounts=[_amount("budget", 5_610_000)], **common)
    corrected = make_report("pa", project="Laddplatser på Stureplan", amounts=[_amount("budget", 5_070_000)], **common)
    stats = {first.paths[0]: (1, 1_700_000_000.0), corrected.paths[0]: (1, 1_710_000_000.0)}
    with Archive.open(folder, writable=True) as archive:
        archive.add([first, corrected], stats)
    return first, corrected


_cli = typer_output


def test_show_names_the_dnr_and_that_the_renamed_correction_counts_instead(tmp_path):
    first, corrected = _archive(tmp_path)
    out = " ".join(_cli("show", first.id, "--archive", str(tmp_path)).split())
    assert f"Dnr {DNR}" in out
    assert re.search(rf"Räknas inte: en äldre version, ersatt av en nyare fil .*samma Dnr.* {corrected.id[:8]}", out)
    assert json.loads(_cli("show", first.id, "--json", "--archive", str(tmp_path)))["file_number"] == DNR


def test_amounts_sum_the_renamed_correction_once(tmp_path):
    _archive(tmp_path)
    total = json.loads(_cli("amounts", "--json", "--archive", str(tmp_path)))["total"]
    assert (total["reports"], total["budget"]) == (1, 5_070_000)


def test_export_per_report_has_the_dnr_column(tmp_path):
    first, corrected = _archive(tmp_path)
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(_cli("export", "--per-report", "--archive", str(tmp_path))))}
    assert rows[first.id]["file_number"] == rows[corrected.id]["file_number"] == DNR
    assert rows[first.id]["superseded_by"] == corrected.id
    table = list(
        csv.reader(
            io.StringIO(_cli("export", "--per-report", "--excel", "--archive", str(tmp_path)).lstrip("\ufeff")),
            delimiter=";",
        )
    )
    assert {row[0]: row[table[0].index("Dnr")] for row in table[1:]}[first.id] == DNR


def test_the_web_report_page_shows_the_dnr_and_links_the_replaced_report_to_the_one_that_counts(tmp_path):
    first, corrected = _archive(tmp_path)
    with TestClient(create_app(tmp_path), base_url="http://127.0.0.1") as client:
        replaced = client.get(f"/report/{first.id}").text
        counted = client.get(f"/report/{corrected.id}").text
    assert f'<tr><th>Dnr</th><td><a href="/search?dnr={DNR}">{DNR}</a></td></tr>' in replaced
    assert f'<a id="replaced-by" href="/report/{corrected.id}">' in replaced
    assert 'id="replaced-by"' not in counted


def test_an_application_years_after_a_slutredovisning_of_its_name_keeps_its_budget(tmp_path):
    # The official's finding 5: a 2023 plan was replaced by the 2015 slutredovisning of the same name and district.
    common = dict(project="Utegym Farsta centrum", district="Farsta", district_today="Söderort")
    old = make_report(
        "slut-2015", year=2015, amounts=[_amount("budget", 900_000), _amount("utfall", 850_000)], **common
    )
    plan = make_report(
        "ans-2023", year=2023, form_kind="ansokan", stage=None, amounts=[_amount("budget", 2_849_000)], **common
    )
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([old, plan])
    data = json.loads(_cli("amounts", "--by", "year", "--json", "--archive", str(tmp_path)))
    budgets = {g["group"]: g["budget"] for g in data["groups"] if g["reports"]}
    assert budgets == {"2015": 900_000, "2023": 2_849_000}
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(_cli("export", "--per-report", "--archive", str(tmp_path))))}
    assert rows[plan.id]["superseded_by"] == ""


def test_an_archive_made_before_the_dnr_gets_it_when_its_files_are_read_again(tmp_path):
    import shutil
    from pathlib import Path

    example = (
        Path(__file__).resolve().parents[2] / "examples" / "bilaga5-uppfoljning-platssamverkan-skarpnacks-alle-2015.pdf"
    )
    sources, folder = tmp_path / "pdf", str(tmp_path / "arkiv")
    sources.mkdir()
    shutil.copy2(example, sources / example.name)
    _cli("import", "--archive", folder, "--workers", "1", "--ocr", "never", str(sources))
    with Archive.open(folder, writable=True) as archive:
        (report_id,) = archive.records.ids()
        assert archive.records.get(report_id).file_number == "2.1-106-2015"
        # What an archive of schema_version 1 holds: the record without the field.
        data = archive.records.get(report_id).to_dict()
        del data["file_number"]
        data["schema_version"] = 1
        archive.records.db.execute(
            "UPDATE reports SET record=? WHERE id=?", (json.dumps(data, ensure_ascii=False), report_id)
        )
    assert json.loads(_cli("show", report_id, "--json", "--archive", folder))["file_number"] is None
    _cli("import", "--archive", folder, "--workers", "1", "--ocr", "never", "--force", str(sources))
    assert json.loads(_cli("show", report_id, "--json", "--archive", folder))["file_number"] == "2.1-106-2015"
