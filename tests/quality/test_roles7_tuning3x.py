"""Seventh round of amount roles (rules side): the tuning batch written before the round's rules
(tests/data/roles/tuning3x1.jsonl), scored once before it was tuned on (roles 0.611, follow-up reports
8/21), and the dev halves of the burned sixth sets, with floors at what the rules reach on them now
(tuning figures; the keep halves are scored in docs/benchmarks.md only)."""

from __future__ import annotations

from roles_scoring import check_split, extractor_amounts, load_split, score_reports


def test_tuning3x1_roles_and_reports():
    check_split("tuning3x1", value_floor=0.99, role_floor=0.91, annat_ceiling=0.05)  # seventh round: 0.917 (66/72)
    right, scored = score_reports(load_split("tuning3x1"), extractor_amounts)
    assert scored == 21 and right >= 19


def test_heldout6_dev_halves():
    check_split("heldout6_dev", value_floor=0.98, role_floor=0.95, annat_ceiling=0.03)  # 0.959 (164/171)
    right, scored = score_reports(load_split("heldout6_dev"), extractor_amounts)
    assert scored == 53 and right >= 51
    # 0.870 (100/115) then; 0.909 (110/121) after the twenty-seventh round's retrain, which leaves one more amount
    # `annat` (3/93): the ceiling is the burned set's regression guard, not a goal
    check_split("heldout6_public_dev", value_floor=0.94, role_floor=0.86, annat_ceiling=0.035)
