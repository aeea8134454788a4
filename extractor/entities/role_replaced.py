"""A plan replaced by a new one in the same sentence: pure rules over one passage's amounts.

"Kalkylen på X ersattes i maj av en ny på Y", "Den första budgeten, X, byttes mot en ny budget om Y": the verb of
replacing links the two figures. The replaced plan is `annat` (a superseded plan, the roles README's convention)
and the new one takes its role, whatever the elliptic "en ny på Y", with no noun of its own, gave it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bilagor.extractor.entities.role_context import WORD_CHAR as _W
from bilagor.extractor.entities.role_supplements import Amount  # one amount of a passage, as role_passage holds it

# between the replaced figure and the new one: "ersattes i maj av en ny på", "har ersatts av en reviderad kalkyl om",
# "byttes ut mot ett nytt anbud på"
_REPLACED_BY_RE = re.compile(
    rf"^[^.;:]*?(?<!{_W})(?:ersattes|ersatts|byttes|bytts)(?!{_W})(?:\s+{_W}+){{0,4}}?\s+(?:av|mot)\s+"
    rf"(?:en|ett|den|det)\s+(?:ny|nytt|nya|reviderad|reviderat|justerad|justerat|högre|lägre)(?:\s+{_W}+)?\s+(?:på|om)\s+"
    r"(?:(?:ca|cirka|drygt|knappt|totalt)\s+)?$",
    re.IGNORECASE,
)
_PLANS = ("budget", "beviljat", "prognos")


def replaced_roles(amounts: Sequence[Amount]) -> dict[int, str]:
    """The roles a plan replaced by the next figure of its sentence changes (position in `amounts` -> role)."""
    changed: dict[int, str] = {}
    for i, (old, new) in enumerate(zip(amounts, amounts[1:])):
        if old.index != new.index or old.role not in _PLANS:
            continue
        if _REPLACED_BY_RE.match(old.sentence[old.span[1] : new.span[0]]):
            changed[i] = "annat"
            changed[i + 1] = old.role
    return changed
