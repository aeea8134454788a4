"""Tenth round, report figures (f-report): the tuning batch written before the round's report-level changes
(tests/data/roles/tuning22.jsonl, scored once before: follow-up reports 21/32 through the step, 15/32 one answer
at a time) and the dev half of the burned ninth set, through the report-level step as the record holds them, with
floors at what the step reaches on them now (tuning figures; the keep half is scored in docs/benchmarks.md only)."""

from __future__ import annotations

from roles_scoring import extractor_amounts, load_split, report_step_amounts, score_reports


def _reports(name: str) -> tuple[int, int]:
    items = load_split(name)
    return score_reports(items, report_step_amounts(items, extractor_amounts))


def test_tuning22_reports_through_the_report_step():
    right, scored = _reports("tuning22")
    assert scored == 32 and right >= 31  # tenth round: 31/32 (21/32 at the round's start)


def test_heldout9_dev_reports_through_the_report_step():
    right, scored = _reports("heldout9_dev")
    assert scored == 48 and right >= 48  # tenth round: 48/48 (44/48 at the round's start)
