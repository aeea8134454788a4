"""Planned or spent: the same words name a budget where the money is not spent yet.

- In an application, a cost stated or estimated ("Kostnaden uppskattas till X",
  "Total projektkostnad X") is the application's budget, unless the text says
  something was spent already ("har redan lagt").
- Under a decision ("Nämnden godkänner att 350 tkr används till …", "beslutar
  att genomföra … inom en utgift om 32 mnkr") money to be used is committed: a
  budget, unless the decision is about money spent ("godkänna slutredovisningen
  … kostade").
"""

from __future__ import annotations

import re

# Sections of an application: what it estimates a project to cost is its budget.
APPLICATION_SECTIONS = ("beskrivning", "behovsanalys", "sokt", "kalkyl", "mal_och_syfte")
# "Nämnden godkänner att 350 tkr används till …", "beslutar att genomföra … inom en utgift om X":
# a decision about money to be used commits it ...
_DECISION_FRAME_RE = re.compile(
    r"(?<![\wåäö])(?:beslutar|beslutade|beslutat|godkänner|godkände|godkänt|föreslår|föreslog|föreslagit|tillstyrker)"
    r"\s+att(?![\wåäö])",
    re.IGNORECASE,
)
# ... unless it is about money already spent.
_ALREADY_SPENT_RE = re.compile(
    r"(?<![\wåäö])(?:har|hade|blev|kostade|kostat|uppgick|[\wåäö]*redovisning[\wåäö]*|bokslut[\wåäö]*)(?![\wåäö])",
    re.IGNORECASE,
)


# A verb that says money was spent already, in an application's past ("har redan lagt").
_SPENT_RE = re.compile(
    r"(?<![\wåäö])(?:har|hade|kostade|kostat|blev|lades|lagts|[\wåäö]+(?:ats|ades|its|des)|förbrukat|använt)(?![\wåäö])",
    re.IGNORECASE,
)


def is_application(section_key: str | None) -> bool:
    key = (section_key or "").lower()
    return any(part in key for part in APPLICATION_SECTIONS)


def committed(text: str, start: int) -> bool:
    """A decision frame before the amount commits it ("godkänner att 350 tkr används")."""
    frames = list(_DECISION_FRAME_RE.finditer(text, 0, start))
    return bool(frames) and not _ALREADY_SPENT_RE.search(text, frames[-1].end(), start)


def spent_already(text: str) -> bool:
    return bool(_SPENT_RE.search(text))
