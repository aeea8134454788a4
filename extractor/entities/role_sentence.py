"""Rule 2 of `roles`: the cue that decides an amount's role within its own sentence, read clause by
clause (`in_sentence`): pure functions over a masked sentence."""

from __future__ import annotations

import re

from bilagor.extractor.entities.role_clauses import BRACKET_RE, Clause, clause_at, split_clauses
from bilagor.extractor.entities.role_cues import COPULA, DEVIATION, FRAME, GOVERN, NOUN, NOUN_CUE_RE, Cue, find_cues


AFTER_PENALTY = 3  # a cue after the amount is a little less telling than one before


# "lägre än väntat, ca 180 000 kr", "blev lägre, 574 000 kr": a comparison, then the figure itself.
_COMPARATIVE_RE = re.compile(
    r"(?:lägre|högre|mindre|mer|billigare|dyrare|sämre|bättre)(?:\s+än(?![\wåäö])|(?=\s*,))", re.IGNORECASE
)
# "Kostnaderna blev lägre än väntat: X", "Bygget blev dyrare: X": a thing's end state compared, and after a colon
# the figure it came to (the figure is no difference unless the subject is one: "Underskottet blev större: X")
_COMPARED_THEN_FIGURE_RE = re.compile(
    r"(?<![\wåäö])(?:blev|blivit|kostade|landade|slutade|hamnade)\s+(?:[\wåäö]+\s+){0,2}?"
    r"(?P<comparative>lägre|högre|mindre|större|mer|billigare|dyrare)(?:\s+än(?:\s+[\wåäö]+){0,4}?)?"
    r"\s*:\s*(?:(?:ca|cirka|bara|endast|totalt|drygt|knappt)\s+)?$",
    re.IGNORECASE,
)
_PURPOSE_RE = re.compile(r"\s*(?:kronor|kr)?\s*(?:för|till)\s+(?:[\wåäö]+\s+){0,3}", re.IGNORECASE)


_APPOSITIVE_AMOUNT_RE = re.compile(r"\s*,\s*#")
_LABEL_GAP_RE = re.compile(r"[\s:=]*")
_BOUND_GAP_RE = re.compile(r"\s*(?:kronor|kr)?\s+i\s+(?:[\wåäö]+\s+)?", re.IGNORECASE)
# "två tredjedelar av budgeten", "80 procent av anslaget": the base a share is taken of, not the amount's subject
SHARE_BASE_RE = re.compile(
    r"(?:procent|%|hälften|halva|del(?:en|ar)?|tredjedel(?:en|ar)?|fjärdedel(?:en|ar)?|andel(?:en)?)\s+av\s+"
    r"(?:(?:den|det|de)\s+)?$",
    re.IGNORECASE,
)
_VERB_CUE_RANKS = (COPULA, FRAME, GOVERN)
# A cue that is one noun ("avvikelsen", "budgetavvikelsen"), not a phrase ("översteg den kalkyl").
_ONE_NOUN_RE = re.compile(rf"[\wåäö]*{NOUN_CUE_RE.pattern}", re.IGNORECASE)


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
        # "budget 85 000:- använt 79 800:-": a word right before another amount is that amount's label
        labels_next = c.start >= end and any(_LABEL_GAP_RE.fullmatch(text, c.end, s) for s, _ in others)
        # "hade 350 000 kr i budget och stannade på X": a noun bound to the amount right before it is that amount's
        bound_before = c.end <= start and any(_BOUND_GAP_RE.fullmatch(text, e, c.start) for _, e in others)
        return appositive or labels_next or bound_before or any(lo <= s and e <= hi for s, e in others)

    def purpose(c: Cue) -> bool:
        # "tillförs 2 mnkr för ökade kostnader", "10 mnkr till satsningen": what the
        # money is for says nothing of its role, unless it is running costs ("för driften").
        running = c.role == "annat" and c.rank == DEVIATION
        return c.start >= end and not running and bool(_PURPOSE_RE.fullmatch(text, end, c.start))

    def said_of_another(c: Cue) -> bool:
        # "Eftersom entreprenaden blev dyrare än planerat kostade upprustningen X": a comparison is said
        # of its own subject; a verb between it and the amount governs the amount
        return (
            c.end <= start
            and c.role == "avvikelse"
            and bool(_COMPARATIVE_RE.match(text, c.start))
            and any(
                c.end <= v.start
                and v.end <= start
                and v.rank in _VERB_CUE_RANKS
                and not NOUN_CUE_RE.search(text, v.start, v.end)
                for v in cues
            )
        )

    free = [c for c in cues if not shielded(c) and not purpose(c) and not said_of_another(c)]
    before = [] if strict else [c for c in cues if c.end <= start]
    return min(free or before, key=lambda c: (-c.rank, distance(c)), default=None)


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


# "Varje bänk kostade X": a unit price, said of its own amount only; a product after it ("…, alltså Y för alla",
# "…, totalt Y") is what its verb says of the whole ("kostade": the outcome).
_UNIT_PRICE_RE = re.compile(r"varje\s+[\wåäö]+\s+(?P<verb>kosta(?:r|de))", re.IGNORECASE)


def product_cue(text: str, cue: Cue) -> Cue | None:
    """For a unit price's cue ("Varje bänk kostade"), the cue of its verb alone, which a later amount of the
    sentence (the product) takes; None for any other cue."""
    m = _UNIT_PRICE_RE.fullmatch(text, cue.start, cue.end)
    verb = find_cues(m.group("verb")) if m else []
    return Cue(verb[0].role, m.start("verb"), cue.end, verb[0].rank) if m and verb else None


# Figures of money given or planned, not spent: a line they label is no cost line a total sums.
_NOT_SPENT_ROLES = ("beviljat", "budget", "sokt")


def _labels_own_figure(text: str, cues: list[Cue], others: list[tuple[int, int]]) -> bool:
    """A label of a grant or budget right before its own amount ("Beviljat 32 000 kr"), not a heading over a list
    ("Budget: Hyra X") nor a cost line ("Arbetskostnad 390 000 kr") that a total below sums."""
    return any(
        c.role in _NOT_SPENT_ROLES and c.end <= s and _LABEL_GAP_RE.fullmatch(text, c.end, s)
        for c in cues
        for s, _ in others
    )


_COMPARISON_RE = re.compile(r"\s*(?:jämfört\s+med|mot|än|till\s+skillnad\s+från)(?![\wåäö])", re.IGNORECASE)


def _comparison_adjunct(text: str, clause: Clause, others: list[tuple[int, int]]) -> bool:
    """A clause that only says what something is compared with ("jämfört med budgeten"), holding no amount."""
    return (
        clause.contrast
        and bool(_COMPARISON_RE.match(text, clause.start))
        and not any(clause.start <= s < clause.end for s, _ in others)
    )


def _appositive_after(text: str, clauses: list[Clause], i: int, here: int) -> bool:
    """ "Jämfört med budgeten, 1 000 000 kr, är det …": the amount alone right after the comparison names its noun."""
    if i != here - 1 or text[clauses[here].start : clauses[here].end].replace("#", "").strip():
        return False
    adjunct = text[clauses[i].start : clauses[i].end]
    return any(NOUN_CUE_RE.search(adjunct, c.start, c.end) for c in find_cues(adjunct))


def _qualified(cues: list[Cue], text: str) -> list[Cue]:
    """`cues` with a noun that a stronger qualifier stands right before ("Den prognostiserade kostnaden") replaced
    by the qualifier: the noun phrase is one, and the qualifier says which figure it is."""
    out: list[Cue] = []
    for c in cues:
        if out and c.rank == NOUN and out[-1].rank > NOUN and not text[out[-1].end : c.start].strip():
            continue
        out.append(c)
    return out


def _subject_of_comparison(text: str, cues: list[Cue], clause_start: int, at: int) -> Cue | None:
    """The figure a comparison at `at` is said of: the first cue of its own clause before it that is no
    comparison ("Kostnaden blev lägre än väntat": the cost; "Underskottet blev större": the deficit); with none
    ("…men blev dyrare"), what it came to."""
    return next(
        (
            c
            for c in cues
            if clause_start <= c.start
            and c.end <= at
            and (c.role != "avvikelse" or _ONE_NOUN_RE.fullmatch(text, c.start, c.end))
        ),
        None,
    )


def compared_figure(text: str, cues: list[Cue], clauses: list[Clause], start: int) -> Cue | None:
    """ "Kostnaderna blev lägre än väntat: X": the amount after a colon that closes a comparison of what a
    thing became is that thing's figure (`_subject_of_comparison`), the outcome when nothing else is named."""
    m = _COMPARED_THEN_FIGURE_RE.search(text, 0, start)
    if m is None:
        return None
    subject = _subject_of_comparison(text, cues, clauses[clause_at(clauses, m.start())].start, m.start())
    return subject or Cue("utfall", m.start("comparative"), m.end("comparative"), DEVIATION)


def in_sentence(text: str, start: int, end: int, others: list[tuple[int, int]]) -> tuple[Cue | None, str]:
    """The cue that decides within the sentence, and whether it was the
    amount's own nearest word ("cue") or its clause's frame ("clause")."""
    cues = [c for c in _same_bracket(text, find_cues(text), start) if not SHARE_BASE_RE.search(text, 0, c.start)]
    clauses = split_clauses(text, cues)
    here = clause_at(clauses, start)

    def cues_in(clause: Clause) -> list[Cue]:
        return [c for c in cues if clause.start <= c.start < clause.end]

    appositive = _apposition_verb(text, clauses, here, cues_in, others)
    if appositive:
        return appositive, "clause"
    compared = compared_figure(text, cues, clauses, start)
    if compared:
        return compared, "clause"
    i, copula = here, None
    total_line = clauses[here].label and bool(_TOTAL_LABEL_RE.match(text, clauses[here].start))
    sibling_labels = clauses[here].label and not total_line
    while i >= 0:
        if i < here and _comparison_adjunct(text, clauses[i], others) and not _appositive_after(text, clauses, i, here):
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
        if i < here and total_line and _labels_own_figure(text, inside, others):
            # "Beviljat 32 000 kr / Hyra X / Mat Y / Totalt Z": a total sums the lines above it, not the
            # figure a label line before them names (the grant is its own line's, not the sum's)
            break
        if i < here:
            inside = [product_cue(text, c) or c for c in inside]
        if i < here:  # an earlier clause: its last cue (not a bare copula) is the one that carries over,
            # unless a deviation noun or a frame that makes its amounts no figure holds the clause ("Den
            # största avvikelsen finns inom försörjningsstöd, X", "Störst bidrag går till Kulissen, X"); a
            # deviation's comparison does not carry ("översteg den kalkyl som styrelsen godkände, X")
            governing = [
                c
                for c in inside
                if c.rank == DEVIATION and (c.role == "annat" or _ONE_NOUN_RE.fullmatch(text, c.start, c.end))
            ]
            inside = governing[-1:] or _qualified([c for c in inside if c.rank > COPULA], text)[-1:] or inside[-1:]
        # "hade en budget på X och slutade på Y": a copula does not continue a cue held by another amount
        cue = _best(text, inside, start, end, others, strict=copula is not None)
        if cue and cue.rank == COPULA and i == here:
            # "Budgetavvikelsen blev negativ och uppgick till X": a bare
            # "uppgick till" continues the subject of the clause before.
            copula = cue
        elif cue and i < here and cue.role == "avvikelse" and _COMPARATIVE_RE.match(text, cue.start):
            # "Kostnaden blev lägre än väntat, ca 180 000 kr": the amount after the
            # comparison restates the subject's figure, not the difference.
            subject = _subject_of_comparison(text, cues, clauses[i].start, cue.start)
            return subject or Cue("utfall", cue.start, cue.end, cue.rank), "clause"
        elif cue and (copula is None or cue.rank > COPULA):
            return cue, "cue" if i == here and cue.rank <= NOUN else "clause"
        if clauses[i].contrast:
            break
        # "… 3 600 kr\nDatorer, begagnade 14 400 kr": past its own line's label the walk is among sibling lines
        sibling_labels = sibling_labels or (clauses[i].label and not total_line)
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
