"""Scoring and printing shared by the judged search query sets (search_heldout*.py, search_tuning*.py).

A judged set is a list of (query, filters, relevant keys, class); `score` runs each query against an
archive and gives recall@10 and the reciprocal rank of the first relevant hit, `per_class` the means
per class, and `main` prints them (with --misses, each imperfect query too; for burned sets only).
"""

from __future__ import annotations


def build_archive(folder, rows):
    """The reports of search_corpus-style `rows`, stored in `folder`; returns key -> report."""
    import search_corpus

    from bilagor.index.archive import Archive

    reports = search_corpus.corpus_reports(rows)
    with Archive.open(folder, writable=True) as archive:
        archive.add(reports.values())
    return reports


def score(archive, key_of, judged, misses=None):
    """Per query (query, class, recall@10, reciprocal rank), and the means.

    A query the search refuses (QueryError) finds nothing. With a `misses` list, each query that is not perfect is appended to it as
    (query, filters, ranked keys, relevant keys not in the top 10).
    """
    from bilagor.extractor.errors import QueryError

    rows = []
    for query, filters, relevant, kind in judged:
        try:
            ranked = [key_of[h.id] for h in archive.search(query, limit=10, **filters).hits]
        except QueryError as refused:  # a filter or query the search does not accept finds nothing
            ranked = [f"(refused: {refused})"]
        recall = len(relevant & set(ranked)) / min(len(relevant), 10)
        first = next((i for i, key in enumerate(ranked, 1) if key in relevant), None)
        rows.append((query, kind, recall, 1 / first if first else 0.0))
        if misses is not None and (recall < 1 or first != 1):
            misses.append((query, filters, ranked, sorted(relevant - set(ranked))))
    recall = sum(r[2] for r in rows) / len(rows)
    mrr = sum(r[3] for r in rows) / len(rows)
    return rows, recall, mrr


def per_class(rows, classes) -> dict[str, tuple[int, float, float]]:
    """Class -> (queries, mean recall@10, MRR), for each of `classes` in order."""
    out = {}
    for kind in classes:
        part = [r for r in rows if r[1] == kind]
        n = len(part)
        out[kind] = (n, sum(r[2] for r in part) / n if n else 0.0, sum(r[3] for r in part) / n if n else 0.0)
    return out


def print_misses(misses) -> None:
    """One block per query that is not perfect: what ranked, and which relevant reports are not in the top 10."""
    for query, filters, ranked, missing in misses:
        print(f"MISS {query!r} {filters or ''}")
        print(f"     ranked:  {', '.join(ranked) or '-'}")
        print(f"     missing: {', '.join(missing) or '-'}")


def main_by_half(build, halves, classes, *, keep_held_out=False) -> None:
    """`main` over `halves[--half]` (all, dev or keep; all by default). While the keep half is held out
    (`keep_held_out`), its misses are never listed, nor those of the whole set that holds it."""
    import sys

    args = sys.argv[1:]
    half = args[args.index("--half") + 1] if "--half" in args else "all"
    if half not in halves:
        raise SystemExit(f"--half takes one of {', '.join(halves)}, not {half!r}")
    main(build, halves[half], classes, allow_misses=not keep_held_out or half == "dev")


def main(build, judged, classes, *, allow_misses=True) -> None:
    """Build the set's archive with `build(folder)`, score `judged` and print the figures per class and in all.

    With --misses on the command line (and `allow_misses`: burned sets only), each imperfect query first.
    """
    import sys
    import tempfile

    from bilagor.index.archive import Archive

    misses = [] if allow_misses and "--misses" in sys.argv[1:] else None
    with tempfile.TemporaryDirectory() as folder:
        key_of = {r.id: key for key, r in build(folder).items()}
        with Archive.open_for_reading(folder) as archive:
            rows, recall, mrr = score(archive, key_of, judged, misses)
    if misses:
        print_misses(misses)
    for kind, (n, class_recall, class_mrr) in per_class(rows, classes).items():
        print(f"{kind:<9} {n:3d} queries: recall@10 {class_recall:.3f}, MRR {class_mrr:.3f}")
    print(f"all       {len(rows):3d} queries: recall@10 {recall:.3f}, MRR {mrr:.3f}")
