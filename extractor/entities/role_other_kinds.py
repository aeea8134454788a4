"""Money of another kind than a grant, a budget or spending, in public text: a pure rule over an amount's sentence.

"Nämnden har tagit emot en gåva på X", "Kommunen fick ett arv på X", "Kommunen fick X i utdelning från
Kommuninvest", "Kommunen har gett klubben ett lån på X", "har fått ett vite på X", "ett kapitaltillskott på X till
bostadsbolaget", "lämnar ett koncernbidrag på X": a gift, an inheritance, a dividend, a loan, a debt, a fine or money
moved within a group of companies is neither a grant applied for nor a body's spending on its activities, so
`annat` (the verbs "fick", "har fått", "ger" read it as a grant otherwise). Only the amount named as that kind
itself: "ett lån på X och ett bidrag på Y" keeps Y a grant. Gifts summed over a period ("Under året har nämnden fått
X i gåvor och donationer") are the body's income as a grant is, left to the other rules.

A distributor's whole pot told in the present ("Boverket fördelar totalt X till …", "Totalt fördelar Tillväxtverket
X"), the round's frame before any share is granted, is `annat` too; what was handed out ("Totalt fördelade nämnden X
till 87 föreningar", "Totalt fördelas X av årets ram") stays a grant. So is a body's investments told beside its
result ("Mölndals stad redovisar ett resultat på X. Investeringarna uppgick till Y."): the result is the outcome, the
year's investments another figure of the accounts; investments set against their budget stay the outcome.
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


# present active "fördelar" with "totalt"/"sammanlagt" before the amount, no other figure between: "Boverket fördelar
# totalt X", "fördelar i år totalt X", "Totalt fördelar Tillväxtverket X"
_POT_RE = re.compile(
    rf"(?<!{_W})(?:(?:totalt|sammanlagt)\s+fördelar(?!{_W})[^.;:\d]{{0,80}}"
    rf"|fördelar\s+(?:{_W}+\s+){{0,3}}(?:totalt|sammanlagt)\s+)$",
    re.IGNORECASE,
)


def distributed_pot(text: str, span: tuple[int, int]) -> bool:
    """The amount at `span` of `text` is a distributor's whole pot told in the present: "X fördelar totalt Y"."""
    return _POT_RE.search(text[max(0, span[0] - 160) : span[0]]) is not None


# "Investeringarna uppgick till X" opening the sentence, after a sentence that reports the body's result
_INVESTMENTS_RE = re.compile(r"^\s*investeringarna\s+(?:uppgick|uppgår)\s+(?:[\wåäö]+\s+){0,3}?till\s*$", re.IGNORECASE)
_RESULT_RE = re.compile(rf"(?<!{_W})(?:rörelse)?resultat(?:et)?(?!{_W})", re.IGNORECASE)
_BUDGET_RE = re.compile(rf"(?<!{_W})budget", re.IGNORECASE)


def investments_beside_result(text: str, span: tuple[int, int], context: str | None) -> bool:
    """The amount at `span` of `text` is a body's investments told after its result ("… redovisar ett resultat på X.
    Investeringarna uppgick till Y."), not set against a budget."""
    if not context or _INVESTMENTS_RE.match(text[: span[0]]) is None or _BUDGET_RE.search(text):
        return False
    return _RESULT_RE.search(context[-300:]) is not None
