"""Districts, the seventeenth round's second wave (issues #11/#12): "Söder" after a preposition that opens
the sentence, with controls for a direction and a lower-case "söder"."""

from __future__ import annotations

import pytest

from bilagor.extractor import districts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I Söder finns många små parker som behöver ljus.", ["Södermalm"]),
        ("Vid Söder har föreningen städat trapporna.", ["Södermalm"]),
        # controls: a direction, and the compass word in lower case, name no district
        ("I Söder om tullen ligger en annan kommun.", []),
        ("i söder ligger skogen.", []),
    ],
)
def test_soder_after_a_preposition_that_opens_the_sentence_is_sodermalm(text, expected):
    assert districts.nickname_mentions(text) == expected
