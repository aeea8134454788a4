import json

import pytest

from bilagor.extractor.record import SCHEMA_VERSION, Report
from factories import make_report, validate_record


def test_round_trip_through_json():
    report = make_report()
    data = json.loads(json.dumps(report.to_dict()))
    assert data["schema_version"] == SCHEMA_VERSION
    assert Report.from_dict(data) == report


def test_record_validates_against_schema():
    validate_record(make_report().to_dict())


def test_schema_rejects_unknown_role():
    import jsonschema

    data = make_report().to_dict()
    data["amounts"][0]["role"] = "guess"
    with pytest.raises(jsonschema.ValidationError):
        validate_record(data)


def test_newer_schema_version_is_refused():
    data = make_report().to_dict()
    data["schema_version"] = SCHEMA_VERSION + 1
    with pytest.raises(ValueError, match="schema_version"):
        Report.from_dict(data)


def test_to_dict_is_dataclasses_asdict_with_the_schema_version_and_copies_the_lists():
    from dataclasses import asdict

    report = make_report()
    assert report.sections and report.amounts and report.organisations  # the example has every part
    data = report.to_dict()
    assert data == {"schema_version": SCHEMA_VERSION, **asdict(report)}
    assert list(data) == ["schema_version", *asdict(report)]
    data["paths"].append("/annan/väg.pdf")
    data["organisations"][0]["mentions"].append("x")
    data["sections"][0]["text"] = "ändrad"
    assert report.to_dict() == {"schema_version": SCHEMA_VERSION, **asdict(report)}
