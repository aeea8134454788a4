"""Score extraction on a built thirty-seventh held-out forms set (the thirty-second independent generator, issue #12):
core fields and section precision / recall, by tests/layout_scoring.py.

    PYTHONPATH=tests .venv/bin/python bench/heldout37_forms/score.py DIR [--half dev|keep] [--misses]

Prints aggregates only: per family, per producer, per layer and over all files, and how many files of each family
the extractor raised on (such a file scores as an empty record, no core field and no section, and the run goes on).
The command is the twenty-fifth set's scorer run as it is (its halves and its guard know no set of their own).
Scored once, before the next round's fixes. build.py draws its eight families in turn, so the halves follow the
turns, fixed now before any file was read: a file whose number // 8 is odd (h37-008 … h37-015, h37-024 …) is in the
dev half, one whose number // 8 is even in the keep half, and each half holds all eight families. `--misses` names
the dev half's files per missed field, for the round that burns that half.
"""

from __future__ import annotations

import runpy
from pathlib import Path

TURN = 8  # build.py's families, drawn in turn: the twenty-fifth scorer's turn too, which the run below uses

if __name__ == "__main__":
    runpy.run_path(str(Path(__file__).resolve().parents[1] / "heldout25_forms" / "score.py"), run_name="__main__")
