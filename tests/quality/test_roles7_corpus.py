"""Seventh round of amount roles: the held-out sets written before this round's fixes.

heldout7 (form answers, grouped into pseudo-reports by a `report` key) and heldout7_public (public-sector
passages) were written fresh by someone who does not change the rules and did not read them, after reading
real regional, municipal, housing-company, school and culture, grant, EU-project, annual-report, audit and
news text for its register, and committed before any rule of the round changed. Scored once on main's code
before the fixes and once after them; the floors are the "after" figures rounded down to 0.01 (ceilings
for the share left `annat`, rounded up). Scored twice, so burned (tuning data) since. Before any of their
failures was read they were split into fixed halves (HALF_SPLITS in tests/roles_scoring.py): the dev halves
are tuned on, the keep halves are scored in aggregate only (HELDOUT_SPLITS) at the eighth round's start and end.

    .venv/bin/python tests/roles_scoring.py heldout7 heldout7_public
"""

from __future__ import annotations

import re

from roles_scoring import (
    FORM_SECTIONS,
    HELDOUT_SPLITS,
    SPLITS,
    assert_held_out_annotations,
    check_split,
    extractor_amounts,
    load_split,
    score_reports,
)


def test_heldout7_sets_are_burned():
    """Both halves scored at the eighth round's start and end; tuning data since the ninth round."""
    assert {"heldout7", "heldout7_public"} <= set(SPLITS)
    assert not {name for name in HELDOUT_SPLITS if name.startswith("heldout7")}


def test_heldout7_sets_are_large_and_annotated():
    forms, public = load_split("heldout7"), load_split("heldout7_public")
    assert len(forms) >= 200 and len(public) >= 140
    assert all(item["id"].startswith("h7-") for item in forms)
    assert all(item["id"].startswith("h7p-") for item in public)
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


def test_heldout7_follow_ups_state_a_budget_and_an_outcome():
    """Every follow-up pseudo-report is scored: its annotations give a budget (or a grant) or an outcome."""
    forms = load_split("heldout7")
    for key in {item["report"] for item in forms if item["report"].startswith("u")}:
        roles = {a["role"] for item in forms if item["report"] == key for a in item["amounts"]}
        assert roles & {"budget", "beviljat", "utfall"}, key


def test_heldout7_form_answers():
    check_split("heldout7", HELDOUT7_VALUE_FLOOR, HELDOUT7_ROLE_FLOOR, HELDOUT7_ANNAT_CEILING)


def test_heldout7_follow_up_reports_budget_and_outcome_both_right():
    right, scored = score_reports(load_split("heldout7"), extractor_amounts)
    print(f"\nheldout7: follow-up reports with budget and outcome both right {right / scored:.3f} ({right}/{scored})")
    assert scored >= 100
    assert right / scored >= HELDOUT7_REPORTS_FLOOR


def test_heldout7_public_passages():
    check_split("heldout7_public", PUBLIC7_VALUE_FLOOR, PUBLIC7_ROLE_FLOOR, PUBLIC7_ANNAT_CEILING)


# Before the seventh round's fixes (main at a5dd666, scored once on 2026-12-04):
# heldout7: values P 1.000 R 0.981 (tp 364, fp 0, fn 7); roles 0.835 (304/364); left annat 0.055 (16/291);
#   follow-up reports with budget and outcome both right 0.700 (77/110).
# heldout7_public: values P 0.997 R 0.986 (tp 346, fp 1, fn 5); roles 0.714 (227/318); left annat 0.052 (12/232).
# After the seventh round's fixes (main at the version bump to 11, scored a second time; the floors now):
# heldout7: values P 0.997 R 0.992 (tp 368, fp 1, fn 3); roles 0.845 (311/368); left annat 0.037 (11/294);
#   reports both right 0.736 (81/110). heldout7_public: values P 0.997 R 0.989; roles 0.711 (226/318); annat 0.052.
HELDOUT7_VALUE_FLOOR = 0.99
HELDOUT7_ROLE_FLOOR = 0.84
HELDOUT7_ANNAT_CEILING = 0.04
HELDOUT7_REPORTS_FLOOR = 0.73
PUBLIC7_VALUE_FLOOR = 0.98
PUBLIC7_ROLE_FLOOR = 0.71
PUBLIC7_ANNAT_CEILING = 0.06
