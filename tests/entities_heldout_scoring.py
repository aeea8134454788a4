"""Scoring of the held-out district and organisation sets (tests/data/entities_heldout): pure
functions over plain data, plus a command that prints the aggregate figures only.

    .venv/bin/python tests/entities_heldout_scoring.py [districts4.jsonl organisations4.jsonl ...]
    .venv/bin/python tests/entities_heldout_scoring.py --misses districts3.jsonl   # burned or tuning sets only
    .venv/bin/python tests/entities_heldout_scoring.py --half dev --misses districts8.jsonl   # a halved set's dev half

A district case gives the place field, the applicant field, a body text and
a file path, as a report's sections and path; its year is given as if the
title had named it. Organisations are scored by precision and recall of the
names found per sentence. Held-out sets are scored in aggregate: which cases
miss is printed only with --misses, for sets that are burned (their failures
already looked at) or written for tuning, never for a held-out set before it
is burned; a name with a "/" is a path from the working directory (a tuning
set elsewhere). A burned set may be halved (`--half dev|keep`, by the parity of the
number in each id): the dev half is read and tuned on, the keep half is scored in
aggregate only, so `--misses` is refused for it.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from district_scoring import district_of, read_cases

HELDOUT_DIR = Path(__file__).parent / "data" / "entities_heldout"

# The committees of each period (/work/shared/domain.md): the sets avoid the merger
# years 2020 and 2023, so a year names one period.
_BEFORE_2020 = {
    "Bromma", "Enskede-Årsta-Vantör", "Farsta", "Hägersten-Liljeholmen", "Hässelby-Vällingby",
    "Kungsholmen", "Norrmalm", "Rinkeby-Kista", "Skarpnäck", "Skärholmen", "Spånga-Tensta",
    "Södermalm", "Älvsjö", "Östermalm",
}  # fmt: skip
_FROM_2021 = _BEFORE_2020 - {"Hägersten-Liljeholmen", "Älvsjö"} | {"Hägersten-Älvsjö"}
_FROM_2024 = _FROM_2021 - {"Rinkeby-Kista", "Spånga-Tensta", "Norrmalm", "Östermalm"} | {"Järva", "Norra innerstaden"}


def districts_of_year(year: int) -> set[str]:
    return _BEFORE_2020 if year < 2020 else _FROM_2021 if year < 2023 else _FROM_2024


def load_rows(name: str) -> list[dict]:
    return read_cases(Path(name) if "/" in name else HELDOUT_DIR / name)


def half_of(rows: list[dict], half: str) -> list[dict]:
    """The cases of one half of a set: dev holds those whose id's number is odd ("d8-017"), keep the even."""
    if half not in ("dev", "keep"):
        raise ValueError(f"half must be dev or keep, not {half!r}")
    parity = 1 if half == "dev" else 0
    return [row for row in rows if int(re.findall(r"\d+", row["id"])[-1]) % 2 == parity]


def set_problems(cases: list[dict], rows: list[dict], district_prefix: str, organisation_prefix: str) -> list[str]:
    """What is wrong with the form of a district and an organisation set, one line each (none for a sound pair):
    ids repeated or without their prefix, a merger year or a district not of its year, a case with no
    evidence, an organisation name repeated or not clean."""
    problems = []
    for data, prefix in ((cases, district_prefix), (rows, organisation_prefix)):
        ids = [row["id"] for row in data]
        problems += [f"{i}: repeated" for i in sorted({i for i in ids if ids.count(i) > 1})]
        problems += [f"{i}: not {prefix}" for i in ids if not i.startswith(prefix)]
    for c in cases:
        if c["year"] in (2020, 2023) or (
            c["district"] is not None and c["district"] not in districts_of_year(c["year"])
        ):
            problems.append(f"{c['id']}: district {c['district']!r} in {c['year']}")
        if not any(c[f] for f in ("plats", "sokande", "text", "path")):
            problems.append(f"{c['id']}: no evidence")
    for row in rows:
        names = row["organisations"]
        if len(names) != len(set(names)) or not all(n and n == n.strip() and "\n" not in n for n in names):
            problems.append(f"{row['id']}: names {names!r}")
    return problems


def district_counts(cases: list[dict], found_of=district_of) -> tuple[int, int]:
    """(cases whose district is right, cases); None is right where the truth is null."""
    return sum(found_of(case) == case["district"] for case in cases), len(cases)


def organisation_counts(rows: list[dict], found_of=None) -> tuple[int, int, int]:
    """(tp, fp, fn) of organisation names over all sentences (found by the extractor unless `found_of` is given)."""
    found_of = found_of or _found_organisations
    tp = fp = fn = 0
    for row in rows:
        found, truth = set(found_of(row)), set(row["organisations"])
        tp, fp, fn = tp + len(found & truth), fp + len(found - truth), fn + len(truth - found)
    return tp, fp, fn


def precision_recall(tp: int, fp: int, fn: int) -> tuple[float, float]:
    return tp / ((tp + fp) or 1), tp / ((tp + fn) or 1)


def district_parts(cases: list[dict]) -> list[tuple[str, list[dict]]]:
    """The parts a district set is reported by: text layer, scan-like, no district, all."""
    return [
        ("text layer", [c for c in cases if not c["scan"]]),
        ("scan-like", [c for c in cases if c["scan"]]),
        ("no district", [c for c in cases if c["district"] is None]),
        ("all", cases),
    ]


def district_rates(cases: list[dict], found_of=district_of) -> dict[str, float]:
    """The share right in each non-empty part of `cases` (keys as in district_parts)."""
    rates = {}
    for label, part in district_parts(cases):
        right, total = district_counts(part, found_of)
        if total:
            rates[label] = right / total
    return rates


def heldout_figures(cases: list[dict], rows: list[dict]) -> dict[str, float]:
    """The figures a held-out pair is held to: the district rates by part, organisation precision and recall."""
    precision, recall = precision_recall(*organisation_counts(rows))
    return {**district_rates(cases), "precision": precision, "recall": recall}


def district_summary(name: str, cases: list[dict]) -> str:
    shown = []
    for label, part in district_parts(cases):
        right, total = district_counts(part)
        if not total:
            continue
        shown.append(f"{label} {right / total:.3f} ({right}/{total})")
    return f"{name}: districts " + "; ".join(shown)


def district_misses(cases: list[dict], found_of=district_of) -> list[str]:
    """One line per case whose district is wrong: id, found, truth, and the text it was read from."""
    lines = []
    for case in cases:
        found = found_of(case)
        if found != case["district"]:
            given = " | ".join(case[f] for f in ("plats", "sokande", "text", "path") if case.get(f))
            lines.append(f"  {case['id']}: found {found!r}, truth {case['district']!r}: {given}")
    return lines


def organisation_misses(rows: list[dict], found_of) -> list[str]:
    """One line per sentence whose names differ: id, names missed (-) and extra (+), the sentence."""
    lines = []
    for row in rows:
        found, truth = set(found_of(row)), set(row["organisations"])
        if found != truth:
            lines.append(f"  {row['id']}: -{sorted(truth - found)} +{sorted(found - truth)}: {row['text']}")
    return lines


def _found_organisations(row: dict) -> set[str]:
    from bilagor.extractor.entities import find_organisations

    return {o.name for o in find_organisations(row["text"], year=row.get("year"))}


def organisation_summary(name: str, rows: list[dict]) -> str:
    tp, fp, fn = organisation_counts(rows)
    precision, recall = precision_recall(tp, fp, fn)
    return f"{name}: organisations P={precision:.3f} R={recall:.3f} (tp={tp} fp={fp} fn={fn}; {len(rows)} sentences)"


def main(argv: list[str]) -> int:
    args = list(argv)
    show_misses = "--misses" in args
    args = [a for a in args if a != "--misses"]
    half = None
    if "--half" in args:
        at = args.index("--half")
        half = args[at + 1] if at + 1 < len(args) else ""
        del args[at : at + 2]
        if half not in ("dev", "keep"):
            print(f"--half must be dev or keep, not {half!r}", file=sys.stderr)
            return 2
        if half == "keep" and show_misses:
            print("--misses is refused with --half keep: the keep half is scored in aggregate only", file=sys.stderr)
            return 2
    for name in args or ["districts3.jsonl", "organisations3.jsonl"]:
        rows = load_rows(name)
        district_set = "district" in rows[0]
        if half:
            rows, name = half_of(rows, half), f"{name} ({half} half)"
        print(district_summary(name, rows) if district_set else organisation_summary(name, rows))
        if show_misses:
            print("\n".join(district_misses(rows) if district_set else organisation_misses(rows, _found_organisations)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
