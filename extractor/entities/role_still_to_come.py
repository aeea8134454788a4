"""The cost of the rest told as money on top, in a follow-up: a pure rule over an amount's clause and the words
right after it.

A follow-up told before the work is done may give the cost so far and what the rest will add ("Resten av året tror
vi kostar ungefär X till", "Avslutningen kostar nog X till"): money on top of the outcome, neither the outcome nor
the forecast of the whole (which the text gives, if at all, as its own figure, "så helåret hamnar på Y"), so it is
`annat` beside a cost so far in the passage (the twenty-first sets' convention, role_passage). The remaining work's
estimate told as such ("Återstående arbeten beräknas kosta X") stays `prognos`, as the older conventions have it.
"""

from __future__ import annotations

import re

_W = r"[\wåäö]"
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
