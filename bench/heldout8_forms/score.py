"""Score extraction on a built eighth held-out set: core fields and section precision/recall.

    PYTHONPATH=tests .venv/bin/python bench/heldout8_forms/score.py DIR [--half dev|keep] [--misses]

Prints aggregates (per family, per producer, per layer, all). Scored once before and once after the eighth
round, in aggregate only; burned since, with fixed halves for the ninth round, chosen before any file was
looked at. The families come in turn (h8-000 the first, h8-005 the sixth, h8-006 the first again), so a half
takes every other turn: files of an odd turn (number // 6 odd: h8-006 … h8-011) are the dev half (tuned on;
`--misses` lists its files per missed field), of an even turn the keep half (scored in aggregate only, at the
ninth round's start and end). Each half holds every family.
Scoring is the project's own (tests/layout_scoring.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))

from layout_scoring import halves_command, in_turn_half  # noqa: E402

TURN = 6  # the families of build.py, drawn in turn


def in_half(path: Path, half: str) -> bool:
    """Whether `path` (h8-NNN-family.pdf) is in `half`: files of an odd turn through the families dev, of an
    even turn keep."""
    return in_turn_half(path, half, TURN)


if __name__ == "__main__":
    halves_command(__doc__ or "", TURN)
