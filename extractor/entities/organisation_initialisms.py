"""Listed bodies named by an initialism the gazetteer does not hold ("TRV har ansvaret", "SOF:s fältassistenter",
"SLU har bedömt"). Swedish forms a body's short form from the initials of its words and word parts (Namnvårdsgruppen,
isof.se, "Förkortningar av myndighetsnamn": "SU (Stockholms universitet)"), now and then with a part's second letter
("TRV", "StFF"), so no list of short forms is ever whole: every fresh set has used some the gazetteer lacked.

An initialism is read as a listed body only when its letters spell that body's name part by part and no other
listed body's: the first letter opens the name, every word (but a function word) and the body's head noun
("-förvaltningen", "-verket", "universitet") has its initial among the letters, and the last letter is the head's.
Whether the letters then name the body at all is the short forms' cue (organisation_short_forms): such letters
stand for many other things too.

Pure: works on the gazetteer's names and a text.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Head nouns that end a body's name, in the order they are tried (longest first where one ends another).
_HEADS = (
    "förvaltningen förvaltning kontoret kontor nämnden nämnd myndigheten myndighet verket verk styrelsen inspektionen "
    "institutet institut universitet högskolan högskola förbundet förbund föreningen förening rådet ämbetet byrån "
    "kassan fogden"
).split()
_FUNCTION_WORDS = frozenset("och för i av med mot om på till".split())
# The district committee's and administration's own short forms and the city's councils': no one body's.
GENERIC_SHORT = frozenset("sdn sdf sdk sdo ks kf".split())
# Initialisms these reports use for other things, which a listed body's letters may happen to spell: a school form
# ("SFI", Statens folkhälsoinstitut's letters), the sickness-benefit income ("SGI"), a distress call, a currency,
# laws and a care home's kind.
_NOT_BODIES = frozenset("sfi sgi sos sek eur usd lss lvu lvm pbl lou hvb bup kpi iop".split())
# Three to six letters, opening and ending with a capital, two capitals at least ("TRV", "StFF", "FoHM"); a genitive.
INITIALISM = re.compile(r"(?<![\w.\-/&])(?P<form>[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,4}[A-ZÅÄÖ])(?::s)?(?![\w\-/&]|\.\w)")


def _required_starts(name: str) -> tuple[list[int], int] | None:
    """The positions in the casefolded name that an initialism must use (each content word's start and its head's),
    and the last of them; None for a name with no head noun (its parts cannot be told)."""
    starts, last_head = [], None
    position = 0
    for word in name.casefold().split(" "):
        if word not in _FUNCTION_WORDS:
            starts.append(position)
            head = next((h for h in _HEADS if word.endswith(h) and len(word) > len(h)), None)
            if head:
                last_head = position + len(word) - len(head)
                starts.append(last_head)
            elif word in _HEADS:
                last_head = position
        position += len(word) + 1
    return (starts, starts[-1]) if last_head is not None and last_head == starts[-1] else None


def spells(letters: str, name: str, shortest: int = 3) -> bool:
    """Whether the letters spell the name part by part: the first opens it, each word's and head's initial is among
    them in order, the last is the head's, and any other letter is the second of its part ("TRV", "StFF")."""
    required = _required_starts(name)
    if required is None or len(letters) < shortest:
        return False
    starts, last = required
    flat, wanted = name.casefold(), letters.casefold()

    def match(i: int, needed: int, previous: int, after_start: bool) -> bool:
        # i: the next letter; needed: the next required start's index; previous: where the letter before stands.
        if i == len(wanted):
            return needed == len(starts) and previous == last
        if (
            needed < len(starts)
            and flat[starts[needed]] == wanted[i]
            and match(i + 1, needed + 1, starts[needed], True)
        ):
            return True
        # Otherwise the part's second letter, right after its initial (once).
        second = previous + 1
        return after_start and second < len(flat) and flat[second] == wanted[i] and match(i + 1, needed, second, False)

    return match(0, 0, -1, False)


@lru_cache(maxsize=4096)
def _resolved(letters: str, forms: tuple[tuple[str, str, str], ...]) -> tuple[str, str] | None:
    """The one body (name, kind) one of whose forms (form, name, kind) the letters spell; None for none or several.
    "S" and the rest may be "Statens" and an agency listed without it: letters that spell one body so and another
    whole are neither's."""
    spelt = {(name, kind) for form, name, kind in forms if spells(letters, form)}
    if spelt and letters[0] == "S" and letters[1].isupper():
        spelt |= {(name, kind) for form, name, kind in forms if spells(letters[1:], form, shortest=2)}
    return spelt.pop() if len(spelt) == 1 else None


def initialism_forms(text: str, forms: tuple[tuple[str, str, str], ...]) -> dict[str, tuple[str, str]]:
    """Initialism -> (name, kind) for each initialism in the text that spells one listed body's name or alias
    (`forms`: (form, name, kind)) and no other's. (A form the gazetteer lists is matched as
    its own body before this is asked.)"""
    found = {}
    for match in INITIALISM.finditer(text):
        form = match["form"]
        if sum(c.isupper() for c in form) < 2 or form.casefold() in _NOT_BODIES | GENERIC_SHORT:
            continue
        resolved = _resolved(form, forms)
        if resolved:
            found[form] = resolved
    return found
