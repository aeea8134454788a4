"""What an amount is (budget, outcome, grant ...): pure rules over its sentence.

A sentence is cut into clauses at commas, semicolons and linking words. The
cue word nearest the amount inside its own clause decides; a clause without a
cue inherits from the clause before it when they are joined by "," / "och",
but not across a contrast ("jämfört med", "mot", "än", "av", "men"), since
"ca 2,6 mnkr jämfört med budget på 5,0 mnkr" compares two different things.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

W = r"[\wåäöÅÄÖ]"

# (role, pattern); earlier entries win where two start at the same place, so
# multi-word phrases come before the single words they contain.
CUES: tuple[tuple[str, str], ...] = (
    ("avvikelse", rf"avvikelse{W}*\s+(?:mot|från|jämfört\s+med)\s+(?:budget|kalkyl|beräkn|planer){W}*(?:\s+utgifter{W}*)?"),
    ("avvikelse", rf"(?:lägre|högre|mindre|mer|billigare|dyrare)\s+än\s+(?:budget{W}*|beräknat|planerat|kalkyl{W}*|väntat)"),
    ("avvikelse", rf"(?:(?:under|över)st(?:iger|eg|igit)|överskr[ie]d{W}*)\s+(?:{W}+\s+)?(?:budget|kalkyl){W}*(?:\s+med)?"),
    ("budget", rf"(?:kalkylerad|budgeterad|beräknad|planerad|uppskattad|bedömd){W}*\s+(?:total)?(?:kostnad|utgift|investering){W}*"),
    ("prognos", r"(?:beräknas|bedöms|väntas)\s+(?:bli|landa\s+på)"),
    ("utfall", r"(?:landade|stannade|slutade|hamnade)\s+på"),
    ("avvikelse", rf"{W}*avvik{W}*|överskott{W}*|underskott{W}*|{W}*överskr[ie]d{W}*"
                  rf"|återstå{W}*|kvarstå{W}*|resterande|outnyttja{W}*|återförs|återlämna{W}*"),
    ("prognos", rf"prognos{W}*|förväntas|väntas"),
    ("annat", r"varav|medfinansier\w*|netto"),
    ("budget", rf"{W}*budget{W}*|kalkyl{W}*|ram(?:en)?|investeringsram(?:en)?|beräknad{W}*|beräknas\s+till"),
    ("beviljat", rf"bevilja{W}*|tilldela{W}*|anvisa{W}*|erhåll{W}*|erhöll|beslutade\s+medel{W}*|tillskott{W}*"),
    ("sokt", rf"sökt{W}*|söker|söks|ansök(?!ande){W}*|äska{W}*"),
    ("utfall", rf"utfall{W}*|{W}*kostnad{W}*|kostade|kostat|upparbeta{W}*|förbruka{W}*|uppg(?:ick|ått|år|å)\s+till"
               rf"|{W}*utgift{W}*|använ(?:ts|des)|nyttja{W}*|slutsumma{W}*|fakturera{W}*|debitera{W}*|betala{W}*\s+ut|utbetal{W}*"
               rf"|costs?|amounted|spent"),
)
_CUE_RE = re.compile(
    "|".join(f"(?P<c{i}>(?<![\\wåäö])(?:{p})(?![\\wåäö]))" for i, (_, p) in enumerate(CUES)),
    re.IGNORECASE,
)

# Linking words that open a new clause. Contrast ones stop inheritance.
_CONTRAST = r"jämfört\s+med|jämfört|mot|än|av|men|medan|till\s+skillnad\s+från"
_JOIN = r"och|samt|vilket|varav|respektive|resp\."
_BOUNDARY_RE = re.compile(
    rf"(?P<punct>[,;])|(?<![\wåäö])(?:(?P<contrast>{_CONTRAST})|(?P<join>{_JOIN}))(?![\wåäö])",
    re.IGNORECASE,
)

# Section keys whose amounts have a role even without a cue word.
SECTION_ROLES = (("sokt", "sokt"), ("beviljat", "beviljat"), ("budget", "budget"), ("kalkyl", "budget"))

AFTER_PENALTY = 3  # a cue after the amount is a little less telling than one before


@dataclass(frozen=True)
class Cue:
    role: str
    start: int
    end: int


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    contrast: bool  # opened by a contrast word: does not inherit


_MODIFIER_GAP_RE = re.compile(r"\s+(?:för|av)\s+(?:de|den|det)?\s*", re.IGNORECASE)


def find_cues(text: str) -> list[Cue]:
    cues: list[Cue] = []
    for m in _CUE_RE.finditer(text):
        group = m.lastgroup or ""  # every alternative of _CUE_RE is a named group
        cue = Cue(CUES[int(group[1:])][0], m.start(), m.end())
        # "Prognosen för utgifterna": the second noun only qualifies the first.
        if cues and _MODIFIER_GAP_RE.fullmatch(text, cues[-1].end, cue.start):
            continue
        cues.append(cue)
    return cues


def split_clauses(text: str, cues: list[Cue]) -> list[Clause]:
    clauses: list[Clause] = []
    start, contrast = 0, False
    for m in _BOUNDARY_RE.finditer(text):
        if any(c.start <= m.start() < c.end for c in cues):
            continue  # "avvikelse mot budget" is one cue, not two clauses
        clauses.append(Clause(start, m.start(), contrast))
        start = m.end() if m.group("punct") else m.start()
        contrast = bool(m.group("contrast"))
    clauses.append(Clause(start, len(text), contrast))
    return clauses


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    """Blank out amounts so "tre och en halv miljon" splits no clause."""
    chars = list(text)
    for s, e in spans:
        chars[s:e] = "#" * (e - s)
    return "".join(chars)


def _nearest(cues: list[Cue], start: int, end: int, others: list[tuple[int, int]]) -> Cue | None:
    """The cue closest to the amount. A cue with another amount between it
    and this one belongs to that amount: one before is used only if nothing
    else fits, one after never."""

    def distance(c: Cue) -> float:
        return start - c.end if c.end <= start else c.start - end + AFTER_PENALTY

    def shielded(c: Cue) -> bool:
        lo, hi = (c.end, start) if c.end <= start else (end, c.start)
        return any(lo <= s and e <= hi for s, e in others)

    free = [c for c in cues if not shielded(c)]
    before = [c for c in cues if c.end <= start]
    return min(free or before, key=distance, default=None)


def section_role(section_key: str | None) -> str | None:
    key = (section_key or "").lower()
    return next((role for part, role in SECTION_ROLES if part in key), None)


def classify(
    sentence: str,
    span: tuple[int, int],
    amount_spans: list[tuple[int, int]] | None = None,
    section_key: str | None = None,
    prior_year: bool = False,
) -> str:
    """The role of the amount at `span` (offsets into `sentence`).

    amount_spans: every amount in the sentence (for masking); prior_year: the
    amount is a bracketed previous-year figure, which is never summed.
    """
    if prior_year:
        return "annat"
    text = _mask(sentence, amount_spans or [span])
    cues = find_cues(text)
    clauses = split_clauses(text, cues)
    start, end = span
    others = [s for s in (amount_spans or []) if s != span]
    here = next((i for i, c in enumerate(clauses) if c.start <= start < max(c.end, c.start + 1)), len(clauses) - 1)

    def cues_in(clause: Clause) -> list[Cue]:
        return [c for c in cues if clause.start <= c.start < clause.end]

    i = here
    while i >= 0:
        inside = cues_in(clauses[i])
        if i < here:  # an earlier clause: its last cue is the one that carries over
            inside = inside[-1:]
        cue = _nearest(inside, start, end, others)
        if cue:
            return cue.role
        if clauses[i].contrast:
            break
        i -= 1
    # An amount in apposition ("Resterande del, 0,8 mnkr, utgör ett överskott"):
    # the next clause may name it, if it holds no amount of its own.
    if here + 1 < len(clauses) and not clauses[here + 1].contrast:
        following = clauses[here + 1]
        if not any(following.start <= s < following.end for s, _ in others):
            cue = _nearest(cues_in(following), start, end, others)
            if cue:
                return cue.role
    return section_role(section_key) or "annat"
