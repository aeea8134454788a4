"""Search's own misses, third round (issue #12, findability): short definite heads
("bron"), compounds' definite and plural heads ("gångtunnlarna"), place names the
lexicon cannot know ("Rålambshovsparken"), quoted phrases against compound parts."""

from __future__ import annotations

import pytest

from factories import make_report

from bilagor.extractor.record import Section
from bilagor.index.archive import Archive
from bilagor.index.search.compounds import (
    base_form,
    definite_base_candidates,
    split_compound,
    syncopated_plural,
)


@pytest.mark.parametrize(
    "word, parts",
    [
        ("rålambshovsparken", ["rålambshov", "parken"]),  # linking -s- dropped from the name
        ("hökarängsplan", ["hökaräng", "plan"]),
        ("flatenbadet", ["flaten", "badet"]),
    ],
)
def test_place_names_split_before_their_place_head(word, parts):
    assert split_compound(word) == parts


@pytest.mark.parametrize("word", ["sparken", "arbetsplatsen", "lindberg", "torget"])
def test_words_the_lexicon_knows_or_short_modifiers_stay_whole(word):
    assert split_compound(word) == []


def test_short_definite_bases():
    assert definite_base_candidates("bron") == ["bro"]
    assert definite_base_candidates("sten") == []  # not "ste" + n
    assert base_form("bron") == "bro"
    assert base_form("sjön") == "sjö"


def test_compound_heads_give_the_base_and_plural_of_the_whole():
    assert base_form("gångtunnlarna") == "gångtunnel"
    assert base_form("gångtunneln") == "gångtunnel"
    assert base_form("gångbron") == "gångbro"
    assert syncopated_plural("gångtunnel") == "gångtunnlar"


def _report(seed: str, project: str, text: str):
    return make_report(
        seed,
        project=project,
        location="Kungsholmen",
        sections=[
            Section("projektnamn", "Projektnamn", project, 1),
            Section("slutresultat", "Beskrivning av slutresultat", text, 1),
        ],
    )


@pytest.fixture(scope="module")
def search(tmp_path_factory):
    folder = tmp_path_factory.mktemp("findability")
    reports = {
        "bro": _report("bro", "Belysning vid stationen", "Nya stolpar längs gångbron."),
        "parken": _report("parken", "Konst i Kungsholmen", "Målningar vid Rålambshovsparken."),
        "tunnlar": _report("tunnlar", "Konst i tunnlar", "Gångtunnlarna har fått väggmålningar."),
        "compound": _report("compound", "Ljus i Kungsholmen", "Gångstråket har fått ny trygghetsbelysning."),
        "phrase": _report("phrase", "Ljus vid skolan", "Skolgården har fått ny belysning."),
    }
    with Archive.open(folder, writable=True) as archive:
        archive.add(reports.values())
    key_of = {r.id: key for key, r in reports.items()}
    with Archive.open_for_reading(folder) as archive:
        yield lambda query: {key_of[h.id] for h in archive.search(query, limit=20).hits}


def test_short_head_in_its_definite_form(search):
    assert search("bro") == {"bro"}


def test_place_name_found_by_its_head(search):
    assert search("park") == {"parken"}
    assert search("parken") == {"parken"}


def test_definite_compound_finds_its_plural(search):
    assert search("gångtunneln") == {"tunnlar"}


def test_quoted_phrase_is_not_matched_by_a_compound_part(search):
    assert search('"ny belysning"') == {"phrase"}
    assert search("ny belysning") == {"phrase", "compound"}  # bare words still find the parts
