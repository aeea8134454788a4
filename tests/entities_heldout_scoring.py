"""Scoring of the held-out district and organisation sets (tests/data/entities_heldout): pure
functions over plain data, plus a command that prints the aggregate figures only.

    .venv/bin/python tests/entities_heldout_scoring.py [districts4.jsonl organisations4.jsonl ...]

A district case gives the place field, the applicant field, a body text and
a file path, as a report's sections and path; its year is given as if the
title had named it. Organisations are scored by precision and recall of the
names found per sentence. Held-out sets are scored in aggregate: which cases
miss is never printed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from district_scoring import district_of, read_cases

HELDOUT_DIR = Path(__file__).parent / "data" / "entities_heldout"


def load_rows(name: str) -> list[dict]:
    return read_cases(HELDOUT_DIR / name)


def district_accuracy(cases: list[dict], found_of=district_of) -> tuple[int, int]:
    """(cases whose district is right, cases); None is right where the truth is null."""
    return sum(found_of(case) == case["district"] for case in cases), len(cases)


def organisation_counts(rows: list[dict], found_of=None) -> tuple[int, int, int]:
    """(tp, fp, fn) of organisation names over all sentences."""
    if found_of is None:
        from bilagor.extractor.entities import find_organisations

        def found_of(row: dict) -> set[str]:
            return {o.name for o in find_organisations(row["text"], year=row.get("year"))}

    tp = fp = fn = 0
    for row in rows:
        found, truth = set(found_of(row)), set(row["organisations"])
        tp, fp, fn = tp + len(found & truth), fp + len(found - truth), fn + len(truth - found)
    return tp, fp, fn


def precision_recall(tp: int, fp: int, fn: int) -> tuple[float, float]:
    return tp / ((tp + fp) or 1), tp / ((tp + fn) or 1)


def district_summary(name: str) -> str:
    cases = load_rows(name)
    parts = [
        ("text layer", [c for c in cases if not c["scan"]]),
        ("scan-like", [c for c in cases if c["scan"]]),
        ("no district", [c for c in cases if c["district"] is None]),
        ("all", cases),
    ]
    shown = []
    for label, part in parts:
        right, total = district_accuracy(part)
        shown.append(f"{label} {right / total:.3f} ({right}/{total})")
    return f"{name}: districts " + "; ".join(shown)


def organisation_summary(name: str) -> str:
    rows = load_rows(name)
    tp, fp, fn = organisation_counts(rows)
    precision, recall = precision_recall(tp, fp, fn)
    return f"{name}: organisations P={precision:.3f} R={recall:.3f} (tp={tp} fp={fp} fn={fn}; {len(rows)} sentences)"


def main(argv: list[str]) -> int:
    for name in argv or ["districts3.jsonl", "organisations3.jsonl"]:
        print(district_summary(name) if name.startswith("districts") else organisation_summary(name))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
