"""Fourteenth round of amount roles: the held-out sets written before this round's fixes.

heldout14 (form answers, grouped into pseudo-reports by a `report` key) and heldout14_public (public-sector
passages) were written fresh by someone who does not change the rules and did not read them, after reading
real municipal, regional, district-committee, housing- and energy-company, school, culture, sport, grant,
audit and news text for its register, and committed before any rule of the round changed
(tests/data/roles/README.md, "Fourteenth round (roles): held-out sets"). Scored in aggregate only
(HELDOUT_SPLITS), once before the round's fixes and once after them; the floors are the figures before,
rounded down to 0.01 (ceilings for the share left `annat`, rounded up).

    .venv/bin/python tests/roles_scoring.py heldout14 heldout14_public
    .venv/bin/python tests/roles_scoring.py --per-answer heldout14
"""

from __future__ import annotations

import re

import pytest
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
    summed_figures,
)


def test_heldout14_sets_are_scored_in_aggregate_only():
    assert {"heldout14", "heldout14_public"} <= set(SPLITS)
    # burned and halved in the fifteenth round: the whole sets and their kept halves stay aggregate only
    assert {"heldout14", "heldout14_public", "heldout14_keep", "heldout14_public_keep"} <= set(HELDOUT_SPLITS)


def test_heldout14_sets_are_large_and_annotated():
    forms, public = load_split("heldout14"), load_split("heldout14_public")
    assert_held_out_sets_shape(forms, public, "h14-", "h14p-")
    assert len(forms) >= 220 and len(public) >= 170
    assert [item["id"] for item in forms] == [f"h14-{n:03d}" for n in range(1, len(forms) + 1)]
    assert [item["id"] for item in public] == [f"h14p-{n:03d}" for n in range(1, len(public) + 1)]
    assert not any("report" in item or "section" in item for item in public)
    assert_held_out_annotations(forms, public, min_sek=1)  # never 0 kr
    assert all(a["approx"] for item in forms + public for a in item["amounts"] if "high" in a)  # a range is an estimate


def test_heldout14_reports_are_contiguous_and_many():
    """A pseudo-report's answers follow one another, as a report's sections do in a record."""
    keys = [item["report"] for item in load_split("heldout14")]
    starts = [key for n, key in enumerate(keys) if n == 0 or keys[n - 1] != key]
    assert len(starts) == len(set(starts))
    assert len(starts) >= 115
    assert sum(1 for key in starts if key.startswith("u")) >= 90


def test_heldout14_form_answers_without_money_carry_other_numbers():
    """The answers without money are there to catch false money: nearly all hold a non-money number."""
    forms = load_split("heldout14")
    without_money = [item for item in forms if not item["amounts"]]
    assert 0.15 <= len(without_money) / len(forms) <= 0.30
    with_numbers = [item for item in without_money if re.search(r"\d", item["text"])]
    assert len(with_numbers) / len(without_money) >= 0.9


def test_heldout14_annotated_amounts_are_in_their_text():
    """A typo in `sek` or `high` would not pass."""
    assert_amounts_in_their_text(load_split("heldout14") + load_split("heldout14_public"), upper_bounds=True)


def test_heldout14_follow_ups_state_a_budget_and_an_outcome():
    forms = load_split("heldout14")
    assert_follow_ups_give_budget_and_outcome(forms)
    assert len({item["report"] for item in forms if item["report"].startswith("u")}) >= 90


def test_heldout14_applications_ask_for_money():
    """Every application states the sum sought as an amount, and none is a follow-up in disguise (no outcome)."""
    forms = load_split("heldout14")
    keys = {item["report"] for item in forms if item["report"].startswith("a")}
    roles = {key: {a["role"] for item in forms if item["report"] == key for a in item["amounts"]} for key in keys}
    assert len(keys) >= 25 and all("sokt" in r for r in roles.values())
    assert not any("utfall" in r for r in roles.values())


def test_heldout14_summed_figures_checked_by_hand():
    """Reports summed by hand while checking the annotations (README, "Fourteenth round"): two city grants side
    by side, a figure corrected in the same answer, unit prices and lines beside their "Summa", cost lines with no
    total, a bare two-column table, a tilläggsbudget and a revised budget, an outcome range, parts after "varav", a
    quantity times a unit price, a cost booked so far beside a forecast, a grant shared out under a heading, an
    amount in words, lines beside a total with another funder's part."""
    forms = load_split("heldout14")

    def report(key: str) -> tuple[int | None, int | None]:
        return summed_figures(a for item in forms if item["report"] == key for a in item["amounts"])

    assert report("u29") == (250_000, 247_900)  # two city grants side by side, summed
    assert report("u48") == (50_000, 49_300)  # the outcome corrected (a double-booked invoice)
    assert report("u58") == (20_000, 18_000)  # "30 par à 420 kr = 12 600 kr" ... "Summa 18 000 kr"
    assert report("u10") == (35_000, 33_750)  # cost lines with no total, summed
    assert report("u16") == (45_000, 42_000)  # "16 st à 2 100 kr = 33 600 kr" and one more line, no total
    assert report("u02") == (28_500, 31_120)  # "Budget | Utfall" over bare figures
    assert report("u39") == (1_070_000, 1_082_000)  # the budget after a tilläggsbudget
    assert report("u21") == (365_000, 359_100)  # the budget revised in August
    assert report("u32") == (98_000, 96_000)  # an outcome range: its lower bound
    assert report("u37") == (35_000, 33_600)  # parts after "varav" beside their total
    assert report("u88") == (55_000, 53_700)  # "6 × 8 950 kr = 53 700 kr"
    assert report("u44") == (450_000, 410_000)  # booked so far, beside the forecast total
    assert report("u95") == (34_000, 33_100)  # a grant shared out under "Så fördelades pengarna"
    assert report("u96") == (250_000, 243_900)  # "En kvarts miljon beviljades"
    assert report("u87") == (40_000, 52_400)  # lines beside "Totalt", Allmänna arvsfonden beside the city's grant


@pytest.mark.parametrize("name", ["heldout14", "heldout14_public"])
def test_heldout14_scored_amounts(name):
    """Values, roles and the share left `annat`, each text alone (aggregate only: a held-out set)."""
    check_split(name, *FLOORS[name])


@pytest.mark.parametrize("report_step", [False, True], ids=["each_answer_alone", "through_the_report_step"])
def test_heldout14_follow_up_reports(report_step):
    """Follow-up reports with budget and outcome both right: each answer alone, and as the record holds them (each
    pseudo-report's answers pooled and passed through the report step)."""
    check_reports(
        "heldout14", HELDOUT14_REPORT_STEP_FLOOR if report_step else HELDOUT14_REPORTS_FLOOR, report_step=report_step
    )


# Before the fourteenth round's fixes (h18/w-roles at 416a46c: main 60790bc with only the sets added;
# EXTRACTOR_VERSION 17 unchanged; scored once on 2026-12-05, aggregate only, with the default role decision, the
# learned model; the floors rounded down to 0.01, the ceilings up):
# heldout14: values P 1.000 R 1.000 (tp 373, fp 0, fn 0); roles 0.885 (330/373); left annat 0.061 (18/295);
#   follow-up reports with budget and outcome both right 0.810 (81/100) each answer alone, 0.880 (88/100) through
#   the report step.
# heldout14_public: values P 0.997 R 1.000 (tp 340, fp 1, fn 0); roles 0.870 (260/299); left annat 0.026 (6/230).
# The rules (--role-decision rules), for comparison: heldout14 roles 0.788 (294/373), left annat 0.085 (25/295),
#   reports 70/100 each answer alone, 76/100 through the report step; heldout14_public roles 0.796 (238/299), left
#   annat 0.043 (10/230).
# After the round (the lead, main at b80dee9, EXTRACTOR_VERSION 18, weights retrained; scored once more, aggregate
# only): heldout14 roles 0.893 (333/373), left annat 0.064, reports 0.830 (83/100) each answer alone and 0.900
# (90/100) through the report step; heldout14_public roles 0.880 (263/299: 0.8796), left annat 0.026. Floors raised
# to these, rounded down; the ceilings stay.
HELDOUT14_VALUE_FLOOR = 1.00
HELDOUT14_ROLE_FLOOR = 0.89
HELDOUT14_ANNAT_CEILING = 0.07
HELDOUT14_REPORTS_FLOOR = 0.83
HELDOUT14_REPORT_STEP_FLOOR = 0.90
PUBLIC14_VALUE_FLOOR = 0.99
PUBLIC14_ROLE_FLOOR = 0.87
PUBLIC14_ANNAT_CEILING = 0.03
FLOORS = {
    "heldout14": (HELDOUT14_VALUE_FLOOR, HELDOUT14_ROLE_FLOOR, HELDOUT14_ANNAT_CEILING),
    "heldout14_public": (PUBLIC14_VALUE_FLOOR, PUBLIC14_ROLE_FLOOR, PUBLIC14_ANNAT_CEILING),
}
