"""Build extractor/sv_sentence_starts.txt, the common Swedish words that, capitalised after a comma on a small scan,
start a sentence: the comma was a full stop (issue #12, thirty-second round).

    .venv/bin/python bench/sentence_starts_37.py

From the search's word-frequency lexicon (index/search/sv_lexicon.tsv, which the extractor may not import): every
word of letters alone at least as frequent as Zipf 3.0, less the words of the districts' names and the places of
extractor/places.json (a comma before "Norrmalms stadsdelsnämnd" is a comma) and the first words of the organisations'
names and aliases of extractor/entities/organisations.json ("polisen, Svenska Bostäder och ..."). Rebuild it when the
lexicon or the gazetteers change.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEXICON_PATH = ROOT / "index" / "search" / "sv_lexicon.tsv"
OUT_PATH = ROOT / "extractor" / "sv_sentence_starts.txt"
MIN_ZIPF = 300  # the lexicon's Zipf values are in hundredths
# words of place names the gazetteers do not list whole (a district's "Norra innerstaden")
PLACE_WORDS = {"norra", "södra", "östra", "västra", "stockholm", "stockholms", "innerstaden", "sverige"}


def place_words() -> set[str]:
    """Lowercase words of the districts' and places' names, with their genitive, and the first words of the
    organisations' names and aliases."""
    from bilagor.extractor.districts.names import DISTRICTS

    names = [district.name for district in DISTRICTS]
    places = json.loads((ROOT / "extractor" / "places.json").read_text(encoding="utf-8"))
    for key, value in places.items():
        if key != "_comment":
            names += list(value)
    words = set(PLACE_WORDS)
    gazetteer = json.loads((ROOT / "extractor" / "entities" / "organisations.json").read_text(encoding="utf-8"))
    for organisation in gazetteer["organisations"]:
        for name in [organisation["name"], *organisation.get("aliases", [])]:
            first = name.split()[0].lower() if name.split() else ""
            words |= {first, first + "s"}
    for name in names:
        for word in re.split(r"[\s\-]+", name.lower()):
            if word:
                words |= {word, word + "s"}
    return words


def sentence_starts(lexicon: dict[str, int], places: set[str]) -> list[str]:
    """The words (sorted) that start a sentence after a comma misread for a full stop."""
    return sorted(w for w, zipf in lexicon.items() if zipf >= MIN_ZIPF and w.isalpha() and w not in places)


def read_lexicon() -> dict[str, int]:
    rows = (line.rstrip("\n").split("\t") for line in LEXICON_PATH.read_text(encoding="utf-8").splitlines())
    return {word: int(zipf) for word, zipf in rows}


if __name__ == "__main__":
    words = sentence_starts(read_lexicon(), place_words())
    OUT_PATH.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT_PATH.relative_to(ROOT)}")
