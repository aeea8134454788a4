"""The gazetteer's place patterns compiled per first letter and the letter after it, when a text needs them
(thirty-first round, h36/f-robust): a new reader process no longer compiles all some 3 000 alternatives before
its first place. The definition is the pattern of all of a first letter's places (the old one): the same matches
on every place of the gazetteer as written, inflected, compounded, unaccented and in capitals."""

from __future__ import annotations

import random
import re
from functools import lru_cache

from bilagor.extractor.districts import places
from bilagor.extractor.districts.gazetteer import hand_gazetteer
from bilagor.extractor.text import fold


@lru_cache(maxsize=1)
def _whole_patterns() -> dict[str, re.Pattern[str]]:
    """One pattern per first letter of all its places (as _place_matches had them)."""
    alternatives, _ = places._place_alternatives()
    return {key: re.compile(rf"(?:{'|'.join(alt for _, alt in alts)})(?![\w-])") for key, alts in alternatives.items()}


def _whole_matches(text: str) -> list[tuple[int, int, str | None]]:
    patterns = _whole_patterns()
    found = []
    end = 0
    for start in places._PLACE_START.finditer(text):
        if start.start() < end:
            continue
        letter = fold(start.group())
        parks = patterns.get("park:" + letter) if places._PARK_WORD.match(text, start.start()) else None
        m = parks.match(text, start.start()) if parks else None
        pattern = patterns.get(letter)
        m = m or (pattern.match(text, start.start()) if pattern else None)
        if m:
            found.append((m.start(), m.end(), m.lastgroup))
            end = m.end()
    return found


def _matches(text: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in places._place_matches(text)]


def _unaccented(name: str) -> str:
    return "".join(c if c.isupper() else fold(c) or c for c in name)


def _forms(name: str) -> list[str]:
    """A place as texts and scans write it."""
    return [
        name,
        name + "s",
        name + "torget",
        name + "-badet",
        name[:-2] + "sskolan" if name.endswith("en") else name + "skolan",
        _unaccented(name),
        name.upper(),
        name[:1] + name[1:].lower(),
        name.replace(" ", "  "),
        name.replace("-", " – "),
        name[:2],
        name[:-1],
    ]


def _names() -> list[str]:
    names = {p for ps in places._places().values() for p in ps}
    return sorted(names | set(hand_gazetteer().get("not_places", [])))


def test_every_place_matches_as_the_whole_pattern_of_its_letter() -> None:
    rng = random.Random(36)
    joins = (" och ", ", ", ". ", "\n", " i ", "", " Vid ", "-", "/")
    texts = []
    forms = [form for name in _names() for form in _forms(name)]
    rng.shuffle(forms)
    for start in range(0, len(forms), 40):
        chunk = forms[start : start + 40]
        texts.append("Arbetet gjordes " + "".join(f + rng.choice(joins) for f in chunk) + chunk[0])
    texts.append("Ä")  # a capital at the text's end
    compared = 0
    for text in texts:
        whole = _whole_matches(text)
        assert _matches(text) == whole, text[:200]
        compared += len(whole)
    assert compared > 10_000  # the forms do name places


def test_a_short_text_compiles_few_patterns() -> None:
    places._place_pattern.cache_clear()
    places._compiled_places.cache_clear()
    assert places.place_mentions("Arbetet gjordes i Blecktornsparken och vid Skärholmstorget.") == [
        "Södermalm",
        "Skärholmen",
    ]
    alternatives, _ = places._place_alternatives()
    compiled = places._compiled_places.cache_info().currsize
    assert 0 < compiled <= 6 < len(alternatives)


def test_a_place_said_to_lie_elsewhere_as_the_one_pattern_read_it() -> None:
    whole = re.compile(rf"(?:\s+[a-zåäö][\w-]*){{0,2}}?{places._outside_after().pattern}")
    tails = (
        " i Sigtuna",
        " strand i Sigtuna kommun",
        " gamla strand i Täby",
        " a b c i Täby",
        ", Gävle kommun",
        " (Gävle)",
        " strand, Hedemora",
        " i Stockholm",
        "s torg i Uppsala",
        " Strand i Sigtuna",
        " strand-området i Enköpings kommun",
        "  \n i  Solna",
        " och i Solna",
        "",
    )
    rng = random.Random(361)
    text = "".join(
        rng.choice(("Sätra", "Lunda", "Husby")) + rng.choice(tails) + rng.choice((". ", " ", "\n")) for _ in range(400)
    )
    checked = 0
    for end in range(len(text) + 1):
        assert places._outside_after_name(text, end) == bool(whole.match(text, end)), text[end : end + 40]
        checked += bool(whole.match(text, end))
    assert checked > 100
