"""Public text: a body's income set against the plan for that income, a pure rule over one passage's amounts.

Income is no cost, so the cues read "intäkterna blev X" or "tog in X i avgifter" as `annat`, and a form's sales
stay so. The README's public convention differs where the passage sets the income against a plan for it ("in
public text a revenue line against its budget: the revenue `utfall`, its budget `budget`, the gap `avvikelse`"):
the income is then the revenue line's outcome, or its plan or forecast as the words before it say.

An amount is income when its clause names income ("intäkter", "inkomsten") or a verb of taking money in ("tog in",
"fick in", "kom det in"), and it is no difference ("X mindre i avgifter") and no rate ("X per år"). The passage
plans that income when a sentence of it names a budget or what was counted on ("budgeterat", "räknat med") and is
about the income: the income's own sentence, a sentence naming income too, one pointing back to it ("Det var X
mer än budgeterat") or the next one stating a plan bare ("Budgeten var X"). A plan sentence about a cost, a result or a net
("För nästa år budgeteras ett resultat på X") plans something else, and a sentence holding costs or a result beside
the income (a net table) is no revenue line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from bilagor.extractor.entities.role_clauses import amount_clause
from bilagor.extractor.entities.role_context import WORD_CHAR as _W
from bilagor.extractor.entities.role_supplements import Amount as PassageAmount

_INCOME_RE = re.compile(
    rf"(?:intäkt|inkomst){_W}*|(?<!{_W})(?:tog|tar|drog|drar|fick|får|fått|kom|kommit)\s+(?:{_W}+\s+){{0,3}}?in(?!{_W})",
    re.IGNORECASE,
)
# a plan: a budget, or what was counted on ("räknade med", "hade räknat med"; "räknar med" is a forecast)
_PLAN_RE = re.compile(rf"(?<!{_W})(?:{_W}*budget{_W}*|räknade\s+med|räknat\s+med)(?!{_W})", re.IGNORECASE)
_FORECAST_RE = re.compile(
    rf"(?<!{_W})(?:{_W}*prognos{_W}*|beräkna{_W}*|väntas|bedöm{_W}*|räknar\s+med|förväntas)(?!{_W})", re.IGNORECASE
)
# what else a plan or a revenue sentence can be about: a cost, a result, a net
_OTHER_SUBJECT_RE = re.compile(
    rf"(?:kostnad|utgift|resultat|överskott|underskott|netto|avgiftshöjning|höjning){_W}*", re.IGNORECASE
)
_CURRENT_YEAR_RE = re.compile(r"(?<![\wåäö])i\s+år(?![\wåäö])", re.IGNORECASE)
_EARLIER_YEAR_RE = re.compile(r"(?<![\wåäö])(?:i\s+fjol|förra\s+året|föregående\s+år)(?![\wåäö])", re.IGNORECASE)
_POINTS_BACK_RE = re.compile(r"^\s*(?:det|detta|den|dessa)(?![\wåäö])", re.IGNORECASE)
# a difference ("X mindre i avgifter än budgeterat") or a rate ("X per år i elintäkter") is no income level
_NOT_A_LEVEL_RE = re.compile(
    rf"\s*(?:{_W}+\s+){{0,2}}?(?:mer|mindre|lägre|högre|per|om\s+året|i\s+månaden|årligen)(?!{_W})", re.IGNORECASE
)


class Amount(PassageAmount, Protocol):
    """One amount of a passage as `role_passage.PassageAmount` holds it, with every amount span of its sentence."""

    @property
    def spans(self) -> tuple[tuple[int, int], ...]: ...


def income_roles(amounts: Sequence[Amount]) -> dict[int, str]:
    """The roles of a public passage's income figures when the passage plans that income (position -> role)."""
    sentences = {a.index: a.sentence for a in amounts}
    changed: dict[int, str] = {}
    for i, one in enumerate(amounts):
        if one.role in ("avvikelse", "sokt") or not _is_income_level(one):
            continue
        if not any(_plans_income(sentence, index - one.index, one.sentence) for index, sentence in sentences.items()):
            continue
        before = one.sentence[: one.span[0]]
        role = "budget" if _PLAN_RE.search(before) else "prognos" if _FORECAST_RE.search(before) else "utfall"
        if role != one.role:
            changed[i] = role
    return changed


def _is_income_level(one: Amount) -> bool:
    """The amount's clause names income, its sentence no cost or result beside it, and it is no difference or rate."""
    text, start, end = amount_clause(one.sentence, one.spans, one.span)
    if not _INCOME_RE.search(text, start, end) or _OTHER_SUBJECT_RE.search(one.sentence):
        return False
    return not _NOT_A_LEVEL_RE.match(text, one.span[1], end)


def _plans_income(sentence: str, after: int, income_sentence: str) -> bool:
    """The sentence (`after` sentences with money after the income's) names a plan, and it is about the income:
    its own sentence, or one naming income or pointing back to it, or the next one stating the plan bare; none of
    them naming a cost or a result, nor this year beside an income of an earlier year."""
    if not _PLAN_RE.search(sentence) or _OTHER_SUBJECT_RE.search(sentence):
        return False
    if after != 0 and _CURRENT_YEAR_RE.search(sentence) and _EARLIER_YEAR_RE.search(income_sentence):
        return False  # "Kommunen fick i fjol X i intäkter. I år är försäljningen budgeterad till Y"
    about = bool(_INCOME_RE.search(sentence) or _POINTS_BACK_RE.match(sentence))
    return after == 0 or about or (after == 1 and _bare_plan(sentence))


def _bare_plan(sentence: str) -> bool:
    """A plan the sentence opens with, its subject or main verb: "Budgeten var X", "Budgeterat var X", "Kommunen
    hade räknat med X"."""
    return bool(_PLAN_RE.search(" ".join(sentence.split()[:5])))
