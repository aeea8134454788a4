"""Figures of an earlier period than the report's ("Förra året kostade …", "Sedan 2019 har …"): pure
functions over a (masked) sentence and the text before it."""

from __future__ import annotations

import re

from bilagor.extractor.entities.role_clauses import BRACKET_RE, clause_at, split_clauses
from bilagor.extractor.entities.role_context import context_role, previous_sentence
from bilagor.extractor.entities.role_cues import find_cues
from bilagor.extractor.entities.role_stage import earlier_period

# "Sedan 2019 har …": a sum over earlier years
_SINCE_YEAR_RE = re.compile(r"(?<![\wåäö])sedan\s+(?:år\s+)?(?:19|20)\d\d(?![\wåäö])", re.IGNORECASE)
# "…, innan vi fick stöd": a time clause after the amount's own
_WHEN_BEFORE_RE = re.compile(r"\s*innan(?![\wåäö])", re.IGNORECASE)
_NOW_RE = re.compile(r"(?<![\wåäö])(?:i\s+år|i\s+dag|hittills|nu)(?![\wåäö])", re.IGNORECASE)
_HAS_FIGURE_RE = re.compile(r"\d")


def beside_current(text: str, spans: tuple[tuple[int, int], ...], role: str, context: str | None) -> bool:
    """The sentence also holds this year's figure ("… förra året och har i år fått Y"), or the sentence
    before states a figure of the same role."""
    if len(spans) > 1 and _NOW_RE.search(text):
        return True
    return _previous_states(role, context)


def since_earlier_year(text: str, role: str, context: str | None) -> bool:
    """A sum over the years since an earlier one, after a sentence that states this year's figure of
    the same role ("Utfallet för 2023 blev X. Sedan 2019 har Y investerats")."""
    return bool(_SINCE_YEAR_RE.search(text)) and _previous_states(role, context)


def _previous_states(role: str, context: str | None) -> bool:
    """The sentence before the amount's states a figure of `role`."""
    previous = previous_sentence(context)
    return bool(_HAS_FIGURE_RE.search(previous)) and context_role(previous) == role


def of_earlier_period(text: str, span: tuple[int, int]) -> bool:
    """The amount's clause, or a clause it continues, names an earlier period ("Förra året kostade …")."""
    clauses = split_clauses(text, find_cues(text))
    here = clause_at(clauses, span[0])
    if _NOW_RE.search(text, clauses[here].start, clauses[here].end):
        return False  # "… förra året och har i år fått Y": this clause says now
    first = here
    while first > 0 and not clauses[first].contrast:
        first -= 1
    last = here + 1 if here + 1 < len(clauses) and _WHEN_BEFORE_RE.match(text, clauses[here + 1].start) else here
    # "Årets utfall X (föregående år Y)": a bracket's period is the bracket's own
    unbracketed = BRACKET_RE.sub(lambda m: m.group() if m.start() <= span[0] < m.end() else " " * len(m.group()), text)
    return earlier_period(unbracketed, clauses[first].start, clauses[last].end)
