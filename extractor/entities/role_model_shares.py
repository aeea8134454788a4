"""The twenty-ninth round's features of an amount's share of its answer (the learned role decision, role_model.py):
its size against the sum of the answer's other figures, whether it is the total of its sentence's other figures or one
of a sentence's figures that together make another figure of the answer, and whether it is a running total of the two
to four figures just before it (or the total the figures just after it break down). Pure functions over plain data:
the values, the rules' roles, the sentences and spans the rules already read."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bilagor.extractor.entities.role_model_features import _TOTAL_WORDS

TOLERANCE = 0.005  # figures within half a percent of a sum are that sum (a rounded restatement)
_RUNS = (2, 3, 4)  # the lengths of the runs of figures read as the parts of a running total
_TOTAL_REACH = 40  # how many characters before the amount are read for a total word ("sammanlagt", "totalt")


@dataclass(frozen=True)
class Share:
    """One amount of an answer as the share features read it."""

    sek: int
    role: str  # the rules' role
    sentence: str
    span: tuple[int, int]
    prior_year: bool = False  # a bracketed prior-year figure: not a figure of this answer's sums


def _bucket(ratio: float) -> str:
    for bound, name in (
        (0.1, "tiny"),
        (0.5, "part"),
        (1 - TOLERANCE, "under"),
        (1 + TOLERANCE, "equal"),
        (2.0, "over"),
    ):
        if ratio < bound:
            return name
    return "dominant"


def _equal(value: int, target: int) -> bool:
    return abs(value - target) <= TOLERANCE * target


def share_features(index: int, amounts: Sequence[Share]) -> list[str]:
    """Amount `index` of an answer against the answer's other figures (each feature also with the rules' role)."""
    me = amounts[index]
    own = f"own:{me.role}"
    others = [a for i, a in enumerate(amounts) if i != index and not a.prior_year and a.sek > 0]
    if me.sek <= 0 or not others:
        return ["shr:alone"]
    bucket = _bucket(me.sek / sum(a.sek for a in others))
    feats = [f"shr:{bucket}", f"{own}|shr:{bucket}"]
    mates = [a for a in others if a.sentence == me.sentence and a.span != me.span]
    elsewhere = [a for a in others if a.sentence != me.sentence]
    whole = me.sek + sum(a.sek for a in mates)
    if len(mates) >= 2 and _equal(whole - me.sek, me.sek):
        feats += ["shr:sent_total", f"{own}|shr:sent_total"]
    if mates and any(_equal(a.sek, whole) for a in elsewhere):
        name = "sent_part_of" if len(mates) >= 2 else "pair_part_of"
        feats += [f"shr:{name}", f"{own}|shr:{name}"]
    values = [0 if a.prior_year else a.sek for a in amounts]
    word = _TOTAL_WORDS.search(me.sentence[max(0, me.span[0] - _TOTAL_REACH) : me.span[0]]) is not None
    if any(
        index >= n and all(values[index - n : index]) and _equal(sum(values[index - n : index]), me.sek) for n in _RUNS
    ):
        feats += ["shr:run_before", f"{own}|shr:run_before", f"{own}|shr:run_before|tot:{word}"]
    after = [values[index + 1 : index + 1 + n] for n in _RUNS]
    if any(len(run) == n and all(run) and _equal(sum(run), me.sek) for n, run in zip(_RUNS, after)):
        feats += ["shr:run_after", f"{own}|shr:run_after"]
    return feats
