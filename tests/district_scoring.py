"""Scoring of district snippets (held-out and tuning sets alike): each case is a
location field, an applicant field, a body text and a path, with the district
a reader would name."""

from __future__ import annotations

import json
from pathlib import Path

from bilagor.extractor.metadata import build_metadata


def read_cases(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def district_of(case: dict) -> str | None:
    sections = [
        (key, case[field])
        for key, field in (("plats", "plats"), ("sokande_namnd", "sokande"), ("slutresultat", "text"))
        if case[field]
    ]
    meta = build_metadata([], sections, [], path=case["path"])
    if meta.year != case["year"]:  # the year is given, as if the title had named it
        meta = build_metadata([f"Uppföljning {case['year']}"], sections, [], path=case["path"])
    return meta.district


def district_accuracy(cases: list[dict]) -> tuple[float, list[str]]:
    misses = []
    for case in cases:
        found = district_of(case)
        if found != case["district"]:
            misses.append(f"{case['id']}: {found!r}, truth {case['district']!r}")
    return 1 - len(misses) / len(cases), misses
