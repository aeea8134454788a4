"""The project's own money and what its members paid themselves: pure rules over a masked sentence.

In a form every figure is one project's, and what `bilagor amounts` sums is the city's grant (or the budget) and
the cost; money the applicant put in of its own ("Egen insats: X", "X ur föreningens egen kassa", "X av våra egna
pengar", "tog resten, X, ur klubbkassan") or that its members or participants paid themselves ("föräldrarna
betalade själva X", "Klubben står själv för X", "X betalade vi själva") is neither: a source of the cost beside the
grant, `annat` (tests/data/roles/README.md: co-funding and own contributions are no summed role). In public text
the same words name an organisation's own share beside the money it got, `annat` too.

A shortfall named as such keeps its role ("de 3 700 kr som saknades tog vi ur kassan" is a deviation:
`role_attached`), since the pot must follow the amount itself.
"""

from __future__ import annotations

import re

from bilagor.extractor.entities.role_context import WORD_CHAR as _W

# Whose pot: a possessive ("föreningens", "vår", "sina") before it, which may be left out ("ur egen kassa").
_OWNER = rf"(?:(?:{_W}+s|vår|våra|vårt|sin|sina|sitt|deras)\s+)?"
# The pot itself: own money named "egen/egna/eget", or a club's or association's cash ("klubbkassan", "kassan").
# A committee's own budget ("ur nämndens egen budget", "avsatt X i egen budget") is still its money for the work, and
# another body's cash ("Försäkringskassan") no pot of the project's.
_OWN_POT = (
    rf"{_OWNER}(?:egen|egna|eget)\s+(?:{_W}+\s+)?(?:kassa|medel|pengar|insats|fickor|sparpengar)(?!{_W})"
    rf"|{_OWNER}(?<!{_W})(?:klubb|förenings|lag|kör)?kassa(?:n)?(?!{_W})"
)
# ... right after the amount: "2 300 kr ur egen kassa", "650 kr av våra egna pengar", "X tog vi ur klubbkassan"
_POT_AFTER_RE = re.compile(
    rf"\s*(?:kronor|kr)?\s*,?\s*(?:(?:tog|togs|tas|betalade|betalades|betalas|kom|kommer|lade|la|hämtade|hämtades)"
    rf"\s+(?:(?!ur\s|från\s){_W}+\s+)?)?(?:ur|från|av|med|i|ut\s+ur)\s+(?:{_OWN_POT})",
    re.IGNORECASE,
)
# A name of the own contribution right before the amount in its clause: "Egen insats: X", "egen insats på X",
# "Egenfinansieringen blev X", "föreningens egna medel, X".
_OWN_NAME_BEFORE_RE = re.compile(
    rf"(?<!{_W})(?:egen\s+insats|egeninsats|eget\s+bidrag|egen\s+finansiering|egenfinansiering|egna\s+medel"
    rf"|egna\s+insats|självfinansiering){_W}*"
    r"\s*(?:[:=,]|på|om|av|blev|var|är|uppgick\s+till|landade\s+på)?\s*(?:(?:ca|cirka|c:a|drygt|knappt)\s+)?$",
    re.IGNORECASE,
)
# A payer that paid itself: a verb of paying and "själv/själva" before the amount ("föräldrarna betalade själva
# X", "Klubben står själv för X", "betalade föreningen själv X", "bidrar själva med X", "lade själv till X") ...
_PAYS = r"betalade|betalat|betalar|betala|står|stod|stått|bidrar|bidrog|bidragit|lade|la|lagt|lägger|tog|sköt|skjuter"
_SELF_BEFORE_RE = re.compile(
    rf"(?<!{_W})(?:{_PAYS})\s+(?:{_W}+\s+){{0,2}}?själva?\s+(?:(?:till|för|med|in)\s+)?(?:resten\s*,?\s+)?"
    r"(?:(?:ca|cirka|c:a|drygt|knappt)\s+)?$",
    re.IGNORECASE,
)
# ... or after it ("X betalade vi själva", "X som föreningen betalade själv", "X fick vi betala själva"), in its
# clause ("… landade på X totalt, så föreningen la in resten själv": the rest is another figure).
_NOT_CLAUSE_WORD = r"(?!och\s|men\s|samt\s|så\s|totalt\s|sammanlagt\s|eftersom\s|vilket\s)"
_SELF_AFTER_RE = re.compile(
    rf"\s*(?:kronor|kr)?\s*,?\s*(?:som\s+)?(?:{_NOT_CLAUSE_WORD}{_W}+\s+){{0,2}}?(?:{_PAYS})\s+"
    rf"(?:{_NOT_CLAUSE_WORD}{_W}+\s+){{0,2}}?själva?(?!{_W})"
    rf"|\s*(?:kronor|kr)?\s+själva?(?!{_W})",
    re.IGNORECASE,
)
# ... or the participants as the payer of the amount's clause ("Deltagarna betalade 100 kr var, 5 000 kr", "Varje
# deltagare betalade en avgift på 50 kr, sammanlagt 1 200 kr"): their fees are a source of the cost, like own money.
_PARTICIPANTS_PAID_RE = re.compile(
    rf"(?<!{_W})(?:deltagarna|föräldrarna|eleverna|besökarna|medlemmarna|familjerna|ungdomarna|barnen|gästerna"
    rf"|publiken|(?:varje|var\s+och\s+en\s+av\s+(?:de\s+)?)\s*(?:deltagare|förälder|elev|besökare|medlem|familj)(?:na)?)"
    rf"\s+(?:har\s+|hade\s+|fick\s+|fått\s+)?(?:själva?\s+)?(?:betalade|betalat|betalar|betala|bidrog|bidragit|bidrar)(?!{_W})"
    rf"(?:(?!(?<!{_W})(?:{_W}*bidrag|stöd|anslag|medl|pengar))[^.;:!?\n])*$",
    re.IGNORECASE,
)
# Where the amount's clause starts (a shared clause start keeps "Vi betalade själva resten. Bidraget var X" apart).
_CLAUSE_START_RE = re.compile(r"[.;:!?\n]|(?<!{_W})(?:och|men|samt)(?!{_W})".replace("{_W}", _W), re.IGNORECASE)
# An overrun or shortfall named as such keeps its role, however it was paid ("Mellanskillnaden, X, tog föreningen ur
# egen kassa", "De X som fattades betalade vi själva": a deviation, the roles README's convention) ...
_GAP_BEFORE_RE = re.compile(
    rf"(?<!{_W})(?:mellanskillnad|differens|överskrid|överskjutande|merkostnad|fördyring|underskott|överdrag|avvikelse"
    rf"|saknade\s+belopp|som\s+(?:fattades|saknades)){_W}*"
    r"[^.;:\n#]{0,12}$",
    re.IGNORECASE,
)
_GAP_AFTER_RE = re.compile(
    r"\s*(?:kronor|kr)?\s*som\s+(?:vi\s+|det\s+)?(?:fattades|saknades|fattade|saknade|inte\s+räckte)", re.IGNORECASE
)
# ... and a whole that includes the own money ("Projektets budget inklusive egen insats: X") is no own money.
_INCLUDING_BEFORE_RE = re.compile(r"(?:inklusive|inkl\.?|exklusive|exkl\.?|plus|utan|med)\s+$", re.IGNORECASE)
_SENTENCE_RE = re.compile(r"[.;!?\n]")  # where a name before the amount may start, where words after it end


def own_money(text: str, span: tuple[int, int]) -> bool:
    """The amount at `span` of the masked `text` is the project's own money or what its members paid themselves."""
    start, end = span
    clause_start = max((m.end() for m in _CLAUSE_START_RE.finditer(text, 0, start)), default=0)
    before = text[clause_start:start]
    sentence_start = max((m.end() for m in _SENTENCE_RE.finditer(text, 0, start)), default=0)
    stop = _SENTENCE_RE.search(text, end)
    after = text[end : stop.start() if stop else len(text)]
    if _GAP_BEFORE_RE.search(text, sentence_start, start) or _GAP_AFTER_RE.match(after):
        return False
    named = _OWN_NAME_BEFORE_RE.search(text, sentence_start, start)
    if named and _INCLUDING_BEFORE_RE.search(text, sentence_start, named.start()):
        named = None
    return bool(
        _POT_AFTER_RE.match(after)
        or named
        or _SELF_BEFORE_RE.search(before)
        or _SELF_AFTER_RE.match(after)
        or _PARTICIPANTS_PAID_RE.search(before)
    )
