"""Search's own misses, third round (issue #12, findability): short definite heads
("bron"), compounds' definite and plural heads ("gångtunnlarna"), place names the
lexicon cannot know ("Rålambshovsparken"), quoted phrases against compound parts."""

from __future__ import annotations

import subprocess
import sys

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


# ("arbetsplatsen" is a compound now: "arbete" + "platsen", tests/index/search/test_search4_compound_parts.py)
@pytest.mark.parametrize("word", ["sparken", "lindberg", "torget"])
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


REPORTS = {
    "bro": ("Belysning vid stationen", "Nya stolpar längs gångbron."),
    "parken": ("Konst i Kungsholmen", "Målningar vid Rålambshovsparken."),
    "tunnlar": ("Konst i tunnlar", "Gångtunnlarna har fått väggmålningar."),
    "compound": ("Ljus i Kungsholmen", "Gångstråket har fått ny trygghetsbelysning."),
    "phrase": ("Ljus vid skolan", "Skolgården har fått ny belysning."),
}


@pytest.fixture(scope="module")
def archive_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("findability")
    reports = {key: _report(key, project, text) for key, (project, text) in REPORTS.items()}
    with Archive.open(folder, writable=True) as archive:
        archive.add(reports.values())
    return folder, {r.id: key for key, r in reports.items()}


@pytest.fixture(scope="module")
def search(archive_folder):
    folder, key_of = archive_folder
    with Archive.open_for_reading(folder) as archive:

        def found(query: str) -> set[str]:
            return {key_of[h.id] for h in archive.search(query, limit=20).hits}

        yield found


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


def test_the_search_path_loads_no_lexicon(archive_folder):
    script = (
        "import sys\n"
        "from bilagor.index.archive import Archive\n"
        "from bilagor.index.search import compounds\n"
        "with Archive.open_for_reading(sys.argv[1]) as archive:\n"
        "    for query in ('bron', 'gångtunneln', 'parken', '\"ny belysning\"'):\n"
        "        archive.search(query, limit=10)\n"
        "print(compounds.load_lexicon.cache_info().currsize)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(archive_folder[0])], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "0"


def test_doubled_consonant_before_a_definite_ending():
    assert base_form("gymmet") == "gym"
    assert base_form("utegymmet") == "utegym"
    assert base_form("dammet") == "damm"  # the word with the double consonant first
    assert base_form("minnet") == "minne"  # not "min", a function word


@pytest.mark.parametrize("word", ["parkeringen", "planeringen", "markeringen"])
def test_definite_ing_nouns_are_not_split_at_ingen(word):
    assert split_compound(word) == []


@pytest.mark.parametrize(
    "word, base",
    [
        ("broarna", "bro"),  # too short for the stemmer's suffix region
        ("sjöar", "sjö"),
        ("bror", None),  # a brother, not a bridge
        ("väggen", None),  # a wall, not a road
        ("huset", "hus"),
        ("badet", "bad"),
        ("platsen", "plats"),  # the stemmer makes "plats" "plat", "platsen" "plats"
        ("platserna", "plats"),
        ("bussarna", "buss"),
        ("kameror", None),
        ("timmar", None),
    ],
)
def test_forms_the_stemmer_cannot_relate(word, base):
    assert base_form(word) == base


def test_plats_finds_platsen_and_back(tmp_path):
    reports = {
        "definite": _report("definite", "Trygg mötesplats", "Platsen har fått belysning."),
        "plural": _report("plural", "Broar i Kungsholmen", "Gångbroarna har fått nya räcken."),
    }
    with Archive.open(tmp_path, writable=True) as archive:
        archive.add(reports.values())
    key_of = {r.id: key for key, r in reports.items()}
    with Archive.open_for_reading(tmp_path) as archive:
        assert {key_of[h.id] for h in archive.search("plats").hits} == {"definite"}
        assert {key_of[h.id] for h in archive.search("bro").hits} == {"plural"}
