"""What a verb of ending says about an amount ("landade på", "slutar på"): pure functions over a (masked)
sentence and the text before it.

A cost that "landade/slutade/stannade/hamnade på X" came to X: the outcome. The same verb in the present
("landar på", "hamnar runt") tells where the cost is heading: a forecast. And a pronoun before the verb
("Den slutade på X") names the thing that ended, the project the sentence before is about, not the budget
that sentence names as its object ("Dansdagen hade en budget på X. Den slutade på Y").
"""

from __future__ import annotations

import re

from bilagor.extractor.entities.role_clauses import clause_at, split_clauses
from bilagor.extractor.entities.role_cues import NOUN_CUE_RE, find_cues

_ENDED_RE = re.compile(r"(?:landade|stannade|slutade|hamnade)(?![\wåäö])", re.IGNORECASE)
# the present tense, before the amount in its clause ("slutkostnaden landar runt X", "landar slutkostnaden på X")
_ENDS_NOW_RE = re.compile(r"(?<![\wåäö])(?:landar|stannar|slutar|hamnar)(?![\wåäö])", re.IGNORECASE)
# words that may stand before a sentence's subject noun ("Den nya budgeten", "Projektets totala kostnad")
_BEFORE_SUBJECT_RE = re.compile(
    r"\s*(?:(?:den|det|de|vår|vårt|våra|hela|nya|totala|ursprungliga|slutliga|[\wåäö]+s)\s+)*", re.IGNORECASE
)


def ends_in_present(text: str, span: tuple[int, int]) -> bool:
    """A verb of ending in the present tense before the amount in its clause."""
    clauses = split_clauses(text, find_cues(text))
    clause = clauses[clause_at(clauses, span[0])]
    return bool(_ENDS_NOW_RE.search(text, clause.start, span[0]))


def ended_verb(text: str, cue_start: int) -> bool:
    """The cue at `cue_start` is a verb of ending in the past ("slutade på")."""
    return bool(_ENDED_RE.match(text, cue_start))


def opens_with_role_noun(sentence: str) -> bool:
    """The sentence's subject is a noun that names a role ("Budgeten var X", "Den nya kalkylen …")."""
    before = _BEFORE_SUBJECT_RE.match(sentence)
    word = re.match(r"[\wåäö]+", sentence[before.end() if before else 0 :])
    # from the word's start: "Programmet" holds "ram" but names no frame
    return word is not None and bool(NOUN_CUE_RE.match(word.group()))
