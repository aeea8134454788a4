"""`search_scoring.main_by_half`: which half is scored, and a held-out keep half never lists its misses."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import search_scoring  # noqa: E402

HALVES = {"all": ["q1", "q2"], "dev": ["q1"], "keep": ["q2"]}


@pytest.fixture
def calls(monkeypatch):
    seen = []
    monkeypatch.setattr(search_scoring, "main", lambda build, judged, classes, **kw: seen.append((judged, kw)))
    return seen


@pytest.mark.parametrize(
    "argv, held, expected",
    [
        ([], True, (["q1", "q2"], False)),  # the whole set holds the keep half: no misses either
        ([], False, (["q1", "q2"], True)),
        (["--half", "dev", "--misses"], True, (["q1"], True)),
        (["--half", "keep", "--misses"], True, (["q2"], False)),
        (["--half", "keep", "--misses"], False, (["q2"], True)),
    ],
)
def test_half_and_misses(monkeypatch, calls, argv, held, expected):
    monkeypatch.setattr(sys, "argv", ["prog", *argv])
    search_scoring.main_by_half(None, HALVES, (), keep_held_out=held)
    assert calls == [(expected[0], {"allow_misses": expected[1]})]


def test_unknown_half_is_refused(monkeypatch, calls):
    monkeypatch.setattr(sys, "argv", ["prog", "--half", "odd"])
    with pytest.raises(SystemExit, match="--half takes one of all, dev, keep"):
        search_scoring.main_by_half(None, HALVES, ())
    assert calls == []
