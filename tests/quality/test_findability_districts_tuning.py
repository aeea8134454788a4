"""Districts on the third-round tuning snippets (issue #12, findability).

tests/data/districts/tuning2.jsonl was written for tuning the district
rules (scan-like text with OCR letter confusions, partner committees beside the
report's own place, mergers, police areas, file names): it is tuned on, so its
figure is not a held-out one. Run with -s to see it:

    .venv/bin/python -m pytest -q -s -p no:cacheprovider tests/quality/test_findability_districts_tuning.py
"""

from __future__ import annotations

from district_scoring import district_accuracy, read_cases
from factories import DATA

TUNING = DATA / "districts" / "tuning2.jsonl"
TUNING_FLOOR = 0.98  # every case but one at most


def test_district_tuning_snippets():
    cases = read_cases(TUNING)
    text_layer, _ = district_accuracy([c for c in cases if not c["scan"]])
    scans, _ = district_accuracy([c for c in cases if c["scan"]])
    overall, misses = district_accuracy(cases)
    print(
        f"\ntuning districts: {overall:.3f} overall ({len(cases)} cases); text layer {text_layer:.3f}, scans {scans:.3f}"
    )
    for miss in misses:
        print("  ", miss)
    assert overall >= TUNING_FLOOR
