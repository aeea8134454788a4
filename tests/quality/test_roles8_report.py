"""Eighth round, report figures (f-report): the tuning batch written before the round's report-level changes
(tests/data/roles/tuning19.jsonl, scored once before: follow-up reports 18/32 through the step, 17/32 one
answer at a time) and the dev half of the burned seventh set, through the report-level step as the record
holds them, with floors at what the step reaches on them now (tuning figures; the keep half is scored in
docs/benchmarks.md only)."""

from __future__ import annotations

from roles_scoring import extractor_amounts, load_split, report_step_amounts, score_reports


def _reports(name: str) -> tuple[int, int]:
    items = load_split(name)
    return score_reports(items, report_step_amounts(items, extractor_amounts))


def test_tuning19_reports_through_the_report_step():
    right, scored = _reports("tuning19")
    assert scored == 32 and right >= 31  # eighth round: 31/32


def test_heldout7_dev_reports_through_the_report_step():
    right, scored = _reports("heldout7_dev")
    assert scored == 55 and right >= 50  # eighth round: 50/55 (one answer at a time: 40/55)
