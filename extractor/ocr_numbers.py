"""Amounts whose thousands space OCR lost: "2930 000" read for "2 930 000".

Amounts are grouped by threes ("2 930 000 kr"); a narrow space (or a
non-breaking one set tight) between the first digit and its group is often
not seen by Tesseract, leaving a four-digit group before three-digit ones.
The money parser reads either, but the stored text should be the report's.
A year before a number ("under 2018 300 timmar") is left alone unless a
currency follows the groups. Only OCR'd lines go through here.
"""

from __future__ import annotations

import re

from bilagor.extractor.text import edit_distance

_FOUR = re.compile(r"^[1-9]\d{3}$")
_GROUP = re.compile(r"^\d{3}[.,;]?$")
_UNIT = re.compile(r"^(kr|kronor|tkr|sek|:-)\W*$", re.I)
_YEARS = range(1900, 2100)
# Digits of one amount stand a word space apart at most: this many box heights.
_MAX_GAP_HEIGHTS = 1.5


def regrouped_thousands(words: list[tuple[str, list[int]]]) -> list[tuple[str, list[int]]]:
    """A line's (text, box) words with a four-digit group before three-digit groups split after its
    first digit ("2930", "000" -> "2", "930", "000"), the box shared out by characters."""
    result: list[tuple[str, list[int]]] = []
    for i, (text, box) in enumerate(words):
        groups = _groups_after(words, i) if _FOUR.match(text) else 0
        after = words[i + 1 + groups][0] if i + 1 + groups < len(words) else ""
        if groups and (int(text) not in _YEARS or _UNIT.match(after)):
            cut = box[0] + (box[2] - box[0]) // 4
            result += [(text[0], [box[0], box[1], cut, box[3]]), (text[1:], [cut, box[1], box[2], box[3]])]
        else:
            result.append((text, box))
    return result


def _groups_after(words: list[tuple[str, list[int]]], i: int) -> int:
    """How many three-digit groups follow words[i] at a word space."""
    count = 0
    for (_, prev), (text, box) in zip(words[i:], words[i + 1 :]):
        if not _GROUP.match(text) or box[0] - prev[2] > _MAX_GAP_HEIGHTS * (prev[3] - prev[1]):
            break
        count += 1
        if not text[-1].isdigit():
            break  # "000," ends the amount
    return count


# A page number's "1" read as a stroke ("Sida I", "Sida l (2)"): the footer is then not seen as
# page furniture and ends up in the page's last answer. Only a line that is the footer alone.
_PAGE_WORD = re.compile(r"^sida$", re.I)
_STROKE = frozenset({"I", "l", "|", "i"})
_PAGE_TAIL = re.compile(r"^(\(\d+\)|av|/|\d+)$", re.I)


def page_number_ones(words: list[tuple[str, list[int]]]) -> list[tuple[str, list[int]]]:
    """A footer line "Sida I", "Sida l (2)", "Sida I av 3" with the stroke read for "1" made "1"."""
    texts = [t for t, _ in words]
    if len(texts) < 2 or not _PAGE_WORD.match(texts[0]) or texts[1] not in _STROKE:
        return words
    if not all(_PAGE_TAIL.match(t) for t in texts[2:]):
        return words
    return [words[0], ("1", words[1][1]), *words[2:]]


# A diarienummer after its "Dnr" ("Dnr 9.1-767-2018", "Dnr SDN 2018/123"): on a scan the small type of the
# line above the form reads "Dn:", "Dm" or "Onr", and the year in it (often the only one on the page) was lost.
_FILE_NUMBER = re.compile(r"^(?:\d{1,3}(?:[.:]+\d+)*-\d+-(?:199\d|20\d\d)|(?:199\d|20\d\d)/\d+)[.,]?$")
_DNR_READINGS = re.compile(r"^[DO0][nmr][nr:;.,]?$", re.I)
# Its middle stroke lost or filled on a ragged 1-bit copy: "Dar", "Dor", "Dnt" (one letter off, the "D" or "O" kept).
_DNR_ONE_OFF = re.compile(r"^[DO0][^\W\d_][^\W\d_]$", re.I)


def file_number_label(words: list[tuple[str, list[int]]]) -> list[tuple[str, list[int]]]:
    """A line with a word a letter off "Dnr" ("Dn:", "Dm", "Onr", "Dar") just before a diarienummer made "Dnr":
    the same running header read "Dar" on one page and "Dnr" on the next was not found repeated."""
    result = list(words)
    for i, ((text, box), (after, _)) in enumerate(zip(words, words[1:])):
        if text != "Dnr" and _dnr_reading(text) and _FILE_NUMBER.match(after):
            result[i] = ("Dnr", box)
    return result


def _dnr_reading(text: str) -> bool:
    if _DNR_READINGS.match(text):
        return True
    return bool(_DNR_ONE_OFF.match(text)) and edit_distance(text[1:].lower(), "nr", 1) <= 1
