"""National bodies named by their official short form alone, which the text does not define ("RF har fördelat
pengar", "i samarbete med SV", "SU:s kriminologer"). The same letters stand for many other things in these
reports (a compass point, a form or room code, a chapter of a law, a product type, a person's initials, a
column of a table), so a short form names its body only where a cue beside it makes it one: it acts, pays or
takes part, or it stands in a list with a body already found.

Pure: works on the text, the gazetteer's short forms and the spans already resolved to organisations.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

# Span = (start, end, canonical name, kind)
Span = tuple[int, int, str, str]

# A verb of acting after the short form: the body does something ("SBR bjöd in", "RF fördelar", "SV ordnade").
_ACTING_VERBS = (
    "bjuder bjöd ger gav driver drev betalar betalade finansierar finansierade bekostar bekostade fördelar "
    "fördelade beviljar beviljade anordnar anordnade arrangerar arrangerade ordnar ordnade genomför genomförde "
    "erbjuder erbjöd leder ledde samlar samlade startar startade håller höll deltar deltog bidrar bidrog stöder "
    "stödjer stödde ansvarar ansvarade utbildar utbildade sponsrar sponsrade samordnar samordnade"
).split()
# Supines of state or quantity: "SU har minskat", "RF har varit" say nothing of a body acting (a passive's
# supine, "RF har ändrats", ends in -s and is no supine the pattern reads).
# ... nor do those of a thing happening ("Klotter har förekommit", "Snöröjning har skett").
_NOT_ACTING_SUPINES = frozenset(
    "varit blivit legat ökat minskat stigit sjunkit fallit räckt gällt "
    "skett hänt förekommit inträffat uppstått funnits fungerat kostat".split()
)
_ADVERB = r"(?:också|även|redan|nu|tidigare|sedan|länge|själva|dessutom)"
_ACTING_AFTER = re.compile(
    rf"\s+(?:(?:har|hade)\s+(?:{_ADVERB}\s+)?(?P<supine>[a-zåäö]+t)\b|(?:{'|'.join(_ACTING_VERBS)})\b)"
)
# After a genitive, the body's people or work: "SU:s kriminologer", "SBR:s näringslivsutvecklare", "RF:s
# bidrag" (a law's "RF:s bestämmelser" is none of these).
OWNED_AFTER_GENITIVE = re.compile(
    r"\s+[a-zåäö]*(?:are|arna|log|loger|logerna|ant|anter|ent|enter|personal|medarbetare|bidrag|stöd|projekt"
    r"|verksamhet|kurs|kurser|studiecirkel|studiecirklar|program|utbildning|satsning|undersökning|studie|rapport"
    r"|kartläggning|uppdrag|medel|pengar"
    # ... and its figures and guidance: "FHM:s siffror", "SCB:s statistik" (not "råd" nor "uppgifter", which a
    # person gives as often: "Gretas råd").
    r"|siffror|statistik|mätning|mätningar|prognos|prognoser|rekommendationer|riktlinjer)\b"
)
# What a body has where it stands ("STF har sin vandrarhemsentré", "TRV har sitt förråd"): letters that own.
_OWNS_AFTER = re.compile(r"\s+(?:har|hade)\s+(?:sin|sitt|sina)\b")
# Before the short form, a partner's or a payer's phrase: "i samarbete med", "tillsammans med", "bidraget från",
# "forskare från", "drivs av", "stöd av".
PARTNER_BEFORE = re.compile(
    r"(?:\b(?:i\s+)?(?:samarbete|samverkan|dialog)\s+med|\btillsammans\s+med"
    r"|\b(?:bidrag|bidraget|bidragen|stöd|stödet|medel|medlen|pengar|pengarna|forskare|representanter"
    r"|personal|ledare)\s+(?:från|av)"
    r"|\b(?:drivs|drevs|finansieras|finansierades|bekostas|bekostades|arrangeras|arrangerades|anordnas"
    r"|anordnades|genomförs|genomfördes|ägs|ägdes|leds|leddes)\s+av)\s+$",
    re.IGNORECASE,
)
# A label's noun just before the letters makes them a code, not a body ("blanketten RF", "kolumnen RF",
# "märkt UF", "av typ SBR"); a direction's word, a compass point ("vetter mot SV", "åt SV").
LABEL_BEFORE = re.compile(
    r"\b(?:(?:kolumn|rad|blankett|formulär|fält|rum|typ|modell|märkt|märkta|kod|nummer|nr|post|konto|bilaga"
    r"|tabell|figur|ritning|skylt|klass|riktning)\w{0,4}|åt|mot)\s+$",
    re.IGNORECASE,
)
# A list: the short form joined to a body by a comma, "och" or "samt".
_JOIN = re.compile(r"\s*(?:,\s*(?:(?:och|samt)\s+)?|(?:och|samt)\s+)")


def _defined_otherwise(text: str, form: str) -> bool:
    """Whether the text writes the letters in brackets or follows them with a bracket ("Sara Viklund (SV)",
    "SV (sydväst)"): the text's own definition wins over the gazetteer's."""
    return re.search(rf"\(\s*{re.escape(form)}\s*\)|(?<![\w-]){re.escape(form)}\s*\(", text) is not None


def acts_after(text: str, end: int) -> bool:
    match = _ACTING_AFTER.match(text, end)
    return match is not None and match["supine"] not in _NOT_ACTING_SUPINES


def _listed(text: str, start: int, end: int, bodies: Sequence[tuple[int, int]]) -> bool:
    """Whether a body found already stands right before or after the letters in a list."""
    return any(
        (body_end <= start and _JOIN.fullmatch(text, body_end, start))
        or (body_start >= end and _JOIN.fullmatch(text, end, body_start))
        for body_start, body_end in bodies
    )


def _has_cue(text: str, start: int, end: int, genitive: bool, bodies: Sequence[tuple[int, int]]) -> bool:
    before = text[max(0, start - 60) : start]
    if LABEL_BEFORE.search(before):
        return False
    if genitive:
        return OWNED_AFTER_GENITIVE.match(text, end) is not None
    return (
        acts_after(text, end)
        or _OWNS_AFTER.match(text, end) is not None
        or PARTNER_BEFORE.search(before) is not None
        or _listed(text, start, end, bodies)
    )


def short_form_mentions(
    text: str, forms: Mapping[str, tuple[str, str]], spans: Sequence[tuple[int, int]]
) -> list[Span]:
    """(start, end, name, kind) of each use of a listed short form (`forms`: short form -> (name, kind)) that a
    cue makes a body, outside the spans found already (`spans`). A short form listed beside another one taken
    here counts as listed with a body ("stöd av RF och SV")."""
    candidates = []
    for form, (name, kind) in forms.items():
        if _defined_otherwise(text, form):
            continue
        # Not a compound's first part ("SBR-granulat", "UF-företag"), not before a number ("RF 12", "UF 2").
        for match in re.finditer(rf"(?<![\w.\-]){re.escape(form)}(?P<gen>:s)?(?![\w\-]|\.\w|\s*\d)", text):
            if not any(s < match.end() and match.start() < e for s, e in spans):
                candidates.append((match.start(), match.end(), name, kind, bool(match["gen"])))
    found: list[Span] = []
    changed = True
    while changed:  # a short form taken may make its neighbour in a list one
        changed = False
        bodies = [*spans, *((s, e) for s, e, *_ in found)]
        for start, end, name, kind, genitive in candidates:
            if (start, end, name, kind) not in found and _has_cue(text, start, end, genitive, bodies):
                found.append((start, end, name, kind))
                changed = True
    return sorted(found)
