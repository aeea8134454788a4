"""Words bound to the amount itself (rule 1 of `roles`): "beviljade 2 mnkr",
"budgeten på 2 mnkr", "2 mnkr i bidrag", "anlitades för 95 000 kr", "de 750 000
kr som beviljades". Pure rules over a masked sentence.
"""

from __future__ import annotations

import re

from bilagor.extractor.entities.role_parts import bracket_role, noun_role
from bilagor.extractor.entities.role_cues import (
    DEVIATION,
    FRAME,
    ATTACHED_AFTER,
    ATTACHED_BEFORE,
    MONTH,
    NOUN,
    NOUN_CUE_RE,
    PER_UNIT_AFTER,
    YEAR_BEFORE,
    find_cues,
)

_BEFORE_RE = [(role, re.compile(rf"(?<![\wåäö])(?:{p})$", re.IGNORECASE)) for role, p in ATTACHED_BEFORE]
_REMAINDER_RE = _BEFORE_RE[-1][1]  # "resterande X"
_VARAV_BEFORE_RE = re.compile(r"(?<![\wåäö])varav\s+$", re.IGNORECASE)
# "Resterande 140 000 kr söks i denna ansökan": the rest, asked for.
_ASKED_AFTER_RE = re.compile(r"\s*(?:kronor|kr)?\s*(?:söks|sökes|äskas|begärs)(?![\wåäö])", re.IGNORECASE)
_AFTER_RE = [(role, re.compile(rf"\s*(?:kronor|kr)?\s*(?:{p})", re.IGNORECASE)) for role, p in ATTACHED_AFTER]

# "anlitades för 95 000 kr", "har köpts in för", "avropades tjänster för X", "har asfalterat tre gångvägar
# för X": a thing done for a price is money spent (its object may stand between the verb and "för").
_DONE_FOR_RE = re.compile(
    # (a thing sold for a price brought money in: role_cues)
    r"(?<![\wåäö])(?!(?:att|ett|det|mitt|sitt|nytt|allt|litet|totalt|sammanlagt|stått|sålde|såldes)\s)(?P<verb>[\wåäö]+(?:des|tes|ts|ats|at|tt)"
    # ... or an active past ("byggde den för X", "hyrde en buss för X"), not a verb of planning, asking or giving,
    # nor a noun after its article ("Ett armaturbyte tillkom för X")
    r"|(?<!en\s)(?<!ett\s)(?!(?:[\wåäö]*(?:bevilja|söka|sökte|begärde|lovade|tilldela|anvisa|budgetera|planera|beräkna|räkna|kalkylera"
    r"|uppskatta|hade|kunde|skulle|ville|borde|använde)))[\wåäö]{2,}(?:de|te))"
    # ("regionen har stått för X" is a co-funder's part: role_cues); the object: words that are no
    # preposition, time or modal ("beställdes i fjol för X" is left to the clause)
    r"\s+(?:(?:in|ut|upp|om)\s+)?(?:(?!(?:för|i|under|på|efter|med|av|till|från|kan|ska|skulle|kommer)\s)[\wåäö-]+\s+){0,3}?"
    # "utfördes i två omgångar för X": how many rounds is no time
    r"(?:(?:in|ut|upp)\s+)?(?:i\s+(?:två|tre|fyra|fem|flera|\d+)\s+(?:omgångar|etapper|steg|delar)\s+)?"
    # "renoverades i Gottsunda för X", "byggdes om under hösten för X": one word of place or season between
    r"(?:(?:i|under|på)\s+(?!fjol\s|år\s|förra\s)[\wåäö-]+\s+)?"
    r"för\s+(?:totalt\s+|sammanlagt\s+)?$",
    re.IGNORECASE,
)
_FOR_RE = re.compile(r"(?<![\wåäö])för\s+$", re.IGNORECASE)
# "har fått nytt tak och ny köksdel för 2,3 mnkr": things got for a price (not a grant got).
_GOT_FOR_RE = re.compile(
    r"(?<![\wåäö])(?:fått|fick|får)\s+(?:(?!bidrag|stöd|medel|pengar|anslag)[\wåäö-]+\s+){1,6}?för\s+"
    r"(?:totalt\s+|sammanlagt\s+)?$",
    re.IGNORECASE,
)
_PER_UNIT_RE = re.compile(rf"\s*(?:kronor|kr)?\s*(?:{PER_UNIT_AFTER})", re.IGNORECASE)
# "3 st bänkar à 11 900 kr", "40 timmar @ 650 kr": a unit price after a count, never the total of its line.
# "de 3 700 kr som saknades" is the shortfall, a deviation; "de 1 600 kr som blev över" money left over, annat
# (tests/data/roles/README.md), whatever the clause after says was done with it.
_SHORTFALL_AFTER_RE = re.compile(
    r"\s*(?:kronor|kr)?\s*som\s+(?:(?:vi|det|projektet)\s+)?(?:saknades|fattades|saknade|fattade|inte\s+räckte\s+till)(?![\wåäö])",
    re.IGNORECASE,
)
_LEFT_OVER_AFTER_RE = re.compile(
    r"\s*(?:kronor|kr)?\s*som\s+(?:blev|blivit|har\s+blivit|var|är|finns)\s+(?:kvar|över)(?![\wåäö])", re.IGNORECASE
)
# "Det blev 4 600 kr över, som betalas tillbaka", "Vi fick 2 000 kr över eftersom …": money left over (annat), not
# an overrun ("gick 8 450 kr över", "2 000 kr över budget": a deviation).
_LEFT_AS_OVER_BEFORE_RE = re.compile(
    r"(?<![\wåäö])(?:blev|blir|fick|får|fått|fanns|finns)\s+(?:(?:vi|det|projektet|föreningen)\s+)?"
    r"(?:(?:alltså|därför|då|ungefär|ca|cirka|bara)\s+)*$",
    re.IGNORECASE,
)
_OVER_AFTER_RE = re.compile(
    r"\s*(?:kronor|kr)?\s+över(?=\s*(?:[,.;]|$)|\s+(?:eftersom|som|när|då|och|vilket|till|att|av)(?![\wåäö]))",
    re.IGNORECASE,
)
# "Material per skola ca 6 000 kr": the unit named before the price.
# "12 × 900 kr", "2 x 46 x 250 kr": a count times a unit figure, never the product (what "= X", "alltså X"
# gives after it).
_UNIT_PRICE_BEFORE_RE = re.compile(
    rf"(?:(?:(?<=\s)|(?<=\d))(?:à|á|@)|(?<![\wåäö])(?:{PER_UNIT_AFTER})\s*:?|(?<![\d,.])\d+\s*[x×](?=\s)"
    # "14 barn x 4 lektioner x 300 kr": a count named by its noun
    r"|(?<![\d,.])\d+\s+[a-zåäö]+\s+[x×](?=\s))"
    r"\s*(?:(?:ca|cirka|c:a)\s+)?$",
    re.IGNORECASE,
)
# "hade budgeterat ett överskott på X", "budgeterar med ett resultat om X": a planned result, the budget; so is a
# budget that holds one ("I budgeten fanns ett överskott på X", "Budgeten förutsatte ett överskott på X", "Det
# budgeterade resultatet var ett plus på X"): the settled conventions' whole body's budgeted result
_BUDGETED_RESULT_BEFORE_RE = re.compile(
    r"(?:(?<![\wåäö])budgeter(?:at|ade|ar|as)\s+(?:med\s+)?"
    r"|(?<![\wåäö])budget(?:en)?\s+(?:för\s+[\wåäö]+\s+)?(?:[\wåäö]+\s+){0,2}?"
    r"(?:fanns|angav|förutsatte|innehöll|pekade\s+mot|räknade\s+med|räknat\s+med|var)\s+(?:med\s+)?"
    r"|(?<![\wåäö])budgeterade?\s+(?:resultatet|överskottet|underskottet)\s+(?:var|är|blev)\s+)"
    r"(?:ett|en)\s+(?:[\wåäö]+\s+)?"
    r"(?:överskott|underskott|resultat|nollresultat|plusresultat|minusresultat|plus|minus)\s+(?:på|om)\s+"
    r"(?:(?:ca|cirka|c:a)\s+)?$",
    re.IGNORECASE,
)
# "har fått en tilläggsbudget på X", "fick ett budgettillskott om X": money added to a body's budget is given to it
_RECEIVED_BUDGET_BEFORE_RE = re.compile(
    r"(?<![\wåäö])(?:fått|fick|får|erhållit|erhöll)\s+(?:en\s+|ett\s+)?(?:tilläggsbudget|budgettillskott|extra\s+budget"
    r"|utökad\s+budget)\s+(?:på|om)\s+(?:(?:ca|cirka|c:a)\s+)?$",
    re.IGNORECASE,
)
# "direktupphandlingsgränsen på 700 000 kr", "beloppsgränsen 50 000 kr", "ett tak på X": a limit, no money spent or given
_LIMIT_BEFORE_RE = re.compile(
    r"(?<![\wåäö])(?:[\wåäö]*gräns(?:en)?|(?:belopps|kostnads|utgifts|pris)?tak(?:et)?)\s+(?:på|om|vid)?\s*"
    r"(?:(?:ca|cirka|c:a)\s+)?$",
    re.IGNORECASE,
)
# "Det blev pengar över, X, som vi betalar tillbaka": money left over named before it in apposition, `annat` (the
# settled conventions: left-over money unless named a deviation)
_MONEY_LEFT_BEFORE_RE = re.compile(
    r"(?<![\wåäö])(?:blev|blir|fanns|finns)\s+(?:det\s+)?(?:(?:alltså|då|därför|till\s+slut)\s+)?(?:(?:lite|en\s+del)\s+)?"
    r"(?:pengar|medel)\s+(?:kvar|över)\s*[,:–-]\s*(?:(?:knappt|drygt|ca|cirka|nästan|runt)\s+)?$",
    re.IGNORECASE,
)
# "kan söka högst X", "Som mest beviljas X per projekt", "högst X per förening": a cap on what one applicant may get
# is no grant, application or cost of the text's project (the burned sets: `annat` 4 of 4)
_CAP = r"(?:högst|maximalt|max\.?|upp\s+till|som\s+mest)"
_CAP_BEFORE_RE = re.compile(
    rf"(?<![\wåäö])(?:(?:kan|får|kunde)\s+(?:[\wåäö]+\s+){{0,2}}?(?:söka|sökas|bevilja|beviljas|få|erhålla|ansöka\s+om)"
    rf"\s+{_CAP}|som\s+mest\s+(?:beviljas|betalas\s+ut|ges|delas\s+ut|kan\s+[\wåäö]+))\s+$",
    re.IGNORECASE,
)
_CAP_ONLY_BEFORE_RE = re.compile(rf"(?<![\wåäö]){_CAP}\s+$", re.IGNORECASE)
_PER_APPLICANT_AFTER_RE = re.compile(
    r"\s*(?:kronor|kr)?\s*(?:i\s+[\wåäö]+\s+)?(?:per|för\s+varje|till\s+varje)\s+(?:sökande|ansökan|projekt|förening"
    r"|person|arrangemang|aktivitet|insats|evenemang|deltagare|hushåll|barn)(?![\wåäö])",
    re.IGNORECASE,
)
# "en timlön på 180 kr", "Timersättning: 175 kr", "styckpriset var 90 kr": a rate or unit price named by its noun,
# never a figure of the project (the total it gives is another amount)
_RATE_NOUN_BEFORE_RE = re.compile(
    r"(?<![\wåäö])(?:tim|dags?|kvälls|pass|lektions|styck|stycke|enhets|månads)"
    r"(?:lön|lönen|pris|priset|ersättning|ersättningen|arvode|arvodet|taxa|taxan)"
    r"\s*(?::|på|om|av|var|är|blev|låg\s+på|ligger\s+på)?\s*(?:(?:ca|cirka|c:a|drygt|knappt)\s+)?$",
    re.IGNORECASE,
)
# "betalade 100 kr var, 5 000 kr", "fick 500 kr vardera": a sum each person paid or got
_EACH_AFTER_RE = re.compile(
    r"\s*(?:kronor|kr)?\s+(?:var(?=\s*[,.;)]|\s*$)|vardera|per\s+näsa|per\s+man)(?![\wåäö])", re.IGNORECASE
)
# "ska byggas för 5,5 mnkr", "planeras att anläggas för X": a thing to be done for a price is planned.
_TO_BE_DONE_FOR_RE = re.compile(
    r"(?<![\wåäö])(?:ska|skall|kommer\s+att|planeras\s+att|är\s+tänkt\s+att)\s+(?:[\wåäö]+\s+){0,2}?[\wåäö]+as"
    r"\s+(?:(?:in|ut|upp|om)\s+)?för\s+(?:totalt\s+|sammanlagt\s+|högst\s+|maximalt\s+|max\s+|upp\s+till\s+)?$",
    re.IGNORECASE,
)
# "ska få belysning för 4,2 mnkr": what a thing is to be got for is planned.
_WILL_GET_FOR_RE = re.compile(
    r"(?<![\wåäö])(?:ska|skall|kommer\s+att)\s+få\s+(?:(?!bidrag|stöd|medel|pengar|anslag)[\wåäö-]+\s+){1,6}?för\s+"
    r"(?:totalt\s+|sammanlagt\s+)?$",
    re.IGNORECASE,
)
# "För 1,2 mnkr fick parken ny belysning": a price put first.
_FRONTED_FOR_RE = re.compile(r"^\s*för\s+(?:totalt\s+|sammanlagt\s+)?$", re.IGNORECASE)
_VERB_AFTER_PRICE_RE = re.compile(
    r"\s*(?:kronor|kr)?\s*(?:fick|har|hade|kunde|gjordes|byggdes|köptes|anlades|renoverades)(?![\wåäö])", re.IGNORECASE
)
_BOUGHT_FOR_RE = re.compile(
    r"\s*(?:kronor|kr)?\s*(?:har|hade)\s+(?:[\wåäö]+\s+)?(?P<verb>[\wåäö]+(?:ats|ts|its))(?![\wåäö])", re.IGNORECASE
)
# "de 750 000 kr som beviljades", "de 4,2 mnkr som kommunstyrelsen beviljat":
# the relative clause's verb names the amount it follows.
_RELATIVE_RE = re.compile(r"\s*(?:kronor|kr)?\s*som\s+(?P<clause>[^,;.#]*)", re.IGNORECASE)
_RELATIVE_WORDS = 5  # how far into the relative clause its verb may stand
# "söker 2 mnkr i investeringsmedel": asked-for money is asked for, whatever its kind.
_ASKS_RE = re.compile(
    r"(?<![\wåäö])(?:söker|sökte|sökt|söka|söks|sökes|ansöker|ansökte|ansökt|ansöka|begär|begärde|begärt|begärs|äskar|äskade|äskat"
    r"|äskas|ansökan\s+om|ansökningar\s+om)(?![\wåäö])",
    re.I,
)
# "Nämnden har under året betalat ut 412 000 kr i stöd till …": the grants a body paid out are what its grant money
# came to, the outcome, not a grant the text is about (in a form the city paying the project is its grant:
# role_funders). The amount is the object of the paying out, in its clause.
_PAID_OUT_BEFORE_RE = re.compile(
    r"(?<![\wåäö])betal(?:ade|ar|at)\s+(?:(?!och\s|men\s)[\wåäö\d]+\s+){0,3}?ut\s+"
    r"(?:(?:totalt|sammanlagt|drygt|nästan|ca|cirka|omkring|hela)\s+)?$",
    re.IGNORECASE,
)


# "utgifter om 672 800 kr", "den budgeterade ramen för projektet på 5 Mkr": a noun bound to the
# amount by "på"/"om" (after at most a short "för"-phrase) is the thing the amount measures ...
_BOUND_BY_PREPOSITION_RE = re.compile(r"\s+(?:(?:för\s+)?(?:[\wåäö]+\s+){1,2}?)?(?:på|om)\s+", re.IGNORECASE)
# Its last words, checked first: most amounts follow no "på"/"om", and then the cues before it need no reading.
_PREPOSITION_BEFORE_RE = re.compile(r"\s(?:på|om)\s+$", re.IGNORECASE)
# The noun a cue is or starts with ("ramen för" is the noun "ramen").
_NOUN_STEM_RE = re.compile(NOUN_CUE_RE.pattern.removesuffix("$"), re.IGNORECASE)
_PUNCT_RE = re.compile(r"[,;:.!?()]")
# "inom en total utgift om X", "räknat med en kostnad om X": a noun after a preposition is no subject.
_AFTER_PREPOSITION_RE = re.compile(
    r"(?<![\wåäö])(?:inom|med|till|för|av|mot|under|över|på|i|från|om)\s+(?:[\wåäö]+\s+){0,2}$", re.IGNORECASE
)


def _subject_noun_role(text: str, start: int) -> str | None:
    """The role of the noun an amount is bound to by "på"/"om" ("kostnaderna om X"), when that noun
    is its clause's subject: a noun that a verb or preposition before it governs ("medför en årlig
    kostnad om X", "inom en total utgift om X") is left to the clause."""
    if not _PREPOSITION_BEFORE_RE.search(text, 0, start):
        return None
    cues = find_cues(text[:start])
    head = cues[-1] if cues else None
    if head is None or not _NOUN_STEM_RE.search(text, head.start, head.end):
        return None
    if not _BOUND_BY_PREPOSITION_RE.fullmatch(text, head.end, start):
        return None
    clause_start = max((m.end() for m in _PUNCT_RE.finditer(text, 0, head.start)), default=0)
    # a cue right before the noun qualifies it ("den budgeterade ramen"); one further off governs it
    governors = [c for c in cues[:-1] if c.end > clause_start and text[c.end : head.start].strip()]
    governed = bool(governors) or _AFTER_PREPOSITION_RE.search(text, clause_start, head.start)
    if governed:
        return None
    # the qualifier outranks the noun where it is the stronger cue ("en årlig kostnad om X")
    qualifiers = [c for c in cues[:-1] if c.end > clause_start and c.rank > head.rank]
    return qualifiers[-1].role if qualifiers else head.role


# "… blev stadens kostnad bara 340 000 kr": inverted order, the copula first, then its subject right before
# the amount (a cue in a clause before the copula, "Eftersom polisen stod för driften", is not its subject).
_INVERTED_SUBJECT_RE = re.compile(
    r"(?<![\wåäö])(?:blev|blir|var|är|(?:har|hade)\s+varit)\s+(?P<np>(?:[\wåäö]+\s+){0,2}?[\wåäö]+)\s+"
    r"(?:(?:bara|endast|totalt|sammanlagt|cirka|ca|drygt|knappt|nästan|ungefär|runt)\s+)*$",
    re.IGNORECASE,
)


# A fronted subordinate clause ("Eftersom …", "När …") holds no frame of the main clause.
_SUBORDINATE_START_RE = re.compile(r"\s*(?:eftersom|då|när|medan|trots\s+att|sedan|innan)(?![\wåäö])", re.IGNORECASE)


def _inverted_subject_role(before: str) -> str | None:
    m = _INVERTED_SUBJECT_RE.search(before)
    if not m or not _NOUN_STEM_RE.search(m.group("np").split()[-1]):
        return None
    clause_start = max((p.end() for p in _PUNCT_RE.finditer(before, 0, m.start())), default=0)
    fronted = [c for c in find_cues(before[clause_start : m.start()]) if c.rank > NOUN]
    if fronted and not _SUBORDINATE_START_RE.match(before, clause_start):
        return None  # "I det ursprungliga inriktningsbeslutet var kostnaden X": the fronted frame governs
    cues = find_cues(m.group("np"))
    return max(cues, key=lambda c: c.rank).role if cues else None


# "Av 80 000 kr återstår 6 000 kr som …": the amount is what is left over.
_LEFT_OVER_BEFORE_RE = re.compile(r"(?<![\wåäö])(?:åter|kvar)st(?:år|od|ått)\s+(?:[\wåäö]+\s+){0,2}$", re.IGNORECASE)


def _relative_role(text: str, end: int) -> str | None:
    m = _RELATIVE_RE.match(text, end)
    if not m:
        return None
    head = " ".join(m.group("clause").split()[:_RELATIVE_WORDS])
    # its first cue: the verb ("som beviljades") or where the money was ("som fanns i budgeten")
    cues = [c for c in find_cues(head) if c.rank >= NOUN]
    return cues[0].role if cues else None


# "…, en ökning med X", "har ökat med X": a change; compared with an earlier period ("jämfört med 2023",
# "… med tertial 1") it is a change over time, no deviation from the budget.
_CHANGE_BEFORE_RE = re.compile(
    r"(?<![\wåäö])(?:(?P<noun>(?:en|ett)\s+(?:ökning|minskning|försämring|förbättring|förändring))"
    r"|ökat|ökade|ökar|minskat|minskade|minskar|stigit|steg|sjunkit|sjönk)\s+med\s+"
    r"(?:(?:cirka|ca|drygt|knappt|nästan|ytterligare)\s+)?$",
    re.IGNORECASE,
)
_PERIOD_AFTER_RE = re.compile(
    rf"\s*(?:kronor|kr)?\s*,?\s*jämfört\s+med\s+(?:{YEAR_BEFORE}|i\s+fjol|samma\s+period|tertial|delår|föregående"
    rf"|förra|{MONTH}|(?:19|20)\d\d)",
    re.IGNORECASE,
)


# "Kostnaderna översteg den beviljade summan med X": what a figure exceeded or fell short of another by
_EXCEEDED_BY_RE = re.compile(
    r"(?<![\wåäö])(?:över|under)(?:steg|stiger|stigit|skred|skrider|skridit)\s+(?:[\wåäö]+\s+){0,3}?med\s+"
    r"(?:(?:cirka|ca|drygt|knappt|nästan|ungefär|hela|bara|endast)\s+)?$",
    re.IGNORECASE,
)


def _change_role(before: str, text: str, end: int) -> str | None:
    if _EXCEEDED_BY_RE.search(before):
        return "avvikelse"
    change = _CHANGE_BEFORE_RE.search(before)
    if not change:
        return None
    if _PERIOD_AFTER_RE.match(text, end):
        return "annat"
    return "avvikelse" if change.group("noun") else None


# "då kalkylen var X", "budgeten var X så …": a subject with its copula right before the amount.
_COPULA_BEFORE_RE = re.compile(
    r"(?<![\wåäö])(?:var|är|blev|blir|uppgick\s+till|uppgår\s+till|landade\s+på|hamnade\s+på|slutade\s+på|stannade\s+på)"
    r"\s+(?:(?:bara|endast|totalt|sammanlagt|därmed|alltså|till\s+slut|slutligen|nu|i\s+år|cirka|ca|drygt|knappt|nästan"
    r"|ungefär|runt|omkring)\s+)*$",
    re.IGNORECASE,
)
# Where the subject's clause starts: punctuation or a word opening a clause ("att" opens one governed by the
# clause before it: "räknar med att kostnaden blir X" is left to that frame).
_SUBJECT_START_RE = re.compile(
    r"[,;:.()]|(?<![\wåäö])(?P<word>då|när|eftersom|medan|och|men|så|samt|fast|trots\s+att|att|som)(?![\wåäö])",
    re.IGNORECASE,
)
_SUBJECT_WORDS = 6  # a longer stretch is no plain noun phrase


def _copula_subject_role(text: str, start: int, end: int) -> str | None:
    """The role of the subject of the copula right before the amount ("då kalkylen var X"): the noun phrase
    from its clause's start, if it names a role by a noun and holds no verb, amount or other clause."""
    copula = _COPULA_BEFORE_RE.search(text, 0, start)
    if not copula or re.match(r"\s*(?:kronor|kr)?\s*(?:respektive|resp\.)", text[end:]):
        return None
    opener = None
    np_start = 0
    for m in _SUBJECT_START_RE.finditer(text, 0, copula.start()):
        opener, np_start = m, m.end()
    if opener is not None and (opener.group("word") or "").lower() in ("att", "som"):
        return None
    np = text[np_start : copula.start()]
    if "#" in np or not np.strip() or len(np.split()) > _SUBJECT_WORDS:
        return None
    if opener is not None and (opener.group("word") or "").lower() in ("och", "samt"):
        # "Budget och utfall blev …": two nouns joined, not a new clause, unless the stretch before had its verb
        before = text[
            max((m.end() for m in _SUBJECT_START_RE.finditer(text, 0, opener.start())), default=0) : opener.start()
        ]
        if "#" not in before and not any(
            c.rank > NOUN and not NOUN_CUE_RE.search(before, c.start, c.end) for c in find_cues(before)
        ):
            return None
    if re.match(r"\s*(?:i|enligt|jämfört|efter|under|för|vid|med|av|till|från)(?![\wåäö])", np, re.IGNORECASE):
        return None  # a fronted adverbial, not a subject
    cues = [c for c in find_cues(text) if np_start <= c.start and c.end <= copula.start()]
    if not cues or not NOUN_CUE_RE.search(text, cues[-1].start, cues[-1].end):
        return None
    if any(c.rank >= FRAME and not NOUN_CUE_RE.search(text, c.start, c.end) for c in cues):
        return None  # a verb in the stretch: not a plain noun phrase
    return max(cues, key=lambda c: c.rank).role


# "Vi hade 100 000 kr att röra oss med", "har fått 150 000 kronor att fördela": money to spend or hand out.
_TO_SPEND_AFTER_RE = re.compile(r"\s*(?:kronor|kr)?\s*att\s+(?!jämföra|söka)[\wåäö]+", re.IGNORECASE)
_HAVE_BEFORE_RE = re.compile(
    r"(?<![\wåäö])(?:har|hade|haft|finns|fanns)\s+(?:(?:vi|de|man|nu|bara|endast|totalt|sammanlagt|då|ju|i\s+år)\s+){0,2}$",
    re.IGNORECASE,
)

# ... or for something: "Kulturnämnden har i år 2,75 mnkr för projektbidrag" ("har X för lite" is a lack)
_FOR_THING_AFTER_RE = re.compile(r"\s*(?:kronor|kr)?\s*för\s+(?!lite|mycket|litet)[\wåäö]", re.IGNORECASE)

# ... and money got to hand out ("har fått 150 000 kronor att fördela"); money got to use is a grant.
_GOT_BEFORE_RE = re.compile(r"(?<![\wåäö])(?:få|får|fick|fått)\s+(?:[\wåäö]+\s+){0,2}$", re.IGNORECASE)
_HAND_OUT_AFTER_RE = re.compile(r"\s*(?:kronor|kr)?\s*att\s+(?:fördela|dela\s+ut)", re.IGNORECASE)


# The money there was, a budget: "För projektet fanns 375 000 kr." and "de 1,35 miljoner vi hade" (the amount at
# its clause's end, or the money at one's disposal; "fanns X kvar" is money left over).
_THERE_WAS_BEFORE_RE = re.compile(
    r"(?<![\wåäö])(?:fanns|finns)\s+(?:det\s+)?(?:(?:totalt|sammanlagt|bara|endast)\s+)?$", re.IGNORECASE
)
_AT_DISPOSAL = r"till\s+(?:vårt\s+|sitt\s+|deras\s+|projektets\s+)?förfogande|att\s+röra\s+(?:oss|sig|mig)\s+med"
_CLAUSE_END_AFTER_RE = re.compile(rf"\s*(?:kronor|kr)?\s*(?:{_AT_DISPOSAL}\s*)?(?:[.,;:!]|$)", re.IGNORECASE)
_WE_HAD_AFTER_RE = re.compile(
    rf"\s*(?:kronor|kr)?\s*(?:som\s+)?(?:vi|de|man|föreningen|projektet)\s+(?:hade|har|haft)\s*(?:{_AT_DISPOSAL})?"
    r"\s*(?:[.,;:!]|$|(?:och|men)(?![\wåäö]))",
    re.IGNORECASE,
)


def _money_there_was(before: str, text: str, end: int) -> bool:
    return bool(
        (_THERE_WAS_BEFORE_RE.search(before) and _CLAUSE_END_AFTER_RE.match(text, end))
        or _WE_HAD_AFTER_RE.match(text, end)
    )


def _for_running_cost(text: str, end: int) -> bool:
    """ "finns 300 000 kr för skötsel av parker": what the money is for runs every year."""
    purpose = _PUNCT_RE.split(text[end:], maxsplit=1)[0]
    return any(c.role == "annat" and c.rank == DEVIATION for c in find_cues(purpose))


_SIGN_BEFORE_RE = re.compile(r"(?<=\s)[+±]\s*$")


# "Den ram som nämnden beslutade om, 95 000 kr, höll": the amount after a subject's relative clause ...
_AFTER_RELATIVE_RE = re.compile(
    r"(?:^|[.;:]\s*)(?:den|det|de)\s+(?P<noun>[\wåäö]+)\s+som\s+[^,#.;:]*,\s*$", re.IGNORECASE
)
# ... and in one: "under kalkylen, som var 60 000 kr".
_IN_RELATIVE_RE = re.compile(
    r"(?P<noun>[\wåäö]+)\s*,?\s*som\s+(?:(?:alltså|då|ju|bara|endast)\s+)?(?:var|är|blev|uppgick\s+till|uppgår\s+till)"
    r"\s+(?:(?:cirka|ca|drygt|knappt|totalt|sammanlagt)\s+)?$",
    re.IGNORECASE,
)


def _relative_head_role(before: str) -> str | None:
    m = _AFTER_RELATIVE_RE.search(before) or _IN_RELATIVE_RE.search(before)
    return noun_role(m.group("noun")) if m else None


# "Överdraget, knappt 3 000 kr, gällde staket": the amount set off by commas right after the noun that opens its
# clause restates that noun, whatever the verb after says was done with it ("…, täcks av nämndens budget").
_APPOSITION_HEAD_RE = re.compile(
    r"(?:^|[.;:]\s*)(?:(?:den|det|de|en|ett|vårt|vår|deras)\s+)?(?P<noun>[\wåäö]+)\s*,\s*$", re.IGNORECASE
)
_APPOSITION_CLOSE_RE = re.compile(r"\s*(?:kronor|kr)?\s*(?:,|\s[–-]\s)")


def _apposition_role(text: str, start: int, end: int) -> str | None:
    head = _APPOSITION_HEAD_RE.search(text, 0, start)
    if head is None or not _APPOSITION_CLOSE_RE.match(text, end):
        return None
    return _whole_word_role(head.group("noun"))


def _whole_word_role(word: str, min_rank: int = 0) -> str | None:
    """The role of a cue that is the whole `word`, of at least `min_rank`."""
    whole = [c for c in find_cues(word) if c.start == 0 and c.end == len(word) and c.rank >= min_rank]
    return (whole[0].role or None) if whole else None


# "4 000 kr beviljat, 3 880 kr använt": a participle right after the amount, closing its clause, labels it.
_PARTICIPLE_LABEL_AFTER_RE = re.compile(
    r"[ \t]*(?:kronor|kr)?[ \t]+(?P<word>[\wåäö]+(?:at|t|d))[ \t]*(?:[,;]|\.(?!\.)|$)", re.IGNORECASE
)


def _participle_label_role(text: str, end: int) -> str | None:
    m = _PARTICIPLE_LABEL_AFTER_RE.match(text, end)
    if m is None:
        return None
    return _whole_word_role(m.group("word"), FRAME)


# "Vi ansöker om hela kostnaden, 74 000 kr": the amount after the asked-for thing restates it.
_ASKED_THING_BEFORE_RE = re.compile(
    r"(?<![\wåäö])(?:söker|ansöker\s+om|begär|äskar)\s+(?:om\s+)?(?:[\wåäö]+\s+){0,3}[\wåäö]+\s*,\s*$",
    re.IGNORECASE,
)


# "en merkostnad på X per år": an extra cost every year runs (a running cost, `annat`), no deviation of one budget
_PER_YEAR_AFTER_RE = re.compile(
    r"\s*(?:kronor|kr)?\s*(?:per\s+år|om\s+året|i\s+året|årligen)(?![\wåäö])", re.IGNORECASE
)


def per_unit(text: str, span: tuple[int, int]) -> bool:
    """The amount is a price or rate per unit named right after it ("900 kr per kväll", "1 200 kr i veckan")."""
    return bool(_PER_UNIT_RE.match(text, span[1]))


def attached_role(text: str, start: int, end: int) -> str | None:
    """The role named by words bound to the amount at text[start:end], if any."""
    role = _bound_role(text, start, end)
    return "annat" if role == "avvikelse" and _PER_YEAR_AFTER_RE.match(text, end) else role


def _bound_role(text: str, start: int, end: int) -> str | None:
    """`attached_role` before a rate per year is read."""
    sign = _SIGN_BEFORE_RE.search(text, 0, start)
    if sign:
        start = sign.start()  # "en avvikelse mot budget på +31 mnkr": the sign belongs to the amount
    before = text[:start]
    change = _change_role(before, text, end)
    if change:
        return change
    if _BUDGETED_RESULT_BEFORE_RE.search(before):
        return "budget"  # "hade budgeterat ett överskott på X": the planned result
    if _RECEIVED_BUDGET_BEFORE_RE.search(before):
        return "beviljat"  # "har fått en tilläggsbudget på X": money added to a body's budget
    # in brackets right after the noun that names it ("inom budget (X)"; role_parts.bracket_role)
    bracketed = bracket_role(text, (start, end)) or _relative_head_role(before) or _apposition_role(text, start, end)
    if bracketed:
        return bracketed
    if (
        _PER_UNIT_RE.match(text, end)
        or _UNIT_PRICE_BEFORE_RE.search(before)
        or _LEFT_OVER_AFTER_RE.match(text, end)
        or _RATE_NOUN_BEFORE_RE.search(before)
        or _EACH_AFTER_RE.match(text, end)
        or _LIMIT_BEFORE_RE.search(before)
        or _CAP_BEFORE_RE.search(before)
        or _MONEY_LEFT_BEFORE_RE.search(before)
        or (_CAP_ONLY_BEFORE_RE.search(before) and _PER_APPLICANT_AFTER_RE.match(text, end))
    ):
        return "annat"
    if _OVER_AFTER_RE.match(text, end) and _LEFT_AS_OVER_BEFORE_RE.search(before):
        return "annat"
    if _SHORTFALL_AFTER_RE.match(text, end):
        return "avvikelse"
    labelled = _participle_label_role(text, end)
    if labelled:
        return labelled
    if _ASKED_THING_BEFORE_RE.search(before):
        return "sokt"
    for role, regex in _BEFORE_RE:
        if regex.search(before):
            # "Resterande X söks i denna ansökan", "varav X söks från stadsdelsnämnden": the part asked for
            if (regex is _REMAINDER_RE or _VARAV_BEFORE_RE.search(before)) and _ASKED_AFTER_RE.match(text, end):
                return "sokt"
            return role
    subject = _subject_noun_role(text, start)
    if subject:
        return subject
    if _WILL_GET_FOR_RE.search(before) or _TO_BE_DONE_FOR_RE.search(before):
        return "budget"
    if _GOT_FOR_RE.search(before) or (_FRONTED_FOR_RE.match(before) and _VERB_AFTER_PRICE_RE.match(text, end)):
        return "utfall"
    done = _DONE_FOR_RE.search(before)
    if done:
        verb_cues = find_cues(done.group("verb"))
        return verb_cues[0].role if verb_cues else "utfall"
    bought = _BOUGHT_FOR_RE.match(text, end) if _FOR_RE.search(before) else None
    if bought:
        # "Kameror för 360 000 kr har monterats": things got for a price.
        verb_cues = find_cues(bought.group("verb"))
        return verb_cues[0].role if verb_cues else "utfall"
    if _TO_SPEND_AFTER_RE.match(text, end) and (
        _HAVE_BEFORE_RE.search(before) or (_GOT_BEFORE_RE.search(before) and _HAND_OUT_AFTER_RE.match(text, end))
    ):
        return "budget"
    if _FOR_THING_AFTER_RE.match(text, end) and _HAVE_BEFORE_RE.search(before) and not _for_running_cost(text, end):
        return "budget"
    if _money_there_was(before, text, end):
        return "budget"
    for role, regex in _AFTER_RE:
        if regex.match(text, end):
            if role == "beviljat" and _ASKS_RE.search(before):
                return "sokt"
            if role == "beviljat" and _PAID_OUT_BEFORE_RE.search(before):
                return "utfall"
            return role or None
    inverted = _inverted_subject_role(before)
    if inverted:
        return inverted
    subject = _copula_subject_role(text, start, end)
    if subject:
        return subject
    if _LEFT_OVER_BEFORE_RE.search(before):
        return None  # "återstår X som vi vill använda": what is left, whatever it is meant for
    return _relative_role(text, end)
