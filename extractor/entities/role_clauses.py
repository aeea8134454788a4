"""A sentence cut into clauses at commas, semicolons, linking words and a form's
next "Label: amount": the units `roles` reads cues in. Pure functions over a
(masked) sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bilagor.extractor.entities.role_cues import COPULA, FRAME, NOUN_CUE_RE, Cue, find_cues

# Linking words that open a new clause. Contrast ones stop inheritance.
# "av" is a contrast only where an amount follows soon ("förbrukats av beviljade
# 2 mnkr"), not in "ljussättningen av tunneln" or "förklaras av att".
_CONTRAST = (
    # "jämfört med april" compares in time, within one clause.
    r"jämfört\s+med(?!\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
    r"|föregående|förra|fjol|i\s+fjol|året|tertial|delår|[12]\d{3})(?![\wåäö]))|jämfört(?!\s+med)|mot|än|av(?=\s+(?:(?:de|den|det|totalt|sammanlagt|[\wåäö]+(?:ade|ta|da|na))\s+){0,3}#)"
    # "X av årets budget om Y förbrukats": a whole named with its own amount
    r"|av(?=\s+(?:(?:de|den|det|[\wåäö]+s|[\wåäö]+(?:ade|ta|da|na))\s+){0,2}[\wåäö]+\s+(?:om|på)\s+#)"
    r"|men|medan|till\s+skillnad\s+från"
)
_JOIN = r"och|samt|vilket|varav|respektive|resp\."
# A form's next "Label: amount" starts where a capitalised word follows an amount
# ("Kalkyl: 560 tkr Slutlig kostnad: 548 tkr", lines joined or not, or "… / Använt: …"): its own clause.
_LABEL = (
    r"(?<=#)\s*(?:[/|]\s*)?\s(?=(?-i:[A-ZÅÄÖ]))"
    # ... or a line "Label: amount" under a heading line ("Ekonomiskt utfall\nBeviljat: 12 tkr"): the heading
    # carries down to a label line without a word of its own, never over the label's own word
    r"|(?<=[^\s#,;:])[ \t]*\n(?=[^\n:#]{2,40}:[ \t]*(?:(?:ca|cirka|c:a)\s+)?#)"
)
_BOUNDARY_RE = re.compile(
    rf"(?P<punct>[,;])|(?P<label>{_LABEL})|(?<![\wåäö])(?:(?P<contrast>{_CONTRAST})|(?P<join>{_JOIN}))(?![\wåäö])",
    re.IGNORECASE,
)
# "ett belopp av X", "till ett värde av X": "av" binding an amount to its measure noun.
_MEASURE_BEFORE_RE = re.compile(r"(?<![\wåäö])(?:belopp|beloppet|summa|summan|värde|värdet)\s+$", re.IGNORECASE)
# "individ- och familjeomsorgen": a shared compound part, not a new clause.
_HYPHEN_BEFORE_RE = re.compile(r"[\wåäö]-\s*$")


# A bracket is a clause of its own ("uppgick till X (beviljat Y)").
BRACKET_RE = re.compile(r"\([^()]*\)")


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    contrast: bool  # opened by a contrast word: does not inherit
    label: bool = False  # opened by a form's next "Label: amount": inherits no other label's role


def split_clauses(text: str, cues: list[Cue]) -> list[Clause]:
    clauses: list[Clause] = []
    start, contrast, label = 0, False, False
    for m in _BOUNDARY_RE.finditer(text):
        if any(c.start <= m.start() < c.end for c in cues):
            continue  # "avvikelse mot budget" is one cue, not two clauses
        if m.group("join") and _HYPHEN_BEFORE_RE.search(text, 0, m.start()):
            continue
        if m.group("join") and _joins_nouns(text, cues, start, m):
            continue
        if m.group("contrast") and _MEASURE_BEFORE_RE.search(text, 0, m.start()):
            continue  # "ett sammanlagt belopp av X": the amount measures its noun, no contrast
        clauses.append(Clause(start, m.start(), contrast, label))
        start = m.end() if m.group("punct") or m.group("label") else m.start()
        contrast, label = bool(m.group("contrast")), bool(m.group("label"))
    clauses.append(Clause(start, len(text), contrast, label))
    return clauses


def clause_at(clauses: list[Clause], pos: int) -> int:
    """The index of the clause holding `pos` (an empty clause holds its start), else the last."""
    return next((i for i, c in enumerate(clauses) if c.start <= pos < max(c.end, c.start + 1)), len(clauses) - 1)


_NOUN_JOIN_RE = re.compile(r"och|samt", re.IGNORECASE)


def _joins_nouns(text: str, cues: list[Cue], start: int, join: re.Match) -> bool:
    """ "Budgetavvikelsen för förskolan och fritidsgårdarna beräknas till X": an "och" after a subject
    with neither a verb nor an amount yet joins two nouns, not two clauses."""
    if not _NOUN_JOIN_RE.fullmatch(join.group()) or "#" in text[start : join.start()]:
        return False
    verbs = (c for c in cues if c.rank == COPULA or (c.rank >= FRAME and not NOUN_CUE_RE.search(text, c.start, c.end)))
    return not any(start <= c.start < join.start() for c in verbs)


def _mask(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """Blank out amounts so "tre och en halv miljon" splits no clause."""
    chars = list(text)
    for s, e in spans:
        chars[s:e] = "#" * (e - s)
    return "".join(chars)


def amount_clause(sentence: str, spans: Sequence[tuple[int, int]], span: tuple[int, int]) -> tuple[str, int, int]:
    """The sentence with its amounts masked and the bounds of the clause holding the amount at `span`: the whole
    sentence when it has one amount."""
    text = _mask(sentence, spans)
    if len(spans) < 2:
        return text, 0, len(text)
    clauses = split_clauses(text, find_cues(text))
    clause = clauses[clause_at(clauses, span[0])]
    return text, clause.start, clause.end
