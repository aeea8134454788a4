"""Snippets: the best matching section of a hit, matched words marked.

Pure over plain data: sections as (key, label, text, page) and the query's
terms as the analyzers produce them (stemmed and accent-folded).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bilagor.extractor.text import fold
from bilagor.index.search.analysis import stemmed_analyzer

NAME_SECTIONS = frozenset({"projektnamn", "insats"})
MARK_START = "**"
MARK_END = "**"

_MARKED_RE = re.compile(f"{re.escape(MARK_START)}(.+?){re.escape(MARK_END)}")


def unmarked(snippet: str) -> str:
    """A snippet as plain text, its matched words unmarked (for a spreadsheet's cell)."""
    return _MARKED_RE.sub(r"\1", snippet)


_STEMMED = stemmed_analyzer()
# Folding is Unicode normalisation, character by character; a hit's sections
# repeat the same words, and every search folds them again.
_fold = lru_cache(maxsize=100_000)(fold)


@dataclass
class Snippet:
    section: str | None  # section key
    label: str | None
    page: int | None
    text: str  # matched words between MARK_START and MARK_END
    index: int | None = None  # the section's place in the list it was chosen from


def match_spans(text: str, stemmed_terms: set[str], folded_terms: set[str]) -> tuple[list[tuple[int, int]], set[str]]:
    """Character spans of words in `text` that match a query term, and which terms matched.

    Analyses in query mode (no compound lexicon, so the search path stays
    fast); a compound matches when a query term of 4+ letters is inside it,
    as "belysning" is inside "trygghetsbelysning".
    """
    terms = {fold(t) for t in stemmed_terms | folded_terms}
    long_terms = [t for t in terms if len(t) >= 4]
    spans: set[tuple[int, int]] = set()
    matched: set[str] = set()
    for token in _STEMMED(text, mode="query", chars=True, positions=True):
        word = _fold(text[token.startchar : token.endchar].lower())
        hits = {t for t in (_fold(token.text), word) if t in terms}
        hits.update(t for t in long_terms if t in word)
        if hits:
            spans.add((token.startchar, token.endchar))
            matched.update(hits)
    return sorted(spans), matched


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def render(text: str, spans: list[tuple[int, int]], width: int = 200) -> str:
    """A window of about `width` characters around the first match, matches marked."""
    spans = _merge(spans)
    first = spans[0][0] if spans else 0
    start = max(0, first - width // 3)
    if start:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 and start - space < 30 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.find(" ", end)
        end = space if 0 <= space < end + 30 else end
    pieces, cursor = [], start
    for s, e in spans:
        if s < start or e > end:
            continue
        pieces.append(text[cursor:s])
        pieces.append(f"{MARK_START}{text[s:e]}{MARK_END}")
        cursor = e
    pieces.append(text[cursor:end])
    body = re.sub(r"\s+", " ", "".join(pieces)).strip()
    return ("… " if start > 0 else "") + body + (" …" if end < len(text) else "")


def best_snippet(
    sections: list[tuple[str, str, str, int]],
    stemmed_terms: set[str],
    folded_terms: set[str],
    *,
    only_section: str | None = None,
    width: int = 200,
) -> Snippet:
    """The section matching most distinct query terms (then not the name, then most matches), rendered."""
    best = None
    for index, (key, label, text, page) in enumerate(sections):
        if not text or (only_section and key != only_section):
            continue
        spans, matched = match_spans(text, stemmed_terms, folded_terms)
        # The project name is already shown with each hit: prefer a section that says more.
        rank = (len(matched), key not in NAME_SECTIONS, len(spans))
        if best is None or rank > best[0]:
            best = (rank, key, label, text, page, spans, index)
    if best is None:
        return Snippet(None, None, None, "")
    _, key, label, text, page, spans, index = best
    return Snippet(key, label, page, render(text, spans, width), index)
