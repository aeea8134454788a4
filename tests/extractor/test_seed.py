"""The seed report (examples/, rebuilt from shared/seed) comes out exactly."""

import json

import pytest

from bilagor.cli.app import run
from bilagor.extractor import EXTRACTOR_VERSION, extract_report
from factories import ROOT, validate_record

SEED = ROOT / "examples" / "bilaga5-uppfoljning-kameraovervakning-2018.pdf"
TRUTH = SEED.with_name(SEED.stem + ".truth.json")

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="examples/ seed PDF not generated")


@pytest.fixture(scope="module")
def report():
    return extract_report(SEED, entities=False)


@pytest.fixture(scope="module")
def truth():
    return json.loads(TRUTH.read_text(encoding="utf-8"))


def test_seed_metadata(report):
    assert report.title == "Bilaga 5 - Uppföljning trygghetsinvestering"
    assert (report.form_kind, report.appendix) == ("uppfoljning", "5")
    assert report.project == "Kameraövervakning"
    assert report.location == "Flera platser i Stockholms city, Norrmalms stadsdelsnämnd"
    assert (report.district, report.district_today) == ("Norrmalm", "Norra innerstaden")
    assert (report.year, report.year_source) == (2018, "text")
    assert report.stage == "slutredovisning"


def test_seed_sections_match_the_truth(report, truth):
    got = [(s.key, s.label, s.text, s.page) for s in report.sections]
    assert got == [(s["key"], s["label"], s["text"], s["page"]) for s in truth["sections"]]
    assert all(t["key"] != "slutredovisning" for t in truth["sections"])
    # The stage marker is neither a section nor part of the text before it.
    assert not any("Slutredovisning" in s.text for s in report.sections)


def test_seed_record_fields(report):
    assert len(report.id) == 64 and report.id == __import__("hashlib").sha256(SEED.read_bytes()).hexdigest()
    assert report.filename == SEED.name and report.paths == [str(SEED)]
    assert (report.pages, report.ocr, report.extractor_version) == (2, False, EXTRACTOR_VERSION)
    validate_record(report.to_dict())


def test_seed_through_the_cli_json(capsys):
    assert run(["extract", str(SEED), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    validate_record(data)
    assert data["project"] == "Kameraövervakning" and data["district_today"] == "Norra innerstaden"
