"""Rebuild extractor/places_built.json, the gazetteer built from open data (development time).

    .venv/bin/python bench/build_places.py STADSDELAR_GEOJSON STOPS_TXT SCHOOLS_JS

STADSDELAR_GEOJSON: the city's stadsdelar as polygons in WGS84, from Stockholms stad's
"Stadskarta" on its open data portal (dataportalen.stockholm.se, CC0 1.0), as converted in
github.com/KTHHealthData/stockholm-stadsdelar (geojson/fullsize/stadsdelar.geo.json, data of
2021-04-13). STOPS_TXT: a GTFS stops.txt of all Swedish public transport, GTFS Sverige 2 from
Samtrafiken through Trafiklab (CC0 1.0); the copy used is of May 2022 (in
github.com/Kybbe/Pendlaren, stops.txt; that licence was written down from memory: the Trafiklab pages
read on 2026-12-04 do not state it, so confirm it before redistributing). SCHOOLS_JS: the buildings of
the city's school property company SISAB (601 schools, upper-secondary schools and preschools, each with
its name, street address and coordinates) as a JavaScript array, github.com/ka-hn/ebo-data-grid,
src/dev/testdata-markers-sisab.js (commit a76298b, 2019; the repository is MIT-licensed; where its
author took the names and positions from is not stated): each school's name and each address's street
become places. No OpenStreetMap extract of the city was found in the stored public index, so no
OSM data is used. No file is shipped: only the names drawn from them,
each mapped to its district through places_gazetteer.STADSDELAR. The hand gazetteer
(extractor/places.json) keeps its own entries; the common-word list covers both. The Swedish
words that mark a common-word name are the project's own dictionary table (index/search/sv_forms.tsv).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

from places_gazetteer import Area, build, school_points

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "extractor" / "places_built.json"

SOURCE = (
    "Built by bench/build_places.py; do not edit by hand. Stadsdelar: Stockholms stad, Stadskarta "
    "(dataportalen.stockholm.se, CC0 1.0), as GeoJSON from github.com/KTHHealthData/stockholm-stadsdelar "
    "(2021-04-13). Stop names and positions: GTFS Sverige 2, Samtrafiken/Trafiklab (CC0 1.0), copy of May 2022. "
    "School names and the streets of their addresses, with positions: the buildings of SISAB (the city's school "
    "property company) as listed in github.com/ka-hn/ebo-data-grid (src/dev/testdata-markers-sisab.js, MIT "
    "licence, 2019; its own source not stated). "
    "Each stop, school and street is placed in the stadsdel whose polygon holds it, each stadsdel in its district before the "
    "mergers of 2020 and 2023 (as the city lists them). ambiguous: names found in two districts or also outside "
    "the city, which decide nothing. common_words: one-word places (of this file and places.json) that are also "
    "Swedish words, which count in prose only where their capital cannot come from a sentence's start. "
    "localities_outside: the first words of the county's stop names outside the city (Gustavsberg): "
    'a place said to lie "i <locality>" lies outside the city.'
)


def read_areas(path: Path) -> list[Area]:
    data = json.loads(path.read_text(encoding="utf-8"))
    areas: list[Area] = []
    for feature in data["features"]:
        geometry = feature["geometry"]
        polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        areas.append((feature["properties"]["name"], polygons))
    return areas


def read_stops(path: Path) -> list[tuple[str, float, float]]:
    with path.open(encoding="utf-8", newline="") as f:
        return [(r["stop_name"], float(r["stop_lat"]), float(r["stop_lon"])) for r in csv.DictReader(f)]


def read_schools(path: Path) -> list[tuple[str, float, float]]:
    """The named points of the school buildings: a JavaScript array of objects, read as JSON
    (the text between its first "[" and last "]", trailing commas dropped)."""
    text = path.read_text(encoding="utf-8")
    array = re.sub(r",\s*([\]}])", r"\1", text[text.index("[") : text.rindex("]") + 1])
    return school_points(json.loads(array))


def read_words() -> frozenset[str]:
    words: set[str] = set()
    for line in (ROOT / "index" / "search" / "sv_forms.tsv").read_text(encoding="utf-8").splitlines():
        form, _, lemma = line.partition("\t")
        words.update((form, lemma))
    return frozenset(words)


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__)
        return 2
    hand = json.loads((ROOT / "extractor" / "places.json").read_text(encoding="utf-8"))["places"]
    points = read_schools(Path(argv[2]))
    built = build(read_areas(Path(argv[0])), read_stops(Path(argv[1])), hand, read_words(), points)
    OUT.write_text(json.dumps({"_source": SOURCE, **built}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    count = sum(len(v) for v in built["places"].values())
    print(
        f"{OUT.name}: {count} places, {len(built['ambiguous'])} ambiguous, {len(built['common_words'])} common words, "
        f"{len(built['localities_outside'])} localities outside the city"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
