"""The documents a Whoosh query matches, as a set of doc numbers, without scoring.

Facets and totals count every match. Whoosh's `docs_for_query` walks the
query's matcher tree one document at a time in Python (union and
intersection matchers, 10-150 ms on 10 000 reports); the same matches as set
operations over each term's postings take a few milliseconds. Node types
this module does not know are asked for their documents the Whoosh way, so
the result is always Whoosh's own.
"""

from __future__ import annotations

from whoosh import query as wq
from whoosh.query.wrappers import ConstantScoreQuery, WeightingQuery

from bilagor.index.search._whoosh_internals import compiled_numeric_range, posting_ids

# Wrappers that change scores but not which documents match.
_SCORE_ONLY_WRAPPERS = (ConstantScoreQuery, WeightingQuery)


def matching_docnums(searcher, q: wq.Query) -> set[int]:
    """Doc numbers (of the searcher's whole reader) of every document `q` matches."""
    return _docs(searcher, searcher.reader(), q)


def _docs(searcher, reader, q: wq.Query) -> set[int]:
    kind = type(q)
    if kind is wq.Term:
        return _postings(reader, q.fieldname, q.text)
    if kind in (wq.Or, wq.DisjunctionMax):
        found: set[int] = set()
        for sub in q.subqueries:
            found |= _docs(searcher, reader, sub)
        return found
    if kind is wq.And:
        excluded = [sub.query for sub in q.subqueries if type(sub) is wq.Not]
        required = [sub for sub in q.subqueries if type(sub) is not wq.Not]
        if not required:  # only NOTs (or nothing): Whoosh's own way
            return set(searcher.docs_for_query(q)) if excluded else set()
        parts = sorted((_docs(searcher, reader, sub) for sub in required), key=len)
        found = parts[0].intersection(*parts[1:])
        for sub in excluded:  # "a NOT b": a's documents without b's
            found -= _docs(searcher, reader, sub)
        return found
    if kind is wq.AndNot:
        return _docs(searcher, reader, q.a) - _docs(searcher, reader, q.b)
    if kind is wq.AndMaybe:  # the optional part only adds to the score
        return _docs(searcher, reader, q.a)
    if kind is wq.Require:
        return _docs(searcher, reader, q.a) & _docs(searcher, reader, q.b)
    if kind in _SCORE_ONLY_WRAPPERS:
        return _docs(searcher, reader, q.child)
    if isinstance(q, type(wq.NullQuery)):
        return set()
    if kind in (wq.NumericRange, wq.DateRange):
        return _docs(searcher, reader, compiled_numeric_range(q, reader))
    if isinstance(q, wq.MultiTerm):  # prefix, wildcard, term range ...: the union of its terms' postings
        found = set()
        for fieldname, btext in q.expanded_terms(reader):
            if btext:  # as MultiTerm.matcher: an empty term matches nothing
                found |= _postings(reader, fieldname, btext)
        return found
    return set(searcher.docs_for_query(q))


def _postings(reader, fieldname: str, text) -> set[int]:
    """The documents holding one term (deleted ones left out), as Term.matcher finds them."""
    if fieldname not in reader.schema:
        return set()
    try:
        btext = reader.schema[fieldname].to_bytes(text)
    except ValueError:
        return set()
    found: set[int] = set()
    for leaf, offset in reader.leaf_readers():  # segment by segment: its postings come in blocks
        if (fieldname, btext) in leaf:
            ids = posting_ids(leaf.postings(fieldname, btext))
            found.update(ids if offset == 0 else (i + offset for i in ids))
    return found
