"""The held-out forms scorers' crash guard (tests/layout_scoring.py): a file the extractor raises on is scored as
an empty record and counted by family, and the other files are still scored."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest
from layout_scoring import CORE_FIELDS, grouped_scores

import bilagor.extractor


def _truth(path: Path, family: str) -> dict:
    truth = {**dict.fromkeys(CORE_FIELDS, "x"), "sections": [{"key": "syfte", "text": "Ett syfte."}]}
    truth.update(variant=family, producer="p", layer="text")
    path.with_name(path.stem + ".truth.json").write_text(json.dumps(truth), encoding="utf-8")
    path.write_bytes(b"%PDF-1.4\n")
    return truth


def test_a_raising_file_scores_empty_and_is_counted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good, bad = tmp_path / "h-000-a.pdf", tmp_path / "h-001-b.pdf"
    truth = _truth(good, "a")
    _truth(bad, "b")

    def extract(path: Path, **_: object) -> SimpleNamespace:
        if path == bad:
            raise ValueError("broken")
        return SimpleNamespace(to_dict=lambda: truth)

    monkeypatch.setattr(bilagor.extractor, "extract_report", extract)
    raised: Counter[str] = Counter()
    total, groups = grouped_scores([good, bad], raised)
    assert raised == Counter({"b": 1})
    assert (total.documents, total.sections_matched, total.sections_true) == (2, 1, 2)
    assert groups["family"]["b"].core_hits == 0
    assert groups["family"]["a"].core_hits == len(CORE_FIELDS)


def test_without_the_guard_a_raising_file_raises(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "h-001-b.pdf"
    _truth(bad, "b")

    def extract(path: Path, **_: object) -> SimpleNamespace:
        raise ValueError("broken")

    monkeypatch.setattr(bilagor.extractor, "extract_report", extract)
    with pytest.raises(ValueError):
        grouped_scores([bad])
