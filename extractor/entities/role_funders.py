"""Funders named before their money in a form: "Stadsdelsnämnden beviljade 40 000 kr, Allmänna arvsfonden
12 000 kr", "Medfinansiering: Familjebostäder 30 000 kr, SDN 45 000 kr", "Filminstitutet har lovat 20 000 kr".

In a form every figure is one project's: money from a funder other than the city (a housing company, a fund,
a national agency, a church) is co-funding, `annat`, beside the city committee's money (in an application
always), and the city's money beside it is the grant, `beviljat` (tests/data/roles/README.md). The funder is
the subject of the amount's clause, with or without its verb (the second of two funders often has none), or the
label of the amount's line ("Stadsdelsnämnden: X / Stiftelsen Y: Z / Kostnader: W").
Pure rules over a masked sentence; `role_parts.other_funder` reads the funder after the amount ("från X")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bilagor.extractor.entities.organisations import lookup
from bilagor.extractor.entities.role_parts import CITY_FUNDER_RE, from_city

# Where the amount's clause starts: a list's comma or colon, a line, "och"/"samt" between two funders.
# ... or a subordinator a payer's clause opens with ("Sedan Stiftelsen X lagt till Y hade vi …").
_CLAUSE_START_RE = re.compile(
    r"[,;:\n]|(?<![\wåäö])(?:och|samt|efter\s+att|sedan|när)(?![\wåäö])|(?<=[.!?])\s", re.IGNORECASE
)
# Words that add to or qualify a payer's giving without changing whose money it is ("betalade dessutom X", "sköt
# själv till X", "bekostades delvis av"): left out before the payer's clause is read.
_FILLER_RE = re.compile(r"(?<![\wåäö])(?:ytterligare|dessutom|också|även|själva?|delvis)\s+", re.IGNORECASE)
# A verb of paying out, with a time or an adverb between it and its particle ("betalade i mars ut").
_PAYS_OUT = r"betal(?:ade|ar|at)\s+(?:(?:i|under|efter|före|redan|sedan|därför|nu)\s+(?:[\wåäö]+\s+)?)?ut"
# A verb of giving between the funder and its money, and what may stand before the figure.
_GIVES = (
    r"beviljade|beviljar|beviljat|bidrog|bidrar|bidragit|gav|ger|gett|gick\s+in|går\s+in|lovade|lovar|lovat"
    r"|stod\s+för|står\s+för|betalade|betalar|betalat|sköt\s+till|skjuter\s+till|tillförde|finansierade|finansierar|bekostade|bekostar|bekostat"
    r"|satsade|satsar|anvisade|anvisar|(?:lade|la|lagt|lägger)\s+till"
    # "Stadsdelsnämnden betalade (i mars) ut X": the city paying the money out to the project
    rf"|{_PAYS_OUT}"
)
_FUNDER_BEFORE_RE = re.compile(
    rf"^\s*(?P<who>[\wåäö-]+(?:\s+(?!(?:{_GIVES}|med|har|hade)(?![\wåäö]))[\wåäö-]+){{0,2}}?)"
    # ... the thing paid for may stand between the verb and "med" ("Nämnden bekostade festen med X")
    rf"(?:\s+(?:har\s+|hade\s+)?(?:{_GIVES})(?:(?:\s+[\wåäö-]+){{1,2}}?(?=\s+med\s))?)?(?:\s+med)?"
    rf"\s+(?:(?:ca|cirka|c:a|totalt|sammanlagt)\s+)?$",
    re.IGNORECASE,
)
# ... or the agent of a passive of funding: "Den finansierades av nämnden med X och av Stiftelsen Y med Z"
_FUNDER_AGENT_RE = re.compile(
    r"^\s*(?:[\wåäö]+\s+){0,3}?(?:finansierades|finansieras|bekostades|bekostas|betalades|betalas)?\s*av\s+"
    r"(?P<who>[\wåäö-]+(?:\s+[\wåäö-]+){0,4}?)\s+med\s+(?:(?:ca|cirka|c:a)\s+)?$",
    re.IGNORECASE,
)
# City bodies by their short names, beside CITY_FUNDER_RE's words.
_CITY_SHORT_RE = re.compile(r"(?-i:SDN|SDF|KS|KF)|[\wåäö-]+\s+stadsdels(?:nämnd|förvaltning)", re.IGNORECASE)
# The head of an outside funder's name that the organisation register may not hold.
_OUTSIDE_HEAD_RE = re.compile(
    r"(?:[\wåäö\s]*\s)?[\wåäö]*(?:fond(?:en)?|verket|institutet|rådet|kyrkan|församling(?:en)?|stiftelse(?:n)?"
    r"|länsstyrelse(?:n)?|bostäder|förbund(?:et)?|föräldrar(?:na)?"
    # a company or landlord named by its kind ("ett lokalt företag", "bostadsbolaget", "hyresvärden")
    r"|företag(?:et)?|bolag(?:et)?|hyresvärd(?:en)?|fastighetsägar(?:e|en)|sponsor(?:n|er|erna)?)"
    # a named association ("Sverigefinska föreningen"); "föreningen" alone is the applicant
    r"|(?-i:[A-ZÅÄÖ])[\wåäö\s-]*\s+förening(?:en)?"
    # ... or in front of it: "Stiftelsen Stockholms stadsmission", "Föreningen Gatukök"
    r"|(?:stiftelsen|föreningen|fonden|församlingen)\s+(?-i:[A-ZÅÄÖ])[\wåäö-]*(?:\s+[\wåäö-]+){0,2}",
    re.IGNORECASE,
)
_OUTSIDE_KINDS = ("bolag", "forening", "myndighet", "annan")


def funder_kind(name: str) -> str | None:
    """ "city" for the city's own committees, offices and pots, "outside" for any other funder, else None."""
    if CITY_FUNDER_RE.fullmatch(name) or _CITY_SHORT_RE.fullmatch(name):
        return "city"
    entry = lookup(name)
    if entry is not None:
        return "outside" if entry.kind in _OUTSIDE_KINDS else "city"
    return "outside" if _OUTSIDE_HEAD_RE.fullmatch(name) else None


# "… bekostades av stadsdelsnämnden (20 000 kr), Stiftelsen X (10 000 kr) och föräldrarna (4 500 kr)": each
# payer named right before its money in brackets.
_NAME_BEFORE_BRACKET_RE = re.compile(r"(?P<words>(?:[\wåäö-]+\s+){0,3}[\wåäö-]+)\s*\(\s*(?:(?:ca|cirka|c:a)\s+)?$")


def _bracketed_funder(text: str, span: tuple[int, int]) -> str | None:
    """The kind of the shortest name right before the bracket the amount alone stands in, if it is a funder's."""
    m = _NAME_BEFORE_BRACKET_RE.search(text, 0, span[0])
    if m is None or not re.match(r"\s*(?:kronor|kr)?\s*\)", text[span[1] :]):
        return None
    words = m.group("words").split()
    return next((k for n in range(1, len(words) + 1) if (k := funder_kind(" ".join(words[-n:])))), None)


# "… och resten, 14 600 kr, kom från Stiftelsen X": the payer named after its money.
# ... or the payer of a verb of paying put after its object ("Resten, 6 500 kr, betalade Familjebostäder").
_FUNDER_AFTER_RE = re.compile(
    r"\s*(?:kronor|kr)?\s*,?\s*(?:(?:kom|kommer|har\s+kommit|betalades|betalas)\s+från|betalade|bekostade"
    r"|(?:betalades|bekostades)\s+av)\s+(?P<words>[\wåäö-]+(?:\s+[\wåäö-]+){0,3})",
    re.IGNORECASE,
)
# "Svenska Bostäder betalade resten, 46 000 kr", "… betalade dessutom gjutningen, X", "resten betalades av ABF, X":
# the amount after a comma restates what the payer of the clause before paid.
_COMMA_BEFORE_RE = re.compile(r",\s*(?:(?:ca|cirka|c:a)\s+)?$", re.IGNORECASE)
_PAID_THING_RE = re.compile(
    r"^\s*(?P<who>[\wåäö-]+(?:\s+[\wåäö-]+){0,2}?)\s+(?:betalade|bekostade|stod\s+för)(?:\s+(?:dessutom|också|även))?"
    r"(?:\s+[\wåäö-]+){1,5}\s*$"
    r"|^\s*(?:[\wåäö-]+\s+){0,3}?(?:betalades|bekostades)\s+(?:dessutom\s+|också\s+|även\s+)?av\s+"
    r"(?P<agent>[\wåäö-]+(?:\s+[\wåäö-]+){0,3}?)\s*$",
    re.IGNORECASE,
)


def _payer_before_comma(text: str, span: tuple[int, int]) -> str | None:
    """The kind of payer of the clause right before the comma the amount follows, by the longest name that has one."""
    comma = _COMMA_BEFORE_RE.search(text, 0, span[0])
    if comma is None:
        return None
    start = max((m.end() for m in _CLAUSE_START_RE.finditer(text, 0, comma.start())), default=0)
    m = _PAID_THING_RE.match(text[start : comma.start()])
    if m is None:
        return None
    words = (m.group("who") or m.group("agent")).split()
    names = [" ".join(words[i:j]) for i in range(len(words)) for j in range(len(words), i, -1)]
    return next((k for k in map(funder_kind, names) if k), None)


def _funder_after(text: str, span: tuple[int, int]) -> str | None:
    """The kind of the longest name the money is said to come from right after it."""
    m = _FUNDER_AFTER_RE.match(text, span[1])
    if m is None:
        return None
    words = m.group("words").split()
    return next((k for n in range(len(words), 0, -1) if (k := funder_kind(" ".join(words[:n])))), None)


def named_funder(text: str, span: tuple[int, int]) -> str | None:
    """The kind of funder ("city", "outside") that is the subject of the amount's clause, right before it, names
    the bracket the amount stands in, or is said to give it right after it ("X kom från Stiftelsen Y")."""
    start = max((m.end() for m in _CLAUSE_START_RE.finditer(text, 0, span[0])), default=0)
    before = _FILLER_RE.sub("", text[start : span[0]])
    named = (m.group("who") for m in (_FUNDER_BEFORE_RE.match(before), _FUNDER_AGENT_RE.match(before)) if m)
    return (
        next((k for k in map(funder_kind, named) if k), None)
        or _labelled_funder(text, span)
        or _bracketed_funder(text, span)
        or _funder_after(text, span)
        or _payer_before_comma(text, span)
    )


# "Stiftelsen X: 20 000 kr" on a line of its own: the payer as the line's label.
_LABEL_LINE_RE = re.compile(r"(?:^|\n)\s*(?P<label>[^\n:]{2,60}?)\s*:\s*(?:(?:ca|cirka|c:a)\s+)?$", re.IGNORECASE)


def _labelled_funder(text: str, span: tuple[int, int]) -> str | None:
    """The kind of funder that labels the line the amount alone stands on."""
    m = _LABEL_LINE_RE.search(text, 0, span[0])
    if m is None:
        return None
    label = m.group("label")
    # "Bidrag från stadsdelsnämnden: X": the payer after "från"
    source = re.search(r"(?<![\wåäö])från\s+(?P<who>.+)$", label, re.IGNORECASE)
    return funder_kind(label) or (funder_kind(source.group("who")) if source else None)


# "Stadsdelsnämnden stod för allt med sina X": a payer that took on the cost, with its money.
_COVERED_RE = re.compile(
    r"^\s*(?P<who>[\wåäö-]+(?:\s+[\wåäö-]+){0,2}?)\s+(?:har\s+|hade\s+)?(?:stod|står|stått)\s+för\s+"
    r"(?:(?:allt|alltihop|resten|hela\s+kostnaden|kostnaden|det\s+hela)\s+)?(?:med\s+(?:sina|sitt|sin)?\s*)?"
    r"(?:(?:ca|cirka|c:a)\s+)?$",
    re.IGNORECASE,
)


# "Från stadsdelsförvaltningen kom X": the source put first, its money after the verb.
_FROM_FRONTED_RE = re.compile(
    r"^\s*från\s+(?P<who>[\wåäö-]+(?:\s+[\wåäö-]+){0,3}?)\s+(?:kom|har\s+(?:det\s+)?kommit|fick\s+(?:vi|projektet|föreningen))"
    r"(?:\s+(?:det|in))?\s+(?:(?:ca|cirka|c:a|totalt|sammanlagt)\s+)?$",
    re.IGNORECASE,
)
# "… beviljade X och Kista Företagarförening Y", "… och från Lions Y": the next funder in a row, by a name
# (capitalised words) with its verb left out; a funder the register does not know
_NEXT_NAMED_RE = re.compile(
    r"(?:^|(?<=[,;])|(?<![\wåäö])(?:och|samt))\s+(?:från\s+)?(?P<who>(?-i:[A-ZÅÄÖ])[\wåäö&-]*(?:\s+(?-i:[A-ZÅÄÖ&])[\wåäö&-]*){0,4})"
    r"\s+(?:med\s+)?(?:(?:ca|cirka|c:a)\s+)?$"
)


# "Bidrag från stadsdelsnämnden 18 000 kr": the city named right before its money
_CITY_BEFORE_RE = re.compile(
    rf"(?<![\wåäö])från\s+{CITY_FUNDER_RE.pattern}\s*:?\s*(?:(?:ca|cirka|c:a)\s+)?$", re.IGNORECASE
)


def _source_first(text: str, span: tuple[int, int]) -> str | None:
    """The kind of the funder a clause opens with ("Från X kom Y")."""
    start = max((m.end() for m in _CLAUSE_START_RE.finditer(text, 0, span[0])), default=0)
    sentence = max((m.end() for m in re.finditer(r"[.!?\n]\s*", text[: span[0]])), default=0)
    m = _FROM_FRONTED_RE.match(text[max(start, sentence) : span[0]])
    return funder_kind(m.group("who")) if m else None


def _next_named(text: str, span: tuple[int, int]) -> bool:
    """The amount follows the name of a funder the register does not know, as the next in a row of funders."""
    start = max((m.start() for m in _CLAUSE_START_RE.finditer(text, 0, span[0])), default=0)
    m = _NEXT_NAMED_RE.search(text, start, span[0])
    return m is not None and funder_kind(m.group("who")) is None


def funder_role(text: str, span: tuple[int, int], spans: Sequence[tuple[int, int]], application: bool) -> str | None:
    """The role in a form of an amount its funder names: an outside funder's money beside the city's (or in
    an application) is `annat`, the city's money beside an outside funder's `beviljat`, and in a follow-up the
    city's money it took on the cost with ("Stadsdelsnämnden stod för allt med sina X") or financed the work with
    ("finansierades av stadsdelsnämnden med X") `beviljat`; None otherwise."""
    if not application and _covered_by(text, span) == "city":
        return "beviljat"
    fronted = _source_first(text, span)
    if fronted == "city" and not application:
        return "beviljat"  # "Från stadsdelsförvaltningen kom X": the city's money for the work
    kind = named_funder(text, span) or _inverted_contributor(text, span) or fronted
    if kind is None:
        named_city = any(
            s != span
            and (named_funder(text, s) == "city" or from_city(text, s) or _CITY_BEFORE_RE.search(text, 0, s[0]))
            for s in spans
        )
        return "annat" if named_city and _next_named(text, span) else None
    if kind == "city" and not application and (_financed(text, span) or _contributed(text, span)):
        # "finansierades av stadsdelsnämnden med X", "Stadsdelsnämnden bidrog med X", "… och kulturnämnden med Y":
        # the city's money for the work, its grant, with no outside funder needed beside it
        return "beviljat"
    others = {named_funder(text, s) or ("city" if from_city(text, s) else None) for s in spans if s != span}
    if kind == "outside" and (application or "city" in others):
        return "annat"
    if kind == "city" and "outside" in others:
        return "beviljat"
    return None


# A verb of financing or paying for the work ("finansierades av", "bekostade festen med").
_FINANCED_RE = re.compile(r"(?<![\wåäö])(?:finansier|bekost)[\wåäö]*", re.IGNORECASE)


def _financed(text: str, span: tuple[int, int]) -> bool:
    """The amount's clause names the financing of the work."""
    start = max((m.end() for m in _CLAUSE_START_RE.finditer(text, 0, span[0])), default=0)
    return bool(_FINANCED_RE.search(text, start, span[0]))


# A verb of contributing money to the work ("bidrog med", "stod för", "gick in med", "sköt till"), which names
# co-funding when an outside funder is its subject.
_CONTRIBUTED_RE = re.compile(
    r"(?<![\wåäö])(?:bidr(?:og|ar|agit|a)|st(?:od|år|ått)\s+för|g(?:ick|år|ått)\s+in|sk(?:öt|jutit|juter)\s+till"
    rf"|{_PAYS_OUT})(?![\wåäö])",
    re.IGNORECASE,
)


# ... with the subject after the verb ("Till vår hjälp sköt stadsdelsnämnden till X", "I år bidrog kulturnämnden
# med X"): Swedish puts the verb second when the clause opens with an adverbial.
_INVERTED_RE = re.compile(
    r"(?<![\wåäö])(?:bidr(?:og|ar|agit)|st(?:od|år)|g(?:ick|år)|sk(?:öt|juter))"
    r"\s+(?P<who>[\wåäö-]+(?:\s+[\wåäö-]+){0,2}?)\s+(?:till|med|för|in\s+med)"
    r"\s+(?:(?:ca|cirka|c:a|totalt|sammanlagt)\s+)?$",
    re.IGNORECASE,
)


def _inverted_contributor(text: str, span: tuple[int, int]) -> str | None:
    """The kind of funder named right after a verb of contributing, the amount its object."""
    start = max((m.end() for m in _CLAUSE_START_RE.finditer(text, 0, span[0])), default=0)
    m = _INVERTED_RE.search(text[start : span[0]])
    return funder_kind(m.group("who")) if m else None


def _contributed(text: str, span: tuple[int, int]) -> bool:
    """The amount's sentence, up to it, names the contributing of money: in its clause, or in the clause before
    when the verb is left out ("Kulturnämnden bidrog med X och stadsdelsnämnden med Y")."""
    return bool(_CONTRIBUTED_RE.search(text, 0, span[0])) or _inverted_contributor(text, span) is not None


def _covered_by(text: str, span: tuple[int, int]) -> str | None:
    """The kind of payer said to take on the cost with the amount, as the subject of its clause."""
    start = max((m.end() for m in _CLAUSE_START_RE.finditer(text, 0, span[0])), default=0)
    m = _COVERED_RE.match(text[start : span[0]])
    return funder_kind(m.group("who")) if m else None
