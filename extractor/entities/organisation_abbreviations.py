"""Abbreviations a text defines for an organisation it names: "Svenska Bostäder (SB) har ... SB har
också ..." -- the short form stands for the body wherever else the text uses it.

Pure functions over the text and the spans already resolved to organisations.
"""

from __future__ import annotations

import re

# Span = (start, end, canonical name, kind)
Span = tuple[int, int, str, str]

# "(SB)", "(FGV)", "(SiS)": a short form of two to seven letters with at least two capitals, in
# brackets right after the name.
_DEFINITION = re.compile(r"\s*\((?P<abbr>[A-ZÅÄÖ][A-ZÅÄÖa-zåäö&]{1,6})\)")


def _is_abbreviation(word: str) -> bool:
    return sum(c.isupper() for c in word) >= 2


def defined_abbreviations(text: str, spans: list[Span]) -> dict[str, tuple[str, str, int, int]]:
    """Short form -> (name, kind, start, end of the short form in its brackets) for each organisation
    span that a bracketed short form follows ("Hemvist Fastigheter (HF)")."""
    defined: dict[str, tuple[str, str, int, int]] = {}
    for _, end, name, kind in spans:
        match = _DEFINITION.match(text, end)
        if match and _is_abbreviation(match["abbr"]):
            defined.setdefault(match["abbr"], (name, kind, match.start("abbr"), match.end("abbr")))
    return defined


def abbreviation_uses(text: str, spans: list[Span]) -> tuple[list[Span], list[tuple[int, int]]]:
    """(uses, definitions): (start, end, name, kind) of each later use of a short form the text
    defines, the genitive too ("HF:s"), and the (start, end) of each definition's short form. The
    caller lets these decide what a span inside them stands for: the text's own definition."""
    uses: list[Span] = []
    definitions = []
    for abbr, (name, kind, start, end) in defined_abbreviations(text, spans).items():
        definitions.append((start, end))
        for match in re.finditer(rf"(?<![\w-]){re.escape(abbr)}(?::s)?(?![\w-])", text[end:]):
            uses.append((end + match.start(), end + match.end(), name, kind))
    return sorted(uses), definitions
