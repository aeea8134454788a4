"""`role_source` and a range's `high` in the record: optional, so records
written before them still load and validate."""

from __future__ import annotations

import jsonschema
import pytest

from bilagor.extractor.record import Amount, Report
from factories import make_report, validate_record


def test_new_fields_round_trip_and_validate():
    report = make_report(
        "r",
        amounts=[
            Amount(
                "2–3 mnkr",
                2_000_000,
                False,
                "budget",
                None,
                1,
                "Budgeten är 2–3 mnkr.",
                role_source="cue",
                high=3_000_000,
            )
        ],
    )
    data = report.to_dict()
    validate_record(data)
    assert Report.from_dict(data).amounts[0] == report.amounts[0]


def test_a_record_without_them_still_loads():
    data = make_report("old").to_dict()
    for amount in data["amounts"]:
        del amount["role_source"], amount["high"]
    validate_record(data)
    assert {(a.role_source, a.high) for a in Report.from_dict(data).amounts} == {(None, None)}


def test_schema_rejects_an_unknown_role_source():
    data = make_report("bad").to_dict()
    data["amounts"][0]["role_source"] = "guess"
    with pytest.raises(jsonschema.ValidationError):
        validate_record(data)
