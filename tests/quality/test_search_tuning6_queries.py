"""Sixth-round tuning queries (tests/search_tuning6.py): the figures the fixes reached must hold.

Tuning data, not held out: written before the fixes, then looked at freely.

    PYTHONPATH=tests .venv/bin/python tests/search_tuning6.py [--misses]
"""

from __future__ import annotations

import pytest

from search_scoring import per_class, score
from search_tuning6 import CLASSES, EXTRA6, TUNING6, build_tuning6_archive


@pytest.fixture(scope="module")
def tuning6(tmp_path_factory):
    from bilagor.index.archive import Archive

    folder = tmp_path_factory.mktemp("tuning6")
    key_of = {r.id: key for key, r in build_tuning6_archive(folder).items()}
    with Archive.open_for_reading(folder) as archive:
        yield archive, key_of


def test_tuning6_set_covers_every_class():
    assert len(TUNING6) >= 40 and len(EXTRA6) >= 12
    assert {kind for *_, kind in TUNING6} == set(CLASSES)


def test_tuning6_recall_and_mrr(tuning6):
    rows, recall, mrr = score(*tuning6, TUNING6)
    classes = per_class(rows, CLASSES)
    # Before this round's fixes: recall@10 0.628, MRR 0.640. After: 0.953 / 0.913 (docs/benchmarks.md).
    # Seventh round: MRR 0.890: `klotter` ranks a report with the word itself above one with the
    # near-term "graffiti" in its project name (judged the only relevant one), `ställa` ranks second.
    assert recall >= 0.95 and mrr >= 0.88
    assert classes["inflection"][1] == 1.0 and classes["inflection"][2] >= 0.96  # `ställa`: 17.0 against 16.4
    assert classes["natural"][1] == 1.0
