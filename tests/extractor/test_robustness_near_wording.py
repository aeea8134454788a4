"""A long dense document's largest layout cost was the label test's near misses: every line that might be a label
was compared, by a pure-Python edit distance, with every known wording (h33: 64 s of a 64-page booklet's
profile, issue #12). Now a bag-of-letters lower bound leaves only the wordings that may lie near, and the edit
distance is worked out for those: the nearest wordings, so the keys and labels, are the same."""

from __future__ import annotations

import random

from bilagor.extractor import labels
from bilagor.extractor.labels import (
    LETTERS_PER_EDIT,
    MIN_NEAR_LETTERS,
    _label_starts,
    _look_alike_distance,
    _near_wording,
    vocabulary,
)

_LETTERS = "abcdefghijklmnopqrstuvwxyzåäö1|!í "


def _old_near_wording(folded: str, exact: dict[str, str], *, short: bool = False, expected: str | None = None):
    """The definition: every known wording's distance worked out (the h33 code)."""
    if len(folded.split()) > 8 or (len(folded) < MIN_NEAR_LETTERS and not short):
        return None
    allowed = max(1, len(folded) // LETTERS_PER_EDIT)
    near = sorted((d, known) for known in exact if (d := _look_alike_distance(folded, known, allowed)) <= allowed)
    if expected is not None and any(exact[known] == expected for _, known in near):
        near = [(d, known) for d, known in near if exact[known] == expected]
    if not near or len({exact[known] for _, known in near}) != 1:
        return None
    return near[0][1]


def _misread(rng: random.Random, text: str) -> str:
    """`text` with a few letters dropped, added, changed or written as look-alikes ("m" as "rn", "l" as "1")."""
    chars = list(text)
    for _ in range(rng.randint(0, 4)):
        at = rng.randrange(len(chars) + 1)
        kind = rng.random()
        if kind < 0.25 and at < len(chars):
            del chars[at]
        elif kind < 0.5:
            chars.insert(at, rng.choice(_LETTERS))
        elif kind < 0.75 and at < len(chars):
            chars[at] = rng.choice(_LETTERS)
        elif at < len(chars):
            chars[at] = {"m": "rn", "w": "vv", "l": "1", "i": "l"}.get(chars[at], chars[at])
    return "".join(chars).strip()


def _cases(rng: random.Random, wordings: list[str], n: int) -> list[str]:
    out = []
    for _ in range(n):
        pick = rng.random()
        if pick < 0.6:
            out.append(_misread(rng, rng.choice(wordings)))
        elif pick < 0.8:  # two wordings run together, or a wording's start
            a, b = rng.choice(wordings), rng.choice(wordings)
            out.append(_misread(rng, rng.choice([f"{a} {b}", a[: rng.randint(1, len(a))]])))
        else:  # prose
            out.append(" ".join("".join(rng.choice(_LETTERS[:29]) for _ in range(rng.randint(1, 9))) for _ in range(3)))
    return out


def test_the_nearest_wording_is_the_old_definitions():
    rng = random.Random(34)
    vocab_exact = vocabulary().exact
    starts = _label_starts()[0]
    keys = sorted(set(vocab_exact.values()))
    found = 0
    for exact in (vocab_exact, starts):
        for text in _cases(rng, list(exact), 700):
            for short in (False, True):
                expected = rng.choice([None, *keys])
                got = _near_wording(text, exact, short=short, expected=expected)
                assert got == _old_near_wording(text, exact, short=short, expected=expected), (text, short, expected)
                found += got is not None
    assert found > 500  # the cases are near wordings, not only prose


def test_a_callers_own_wordings():
    exact = {"plats": "plats", "projektnamn": "project_name", "kontaktperson": "contact"}
    assert _near_wording("projektnarnn", exact) == "projektnamn"
    assert _near_wording("piats", exact, short=True) == "plats"
    assert _near_wording("piats", {}, short=True) is None
    exact["kontaktperson"] = "other"  # a changed dict: its wordings, not the kept ones'
    exact["platser"] = "places"
    assert _near_wording("kontaktpersom", exact) == "kontaktperson"


def test_few_edit_distances_a_line(monkeypatch):
    """A dense document's lines of prose, each looked up as a label might be: before, an edit distance against
    every known wording a line (some 60); now only against those the letter counts leave."""
    calls = []
    real = labels.edit_distance

    def counted(a: str, b: str, limit: int) -> int:
        calls.append(1)
        return real(a, b, limit)

    monkeypatch.setattr(labels, "edit_distance", counted)
    rng = random.Random(7)
    lines = [
        " ".join("".join(rng.choice(_LETTERS[:29]) for _ in range(rng.randint(2, 9))) for _ in range(rng.randint(1, 6)))
        for _ in range(400)
    ]
    for line in lines:
        _near_wording(line, vocabulary().exact, short=True)
        _near_wording(line, _label_starts()[0], short=True)
    assert len(calls) < 0.05 * len(lines) * (len(vocabulary().exact) + len(_label_starts()[0]))
