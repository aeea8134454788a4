"""Checks every held-out district and organisation pair is held to, whoever wrote it: the least each part
holds (the brief of issue #12's held-out writers) and a sound form (entities_heldout_scoring.set_problems)."""

from __future__ import annotations

from entities_heldout_scoring import districts_of_year, set_problems

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


# The periods between the mergers (2020, 2023) and a year inside each, for districts_of_year.
PERIODS = {(0, 2019): 2019, (2021, 2022): 2021, (2024, 9999): 2024}


def period_problems(cases: list[dict], least: int, least_scans: int = 0, least_none: int = 0) -> list[str]:
    """One line per period between the mergers that holds fewer cases, scan-like cases or cases with no district
    than asked, or that leaves a committee of its years unnamed; none for a set that covers every period."""
    problems = []
    for (first, last), year in PERIODS.items():
        part = [c for c in cases if first <= c["year"] <= last]
        sizes = {
            "cases": (len(part), least),
            "scan-like": (sum(c["scan"] for c in part), least_scans),
            "no district": (sum(c["district"] is None for c in part), least_none),
        }
        problems += [f"{first}-{last}: {name} {n} < {m}" for name, (n, m) in sizes.items() if n < m]
        unnamed = districts_of_year(year) - {c["district"] for c in part}
        problems += [f"{first}-{last}: {district} unnamed" for district in sorted(unnamed)]
    return problems


def heldout_pair_problems(
    cases: list[dict], rows: list[dict], district_prefix: str, organisation_prefix: str
) -> list[str]:
    """pair_problems and period_problems at the least each pair from the fourteenth on is held to: every period
    between the mergers with 60 cases, 15 scan-like and 8 with no district."""
    return pair_problems(cases, rows, district_prefix, organisation_prefix) + period_problems(
        cases, least=60, least_scans=15, least_none=8
    )


def shown_only_by(cases: list[dict], field: str) -> list[dict]:
    """The cases with a district whose evidence is `field` alone (plats, sokande, text or path), the rest empty."""
    others = {"plats", "sokande", "text", "path"} - {field}
    return [c for c in cases if c["district"] and c[field] and not any(c[f] for f in others)]


def has_name_compound(text: str) -> bool:
    """Whether a word is a capitalised name joined by a hyphen to a lower-case noun ("SL-spärrarna", "Brå-rapporten")."""
    return any(w[0].isupper() and "-" in w[1:-1] and w.split("-", 1)[1][:1].islower() for w in text.split())


def figures_below(figures: dict[str, float], floors: dict[str, float]) -> dict[str, float]:
    """The figures under their floor, rounded to three places (none for a pair that holds every floor)."""
    return {name: round(figures[name], 3) for name, floor in floors.items() if figures[name] < floor}
