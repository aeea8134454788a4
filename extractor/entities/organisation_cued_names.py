"""Bodies no list holds, named bare where the sentence's grammar makes a name a body ("i samarbete med
Mattecentrum", "har beviljat Hemgårdarna ett bidrag", "sattes upp av Nordvik Stängsel", "SOS Alarm har tagit
fram"). Every fresh set has missed such names (docs/benchmarks.md, the twenty-first round's entities section):
no gazetteer can hold them all and they carry no head noun. A capitalised name is taken only in such a position,
and never where it is a person, a place, a quoted title, a document's part, a digital channel or a report's
heading.

A capital that only opens a sentence proves nothing ("Ungdomarna har rensat bäcken"), and the extractor has no
Swedish word list, so a lone word at a sentence's start is taken only when the same text names it a body
elsewhere by a cue.

Pure: works on the text and the spans already resolved to organisations.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bilagor.extractor import districts
from bilagor.extractor.entities.organisation_initialisms import GENERIC_SHORT
from bilagor.extractor.entities.organisation_short_forms import (
    LABEL_BEFORE,
    OWNED_AFTER_GENITIVE,
    PARTNER_BEFORE,
    acts_after,
)
from bilagor.extractor.entities.organisations import LEADING_NON_NAMES, strip_genitive

# One to four capitalised words: "Mattecentrum", "SOS Alarm", "Trygga Gårdar Norden", "Friskis&Svettis".
_NAME = re.compile(r"(?<![\w&'’\"”“«»/.\-])[A-ZÅÄÖÉ][\wåäöé&’\-]*(?:\s+[A-ZÅÄÖÉ][\wåäöé&’\-]*){0,3}(?![\w\"”»])")
# Where a sentence or a line's item begins: nothing, an end of sentence, a colon, a bullet or a dash, a bracket.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;•\-–—(\n])\s*$")
# Positions before a name that make it a body, besides a partner's or payer's phrase: a channel it works through,
# a firm hired, an agreement's party, a passive's agent ("sattes upp av", "finansierades av", "har gjorts av").
_CUE_BEFORE = re.compile(
    r"(?:\bvia|\b(?:anlitat|anlitade|anlitar|upphandlat|upphandlade|avtal|avtalet|överenskommelse)(?:\s+med)?"
    r"|\b[a-zåäö]{2,}(?:des|tes|ts|dds|as)(?:\s+(?:upp|ut|in|fram|om|till|bort|ned|ner))?\s+av"
    # ... and a study's or report's author ("Forskningsrapporten från Urban Utveckling").
    r"|(?i:rapport|rapporten|utredning|utredningen|studie|studien|undersökning|undersökningen|kartläggning"
    r"|kartläggningen)\s+från)\s+$"
)
# A grant's recipient, an indirect object followed by what it was given ("beviljat X ett bidrag", "gav X 20 000").
_GRANTED_BEFORE = re.compile(
    r"\b(?:beviljat|beviljade|beviljar|tilldelat|tilldelade|tilldelar|gett|gav|ger|betalat|betalade)\s+$"
)
_GRANT_AFTER = re.compile(r"\s+(?:ett|en|\d|bidrag|medel|stöd|pengar|sammanlagt|totalt|ytterligare)\b")
# What may follow a name that ends like a genitive ("Bredängs bibliotek" is the library, a place's): a function word
# or the end; any other lower-case word is the noun the genitive governs.
_FUNCTION_AFTER = re.compile(
    r"(?:\s*(?:[,.;:)!?]|$)|\s+(?:och|samt|eller|har|hade|är|var|ska|skulle|kommer|kan|som|i|på|med|för|till"
    r"|från|av|om|vid|under|efter|genom|när|där|då|att|men|ett|en|den|det|de|sina|sin|sitt|också|även)\b)"
)

# A preposition of place before a name makes it where something is ("nämnden i Göteborg har", "på Kvarnen"), even a
# place no gazetteer of the city holds.
# (a scan's "pa" too), and a region's noun before its place ("Polisen region Stockholm").
_PLACE_BEFORE = re.compile(
    r"\b(?:i|på|pa|vid|inom|utanför|nära|runt|kring|längs|mot|över|ur|åt|bakom|ovanför|nedanför|under|genom|mellan"
    r"|region)\s+$"
)
# A common noun in the definite form right before a name makes the name that thing's ("förskolan Solstrålen",
# "kvarteret Svalan", "bolaget Visit Umeå"); a capitalised word and "och" make it the second part of one name
# ("Sveriges Kommuner och Landsting").
_APPOSED_BEFORE = re.compile(r"(?:\b[a-zåäö]{3,}(?:en|et|an)|[A-ZÅÄÖ][\wåäö]*\s+och)\s+$")
# Heads of a place's name: a lake, a wood, a road, a park, a square, a field ("Långsjön", "Spångavägen",
# "Kristinebergs IP").
_PLACE_HEAD = re.compile(
    r"(?:sjön|skogen|vägen|gatan|gränd|parken|torget|torg|backen|berget|viken|ängen|dalen|planen|hallen|badet"
    r"|stranden|holmen|udden|kullen|fältet|klippan|bron|tunneln|plan|park|väg|gata|IP|kyrka|kyrkan|skolan|gården"
    r"|Arena|Arenan|Stadion|Stadium|Globe)$"
)
# "har fått" says what a thing received ("Tunneln har fått ny belysning"); only a grant or a sum received is a body's.
_RECEIVED_NOT_GRANT = re.compile(
    r"\s+(?:har|hade)\s+(?:\w+\s+)?fått\s+(?!(?:bidrag|medel|stöd|pengar|anslag|ett\s+bidrag|\d))"
)

_VERB_AFTER = re.compile(r"\s+[a-zåäö]+(?:at|it|tt|ade|de|te|dde|ar|er|ir|des|tes|ts)\b")

# Given names, the commonest in Sweden (SCB's name statistics): a first name opens a person's name, not a body's.
FIRST_NAMES = frozenset(
    "anna eva maria karin sara kristina lena emma kerstin marie malin ingrid jenny hanna linda annika susanne "
    "elin monica birgitta sofia johanna carina elisabeth julia ida ulla louise katarina helena cecilia anneli "
    "camilla therese frida lisa maja ebba alice elsa agnes astrid klara wilma ella olivia saga amanda josefin "
    "erik lars karl anders johan per nils carl mikael jan hans peter olof lennart gunnar sven fredrik bengt "
    "daniel bo alexander gustav åke magnus göran thomas stefan oskar leif mats henrik mattias jonas martin "
    "andreas björn niklas david kjell håkan ulf christer marcus axel emil anton viktor oliver william lucas "
    "elias hugo filip isak ali mohammed ahmed fatima sebastian simon adam robert rickard patrik tobias joakim".split()
)
# Endings of Swedish surnames: a two-word name ending so is a person's ("Karin Lindqvist", "Sara Holmberg").
_SURNAME_END = re.compile(
    r"(?:son|sson|berg|ström|lund|gren|qvist|kvist|holm|dahl|blad|bäck|strand|löf|ius|stedt|stam|man|lin|ér)$"
)
# Words that open a document's part or label, not a body ("Bilaga 3", "Tabell 2", "Projekt Trygg").
_LABEL_WORDS = frozenset(
    "bilaga bilagan tabell figur diagram kapitel avsnitt blankett rubrik punkt etapp fas bild sida steg del "
    "projekt projektet karta ritning".split()
)
# A report's headings, which a joined line runs into the sentence after it ("Bakgrund Förvaltningen har ...").
_HEADINGS = frozenset(
    "bakgrund syfte sammanfattning ärendet ärende beslut förslag bedömning uppföljning resultat mål ekonomi "
    "tidplan inledning beskrivning genomförande målgrupp aktiviteter kostnader budget redovisning utvärdering "
    "slutsats övrigt kommentar kommentarer motivering projektbeskrivning".split()
)
# Digital channels and apps, reached "via" as bodies are ("via Zoom", "via Facebook", "via Bidragsportalen").
_CHANNELS = frozenset(
    "facebook instagram twitter tiktok snapchat youtube linkedin teams zoom skype swish messenger whatsapp "
    "google outlook slack discord sms e-post webben".split()
)
_CHANNEL_HEAD = re.compile(r"(?:portalen|appen|webben|plattformen|sajten|tjänsten)$", re.IGNORECASE)
# A programme or a grant's name, which pays or takes part as a body does but is one's scheme ("Klimatklivet bidrar
# med", "i samarbete med Kompetenslyftet"): a body runs it.
_PROGRAMME_HEAD = re.compile(
    r"(?:klivet|lyftet|satsningen|programmet|initiativet|paketet|kampanjen|projektet"
    # ... and an event, which is held, not run as a body ("Kulturnatten", "Järvaveckan", "Skärholmsdagen").
    r"|natten|veckan|dagen|dagarna|festivalen|marknaden|mässan|loppet|karnevalen)s?$",
    re.IGNORECASE,
)
# A body's own common nouns, which open a sentence or stand for a body without naming it.
_BODY_NOUNS = re.compile(
    r"(?:förvaltningen|nämnden|staden|kommunen|regionen|skolan|föreningen|bolaget|myndigheten|delegationen"
    r"|styrelsen|kommittén|rådet)s?$"
)


# A lone word at a sentence's start is a body's name only in a shape no common noun takes there: a definite or
# plural noun ("Ungdomarna", "Grannar", "Elever", "Väktare"), a participle or adjective standing for people
# ("Boende", "Frivilliga", "Anställda", "Unga"), an abstract or verbal noun ("Snöröjning", "Information",
# "Tryggheten") all end so. A firm's or an association's coined name seldom does ("Ramboll", "Loomis", "Mind").
_COMMON_NOUN_END = re.compile(
    r"(?:en|et|an|na|ar|er|or|re|nde|ga|da|tta|la|ra|ing|tion|het|skap|ism|else|itet|ans|ens|ur|eri|ium"
    # ... a definite noun after a vowel or in -el/-er ("Turistbyrån", "Teorin", "Orgeln", "Teatern"), a definite
    # noun's genitive ("Avtalets", "Ljudteknikerns"), a passive ("Beviljades"), an adverb of an adjective
    # ("Sammanlagt", "Preliminärt", "Bokfört").
    r"|[aeiouyåäö]n|ln|rn|ets|ns|des|tes|gt|rt|lt|kt)$"
)
# Subjects a sentence opens with bare, no ending telling them from a name: pronouns and quantifiers, and the
# mass and collective nouns that go without an article ("Personal har städat", "Barn har målat").
_BARE_SUBJECTS = frozenset(
    "vi ni de dem han hon man den det alla många flera några ingen inget inga vissa andra båda samtliga övriga "
    "somliga var varje envar själv personal polis barn folk klotter material vatten ljus kompis skräp snö "
    "is grus regn trafik vård omsorg "
    # ... and the prepositions and adverbs a sentence opens with ("Inom området finns", "Hittills har").
    "inom utanför bland hos mot trots utan sedan när där här nu då om eftersom därför dessutom hittills totalt "
    "redan tyvärr samtidigt slutligen först sist vidare alltså ungefär cirka drygt knappt nästan endast bara "
    "just kring runt omkring längs bakom framför ovanför nedanför mellan över ur åt vid per liksom enligt "
    "därmed således brutto netto vad vem vilka vilken hur varför".split()
)
# A finite verb in the past after a lone word ("Dalkia stängde", "Lyreco levererade"): the word is its subject.
# Not a noun ending so ("arvode", "angränsande"): a participle's -ande/-ende is no past tense.
# Nor a past of a thing happening or costing ("Samråd skedde", "Teatern kostade"), which no subject acts in.
_PAST_AFTER = re.compile(
    r"\s+(?!(?:skedde|hände|inträffade|fungerade|kostade|gällde|ökade|minskade|räckte|varade"
    r"|pågick|uppstod)\b)[a-zåäö]{3,}(?:ade|dde|te|(?<![ae]n)(?<!o)de)\b"
)


_OCR_LETTERS = str.maketrans("105", "los")


def _coined_name(word: str) -> bool:
    """Whether one word opening a sentence has a name's shape rather than a common noun's or a person's (see
    _COMMON_NOUN_END): mixed case, no common noun's ending, no surname's ending, no bare subject's."""
    folded = word.casefold().translate(_OCR_LETTERS)  # a scan's "Tunne1n", "Gangbr0n" end as their nouns do
    return (
        not word.isupper()
        and len(word) > 2
        and folded not in _BARE_SUBJECTS
        and not _COMMON_NOUN_END.search(folded)
        and not _SURNAME_END.search(folded)
    )


def _at_sentence_start(text: str, start: int) -> bool:
    return _SENTENCE_START.search(text[max(0, start - 3) : start]) is not None or not text[:start].strip()


# A definite role noun before a body's name ("Fastighetsägaren Stena Fastigheter", "Hyresvärden Micasa") says
# what the body is to the text, and is no part of its name.
_ROLE_NOUN = re.compile(r"(?:ägaren|värden|leverantören|entreprenören|konsulten|firman|företaget|arrangören)$")


def _trimmed(text: str, start: int, name: str) -> tuple[int, str, bool]:
    """The name without the capitalised sentence openers before it ("Enligt Tabell" -> "Tabell"), its start, and
    whether it opens its sentence (a name left after an opener does)."""
    opens = _at_sentence_start(text, start)
    words = name.split()
    while len(words) > 1 and (
        words[0].casefold() in LEADING_NON_NAMES or words[0].casefold() in _HEADINGS or _ROLE_NOUN.search(words[0])
    ):
        opens = opens and not _ROLE_NOUN.search(words[0])  # a name in apposition is a name, not an opener
        start = text.index(words[1], start + len(words[0]))
        words = words[1:]
    return start, " ".join(words), opens


def _not_a_body(name: str, text: str, start: int, end: int) -> bool:
    """A person, a place, a document's part, a heading, a channel, a body's common noun, or a quoted title."""
    words = name.split()
    first = words[0].casefold()
    if len(name) < 2 or name.endswith("-") or re.match(r"[:.]\w", text[end:]):  # "S:t Erik", "Post- och"
        return True
    if (
        any(w.casefold() in GENERIC_SHORT for w in words)
        or re.search(r"-[a-zåäö]", name)
        or _PLACE_HEAD.search(words[-1])
        or _CHANNEL_HEAD.search(words[-1])
        or _PROGRAMME_HEAD.search(words[-1])
    ):
        return True
    if first in FIRST_NAMES or (len(words) == 2 and _SURNAME_END.search(words[1]) and not words[0].isupper()):
        return True
    # A person named after a title ("Stadsdelsdirektör Anna Lind", "Kommunpolis Erik Berg"): a first name second.
    if len(words) > 2 and words[1].casefold() in FIRST_NAMES:
        return True
    if first in _LABEL_WORDS or first in _HEADINGS or first in LEADING_NON_NAMES or name.casefold() in _CHANNELS:
        return True
    if any(_BODY_NOUNS.search(w.casefold()) for w in words):
        return True
    if re.match(r"\s*\d", text[end:]) or re.search(r"[\"”“«']\s*$", text[max(0, start - 2) : start]):
        return True
    place = strip_genitive(name)
    # A place is no body, nor is a name one of whose words is a place's ("Stadsdelsområdet Farsta").
    # The whole name a town of any municipality of Sweden ("Härnösand har prövat samma modell"); a word of a longer
    # name only one of the hand gazetteer's ("Kalmar Taxi" is a firm named after its town).
    towns = _towns()
    if place.casefold() in _all_towns():
        return True
    return any(districts.is_place_name(w) or districts.canonical(w) or w.casefold() in towns for w in (place, *words))


@lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    return frozenset({"stockholm", *(m.casefold() for m in districts.municipalities())})


@lru_cache(maxsize=1)
def _all_towns() -> frozenset[str]:
    return frozenset({"stockholm", *(m.casefold() for m in districts.sweden_municipalities())})


def _cued(text: str, start: int, end: int, name: str, opens: bool) -> str | None:
    """The body's name if the position makes the name one, else None."""
    before = text[max(0, start - 60) : start]
    if LABEL_BEFORE.search(before) or _PLACE_BEFORE.search(before) or _APPOSED_BEFORE.search(before):
        return None
    genitive_like = re.search(r"[^s]s$", name) is not None
    if not opens:
        if OWNED_AFTER_GENITIVE.match(text, end) and genitive_like:
            return strip_genitive(name)  # "Grannsämjas verksamhet"
        if _GRANTED_BEFORE.search(before) and _GRANT_AFTER.match(text, end):
            return name
        # The name ends where the phrase does: a lower-case word after it, but a function word or a verb's form
        # (a supine, a past or present tense), continues a longer name ("Allmänna arvsfonden", "Solna stad").
        plain_after = _FUNCTION_AFTER.match(text, end) or _VERB_AFTER.match(text, end)
        if plain_after and (PARTNER_BEFORE.search(before) or _CUE_BEFORE.search(before)):
            return name
    # The name acts: anywhere but alone at a sentence's start, where any noun's capital stands.
    acting = acts_after(text, end) and not _RECEIVED_NOT_GRANT.match(text, end)
    if (not opens or len(name.split()) > 1) and acting:
        return name
    # Alone at a sentence's start, a word that only a name's shape sets apart from a common noun, and acts.
    if opens and " " not in name and _coined_name(name) and (acting or _PAST_AFTER.match(text, end)):
        return name
    return None


def cued_names(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, name) of each capitalised name outside `spans` that its position makes a body, and of the
    other mentions in the text of a name so taken ("I samarbete med Vägvisarna ... Vägvisarna har")."""
    candidates = []
    for match in _NAME.finditer(text):
        if match.group().split()[0].casefold() in _LABEL_WORDS:  # "Projektet Trygg Hamn": the project's name
            continue
        if re.search(r"[A-ZÅÄÖ]\S*\s+$", text[max(0, match.start() - 30) : match.start()]):
            continue  # the tail of a name the pattern cannot read whole ("E.ON Energidistribution")
        start, name, opens = _trimmed(text, match.start(), match.group())
        end = start + len(name)
        if not any(s < end and start < e for s, e in spans):
            candidates.append((start, end, name, opens))
    # The cue first: it is cheap and rare, the checks of what a name is not look names up.
    found = {
        (s, e): body
        for s, e, name, opens in candidates
        if (body := _cued(text, s, e, name, opens)) and not _not_a_body(name, text, s, e)
    }
    taken = set(found.values())
    for start, end, name, _ in candidates:
        if (start, end) not in found and strip_genitive(name) in taken and not _not_a_body(name, text, start, end):
            found[(start, end)] = strip_genitive(name)
    return [(s, e, n) for (s, e), n in sorted(found.items())]
