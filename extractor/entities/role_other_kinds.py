"""Money of another kind than a grant, a budget or spending, in public text: a pure rule over an amount's sentence.

"Nämnden har tagit emot en gåva på X", "Kommunen fick ett arv på X", "Kommunen fick X i utdelning från
Kommuninvest", "Kommunen har gett klubben ett lån på X", "har fått ett vite på X", "ett kapitaltillskott på X till
bostadsbolaget", "lämnar ett koncernbidrag på X": a gift, an inheritance, a dividend, a loan, a debt, a fine or money
moved within a group of companies is neither a grant applied for nor a body's spending on its activities, so
`annat` (the verbs "fick", "har fått", "ger" read it as a grant otherwise). Only the amount named as that kind
itself: "ett lån på X och ett bidrag på Y" keeps Y a grant. Gifts summed over a period ("Under året har nämnden fått
X i gåvor och donationer") are the body's income as a grant is, left to the other rules.
"""

from __future__ import annotations

import re

from bilagor.extractor.entities.role_context import WORD_CHAR as _W

_KIND = (
    r"(?:testaments)?gåva|donation|arv|(?:aktie)?utdelning|(?:bank)?lån|(?:låne)?skuld|vite"
    r"|koncernbidrag|(?:kapital|aktieägar)tillskott"
)
# the same kinds as the subject, named by their definite form or after an owner ("Utdelningen var X", "Den totala
# låneskulden uppgår nu till X", "Kommunens skuld till Kommuninvest uppgick vid årsskiftet till X")
_KIND_SUBJECT = (
    r"(?:testaments)?gåvan|donationen|arvet|(?:aktie)?utdelningen|(?:bank)?lånet|(?:låne)?skulden|(?:låne)?skuld"
    r"|vitet|koncernbidraget|(?:kapital|aktieägar)tillskottet|borgen"
)
# the kind's noun phrase right before the amount: "en gåva på", "ett nytt lån om", "en testamentsgåva på"
_BEFORE_RE = re.compile(rf"(?<!{_W})(?:en|ett)\s+(?:{_W}+\s+)?(?:{_KIND})\s+(?:på|om)\s*$", re.IGNORECASE)
# the kind right after it: "fick X i utdelning", "X i gåva";
# or paid off on it: "har betalat av X på lånet", "amorterat X på sina lån"
_AFTER_RE = re.compile(
    rf"\s+(?:i\s+(?:{_KIND})|på\s+(?:sina\s+|sitt\s+|det\s+)?(?:lånet|lånen|lån|skulden|skulderna))(?!{_W})",
    re.IGNORECASE,
)
# the subject, a few words ("till Kommuninvest", "för 2025") and its verb right before the amount
_SUBJECT_RE = re.compile(
    rf"(?<!{_W})(?:{_KIND_SUBJECT})\s+(?:{_W}+\s+){{0,4}}?"
    rf"(?:var|är|blev|blir|uppgick\s+(?:{_W}+\s+){{0,3}}?till|uppgår\s+(?:{_W}+\s+){{0,3}}?till)\s*$",
    re.IGNORECASE,
)


def received_of_another_kind(text: str, span: tuple[int, int]) -> bool:
    """The amount at `span` of `text` is named a gift, an inheritance, a dividend, a loan, a debt, a fine or a
    capital injection or group contribution."""
    before = text[: span[0]]
    return bool(_BEFORE_RE.search(before) or _SUBJECT_RE.search(before) or _AFTER_RE.match(text, span[1]))
