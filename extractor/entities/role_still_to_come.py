"""The cost of the rest told as money on top, in a follow-up: a pure rule over an amount's clause and the words
right after it.

A follow-up told before the work is done may give the cost so far and what the rest will add ("Resten av året tror
vi kostar ungefär X till", "Avslutningen kostar nog X till"): money on top of the outcome, neither the outcome nor
the forecast of the whole (which the text gives, if at all, as its own figure, "så helåret hamnar på Y"), so it is
`annat` beside a cost so far in the passage (the twenty-first sets' convention, role_passage). The remaining work's
estimate told as such ("Återstående arbeten beräknas kosta X") stays `prognos`, as the older conventions have it,
unless the passage gives the whole it is a part of: the rest's estimate plus a figure so far is another figure of
the passage, the forecast of the whole ("Nedlagt hittills X. Återstående arbeten beräknas till Y, så prognosen för
hela projektet är X + Y"), and a part beside its total is `annat` (the README's convention).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bilagor.extractor.entities.role_context import WORD_CHAR as _W

# "kostar X till": X more on top of what was spent
_MORE_AFTER_RE = re.compile(r"\s*(?:kronor|kr)?\s+till\s*(?:[,.;]|$)", re.IGNORECASE)
# the whole named in the clause: a forecast of the whole stays ("hela projektet", "helåret", "totalt")
_WHOLE_RE = re.compile(
    rf"(?<!{_W})(?:hela|helår{_W}*|totalt?|total{_W}*|sammanlagt|slut(?:kostnad|summa|lig){_W}*)(?!{_W})", re.IGNORECASE
)


def still_to_come(clause: str, after: str) -> bool:
    """The words right `after` the amount say it comes on top ("X till") and its clause (masked, the amount's own
    words included) names no whole."""
    return bool(_MORE_AFTER_RE.match(after)) and not _WHOLE_RE.search(clause)


# the rest named in the amount's clause: "återstående arbeten", "resterande kostnad", "resten av året"
REST_RE = re.compile(rf"(?<!{_W})(?:återstående|resterande|kvarstående|kvarvarande|resten\s+av)(?!{_W})", re.IGNORECASE)


def rest_beside_whole(values: Sequence[int | None], roles: Sequence[str], rest_named: Sequence[bool]) -> set[int]:
    """The forecasts of the rest (`rest_named`) that, added to another figure of the passage (the cost so far), make
    a third, a forecast or outcome of the whole: parts of that whole."""
    parts = set()
    for i, (value, role) in enumerate(zip(values, roles)):
        if role != "prognos" or not rest_named[i] or value is None:
            continue
        others = [(j, v) for j, v in enumerate(values) if j != i and v is not None]
        if any(v + value == w and roles[k] in ("prognos", "utfall") for j, v in others for k, w in others if k != j):
            parts.add(i)
    return parts
