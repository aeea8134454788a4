"""Sixth round of amount roles: the held-out sets written before this round's fixes.

heldout6 (form answers, grouped into pseudo-reports by a `report` key) and
heldout6_public (public-sector passages) were written fresh, by someone who
does not change the rules and did not read them, after reading real municipal,
regional and news text for its register, and committed before any rule of the
round changed. Scored once on main's code before the fixes; the floors are
those "before" figures rounded down to 0.01 (ceilings for the share left
`annat`, rounded up); raised to the "after" figures when the round was
merged. Scored twice, so burned (tuning data) since: see docs/benchmarks.md,
"Amount roles".

    .venv/bin/python tests/roles_scoring.py heldout6 heldout6_public
"""

from __future__ import annotations

import re

from roles_scoring import (
    FORM_SECTIONS,
    assert_held_out_annotations,
    check_split,
    extractor_amounts,
    load_split,
    score_reports,
)


def test_heldout6_sets_are_large_and_annotated():
    forms, public = load_split("heldout6"), load_split("heldout6_public")
    assert len(forms) >= 200 and len(public) >= 140
    assert len({item["id"] for item in forms + public}) == len(forms) + len(public)
    assert all(item.get("report") and item.get("section") in FORM_SECTIONS for item in forms)
    reports = {item["report"] for item in forms}
    assert len(reports) >= 110
    assert sum(1 for r in reports if r.startswith("u")) >= 80 and any(r.startswith("a") for r in reports)
    without_money = [r for r in forms if not r["amounts"]]
    assert 0.15 <= len(without_money) / len(forms) <= 0.30
    assert sum(1 for r in without_money if re.search(r"\d", r["text"])) / len(forms) >= 0.15  # non-money numbers
    assert_held_out_annotations(forms, public)
    sentences = [len(re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])", r["text"])) for r in public]
    assert sum(1 for n in sentences if 2 <= n <= 5) >= 140


def test_heldout6_form_answers():
    check_split("heldout6", HELDOUT6_VALUE_FLOOR, HELDOUT6_ROLE_FLOOR, HELDOUT6_ANNAT_CEILING)


def test_heldout6_follow_up_reports_budget_and_outcome_both_right():
    right, scored = score_reports(load_split("heldout6"), extractor_amounts)
    print(f"\nheldout6: follow-up reports with budget and outcome both right {right / scored:.3f} ({right}/{scored})")
    assert scored >= 100
    assert right / scored >= HELDOUT6_REPORTS_FLOOR


def test_heldout6_public_passages():
    check_split("heldout6_public", PUBLIC6_VALUE_FLOOR, PUBLIC6_ROLE_FLOOR, PUBLIC6_ANNAT_CEILING)


# Before the sixth round's fixes (main at 10498a7, scored once on 2026-12-04):
# heldout6: values P 0.994 R 0.977 (tp 340, fp 2, fn 8); roles 0.844 (287/340); left annat 0.047 (13/279);
#   follow-up reports with budget and outcome both right 0.781 (82/105).
# After the sixth round (main 21240e0, EXTRACTOR_VERSION 10; scored a second and last time, the floors now):
#   heldout6 values 0.994 / 0.977; roles 0.871 (296/340); left annat 0.043; reports 0.810 (85/105);
#   heldout6_public values 0.993 / 0.957; roles 0.832 (203/244); left annat 0.041.
# heldout6_public: values P 0.993 R 0.957 (tp 266, fp 2, fn 12); roles 0.803 (196/244); left annat 0.041 (8/195).
# Seventh round (tuning figures: the dev halves were tuned on, the keep halves scored at its start and end only):
#   heldout6 roles 0.918 (312/340), reports 0.895 (94/105); heldout6_public roles 0.861 (210/244).
HELDOUT6_VALUE_FLOOR = 0.97
HELDOUT6_ROLE_FLOOR = 0.91
HELDOUT6_ANNAT_CEILING = 0.05
HELDOUT6_REPORTS_FLOOR = 0.89
PUBLIC6_VALUE_FLOOR = 0.95
PUBLIC6_ROLE_FLOOR = 0.86
PUBLIC6_ANNAT_CEILING = 0.05
