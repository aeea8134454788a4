"""Eighth round of amount roles (rules side): the tuning batch written before the round's rules
(tests/data/roles/tuning18.jsonl), scored once before it was tuned on (roles 0.697, follow-up reports 9/18),
and the dev halves of the burned seventh sets, with floors at what the rules reach on them now (tuning
figures; the keep halves are scored in docs/benchmarks.md only)."""

from __future__ import annotations

from roles_scoring import check_split, extractor_amounts, load_split, score_reports


def test_tuning18_roles_and_reports():
    # eighth round: 0.972 (106/109); 0.963 (105/109) after the twenty-eighth round's retrain (a burned tuning set)
    check_split("tuning18", value_floor=0.99, role_floor=0.96, annat_ceiling=0.02)
    right, scored = score_reports(load_split("tuning18"), extractor_amounts)
    assert scored == 18 and right >= 17


def test_heldout7_dev_halves():
    check_split("heldout7_dev", value_floor=0.98, role_floor=0.91, annat_ceiling=0.02)  # 0.919 (170/185)
    right, scored = score_reports(load_split("heldout7_dev"), extractor_amounts)
    assert scored == 55 and right >= 46
    check_split("heldout7_public_dev", value_floor=0.98, role_floor=0.86, annat_ceiling=0.02)  # 0.865 (135/156)
