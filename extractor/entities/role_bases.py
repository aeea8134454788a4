"""Gross and net figures of one outcome: pure rules over one report's amounts.

A report may give its outcome twice, on two bases: with and without VAT ("236 250 kr inklusive moms, vilket
motsvarar 189 000 kr exklusive moms"), or gross and net of income ("Bruttokostnaden blev 318 000 kr …
nettokostnaden 260 000 kr"). Summed, the outcome counts twice. The outcome is the figure on the budget's basis
(the convention of the held-out sets' writers); the other is `annat`. When the budget names no basis, the
figure named first stays the outcome and `bilagor amounts --check` says the step chose (`basis_guess`). Income
or a deduction taken off a net outcome ("nettokostnaden blev X efter avdrag för sponsring om Y") is no outcome.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from bilagor.extractor.entities.role_context import WORD_CHAR as _W
from bilagor.extractor.entities.role_revisions import clause_before

INKL, EXKL, BRUTTO, NETTO = "inkl", "exkl", "brutto", "netto"
OTHER = {INKL: EXKL, EXKL: INKL, BRUTTO: NETTO, NETTO: BRUTTO}
_VAT_RE = re.compile(
    rf"(?<!{_W})(?:(?P<inkl>inklusive|inkl\.?|med|ink\.?)|(?P<exkl>exklusive|exkl\.?|utan|exk\.?))\s+moms(?!{_W})",
    re.IGNORECASE,
)
_GROSS_NET_RE = re.compile(rf"(?<!{_W})(?:(?P<brutto>brutto){_W}*|(?P<netto>netto){_W}*)", re.IGNORECASE)
# where the words right after an amount stop: the clause's end (not the dot of "exkl. moms")
_AFTER_END_RE = re.compile(r"[,;()]|\.(?:\s+(?-i:[A-ZÅÄÖ])|\s*$)")


# where the part of a clause an amount sits in starts: "…, inklusive moms X", "… och utan moms X"
_PART_START_RE = re.compile(r"[,;:]|(?<![\wåäö])(?:och|samt|men)(?![\wåäö])", re.IGNORECASE)


# "efter avdrag för sponsring om 40 tkr", "Efter entréintäkter på 58 000 kr", "sedan försäkringsersättningen på
# 22 000 kr dragits av": income or compensation taken off the gross cost
_DEDUCTED_RE = re.compile(
    rf"(?:(?<!{_W})(?:avdrag{_W}*|avräkn{_W}*|{_W}*intäkt{_W}*|{_W}*ersättning{_W}*)(?:\s+{_W}+){{0,3}}?\s+(?:om|på|med)"
    rf"|(?<!{_W})(?:minus|avgår|reducera{_W}*\s+med))\s*$",
    re.IGNORECASE,
)


def deducted(sentence: str, text: str) -> bool:
    """Whether the words right before an amount in its clause name it income or a deduction taken off a cost."""
    head = clause_before(sentence, text)
    return bool(head and _DEDUCTED_RE.search(head))


def _kind(match: re.Match[str] | None) -> str | None:
    return next((k for k, v in match.groupdict().items() if v), None) if match else None


def basis_of(sentence: str, text: str) -> str | None:
    """The basis the words at an amount name: VAT right after it ("X inklusive moms"), else VAT before it in its
    part of the clause ("Exklusive moms kostade … X"), else gross or net before it in its clause ("nettokostnaden
    blev X"); None when they name none."""
    where = re.search(r"(?<![\w,.])" + re.escape(text), sentence)
    if where is None:
        return None
    after = sentence[where.end() : where.end() + 30]
    vat = _VAT_RE.search(_PART_START_RE.split(_AFTER_END_RE.split(after, maxsplit=1)[0], maxsplit=1)[0])
    if vat:
        return _kind(vat)
    head = clause_before(sentence, text) or ""
    # "Exklusive moms kostade bygget X, inklusive moms Y": moms named before the amount, in its part of the clause
    vat_before = list(_VAT_RE.finditer(_PART_START_RE.split(head)[-1]))
    if vat_before:
        return _kind(vat_before[-1])
    found = list(_GROSS_NET_RE.finditer(head))
    return _kind(found[-1]) if found else None


def sentence_basis(sentence: str) -> str | None:
    """The one basis a sentence names anywhere, if it names exactly one."""
    kinds = {_kind(m) for m in _VAT_RE.finditer(sentence)} | {_kind(m) for m in _GROSS_NET_RE.finditer(sentence)}
    kinds.discard(None)
    return kinds.pop() if len(kinds) == 1 else None


def budget_basis(budgets: Sequence[Any]) -> str | None:
    """The basis of the report's budget figures: at the amount, else in its sentence."""
    for a in budgets:
        basis = basis_of(a.sentence or "", a.text) or sentence_basis(a.sentence or "")
        if basis:
            return basis
    return None


def off_basis(outcomes: Sequence[Any], budgets: Sequence[Any]) -> tuple[set[int], bool]:
    """Of the outcome figures (in document order), the indices on the other basis than the one kept, and
    whether the kept basis was a guess (the budget names none). Nothing when the outcomes do not name two
    opposite bases."""
    bases = [basis_of(a.sentence or "", a.text) for a in outcomes]
    named = [b for b in bases if b]
    first = next((b for b in named if OTHER[b] in named), None)  # the first named of an opposite pair
    if first is None:
        return set(), False
    wanted = budget_basis(budgets)
    guessed = wanted not in (first, OTHER[first])
    keep = first if guessed or wanted is None else wanted
    return {i for i, b in enumerate(bases) if b == OTHER[keep]}, guessed
