"""Bodies named in a list with a body already found: "Skatteverket och Kronofogdemyndigheten deltog",
"Fryshuset och Trafikkontoret" -- a capitalised name joined by "och" to an organisation is one too,
listed in the gazetteer or not.

Pure: works on the text and the spans already resolved to organisations.
"""

from __future__ import annotations

import re

from bilagor.extractor import districts

# One to three capitalised words ("Hela Människan", "Kulturhuset Stadsteatern", "Friskis&Svettis").
_NAME = r"[A-ZÅÄÖ][\wåäöé&'’-]*(?:\s+[A-ZÅÄÖ][\wåäöé&'’-]*){0,2}"
# "och"/"samt" only: a comma also sets off who someone is ("Kontaktperson: Anna Lind, Södermalms
# stadsdelsförvaltning").
_JOIN = r"(?:\s*,)?\s+(?:och|samt)\s+"
# What may follow a listed name: the list goes on or ends, or the sentence's verb or a preposition
# comes ("... och Kronofogdemyndigheten deltog"); a lower-case noun would make the capital the first
# word of a longer name ("Stockholms katolska stift"), which this rule does not guess.
_AFTER_NAME = (
    r"(?=\s*(?:[,.;:)!?]|$)|\s+(?:och|samt|eller|har|hade|är|var|ska|skulle|kommer|kan|deltog|deltar|står|stod"
    r"|äger|ägde|driver|drev|sköter|skötte|bidrog|i|på|med|för|om|under|sedan)\b)"
)
_AFTER_SPAN = re.compile(rf"{_JOIN}(?P<name>{_NAME}){_AFTER_NAME}")
# ... and before it, where a list or a sentence can begin: "Skatteverket och <span>", "med X och <span>".
_BEFORE_SPAN = re.compile(
    rf"(?:^|(?<=[.;:!?(,]\s)|(?<=\soch\s)|(?<=\ssamt\s)|(?<=\sav\s)|(?<=\smed\s))(?P<name>{_NAME}){_JOIN}$",
    re.MULTILINE,
)
# Words that open a sentence or a list rather than name a body ("Både AIK och ..."), or stand for a
# body without naming it.
_NOT_NAMES = frozenset(
    "både varken antingen även också samt det den de dessa där här vi ni man enligt efter under sedan "
    "tillsammans staden stadsdelsförvaltningen förvaltningen nämnden kommunen regionen".split()
)


# One word in the definite plural of people or the definite form of a council, team or unit
# ("Ordningsvakterna", "Fältassistenterna", "Trygghetsrådet", "Fältteamet"): a common noun at a list's start,
# not a body's name (the listed bodies of that form, "Nattvandrarna", are found by the gazetteer before this
# rule). A "-gruppen" may be a group's own name ("Grannskapsgruppen"), so it is left to the list.
_GROUP_NOUN = re.compile(r"(?:arna|erna|orna|rådet|teamet|enheten)$")


def _names_a_body(name: str) -> bool:
    words = name.split()
    if any(w.casefold() in _NOT_NAMES for w in words):
        return False
    if len(words) == 1 and _GROUP_NOUN.search(name):
        return False
    # A place is no body ("Polisen och Tensta"), nor a district ("Trafikkontoret och Farsta").
    return not (districts.is_place_name(name) or districts.canonical(name) or districts.is_place_name(words[0]))


def listed_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, name) of each capitalised name listed right before or after an organisation span
    ("X och <span>", "<span> samt X"), not inside a span itself."""
    found: dict[tuple[int, int], str] = {}
    for start, end in spans:
        after = _AFTER_SPAN.match(text, end)
        before = _BEFORE_SPAN.search(text, max(0, start - 80), start)
        for match in (after, before):
            if not match:
                continue
            at, to = match.start("name"), match.end("name")
            name = match["name"].removesuffix(":s")
            if not any(s < to and at < e for s, e in spans) and _names_a_body(name):
                found[(at, to)] = name
    return [(s, e, n) for (s, e), n in sorted(found.items())]
