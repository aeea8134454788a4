"""Score extraction on a built twenty-fifth held-out forms set (the twentieth independent generator, issue #12):
core fields and section precision / recall, by tests/layout_scoring.py.

    PYTHONPATH=tests .venv/bin/python bench/heldout25_forms/score.py DIR [--half dev|keep] [--misses]

Prints aggregates only: per family, per producer, per layer and over all files, and how many files of each family
the extractor raised on (layout_scoring's crash guard: such a file scores as an empty record, no core field and no
section, and the run goes on). Scored once, before the next round's fixes. build.py draws its eight families in
turn, so the halves follow the turns, fixed before any file was read: a file whose number // 8 is odd (h25-008 …
h25-015, h25-024 …) is in the dev half, one whose number // 8 is even in the keep half, and each half holds all
eight families (TURN). `--misses` names the dev half's files per missed field, for the round that burns that half.
"""

from layout_scoring import halves_command  # PYTHONPATH=tests, as the usage line says

TURN = 8  # build.py's families, drawn in turn

if __name__ == "__main__":
    halves_command(__doc__ or "", TURN, crash_guard=True)
