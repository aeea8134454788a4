"""A year from the PDF's creation date only: year_source "metadata", a warning, and "2018?" in the views."""

from __future__ import annotations

import json

from bilagor.cli.app import run
from bilagor.extractor.api import fill_report
from bilagor.extractor.metadata import build_metadata, year_warning
from bilagor.extractor.record import Amount, Report, Section
from bilagor.extractor.words import Page
from bilagor.index.archive import Archive
from factories import make_report

SCAN_INFO = {"CreationDate": "D:20180312101500+01'00'"}


def test_creation_date_is_a_last_resort_with_a_warning():
    meta = build_metadata([], [("slutresultat", "Belysningen är klar.")], [], path="/a/b.pdf", pdf_info=SCAN_INFO)
    assert (meta.year, meta.year_source) == (2018, "metadata")
    assert "skapandedatum" in year_warning(meta)
    named = build_metadata(["Uppföljning 2017"], [], [], path="/a/b.pdf", pdf_info=SCAN_INFO)
    assert (named.year, named.year_source, year_warning(named)) == (2017, "title", None)


def test_the_record_carries_the_warning():
    report = Report(id="0" * 64, paths=["/a/b.pdf"], filename="b.pdf", pages=1, ocr=True, extractor_version="6")
    fill_report(report, [Page(1, 595.0, 842.0, [])], path="/a/b.pdf", pdf_info=SCAN_INFO)
    assert (report.year, report.year_source) == (2018, "metadata")
    assert any("skapandedatum" in w for w in report.warnings)


def _archive(tmp_path):
    sentence = "Utfallet blev 400 000 kr."
    reports = [
        make_report(
            "scan",
            year=2018,
            year_source="metadata",
            project="Belysning skannad",
            sections=[Section("ekonomiskt_utfall", "Ekonomiskt utfall", sentence, 1)],
            amounts=[Amount("400 000 kr", 400_000, False, "utfall", "ekonomiskt_utfall", 1, sentence)],
        ),
        make_report(
            "text",
            year=2019,
            year_source="text",
            project="Belysning läst",
            sections=[Section("ekonomiskt_utfall", "Ekonomiskt utfall", sentence, 1)],
            amounts=[Amount("400 000 kr", 400_000, False, "utfall", "ekonomiskt_utfall", 1, sentence)],
        ),
    ]
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add(reports)
    return tmp_path


def test_search_and_amounts_show_an_uncertain_year(tmp_path, capsys):
    folder = _archive(tmp_path)
    assert run(["search", "belysning", "--archive", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "2018?" in out and "2019?" not in out and "2019" in out
    assert run(["search", "belysning", "--json", "--archive", str(folder)]) == 0
    hits = {h["year"]: h["year_source"] for h in json.loads(capsys.readouterr().out)["hits"]}
    assert hits == {2018: "metadata", 2019: "text"}
    assert run(["amounts", "--detail", "--archive", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "· 2018? ·" in out and "· 2019 ·" in out
    assert run(["amounts", "--detail", "--json", "--archive", str(folder)]) == 0
    detail = json.loads(capsys.readouterr().out)["detail"]
    assert {d["year"]: d["year_source"] for d in detail} == {2018: "metadata", 2019: "text"}
