"""A report's budget and outcome both exactly right on generated text-layer
follow-up forms, with a seed never used for tuning (tests/roles_fixture_figures.py;
docs/benchmarks.md, "Amount roles": 72/72 over 96 reports)."""

from __future__ import annotations

import pytest

from roles_fixture_figures import HELDOUT_SEED, budget_and_outcome, score_corpus

pytest.importorskip("fixturegen")


def test_budget_and_outcome_are_summed_as_the_archive_sums_them():
    amounts = [
        {"sek": 100, "role": "budget"},
        {"sek": 100, "role": "budget"},  # a repeat counts once
        {"sek": 40, "role": "utfall"},
        {"sek": 50, "role": "utfall"},
        {"sek": 7, "role": "annat"},
    ]
    assert budget_and_outcome(amounts) == (100, 90)
    assert budget_and_outcome([{"sek": 80, "role": "beviljat"}]) == (80, 0)  # no budget: the grant


@pytest.mark.slow
def test_followup_figures_on_a_heldout_seed(tmp_path):
    right, total, _ = score_corpus(tmp_path, 24, HELDOUT_SEED)
    assert total >= 15
    assert right == total  # 72/72 over the full 96-report run
