"""Score extraction on a built twenty-third held-out forms set (the eighteenth independent generator, issue #12):
core fields and section precision / recall, by tests/layout_scoring.py.

    PYTHONPATH=tests .venv/bin/python bench/heldout23_forms/score.py DIR [--half dev|keep] [--misses]

Prints aggregates only: per family, per producer, per layer and over all files, and how many files of each family
the extractor raised on. Such a file scores as an empty record (no core field, no section), so a crash costs what
a blank extraction would, and the run goes on. Scored once, before the next round's fixes. build.py draws its eight
families in turn, so the halves follow the turns, fixed now before any file was read: a file whose number // 8 is
odd (h23-008 … h23-015, h23-024 …) is in the dev half, one whose number // 8 is even in the keep half, and each half
holds all eight families. `--misses` names the dev half's files per missed field, for the round that burns that half.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))

from layout_scoring import CORE_FIELDS, halves_command  # noqa: E402

TURN = 8  # build.py's families, drawn in turn
RAISED: Counter[str] = Counter()  # family -> files the extractor raised on


class _Empty:
    """What a file the extractor raised on scores as: no core field, no section."""

    def to_dict(self) -> dict[str, Any]:
        return {**dict.fromkeys(CORE_FIELDS), "sections": []}


def _guarded(extract):  # type: ignore[no-untyped-def]
    def run(path: Path, **kwargs: Any):  # type: ignore[no-untyped-def]
        try:
            return extract(path, **kwargs)
        except Exception:  # a crash is scored, not shown: the set is held out
            truth = json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))
            RAISED[truth["variant"]] += 1
            return _Empty()

    return run


if __name__ == "__main__":
    import bilagor.extractor

    bilagor.extractor.extract_report = _guarded(bilagor.extractor.extract_report)  # type: ignore[assignment]
    halves_command(__doc__ or "", TURN)
    print("extractor raised on: " + (", ".join(f"{f} {n}" for f, n in sorted(RAISED.items())) or "no file"))
