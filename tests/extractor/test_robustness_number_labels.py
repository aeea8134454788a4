"""A label of numbers only ("10 1.1") was told by a pattern whose nested groups split a run of digits in every
way before failing: twice the time a digit, so an OCR'd label of a long number and a letter (PdfPig's
P2P-33713919, h32) held the layout past the file's time-out. The pattern now never splits a run it has taken:
the same strings (every string of up to six characters from the alphabet below), and a long run fails at once."""

from __future__ import annotations

import itertools
import re
import subprocess
import sys

from bilagor.extractor.layout import numberlabels

# The pattern as it was: the definition of the strings that are numbers only.
_DEFINITION = re.compile(r"^(?:\d+(?:\.\d+)*\.?(?:\s?[a-h]\))?\s*)+$")


def test_numbers_only_are_the_strings_they_were():
    for length in range(7):
        for chars in itertools.product("12. a)x\t", repeat=length):
            text = "".join(chars)
            assert bool(numberlabels._NUMBERS_ONLY.match(text)) == bool(_DEFINITION.match(text)), repr(text)


def test_a_long_number_and_a_letter_is_no_label_of_numbers():
    """In a process of its own, stopped after a minute: no timing of a fast match (microseconds), a guard against
    one that does not end (2 ** 60 ways to split the run for the old pattern)."""
    check = (
        "from bilagor.extractor.layout.numberlabels import _NUMBERS_ONLY as p;"
        "assert not p.match('4' * 60 + 'x') and p.match('10 1.1 ')"
    )
    done = subprocess.run([sys.executable, "-c", check], timeout=60, capture_output=True)
    assert done.returncode == 0, done.stderr.decode()
