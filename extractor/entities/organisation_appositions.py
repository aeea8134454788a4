"""A body the gazetteer does not list and whose name has no head noun, named by the apposition that says what
it is: "Förvaltaren, det kommunala bostadsbolaget i Sundbyberg, har ...", "Hembla, ett privat fastighetsbolag,
...", "Läxhjälpen, en ideell förening, ...".

The apposition ends in a kind of body (a company, an association, a foundation, an organisation, a federation,
an agency); what stands before its comma is the body's name. An apposition that names the body itself ("Hyresvärden,
det kommunala bostadsbolaget Familjebostäder, ...") leaves the first word a common noun.

Pure: `apposition_pattern()` is a plain EntityRuler pattern dict, `apposed_name()` reads a matched span.
"""

from __future__ import annotations

import re

APPOSITION_ID = "rule:apposition"

# The kinds of body an apposition may end in, alone or as a compound's last part ("bostadsbolaget").
_BODY_KIND = (
    r"(?:bolag|bolaget|företag|företaget|förening|föreningen|stiftelse|stiftelsen|organisation|organisationen"
    r"|förbund|förbundet|myndighet|myndigheten)"
)
# Words that open a sentence or point rather than name ("Det, ett bolag ...", "Vi, en förening ...").
_NOT_NAMES = frozenset("det den de detta denna vi ni man här där nu sedan även också".split())
# After the apposition's noun, a capitalised word names the body there: the first word is no name.
_NAMED_AFTER = re.compile(r"^\s*[A-ZÅÄÖ]")


def apposition_pattern() -> dict:
    """A capitalised word, a comma and an apposition of up to two lower-case words before a kind of body."""
    name = {"TEXT": {"REGEX": r"^[A-ZÅÄÖ][\wåäöéÅÄÖ&\-]+$"}}
    lower = {"TEXT": {"REGEX": r"^[a-zåäöé-]+$"}, "OP": "?"}
    return {
        "label": "ORG",
        "pattern": [
            name,
            {"ORTH": ","},
            {"LOWER": {"IN": ["det", "den", "ett", "en"]}},
            lower,
            lower,
            {"LOWER": {"REGEX": rf"^[a-zåäö]*{_BODY_KIND}$"}},
        ],
        "id": APPOSITION_ID,
    }


def apposed_name(text: str, after: str) -> tuple[str, str] | None:
    """(name, kind) of the body in a span the pattern matched ("Förvaltaren, det kommunala bostadsbolaget" ->
    ("Förvaltaren", "bolag")), or None when the word is no name or the apposition goes on to name the body
    (`after`, the text after the span)."""
    name, apposition = (part.strip() for part in text.split(",", 1))
    if name.casefold() in _NOT_NAMES or _NAMED_AFTER.match(after):
        return None
    kind = apposition.split()[-1].casefold()
    if re.search(r"(?:bolag|företag)(?:et)?$", kind):
        return name, "bolag"
    return name, "myndighet" if "myndighet" in kind else "forening"
