"""Organisations the gazetteer does not list, recognised by their structure: a head noun that says
what kind of body it is ("-klubb", "-förening", "-sällskap", "-förbund"; a company's trade:
"Fastigheter", "Bevakning", "Elteknik") with the name it is written with ("Hägerstens Bollklubb",
"Bromma hembygdsförening", "Nordströms Elteknik", "Kulturföreningen Tensta Ljus", "Svenska
Cykelsällskapet").

Pure: `head_patterns()` returns plain EntityRuler pattern dicts, `head_name()` turns a matched span
into the body's name (or None), given the text before it to tell a sentence's first word from a name.
"""

from __future__ import annotations

import re
from typing import Any

from bilagor.extractor import districts

KIND_ID = "rule:kind"  # "Hägerstens Bollklubb", "Bromma hembygdsförening", "Stenbergs Bevakning"
NAMED_KIND_ID = "rule:named_kind"  # "Kulturföreningen Tensta Ljus", "Kvinnojouren Hedda"
NATIONAL_KIND_ID = "rule:national_kind"  # "Svenska Cykelsällskapet", "Svenska Turistföreningen"
NATIONAL_NAME_ID = "rule:national_name"  # "Sveriges Allmännytta", "Sveriges Radio": no head noun
HEAD_IDS = (KIND_ID, NAMED_KIND_ID, NATIONAL_KIND_ID, NATIONAL_NAME_ID)

# Heads of an association or club, in any case: "Hägerstens Bollklubb", "Bromma hembygdsförening".
_ASSOCIATION_HEAD = r"(?:klubb|förening|sällskap|förbund|allians|gille)"
# Heads that name a body only written with a capital, as names are: a company's trade
# ("Stenbergs Bevakning", "Hemvist Fastigheter") or an organisation ("Pensionärernas Riksorganisation").
# ... and the corporate words a company's name ends with, in English too ("Eltel Networks", "Sectra
# Solutions", "Axis Communications", "Caverion Sverige"): written with a capital, they name a company.
_TRADE_HEAD = (
    r"(?:fastigheter|bygg|entreprenad|bevakning|säkerhet|security|elteknik|teknik|måleri|anläggning|service"
    r"|konsult|arkitekter|networks|solutions|systems|communications|group|nordic|sverige|sweden|scandinavia"
    r"|logistics)"
)
_CAPITAL_HEAD = rf"(?:{_TRADE_HEAD}|organisation)"
# Definite heads of an association, society or corps, the name after them ("Kulturföreningen Tensta Ljus",
# "Studieförbundet Ibn Rushd", "Brandkåren Attunda") or a national word before them ("Svenska Cykelsällskapet").
_DEFINITE_HEAD = r"(?:föreningen|sällskapet|klubben|alliansen|organisationen|jouren|förbundet|kåren)"

# Words that open a sentence or count rather than name: never a body's name ("Nya Fastigheter",
# "Flera idrottsklubbar").
_NOT_NAMES = frozenset(
    "det den de dessa en ett vår vårt våra er ert era alla flera många några ny nytt nya gamla lokala olika andra "
    "varje samma hela stora lilla egna två tre fyra fem under efter enligt med av för i på och samt till "
    "från genom via även också både staden nämnden förvaltningen "
    # possessives and compass words before a country ("Mitt Sverige", "Södra Sverige")
    "mitt min mina ditt din dina sitt sin sina norra södra östra västra mellersta".split()
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;•\-–—(\"'”\n])\s*$")
# A definite noun's genitive ("Skolans", "Förskolans", "Områdets", "Föreningarnas"): a common noun
# at a sentence's start, unless it is a place ("Hägerstens", "Fruängens").
_DEFINITE_GENITIVE = re.compile(r"(?:an|en|et|na)s$")
# An adjective before a head is a heading or a description, not a name ("Ökad Säkerhet", "Bättre Service",
# "Trygga Fastigheter").
# A name's genitive -s after a vowel or a sonorant ("Allmännyttas", "Radios", "Televisions"): never "-ss".
_NAME_GENITIVE = re.compile(r"(?<=[aeiouyåäölnr])s$")
_ADJECTIVE = re.compile(r"(?:ad|at|ade|ig|igt|iga|lig|ligt|liga|isk|iskt|iska|re|ast|aste|gga|ygg)$")


def definite_head() -> dict:
    """The token of a definite head written as a name's first word ("Riksförbundet", "Kulturföreningen")."""
    return {"TEXT": {"REGEX": rf"^[A-ZÅÄÖ][a-zåäö]{{2,}}{_DEFINITE_HEAD}s?$"}}


def head_patterns() -> list[dict]:
    """EntityRuler patterns for bodies named by their head noun."""
    cap = {"TEXT": {"REGEX": r"^[A-ZÅÄÖ][\wåäöé&\-]*$"}}
    association = {"LOWER": {"REGEX": rf"^[a-zåäö]{{2,}}{_ASSOCIATION_HEAD}s?$"}}
    capital = {"TEXT": {"REGEX": r"^[A-ZÅÄÖ]"}, "LOWER": {"REGEX": rf"^[a-zåäö]*{_CAPITAL_HEAD}s?$"}}
    definite = definite_head()
    # A name after a definite head: capitalised, not "Region" (a branch: "Hyresgästföreningen Region
    # Stockholm") nor a body of its own.
    name_word: dict[str, Any] = {
        "TEXT": {"REGEX": r"^[A-ZÅÄÖ][a-zåäö]+$", "NOT_IN": ["Region", "Polisen", "Stockholms"]}
    }
    # ... not a day or a championship written with capitals ("Sveriges Nationaldag", "Svenska Mästerskapen").
    national_name = {
        **name_word,
        "LOWER": {"NOT_IN": ["nationaldag", "nationaldagen", "nationaldagens", "mästerskap", "mästerskapen"]},
    }
    national = {"ORTH": {"IN": ["Svenska", "Sveriges", "Stockholms"]}}
    return [
        {"label": "ORG", "pattern": [cap, association], "id": KIND_ID},
        {"label": "ORG", "pattern": [cap, capital], "id": KIND_ID},
        {"label": "ORG", "pattern": [definite, name_word], "id": NAMED_KIND_ID},
        {"label": "ORG", "pattern": [definite, name_word, name_word], "id": NAMED_KIND_ID},
        {"label": "ORG", "pattern": [national, definite], "id": NATIONAL_KIND_ID},
        # "Svenska" or "Sveriges" and a capitalised word: a national body whose name has no head noun
        # (the adjective and the country's genitive are written in lower case before a common noun).
        {
            "label": "ORG",
            "pattern": [{"ORTH": {"IN": ["Svenska", "Sveriges"]}}, national_name],
            "id": NATIONAL_NAME_ID,
        },
    ]


def is_trade(name: str) -> bool:
    """Whether a name found by its head is a company's ("Stenbergs Bevakning"), not an association's."""
    return re.search(rf"{_TRADE_HEAD}$", name, re.IGNORECASE) is not None


def at_sentence_start(before: str) -> bool:
    """Whether a span whose preceding text is `before` opens a sentence (or the text)."""
    return _SENTENCE_START.search(before) is not None


def _without_genitive(word: str) -> str:
    """'Bollklubbs' -> 'Bollklubb', 'Hembygdsförenings' -> 'Hembygdsförening', 'HK:s' -> 'HK'."""
    if word.endswith(":s"):
        return word[:-2]
    heads = rf"(?:{_ASSOCIATION_HEAD}|{_CAPITAL_HEAD}|{_DEFINITE_HEAD})"
    return word[:-1] if re.search(rf"{heads}s$", word, re.IGNORECASE) else word


def _is_place(word: str) -> bool:
    stem = word[:-1] if word.endswith("s") else word
    return districts.is_place_name(word) or districts.is_place_name(stem)


def _names_a_body(modifier: str, head: str, opens_sentence: bool) -> bool:
    """Whether `modifier` before a head noun is a name ("Hägerstens", "Nordströms") rather than a
    sentence's first word or a common noun ("Nya", "Skolans föräldraförening")."""
    if modifier.casefold() in _NOT_NAMES or (_ADJECTIVE.search(modifier) and not _is_place(modifier)):
        return False
    if not opens_sentence or _is_place(modifier):
        return True
    # A sentence's first word is capitalised anyway: a definite noun there is common ("Skolans
    # föräldraförening"), and a lower-case head leaves nothing else that marks a name.
    return not _DEFINITE_GENITIVE.search(modifier) and head[:1].isupper()


def head_name(text: str, rule_id: str, before: str = "") -> str | None:
    """The body's name for a span a head pattern matched, or None where it names none; `before`
    is the text before the span (a sentence's start makes its first word no evidence of a name)."""
    words = text.split()
    opens_sentence = at_sentence_start(before)
    if rule_id == KIND_ID:
        modifier, head = words
        if not _names_a_body(modifier, head, opens_sentence):
            return None
        return f"{modifier} {_without_genitive(head)}"
    if rule_id == NAMED_KIND_ID:
        return " ".join([*words[:-1], _without_genitive(words[-1])])
    if rule_id == NATIONAL_KIND_ID:
        return f"{words[0]} {_without_genitive(words[1])}"
    if rule_id == NATIONAL_NAME_ID:
        return f"{words[0]} {_NAME_GENITIVE.sub('', words[1])}"
    return None
