"""Shared builders for the tests: records in memory, small archives, layout words.

Test modules import these by name (`from factories import make_report`);
pytest puts tests/ on sys.path (pyproject: pythonpath).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

from bilagor.extractor.record import Amount, Organisation, Report, Section
from bilagor.extractor.words import Word
from bilagor.index.archive import Archive

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
EXAMPLES = ROOT / "examples"
SCHEMA_PATH = ROOT / "extractor" / "report.schema.json"
SHARED = ROOT.parent / "shared"  # the project's shared folder beside the checkouts

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None and not os.environ.get("CI"),
    reason="tesseract is not installed (CI installs it and fails instead of skipping)",
)


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
            Amount(
                "ca 2,6 mnkr",
                2_600_000,
                True,
                "utfall",
                "ekonomiskt_utfall",
                1,
                "Utfallet blev ca 2,6 mnkr mot budget 5,0 mnkr.",
            ),
            Amount(
                "5,0 mnkr",
                5_000_000,
                False,
                "budget",
                "ekonomiskt_utfall",
                1,
                "Utfallet blev ca 2,6 mnkr mot budget 5,0 mnkr.",
            ),
        ],
    )
    values.update(overrides)
    return Report(**values)


# -- the amounts fixture archive (tests of amounts, export, charts) --------


def _amount(role, sek, text=None, approx=False, section="ekonomiskt_utfall", sentence=None):
    text = text or f"{sek} kr"
    return Amount(text, sek, approx, role, section, 1, sentence or f"Meningen med {text}.")


def _org(name):
    return Organisation(name, "myndighet", [name.lower()], 1)


def fixture_reports():
    return [
        make_report(
            "A",
            year=2018,
            district="Norrmalm",
            district_today="Norra innerstaden",
            project="Kameraövervakning",
            stage="slutredovisning",
            organisations=[_org("Polisen"), _org("Stokab")],
            amounts=[
                _amount(
                    "utfall",
                    2_600_000,
                    "ca 2,6 mnkr",
                    approx=True,
                    sentence="Det ekonomiska utfallet bedöms uppgå till ca 2,6 mnkr jämfört med budget på 5,0 mnkr.",
                ),
                _amount("budget", 5_000_000, "5,0 mnkr"),
                _amount("budget", 5_000_000, "5 mnkr", section="projektets_mal_och_syfte"),
                _amount("annat", 4_200_000, "(4,2 mnkr)"),
            ],
        ),
        make_report(
            "G",
            year=2018,
            district="Bromma",
            district_today="Bromma",
            project="Belysning Tunnlandsparken",
            stage="delredovisning",
            organisations=[],
            amounts=[_amount("budget", 2_000_000), _amount("prognos", 1_900_000)],
        ),
        make_report(
            "B",
            year=2019,
            district="Farsta",
            district_today="Farsta",
            project="Trygghetsbelysning Farsta strand",
            stage="delredovisning",
            organisations=[],
            amounts=[_amount("budget", 1_200_000), _amount("utfall", 400_000)],
        ),
        make_report(
            "D",
            year=2019,
            district="Östermalm",
            district_today="Norra innerstaden",
            project="Röjning av buskage",
            stage="slutredovisning",
            organisations=[_org("Polisen")],
            amounts=[
                _amount("budget", 300_000),
                _amount("budget", 250_000, section="avvikelser"),
                _amount("utfall", 500_000),
                _amount("annat", 100_000, "varav 100 000 kr"),
            ],
        ),
        make_report(
            "E",
            year=2019,
            district="Rinkeby-Kista",
            district_today="Järva",
            project="Pollare Husby torg",
            stage="slutredovisning",
            organisations=[_org("Polisen"), _org("AB Svenska Bostäder")],
            amounts=[
                _amount("beviljat", 800_000),
                _amount("utfall", 850_000, "drygt 850 000 kr", approx=True),
                _amount("sokt", 900_000),
            ],
        ),
        make_report(
            "C",
            year=2020,
            district="Farsta",
            district_today="Farsta",
            project="trygghetsbelysning  farsta strand",
            stage="slutredovisning",
            organisations=[],
            amounts=[_amount("budget", 1_200_000), _amount("utfall", 1_150_000), _amount("avvikelse", 50_000)],
        ),
        make_report(
            "F",
            year=2020,
            district="Skärholmen",
            district_today="Skärholmen",
            project="Utegym",
            form_kind="ansokan",
            stage=None,
            organisations=[],
            amounts=[_amount("sokt", 220_000)],
        ),
    ]


def _with_own_text(report):
    """Sections made of the report's own project and sentences, so a query tells reports apart."""
    sentences = " ".join(dict.fromkeys(a.sentence for a in report.amounts))
    report.sections = [
        Section("projektnamn", "Projektnamn", report.project or "", 1),
        Section("ekonomiskt_utfall", "Ekonomiskt utfall", sentences, 1),
    ]
    return report


def report_id(seed):
    return make_report(seed).id


def district_ids(folder, district: str) -> tuple[set[str], set[str]]:
    """(the ids `bilagor search --district` finds, the ids `bilagor amounts --district` sums) in the archive
    at `folder`: the two must agree on which reports a district holds."""
    from bilagor.index.reports.amounts import summarise_archive

    with Archive.open_for_reading(folder) as archive:
        searched = set(archive.matching_ids(None, district=district))
        summed = set(summarise_archive(archive, by="year", district=district).report_ids)
    return searched, summed


def build_archive(folder):
    """The amounts fixture archive (see tests/index/reports/test_amounts.py for its figures)."""
    with Archive.open(folder, writable=True) as archive:
        archive.add([_with_own_text(r) for r in fixture_reports()])
    return folder


# -- layout words -------------------------------------------------------------


def words(text: str, x: float, top: float, size: float = 11.0, font: str = "Helvetica") -> list[Word]:
    """Words of one line, each char ~0.5 em wide and one space between words."""
    out = []
    for token in text.split():
        width = 0.5 * size * len(token)
        out.append(Word(token, x, x + width, top, top + size, font, size))
        x += width + 0.28 * size
    return out


def char(
    text: str, x0: float, top: float = 100.0, font: str = "Helvetica", size: float = 10.0, width: float = 5.0
) -> dict:
    """A character as pdfplumber's word grouping reads it (the keys read_pdf builds), `width` points wide."""
    return {
        "text": text,
        "x0": x0,
        "x1": x0 + width,
        "top": top,
        "bottom": top + size,
        "doctop": top,
        "fontname": font,
        "size": size,
        "upright": True,
    }
