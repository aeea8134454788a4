"""Checks every held-out district and organisation pair is held to, whoever wrote it: the least each part
holds (the brief of issue #12's held-out writers) and a sound form (entities_heldout_scoring.set_problems)."""

from __future__ import annotations

from entities_heldout_scoring import set_problems

MINIMUMS = {"snippets": 160, "scan-like": 50, "no district": 15, "sentences": 120, "naming none": 20}


def pair_problems(cases: list[dict], rows: list[dict], district_prefix: str, organisation_prefix: str) -> list[str]:
    """One line per part smaller than its minimum and per fault of form; none for a sound pair large enough."""
    sizes = {
        "snippets": len(cases),
        "scan-like": sum(c["scan"] for c in cases),
        "no district": sum(c["district"] is None for c in cases),
        "sentences": len(rows),
        "naming none": sum(not r["organisations"] for r in rows),
    }
    short = [f"{part}: {n} < {MINIMUMS[part]}" for part, n in sizes.items() if n < MINIMUMS[part]]
    return short + set_problems(cases, rows, district_prefix, organisation_prefix)
