"""The forms scorer counts a list item as found whatever mark the producer printed for "•" (tests/layout_scoring.py)."""

from __future__ import annotations

from layout_scoring import CORE_FIELDS, Scores, same_list_marks


def _record(text: str) -> dict:
    return {**dict.fromkeys(CORE_FIELDS, "x"), "sections": [{"key": "aktiviteter", "text": text}]}


def test_a_dash_printed_for_the_bullet_is_the_same_item() -> None:
    scores = Scores()
    scores.add(
        "a.pdf",
        _record("Vi har:\n- kameror\n− skyltar\n  – belysning"),
        _record("Vi har:\n• kameror\n• skyltar\n• belysning"),
    )
    assert scores.sections_matched == 1


def test_the_words_still_count() -> None:
    scores = Scores()
    scores.add("a.pdf", _record("Vi har:\n- kameror"), _record("Vi har:\n• skyltar"))
    assert scores.sections_matched == 0


def test_items_run_on_one_line_are_the_same_items() -> None:
    assert same_list_marks("Insatsen bestod av: - kvällar – värdar") == "Insatsen bestod av: • kvällar • värdar"


def test_a_dash_in_a_word_or_alone_is_kept() -> None:
    assert same_list_marks("2019-2020 E−post") == "2019-2020 E−post"
    assert same_list_marks("-\nkameror") == "-\nkameror"
    assert same_list_marks("-5 000 kr") == "-5 000 kr"
