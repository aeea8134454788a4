"""`bilagor export`: JSON lines, CSV per amount and an OpenSearch bulk file."""

import csv
import io
import json

import pytest

from bilagor.cli.app import run
from bilagor.extractor.errors import ExitCode, UsageError
from bilagor.extractor.record import Report
from bilagor.index.reports.export import CSV_COLUMNS, export, write_csv, write_jsonl, write_opensearch_bulk
from factories import ROOT, make_report, validate_record
from factories import build_archive, fixture_reports

MAPPING = ROOT / "docs" / "opensearch-mapping.json"


@pytest.fixture(scope="module")
def archive_dir(tmp_path_factory):
    # Tests only read it: one archive (and one search index build) per module.
    return build_archive(tmp_path_factory.mktemp("arkiv") / "arkiv")


def test_jsonl_lines_validate_and_round_trip():
    out = io.StringIO()
    reports = fixture_reports()
    assert write_jsonl(reports, out) == len(reports)
    lines = out.getvalue().splitlines()
    assert len(lines) == len(reports)
    for line, report in zip(lines, reports):
        data = json.loads(line)
        validate_record(data)
        assert Report.from_dict(data) == report


def test_csv_has_one_row_per_amount_with_report_fields():
    out = io.StringIO()
    reports = fixture_reports()
    assert write_csv(reports, out) == sum(len(r.amounts) for r in reports)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == CSV_COLUMNS
    first = reports[0]
    assert [(r["id"], r["year"], r["role"], int(r["sek"])) for r in rows[:2]] == [
        (first.id, "2018", "utfall", 2_600_000),
        (first.id, "2018", "budget", 5_000_000),
    ]
    assert rows[0]["approx"] == "1" and rows[0]["path"] == first.paths[0]
    assert rows[0]["sentence"].startswith("Det ekonomiska utfallet")


def test_csv_keeps_commas_quotes_and_newlines_in_sentences():
    sentence = 'Budget "A", 1 000 kr;\nresten senare.'
    report = make_report("q")
    report.amounts[0].sentence = sentence
    out = io.StringIO()
    write_csv([report], out)
    assert next(csv.DictReader(io.StringIO(out.getvalue())))["sentence"] == sentence


def test_opensearch_bulk_alternates_actions_and_documents():
    out = io.StringIO()
    reports = fixture_reports()
    write_opensearch_bulk(reports, out, index="trygg")
    lines = out.getvalue().splitlines()
    assert len(lines) == 2 * len(reports)
    for action_line, doc_line, report in zip(lines[::2], lines[1::2], reports):
        assert json.loads(action_line) == {"index": {"_index": "trygg", "_id": report.id}}
        doc = json.loads(doc_line)
        assert doc["id"] == report.id and doc["organisation_names"] == [o.name for o in report.organisations]
        assert doc["full_text"] == report.full_text()


def test_mapping_is_valid_and_covers_the_document_fields():
    mapping = json.loads(MAPPING.read_text(encoding="utf-8"))
    analysis = mapping["settings"]["analysis"]
    assert analysis["filter"]["swedish_stemmer"]["language"] == "swedish"
    assert {"asciifolding", "lowercase"} <= set(analysis["normalizer"]["folded_keyword"]["filter"])
    properties = mapping["mappings"]["properties"]
    assert properties["amounts"]["type"] == "nested"
    assert properties["district"]["type"] == properties["organisation_names"]["type"] == "keyword"
    out = io.StringIO()
    write_opensearch_bulk([make_report()], out)
    doc = json.loads(out.getvalue().splitlines()[1])
    assert set(doc) <= set(properties), set(doc) - set(properties)


def test_unknown_format_is_a_usage_error():
    with pytest.raises(UsageError):
        export([], "xml", io.StringIO())


# -- command line ------------------------------------------------------------


def test_cli_jsonl_to_stdout(archive_dir, capsys):
    assert run(["export", "--archive", str(archive_dir)]) == ExitCode.OK
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(fixture_reports())
    for line in lines:
        validate_record(json.loads(line))


def test_cli_csv_to_file(archive_dir, tmp_path, capsys):
    target = tmp_path / "belopp.csv"
    assert run(["export", "--archive", str(archive_dir), "--format", "csv", "-o", str(target)]) == ExitCode.OK
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert len(rows) == sum(len(r.amounts) for r in fixture_reports())
    assert f"skrev {len(rows)} rader till {target}" in capsys.readouterr().err


def test_cli_opensearch(archive_dir, tmp_path):
    target = tmp_path / "bulk.ndjson"
    assert run(["export", "--archive", str(archive_dir), "--format", "opensearch", "-o", str(target)]) == ExitCode.OK
    lines = target.read_text(encoding="utf-8").splitlines()
    assert all("index" in json.loads(line) for line in lines[::2])


def test_cli_query_exports_matching_reports(archive_dir, capsys):
    wanted = sorted(r.id for r in fixture_reports() if "Farsta" in (r.district or ""))
    assert run(["export", "--archive", str(archive_dir), "trygghetsbelysning"]) == ExitCode.OK
    assert [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()] == wanted


def test_cli_bad_format_exits_2(archive_dir):
    assert run(["export", "--archive", str(archive_dir), "--format", "xml"]) == ExitCode.USAGE


def test_cli_failed_write_leaves_no_file(archive_dir, tmp_path, monkeypatch):
    from bilagor.index.reports import export as exporter

    def broken(reports, out, **kw):
        out.write("half")
        raise OSError("disk full")

    monkeypatch.setitem(exporter.WRITERS, "jsonl", broken)
    target = tmp_path / "ut.jsonl"
    assert run(["export", "--archive", str(archive_dir), "-o", str(target)]) != ExitCode.OK
    assert list(tmp_path.iterdir()) == []


class _FullDisk:
    def write(self, text):
        raise OSError(28, "No space left on device")

    def flush(self):
        pass


@pytest.mark.parametrize("command", ["export", "amounts"])
def test_failing_stdout_is_a_one_line_error(archive_dir, capsys, monkeypatch, command):
    monkeypatch.setattr("sys.stdout", _FullDisk())
    assert run([command, "--archive", str(archive_dir), "--format", "csv"]) == ExitCode.BAD_INPUT
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["bilagor: fel: standard ut: kan inte skrivas: disken är full"]


@pytest.mark.parametrize("flag", [["--json"], ["--format", "jsonl"]])
def test_cli_json_alias(archive_dir, capsys, flag):
    assert run(["export", "--archive", str(archive_dir), *flag]) == ExitCode.OK
    assert len(capsys.readouterr().out.splitlines()) == len(fixture_reports())
