"""Score extraction on a built twenty-second held-out set (a seventeenth independent generator): core fields and
section precision/recall.

    PYTHONPATH=tests .venv/bin/python bench/heldout22_forms/score.py DIR [--half dev|keep] [--misses]

Prints aggregates (per family, per producer, per layer, all). Scored once before the twenty-second round's fixes, in
aggregate only. The eight families of build.py come in turn (h22-000 the first, h22-007 the eighth, h22-008 the
first again), so a half takes every other turn: files of an odd turn (number // 8 odd: h22-008 … h22-015) are the
dev half, of an even turn the keep half; each half holds every family. The halves are fixed now, before any file
was looked at, for a later round that burns this set; `--misses` lists the dev half's files per missed field.
Scoring is the project's own (tests/layout_scoring.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))

from layout_scoring import halves_command  # noqa: E402

TURN = 8  # the families of build.py, drawn in turn

if __name__ == "__main__":
    halves_command(__doc__ or "", TURN)
