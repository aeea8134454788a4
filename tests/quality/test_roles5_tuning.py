"""Fifth round of amount roles: the tuning batch written after the round's rules
(tests/data/roles/tuning17.jsonl), scored once before it was tuned on (roles 0.850,
follow-up reports 6/8), with floors at what the rules reach on it now (tuning figures)."""

from __future__ import annotations

from roles_scoring import check_split, extractor_amounts, load_split, score_reports


def test_tuning17_roles_and_reports():
    check_split("tuning17", value_floor=0.99, role_floor=0.90, annat_ceiling=0.01)  # sixth round: 0.900 (36/40)
    right, scored = score_reports(load_split("tuning17"), extractor_amounts)
    assert scored == 8 and right >= 7
