"""How documents name a committee or an area: "Farsta stadsdelsnämnd", "stadsdelsförvaltningen i
Farsta", "stadsdelsområdet Farsta", several committees under one plural noun; a committee named as a
partner or as an example told from the one that runs the work."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bilagor.extractor.text import loose_pattern
from bilagor.extractor.districts.names import DISTRICTS, INITIALS, OTHER_FORMS, canonical, fuzzy_canonical

NAME_FORMS = sorted(
    {*(f for d in DISTRICTS for f in (d.name, d.genitive, d.name + "s")), *OTHER_FORMS, *INITIALS},
    key=len,
    reverse=True,
)
NAME_PATTERN = "(?:" + "|".join(loose_pattern(f) for f in NAME_FORMS) + ")"
NAME_END = r"(?![\w-])"
# "stadsdelsnämnd", "stadsdels-\nförvaltningen" (a scan's broken line), "stadsdelsnamnd" (no accents).
# ... and "stadsdelsnärnnd", "stadsde1sforvaltnlng" (OCR's rn for m, 1 for l, l for i).
# ... and "Stadsdelsfórvaltningen", "stadsdeIs" (OCR's ó for ö, I or | for l).
_COMMITTEE_NOUN = r"stadsde[l1I|]s\s*-?\s*(?:n[aäá](?:m|rn)nd|f[oöó]rva[l1I|]tn[il1]ng)(?:en|ens|s)?|SDN|SDF"
_AREA_NOUN = r"stadsdels\s*-?\s*omr[aå]de(?:t|ts|s)?"
_BARE_NOUN = r"f[oö]rvaltning(?:en|ens)?|n[aä]mnd(?:en|ens)?"
# "på" as a scan reads it: "pa Sodermalm".
_PREPOSITION = r"(?:i|på|pa|för|for)"
# Any capitalised name (dashes allowed), tried after the known forms, for OCR-misread
# names next to a committee noun; fuzzy_canonical decides whether it is a district.
# A word may be broken by a hyphen and a space or line break ("Skarp-\nnäcks", "Skarp- näcks"),
# or hold a digit OCR read for a letter, the first one too ("0stermalms": 0 for Ö, "5karpnacks").
# A space OCR put inside a word ("Kungs holmens", "Hassel by-Vallingby") is allowed once per word;
# _district_named() drops such a piece again when the name does not read as a district without it.
_MISREAD_WORD = r"[^\W_]+(?:[-–]\s+(?-i:[a-zåäö])[^\W_]*)?(?:\s(?-i:[a-zåäö]{2,8})(?=[\s\-–.,;:)]|$))?"
MISREAD_NAME = rf"(?-i:[A-ZÅÄÖ05]){_MISREAD_WORD}(?:\s*[-–]\s*(?-i:[A-ZÅÄÖ05]){_MISREAD_WORD})*"


Grammar = tuple[tuple[re.Pattern[str], ...], re.Pattern[str]]  # (names before the noun, name after it)


@lru_cache(maxsize=1)
def _grammar() -> tuple[Grammar, Grammar]:
    """(committee, area) patterns; compiled on first use, off the `bilagor search` start-up path.
    The name before and the name after the noun are two patterns, so that words taken for a
    name before a noun ("Sokande ar stadsdelsnamnden") do not hide the name after it."""
    name = rf"(?:{NAME_PATTERN}|{MISREAD_NAME})"
    committee = (
        (
            # Farsta stadsdelsnämnd; a compound with a hyphen: "H-V-förvaltningen", "Farsta-nämndens"
            re.compile(
                rf"\b(?P<a>{name})(?:\s+(?:{_COMMITTEE_NOUN})|-(?:f[oö]rvaltning|n[aä]mnd)(?:en|ens|s)?)(?::s)?{NAME_END}",
                re.IGNORECASE,
            ),
            # A district's own name before the bare noun: "Norra innerstadens förvaltning", "Farsta nämnd"
            # (a known name only: any capitalised word is "förvaltning" of something; and not the work of
            # managing: "Bromma förvaltning av parkerna").
            re.compile(rf"\b(?P<a>{NAME_PATTERN})\s+(?:{_BARE_NOUN}){NAME_END}(?!\s+av\b)", re.IGNORECASE),
        ),
        # stadsdelsnämnden i Farsta, SDF Norrmalm; the bare noun before a district's own name ("förvaltningen i
        # Järva", "nämnden för Farsta"): a district's committee, as the sets decide (not "Trafikförvaltningen i").
        re.compile(
            rf"\b(?:(?:{_COMMITTEE_NOUN})(?:\s+{_PREPOSITION})?|(?:{_BARE_NOUN})\s+{_PREPOSITION}(?=\s+{NAME_PATTERN}{NAME_END}))"
            rf"\s+(?P<b>{name}){NAME_END}",
            re.IGNORECASE,
        ),
    )
    area = (
        (re.compile(rf"\b(?P<a>{NAME_PATTERN})\s+(?:{_AREA_NOUN}){NAME_END}", re.IGNORECASE),),
        re.compile(rf"\b(?:{_AREA_NOUN})\s+(?P<b>{NAME_PATTERN}){NAME_END}", re.IGNORECASE),
    )
    return committee, area


@dataclass(frozen=True)
class Mention:
    district: str  # canonical name, as written (not moved forward by as_of)
    start: int
    end: int


SPLIT_PIECE = re.compile(r"\s[a-zåäö]+$")  # a lowercase word the name pattern may have taken after the name


def _district_named(written: str) -> tuple[str | None, str]:
    """(district, the part of `written` that names it): a trailing lowercase word taken as
    part of a name split by OCR ("Sodermalrn har") is dropped when the name reads without it."""
    name = fuzzy_canonical(written)
    while name is None and SPLIT_PIECE.search(written):
        written = SPLIT_PIECE.sub("", written)
        name = fuzzy_canonical(written)
    return name, written


# Every committee or area noun begins so (a scan's "stadsde1s", a compound's "-förvaltningen" too): texts
# without it are skipped cheaply.
_NOUN_START = re.compile(r"stadsde|SDN|SDF|(?:^|[-\s])(?:f[oö]rvaltning|n[aä]mnd)", re.IGNORECASE)


def _mentions_of(grammar: Grammar, text: str) -> list[Mention]:
    if not _NOUN_START.search(text):
        return []
    befores, after = grammar
    found = [
        Mention(name, m.start(), m.end())
        for before in befores
        for m in before.finditer(text)
        if (name := fuzzy_canonical(m["a"]))
    ]
    for m in after.finditer(text):
        name, written = _district_named(m["b"])
        if name:
            found.append(Mention(name, m.start(), m.start("b") + len(written)))
    kept: list[Mention] = []
    for mention in sorted(found, key=lambda m: (m.start, -m.end)):
        if not kept or mention.start >= kept[-1].end:  # "Farsta stadsdelsnämnd i ...": the first reading
            kept.append(mention)
    return kept


@lru_cache(maxsize=256)
def _cached_mentions(kind: int, text: str) -> tuple[Mention, ...]:
    """Committees (kind 0) or areas (1) of a text, kept: one reading of a report asks for them
    several times (own, partner and example committees, places outside their spans)."""
    return tuple(_mentions_of(_grammar()[kind], text))


def committee_mentions(text: str) -> list[Mention]:
    """District committees and administrations named in `text`, with their spans."""
    return list(_cached_mentions(0, text))


def area_mentions(text: str) -> list[Mention]:
    """District areas named in `text` ("stadsdelsområdet Bromma"), with their spans."""
    return list(_cached_mentions(1, text))


# Several committees under one plural noun: "Stadsdelsnämnderna i Farsta och Skarpnäck", "Skarpnäcks och
# Farsta stadsdelsförvaltningar", "stadsdelsförvaltningarna i Bromma, Kungsholmen och Norrmalm".
_PLURAL_NOUN = r"stadsdels\s*-?\s*(?:n[aä]mnder|f[oö]rvaltningar)(?:na)?"
_NAME_LIST = rf"{NAME_PATTERN}(?:\s*,\s*{NAME_PATTERN})*\s+(?:och|samt)\s+{NAME_PATTERN}"


@lru_cache(maxsize=1)
def _plural_grammar() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(noun before the names, names before the noun), compiled on first use."""
    return (
        re.compile(rf"\b{_PLURAL_NOUN}\s+{_PREPOSITION}\s+(?P<names>{_NAME_LIST}){NAME_END}", re.IGNORECASE),
        re.compile(rf"\b(?P<names>{_NAME_LIST})\s+{_PLURAL_NOUN}{NAME_END}", re.IGNORECASE),
    )


def plural_committee_mentions(text: str) -> list[Mention]:
    """Each district of several committees named under one plural noun, with the span of its name
    (the metadata does not read them: a text naming two committees so names no one district)."""
    if not re.search(r"stadsdels\s*-?\s*(?:n[aä]mnder|f[oö]rvaltningar)", text, re.IGNORECASE):
        return []
    found = []
    for pattern in _plural_grammar():
        for match in pattern.finditer(text):
            offset = match.start("names")
            for name in re.finditer(NAME_PATTERN, match["names"], re.IGNORECASE):
                district = canonical(name.group())
                if district:
                    found.append(Mention(district, offset + name.start(), offset + name.end()))
    return sorted(set(found), key=lambda m: m.start)


# Patterns kept as text (compiled on first use, off the `bilagor search` start-up path).
# A committee named as a partner, not as the one that runs the work: "i samverkan med",
# "samordnats med", "tillsammans med", "medsökande" (a scan's "samrad", "medsokande" too).
_PARTNER_BEFORE = (
    r"(?:\b(?:i\s+)?(?:samverk\w*|samarbet\w*|samr[aå]d|dialog|kontakt|samf[oö]rst[aå]nd)\s+med"
    r"|\b(?:tillsammans|gemensamt|partnerskap)\s+med|\bsamordn\w*\s+med|\bdelats\s+med"
    # "Erfarenhetsutbyte har skett med", "gränsen mot", "grannstadsdelen", "angränsande".
    r"|\b\w*utbyte\w*(?:\s+\w+){0,3}?\s+med|\bgr[aä]ns\w*\s+(?:mot|till)|\bgrann\w*|\bangr[aä]nsande"
    # "ett liknande projekt i", "Liknande åtgärder har genomförts av".
    r"|\b(?:liknande|motsvarande)(?:\s+\w+){0,6}?\s+(?:i|av|hos|fr[aå]n|inom|p[aå])"
    r"|\bi\s+likhet\s+med|\bliksom|\b(?:med\s+)?(?:st[oö]d|hj[aä]lp|deltagande|bidrag)\s+(?:av|fr[aå]n)"
    # A committee that pays a share: "samfinansieras av", "medfinansierats av".
    r"|\b(?:sam|med)finansi\w*\s+(?:av|fr[aå]n|med)"
    # Another committee as the model or source: "erfarenheter från", "inspirerats av", "lånat
    # metoden från", "efter förebild från", "delat kostnaden med".
    r"|\berfarenhet\w*(?:\s+\w+){0,2}?\s+(?:fr[aå]n|av|hos)|\binspir\w*\s+(?:av|fr[aå]n)"
    r"|\b(?:l[aå]n\w*|h[aä]mta\w*|kopier\w*)(?:\s+\w+){0,3}?\s+fr[aå]n|\bf[oö]rebild\w*(?:\s+(?:fr[aå]n|av|i|hos))?"
    r"|\bdela\w*(?:\s+\w+){0,5}?\s+med"
    # One of two parties to a cost or a task: "delades lika mellan förvaltningen och".
    r"|\bmellan(?:\s+\w+){1,4}?\s+(?:och|samt)"
    # A method tried before elsewhere: "tidigare prövats av", "har testats av".
    r"|\btidigare(?:\s+\w+){0,3}?\s+(?:av|i|hos|inom)|\b(?:pr[oö]v|test|utprov)\w*\s+(?:av|i|hos|inom)"
    # "enligt samma modell som", "på samma sätt som", "efter mönster från".
    r"|\bsamma(?:\s+\w+){0,2}?\s+som|\b(?:modell|m[oö]nster)\w*\s+(?:fr[aå]n|av|som|hos)"
    r"|\b(?:även|också|likaså|t\.\s?ex\.|till\s+exempel|s[aå]som)"
    # A committee taking part, consulted or paying a share: "representanter från", "stämts av med",
    # "kontakt har tagits med", "medfinansiering har erhållits från", "en referensgrupp med".
    r"|\brepresentant\w*\s+(?:fr[aå]n|f[oö]r)|\b(?:st[aä]m\w*\s+av|avst[aä]mning\w*)\s+med"
    r"|\bkontakt(?:\s+\w+){0,3}?\s+med|\bmedfinansiering\w*(?:\s+\w+){0,3}?\s+(?:fr[aå]n|av)"
    r"|\breferens\w*(?:\s+\w+){0,2}?\s+(?:med|fr[aå]n)"
    r"|\bmeds[oö]kande(?:\s+n[aä]mnd)?[:,]?"
    # "med" right before the committee, whatever it was shared or done with: "fördelats jämnt med",
    # "en gemensam utbildning med", "möten med" (the one that runs the work is no "med" of its own text).
    r"|\bmed)\s*$"
)
# Between two partners of one list: "med Farsta stadsdelsnämnd och Skarpnäcks stadsdelsnämnd".
_LIST_JOIN = r"\s*(?:,\s*|\s(?:och|samt)\s+|,\s*(?:och|samt)\s+)"
_PARTNER_WINDOW = 80  # characters before a mention searched for a partner phrase
# ... or as another committee with a like problem: "Farsta stadsdelsförvaltning, som har liknande problem".
# ... or as a reference or partner after its name: "Farsta stadsdelsförvaltning som referensgrupp",
# "... har varit med som samarbetspartner".
# ... or as taking part or contributing: "... har deltagit", "... medverkade", "... har informerats",
# "... har bidragit med", "... har lämnat synpunkter", "... var med som part".
# ... or as lending a hand: "... har skickat en representant till styrgruppen", "... sände sin parkingenjör",
# "... har lånat ut mätutrustning", "... satt med i styrgruppen", "... har yttrat sig", "... har hjälpt
# till med beställningen", "... bistod med mätningar".
_OTHER_AFTER = (
    r"^[^.;:!?]{0,40}?\b(?:liknande|motsvarande|referens\w*"
    r"|som\s+(?:\w+\s+)?(?:samarbets)?partner\w*|som\s+bollplank|som\s+part"
    r"|deltog|deltagit|medverka\w*|informera\w*|bidr(?:og|agit)|l[aä]mna\w*\s+synpunkter"
    r"|(?:skicka(?:t|de)|sä(?:nt|nde))(?!\s+in\b)|l[aå]na(?:t|de|r)\s+ut|styrgrupp\w*|yttra(?:t|de)\s+sig"
    r"|hj[aä]lp(?:t|te)\s+till|bist(?:ått|od))\b"
)
# ... or as the owner of what the work borrowed, in its genitive: "via Älvsjö stadsdelsförvaltnings
# ramavtal", "genom Farsta stadsdelsförvaltnings upphandling" (a committee names its own "förvaltningens").
_LENT_AFTER_GENITIVE = r"^\s+(?:ram)?(?:avtal|upphandling|leverant[oö]r|konsult|ritning|mall)\w*"


def partner_committees(text: str) -> list[Mention]:
    """The committees (and areas) `text` names as partners or as another district
    ("i samverkan med Farsta stadsdelsförvaltning", "ett liknande projekt i Skarpnäcks stadsdelsområde")."""
    partners: list[Mention] = []
    named = sorted(committee_mentions(text) + area_mentions(text), key=lambda m: m.start)
    for i, mention in enumerate(named):
        # OCR's "rn" for "m" undone for the phrases only ("i sarnverkan rned"); the words after a
        # mention end where the next committee begins ("X har haft Y som bollplank": Y is the partner).
        stop = min([mention.end + _PARTNER_WINDOW, *(m.start for m in named[i + 1 :] if m.start >= mention.end)])
        before = text[max(0, mention.start - _PARTNER_WINDOW) : mention.start].replace("rn", "m")
        after = text[mention.end : stop].replace("rn", "m")
        between = text[partners[-1].end : mention.start] if partners else ""
        listed = bool(partners) and re.fullmatch(_LIST_JOIN, between, re.IGNORECASE) is not None
        named_as_other = (
            re.search(_PARTNER_BEFORE, before, re.IGNORECASE)
            or re.search(_OTHER_AFTER, after, re.IGNORECASE)
            or (text[mention.end - 1] == "s" and re.search(_LENT_AFTER_GENITIVE, after, re.IGNORECASE))
        )
        if listed or named_as_other:
            partners.append(mention)
    return partners


# One committee of several named as an example: "samtliga stadsdelsnämnder, bland annat Farsta
# stadsdelsnämnd", "flera stadsdelsförvaltningar, däribland ...": the text is about all of them.
EXAMPLE_OF_SEVERAL = re.compile(
    r"\bstadsdel(?:snämnd|sf[oö]rvaltning|somr[aå]de|)(?:er|ar|en)(?:na)?\b[^.;:!?]{0,40}?"
    r"(?:\bbland\s+annat|\bbl\.\s?a\.|\bexempelvis|\bt\.\s?ex\.|\btill\s+exempel|\bd[aä]ribland|\bs[aå]som)[\s,:]*"
    # ... and the names listed after the first: "bland annat Bromma och Farsta", "Skärholmen, Farsta och".
    r"(?:[A-ZÅÄÖ][\w-]*(?:\s+[\w-]+)?\s*(?:,|\boch\b|\bsamt\b)\s*)*$",
    re.IGNORECASE,
)


def example_committees(text: str) -> list[Mention]:
    """The committees (and areas) `text` names as examples of several ("alla stadsdelsnämnder,
    exempelvis Bromma stadsdelsnämnd"), and the rest of a list after them."""
    examples: list[Mention] = []
    for mention in sorted(committee_mentions(text) + area_mentions(text), key=lambda m: m.start):
        before = re.split(r"[.;!?]", text[max(0, mention.start - _PARTNER_WINDOW) : mention.start])[-1]
        between = text[examples[-1].end : mention.start] if examples else ""
        listed = bool(examples) and re.fullmatch(_LIST_JOIN, between, re.IGNORECASE) is not None
        if listed or EXAMPLE_OF_SEVERAL.search(before):
            examples.append(mention)
    return examples


def mentions(text: str, *, partners: bool = False) -> list[str]:
    """Canonical districts named as committee, administration or area in `text`, in order;
    committees named only as partners are left out (or, with partners=True, are all there is),
    and those named as examples of several committees always."""
    reported = reported_districts(text)
    if reported and not partners:
        return reported
    examples = {(m.start, m.end) for m in example_committees(text)}
    partner_spans = [m for m in partner_committees(text) if (m.start, m.end) not in examples]
    if partners:
        spans = partner_spans
    else:
        taken = {(m.start, m.end) for m in partner_spans} | examples
        spans = [m for m in committee_mentions(text) + area_mentions(text) if (m.start, m.end) not in taken]
    return list(dict.fromkeys(mention.district for mention in sorted(spans, key=lambda m: m.start)))


# A report that says which of several committees it is about: "denna redovisning gäller Skarpnäcks del",
# "redovisningen avser Kungsholmens insats", "denna bilaga gäller Norrmalms stadsdelsförvaltning".
_REPORT_IS_ABOUT = re.compile(
    rf"\b(?:redovisning|bilaga|rapport|uppf[oö]ljning|ans[oö]kan)(?:en)?\s+(?:g[aä]ller|avser)\s+(?:(?:endast|bara|enbart)\s+)?"
    rf"(?P<name>{NAME_PATTERN}){NAME_END}",
    re.IGNORECASE,
)


def reported_districts(text: str) -> list[str]:
    """The districts `text` says the report is about, in order ("denna redovisning gäller Skarpnäcks
    del" after a walk done with Farsta): that one is the report's own, whoever else shared the work."""
    names = (canonical(match["name"]) for match in _REPORT_IS_ABOUT.finditer(text))
    return list(dict.fromkeys(name for name in names if name))


# Words that make a committee the one that ran the work, wherever in its sentence: "har lett arbetet",
# "Arbetet leddes av", "ansvarat för", "genomförts av", "beställt", "beslutade", "projektägare".
_RUNS_THE_WORK = re.compile(
    r"\b(?:led(?:de|des|er|s)?|lett|letts|ansvar\w*|genomf[oö]r\w*|driv(?:er|it|its|s)|drevs?|best[aä]ll\w*"
    r"|beslut\w*|projekt[aä]gare|huvudman\w*|utf[oö]r\w*|initiativ\w*)\b",
    re.IGNORECASE,
)


def running_committees(text: str) -> list[str]:
    """The districts whose committee `text` names in a sentence that says it ran the work (led,
    was responsible, carried out, ordered, decided), in order: such a committee is the report's own,
    wherever the place lies; one that only lent a hand or gave advice is not."""
    found = []
    for mention in sorted(committee_mentions(text), key=lambda m: m.start):
        start = max(
            text.rfind(".", 0, mention.start), text.rfind("!", 0, mention.start), text.rfind("?", 0, mention.start)
        )
        ends = [i for i in (text.find(c, mention.end) for c in ".!?") if i >= 0]
        sentence = text[start + 1 : mention.start] + " " + text[mention.end : min(ends, default=len(text))]
        if _RUNS_THE_WORK.search(sentence) and mention.district not in found:
            found.append(mention.district)
    return found
