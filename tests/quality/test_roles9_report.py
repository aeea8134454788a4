"""Ninth round, report figures (f-report): the tuning batch written before the round's report-level changes
(tests/data/roles/tuning21.jsonl, scored once before: follow-up reports 16/30 through the step, 15/30 one
answer at a time) and the dev half of the burned eighth set, through the report-level step as the record
holds them, with floors at what the step reaches on them now (tuning figures; the keep half is scored in
docs/benchmarks.md only)."""

from __future__ import annotations

from roles_scoring import extractor_amounts, load_split, report_step_amounts, score_reports


def _reports(name: str) -> tuple[int, int]:
    items = load_split(name)
    return score_reports(items, report_step_amounts(items, extractor_amounts))


def test_tuning21_reports_through_the_report_step():
    right, scored = _reports("tuning21")
    assert scored == 30 and right >= 28  # ninth round: 28/30


def test_heldout8_dev_reports_through_the_report_step():
    right, scored = _reports("heldout8_dev")
    assert scored == 49 and right >= 48  # ninth round: 48/49 (46/49 at the round's start)
