"""A party's share of a form's cost named by its genitive right before the figure: "Familjebostäders del 420 000
kr", "Hyresgästföreningens andel av kostnaden var 18 000 kr", "Scoutkårens egen insats uppgick till 16 000 kr",
"… varav stadsdelsnämndens bidrag 900 000 kr och Stockholmshems del 140 000 kr".

In a form every figure is one project's: money another party (a housing company, an association, a church, another
city office) put in is co-funding, `annat`, however the clause around it reads (tests/data/roles/README.md). A total
broken down ("varav", "Av detta var …") into the committee's share and another party's is the committee's money
beside co-funding, the grant, `beviljat` (the burned h26-082, h34-017 and h35-020); the committee's share alone
("Nämndens del av kostnaden blev därmed X", "nämndens andel var X") is left to the other rules, which the writers
read as a part or as the outcome. Pure rules over one masked sentence (amounts as "#")."""

from __future__ import annotations

import re

from bilagor.extractor.entities.role_funders import funder_kind

# What is shared: a part, a share, a contribution, a pot. The genitive owner before it, one or two words
# ("Svenska Bostäders", "Stiftelsen Läxhjälpens"); "egen"/"egna" as in "Scoutkårens egen insats"; what it is a share
# of ("av kostnaden") and a copula or a verb of amounting to may stand between the noun and the figure.
_SHARE_BEFORE_RE = re.compile(
    r"(?P<owner>(?:(?-i:[A-ZÅÄÖ])[\wåäö-]*\s+)?[\wåäö:-]+?)s\s+(?:egen\s+|egna\s+)?"
    r"(?:del|andel|insats|bidrag|trygghetsmedel)(?:\s+av\s+(?:[\wåäö]+\s+){0,2}?[\wåäö]+)?"
    r"(?:\s+(?:var|är|blev|uppgick\s+till|landade\s+på))?\s*[,:–-]?\s*(?:(?:ca|cirka|c:a)\s+)?$",
    re.IGNORECASE,
)
# Where the figure's clause starts: a sentence, a line, a semicolon, "och"/"samt" between two shares, "varav".
_CLAUSE_START_RE = re.compile(r"[;\n]|(?<=[.!?])\s|(?<![\wåäö])(?:och|samt|varav)(?![\wåäö])", re.IGNORECASE)
# The committee the form is written to, by the words a follow-up names it with, or the city as a whole ("Stadens
# del av kostnaden", "Kommunens bidrag": the burned h4-041, h11-080); any other city office is another party beside
# it ("Trafikkontorets andel, X, redovisas av trafikkontoret").
_COMMITTEE_RE = re.compile(
    r"(?:stadsdels)?nämnden|stadsdelen|(?:stadsdels)?förvaltningen|staden|kommunen|sdn|sdf"
    r"|[\wåäö-]+\s+stadsdels(?:nämnd|förvaltning)",
    re.IGNORECASE,
)
# The head of a party's name the organisation register may not hold: an association, a congregation, a landlord.
_PARTY_HEAD_RE = re.compile(
    r"[\wåäö]*(?:förening(?:en)?|församling(?:en)?|kyrka(?:n)?|kår(?:en)?|klubb(?:en)?|bolag(?:et)?|ägare(?:n)?"
    r"|värd(?:en)?|stiftelse(?:n)?|företag(?:et)?|bostäder|hem)",
    re.IGNORECASE,
)
# A total broken down into shares: "varav …", "Av detta var …", "Av totalt X var …".
_BREAKDOWN_RE = re.compile(r"(?<![\wåäö])(?:varav|av\s+(?:detta|dessa|det|den|totalt\s+#+))(?![\wåäö])", re.IGNORECASE)


def _owner_kind(owner: str) -> str | None:
    """ "committee" for the committee itself, "other" for another party (an outside body or another city office),
    else None (a word that names no party: "projektets", "årets")."""
    if _COMMITTEE_RE.fullmatch(owner):
        return "committee"
    if funder_kind(owner) is not None or _PARTY_HEAD_RE.fullmatch(owner):
        return "other"
    return None


def share_owner(text: str, span: tuple[int, int]) -> str | None:
    """Whose share the amount at `span` is by a genitive right before it in its clause: "committee", "other" or
    None."""
    start = max((m.end() for m in _CLAUSE_START_RE.finditer(text, 0, span[0])), default=0)
    m = _SHARE_BEFORE_RE.search(text[start : span[0]])
    if m is None:
        return None
    words = m.group("owner").split()
    # the longest name that is a party's: "Stiftelsen Läxhjälpen" before "Läxhjälpen"
    return next((k for n in range(len(words), 0, -1) if (k := _owner_kind(" ".join(words[-n:])))), None)


def owner_share_role(text: str, span: tuple[int, int], spans: tuple[tuple[int, int], ...]) -> str | None:
    """The role of a share named by its owner's genitive: another party's is co-funding, `annat`; the committee's,
    in a total broken down beside another party's share in the same sentence, is the grant, `beviljat`; else None."""
    owner = share_owner(text, span)
    if owner == "other":
        return "annat"
    if owner != "committee":
        return None
    sentence_start = max((m.end() for m in re.finditer(r"(?<=[.!?])\s|\n", text[: span[0]])), default=0)
    if not _BREAKDOWN_RE.search(text, sentence_start, span[0]):
        return None
    sentence_end = next((m.start() for m in re.finditer(r"[.!?](?:\s|$)|\n", text[span[1] :])), len(text) - span[1])
    in_sentence = [s for s in spans if s != span and sentence_start <= s[0] < span[1] + sentence_end]
    return "beviljat" if any(share_owner(text, s) == "other" for s in in_sentence) else None
