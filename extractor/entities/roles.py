"""What an amount is (budget, outcome, grant ...): pure rules over its sentence.

The decision reads the structure around the amount before the nearest word:

1. Attachment: words bound to the amount itself decide first ("beviljade
   2 mnkr", "budgeten på 2 mnkr", "2 mnkr i bidrag", "40 000 kr per år",
   "varav 2 mnkr").
2. The amount's clause: a sentence is cut into clauses at commas, semicolons
   and linking words. Inside the clause, cues are ranked by how much they
   govern: a deviation or running-cost frame ("budgetavvikelsen",
   "överskottet", "den årliga driften") over a framing phrase or main verb
   ("enligt prognos", "beräknas uppgå till", "tilldelas", "satsar",
   "förbrukats") over a plain noun ("kostnaden", "budget") over a copula
   ("uppgår till"). Among equals the nearest wins. A clause without a cue
   inherits from the clause before it when they are joined by "," / "och",
   but not across a contrast ("jämfört med", "mot", "av", "men"), since "ca
   2,6 mnkr jämfört med budget på 5,0 mnkr" compares two different things.
3. Context: a sentence without any cue, or one that points back ("Den
   uppgick till 2 mnkr"), takes the role of the sentence or heading before it
   ("Så fördelades pengarna. Bromma fick ...").
4. The section ("Sökt belopp"), else `annat`.

`decide` returns the role with where it came from (`role_source`: cue,
clause, context, section or default), so a reader can see how sure it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bilagor.extractor.record import ROLE_SOURCES  # noqa: F401  (Decision.source is one of them)

from bilagor.extractor.entities.money import find_money, parse_amount
from bilagor.extractor.entities.role_cues import (  # noqa: F401  (COPULA ... re-exported for tests)
    ATTACHED_AFTER,
    ATTACHED_BEFORE,
    COPULA,
    CUES,
    DEVIATION,
    FRAME,
    GOVERN,
    NEUTRAL,
    NOUN,
    NOUN_CUE_RE,
    Cue,
    W,
    find_cues,
)
from bilagor.extractor.entities.role_attached import attached_role
from bilagor.extractor.entities.role_clauses import _BOUNDARY_RE, BRACKET_RE, Clause, _mask, split_clauses
from bilagor.extractor.entities.role_context import WORD_RE, context_role, previous_sentence
from bilagor.extractor.entities.role_periods import beside_current, of_earlier_period, since_earlier_year
from bilagor.extractor.entities.role_pairs import compared_pair_roles, paired_role
from bilagor.extractor.entities.role_parts import (
    from_co_funder,
    other_funder,
    part_or_whole,
    part_role,
    prior_year_bracket,
    summed_parts,
    whole_role,
)
from bilagor.extractor.entities.role_stage import (
    committed,
    decided_calculation,
    is_application,
    is_form_section,
    spent_already,
)


# "…, det vill säga 2,7 mnkr": the amount restates the sentence's subject.
# "…, eller 8,2 mnkr", "…, motsvarande 18,8 mnkr" after a share restate it too.
_RESTATES_RE = re.compile(
    r"(?:(?<![\wåäö])(?:det\s+vill\s+säga|dvs\.?|d\.v\.s\.|alltså)|,\s*(?:eller|motsvarande))\s+$", re.IGNORECASE
)
# "41 procent av budget": the base of a share is not the sentence's subject.
_SHARE_BASE_RE = re.compile(r"procent\s+av\s+(?:(?:den|det|de)\s+)?(?:[\wåäö]+\s+)?$", re.IGNORECASE)

# A sentence that points back to the one before it.
_POINTS_BACK_RE = re.compile(r"^\s*(?:den|det|de|dessa|denna|beloppet|summan|siffran)(?![\wåäö])", re.IGNORECASE)
# Section keys whose amounts have a role even without a cue word.
SECTION_ROLES = (("sokt", "sokt"), ("beviljat", "beviljat"), ("budget", "budget"), ("kalkyl", "budget"))

AFTER_PENALTY = 3  # a cue after the amount is a little less telling than one before


@dataclass(frozen=True)
class Decision:
    role: str
    source: str  # one of ROLE_SOURCES


def restated_role(text: str, span: tuple[int, int]) -> str | None:
    """The role of an amount that restates the sentence's subject ("Utfallet
    blev 90 procent av budgeten, alltså 2,7 mnkr"), unless words after it in
    its clause name it themselves ("det vill säga 0,5 mnkr under budget")."""
    start, end = span
    if not _RESTATES_RE.search(text, 0, start):
        return None
    cues = [c for c in find_cues(text) if not _SHARE_BASE_RE.search(text, 0, c.start)]
    clause_end = next((m.start() for m in _BOUNDARY_RE.finditer(text, end)), len(text))
    if any(end <= c.start < clause_end for c in cues):
        return None
    # "… och av dem användes alltså 4,9 mnkr": an "alltså" inside a clause with its own verb restates nothing
    clause_start = max((m.end() for m in _BOUNDARY_RE.finditer(text, 0, start)), default=0)
    if any(clause_start <= c.start < start and c.rank >= FRAME for c in cues):
        return None
    return cues[0].role if cues and cues[0].end <= start else None


# "lägre än väntat, ca 180 000 kr", "blev lägre, 574 000 kr": a comparison, then the figure itself.
_COMPARATIVE_RE = re.compile(
    r"(?:lägre|högre|mindre|mer|billigare|dyrare|sämre|bättre)(?:\s+än(?![\wåäö])|(?=\s*,))", re.IGNORECASE
)
_PURPOSE_RE = re.compile(r"\s*(?:kronor|kr)?\s*(?:för|till)\s+(?:[\wåäö]+\s+){0,3}", re.IGNORECASE)


_APPOSITIVE_AMOUNT_RE = re.compile(r"\s*,\s*#")


def _best(
    text: str, cues: list[Cue], start: int, end: int, others: list[tuple[int, int]], strict: bool = False
) -> Cue | None:
    """The most governing cue, the nearest among equals. A cue with another
    amount between it and this one belongs to that amount: one before is used
    only if nothing else fits (never when `strict`), one after never."""

    def distance(c: Cue) -> float:
        return start - c.end if c.end <= start else c.start - end + AFTER_PENALTY

    def shielded(c: Cue) -> bool:
        lo, hi = (c.end, start) if c.end <= start else (end, c.start)
        # "… har mellanskillnaden, cirka 100 000 kr, …": a noun set off by its own amount is that amount's
        appositive = c.start >= end and bool(_APPOSITIVE_AMOUNT_RE.match(text, c.end))
        return appositive or any(lo <= s and e <= hi for s, e in others)

    def purpose(c: Cue) -> bool:
        # "tillförs 2 mnkr för ökade kostnader", "10 mnkr till satsningen": what the
        # money is for says nothing of its role, unless it is running costs ("för driften").
        running = c.role == "annat" and c.rank == DEVIATION
        return c.start >= end and not running and bool(_PURPOSE_RE.fullmatch(text, end, c.start))

    free = [c for c in cues if not shielded(c) and not purpose(c)]
    before = [] if strict else [c for c in cues if c.end <= start]
    return min(free or before, key=lambda c: (-c.rank, distance(c)), default=None)


def section_role(section_key: str | None) -> str | None:
    key = (section_key or "").lower()
    return next((role for part, role in SECTION_ROLES if part in key), None)


def _same_bracket(text: str, cues: list[Cue], start: int) -> list[Cue]:
    """A bracket is a clause of its own: "uppgick till X (beviljat Y)". An amount outside
    brackets reads the cues outside them; one inside reads its bracket's, if it has any."""
    brackets = [(m.start(), m.end()) for m in BRACKET_RE.finditer(text)]
    if not brackets:
        return cues

    def bracket_of(pos: int) -> tuple[int, int] | None:
        return next((b for b in brackets if b[0] <= pos < b[1]), None)

    own = bracket_of(start)
    same = [c for c in cues if bracket_of(c.start) == own]
    return same if same or own is None else [c for c in cues if bracket_of(c.start) is None]


_BARE_RE = re.compile(r"[\s#]*(?:(?:och|men|samt)\s+)?[\wåäö]*[\s#]*")


def _apposition_verb(text: str, clauses: list[Clause], here: int, cues_in, others) -> Cue | None:
    """ "…och resten, 90 tkr, söks hos Boverket": an amount set off by commas after a head
    that names no role takes the verb of the clause after it."""
    if not (0 < here < len(clauses) - 1) or clauses[here].contrast or clauses[here + 1].contrast:
        return None
    head, following = clauses[here - 1], clauses[here + 1]
    if cues_in(head) or cues_in(clauses[here]) or not _BARE_RE.fullmatch(text, head.start, head.end):
        return None
    if not _BARE_RE.fullmatch(text, clauses[here].start, clauses[here].end):
        return None
    if any(following.start <= s < following.end for s, _ in others):
        return None
    verbs = [c for c in cues_in(following) if c.rank >= FRAME]
    return verbs[0] if verbs else None


_TOTAL_LABEL_RE = re.compile(r"\s*(?:summa|totalt?|sammanlagt|sammantaget|slutsumma)(?![\wåäö])", re.IGNORECASE)


def _names_own_amount(text: str, cues: list[Cue], others: list[tuple[int, int]]) -> bool:
    """A label line ("Budget: 60 tkr"): one of `cues` names an amount after it on the same line."""
    return any(c.end <= s and "\n" not in text[c.end : s] for c in cues for s, _ in others)


_COMPARISON_RE = re.compile(r"\s*(?:jämfört\s+med|mot|än|till\s+skillnad\s+från)(?![\wåäö])", re.IGNORECASE)


def _comparison_adjunct(text: str, clause: Clause, others: list[tuple[int, int]]) -> bool:
    """A clause that only says what something is compared with ("jämfört med budgeten"), holding no amount."""
    return (
        clause.contrast
        and bool(_COMPARISON_RE.match(text, clause.start))
        and not any(clause.start <= s < clause.end for s, _ in others)
    )


def _in_sentence(text: str, start: int, end: int, others: list[tuple[int, int]]) -> tuple[Cue | None, str]:
    """The cue that decides within the sentence, and whether it was the
    amount's own nearest word ("cue") or its clause's frame ("clause")."""
    cues = _same_bracket(text, find_cues(text), start)
    clauses = split_clauses(text, cues)
    here = next((i for i, c in enumerate(clauses) if c.start <= start < max(c.end, c.start + 1)), len(clauses) - 1)

    def cues_in(clause: Clause) -> list[Cue]:
        return [c for c in cues if clause.start <= c.start < clause.end]

    appositive = _apposition_verb(text, clauses, here, cues_in, others)
    if appositive:
        return appositive, "clause"
    i, copula = here, None
    sibling_labels = clauses[here].label and not _TOTAL_LABEL_RE.match(text, clauses[here].start)
    while i >= 0:
        if i < here and _comparison_adjunct(text, clauses[i], others):
            # "Utgifterna steg, jämfört med budgeten, till totalt X": what the subject is
            # compared with is not the amount after the comparison.
            i -= 1
            continue
        inside = cues_in(clauses[i])
        if i < here and sibling_labels and _names_own_amount(text, inside, others):
            # "Budget: 60 tkr Diff: 2 tkr": a label line's role is its own amount's; a heading's carries
            # down a list ("Så fördelades pengarna: Bromma 400 000 kr Farsta 350 000 kr"), and a total
            # ("Summa 600 000 kr") sums the lines above it
            break
        if i < here:  # an earlier clause: its last cue (not a bare copula) is the one that carries over
            inside = [c for c in inside if c.rank > COPULA][-1:] or inside[-1:]
        # "hade en budget på X och slutade på Y": a copula does not continue a cue held by another amount
        cue = _best(text, inside, start, end, others, strict=copula is not None)
        if cue and cue.rank == COPULA and i == here:
            # "Budgetavvikelsen blev negativ och uppgick till X": a bare
            # "uppgick till" continues the subject of the clause before.
            copula = cue
        elif cue and i < here and cue.role == "avvikelse" and _COMPARATIVE_RE.match(text, cue.start):
            # "Kostnaden blev lägre än väntat, ca 180 000 kr": the amount after the
            # comparison restates the subject's figure, not the difference.
            subject = next((c for c in cues if c.end <= cue.start and c.role != "avvikelse"), None)
            return subject or Cue("utfall", cue.start, cue.end, cue.rank), "clause"
        elif cue and (copula is None or cue.rank > COPULA):
            return cue, "cue" if i == here and cue.rank <= NOUN else "clause"
        if clauses[i].contrast:
            break
        i -= 1
    if copula is not None:
        return copula, "cue"
    # An amount in apposition ("Resterande del, 0,8 mnkr, utgör ett överskott"):
    # the next clause may name it, if it holds no amount of its own.
    if here + 1 < len(clauses) and not clauses[here + 1].contrast:
        following = clauses[here + 1]
        if not any(following.start <= s < following.end for s, _ in others):
            cue = _best(text, cues_in(following), start, end, others)
            if cue:
                return cue, "clause"
    # "hade X av beviljade Y upparbetats": the verb after an "av" phrase is the main clause's.
    if here + 1 < len(clauses) and re.match(r"av\b", text[clauses[here + 1].start :], re.IGNORECASE):
        following = clauses[here + 1]
        last_amount = max((e for s, e in others if following.start <= s < following.end), default=following.start)
        verbs = [c for c in cues_in(following) if c.start >= last_amount and c.rank >= FRAME]
        if verbs:
            return verbs[0], "clause"
    return None, "default"


def decide(
    sentence: str,
    span: tuple[int, int],
    amount_spans: list[tuple[int, int]] | None = None,
    section_key: str | None = None,
    prior_year: bool = False,
    context: str | None = None,
) -> Decision:
    """The role of the amount at `span` (offsets into `sentence`) and why.

    amount_spans: every amount in the sentence (for masking); prior_year: the
    amount is a bracketed previous-year figure, which is never summed;
    context: the text before the sentence (earlier sentences, a heading).
    """
    if prior_year:
        return Decision("annat", "cue")
    spans = tuple(amount_spans or [span])
    text = _mask(sentence, spans)
    alone = _decide_alone(text, span, spans, section_key, context)
    if alone.role != "annat" and span in _parts_of_totals(sentence, text, spans, section_key, context):
        return Decision("annat", "clause")
    neighbours = [s for s in sorted(spans) if s != span and abs(_gap(s, span)) < _PAIR_GAP]
    if not neighbours:
        return alone
    # Each neighbour's own role comes from the cache when it was (or will be) decided itself.
    own = {s: _decide_alone(text, s, spans, section_key, context).role for s in neighbours}
    own[span] = alone.role
    changed = compared_pair_roles(text, sorted(own), own)
    # "ett underskridande på X jämfört med beviljade Y": a word bound to the amount outranks the pair
    if span not in changed or attached_role(text, *span) is not None:
        return alone
    return Decision(changed[span], "clause")


@lru_cache(maxsize=16)
def _parts_of_totals(
    sentence: str, text: str, spans: tuple[tuple[int, int], ...], section_key: str | None, context: str | None
) -> frozenset[tuple[int, int]]:
    """The amounts of the sentence that are parts of a total beside them (`summed_parts`).
    Cached: the same for every amount of the sentence, and the subsets tried grow fast with
    its amounts (a list of 24 district grants took seconds when found once per amount)."""
    if len(spans) < 3 or not any(WORD_RE.search(sentence, a[1], b[0]) for a, b in zip(spans, spans[1:])):
        return frozenset()  # a row of bare figures ("Kostnader (tkr): 450 300 120 …") adds up by chance
    # read in the sentence, so a bare figure after an amount in kronor ("… 140 000 kronor: 90 000 till lön")
    # has its value too; alone, its text is no amount
    in_sentence = {(m.start, m.end): m.sek for m in find_money(sentence)}
    parsed = {s: parse_amount(sentence[s[0] : s[1]]) for s in spans if s not in in_sentence}
    values = {s: in_sentence[s] for s in spans if s in in_sentence}
    values.update({s: p[0] for s, p in parsed.items() if p is not None})
    roles = {s: _decide_alone(text, s, spans, section_key, context).role for s in values}
    return frozenset(summed_parts(values, roles))


_PAIR_GAP = 40  # characters between two amounts that can be a compared pair ("A, att jämföra med budgeterade B")


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return b[0] - a[1] if a[1] <= b[0] else a[0] - b[1]


# Words that end the clause a forecast noun is the subject of.
_CLAUSE_END_RE = re.compile(r"[,;:.]|(?<![\wåäö])(?:och|samt|men|medan)(?![\wåäö])", re.IGNORECASE)


def _governed_by_forecast(text: str, start: int) -> bool:
    """A forecast frame before the amount ("beräknar att bygget blir klart till en kostnad av X"), or a
    forecast noun that is the subject of the amount's clause ("Prognosen visar ett utfall på X")."""
    for c in find_cues(text[:start]):
        if c.role != "prognos" or c.end > start:
            continue
        if c.rank == GOVERN:
            return True
        if NOUN_CUE_RE.search(text, c.start, c.end) and not _CLAUSE_END_RE.search(text, c.end, start):
            return True
    return False


@lru_cache(maxsize=64)  # the amounts of the sentences at hand (see role_cues._cues)
def _decide_alone(
    text: str,
    span: tuple[int, int],
    spans: tuple[tuple[int, int], ...],
    section_key: str | None,
    context: str | None,
) -> Decision:
    """The role of one amount in its (masked) sentence, without its compared neighbour.
    Cached: an amount beside a compared neighbour is decided once, not once per neighbour."""
    if prior_year_bracket(text, span, spans) or from_co_funder(text, span[1]):
        return Decision("annat", "cue")
    attached = attached_role(text, *span)
    decision = _read_role(text, span, spans, section_key, context, attached)
    if (
        decision.role in ("beviljat", "sokt")
        and is_form_section(section_key)
        and other_funder(text, span, spans, is_application(section_key))
    ):
        return Decision("annat", "clause")
    frame = part_or_whole(text, span, spans) if attached is None else None
    if frame == "part":
        role = part_role(text, decision.role, span[1])
    elif frame == "whole":
        parts = [_decide_alone(text, s, spans, section_key, context).role for s in spans if s[0] > span[0]]
        # "Vi har inte använt hela budgeten. Av 95 000 kr återstår …": the verb is the parts'; the whole
        # is the thing named before ("budgeten"), if anything is
        role = whole_role(text, parts) or context_role(context, points_back=True) or decision.role
    elif decision.role in ("utfall", "beviljat") and since_earlier_year(text, decision.role, context):
        # "Utfallet för 2023 blev X. Sedan 2019 har Y investerats": a sum over earlier years beside this year's
        role = "annat"
    elif decision.role in ("utfall", "beviljat") and of_earlier_period(text, span):
        # in a form every figure is one project's; elsewhere an earlier figure is annat only beside
        # the current one ("Nämnden har anslagit 2,6 mnkr. Förra året anslogs 2,2 mnkr.")
        if is_form_section(section_key) or beside_current(text, spans, decision.role, context):
            role = "annat"
        else:
            return decision
    elif decision.role in ("prognos", "utfall") and is_application(section_key) and not spent_already(text):
        # nothing is spent yet when an application states or estimates a cost
        role = "budget"
    elif decision.role == "prognos" and decided_calculation(text, previous_sentence(context)):
        role = "budget"
    elif decision.role == "utfall" and attached is None and committed(text, span[0]):
        role = "budget"
    else:
        return decision
    return decision if role == decision.role else Decision(role, "clause")


_PASSIVE_BEFORE_RE = re.compile(r"(?<![\wåäö])(?:har|hade)\s+(?:[\wåäö]+\s+){0,2}$", re.IGNORECASE)
_PASSIVE_AFTER_RE = re.compile(r"\s+[\wåäö]+(?:ats|ts|its|tts)(?![\wåäö])", re.IGNORECASE)


def _read_role(
    text: str,
    span: tuple[int, int],
    spans: tuple[tuple[int, int], ...],
    section_key: str | None,
    context: str | None,
    attached: str | None,
) -> Decision:
    """The role of one amount as its words, clause and context say, before asking
    whose figure it is (`_decide_alone`); `attached` is its `attached_role`."""
    start, end = span
    if attached == "utfall" and _governed_by_forecast(text, start):
        # "Nämnden beräknar att bygget blir klart till en kostnad av X": the frame holds the cost.
        return Decision("prognos", "clause")
    if attached:
        return Decision(attached, "cue")
    paired = paired_role(text, span, spans)
    if paired:
        return Decision(paired, "clause")
    others = [s for s in spans if s != span]
    restated = restated_role(text, span)
    if restated:
        return Decision(restated, "clause")
    cue, source = _in_sentence(text, start, end, others)
    if cue is None and _PASSIVE_BEFORE_RE.search(text, 0, start) and _PASSIVE_AFTER_RE.match(text, end):
        # "Till och med augusti har 412 000 kr bokförts på projektet": the amount is the subject of a
        # perfect passive, so something was done with it: spent, whatever the verb (known verbs are cues)
        return Decision("utfall", "clause")
    points_back = bool(_POINTS_BACK_RE.match(text))
    if cue is None or (cue.rank == COPULA and points_back):
        earlier = context_role(context, "noun" if cue is not None else points_back)
        if earlier:
            return Decision(earlier, "context")
    if cue is not None:
        return Decision(cue.role, source)
    by_section = section_role(section_key)
    if by_section:
        return Decision(by_section, "section")
    return Decision("annat", "default")


def classify(
    sentence: str,
    span: tuple[int, int],
    amount_spans: list[tuple[int, int]] | None = None,
    section_key: str | None = None,
    prior_year: bool = False,
    context: str | None = None,
) -> str:
    """The role only; see `decide`."""
    return decide(sentence, span, amount_spans, section_key, prior_year, context).role
