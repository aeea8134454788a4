"""Whoosh internals bilagor relies on, in one place: the merge policy, the
segment writer's codec, storage without mmap.

These reach below Whoosh's public API (`_lenfield`, `_cached_reader`,
`W3Codec`, `SegmentReader`); whoosh-reloaded is pinned to 2.7.x for them
(pyproject.toml). Nothing else in bilagor may use Whoosh internals.
"""

from __future__ import annotations

from pathlib import Path

# A merge copies every posting of the merged segments through Python again
# (about as costly as indexing the documents anew), so segments are merged by
# tiers: MERGE_FACTOR segments of one size class become one segment of the
# next, and each document is copied about once per tenfold growth. Whoosh's
# default policy merged the same documents again and again as the index grew
# (17 ms per report at 3 000-10 000 reports against 7 ms at first).
MERGE_FACTOR = 10


def size_class(doc_count: int) -> int:
    """Segments of one size class (10-99, 100-999 ... documents) merge together."""
    tier = 0
    while doc_count >= MERGE_FACTOR:
        doc_count //= MERGE_FACTOR
        tier += 1
    return tier


def segments_to_merge(doc_counts: list[int]) -> list[int]:
    """Indexes of the segments to merge: MERGE_FACTOR of the same size class, smallest class first."""
    by_class: dict[int, list[int]] = {}
    for index, count in enumerate(doc_counts):
        by_class.setdefault(size_class(count), []).append(index)
    for tier in sorted(by_class):
        if len(by_class[tier]) >= MERGE_FACTOR:
            return by_class[tier][:MERGE_FACTOR]
    return []


def merge_by_tiers(writer, segments):
    """Whoosh merge policy: merge one full size class into the segment being written."""
    from whoosh.reading import SegmentReader

    chosen = set(segments_to_merge([segment.doc_count() for segment in segments]))
    for index in sorted(chosen):
        reader = SegmentReader(writer.storage, writer.schema, segments[index])
        writer.add_reader(reader)
        reader.close()
    return [segment for index, segment in enumerate(segments) if index not in chosen]


def unmapped_storage(folder: Path):
    """Whoosh file storage reading with plain reads, not mmap."""
    from whoosh.filedb.filestore import FileStorage

    return FileStorage(str(folder), supports_mmap=False)


class LengthsReader:
    """A segment's per-document reader whose field lengths are read once per field.

    Writing a segment asks the length of the document's field for every
    posting (for the block statistics BM25 uses); Whoosh's reader looks each
    one up in the column file (and stats the file for fields without
    lengths), a third of a commit's time. Same values, from a list.
    """

    def __init__(self, reader):
        self._reader = reader
        self._lengths: dict[str, list | None] = {}

    def __getattr__(self, name):
        return getattr(self._reader, name)

    def doc_field_length(self, docnum, fieldname, default=0):
        if fieldname not in self._lengths:
            self._lengths[fieldname] = self._field_lengths(fieldname)
        lengths = self._lengths[fieldname]
        if lengths is None:
            return default
        return lengths[docnum]

    def _field_lengths(self, fieldname):
        """Each document's length of the field, as W3PerDocReader.doc_field_length gives it."""
        from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield, byte_to_length

        column = self._reader._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if column is None:
            return None
        return [byte_to_length(b) if b else None for b in map(column.__getitem__, range(self._reader.doc_count_all()))]


class WriterCodec:
    """Whoosh's codec for writing segments, with LengthsReader; segments keep the plain codec."""

    def __init__(self):
        from whoosh.codec.whoosh3 import W3Codec

        self._codec = W3Codec()

    def __getattr__(self, name):
        return getattr(self._codec, name)

    def per_document_reader(self, storage, segment):
        return LengthsReader(self._codec.per_document_reader(storage, segment))


def compiled_numeric_range(q, reader):
    """The term queries a NumericRange (or DateRange) stands for in this reader's index.

    Whoosh expands the range into terms of its tiered numeric encoding
    (`_compile_query`) every time it is searched; listing its documents
    needs that expansion too.
    """
    return q._compile_query(reader)


def posting_ids(matcher) -> list[int]:
    """Every document id of a term's postings, in order.

    Whoosh's all_ids() asks for one id at a time through three method calls;
    a segment's postings come in blocks whose ids are decoded together, so a
    plain leaf matcher is read block by block. Any other matcher (one that
    leaves deleted documents out, say) goes the usual way.
    """
    from whoosh.codec.whoosh3 import W3LeafMatcher

    if type(matcher) is not W3LeafMatcher:
        return list(matcher.all_ids())
    ids: list[int] = []
    while matcher.is_active():
        if matcher._ids is None:
            matcher._read_ids()
        ids.extend(matcher._ids[matcher._i :])
        matcher._next_block()
    return ids


def remember_field_lengths(searcher) -> None:
    """Let a long-lived searcher read each field's lengths once per segment.

    BM25F asks the length of the field of every document it scores, each a
    lookup in the column file (a quarter of a search's time); a server's
    searcher keeps them as lists instead (the same values). Not for a
    one-off search: listing a field's lengths reads every document's.
    """
    for leaf, _ in searcher.reader().leaf_readers():
        if not hasattr(leaf, "_perdoc"):  # an index with no segment yet (EmptyReader) has no lengths
            continue
        if not isinstance(leaf._perdoc, LengthsReader):
            leaf._perdoc = LengthsReader(leaf._perdoc)
