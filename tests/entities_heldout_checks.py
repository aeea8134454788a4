"""Checks every held-out district and organisation pair is held to, whoever wrote it: the least each part
holds (the brief of issue #12's held-out writers) and a sound form (entities_heldout_scoring.set_problems)."""

from __future__ import annotations

import re

from entities_heldout_scoring import districts_of_year, half_of, heldout_figures, load_rows, set_problems

MINIMUMS = {"snippets": 160, "scan-like": 50, "no district": 15, "sentences": 120, "naming none": 20}

# The least share of each kind of evidence and of sentence (the brief of the writers from the sixteenth on).
FIELD_MINIMUMS = {"plats": 80, "sokande": 35, "text alone": 60, "path": 12}
KIND_MINIMUMS = {
    "two or more": 30,
    "broken over a line": 8,
    "district committee": 18,
    "name compound": 6,
    "short form spelled out": 18,
    "legal form dropped": 4,
}
# The least number of cases that test the ranking of evidence (the brief of the writers from the seventeenth on).
RANKING_MINIMUMS = {"partner committee": 30, "namesake elsewhere": 6}


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


def floors_missed(cases: list[dict], rows: list[dict], floors: dict[str, float], label: str) -> dict[str, float]:
    """A held-out pair's figures under their floors (figures_below); the figures are printed, aggregates only."""
    figures = heldout_figures(cases, rows)
    print(f"\n{label}: " + ", ".join(f"{name} {value:.3f}" for name, value in figures.items()))
    return figures_below(figures, floors)


def district_evidence_counts(cases: list[dict]) -> dict[str, int]:
    """How many cases with a district show it by the place field, the applicant field, the body text alone and a
    folder: a pair held to a share of each is not carried by one field."""
    return {
        "plats": sum(bool(c["district"] and c["plats"]) for c in cases),
        "sokande": sum(bool(c["district"] and c["sokande"]) for c in cases),
        "text alone": len(shown_only_by(cases, "text")),
        "path": sum(bool(c["district"] and c["path"]) for c in cases),
    }


def ranking_case_counts(cases: list[dict]) -> dict[str, int]:
    """How many cases name the applicant's committee beside another district's administration, and how many give a
    place written "X, Y kommun" that names no district: a pair held to a share of each tests the ranking of evidence,
    not only a gazetteer."""
    return {
        "partner committee": sum(bool(c["sokande"]) and "stadsdelsförvaltning" in c["text"] for c in cases),
        "namesake elsewhere": sum(
            c["district"] is None and bool(re.search(r", \w+ kommun$", c["plats"])) for c in cases
        ),
    }


def organisation_kind_counts(rows: list[dict]) -> dict[str, int]:
    """How many sentences name two or more bodies, break a name over a line, name a district committee (the city's
    "X stadsdelsnämnd" in the truth), write a name as a hyphenated compound's first part, use a short form the truth
    spells out, or write "AB" where the truth drops it: a pair held to a share of each is not carried by one kind."""
    truths = [row["organisations"] for row in rows]
    return {
        "two or more": sum(len(names) >= 2 for names in truths),
        "broken over a line": sum("\n" in row["text"] and bool(row["organisations"]) for row in rows),
        "district committee": sum(any(name.endswith("stadsdelsnämnd") for name in names) for names in truths),
        "name compound": sum(has_name_compound(row["text"]) and bool(row["organisations"]) for row in rows),
        "short form spelled out": sum(bool(_spelled_out_short_forms(row)) for row in rows),
        "legal form dropped": sum(_legal_form_dropped(row) for row in rows),
    }


def brief_shortfalls(cases: list[dict], rows: list[dict], least_sizes: dict[str, int]) -> dict[str, int]:
    """Every size, field, ranking and kind count of a pair under its minimum (none for a pair its brief is met by):
    the sizes `least_sizes` names ("district cases", "organisation sentences") and the shares of the writers' briefs."""
    sizes = {"district cases": len(cases), "organisation sentences": len(rows)}
    return {
        **counts_below(sizes, least_sizes),
        **counts_below(district_evidence_counts(cases), FIELD_MINIMUMS),
        **counts_below(ranking_case_counts(cases), RANKING_MINIMUMS),
        **counts_below(organisation_kind_counts(rows), KIND_MINIMUMS),
    }


def round_problems(cases: list[dict], rows: list[dict], number: int, least_sizes: dict[str, int]) -> dict[str, object]:
    """Every fault of a round's pair but its floors, by part (none for a pair its brief is met by): its form and
    periods (heldout_pair_problems, ids "d<number>-" and "o<number>-"), each parity half's periods (every committee
    of each period with 30 cases, 6 scan-like and 3 with no district), and its brief's sizes and shares."""
    parts = {
        "form and periods": heldout_pair_problems(cases, rows, f"d{number}-", f"o{number}-"),
        **{
            f"{half} half": period_problems(half_of(cases, half), least=30, least_scans=6, least_none=3)
            for half in ("dev", "keep")
        },
        "brief": brief_shortfalls(cases, rows, least_sizes),
    }
    return {part: found for part, found in parts.items() if found}


def round_faults(number: int, least_sizes: dict[str, int], floors: dict[str, float]) -> dict[str, object]:
    """Every fault of the pair `districts_heldout<number>.jsonl`, `organisations_heldout<number>.jsonl`, by part:
    round_problems, and under "floors" its figures below their floors (floors_missed, aggregates only); none for a
    sound pair that keeps its floors."""
    cases, rows = load_rows(f"districts_heldout{number}.jsonl"), load_rows(f"organisations_heldout{number}.jsonl")
    below = floors_missed(cases, rows, floors, f"held-out {number}")
    return {**round_problems(cases, rows, number, least_sizes), **({"floors": below} if below else {})}


def counts_below(counts: dict[str, int], minimums: dict[str, int]) -> dict[str, int]:
    """The counts under their minimum (none for a set that holds every one)."""
    return {name: counts[name] for name, least in minimums.items() if counts[name] < least}


def _spelled_out_short_forms(row: dict) -> set[str]:
    """The capital-letter short forms of a sentence ("SBK", "IMY") that no name of its truth contains."""
    names = row["organisations"]
    return {w for w in re.findall(r"\b[A-ZÅÄÖ]{2,}\b", row["text"]) if names and not any(w in n for n in names)}


def _legal_form_dropped(row: dict) -> bool:
    """Whether the sentence writes "AB" and its truth names bodies, none with "AB" in its name."""
    has_ab = re.compile(r"\bAB\b")
    names = row["organisations"]
    return bool(has_ab.search(row["text"])) and bool(names) and not any(has_ab.search(n) for n in names)
