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
