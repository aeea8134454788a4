"""Amounts that are not the report's own figure, though a cue beside them says
money: pure rules over a (masked) sentence.

- A part of a whole named before it: "Av dessa finansierades 1,6 mnkr av
  fastighetsägaren", "Av den summan avser 90 tkr konsultstöd" (`part_role`).
  A part that was spent or received stays what it is ("Av de beviljade 900 tkr
  har 860 tkr använts", "Av de 60 miljonerna fick nämnden 2,2 miljoner"); the
  pot a grant came out of is not the grant (`whole_role`).
- Money from a company, a property owner or an association is co-funding
  ("150 000 kr från bostadsbolaget", "från Stockholmshem"), not a grant
  (`from_co_funder`).
- An amount alone in brackets is the figure of the noun right before the
  bracket ("under budget (160 000 kr)", "inom ramen (350 000:-)": the budget;
  "Utgifterna (88 000 kr)": the outcome), else, after another amount, the prior
  year's ("1,4 mnkr under 2022 (2,1 mnkr)", "(2018: 1 210 tkr)") (`bracket_role`:
  the one place that says which noun names a bracketed amount).
- Amounts of one role that add up to another of the same role in the sentence
  are its parts ("245 000 kr för material och 55 000 kr för arbete, alltså
  300 000 kr"): summed beside their total they would count twice (`summed_parts`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from bilagor.extractor.entities.organisations import lookup
from bilagor.extractor.entities.role_cues import NOUN_CUE_RE, YEAR_BEFORE, find_cues

# "Av dessa", "Av den summan", "Av totalkostnaden på X", "Av de 60 miljonerna i ...": a
# sentence that takes its amounts out of a whole named first.
_PART_FRAME_RE = re.compile(r"^\s*av\s+(?!att\b)", re.IGNORECASE)
# "Av dessa", "Av den summan": the whole is named by a word, so every amount is a part.
_WHOLE_BY_WORD_RE = re.compile(
    r"^\s*av\s+(?:dessa|detta|dem|denna|(?:den|det|denna|detta)\s+(?:summan|beloppet|kostnaden|ramen)|beloppet|summan"
    # "Av det gick X till …": the pronoun before a verb ("Av det beviljade beloppet" names the whole by an amount)
    r"|det(?=\s+(?:gick|går|har|hade|användes|används|lades|läggs|betalades|fick|blev))"
    r"|pengarna|medlen|totalen)(?![\wåäö])(?!\s+(?:på|om)\s)",
    re.IGNORECASE,
)
# A part paid by someone else is theirs, not the report's outcome.
_PAID_BY_OTHERS_RE = re.compile(
    r"(?<![\wåäö])(?:betalade|betalar|betalat|betalt|bekosta[\wåäö]*|finansiera[\wåäö]*|står|stod|bidrog|bidrar|bidragit|avser|avsåg)"
    r"(?![\wåäö])",
    re.IGNORECASE,
)
_CLAUSE_AFTER_RE = re.compile(r"[,;]|(?<![\wåäö])(?:eftersom|därför|då|när|medan)(?![\wåäö])", re.IGNORECASE)
# A part received, handed out, or taken from a grant pot ("Av potten går 600 000 kr till …") stays a grant.
_RECEIVED_RE = re.compile(
    r"(?<![\wåäö])(?:fick|fått|får|tilldelade?s|tilldelats|beviljade?s|beviljats|erhöll|erhållit|anvisade?s"
    r"|fördela[\wåäö]*|delats\s+ut|delades\s+ut)(?![\wåäö])"
    # "Av dessa går 3,2 miljoner till Rinkeby-Kista": handed on to a named receiver
    # ... or to the report's own project ("Av stadens trygghetsmedel går 140 000 kr till projektet")
    r"|(?<![\wåäö])(?:går|gick|gått)\s+(?:\S+\s+){0,3}?till\s+(?:(?-i:[A-ZÅÄÖ])|(?:projektet|insatsen|satsningen"
    r"|verksamheten|aktiviteten|oss|vår|vårt|våra)(?![\wåäö]))"
    r"|^\s*av\s+(?:den\s+|det\s+)?(?:[\wåäö]+\s+)?[\wåäö]*(?:potten|anslaget|medel|medlen|bidraget|stödet)(?![\wåäö])",
    re.IGNORECASE,
)
# Who money came from, right after the amount.
_FROM_RE = re.compile(
    # "… 1,1 mnkr, betalades av fastighetsägaren": paid by them
    r"\s*(?:kronor|kr)?\s*,?\s*(?:(?:har\s+)?(?:kom|kommer|kommit)\s+|(?:betala|bekosta|finansiera)(?:des|s)\s+(?:helt\s+)?)?"
    r"(?:från|av)\s+(?:(?:den|det|de)\s+)?"
    r"(?P<who>[\wåäö:-]+(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö]+){0,2})",
    re.IGNORECASE,
)
_CO_FUNDER_WORD_RE = re.compile(
    r"(?:fastighetsägar|bostadsbolag|bolag|företag|förening|hyresvärd|byggherre|sponsor|exploatör|näringsliv)",
    re.IGNORECASE,
)
_CO_FUNDER_KINDS = ("bolag", "forening")
# "(2,1 mnkr)", "(2018: 1 210 tkr)": the bracket holds nothing but the amount.
_BRACKET_OPEN_RE = re.compile(r"\(\s*(?:(?:19|20)\d\d\s*:\s*)?$")
# "(kostnad 2023: 74 500 kr)": a bracket labelled with a year
_LABELLED_BRACKET_RE = re.compile(
    r"\(\s*(?P<label>[\wåäö]+)(?:\s+[\wåäö]+)?\s+(?P<year>(?:19|20)\d\d)\s*:\s*$", re.IGNORECASE
)
_PERIOD_IN_BRACKET_RE = re.compile(
    rf"\s*(?:kronor|kr)?\s*,?\s*(?:under\s+|för\s+|år\s+)?(?:{YEAR_BEFORE}|(?:19|20)\d\d|fjolåret)[^()]{{0,20}}\)",
    re.IGNORECASE,
)
_SOURCE_IN_BRACKET_RE = re.compile(
    r"\s*(?:kronor|kr)?\s+enligt\s+(?:(?:den|det)\s+)?(?:[\wåäö]+\s+)?(?P<noun>[\wåäö]+)\s*\)", re.IGNORECASE
)
_BRACKET_CLOSE_RE = re.compile(r"\s*(?:kronor|kr)?\s*\)")
# "inom budget (120 000 kr)", "Utgifterna (88 000 kr)": the noun right before the bracket; "under ramen för
# insatsen (65 000 kr)", "prognosen i delårsrapporten (505 tkr)": the head of the noun phrase before it.
_NOUN_BEFORE_BRACKET_RE = re.compile(r"(?<![\wåäö])(?P<noun>[\wåäö]+)\s*\(\s*$")
_HEAD_BEFORE_BRACKET_RE = re.compile(
    r"(?<![\wåäö])(?P<noun>[\wåäö]+)\s+(?:för|från|i|till|hos|ur|enligt|vid)\s+(?:[\wåäö-]+\s+){0,2}?[\wåäö-]+\s*\(\s*$",
    re.IGNORECASE,
)
# The words that name a report's figure ("ramen" is the plan: "inom ramen" alone names no figure, but a figure
# of the frame is the budget, and so is a committee's own "anslag"; "beviljat" is no noun but names the grant);
# other nouns by their cue.
_FIGURE_WORD_RE = re.compile(
    r"(?P<budget>budget(?:en)?|ram(?:en|arna|ar)?|kalkyl(?:en)?|anslag(?:et)?)|(?P<beviljat>bidrag(?:et)?|stöd(?:et)?"
    r"|beviljat|medl(?:en|et))|(?P<prognos>prognos(?:en)?)|(?P<utfall>utfall(?:et)?)",
    re.IGNORECASE,
)
_YEAR_NAMED_RE = re.compile(rf"(?:19|20)\d\d|{YEAR_BEFORE}|årets|fjolårets", re.IGNORECASE)


def part_or_whole(text: str, span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> str | None:
    """In a sentence that takes its amounts out of a whole ("Av dessa …", "Av de X …, Y …"):
    "whole" for the whole named by its amount (the first of two or more), "part" for the
    others; None in any other sentence."""
    if not _PART_FRAME_RE.match(text):
        return None
    whole = not _WHOLE_BY_WORD_RE.match(text) and len(spans) > 1 and span == min(spans)
    return "whole" if whole else "part"


# What a part is set aside for: "… reserverats för etapp två", "… avsatts till belysningen".
_SUB_PURPOSE_RE = re.compile(r"(?<![\wåäö])(?:för|till)\s+[\wåäö]", re.IGNORECASE)


# "Bygget kostade X, varav en förening betalade Y", "(därav Y från regionen)": a clause taking its amount out of a
# figure before it.
# ... or a part a figure includes ("budgeten var X inklusive en reserv på Y"; "inklusive moms Y" is the same
# figure on another basis, role_bases)
_TAKEN_OUT_CLAUSE_RE = re.compile(r"#[^.;]*?(?<![\wåäö])(?:varav|därav|inklusive(?!\s+moms))\s[^.;#]*$", re.IGNORECASE)


def taken_out_of_figure(text: str, start: int) -> bool:
    """The amount at `start` is in a "varav"/"därav" clause after another figure of its sentence: a part of it."""
    return bool(_TAKEN_OUT_CLAUSE_RE.search(text, 0, start))


_WRITERS_BEFORE_RE = re.compile(r"(?<![\wåäö])vi\s+(?:har\s+|hade\s+)?$", re.IGNORECASE)
_WRITERS_AFTER_RE = re.compile(r"\s+vi(?![\wåäö])", re.IGNORECASE)


def _paid_by_writers(text: str, verb: re.Match[str]) -> bool:
    """The verb of paying has the writers ("vi") as its subject, before it or inverted after it."""
    return bool(_WRITERS_BEFORE_RE.search(text, 0, verb.start()) or _WRITERS_AFTER_RE.match(text, verb.end()))


def part_role(text: str, role: str, end: int) -> str:
    """The role of a part, given its role read the usual way. Spent by the report's
    own project, received or left over, it stays; paid by someone else ("Av dessa
    betalade bostadsbolaget X"), or a share of it ("avser", "går till"), it is annat; planned
    for a part of the work (after `end`, the amount's end: "reserverats för etapp två"), annat;
    other roles (asked for, planned for the whole) stay."""
    if role == "utfall":
        # read in the part's own clause: "…, eftersom föreningen stod för materialet" is about something else
        clause_end = next((m.start() for m in _CLAUSE_AFTER_RE.finditer(text, end)), len(text))
        paid = _PAID_BY_OTHERS_RE.finditer(text, 0, clause_end)
        # "Av bidraget har vi betalat X": the writers' own payment is the project's outcome
        return "annat" if any(not _paid_by_writers(text, m) for m in paid) else role
    if role == "beviljat":
        return role if _RECEIVED_RE.search(text) else "annat"
    if role == "budget" and _SUB_PURPOSE_RE.search(text, end):
        # "Av den budgeterade ramen har 1,2 Mkr reserverats för etapp två": a share of the plan set
        # aside for a part of the work ("Av dessa har staden avsatt 12 mnkr" is the city's plan)
        return "annat"
    return role


# "Av nämndens 45 000 kr …": a whole owned by one of the city's grant-givers is the money it granted ...
_OWNED_WHOLE_RE = re.compile(r"^\s*av\s+(?:de\s+)?(?P<owner>[\wåäö]+s)\s+$", re.IGNORECASE)
# ... and a part of it that went to a thing ("… gick 15 000 kr till ljudtekniker") is a share of the spending.
_WENT_TO_RE = re.compile(r"(?<![\wåäö])(?:gick|går|gått)\s+(?:\S+\s+){0,3}?till(?![\wåäö])", re.IGNORECASE)


def owned_whole_role(text: str, start: int) -> str | None:
    """The role of a whole named by its owner right before it ("Av kulturförvaltningens 140 000 kr"): a city body's
    money is its grant."""
    m = _OWNED_WHOLE_RE.match(text[:start])
    return "beviljat" if m and CITY_FUNDER_RE.fullmatch(m.group("owner")) else None


def share_of_owned_whole(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """A sentence that takes a share to a thing out of a city body's money named in it ("Av nämndens 45 000 kr gick
    15 000 kr till ljudtekniker"): the share is a part of the spending, not the outcome (received by the report's
    own project it stays a grant: `_RECEIVED_RE`)."""
    first = min(spans, default=None)
    return (
        first is not None
        and len(spans) > 1
        and owned_whole_role(text, first[0]) is not None
        and bool(_WENT_TO_RE.search(text, first[1]))
        and not _RECEIVED_RE.search(text)
    )


def whole_role(text: str, part_roles: Sequence[str]) -> str | None:
    """The whole of an "Av de X ..." sentence with no role of its own: when a part was
    received, the whole is the pot it came from (annat); otherwise None (decide as usual)."""
    return "annat" if "beviljat" in part_roles and _RECEIVED_RE.search(text) else None


def from_co_funder(text: str, end: int) -> bool:
    """Money right after the amount comes from a company, property owner or association."""
    m = _FROM_RE.match(text, end)
    if not m:
        return False
    who = m.group("who")
    if _CO_FUNDER_WORD_RE.match(who):
        return True
    words = who.split()
    names = (" ".join(words[:n]) for n in range(len(words), 0, -1))
    entry = next((e for e in map(lookup, names) if e), None)
    return entry is not None and entry.kind in _CO_FUNDER_KINDS


# The city's own grant-givers (its committees, offices and pots): the report's grant or ask comes from them.
CITY_FUNDER_RE = re.compile(
    r"(?:staden|stadens|sdn|sdf|kommunstyrelsen|kommunfullmäktige|kommunen|[\wåäö]*nämnd(?:en|erna)?|[\wåäö]*utskott(?:et)?"
    r"|[\wåäö]*förvaltning(?:en)?|[\wåäö]*kontor(?:et)?|[\wåäö]*medl(?:en|et)|[\wåäö]*pott(?:en)?)s?(?![\wåäö])",
    re.IGNORECASE,
)
# "… 250 000 kr från Allmänna arvsfonden", "… söks hos Boverket": whom the money comes from.
_FUNDER_AFTER_RE = re.compile(
    r"\s*(?:kronor|kr)?\s*(?:(?:söks|sökes|begärs)\s+)?(?:från|hos|ur)\s+(?:(?:de|den|det)\s+)?(?P<who>[\wåäö]+)",
    re.IGNORECASE,
)


# "stadens bidrag på X", "stadsdelsnämndens stöd om X": the city's grant named by its owner, right before the amount
_CITY_GRANT_BEFORE_RE = re.compile(
    rf"(?<![\wåäö]){CITY_FUNDER_RE.pattern}\s+(?:[\wåäö]+\s+)?(?:bidrag|stöd|anslag)[\wåäö]*\s+(?:på|om)\s+$",
    re.IGNORECASE,
)


def from_city(text: str, span: tuple[int, int]) -> bool:
    """Money the words at it say comes from the city: "från staden" after it, "stadens bidrag på" before it."""
    who = _funder(text, span[1])
    return (who is not None and bool(CITY_FUNDER_RE.fullmatch(who))) or bool(
        _CITY_GRANT_BEFORE_RE.search(text, 0, span[0])
    )


def _funder(text: str, end: int) -> str | None:
    m = _FUNDER_AFTER_RE.match(text, end)
    return m.group("who") if m else None


def other_funder(text: str, span: tuple[int, int], spans: Sequence[tuple[int, int]], application: bool) -> bool:
    """In a form, money from a funder other than the city is co-funding, not the report's grant or ask:
    in an application always ("Resterande 1,2 mnkr söks från Trafikverket"), in a follow-up beside money
    from the city ("100 tusen från staden och 50 tusen från Länsstyrelsen", "Utöver stadens bidrag på X fick
    projektet Y från Arvsfonden")."""
    who = _funder(text, span[1])
    if who is None or CITY_FUNDER_RE.fullmatch(who):
        return False
    if application:
        return True
    return any(s != span and from_city(text, s) for s in spans)


def noun_role(noun: str) -> str | None:
    """The role a single noun names ("budget", "kalkylen", "bidraget", "Utgifterna", "ramen")."""
    figure = _FIGURE_WORD_RE.fullmatch(noun)
    if figure:
        return next(role for role, word in figure.groupdict().items() if word)
    cues = [c for c in find_cues(noun) if c.start == 0 and c.end == len(noun)]
    return cues[0].role if cues and NOUN_CUE_RE.search(noun) else None


def bracket_role(text: str, span: tuple[int, int], spans: Sequence[tuple[int, int]] = ()) -> str | None:
    """The role of an amount alone in brackets: the figure the noun right before the bracket, or the head of the
    noun phrase before it, names ("under budget (160 000 kr)", "under ramen för insatsen (65 000 kr)": budget, then read on like any word bound to the amount), else, after another amount of
    `spans`, the prior year's (annat, final), as it is when a year stands between that amount and the bracket,
    or a label in the bracket names a year the sentence did not name before it ("(kostnad 2023: X)"); a source
    named inside the bracket names its figure ("(90 000 kr enligt kalkylen)": budget, as "enligt ansökan"); None for an amount not alone in brackets, or alone in brackets with neither."""
    start, end = span
    opened = _BRACKET_OPEN_RE.search(text, 0, start)
    if opened and any(s != span and s[1] <= start for s in spans) and _PERIOD_IN_BRACKET_RE.match(text, end):
        return "annat"  # "2,36 mnkr (2,11 mnkr året innan)": the period inside says whose it is
    source = _SOURCE_IN_BRACKET_RE.match(text, end)
    if source and opened:
        # "Summa 96 000 kr (90 000 kr enligt kalkylen)": the source inside the bracket names the figure
        return "budget" if source.group("noun").lower().startswith("ansök") else noun_role(source.group("noun"))
    if not _BRACKET_CLOSE_RE.match(text, end):
        return None
    labelled = _LABELLED_BRACKET_RE.search(text, 0, start)
    if labelled:
        # "Utfall 2025: X (utfall 2024: Y)": another year's figure; "Utfall 2024: X (budget 2024: Y)": this year's
        if labelled.group("year") not in text[: labelled.start()]:
            return "annat"
        return noun_role(labelled.group("label") or "")
    if not _BRACKET_OPEN_RE.search(text, 0, start):
        return None
    named = [
        m.group("noun") for r in (_NOUN_BEFORE_BRACKET_RE, _HEAD_BEFORE_BRACKET_RE) if (m := r.search(text, 0, start))
    ]
    role = next((r for r in map(noun_role, named) if r), None) or _fronted_subject_role(text, start)
    before = [s[1] for s in spans if s != span and s[1] <= start]
    # "1,4 mnkr under 2022 (2,1 mnkr)", "lägre än förra årets budget (340 tkr)": a year after the amount before
    # says the bracket is another period's, whatever noun names it
    if before and (role is None or _YEAR_NAMED_RE.search(text, max(before), start)):
        return "annat"
    return role


# "Beviljade medel för brandvarnare till äldre (40 000 kr) har använts …": the bracket closes the sentence's
# subject, a participle and a money noun, whatever its verb says was done with the money.
_FRONTED_SUBJECT_RE = re.compile(
    r"^\s*(?P<participle>beviljade|anvisade|tilldelade|budgeterade|kalkylerade|beräknade|sökta)\s+"
    r"(?:medel|medlen|belopp(?:et)?|summan|bidrag(?:et)?|kostnad(?:en|er|erna)?)(?:\s+[\wåäö-]+){0,6}?\s*\(\s*$",
    re.IGNORECASE,
)
_PARTICIPLE_ROLES = {"beviljade": "beviljat", "anvisade": "beviljat", "tilldelade": "beviljat", "sökta": "sokt"}


def _fronted_subject_role(text: str, start: int) -> str | None:
    m = _FRONTED_SUBJECT_RE.match(text[:start])
    return _PARTICIPLE_ROLES.get(m.group("participle").lower(), "budget") if m else None


MAX_PARTS = 5  # a sentence rarely lists more; bounds the subsets tried


def summed_parts(values: Mapping[tuple[int, int], int], roles: Mapping[tuple[int, int], str]) -> set[tuple[int, int]]:
    """The amounts that are parts of a total in the same sentence: two or more of one role
    whose values add up exactly to another amount of that role (the total keeps its role). The parts stand on one
    side of their total, all before it or all after it: a figure between two lines that happen to add up to it
    ("Lås 7 500 kr / Ledare 9 000 kr / Fika 1 500 kr") is a line of its own, not their sum."""
    parts: set[tuple[int, int]] = set()
    for total, whole in values.items():
        role = roles[total]
        if role == "annat":
            continue
        # the sources of a budget (grants beside own money) make it up as well as budget lines do; a sum sought is
        # made up of the cost lines it is sought for ("Det sökta bidraget är X: penslar för Y och arvode för Z")
        kinds = {role, "beviljat"} if role == "budget" else {role, "budget"} if role == "sokt" else {role}
        candidates = [s for s, v in values.items() if s != total and roles[s] in kinds and 0 < v < whole]
        for side in ([s for s in candidates if s < total], [s for s in candidates if s > total]):
            hit = subset_summing([values[s] for s in side], whole, most=MAX_PARTS)
            if hit:
                parts.update(side[i] for i in hit)
                break
    return parts


def subset_summing(
    numbers: Sequence[int], whole: int, least: int = 2, most: int | None = None
) -> tuple[int, ...] | None:
    """The first subset of `numbers` (by size, then in the order `itertools.combinations` tries them) of
    `least` to `most` members that adds up to `whole`, as indices; None if there is none."""
    return next(subsets_summing(numbers, whole, least, most), None)


def subsets_summing(
    numbers: Sequence[int], whole: int, least: int = 2, most: int | None = None
) -> Iterator[tuple[int, ...]]:
    """Every subset of `numbers` (all positive) of `least` to `most` members that adds up to `whole`, as
    indices, smallest first. Found depth first, skipping the subsets that a partial sum already rules out: a
    list of 40 amounts made the plain search take seconds."""
    most_after = [0] * (len(numbers) + 1)  # most_after[i]: the largest of numbers[i:]
    for i in range(len(numbers) - 1, -1, -1):
        most_after[i] = max(numbers[i], most_after[i + 1])

    def search(first: int, left: int, partial: int) -> Iterator[tuple[int, ...]]:
        for i in range(first, len(numbers) - left + 1):
            total = partial + numbers[i]
            if total > whole or total + (left - 1) * most_after[i + 1] < whole:
                continue  # every subset going on from here is too large or too small
            if left == 1:
                yield (i,)  # total == whole
                continue
            for rest in search(i + 1, left - 1, total):
                yield (i, *rest)

    top = len(numbers) if most is None else min(most, len(numbers))
    for n in range(least, top + 1):
        yield from search(0, n, 0)
