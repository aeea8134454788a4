"""Third round of amount roles: the held-out sets written before this round's fixes.

heldout3 (form answers, grouped into pseudo-reports by a `report` key) and
heldout3_public (public-sector passages) were written fresh and committed
before any rule of the round changed, then scored once on main's code. The
floors are those "before" figures, rounded down by 0.01 (ceilings for the
share left `annat`, rounded up); the lead raises them after the fixes are
merged. Scored in aggregate only: see docs/benchmarks.md, "Amount roles".

    .venv/bin/python tests/roles_scoring.py heldout3 heldout3_public
"""

from __future__ import annotations

import re

from roles_scoring import (
    check_split,
    extractor_amounts,
    load_split,
    score_reports,
    summed_figures,
)

from bilagor.extractor.record import Amount


def test_heldout3_sets_are_large_and_annotated():
    forms, public = load_split("heldout3"), load_split("heldout3_public")
    assert len(forms) >= 160 and len(public) >= 110
    assert all(item.get("report") for item in forms)
    assert 0.15 <= sum(1 for r in forms if not r["amounts"]) / len(forms) <= 0.30  # only non-money numbers
    assert sum(1 for r in forms for a in r["amounts"] if "high" in a) >= 3  # ranges
    assert sum(1 for r in forms if r["report"].startswith("u")) >= 120  # follow-up answers
    sentences = [len(re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])", r["text"])) for r in public]
    assert sum(1 for n in sentences if 2 <= n <= 4) >= 110
    assert sum(1 for r in public for a in r["amounts"] if a["role"] == "unclear") >= 10


def _amount(sek: int, role: str, high: int | None = None) -> Amount:
    return Amount(f"{sek} kr", sek, False, role, None, None, "", high=high)


def test_summed_figures_count_distinct_values_and_fall_back_to_granted():
    assert summed_figures([_amount(5, "budget"), _amount(5, "budget"), _amount(3, "budget")]) == (8, None)
    assert summed_figures([_amount(7, "beviljat"), _amount(2, "utfall"), _amount(4, "utfall")]) == (7, 6)
    assert summed_figures([_amount(7, "beviljat"), _amount(6, "budget")]) == (6, None)
    assert summed_figures([_amount(1, "sokt"), _amount(2, "prognos"), _amount(3, "annat")]) == (None, None)
    assert summed_figures([{"sek": 10, "high": 20, "role": "budget", "approx": False}]) == (10, None)


def test_score_reports_groups_follow_up_answers_and_needs_both_figures_right():
    items = [
        {"id": "1", "report": "u1", "text": "", "amounts": [{"sek": 5, "role": "budget", "approx": False}]},
        {"id": "2", "report": "u1", "text": "", "amounts": [{"sek": 4, "role": "utfall", "approx": False}]},
        {"id": "3", "report": "u2", "text": "", "amounts": [{"sek": 9, "role": "utfall", "approx": False}]},
        {"id": "4", "report": "u3", "text": "", "amounts": []},  # no figures: not scored
        {"id": "5", "report": "a1", "text": "", "amounts": [{"sek": 2, "role": "budget", "approx": False}]},
    ]
    found = {
        "1": [_amount(5, "budget")],
        "2": [_amount(4, "utfall")],
        "3": [_amount(9, "prognos")],  # the outcome is missed
        "5": [],
    }
    assert score_reports(items, lambda item: found.get(item["id"], [])) == (1, 2)


def test_heldout3_form_answers():
    check_split("heldout3", HELDOUT3_VALUE_FLOOR, HELDOUT3_ROLE_FLOOR, HELDOUT3_ANNAT_CEILING)


def test_heldout3_follow_up_reports_budget_and_outcome_both_right():
    right, scored = score_reports(load_split("heldout3"), extractor_amounts)
    print(f"\nheldout3: follow-up reports with budget and outcome both right {right / scored:.3f} ({right}/{scored})")
    assert scored >= 60
    assert right / scored >= HELDOUT3_REPORTS_FLOOR


def test_heldout3_public_passages():
    check_split("heldout3_public", PUBLIC3_VALUE_FLOOR, PUBLIC3_ROLE_FLOOR, PUBLIC3_ANNAT_CEILING)


# Before the third round's fixes (main at 990c1c9, scored once on 2026-12-03):
# heldout3: values P 1.000 R 1.000 (238 amounts); roles 0.849 (202/238); left annat 0.014 (3/219);
#   follow-up reports with budget and outcome both right 0.784 (58/74).
# After this round's rules (EXTRACTOR_VERSION 7), scored once: heldout3 roles 0.903 (215/238), left annat
#   0.009, reports 0.811 (60/74); heldout3_public roles 0.795 (116/146), left annat 0.040 (5/126).
#   The floors below are these "after" figures rounded down by 0.01.
# heldout3_public: values P 0.988 R 0.976; roles 0.753 (110/146); left annat 0.048 (6/126).
# Fourth round: both sets are burned (scored twice) and were tuned on; TUNING figures now
# (.venv/bin/python tests/roles_scoring.py heldout3 heldout3_public): heldout3 roles 1.000 (238/238),
# reports 1.000 (74/74); heldout3_public roles 0.952 (139/146), left annat 0.008 (1/126). The floors below
# are these, rounded down by 0.01; the round's held-out figure comes from heldout4*, scored by the lead.
HELDOUT3_VALUE_FLOOR = 0.99
HELDOUT3_ROLE_FLOOR = 0.99
HELDOUT3_ANNAT_CEILING = 0.01
# seventeenth round (f-model): the learned decision with the structure features gets 73/74 (0.986); by leave-one-
# round-out they win over all rounds (docs/benchmarks.md), so the floor moves by one report
HELDOUT3_REPORTS_FLOOR = 0.98
# With main's fourth-round value fixes merged, heldout3_public matches four more amounts (values P/R
# 1.000 / 1.000) and scores roles 0.940 (141/150): two of the new ones are the figure before a change,
# annotated annat here but budget in heldout and heldout2.
PUBLIC3_VALUE_FLOOR = 0.99
PUBLIC3_ROLE_FLOOR = 0.96  # fifth round (tuning): 0.967 (145/150)
# twenty-third round: 0.024 (3/126): h3p-027's "500 000 kr" beside another payer's money now `annat`, the later
# rounds' convention for a second payer's share (tests/data/roles/README.md), where this set's writer had `beviljat`
# twenty-fourth round (h29/f-roles): 0.032 (4/126) with the shipped weights before the retrain, 0.024 (3/126) with
# the rules: h3p-087's investments "hittills" beside "Helåret väntas landa på Y" now an interim figure, `annat`, the
# convention since the tenth round (README "Nineteenth round"), where this set's writer had `utfall`
PUBLIC3_ANNAT_CEILING = 0.035
