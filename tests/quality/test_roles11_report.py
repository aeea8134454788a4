"""Eleventh round, report figures (f-report): the tuning batch written before the round's changes
(tests/data/roles/tuning23.jsonl, scored once before: follow-up reports 17/35 through the step, 16/35 one answer at a
time, roles 0.711) and the dev half of the burned tenth set, through the report-level step as the record holds them,
with floors at what the rules reach on them now (tuning figures; the keep half is scored in docs/benchmarks.md only)."""

from __future__ import annotations

from roles_scoring import extractor_amounts, load_split, report_step_amounts, score_items, score_reports


def _reports(name: str) -> tuple[int, int]:
    items = load_split(name)
    return score_reports(items, report_step_amounts(items, extractor_amounts))


def test_tuning23_reports_through_the_report_step():
    right, scored = _reports("tuning23")
    assert scored == 35 and right >= 33  # eleventh round: 33/35 (17/35 at the round's start)


def test_tuning23_roles():
    assert score_items(load_split("tuning23"), extractor_amounts).role_accuracy >= 0.90  # 0.901 (0.711 before)


def test_heldout10_dev_reports_through_the_report_step():
    right, scored = _reports("heldout10_dev")
    assert scored == 45 and right >= 45  # eleventh round: 45/45 (33/45 at the round's start)
