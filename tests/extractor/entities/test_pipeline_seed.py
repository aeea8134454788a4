"""Entities of the real seed report (Norrmalm, camera surveillance, 2018)."""

from __future__ import annotations

import sys

import pytest

from bilagor.extractor.entities import find_entities
from bilagor.extractor.record import Section
from factories import SHARED, make_report

SEED_DIR = SHARED / "seed"
SEED_FILE = SEED_DIR / "bilaga5-uppfoljning-kameraovervakning-2018.txt"

# Label as it starts in the seed text -> section key.
LABELS = (
    ("Projektnamn", "projektnamn"),
    ("Geografisk plats", "plats"),
    ("Projektets mål", "mal_och_syfte"),
    ("Beskrivning av slutresultat", "slutresultat"),
    ("Beskrivning av eventuella avvikelser", "avvikelser"),
    ("Beskrivning av ekonomiskt utfall", "ekonomiskt_utfall"),
    ("Bilder före", "bilder_fore"),
    ("Bilder efter", "bilder_efter"),
)
ECONOMY = (
    "Det ekonomiska utfallet för projektet för 2018 bedöms uppgå till ca 2,6 mnkr jämfört med "
    "budget på 5,0 mnkr. Orsaken till avvikelsen anges ovan."
)


def seed_sections(text: str) -> list[Section]:
    """Cut the seed text at its labels; each section's text whitespace-normalised."""
    flat = " ".join(text.split())
    starts = [(flat.index(label), label, key) for label, key in LABELS]
    sections = []
    for i, (start, label, key) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(flat)
        sections.append(Section(key, label, flat[start:end].strip(), 1))
    return sections


@pytest.fixture(scope="module")
def seed_report():
    if not SEED_FILE.exists():
        pytest.skip(f"seed text not found at {SEED_FILE}")
    sections = [s for s in seed_sections(SEED_FILE.read_text(encoding="utf-8")) if s.key != "ekonomiskt_utfall"]
    sections.append(Section("ekonomiskt_utfall", "Beskrivning av ekonomiskt utfall", ECONOMY, 1))
    return make_report("seed", sections=sections, amounts=[], organisations=[], year=2018)


def test_seed_text_holds_the_economy_sentence():
    if not SEED_FILE.exists():
        pytest.skip("seed text missing")
    assert ECONOMY in " ".join(SEED_FILE.read_text(encoding="utf-8").split())


def test_seed_amounts(seed_report):
    amounts, _ = find_entities(seed_report)
    assert [(a.sek, a.role, a.approx) for a in amounts] == [(2_600_000, "utfall", True), (5_000_000, "budget", False)]
    assert [a.text for a in amounts] == ["ca 2,6 mnkr", "5,0 mnkr"]
    assert all(a.section == "ekonomiskt_utfall" and a.page == 1 for a in amounts)
    assert amounts[0].sentence.startswith("Det ekonomiska utfallet") and amounts[0].sentence.endswith("5,0 mnkr.")


def test_seed_organisations(seed_report):
    _, organisations = find_entities(seed_report)
    by_name = {o.name: o for o in organisations}
    expected = {
        "Polisen",
        "Stadsledningskontoret",
        "S:t Erik Kommunikation",
        "Stokab",
        "Trafikkontoret",
        "Norrmalms stadsdelsnämnd",
    }
    assert expected <= set(by_name)
    assert set(by_name) - expected == set(), "generic words (staden, förvaltning/bolag) are not organisations"
    assert by_name["Polisen"].kind == "myndighet" and by_name["Polisen"].count == 6
    assert by_name["Norrmalms stadsdelsnämnd"].kind == "stadsdel"
    assert by_name["Stokab"].kind == "bolag"


def test_seed_record_validates(seed_report):
    from factories import validate_record

    seed_report.amounts, seed_report.organisations = find_entities(seed_report)
    validate_record(seed_report.to_dict())


def test_importing_entities_does_not_load_spacy():
    import subprocess

    code = "import sys, bilagor.extractor.entities, bilagor.extractor.record; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_pipeline_is_built_once_and_marks_money_spans():
    from bilagor.extractor.entities.pipeline import MONEY_SPANS, build_pipeline

    nlp = build_pipeline()
    assert build_pipeline() is nlp
    assert nlp.pipe_names == ["sentencizer", "bilagor_districts", "entity_ruler", "bilagor_money", "bilagor_totals"]
    doc = nlp("Polisen betalade ca. 2,6 mnkr. Budgeten var 5 kr.")
    assert [(s.text, s._.money.sek, s.label_) for s in doc.spans[MONEY_SPANS]] == [
        ("ca. 2,6 mnkr", 2_600_000, "MONEY"),
        ("5 kr", 5, "MONEY"),
    ]
    assert [s.text for s in doc.sents] == ["Polisen betalade ca. 2,6 mnkr.", "Budgeten var 5 kr."]
    assert [(e.text, e.label_) for e in doc.ents] == [("Polisen", "ORG")]


def test_total_sentence_joins_its_cost_lines():
    from bilagor.extractor.entities.pipeline import build_pipeline

    doc = build_pipeline()("Vi fick 9 000 kr. Tryck 4 000 kr. Porto 1 500 kr. Summa 5 500 kr. Klart.")
    # the cost lines and their total are one sentence; a sentence with a verb of its own stays apart
    assert [s.text for s in doc.sents] == [
        "Vi fick 9 000 kr.",
        "Tryck 4 000 kr. Porto 1 500 kr. Summa 5 500 kr.",
        "Klart.",
    ]
    # abbreviated labels end no sentence
    assert len(list(build_pipeline()("Bev. bel. 40 000 kr").sents)) == 1
