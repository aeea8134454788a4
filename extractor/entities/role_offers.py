"""Offers or tenders set side by side and the one chosen, in an application: a pure rule over a passage's amounts.

"Två offerter har tagits in: X och Y. Vi väljer den lägre", "Offert från A: X. Offert från B: Y. Vi väljer den
förstnämnda": the offer chosen is the price the application is calculated on, its budget; the others are prices not
taken, `annat` (the roles README: "in an application the tender's sum itself is the budget"). The choice names
which by its price ("den lägre", "det billigaste", "den dyrare") or by its place ("den förstnämnda", "den
sistnämnda"); without a choice the figures are left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bilagor.extractor.entities.role_context import WORD_CHAR as _W

_OFFER_RE = re.compile(rf"(?<!{_W})(?:offert|anbud){_W}*", re.IGNORECASE)
_CHOICE_RE = re.compile(
    rf"(?<!{_W})(?:välj{_W}*|ant(?:a|as|ar|agit)|gå(?:r)?\s+vidare\s+med|ta)\s+(?:vi\s+)?(?:den|det)\s+"
    rf"(?P<which>lägre|lägsta|billigare|billigaste|högre|högsta|dyrare|dyraste|förstnämnda|första|sistnämnda|senare)"
    rf"(?!{_W})",
    re.IGNORECASE,
)
_LOWEST = ("lägre", "lägsta", "billigare", "billigaste")
_HIGHEST = ("högre", "högsta", "dyrare", "dyraste")
_FIRST = ("förstnämnda", "första")


def chosen_offer_roles(
    sentences: Sequence[str], values: Sequence[int | None], roles: Sequence[str], text: str
) -> dict[int, str]:
    """By index, the roles of offers beside each other (amounts whose `sentences` name an offer or tender, not the
    sum sought) once `text` names the one chosen: that one `budget`, the others `annat`."""
    choice = _CHOICE_RE.search(text)
    offers = [
        i
        for i, (sentence, value, role) in enumerate(zip(sentences, values, roles))
        if value is not None and role != "sokt" and _OFFER_RE.search(sentence)
    ]
    if choice is None or len(offers) < 2 or len({values[i] for i in offers}) < len(offers):
        return {}
    which = choice.group("which").lower()
    if which in _LOWEST:
        chosen = min(offers, key=lambda i: values[i] or 0)
    elif which in _HIGHEST:
        chosen = max(offers, key=lambda i: values[i] or 0)
    else:
        chosen = offers[0] if which in _FIRST else offers[-1]
    return {i: "budget" if i == chosen else "annat" for i in offers}
