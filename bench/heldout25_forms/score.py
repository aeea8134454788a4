"""Score extraction on a built twenty-fifth held-out forms set (the twentieth independent generator, issue #12):
core fields and section precision / recall, by tests/layout_scoring.py.

    PYTHONPATH=tests .venv/bin/python bench/heldout25_forms/score.py DIR [--half dev|keep] [--misses]

Prints aggregates only: per family, per producer, per layer and over all files, and how many files of each family
the extractor raised on (the twenty-third set's crash guard, reached through the twenty-fourth set's scorer: such a
file scores as an empty record, no core field and no section, and the run goes on). Scored once, before the next
round's fixes. build.py draws its eight families in turn, so the halves follow the turns, fixed now before any file
was read: a file whose number // 8 is odd (h25-008 … h25-015, h25-024 …) is in the dev half, one whose number // 8
is even in the keep half, and each half holds all eight families. `--misses` names the dev half's files per missed
field, for the round that burns that half.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

TURN = 8  # build.py's families, drawn in turn


def _previous() -> ModuleType:
    """The twenty-fourth set's scorer module: its halves command and its path to the crash guard."""
    path = Path(__file__).resolve().parents[1] / "heldout24_forms" / "score.py"
    spec = importlib.util.spec_from_file_location("h24_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    import bilagor.extractor

    previous = _previous()
    guard = previous._crash_guard()
    bilagor.extractor.extract_report = guard._guarded(bilagor.extractor.extract_report)  # type: ignore[assignment]
    previous.halves_command(__doc__ or "", TURN)
    print("extractor raised on: " + (", ".join(f"{f} {n}" for f, n in sorted(guard.RAISED.items())) or "no file"))
