"""Public text: the estimate of the stages still to come beside a stage built, a pure rule over a passage's amounts.

"Den första etappen kostade X, och de två återstående beräknas kosta Y": Y is another period's figure, neither the
outcome nor the forecast of the work built (the README's convention since the eighteenth round: `annat`, as a later
stage is). The later stages are named as the ones remaining ("de återstående", "resterande etapper") or by their
number ("etapp två och tre", "den tredje etappen"); the built stage is an outcome whose clause, or its sentence before it, names a stage or a
first one ("Den första är klar och kostade X", "De två första etapperna kostade X").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bilagor.extractor.entities.role_clauses import amount_clause
from bilagor.extractor.entities.role_context import WORD_CHAR as _W
from bilagor.extractor.entities.role_income import Amount

_LATER_STAGES_RE = re.compile(
    rf"(?<!{_W})(?:återstående|resterande|kvarvarande|senare\s+etapp{_W}*|(?:andra|tredje|fjärde|nästa)\s+etapp{_W}*"
    rf"|etapp(?:erna)?\s+(?:två|tre|fyra|[2-4]))(?!{_W})",
    re.IGNORECASE,
)
_STAGE_RE = re.compile(rf"(?<!{_W})etapp{_W}*|(?<!{_W})första(?!{_W})", re.IGNORECASE)
_PLANNED = ("prognos", "budget", "utfall")


def later_stage_roles(amounts: Sequence[Amount]) -> dict[int, str]:
    """The estimates of later stages beside a stage built (position -> `annat`)."""
    later = {i for i, a in enumerate(amounts) if a.role in _PLANNED and _names(a, _LATER_STAGES_RE)}
    # the built stage is named before its outcome in its sentence ("Den första är klar och kostade X")
    built = [
        i
        for i, a in enumerate(amounts)
        if i not in later
        and a.role == "utfall"
        and (_STAGE_RE.search(a.sentence, 0, a.span[0]) or _names(a, _STAGE_RE))
    ]
    return {i: "annat" for i in later if any(b < i for b in built)}


def _names(one: Amount, pattern: re.Pattern[str]) -> bool:
    text, start, end = amount_clause(one.sentence, one.spans, one.span)
    return bool(pattern.search(text, start, end))
