"""Property: no record can make the path store -> index -> search -> amounts -> export fail."""

from __future__ import annotations

import hashlib
import io
import tempfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilagor.extractor.record import AMOUNT_ROLES, FORM_KINDS, STAGES, Amount, Organisation, Report, Section
from bilagor.index.reports.amounts import summarise_archive
from bilagor.index.archive import Archive
from bilagor.index.reports.amounts_tables import write_summary_csv
from bilagor.index.reports.export import reports_for_export, write_csv, write_jsonl

# Any text, control characters included (hypothesis leaves out lone surrogates,
# which no decoded file gives either).
texts = st.text(max_size=300)
labels = st.one_of(st.sampled_from(["Projektnamn", "Ekonomiskt utfall", "Övrigt"]), st.text(max_size=400))
numbers = st.one_of(
    st.integers(),
    st.integers(min_value=-(2**80), max_value=2**80),
    st.sampled_from([0, 10**12, 10**12 + 1, 2**63 - 1, 2**63, 450_300_120_800_900_200_700]),
)
maybe_year = st.one_of(st.none(), st.integers(1990, 2030), numbers)
districts = st.one_of(st.none(), st.sampled_from(["Norrmalm", "Järva", "Södermalm"]), texts)

amounts = st.builds(
    Amount,
    text=texts,
    sek=numbers,
    approx=st.booleans(),
    role=st.sampled_from(AMOUNT_ROLES),
    section=st.one_of(st.none(), labels),
    page=st.one_of(st.none(), numbers),
    sentence=texts,
)
sections = st.builds(Section, key=st.one_of(labels, st.text(max_size=300)), label=labels, text=texts, page=numbers)
organisations = st.builds(
    Organisation,
    name=st.text(min_size=1, max_size=60),
    kind=st.just("annan"),
    mentions=st.lists(texts, max_size=2),
    count=numbers,
)


@st.composite
def reports(draw, seed: str):
    return Report(
        id=hashlib.sha256(seed.encode()).hexdigest(),
        paths=[draw(st.text(min_size=1, max_size=80))],
        filename=draw(st.text(min_size=1, max_size=80)),
        pages=draw(numbers),
        ocr=draw(st.booleans()),
        extractor_version="6",
        title=draw(st.one_of(st.none(), texts)),
        form_kind=draw(st.sampled_from(FORM_KINDS)),
        year=draw(maybe_year),
        district=draw(districts),
        district_today=draw(districts),
        project=draw(st.one_of(st.none(), texts)),
        location=draw(st.one_of(st.none(), texts)),
        stage=draw(st.sampled_from([*STAGES, None])),
        sections=draw(st.lists(sections, max_size=4)),
        organisations=draw(st.lists(organisations, max_size=2, unique_by=lambda o: o.name)),
        amounts=draw(st.lists(amounts, max_size=4)),
        warnings=draw(st.lists(texts, max_size=2)),
    )


batches = st.lists(st.tuples(reports("a"), reports("b")), min_size=1, max_size=3)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(batches=batches, query=st.sampled_from([None, "a", "kamera OR text", "år:[1990 TO 2030]", "budget:>0"]))
def test_any_records_go_the_whole_path(batches, query):
    with tempfile.TemporaryDirectory() as folder:
        with Archive.open(folder, writable=True) as archive:
            for number, (first, second) in enumerate(batches):  # one commit each: several segments
                second.id = hashlib.sha256(f"b{number}".encode()).hexdigest()
                archive.add([first, second])
        with Archive.open_for_reading(folder) as archive:
            assert archive.index_problem is None
            assert archive.records.quarantined() == []  # every generated record is indexable
            for sort in ("relevance", "year"):
                results = archive.search(query, sort=sort, limit=5)
                assert results.total == len(archive.matching_ids(query))
            assert set(results.facets) == {"year", "district"}
            for by in ("year", "district", "role"):
                write_summary_csv(summarise_archive(archive, by=by, detail=True), io.StringIO(), detail=True)
            write_jsonl(reports_for_export(archive), io.StringIO())
            write_csv(reports_for_export(archive), io.StringIO())
            archive.stats()
        with Archive.open(folder, writable=True) as archive:
            archive.reindex()
            assert archive.search(query).total == len(archive.matching_ids(query))
