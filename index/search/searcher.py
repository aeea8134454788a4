"""Library search API: `search(archive, query, ...)` -> SearchResults.

Whoosh finds and ranks report ids; everything displayed (project, district,
section texts for the snippet) comes from the RecordStore.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Unpack

from whoosh import query as wq
from whoosh import sorting

from bilagor.extractor.errors import QueryError
from bilagor.index.archive import Archive
from bilagor.index.filters import SearchFilters, check_export_sort
from bilagor.index.search.docsets import matching_docnums
from bilagor.index.search.query import (
    FOLDED_FIELDS,
    STEMMED_FIELDS,
    ParsedQuery,
    all_but_one,
    build_query,
    relaxed,
    word_labels,
    word_queries,
)
from bilagor.index.search.relaxed import split_relaxed
from bilagor.index.search.schema import NO_YEAR, indexed_orgs, indexed_sections, is_section_field, section_term
from bilagor.index.search.snippets import MARK_END, MARK_START, best_snippet

SORTS = ("relevance", "year")


@dataclass
class SearchHit:
    id: str
    path: str
    filename: str
    score: float | None  # None when sorted by year
    title: str | None
    project: str | None
    year: int | None
    district: str | None
    stage: str | None
    section: str | None  # key of the section the snippet comes from
    section_label: str | None
    page: int | None
    snippet: str  # matched words marked **like this**
    year_source: str | None = None  # "metadata": the year is the PDF's creation date, uncertain
    # The snippet's section's place in the record's sections (0-based): the report page's anchor #section-N.
    section_index: int | None = None
    file_number: str | None = None  # the diarienummer, shown beside the year and stage

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class SearchResults:
    query: str | None
    total: int
    hits: list[SearchHit]
    facets: dict[str, dict[str, int]] = field(default_factory=lambda: {"year": {}, "district": {}})
    # No report had every word: `total` counts the reports holding `key_word` (bilagor.index.search.relaxed),
    # `also` those holding only other words, shown after them; `words` is each word's count of reports.
    relaxed: bool = False
    partial: int = 0  # of `total`, the reports holding all the words but one (after those with every word)
    also: int = 0
    words: dict[str, int] = field(default_factory=dict)
    key_word: str | None = None
    highlight: tuple[str, str] = (MARK_START, MARK_END)
    notes: list[str] = field(default_factory=list)  # field values in the query that name nothing known

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "total": self.total,
            "hits": [h.to_dict() for h in self.hits],
            "facets": self.facets,
            "relaxed": self.relaxed,
            "partial": self.partial,
            "also": self.also,
            "words": self.words,
            "key_word": self.key_word,
            "counts": count_meanings(self),
            "highlight": list(self.highlight),
            "notes": self.notes,
        }


def count_meanings(results: SearchResults) -> dict[str, str]:
    """What `total`, `partial` and `also` count, for a reader of the JSON."""
    if results.relaxed:
        return {
            "total": f"rapporter som innehåller '{results.key_word}' (frågans ovanligaste ord bland de bästa träffarnas)",
            "also": "rapporter som bara innehåller andra av orden; de visas efter",
            "facets": "räknar samma rapporter som total",
        }
    return {
        "total": "rapporter som innehåller alla orden" + (" eller alla utom ett (partial)" if results.partial else ""),
        "facets": "räknar samma rapporter som total",
    }


def empty_results(query: str | None) -> SearchResults:
    return SearchResults(query, 0, [])


def _query_terms(q, reader) -> tuple[set[str], set[str]]:
    """The index terms the query matched, split into stemmed and folded ones.

    (Whoosh's own Query.existing_terms skips fields after the first one.)
    """
    stemmed: set[str] = set()
    folded: set[str] = set()
    for leaf in q.leaves():
        for fieldname, text in leaf.expanded_terms(reader, phrases=True):
            is_folded = fieldname in FOLDED_FIELDS
            if not (is_folded or fieldname in STEMMED_FIELDS or is_section_field(fieldname)):
                continue  # numeric and keyword fields are not highlighted
            text = text.decode("utf-8") if isinstance(text, bytes) else text
            if (fieldname, text.encode("utf-8")) in reader:
                (folded if is_folded else stemmed).add(text)
    return stemmed, folded


def _facet_counts(reader, column: str, docnums: list[int], missing: Any = None) -> dict[str, int]:
    """How many of `docnums` have each value of a sortable column, most first (`missing` is no value).

    Counted segment by segment: a segment where no report has the value (no
    district, say) has no column, and Whoosh's multi-segment column reader
    then reads the other segments' values at wrong offsets.
    """
    docnums = sorted(docnums)
    counts: Counter = Counter()
    for leaf, offset in reader.leaf_readers():
        first = bisect_left(docnums, offset)
        last = bisect_left(docnums, offset + leaf.doc_count_all())
        if first == last or not leaf.has_column(column):
            continue
        values = leaf.column_reader(column)
        counts.update(values[d - offset] for d in docnums[first:last])
    cleaned = {str(k): n for k, n in counts.items() if k not in (None, "", b"", missing)}
    return dict(sorted(cleaned.items(), key=lambda kv: (-kv[1], kv[0])))


def search(
    archive: Archive | str | Path | None,
    query: str | None,
    *,
    sort: str = "relevance",
    limit: int | None = 10,
    offset: int = 0,
    org_facet: bool = False,
    **filters: Unpack[SearchFilters],
) -> SearchResults:
    """Search an archive (an open Archive or its folder) and return ranked hits with facets.

    query uses Whoosh syntax with Swedish field names (see bilagor.index.search.query);
    filters (bilagor.index.filters.SearchFilters): year is 2018 or "2016-2019";
    district matches case/accent-insensitively and includes the districts it
    replaced; org matches canonical names or part of one; section restricts the
    text search to one section; sort is relevance or year
    (newest first); limit is the number of hits ranked (facets count all);
    offset leaves out that many of the first ones (a later page): their
    snippets are not made. org_facet adds facets["org"]: how many of the matches
    name each organisation (the 20 most named; none when the search was relaxed,
    whose matches hold only some of the words).
    """
    if not isinstance(archive, Archive):
        with Archive.open_for_reading(archive) as opened:
            return search(opened, query, sort=sort, limit=limit, offset=offset, org_facet=org_facet, **filters)
    if sort not in SORTS:
        raise QueryError(f"--sort '{sort}': välj relevance eller year")
    if limit is not None and limit < 1:
        raise QueryError(f"--limit {limit}: ange ett positivt tal")
    if offset < 0:
        raise QueryError(f"offset {offset}: ange noll eller ett positivt tal")
    index = archive.search_index
    if not index.exists():
        return empty_results(query)
    with index.searcher() as searcher:
        parsed = parse_query(searcher, query, **filters)
        sortedby = _year_sort() if sort == "year" else None
        ranked, docnums = _run(searcher, parsed, limit, sortedby)
        partial = 0
        relaxed_query = relaxed(parsed) if not docnums else None
        split, also, words, labels = None, 0, {}, []
        if relaxed_query is not None:  # no report has every word: those holding the key word, then the rest
            word_docs = [matching_docnums(searcher, _filtered(word, parsed)) for word in word_queries(parsed)]
            split = split_relaxed(word_docs)
            if split is not None:
                labels = word_labels(parsed)
                words = dict(zip(labels, (len(docs) for docs in word_docs)))
                ranked, all_docnums = _run_relaxed(searcher, relaxed_query, split, limit, sortedby)
                docnums = sorted(split.headline)
                also = len(all_docnums) - len(docnums)
                parsed = relaxed_query
            else:
                relaxed_query = None
        elif (near := all_but_one(parsed)) is not None:
            # Reports holding all the words but one, after those with every word ("bilister kör för fort"
            # for "bilar kör för fort"); counted always, so the total is the same on every page.
            near_ranked, near_docnums = _run(searcher, near, limit, sortedby)
            added = set(near_docnums) - set(docnums)
            if added:
                shown = {report_id for report_id, _ in ranked}
                ranked = (ranked + [hit for hit in near_ranked if hit[0] not in shown])[:limit]
                docnums, partial = sorted(set(docnums) | added), len(added)
        facets = {
            # year_sort, not year: a report without a year has the explicit NO_YEAR there, where the year
            # column holds Whoosh's default (read as 2**31 - 1) beside dated reports of its segment.
            "year": _facet_counts(searcher.reader(), "year_sort", docnums, missing=NO_YEAR),
            "district": _facet_counts(searcher.reader(), "district_name", docnums),
        }
        if org_facet:
            from bilagor.index.search.facets import organisation_counts, stored_ids

            facets["org"] = organisation_counts(archive, stored_ids(searcher.reader(), docnums))
        stemmed, folded = _query_terms(parsed.query, searcher.reader())
    hits = [_hit(archive, report_id, score, stemmed, folded, parsed.section) for report_id, score in ranked[offset:]]
    return SearchResults(
        query,
        len(docnums),
        [h for h in hits if h is not None],
        facets,
        relaxed=relaxed_query is not None,
        partial=partial,
        also=also,
        words=words,
        key_word=labels[split.key_word] if split is not None and split.key_word < len(labels) else None,
        notes=parsed.notes,
    )


def _run(searcher, parsed, limit, sortedby) -> tuple[list[tuple[str, float | None]], list[int]]:
    """The top hits (id, score) and the doc numbers of every match."""
    results = searcher.search(parsed.query, filter=parsed.filter, limit=limit, sortedby=sortedby)
    # Sorted by year, Whoosh's hit.score is the sort key, not a relevance score.
    ranked = [(hit["id"], float(hit.score or 0.0) if sortedby is None else None) for hit in results]
    # Facets count every match: collect matching doc numbers without scoring
    # them (much cheaper than Whoosh's grouped search or docs_for_query).
    return ranked, sorted(matching_docnums(searcher, _filtered(parsed.query, parsed)))


def _year_sort() -> list:
    """Newest first, then by score."""
    return [sorting.FieldFacet("year_sort", reverse=True), sorting.ScoreFacet()]


def _filtered(q, parsed):
    return wq.And([q, parsed.filter]) if parsed.filter else q


def _run_relaxed(searcher, parsed, split, limit, sortedby) -> tuple[list[tuple[str, float | None]], list[int]]:
    """As _run, for a query whose words are OR-ed (`parsed`): the reports holding the key word
    first, then the others; within each, those holding more of the words first, then by score
    (or by year, when sorted by year)."""
    results = searcher.search(parsed.query, filter=parsed.filter, limit=None, sortedby=sortedby)

    def order(hit) -> tuple:
        outside = hit.docnum not in split.headline
        if sortedby is not None:  # stable: by year within each group
            return (outside,)
        return (outside, -split.words_held[hit.docnum], -float(hit.score or 0.0))

    ordered = sorted(results, key=order)
    ranked = [(hit["id"], float(hit.score or 0.0) if sortedby is None else None) for hit in ordered[:limit]]
    return ranked, sorted(hit.docnum for hit in results)


def _hit(
    archive: Archive, report_id: str, score: float | None, stemmed: set[str], folded: set[str], only_section: str | None
) -> SearchHit | None:
    row = archive.records.hit_facts(report_id)
    if row is None:  # removed from the records after the index was read
        return None
    sections = [
        (section_term(s["key"]), s["label"], s["text"], s["page"]) for s in archive.records.sections_of(report_id)
    ]
    snippet = best_snippet(sections, stemmed, folded, only_section=only_section)
    return SearchHit(
        id=report_id,
        path=archive.live_path(report_id) or row["path"] or "",
        filename=row["filename"],
        score=None if score is None else round(score, 4),
        title=row["title"],
        project=row["project"],
        year=row["year"],
        district=row["district"],
        stage=row["stage"],
        section=snippet.section,
        section_label=snippet.label,
        page=snippet.page,
        snippet=snippet.text,
        year_source=row["year_source"],
        section_index=snippet.index,
        file_number=row["file_number"],
    )


def ranked_matches(
    archive: Archive, query: str | None, *, sort: str = "relevance", **filters: Unpack[SearchFilters]
) -> list[SearchHit]:
    """Every report matching the query and filters, each with the passage it matches best: the
    relevance order of `search` (year: newest first; id: by id), but never relaxed, the same
    reports as matching_ids. For `bilagor export --per-report`."""
    check_export_sort(sort)
    index = archive.search_index
    if not index.exists():
        return []
    with index.searcher() as searcher:
        parsed = parse_query(searcher, query, **filters)
        sortedby = _year_sort() if sort == "year" else None
        ranked, _ = _run(searcher, parsed, None, sortedby)
        stemmed, folded = _query_terms(parsed.query, searcher.reader())
    if sort == "id":
        ranked.sort(key=lambda item: item[0])
    hits = (_hit(archive, report_id, score, stemmed, folded, parsed.section) for report_id, score in ranked)
    return [hit for hit in hits if hit is not None]


def matching_ids(archive: Archive, query: str | None = None, **filters: Unpack[SearchFilters]) -> list[str]:
    """Every matching report id (no limit), best first."""
    index = archive.search_index
    if not index.exists():
        return []
    with index.searcher() as searcher:
        parsed = parse_query(searcher, query, **filters)
        results = searcher.search(parsed.query, filter=parsed.filter, limit=None)
        return [hit["id"] for hit in results]


def parse_query(searcher, query: str | None, **filters: Unpack[SearchFilters]) -> ParsedQuery:
    """The query and filters as Whoosh queries against this searcher's index: the one parse
    every search, id listing and facet count uses (raises QueryError)."""
    reader = searcher.reader()
    return build_query(
        searcher.schema,
        query,
        **filters,
        known_sections=indexed_sections(reader),
        known_orgs=indexed_orgs(reader),
        reader=reader,
    )
