"""Shared test helpers."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from bilagor.extractor.record import Amount, Organisation, Report, Section

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_PATH = ROOT / "extractor" / "report.schema.json"


@pytest.fixture(scope="session")
def report_schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def validate_record(data: dict) -> None:
    import jsonschema

    jsonschema.validate(data, json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def make_report(seed: str = "a", **overrides) -> Report:
    """A small, valid record built in memory (no PDF needed)."""
    values = dict(
        id=hashlib.sha256(seed.encode()).hexdigest(),
        paths=[f"/data/{seed}.pdf"],
        filename=f"{seed}.pdf",
        pages=1,
        ocr=False,
        extractor_version="1",
        title="Bilaga 5 - Uppföljning trygghetsinvestering",
        form_kind="uppfoljning",
        appendix="5",
        year=2018,
        year_source="text",
        district="Norrmalm",
        district_today="Norra innerstaden",
        project="Kameraövervakning",
        location="Sergels torg, Norrmalms stadsdelsnämnd",
        stage="slutredovisning",
        sections=[
            Section("projektnamn", "Projektnamn", "Kameraövervakning", 1),
            Section("ekonomiskt_utfall", "Ekonomiskt utfall", "Utfallet blev ca 2,6 mnkr mot budget 5,0 mnkr.", 1),
        ],
        organisations=[Organisation("Polisen", "myndighet", ["polisen"], 2)],
        amounts=[
            Amount("ca 2,6 mnkr", 2_600_000, True, "utfall", "ekonomiskt_utfall", 1, "Utfallet blev ca 2,6 mnkr mot budget 5,0 mnkr."),
            Amount("5,0 mnkr", 5_000_000, False, "budget", "ekonomiskt_utfall", 1, "Utfallet blev ca 2,6 mnkr mot budget 5,0 mnkr."),
        ],
    )
    values.update(overrides)
    return Report(**values)
