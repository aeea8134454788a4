"""Bodies named as the first part of a hyphenated compound: "Stokab-nätet", "Brå-rapporten",
"SISAB-skolorna", "KS-beslutet". A short name or abbreviation the gazetteer lists, written as it lists
it, before a hyphen and a lower-case word names its body; a lower-case solid compound ("polisbilarna")
does not, as only the hyphen sets a name off inside a word.

Pure: works on the text and a mapping of one-word forms as written to (name, kind).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bilagor.extractor.entities.organisation_abbreviations import Span  # (start, end, canonical name, kind)

# A capitalised first part right after a space or a bracket, a hyphen, then a lower-case word of at least
# two letters ("Brå-rapporten"; never a second capitalised part, which is a place: "Enskede-Årsta").
# ... but not a venue named after a company ("Tele2-arenan", "Telia-stadion"): a building, not the body.
_COMPOUND = re.compile(
    r"(?<![\w\-])(?P<first>[A-ZÅÄÖ][\wåäöÅÄÖ&]*)-(?=[a-zåäö]{2,})(?!(?:arena|arenan|stadion|stadium|hallen)s?\b)"
)


def compound_mentions(text: str, known: Mapping[str, tuple[str, str]]) -> list[Span]:
    """(start, end, name, kind) of each first part of a hyphenated compound that is a known body's
    one-word form, exactly as written there (the span covers the first part only)."""
    found = []
    for match in _COMPOUND.finditer(text):
        body = known.get(match["first"])
        if body:
            found.append((match.start("first"), match.end("first"), *body))
    return found
