"""The diarienummer decides which files are versions of one report (summing rule 3): a corrected report whose
project name was retyped ("Laddplatser" for "Laddstolpar") is still a version of the one it corrects, and two
reports with different diarienummer stay two, even under one name."""

from __future__ import annotations

import json

from factories import _amount, make_report

from bilagor.index.archive import Archive
from bilagor.index.reports.amounts import ReportRow, same_version, summarise_archive, superseded_reports
from bilagor.index.reports.versions import versions_among


def _r(rid, project, newest, file_number=None, location=None, year=2024, stage="slutredovisning", **other):
    return ReportRow(
        rid,
        f"{rid}.pdf",
        year,
        other.get("district", "Norrmalm"),
        other.get("district_today", "Norra innerstaden"),
        project,
        stage,
        other.get("form_kind", "uppfoljning"),
        location=location,
        newest=newest,
        file_number=file_number,
    )


def test_the_same_diarienummer_is_one_report_whatever_its_name():
    old = _r("vid", "Laddstolpar vid Stureplan", 100.0, "1.5.3-219-2024")
    new = _r("på", "Laddplatser på Stureplan", 200.0, "1.5.3-219-2024")
    assert superseded_reports([old, new]) == {"vid": "på"}
    assert same_version(old, new)
    # Spacing and case of the number do not matter.
    assert superseded_reports([old, _r("på", "Laddplatser på Stureplan", 200.0, "1.5.3-219-2024 ")]) == {"vid": "på"}


def test_without_a_diarienummer_a_retyped_name_is_another_project():
    old = _r("vid", "Laddstolpar vid Stureplan", 100.0)
    new = _r("på", "Laddplatser på Stureplan", 200.0, "1.5.3-219-2024")
    assert superseded_reports([old, new]) == {}
    assert not same_version(old, new)


def test_two_diarienummer_are_two_reports_even_under_one_name_and_place():
    a = _r("a", "Kameraövervakning", 100.0, "1.5.3-219-2024", location="Sergels torg")
    b = _r("b", "Kameraövervakning", 200.0, "1.5.3-220-2024", location="Sergels torg")
    assert superseded_reports([a, b]) == {}
    assert not same_version(a, b)
    # A third file of the same name without a number stays its own: which of the two it corrects is unknown.
    assert superseded_reports([a, b, _r("c", "Kameraövervakning", 300.0, location="Sergels torg")]) == {}
    # One number and one file without it: the name decides, as before.
    assert superseded_reports([a, _r("c", "Kameraövervakning", 300.0, location="Sergels torg")]) == {"a": "c"}


def test_one_diarienummer_in_another_district_year_or_stage_is_another_report():
    base = _r("base", "Laddstolpar vid Stureplan", 100.0, "SDN 2024/12")
    for other in (
        _r("o", "Laddplatser på Stureplan", 200.0, "SDN 2024/12", district="Bromma", district_today="Västerort"),
        _r("o", "Laddplatser på Stureplan", 200.0, "SDN 2024/12", year=2025),
        _r("o", "Laddplatser på Stureplan", 200.0, "SDN 2024/12", stage="delredovisning"),
    ):
        assert not same_version(base, other)
        assert "base" not in superseded_reports([base, other])


def test_an_application_meets_its_follow_up_under_the_name_the_follow_up_had_before_its_correction():
    application = _r("ans", "Laddstolpar vid Stureplan", 50.0, form_kind="ansokan", stage=None)
    old = _r("vid", "Laddstolpar vid Stureplan", 100.0, "1.5.3-219-2024")
    new = _r("på", "Laddplatser på Stureplan", 200.0, "1.5.3-219-2024")
    assert superseded_reports([application, old, new]) == {"vid": "på", "ans": "på"}


def _renamed_versions():
    common = dict(district="Norrmalm", district_today="Norra innerstaden", year=2024, file_number="1.5.3-219-2024")
    first = make_report("vid", project="Laddstolpar vid Stureplan", amounts=[_amount("budget", 5_610_000)], **common)
    corrected = make_report("pa", project="Laddplatser på Stureplan", amounts=[_amount("budget", 5_610_000)], **common)
    return first, corrected


def test_the_archive_sums_a_renamed_correction_once_and_the_import_names_it_a_version(tmp_path):
    first, corrected = _renamed_versions()
    stats = {first.paths[0]: (100, 1_700_000_000.0), corrected.paths[0]: (100, 1_710_000_000.0)}
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([first, corrected], stats)
        summary = summarise_archive(archive, by="year")
        pairs = versions_among(archive, {corrected.id})
    assert (summary.total.reports, summary.total.budget) == (1, 5_610_000)
    assert summary.superseded == {first.id: corrected.id}
    assert [(p.older_id, p.newer_id) for p in pairs] == [(first.id, corrected.id)]


def test_a_record_stored_before_the_diarienummer_existed_reads_without_one(tmp_path):
    # An archive of schema_version 1 records: no column to migrate, the number is read from the record.
    first, corrected = _renamed_versions()
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add([first, corrected])
        for report in (first, corrected):
            data = report.to_dict()
            del data["file_number"]
            data["schema_version"] = 1
            archive.records.db.execute(
                "UPDATE reports SET record=? WHERE id=?", (json.dumps(data, ensure_ascii=False), report.id)
            )
        assert archive.records.get(first.id).file_number is None
        summary = summarise_archive(archive, by="year")
    # Without the numbers the two names are two projects, as before.
    assert (summary.total.reports, summary.total.budget) == (2, 11_220_000)
