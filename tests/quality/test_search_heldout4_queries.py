"""Fourth held-out judged queries (tests/search_heldout4.py): the figures must not fall below the
"after" figures (rounded down to 0.01), measured a second and last time with every branch of the
round merged; the "before" figures were measured once on main's code before any fix.

    PYTHONPATH=tests .venv/bin/python tests/search_heldout4.py
"""

from __future__ import annotations

import pytest

from search_heldout4 import CLASSES, EXTRA4, HELDOUT4, build_heldout4_archive, score


@pytest.fixture(scope="module")
def heldout4(tmp_path_factory):
    from bilagor.index.archive import Archive

    folder = tmp_path_factory.mktemp("heldout4")
    key_of = {r.id: key for key, r in build_heldout4_archive(folder).items()}
    with Archive.open_for_reading(folder) as archive:
        yield archive, key_of


def test_heldout4_set_covers_every_class():
    assert len(HELDOUT4) >= 45 and len(EXTRA4) >= 10
    assert {kind for *_, kind in HELDOUT4} == set(CLASSES)
    assert sum(1 for row in EXTRA4 if row[2] is None) >= 3  # reports without a district
    assert {name for _, filters, *_ in HELDOUT4 for name in filters} == {"district", "year", "org", "section"}
    assert any("-" in str(filters.get("year", "")) for _, filters, *_ in HELDOUT4)  # a year range


def test_heldout4_judgments_name_stored_reports(heldout4):
    import search_corpus
    import search_heldout
    import search_heldout3

    _, key_of = heldout4
    keys = set(key_of.values())
    rows = search_corpus.CORPUS + search_heldout.EXTRA + search_heldout3.EXTRA3 + EXTRA4
    assert len(keys) == len(rows)  # no EXTRA4 key replaces a report of the corpus
    assert all(relevant and relevant <= keys for _, _, relevant, _ in HELDOUT4)


def test_heldout4_recall_and_mrr(heldout4):
    rows, recall, mrr = score(*heldout4)
    print(f"\nheld-out queries 4: recall@10 {recall:.3f}, MRR {mrr:.3f} ({len(rows)} queries)")
    assert len(rows) == len(HELDOUT4)
    # Before this round's fixes (main at 6eb28f8, 2026-12-03): recall@10 0.848, MRR 0.929.
    assert recall >= 0.87
    assert mrr >= 0.95
