"""The fourteenth round's joint decision per follow-up report, kept out of the package for the trainer's comparison
(bench/role_joint.joint_assignment, variant (k) of bench/train_role_model.py): a follow-up report's summed roles
chosen together with a prior over how many budgets, grants and outcomes a report states."""

from __future__ import annotations

import math
import sys
from pathlib import Path

from bilagor.extractor.entities.role_model_report import REPORT_SOURCE
from bilagor.extractor.record import Amount

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from role_joint import counts_key, joint_assignment  # noqa: E402

# A prior that likes one budget and one outcome best, two outcomes and none far less.
PRIOR = {f"{b}{v}{u}": math.log(0.01) for b in range(3) for v in range(3) for u in range(3)}
PRIOR |= {"101": math.log(0.6), "111": math.log(0.2), "102": math.log(0.02), "100": math.log(0.02)}


def _amount(sek: int, role: str) -> Amount:
    return Amount(f"{sek} kr", sek, False, role, "ekonomiskt_utfall", 1, "", role_source="cue")


def test_the_counts_key_counts_distinct_values_per_summed_kind_up_to_two():
    assert counts_key({"budget": {100}, "utfall": {90, 80, 70}}) == "102"
    assert counts_key({}) == "000"


def test_a_report_stating_an_outcome_too_many_gives_the_less_likely_one_its_next_role():
    amounts = [_amount(100_000, "budget"), _amount(90_000, "utfall"), _amount(12_000, "utfall")]
    probs = [
        {"budget": 0.9, "annat": 0.1},
        {"utfall": 0.8, "annat": 0.2},
        {"utfall": 0.55, "prognos": 0.3, "annat": 0.15},
    ]
    out = joint_assignment(amounts, probs, PRIOR, 1.0, 0.5)
    assert [a.role for a in out] == ["budget", "utfall", "prognos"]
    assert (out[2].role_source, out[2].role_probability) == (REPORT_SOURCE, 0.45)  # not summed: prognos or annat
    assert out[:2] == amounts[:2]
    # a strong enough bonus for keeping a role, or no weight on the prior, leaves the report as it came
    assert joint_assignment(amounts, probs, PRIOR, 1.0, 5.0) == amounts
    assert joint_assignment(amounts, probs, PRIOR, 0.0, 0.5) == amounts


def test_a_report_lacking_an_outcome_gets_it_from_the_likeliest_amount_and_a_restated_one_counts_once():
    amounts = [_amount(100_000, "budget"), _amount(90_000, "annat"), _amount(5_000, "annat")]
    probs = [{"budget": 0.9, "annat": 0.1}, {"annat": 0.6, "utfall": 0.4}, {"annat": 0.7, "utfall": 0.3}]
    out = joint_assignment(amounts, probs, PRIOR, 1.0, 0.5)
    assert [a.role for a in out] == ["budget", "utfall", "annat"]
    # the budget stated twice is one budget (counted by distinct value): nothing to take back
    twice = [_amount(100_000, "budget"), _amount(100_000, "budget"), _amount(90_000, "utfall")]
    sure = [{"budget": 0.6, "annat": 0.4}, {"budget": 0.6, "annat": 0.4}, {"utfall": 0.9, "annat": 0.1}]
    assert joint_assignment(twice, sure, PRIOR, 1.0, 0.0) == twice


def test_an_amount_the_model_has_no_say_on_keeps_its_role():
    amounts = [_amount(100_000, "budget"), _amount(90_000, "utfall"), _amount(80_000, "utfall")]
    probs = [{"budget": 0.9, "annat": 0.1}, {"utfall": 0.9, "annat": 0.1}, None]
    assert [a.role for a in joint_assignment(amounts, probs, PRIOR, 3.0, 0.0)] == ["budget", "annat", "utfall"]
