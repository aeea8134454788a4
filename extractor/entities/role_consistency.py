"""A report's amounts constrain each other: pure rules over one report's amounts.

Runs once per report, after every amount has its role from its own words (entities.find_entities).
Where the arithmetic of the report's figures is unambiguous, it changes a role the rules left weak
(from a clause, the text before, the section or no word at all; never a word bound to the amount or
its nearest cue) and says so (`role_source` "consistency"):

- The difference of a budget (or grant) and an outcome, named as a difference in its sentence (a
  word: "ökning", "Diff", "överskridandet", "dyrare än" … or a written sign), is the deviation, not
  a second budget or outcome ("Slutkostnaden är 8,3 mnkr, en ökning med 0,8 mnkr"; "Diff: +2 tkr").
- Parts listed before their total in one section, of the total's summed role, are not summed beside
  it ("Belysning: 320 000 / 331 500 … Summa: 400 000 / 392 500"), when exactly one set of them
  adds up to it. This holds whatever gave the parts their role: a cue over a list ("Kostnaderna:
  material 18 500, hyra 4 200 … Summa 24 000 kr") names what the parts are, and the total keeps
  that role; the README's convention makes parts beside their total `annat` so nothing counts twice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import combinations

from bilagor.extractor.record import Amount

CONSISTENCY = "consistency"  # the role_source of a role set here
SUMMED = ("budget", "beviljat", "utfall")  # the roles `bilagor amounts` may sum
BUDGETS = ("budget", "beviljat")
# Roles the rules gave without a word bound to the amount; "cue" (a word bound to it, or its nearest
# plain cue) is what the text states outright and is never changed.
WEAK = ("clause", "context", "section", "default")
MAX_PARTS = 12  # more candidate parts than this before a total: too many subsets to call one unique

# A difference named in words near the amount, or a written sign before it.
_DIFFERENCE_RE = re.compile(
    r"(?<![\wåäö])(?:[\wåäö]*(?:avvik|överskrid|underskrid|överdrag|fördyr|besparing)[\wåäö]*|diff(?:erens(?:en)?)?"
    r"|skillnad(?:en)?|mellanskillnad(?:en)?|ökning(?:en)?|minskning(?:en)?|dyrare|billigare"
    r"|(?:mer|mindre|högre|lägre)\s+än|(?:över|under)\s+(?:budget|kalkyl|den\s+beviljade|det\s+beviljade|planerat))"
    r"(?![\wåäö])",
    re.IGNORECASE,
)
_SIGN_RE = re.compile(r"[+\-−–]\s*$")
NEAR = 60  # characters around the amount in its sentence where the difference must be named


def consistent_roles(amounts: Sequence[Amount]) -> list[Amount]:
    """The report's amounts, in the same order, with the roles its arithmetic settles (new objects;
    the input is left as it is)."""
    result = list(amounts)
    _deviations(result)
    _parts_of_totals(result)
    return result


def _value(a: Amount) -> int | None:
    """A single plain value: ranges and amounts without a value take part in no arithmetic."""
    return a.sek if isinstance(a.sek, int) and a.sek > 0 and a.high is None else None


def _named_difference(a: Amount) -> bool:
    # the amount's own place in its sentence ("2 tkr" is not the tail of "62 tkr")
    where = re.search(r"(?<![\w,.])" + re.escape(a.text), a.sentence)
    if where is None:
        return bool(_DIFFERENCE_RE.search(a.sentence))
    at = where.start()
    if _SIGN_RE.search(a.sentence, max(0, at - 2), at) and a.text[:1] not in "-−–":
        return True  # "+2 tkr": a plus is not kept in the amount's text
    if a.text[:1] in "-−–+":
        return True
    window = a.sentence[max(0, at - NEAR) : at + len(a.text) + NEAR]
    return bool(_DIFFERENCE_RE.search(window))


def _deviations(amounts: list[Amount]) -> None:
    budgets = {v for a in amounts if a.role in BUDGETS and (v := _value(a)) is not None}
    outcomes = {v for a in amounts if a.role == "utfall" and (v := _value(a)) is not None}
    for i, a in enumerate(amounts):
        d = _value(a)
        weak_summed = a.role in SUMMED and a.role_source in WEAK
        unnamed = a.role == "annat" and a.role_source == "default"
        if d is None or not (weak_summed or unnamed) or not _named_difference(a):
            continue
        # the difference of two figures other than itself, each larger than it
        pairs = [(b, u) for b in budgets - {d} for u in outcomes - {d} if abs(u - b) == d and min(b, u) > d]
        if pairs:
            amounts[i] = replace(a, role="avvikelse", role_source=CONSISTENCY)


def _parts_of_totals(amounts: list[Amount]) -> None:
    for t, total in enumerate(amounts):
        value = _value(total)
        if value is None or total.role not in SUMMED:
            continue
        candidates = [
            i
            for i, a in enumerate(amounts[:t])
            if a.role == total.role and a.section == total.section and (v := _value(a)) is not None and v < value
        ]
        if len(candidates) < 2 or len(candidates) > MAX_PARTS:
            continue
        found = [
            subset
            for size in range(2, len(candidates) + 1)
            for subset in combinations(candidates, size)
            if sum(_value(amounts[i]) or 0 for i in subset) == value
        ]
        if len(found) == 1:
            for i in found[0]:
                amounts[i] = replace(amounts[i], role="annat", role_source=CONSISTENCY)
