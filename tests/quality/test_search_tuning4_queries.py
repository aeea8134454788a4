"""Fourth-round tuning queries (tests/search_tuning4.py): the figures the fixes reached must hold.

Tuning data, not held out: written before the fixes, then looked at freely.

    PYTHONPATH=tests .venv/bin/python tests/search_tuning4.py [--misses]
"""

from __future__ import annotations

import pytest

from search_tuning4 import CLASSES, EXTRA4, TUNING4, build_tuning4_archive, per_class, score


@pytest.fixture(scope="module")
def tuning4(tmp_path_factory):
    from bilagor.index.archive import Archive

    folder = tmp_path_factory.mktemp("tuning4")
    key_of = {r.id: key for key, r in build_tuning4_archive(folder).items()}
    with Archive.open_for_reading(folder) as archive:
        yield archive, key_of


def test_tuning4_set_covers_every_class():
    assert len(TUNING4) >= 50 and len(EXTRA4) >= 10
    assert {kind for *_, kind in TUNING4} == set(CLASSES)
    assert sum(1 for row in EXTRA4 if row[2] is None) >= 3  # reports without a district


def test_tuning4_recall_and_mrr(tuning4):
    rows, recall, mrr = score(*tuning4)
    classes = per_class(rows)
    # Before this round's fixes: recall@10 0.506, MRR 0.632. After: 0.924 / 0.947. Misses: five
    # district queries judge a predecessor's name to find a merged district's reports at its
    # places, which the filter does not do (lineage one way); "lykta" wants "gatlyktor", whose
    # three-letter modifier "gat" is not read as "gata" (too many false splits).
    assert recall >= 0.92 and mrr >= 0.94
    for kind in ("synonym", "year", "org", "section"):
        assert classes[kind][1:] == (1.0, 1.0), kind
