"""The role scorer's report figures go through the report-level step, as the record does
(tests/roles_scoring.py, report_step_amounts): seen failing while the scorer summed each answer alone."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from roles_scoring import report_step_amounts, score_reports  # noqa: E402

from bilagor.extractor.record import Amount  # noqa: E402

_FIRST = "I ansökan beräknades kostnaden till 300 000 kr."
_SECOND = "Budgeten sänktes senare till 260 000 kr. Vi använde 255 400 kr."
ITEMS = [
    {"id": "x-1", "report": "u01", "text": _FIRST, "amounts": [{"sek": 300_000, "role": "annat", "approx": False}]},
    {
        "id": "x-2",
        "report": "u01",
        "text": _SECOND,
        "amounts": [
            {"sek": 260_000, "role": "budget", "approx": False},
            {"sek": 255_400, "role": "utfall", "approx": False},
        ],
    },
]
FOUND = {
    "x-1": [Amount("300 000 kr", 300_000, False, "budget", "beskrivning", 1, _FIRST, role_source="clause")],
    "x-2": [
        Amount("260 000 kr", 260_000, False, "budget", "ekonomiskt_utfall", 1, _SECOND, role_source="cue"),
        Amount("255 400 kr", 255_400, False, "utfall", "ekonomiskt_utfall", 1, _SECOND, role_source="cue"),
    ],
}


def found_of(item):
    return FOUND[item["id"]]


def test_answers_of_one_report_are_settled_together():
    # alone, each answer keeps its budget and the report's budget is 560 000; pooled, the revision in the
    # second answer replaces the first answer's figure
    assert score_reports(ITEMS, found_of) == (0, 1)
    assert score_reports(ITEMS, report_step_amounts(ITEMS, found_of)) == (1, 1)


def test_each_item_keeps_its_own_amounts():
    pooled = report_step_amounts(ITEMS, found_of)
    assert [a.sek for a in pooled(ITEMS[0])] == [300_000]
    assert [(a.sek, a.role) for a in pooled(ITEMS[1])] == [(260_000, "budget"), (255_400, "utfall")]
