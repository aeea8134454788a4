"""The city's share of a cost that an application proposes its own money pay: "Utgiften beräknas till 3,5 mnkr,
varav stadsdelens trygghetsmedel föreslås bekosta X", "Av kostnaden föreslås trygghetsmedlen bekosta X, resten
betalar trafikkontoret", "X föreslås finansieras med trygghetsmedel".

The share proposed for the city's pot is what the application asks the committee for, `sokt` (the held-out writers
of the twenty-fourth, twenty-sixth and twenty-seventh rounds), not a part of the cost beside its whole (`annat`,
which "varav" and "av kostnaden" gave it). Another payer's share in the same sentence ("och Svenska Bostäder Y")
stays what it was: the words between the previous figure and this one must name the proposal and the city's money.
Pure rules over a masked sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence

# A proposal ("föreslås", "föreslår att", "föreslagna").
_PROPOSED_RE = re.compile(r"(?<![\wåäö])föresl(?:ås|år|og|agits?|agna|agen)(?![\wåäö])", re.IGNORECASE)
# A verb of paying for the work.
_PAYS_RE = re.compile(
    r"(?<![\wåäö])(?:bekost(?:a|as|ar)|finansier(?:a|as|ar)|täck(?:a|as|er)|betala(?:s|r)?|st(?:å|år)\s+för)(?![\wåäö])",
    re.IGNORECASE,
)
# The city's money or body as the payer: its safety or investment pot, the district committee.
_CITY_MONEY_RE = re.compile(
    r"(?<![\wåäö])(?:[\wåäö]*trygghetsmed(?:el|len|lens)|[\wåäö]*investeringsmed(?:el|len|lens)"
    r"|stadsdels(?:nämnd|förvaltning)[\wåäö]*|stadsdelens|(?-i:SDN|SDF)s?)(?![\wåäö])",
    re.IGNORECASE,
)
# Where the amount's clause starts or ends: a sentence's or line's end, a semicolon, a colon.
_CLAUSE_EDGE_RE = re.compile(r"[.;:\n!?]")
# After the amount its clause ends at a comma too ("X, resten betalar trafikkontoret").
_AFTER_EDGE_RE = re.compile(r"[,.;:\n!?]")


def proposed_city_share(text: str, span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    """The amount at `span` is the share of a cost an application proposes the city's money pay."""
    before_start = max(
        [m.end() for m in _CLAUSE_EDGE_RE.finditer(text, 0, span[0])] + [e for s, e in spans if e <= span[0]],
        default=0,
    )
    after = _AFTER_EDGE_RE.search(text, span[1])
    after_end = min([after.start() if after else len(text)] + [s for s, _ in spans if s >= span[1]])
    before, behind = text[before_start : span[0]], text[span[1] : after_end]
    words = before + " " + behind
    return bool(_PROPOSED_RE.search(words) and _PAYS_RE.search(words) and _CITY_MONEY_RE.search(words))
