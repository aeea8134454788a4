"""Damages for one case in public text: a pure rule over an amount's sentence and the text before it.

"Kommunen har betalat X i skadestånd till en familj efter en olycka", "Skolan har dömts att betala X i skadestånd",
"Kommunen har fått skadestånd på X från entreprenören": money paid or received to settle one claim is neither a
body's spending on its activities nor a grant, so `annat`; so are what the claimant had asked ("Eleven hade krävt
X") and the insurance's share of it ("Försäkringen täckte X"). Damages summed over a year or a period ("Under 2025
betalade kommunen sammanlagt X i skadestånd till elever") are what the body spent on them, left to the other rules.
"""

from __future__ import annotations

import re

from bilagor.extractor.entities.role_context import WORD_CHAR as _W, previous_sentence

_DAMAGES_RE = re.compile(rf"(?<!{_W})skadestånd{_W}*", re.IGNORECASE)
# one case: a single party or event named ("till en cyklist", "efter ett elavbrott", "från entreprenören"), a court or
# a dispute, a claim
_ONE_CASE_RE = re.compile(
    rf"(?<!{_W})(?:(?:till|efter|från|mot)\s+(?:en|ett)\s+{_W}"
    rf"|(?:till|från)\s+(?:entreprenören|konsulten|leverantören|familjen|eleven|föräldern|hyresgästen)(?!{_W})"
    rf"|döm(?:t|ts|des|d)(?!{_W})|tvist{_W}*|kräv(?:t|de|er)(?!{_W})|yrka{_W}*)",
    re.IGNORECASE,
)
# a sum over a period or many cases
_SUMMED_RE = re.compile(rf"(?<!{_W})(?:sammanlagt|totalt|senaste|årligen|per\s+år)(?!{_W})", re.IGNORECASE)
# the claim or the insurance's share right before the amount: "hade krävt X", "Försäkringen täckte X"
_CLAIM_OR_COVER_RE = re.compile(
    rf"(?<!{_W})(?:(?:hade\s+)?(?:krävt|krävde|kräver|yrkat|begärt)"
    rf"|försäkring{_W}*\s+(?:täckte|täcker|betalade|betalar|står\s+för|stod\s+för|ersatte|ersätter))"
    rf"\s+(?:{_W}+\s+){{0,2}}?$",
    re.IGNORECASE,
)


def damages_for_one_case(text: str, span: tuple[int, int], context: str | None) -> bool:
    """The amount at `span` of `text` is damages for one case, the claim or the insurance's share of them."""
    start = span[0]
    if _CLAIM_OR_COVER_RE.search(text, 0, start):
        return bool(_DAMAGES_RE.search(text) or _DAMAGES_RE.search(previous_sentence(context)))
    return bool(_DAMAGES_RE.search(text) and _ONE_CASE_RE.search(text) and not _SUMMED_RE.search(text))
