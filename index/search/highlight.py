"""Which words of a page a query matches: for highlighting a rendered page.

The same terms and the same matching as the search snippets: the query is
parsed by the search's own parse (`parse_query`: with the index's reader, so a
compound no report holds is split, a misspelling corrected and near-terms
added, as for the hits), its index terms are taken from the index, and a word
matches as a snippet word does (stem, accent-folded form, or a 4+ letter term
inside a compound).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from bilagor.index.search.searcher import _query_terms, parse_query
from bilagor.index.search.snippets import match_spans

if TYPE_CHECKING:
    from bilagor.index.archive import Archive


def query_terms(archive: Archive, query: str | None) -> tuple[set[str], set[str]]:
    """The (stemmed, accent-folded) index terms `query` matches; raises QueryError if it does not parse."""
    if not query or not query.strip():
        return set(), set()
    index = archive.search_index
    if not index.exists():
        return set(), set()
    with index.searcher() as searcher:
        # The hits' own parse: one without the reader knows no split compound nor near-term, and a
        # report found for "trygghetskameror" would open with no word marked.
        parsed = parse_query(searcher, query)
        return _query_terms(parsed.query, searcher.reader())


def matching_words(words: Sequence[str], stemmed: set[str], folded: set[str]) -> list[int]:
    """Indexes of the words (a page's words in reading order) that match one of the terms."""
    if not (stemmed or folded) or not words:
        return []
    starts, cursor = [], 0
    for word in words:
        starts.append(cursor)
        cursor += len(word) + 1
    text = " ".join(words)
    spans, _ = match_spans(text, stemmed, folded)
    chosen: set[int] = set()
    index = 0
    for start, end in spans:  # sorted; map each span to the words it overlaps
        while index + 1 < len(starts) and starts[index + 1] <= start:
            index += 1
        position = index
        while position < len(starts) and starts[position] < end:
            chosen.add(position)
            position += 1
    return sorted(chosen)
