"""Running costs per year: money a thing costs every year (a service contract, upkeep, rent) is no figure of the
project's budget or outcome, and neither is what that yearly cost became ("Skötselavtalet skulle kosta 95 000 kr
per år, men det blev 102 000 kr"). Pure rules over a masked sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence

_PER_YEAR_AFTER_RE = re.compile(
    r"\s*(?:kronor|kr)?\s*(?:per\s+år|om\s+året|i\s+året|årligen)(?![\wåäö])", re.IGNORECASE
)
# The thing that runs: a contract, upkeep, service, rent, licence (the noun's stem anywhere in a compound).
_RUNNING_NOUN_RE = re.compile(
    r"[\wåäö]*(?:avtal|drift|skötsel|service|underhåll|licens|abonnemang|hyra|hyran)[\wåäö]*", re.IGNORECASE
)
_CLAUSE_START_RE = re.compile(r"[.;:]\s*")
# "…, men det blev X", "och den landade på X": a clause that only says what the figure before came to.
_CAME_TO_RE = re.compile(
    r"[,;]?\s*(?:men|och)\s+(?:det|den)\s+(?:blev|landade\s+på|hamnade\s+på|slutade\s+på)\s+"
    r"(?:(?:bara|i\s+stället|istället|till\s+slut|faktiskt)\s+)*$",
    re.IGNORECASE,
)


def _running_per_year(text: str, span: tuple[int, int]) -> bool:
    if not _PER_YEAR_AFTER_RE.match(text, span[1]):
        return False
    clause_start = max((m.end() for m in _CLAUSE_START_RE.finditer(text, 0, span[0])), default=0)
    return bool(_RUNNING_NOUN_RE.search(text, clause_start, span[0]))


# "Den årliga driften, uppskattad till 40 tkr, …": a yearly running cost as the subject, the amount in its apposition.
_RUNNING_SUBJECT_RE = re.compile(
    r"(?:^|[.;:]\s*)\s*(?:den|det|de)\s+(?:årliga|löpande)\s+[\wåäö]+\s*,\s*[^,#.;:]*$", re.IGNORECASE
)


def running_cost(text: str, span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    """The amount at `span` is a running cost per year named by its thing ("Serviceavtalet … 12 000 kr per år") or
    in apposition to a yearly running cost ("Den årliga driften, uppskattad till 40 tkr, …"), or what the running
    cost right before it came to ("…, men det blev 14 500 kr")."""
    if _running_per_year(text, span) or _RUNNING_SUBJECT_RE.search(text, 0, span[0]):
        return True
    before = [s for s in spans if s[1] <= span[0]]
    return bool(before) and _came_to(text, before[-1], span)


def _came_to(text: str, previous: tuple[int, int], span: tuple[int, int]) -> bool:
    between = _PER_YEAR_AFTER_RE.match(text, previous[1])
    if not between or not _running_per_year(text, previous):
        return False
    return bool(_CAME_TO_RE.fullmatch(text, between.end(), span[0]))


# A saving named by its noun or verb ("Besparingen beräknas till X", "har sparat X på lokaler", "en årlig
# besparing på X"), or a thing made cheaper by X each year ("blir X billigare per år").
_SAVING_BEFORE_RE = re.compile(
    r"(?<![\wåäö])(?:[\wåäö]*besparing[\wåäö]*|spar(?:a|ar|as|ade|at|ats)|sparbeting[\wåäö]*)(?![\wåäö])", re.IGNORECASE
)
_LINE_START_RE = re.compile(r"[.;\n]\s*")
_YEARLY_CHEAPER_AFTER_RE = re.compile(
    r"\s*(?:kronor|kr)?\s*(?:billigare|lägre|mindre)\s+(?:per\s+år|om\s+året|i\s+året|årligen)(?![\wåäö])",
    re.IGNORECASE,
)
# The saving set against the plan: "besparingen mot budget", "jämfört med budgeten på X", "mindre än budgeterat".
_AGAINST_PLAN_RE = re.compile(
    r"(?<![\wåäö])(?:mot|jämfört\s+med|än|under|i\s+förhållande\s+till|inom)\s+(?:(?:den|det|de|vår|sin)\s+)?"
    r"(?:[\wåäö]+\s+)?(?:budget|kalkyl|ram|budgeterat|kalkylerat|planerat|beräknat|beviljat)",
    re.IGNORECASE,
)


def saving_not_deviation(
    text: str, span: tuple[int, int], value: int | None, figures: Sequence[int], *, yearly_cheaper: bool = True
) -> bool:
    """The amount at `span` of the masked sentence `text` is a saving that is no deviation from the project's plan: a
    measure's yearly saving ("Den årliga besparingen beräknas till X"), a body's cut ("Regionen ska spara X"), unless
    the sentence sets it against the plan ("Besparingen mot budget är X") or it is the difference of two other
    figures of the passage (`figures`: "Budget 27 000 kr, utfall 24 300 kr. Besparingen på 2 700 kr …"), which is
    what the budget and outcome say the deviation is."""
    # a label's colon ends no clause here ("Beräknad årlig besparing: X")
    clause_start = max((m.end() for m in _LINE_START_RE.finditer(text, 0, span[0])), default=0)
    saving = _SAVING_BEFORE_RE.search(text, clause_start, span[0]) or (
        yearly_cheaper and _YEARLY_CHEAPER_AFTER_RE.match(text, span[1])
    )
    if not saving or _AGAINST_PLAN_RE.search(text):
        return False
    if value is None:
        return True
    return not any(a - b == abs(value) for a in figures for b in figures if a != b)


# "Besparingen mot budget blev X", "besparingen mot budget är alltså X": the saving is the subject, the budget only
# what it is measured against.
_SAVING_AGAINST_PLAN_RE = re.compile(
    r"(?<![\wåäö])[\wåäö]*besparing(?:en|ar|arna)?\s+(?:mot|jämfört\s+med)\s+(?:den\s+)?(?:budget|kalkyl)[\wåäö]*\s+"
    r"(?:(?:blev|är|var|uppgick\s+till|landade\s+på|hamnade\s+på)\s+)?(?:alltså\s+|därmed\s+)?$",
    re.IGNORECASE,
)


def saving_against_plan(text: str, span: tuple[int, int]) -> bool:
    """The amount at `span` is a saving against the budget named as its subject right before it, a deviation."""
    clause_start = max((m.end() for m in _LINE_START_RE.finditer(text, 0, span[0])), default=0)
    return bool(_SAVING_AGAINST_PLAN_RE.search(text, clause_start, span[0]))
