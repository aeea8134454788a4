"""Fifth held-out judged queries (tests/search_heldout5.py): the figures must not fall below the
"before" figures (rounded down to 0.01), measured once on main's code before any fix of this round.

    PYTHONPATH=tests .venv/bin/python tests/search_heldout5.py
"""

from __future__ import annotations

import pytest

from search_heldout5 import CLASSES, EXTRA5, HELDOUT5, build_heldout5_archive, score


@pytest.fixture(scope="module")
def heldout5(tmp_path_factory):
    from bilagor.index.archive import Archive

    folder = tmp_path_factory.mktemp("heldout5")
    key_of = {r.id: key for key, r in build_heldout5_archive(folder).items()}
    with Archive.open_for_reading(folder) as archive:
        yield archive, key_of


def test_heldout5_set_covers_every_class():
    assert len(HELDOUT5) >= 55 and len(EXTRA5) >= 12
    assert {kind for *_, kind in HELDOUT5} == set(CLASSES)
    assert sum(1 for row in EXTRA5 if row[2] is None) >= 3  # reports without a district
    assert {name for _, filters, *_ in HELDOUT5 for name in filters} == {"district", "year", "org", "section"}
    assert any("-" in str(filters.get("year", "")) for _, filters, *_ in HELDOUT5)  # a year range
    assert any(query.startswith('"') for query, *_ in HELDOUT5)  # quoted phrases


def test_heldout5_judgments_name_stored_reports(heldout5):
    import search_corpus
    import search_heldout
    import search_heldout3
    import search_heldout4

    _, key_of = heldout5
    keys = set(key_of.values())
    rows = search_corpus.CORPUS + search_heldout.EXTRA + search_heldout3.EXTRA3 + search_heldout4.EXTRA4 + EXTRA5
    assert len(keys) == len(rows)  # no EXTRA5 key replaces a report stored before
    assert all(relevant and relevant <= keys for _, _, relevant, _ in HELDOUT5)


def test_heldout5_recall_and_mrr(heldout5):
    rows, recall, mrr = score(*heldout5)
    print(f"\nheld-out queries 5: recall@10 {recall:.3f}, MRR {mrr:.3f} ({len(rows)} queries)")
    assert len(rows) == len(HELDOUT5)
    # Before this round's fixes (main at 3a7198e, 2026-12-03): recall@10 0.844, MRR 0.889; after them
    # (5058fc3, scored a second and last time): 0.869, 0.903. Floors rounded down.
    assert recall >= 0.86
    assert mrr >= 0.90
