"""The index writer's codec: segments written with field lengths read once per
field hold exactly what Whoosh's own codec writes (postings and the length
statistics scoring relies on), and keep the plain codec for reading."""

import pickle

from factories import make_report
from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import W3Codec

from bilagor.extractor.record import Section
from bilagor.index.search._whoosh_internals import WriterCodec
from bilagor.index.search.schema import INDEX_NAME, SearchIndex, build_schema, report_document


def reports():
    texts = [
        "Kameraövervakning vid torget, 1 650 000 kr.",
        "Trygghetsbelysning " * 7 + "i gångtunneln.",
        "Pollare och staket.",
        "",
        "Röjning av sly och buskage vid skolan där belysningen saknades.",
    ]
    out = []
    for i, text in enumerate(texts):
        report = make_report(f"w{i}")
        report.sections = [Section("beskrivning", "Beskrivning", text, 1)] + report.sections[: i % 3]
        out.append(report)
    return out


def written(folder, codec):
    ix = whoosh_index.create_in(str(folder), build_schema(), indexname=INDEX_NAME)
    writer = ix.writer(codec=codec)
    for report in reports():
        writer.add_document(**report_document(report))
    writer.commit()
    contents = {}
    with ix.reader() as reader:
        for fieldname, text in reader.all_terms():
            info = reader.term_info(fieldname, text)
            postings = list(reader.postings(fieldname, text).all_items())
            contents[fieldname, text] = (
                info.weight(),
                info.doc_frequency(),
                info.min_length(),
                info.max_length(),
                info.max_weight(),
                postings,
            )
    segments = ix._segments()
    ix.close()
    return contents, segments


def test_segments_hold_what_whooshs_codec_writes(tmp_path):
    (tmp_path / "plain").mkdir()
    (tmp_path / "fast").mkdir()
    plain, _ = written(tmp_path / "plain", W3Codec())
    fast, segments = written(tmp_path / "fast", WriterCodec())
    assert fast == plain
    assert any(min_length > 1 for _, _, min_length, _, _, _ in fast.values())  # lengths were written
    # The segment (pickled in the index's table of contents) keeps Whoosh's codec.
    assert all(type(pickle.loads(pickle.dumps(s)).codec()) is W3Codec for s in segments)


def test_writers_read_segments_without_mmap(tmp_path):
    # Mapped segment pages count as the importing process's memory, and a merge reads whole segments.
    index = SearchIndex(tmp_path / "whoosh")
    index.update([make_report("m1")])
    assert index._for_writing().storage.supports_mmap is False
    index.rebuild([make_report("m1"), make_report("m2")])
    assert index._for_writing().doc_count() == 2


def test_an_index_built_with_the_plain_chains_is_written_with_the_fast_analyzer(tmp_path, monkeypatch):
    from bilagor.index.search import schema as search_index
    from bilagor.index.search.analysis import IndexTermsAnalyzer

    fast_schema = search_index.build_schema

    def chain_schema():  # as an index built before IndexTermsAnalyzer has it
        schema = fast_schema()
        for name in ("title", "project", "location", "org_text", "content", "content_fold", "district_text"):
            schema[name].analyzer = schema[name].analyzer.chain
        return schema

    index = SearchIndex(tmp_path / "whoosh")
    monkeypatch.setattr(search_index, "build_schema", chain_schema)
    index.update([make_report("old")])
    assert not isinstance(index._for_writing().schema["content"].analyzer, IndexTermsAnalyzer)
    monkeypatch.setattr(search_index, "build_schema", fast_schema)
    index.update([make_report("new")])
    assert isinstance(index._for_writing().schema["content"].analyzer, IndexTermsAnalyzer)
    assert index._for_writing().doc_count() == 2
