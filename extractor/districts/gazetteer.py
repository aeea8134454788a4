"""The gazetteers shipped as package data (places.json by hand, places_built.json from open data), read on
first use, off the `bilagor search` start-up path."""

from __future__ import annotations

from functools import lru_cache

from bilagor.extractor.text import fold


@lru_cache(maxsize=1)
def hand_gazetteer() -> dict:
    return read_data_json("places.json")


@lru_cache(maxsize=1)
def built_gazetteer() -> dict:
    """The places built from open data by bench/build_places.py (stadsdelar, stop names), the names
    that data finds ambiguous and the places that are also common words."""
    return read_data_json("places_built.json")


def read_data_json(name: str) -> dict:
    import json  # the gazetteers are read on first use, off the `bilagor search` start-up path
    from importlib import resources

    return json.loads(resources.files("bilagor.extractor").joinpath(name).read_text(encoding="utf-8"))


def municipalities() -> list[str]:
    """The municipalities other than Stockholm that the hand gazetteer lists (the county's and other towns')."""
    return list(hand_gazetteer().get("municipalities", []))


@lru_cache(maxsize=1)
def gazetteer_places() -> dict[str, list[str]]:
    """District (before the mergers) -> its places: the hand gazetteer's first, then the built
    one's (a name the hand gazetteer lists stays with its district there)."""
    places = {district: list(names) for district, names in hand_gazetteer()["places"].items()}
    listed = {fold(p) for names in places.values() for p in names}
    for district, names in built_gazetteer()["places"].items():
        places.setdefault(district, []).extend(p for p in names if fold(p) not in listed)
    return places
