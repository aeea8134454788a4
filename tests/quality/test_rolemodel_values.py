"""Amount values, fourth round (issue #11 class 9): P/R >= 0.99 on every set of the role corpus.

`values_heldout` (35 texts) was written and committed before any value fix of the round and is
scored in aggregate only: 0.800 / 0.700 before the fixes, 1.000 / 1.000 after (docs/benchmarks.md).
It was written by the engineer who made the fixes, so its classes overlap the fixes by construction.
"""

from __future__ import annotations

import pytest
from roles_scoring import extractor_amounts, load_split, score_items

ROUND4_SETS = ("tuning_values", "tuning_rolemodel", "values_heldout")
# Named, not roles_scoring.SPLITS: the fourth round's held-out sets are scored by their own tests only.
EARLIER_SETS = (
    *(f"tuning{n}" for n in ("", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11")),
    "heldout",
    "heldout2",
    "public_sector",
    "heldout3",
    "heldout3_public",
)


@pytest.mark.parametrize("name", EARLIER_SETS + ROUND4_SETS)
def test_values_hold_on_every_set(name):
    score = score_items(load_split(name), extractor_amounts)
    floor = 0.96 if name == "tuning_values" else 0.99  # tuning_values keeps one designed miss: "12 60 000 kr"
    assert min(score.precision, score.recall) >= floor, score.summary(name)


def test_round4_sets_are_annotated():
    rows = [r for name in ROUND4_SETS for r in load_split(name)]
    assert len(rows) == 105 and len({r["id"] for r in rows}) == len(rows)
    roles = {"budget", "utfall", "beviljat", "sokt", "prognos", "avvikelse", "annat", "unclear"}
    assert all(a["role"] in roles and ("high" not in a or a["high"] > a["sek"]) for r in rows for a in r["amounts"])
