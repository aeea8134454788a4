"""Ninth round of amount roles: the held-out sets written before this round's fixes.

heldout9 (form answers, grouped into pseudo-reports by a `report` key) and heldout9_public (public-sector
passages) were written fresh by someone who does not change the rules and did not read them, after reading
real municipal, regional, district-committee, housing- and energy-company, school, elderly-care, culture,
sport, grant, audit and news text for its register, and committed before any rule of the round changed
(tests/data/roles/README.md, "Ninth round (roles): held-out sets"). Scored in aggregate only (HELDOUT_SPLITS),
once before the round's fixes and once after them; the floors are the figures after, rounded down to 0.01
(ceilings for the share left `annat`, rounded up). Burned since, with fixed halves for the tenth round
(HALF_SPLITS: heldout9_dev/keep, heldout9_public_dev/keep; the keep halves aggregate only).

    .venv/bin/python tests/roles_scoring.py heldout9 heldout9_public
    .venv/bin/python tests/roles_scoring.py --per-answer heldout9
"""

from __future__ import annotations

from roles_scoring import (
    HELDOUT_SPLITS,
    SPLITS,
    assert_amounts_in_their_text,
    assert_follow_ups_give_budget_and_outcome,
    assert_held_out_annotations,
    assert_held_out_sets_shape,
    check_reports,
    check_split,
    load_split,
)


def test_heldout9_sets_are_burned():
    """The keep halves scored at the tenth round's start and end; tuning data since the eleventh round."""
    assert {"heldout9", "heldout9_public"} <= set(SPLITS)
    assert not {name for name in HELDOUT_SPLITS if name.startswith("heldout9")}


def test_heldout9_sets_are_large_and_annotated():
    forms, public = load_split("heldout9"), load_split("heldout9_public")
    assert_held_out_sets_shape(forms, public, "h9-", "h9p-")
    assert not any("report" in item for item in public)
    assert_held_out_annotations(forms, public, min_sek=1)  # never 0 kr unless "noll"


def test_heldout9_annotated_amounts_are_in_their_text():
    """A typo in `sek` would not pass (the amounts spelled in words aside, "en kvarts miljon")."""
    assert_amounts_in_their_text(load_split("heldout9") + load_split("heldout9_public"))


def test_heldout9_follow_ups_state_a_budget_and_an_outcome():
    assert_follow_ups_give_budget_and_outcome(load_split("heldout9"))


def test_heldout9_form_answers():
    check_split("heldout9", HELDOUT9_VALUE_FLOOR, HELDOUT9_ROLE_FLOOR, HELDOUT9_ANNAT_CEILING)


def test_heldout9_follow_up_reports_each_answer_alone():
    check_reports("heldout9", HELDOUT9_REPORTS_FLOOR, report_step=False)


def test_heldout9_follow_up_reports_through_the_report_step():
    """As the record holds them: each pseudo-report's answers pooled and passed through the report step."""
    check_reports("heldout9", HELDOUT9_REPORT_STEP_FLOOR, report_step=True)


def test_heldout9_public_passages():
    check_split("heldout9_public", PUBLIC9_VALUE_FLOOR, PUBLIC9_ROLE_FLOOR, PUBLIC9_ANNAT_CEILING)


# Before the ninth round's fixes (main at 4ea24f8, EXTRACTOR_VERSION 12; scored once on 2026-12-04, aggregate
# only; the floors, rounded down, ceilings rounded up):
# heldout9: values P 1.000 R 0.991 (tp 334, fp 0, fn 3); roles 0.880 (294/334); left annat 0.032 (9/281);
#   follow-up reports with budget and outcome both right 0.832 (79/95) each answer alone, 0.895 (85/95) through
#   the report step.
# heldout9_public: values P 0.994 R 1.000 (tp 332, fp 2, fn 0); roles 0.757 (231/305); left annat 0.050 (11/219).
# After them (main at 7ec17a7, EXTRACTOR_VERSION 13; scored a second and last time, burned since; the floors now):
# heldout9: values P 1.000 R 0.991; roles 0.883 (295/334); left annat 0.032 (9/281); reports 0.832 (79/95) each
#   answer alone, 0.895 (85/95) through the report step (unchanged).
# heldout9_public: values P 0.994 R 1.000; roles 0.767 (234/305); left annat 0.046 (10/219).
HELDOUT9_VALUE_FLOOR = 0.99
HELDOUT9_ROLE_FLOOR = 0.88
HELDOUT9_ANNAT_CEILING = 0.04
HELDOUT9_REPORTS_FLOOR = 0.83
HELDOUT9_REPORT_STEP_FLOOR = 0.89
PUBLIC9_VALUE_FLOOR = 0.99
PUBLIC9_ROLE_FLOOR = 0.76
PUBLIC9_ANNAT_CEILING = 0.05
