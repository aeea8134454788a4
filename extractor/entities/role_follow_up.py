"""Figures of a follow-up that read as something else out of it: pure rules over a (masked) sentence.

In a follow-up the work is done, so the words that make a figure a plan or a running cost elsewhere name a cost
paid here, while a cost told to explain an overrun is a part of the outcome, not more of it:

- A product of a unit price: "Instruktören kostar 800 kr per pass, och vi hade 12 pass, alltså 9 600 kr": the
  present "kostar" is the price's, the product what the project paid, the outcome (not the budget).
- A running-cost noun paid once, for a period inside the project: "Skötseln av planteringarna under sommaren
  kostade 6 200 kr", "Vi betalade 3 600 kr för licensen under terminen", "… och serviceavtalet för första året på
  X" after a verb of spending: the outcome, unless a rate names it running ("per år", "årligen", "löpande").
- A cost that came on top in the answer on the outcome ("Lokalen var gratis, men fika för X tillkom"), with no
  other word of its own, is the outcome; beside the whole it went into, named in its sentence ("tillkom X, vilket
  ger ett ackumulerat utfall på Y", "men totalen hölls …"), a part of that whole, `annat`. (In the answer on
  deviations such an item explains the deviation: left to that answer's rules.)
- A person paid for work ("Kursledaren fick X", "Musikerna fick X i gage", "fick X i arvode"), read as a grant by
  its verb, is a cost paid, the outcome (before a sum a line of it, `role_sum_lines`); money a person got from a
  funder ("av/från …") stays a grant.
- A cost inside the explanation of an overrun: "Överskridandet beror på att en projektor gick sönder och fick
  bytas för 2 900 kr" beside the outcome is a part of it, `annat` (the roles README's convention).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bilagor.extractor.entities.role_context import WORD_CHAR as _W
from bilagor.extractor.entities.role_cost_lines import WHOLE_PERIOD_RE
from bilagor.extractor.entities.role_cues import PER_UNIT_AFTER

# "…, alltså X", "…, det vill säga X", "…, totalt X" after the count: the product of the price before
_PRODUCT_BEFORE_RE = re.compile(
    r"(?:(?<![\wåäö])(?:alltså|det\s+vill\s+säga|dvs\.?|totalt|sammanlagt|det\s+blev|blev\s+det)|,\s*motsvarande)\s+$",
    re.IGNORECASE,
)
_PER_UNIT_RE = re.compile(rf"\s*(?:kronor|kr)?\s*(?:{PER_UNIT_AFTER})", re.IGNORECASE)
# a plan named in the sentence makes the product a planned one ("Vi räknade med 10 pass à 800 kr, alltså X")
_PLAN_RE = re.compile(
    rf"(?<!{_W})(?:budget{_W}*|räknade\s+med|planera{_W}*|beräkna{_W}*|kalkyl{_W}*|skulle|ska|ansök{_W}*|söker)(?!{_W})",
    re.IGNORECASE,
)


# "12 × 900 kr = 10 800 kr", "10 pass à 800 kr, alltså 8 000 kr": what the product follows, and the unit figure
# before it (a count times it, or a price per unit after or before it)
_EQUALS_BEFORE_RE = re.compile(r"=\s*(?:(?:ca|cirka|c:a|ungefär)\s+)?$", re.IGNORECASE)
_FACTOR_BEFORE_RE = re.compile(
    r"(?:(?<![\d,.])\d+\s*[x×]|(?<=\s)[à@]|(?<=\d)[à@])\s*(?:(?:ca|cirka|c:a)\s+)?$", re.IGNORECASE
)
_LINE_OR_SENTENCE_END_RE = re.compile(r"\n|[.!?;](?:\s|$)")


def computed_product(text: str, span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    """The amount is the product of a count and a unit figure just before it on its line ("Cyklar 8 × 3 900 kr =
    31 200 kr", "240 kr per barn och gång, alltså 25 920 kr"): the line's own figure, whatever a sentence before it
    named (a grant's sentence names no cost line computed after it)."""
    before = text[: span[0]]
    if not (_EQUALS_BEFORE_RE.search(before) or _PRODUCT_BEFORE_RE.search(before)):
        return False
    earlier = [s for s in spans if s[1] <= span[0]]
    if not earlier:
        return False
    unit = max(earlier)
    if _LINE_OR_SENTENCE_END_RE.search(text, unit[1], span[0]):
        return False
    return bool(_PER_UNIT_RE.match(text, unit[1]) or _FACTOR_BEFORE_RE.search(text, 0, unit[0]))


def product_of_unit_price(text: str, span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    """The amount restates the product of a unit price earlier in its sentence, and no plan is named."""
    if not _PRODUCT_BEFORE_RE.search(text, 0, span[0]) or _PLAN_RE.search(text):
        return False
    return any(s[1] <= span[0] and _PER_UNIT_RE.match(text, s[1]) for s in spans)


def paid_product(text: str, span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    """The amount is the product of a unit price in its clause (`computed_product`) and the clause is no plan: in a
    follow-up what the count of units came to was paid, whatever the verb ("tog", "hyrde … för", "kostade")."""
    if not computed_product(text, span, spans):
        return False
    start = max((m.end() for m in _SENTENCE_PART_RE.finditer(text, 0, span[0])), default=0)
    line = max((m.end() for m in _LINE_OR_SENTENCE_END_RE.finditer(text, 0, span[0])), default=0)
    return not _PLAN_RE.search(text, start, span[0]) and not _INCOME_RE.search(text, line, span[0])


# "I maj sänkte nämnden den till X", "Den skrevs senare upp till X": the figure a plan was changed to
_CHANGED_TO_RE = re.compile(
    rf"(?<!{_W})(?:höj|sänk|juster|ändr|minsk|ök|utök|revider|skr[ei]v|räkna{_W}*\s+upp){_W}*"
    rf"\s+(?:{_W}+\s+){{0,4}}?till\s+$",
    re.IGNORECASE,
)


def spent_after_plan(text: str, span: tuple[int, int]) -> bool:
    """In the answer on the outcome, a figure whose role came from a plan's sentence before it (`context_role`) is
    what was spent, unless its own clause changes that plan ("I maj sänkte nämnden den till X")."""
    start = max((m.end() for m in _SENTENCE_PART_RE.finditer(text, 0, span[0])), default=0)
    return not _CHANGED_TO_RE.search(text, start, span[0])


# money taken in, no cost paid: "Deltagaravgifter: 24 × 300 kr = 7 200 kr", "Vi sålde 40 lotter à 50 kr, alltså …"
_INCOME_RE = re.compile(
    rf"(?:intäkt|inkomst|deltagaravgift|medlemsavgift|försäljning|sålde|såldes){_W}*", re.IGNORECASE
)


# A running cost's thing (role_cues reads these as running costs, `annat`); fees are left out: what participants
# pay is income.
_RUNNING_NOUN_RE = re.compile(
    rf"{_W}*(?:skötsel|underhåll|licens|abonnemang|hyra|hyran|serviceavtal|avtal(?!ade|s?pris|ssumm)){_W}*",
    re.IGNORECASE,
)
# a rate or a time the cost runs beyond the project
_RATE_RE = re.compile(
    rf"(?<!{_W})(?:per\s+(?:år|månad|vecka)|om\s+året|i\s+året|i\s+månaden|årlig{_W}*|årligen|löpande|varje\s+(?:år|månad)"
    rf"|framöver|fortsättningsvis|kommande|nästa"
    # ... or a part of a whole named beside it ("varav lokalhyra X"): the part's words decide
    rf"|varav|därav|ingår|ingick|inräknad{_W}*)(?!{_W})",
    re.IGNORECASE,
)
# a verb of spending in the past: the cost was paid
_PAID_RE = re.compile(
    rf"(?<!{_W})(?:kostade|kostat|betalade|betalat|betalades|gick\s+(?:loss\s+)?på|gick\s+åt|landade\s+på|blev|uppgick\s+till"
    rf"|fakturerades|bokfördes)(?!{_W})",
    re.IGNORECASE,
)
_SENTENCE_PART_RE = re.compile(r"[.;:\n]")


def running_cost_paid_once(text: str, span: tuple[int, int]) -> bool:
    """The amount's part of the sentence names a running cost's thing and a verb of paying it in the past, or the
    whole period it was paid for right before the amount ("Licens, för hela projektåret X"), and no rate."""
    start = max((m.end() for m in _SENTENCE_PART_RE.finditer(text, 0, span[0])), default=0)
    end = next((m.start() for m in _SENTENCE_PART_RE.finditer(text, span[1])), len(text))
    part = text[start:end]
    paid = _PAID_RE.search(part) or WHOLE_PERIOD_RE.search(text, start, span[0])
    return bool(_RUNNING_NOUN_RE.search(part) and paid) and not _RATE_RE.search(part)


def running_cost_product(text: str, span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    """The amount is the product of a running cost's rate over the project ("Hallhyran var 900 kr per kväll och vi
    hyrde tio kvällar, alltså 9 000 kr"): what the rent or hire came to, paid."""
    if not computed_product(text, span, spans):
        return False
    start = max((m.end() for m in _SENTENCE_PART_RE.finditer(text, 0, span[0])), default=0)
    return bool(_RUNNING_NOUN_RE.search(text, start, span[0]))


# "Överskridandet beror på att …", "Fördyringen förklaras av att …", "Vi gick över budgeten eftersom …"
_OVERRUN = (
    rf"(?:{_W}*överskridande{_W}*|överdrag{_W}*|merkostnad{_W}*|fördyring{_W}*|underskott{_W}*|avvikelse{_W}*"
    r"|gick\s+över|drog\s+över|överskred)"
)
_EXPLAINED_RE = re.compile(
    rf"(?<!{_W}){_OVERRUN}(?!{_W})[^.;#]*?(?<!{_W})(?:beror|berodde|berott|förklaras|förklarades|kom\s+sig"
    rf"|eftersom|därför\s+att|på\s+grund\s+av)(?!{_W})[^.;#]*$",
    re.IGNORECASE,
)


def explains_overrun(text: str, span: tuple[int, int], others: bool) -> bool:
    """The amount stands in the explanation of an overrun that its sentence names before it, beside other money
    (in the sentence or the text before it): a cost that is part of the outcome."""
    return others and bool(_EXPLAINED_RE.search(text, 0, span[0]))


_ADDED_RE = re.compile(rf"(?<!{_W})(?:tillkom|tillkommit)(?!{_W})", re.IGNORECASE)
_WHOLE_RE = re.compile(
    rf"(?<!{_W})(?:total(?:en|t|a)?|sammanlagt|sammanlagda|ackumulera{_W}*|slutsumman|hela\s+kostnaden)(?!{_W})",
    re.IGNORECASE,
)


_OWN_WORDS_END_RE = re.compile(r"[.;:,\n#]")


def came_on_top(text: str, span: tuple[int, int]) -> bool | None:
    """Whether the amount's own words (up to a comma or another amount) tell a cost that came on top: None if they
    do not, True if they do, False if they do and its sentence names the whole the cost went into (a part)."""
    start = max((m.end() for m in _OWN_WORDS_END_RE.finditer(text, 0, span[0])), default=0)
    end = next((m.start() for m in _OWN_WORDS_END_RE.finditer(text, span[1])), len(text))
    if not _ADDED_RE.search(text, start, end):
        return None
    return not _WHOLE_RE.search(text)


# A person paid for work on the project: the subject of "fick/får" in a follow-up's cost lines.
_PERSON_PAID = (
    rf"{_W}*(?:ledar|instruktör|föreläsar|musiker|tränar|konstnär|tekniker|artist|pedagog|lärar|skådespelar"
    rf"|dansar|fotograf|snickar|elektriker|konsult|moderator|författar|kock|guide|coach)(?:e|en|na|erna|n)?"
)
# "Kursledaren fick X", "Musikerna har fått X", "… och ljudteknikern X": the person (a verb of getting or none, as
# the second of a list often has none) opening the amount's clause
_PERSON_BEFORE_RE = re.compile(
    rf"(?:^|[,;:.]\s*|(?<!{_W})(?:och|samt)\s+)(?:{_W}+\s+)?{_PERSON_PAID}"
    rf"\s+(?:(?:har|hade)\s+)?(?:(?:fick|får|fått|också|även|dessutom)\s+)*$",
    re.IGNORECASE,
)
# "X i arvode", "X i lön", "X i gage": the pay for work after the amount
_PAY_AFTER_RE = re.compile(
    r"\s*(?:kronor|kr)?\s+i\s+(?:arvoden?|lön|timlön|gage|honorar|ersättning)(?![\wåäö])", re.IGNORECASE
)
# money the person got from a funder is a grant to them, whatever they are
_FROM_FUNDER_RE = re.compile(r"\s*(?:kronor|kr)?\s+(?:av|från)\s", re.IGNORECASE)


# "… och lokalen X": a list's next item with its verb left out, a noun or two and no verb of its own
_GAPPED_RE = re.compile(
    rf"(?:,|(?<!{_W})och|(?<!{_W})samt)\s+(?:{_W}+\s+){{0,2}}?{_W}+(?:en|et|na|n|erna|orna|arna)\s+$", re.IGNORECASE
)


def person_paid(text: str, span: tuple[int, int], spans: Sequence[tuple[int, int]] = ()) -> bool:
    """The amount is what a person got for work on the project, read as a grant by its verb ("Kursledaren fick X",
    "Musikerna fick X i gage och ljudteknikern Y", "fick X i arvode"), or the next item of such a list with the verb
    left out ("Föreläsaren fick X och lokalen Y"): in a follow-up a cost paid, not money got."""
    if _FROM_FUNDER_RE.match(text, span[1]):
        return False
    if _PAY_AFTER_RE.match(text, span[1]) or _PERSON_BEFORE_RE.search(text[: span[0]]):
        return True
    before = [s for s in spans if s[1] <= span[0]]
    if not before or not _GAPPED_RE.search(text[before[-1][1] : span[0]]):
        return False
    return person_paid(text, before[-1], spans)


# Money bound but not yet paid: "Återstående beställningar X", "Beställt men ej fakturerat: X", "Lagda order som
# väntar på faktura X" before the amount in its line; "en faktura på X som inte är betald" after it.
_NOT_YET_PAID_BEFORE_RE = re.compile(
    rf"(?<!{_W})(?:(?:återstående|kvarstående|utestående|lagda|gjorda|öppna)\s+(?:beställning{_W}*|order{_W}*)"
    rf"|beställ{_W}*\s+(?:{_W}+\s+){{0,3}}?(?:men\s+)?(?:ännu\s+)?(?:ej|inte)\s+(?:{_W}+\s+)?(?:fakturer|betal){_W}*"
    rf"|väntar\s+på\s+faktur{_W}*|ofakturer{_W}*|ej\s+fakturer{_W}*|inte\s+fakturer{_W}*)(?!{_W})[^.;\n#]*$",
    re.IGNORECASE,
)
_LINE_END_RE = re.compile(r"[.;\n]")
_NOT_YET_PAID_AFTER_RE = re.compile(
    rf"\s*(?:kronor|kr)?\s*,?\s*som\s+(?:ännu\s+)?(?:inte|ej)\s+(?:är|har\s+(?:blivit\s+)?)?\s*(?:ännu\s+)?"
    rf"(?:betald|betalats|betalts|fakturerad|fakturerats|fakturerats)(?!{_W})",
    re.IGNORECASE,
)


def not_yet_paid(text: str, span: tuple[int, int]) -> bool:
    """The amount at `span` is money ordered but not invoiced, or invoiced but not paid: in an interim follow-up a
    commitment beside what is booked, not more of the outcome (the roles README: `annat`)."""
    line_start = max((m.end() for m in _LINE_END_RE.finditer(text, 0, span[0])), default=0)
    return bool(
        _NOT_YET_PAID_BEFORE_RE.search(text, line_start, span[0]) or _NOT_YET_PAID_AFTER_RE.match(text, span[1])
    )
