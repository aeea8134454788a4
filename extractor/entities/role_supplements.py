"""A supplement to a plan beside the new total it led to: pure rules over one passage's amounts.

This module owns the supplement's wording (`SUPPLEMENT_WORDS`) and, in the passage step (`role_passage`), the
roles of a supplement, the new total after it in the same passage and the plan it was added to. `role_revisions`
reads the same wording in the report-level step, where it only decides which of one role's figures is summed (an
increment beside a larger figure is not); it sets no role.

"Budgeten var X. I maj fick vi en tilläggsbudget på Y, så att ramen blev Z": summed, the budget would count the
supplement twice, once alone and once inside the new total. The README's convention (tests/data/roles/README.md)
has the supplement (a tilläggsbudget, an "utökad ram", a "höjning med") `annat`, the new total the budget, and the
plan the supplement was added to a superseded plan, `annat`. Without a new total the supplement is simply more
budget ("Vi fick också en tilläggsbudget på Y") and nothing here changes it.

A supplement is named before its figure ("en tilläggsbudget på X", "ett extra bidrag på X", "utökades med X") or
after it ("X i en tilläggsbudget", "X i kompletterande anslag"). A new total is a plan noun named new or whole ("den
nya ramen", "den totala budgeten", "nämndens samlade ram"), a plan noun with the verb that states its level, either
side of it ("ramen blev", "budgeten är nu", "Därmed är nämndens budget", "Totalt blir anslaget"), a plan a verb raises
to it ("Det höjer ramen till Y") or what a body has in all ("Totalt har nämnden Y", "Därmed får föreningen sammanlagt
Y", "Tillsammans med tilläggsbidraget fick vi Y": with no plan noun the total keeps the plan role its own words
gave it), after the supplement; or the plan figure a supplement stands in apposition to ("X i bidrag, en höjning
med Y").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from bilagor.extractor.entities.money import parse_amount
from bilagor.extractor.entities.role_context import WORD_CHAR as _W

_PLAN = rf"(?:{_W}*budget|{_W}*ram|kalkyl|anslag|bidrag|stöd)(?:en|et)?"
# the words that name a supplement, before the "på"/"om"/"med" that gives its figure: "en utökad ram (på)",
# "tilläggsanslaget (om)", "utökades (med)", "budgeten ökade (med)"; role_revisions reads increments by these words too
SUPPLEMENT_WORDS = (
    rf"(?<!{_W})(?:(?:tilläggs|extra)(?:budget|anslag|ram|medel|bidrag)(?:en|et)?|ram(?:förstärkning|ökning|utökning)(?:en)?"
    rf"|budget(?:ökning|utökning)(?:en)?|utökning(?:en)?|höjning(?:en)?|tillskott(?:et)?"
    # "ett extra bidrag på", "en kompletterande budget på": an adjective naming the plan noun's money as added
    rf"|(?:utökad|utökade|utökat|extra|kompletterande)\s+(?:{_W}*budget|{_W}*ram|anslag|medel|bidrag|stöd)(?:en|et)?"
    rf"|(?:utöka|höj|öka|förstärk|fyll)(?:des|tes|ades|ts|ats|t|de|s)(?:\s+på)?)"
)
_SUPPLEMENT_RE = re.compile(
    rf"{SUPPLEMENT_WORDS}\s+(?:{_W}+\s+){{0,3}}?(?:på|om|med)\s+(?:(?:ca|cirka|drygt|knappt|ytterligare)\s+)?$",
    re.IGNORECASE,
)
_STATED_PLAN = rf"(?:{_W}*budget|{_W}*ram|anslag|bidrag|stöd)(?:en|et)?"  # "ramen", "nämndens budget"
_NOW = r"(?:nu|därmed|alltså|då)"
# the words of a new total's clause before its figure: "den nya ramen för året blev", "Den totala budgeten är därmed",
# "Nämndens budget för året uppgår därmed till", "Därmed är nämndens budget", "Det höjer ramen till", "Totalt
# disponerar nämnden därmed" (a subject between: "Totalt har Y upparbetats" is money spent)
_NEW_TOTAL_RE = re.compile(
    rf"(?<!{_W})(?:(?:ny|nya|nytt|totala|samlade|sammanlagda|reviderade|utökade)\s+(?:{_W}+s\s+)?(?P<named>{_PLAN})"
    rf"|(?P<stated>{_STATED_PLAN})\s+(?:{_W}+\s+){{0,3}}?"
    rf"(?:blev|blir|{_NOW}\s+är|är\s+{_NOW}|uppgår\s+(?:{_NOW}\s+)?till|landade\s+på|hamnade\s+på|steg\s+till)"
    rf"|(?:{_NOW}|totalt|sammanlagt)\s+(?:är|blir|blev|uppgår|uppgick)\s+(?:{_W}+s\s+)?(?P<inverted>{_STATED_PLAN})"
    rf"(?:\s+{_W}+){{0,3}}?(?:\s+till)?"
    rf"|(?:höjer|höjde|ökar|ökade|utökar|utökade)\s+(?:{_W}+s\s+|den\s+|det\s+)?(?P<raised>{_STATED_PLAN})\s+till"
    rf"|(?P<whole>totalt)\s+(?:har|disponerar|förfogar|får)(?:\s+{_W}+){{1,3}}?"
    # what the receiver has in all after the supplement, the figure's own plan: "Därmed får föreningen sammanlagt Y",
    # "Tillsammans med extrabidraget på X fick vi Y"
    rf"|(?P<held>(?:får|fick|har|hade)\s+(?:{_W}+\s+){{0,3}}?(?:sammanlagt|totalt|allt\s+som\s+allt)\s*)$"
    rf"|(?P<held_with>(?:tillsammans\s+)?med\s+(?:{_W}+\s+){{0,2}}?{SUPPLEMENT_WORDS}[^,.;:\n]*?"
    rf"(?<!{_W})(?:får|fick|har|hade|blev|blir)(?!{_W})))"
    rf"(?!{_W})[^,.;:\n]*$",
    re.IGNORECASE,
)
# a supplement named after its figure: "sköt till X i en tilläggsbudget", "X kronor extra i vårens tilläggsbudget"
_SUPPLEMENT_AFTER_RE = re.compile(
    rf"\s*(?:kronor|kr)?\s*(?:extra\s+)?(?:{_W}+\s+){{0,2}}?i\s+(?:en\s+|ett\s+|{_W}+s\s+)?"
    rf"(?:(?:tilläggs|extra)(?:budget|anslag)|(?:kompletterande|extra)\s+(?:budget|anslag|medel|bidrag))",
    re.IGNORECASE,
)
# a supplement in apposition to the plan figure before it: "850 000 kr i bidrag, en höjning med Y"
_APPOSITION_RE = re.compile(r",\s*(?:vilket\s+(?:är|innebär)\s+)?(?:en|ett)\s+", re.IGNORECASE)
_CLAUSE_START_RE = re.compile(r"[,.;:\n]|(?<![\wåäö])(?:och|men|så\s+att)(?![\wåäö])", re.IGNORECASE)
_PLANS = ("budget", "beviljat")
_GRANT_NOUN_RE = re.compile(r"^(?:bidrag|stöd)", re.IGNORECASE)


class Amount(Protocol):
    """One amount of a passage as `role_passage.PassageAmount` holds it."""

    @property
    def index(self) -> int: ...  # the sentence's place in the passage

    @property
    def sentence(self) -> str: ...

    @property
    def span(self) -> tuple[int, int]: ...

    @property
    def role(self) -> str: ...


def supplement_roles(amounts: Sequence[Amount]) -> dict[int, str]:
    """The roles a supplement beside its new total changes (position in `amounts` -> role), else none."""
    values = [_value(a) for a in amounts]
    supplements = [i for i, a in enumerate(amounts) if _SUPPLEMENT_RE.search(_head(a)) or _named_after(a)]
    changed: dict[int, str] = {}
    for s in supplements:
        total = _total_after(s, amounts, values) or _apposed_total(s, amounts, values)
        supplement = values[s]
        if total is None or supplement is None:
            continue
        t, total_role = total
        if not supplement < (values[t] or 0):
            continue
        changed[s] = "annat"
        if amounts[t].role not in ("sokt", "prognos"):
            changed[t] = total_role
        for p in range(s):
            if (
                p != t
                and amounts[p].role in _PLANS
                and _added_to(values[p], values[s], values[t], amounts[p].role, total_role)
            ):
                changed[p] = "annat"  # the plan the supplement was added to
    return changed


def _added_to(plan: int | None, supplement: int | None, total: int | None, role: str, total_role: str) -> bool:
    """A plan figure before the supplement is the one it was added to: of the new total's role and smaller than
    it, or adding up to it with the supplement (a grant raised to a new budget)."""
    if plan is None or supplement is None or total is None or plan >= total:
        return False
    return role == total_role or plan + supplement == total


def _total_after(s: int, amounts: Sequence[Amount], values: Sequence[int | None]) -> tuple[int, str] | None:
    """The first amount after the supplement whose clause names it the new total, with the role its noun gives."""
    for t in range(s + 1, len(amounts)):
        found = _NEW_TOTAL_RE.search(_head(amounts[t]))
        if found and values[t] is not None:
            if (found.group("held") or found.group("held_with")) and amounts[t].role in _PLANS:
                return t, amounts[t].role  # no plan noun: the figure keeps the plan its own words gave it
            noun = next((n for n in found.group("named", "stated", "inverted", "raised") if n), "")
            return t, ("beviljat" if _GRANT_NOUN_RE.match(noun) else "budget")  # "totalt har": what it has to spend
    return None


def _apposed_total(s: int, amounts: Sequence[Amount], values: Sequence[int | None]) -> tuple[int, str] | None:
    """The plan figure right before a supplement set in apposition to it, with the figure's own role."""
    if s == 0:
        return None
    before, here = amounts[s - 1], amounts[s]
    if before.index != here.index or before.role not in _PLANS:
        return None
    between = here.sentence[before.span[1] : here.span[0]]
    comma = between.find(",")
    # a few words may qualify the plan figure before the comma ("i föreningsbidrag för 2025")
    if comma < 0 or len(between[:comma].split()) > 6 or not _APPOSITION_RE.match(between, comma):
        return None
    return s - 1, before.role


def _named_after(one: Amount) -> bool:
    """The words right after the amount name it a supplement ("X i en tilläggsbudget")."""
    return bool(_SUPPLEMENT_AFTER_RE.match(one.sentence, one.span[1]))


def _head(one: Amount) -> str:
    """The words of the amount's clause before it (a decimal comma, "1,3 mnkr", ends no clause)."""
    head = re.sub(r"(?<=\d),(?=\d)", "0", one.sentence[: one.span[0]])
    starts = [m.end() for m in _CLAUSE_START_RE.finditer(head)]
    return head[starts[-1] :] if starts else head


def _value(one: Amount) -> int | None:
    parsed = parse_amount(one.sentence[one.span[0] : one.span[1]])
    return abs(parsed[0]) if parsed is not None else None
