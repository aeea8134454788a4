"""A report's diarienummer (Dnr): the registry's number of its case, printed in a running header
("Dnr 1.5.3-219-2019", "Diarienr SDN 2019/44") or answered in a field ("Diarienummer | DN-2019/123").

A corrected copy of a report keeps its diarienummer when its project name is retyped, so summing rule 3 takes
the same number as the same report (index/reports/amounts.py). Pure functions over text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The labels a diarienummer is printed after, and the section keys a field so labelled gets (labels.section_key).
_LABEL = r"(?:dnr|diarienr|diarienummer|diarienumret)"
FIELD_KEYS = ("dnr", "diarienr", "diarienummer")
# The number: an optional registry prefix ("SDN ", "DN-", "E"), then digits with separators, ending in a digit.
_NUMBER = r"(?:[A-ZÅÄÖ]{1,6}[ -]?)?\d[\d.:/-]*\d"
_AFTER_LABEL = re.compile(rf"(?<![^\W\d_]){_LABEL}\b\.?[\s.:]*(?P<number>{_NUMBER})(?![\w/-])", re.IGNORECASE)
_ALONE = re.compile(rf"^\s*(?P<number>{_NUMBER})\s*[.,]?\s*$")


def file_number(furniture: Iterable[str], sections: Iterable[tuple[str, str]]) -> str | None:
    """The report's diarienummer as printed (spacing normalised), None when it has none.

    A field of its own (key in FIELD_KEYS) comes first, as the form's answer; else the first running header
    or line above the form that labels one (`furniture`). A label with only dots after it (a blank to fill
    in) is no number."""
    for key, text in sections:
        if key in FIELD_KEYS and (found := _number_in(text, field=True)):
            return found
    for line in furniture:
        if found := _number_in(line, field=False):
            return found
    return None


def _number_in(text: str, *, field: bool) -> str | None:
    match = _AFTER_LABEL.search(text) or (_ALONE.match(text) if field else None)
    if match is None:
        return None
    number = match.group("number")
    if sum(c.isdigit() for c in number) < 3:
        return None  # "Dnr 12": a reference too short to tell two cases apart
    return " ".join(number.split())


# A diarienummer typed as a whole search query ("2.1-106-2015", "Dnr SDN 2019/44"): the number needs a separator
# between digits, so a year ("2015"), a year range ("2019-2021") or a sum ("1 034 000") is no diarienummer.
_TYPED = re.compile(rf"^\s*(?:{_LABEL}\b\.?[\s.:]*)?(?P<number>{_NUMBER})\s*$", re.IGNORECASE)
_YEAR_RANGE = re.compile(r"^\d{4}\s*[-–]\s*(?:\d{4}|\d{2})$")


def typed_file_number(text: str) -> str | None:
    """The diarienummer a search query is made of alone (an optional "Dnr" before it), else None."""
    match = _TYPED.match(text)
    if match is None:
        return None
    number = match.group("number")
    digits = re.sub(r"^[^\d]*", "", number)
    if sum(c.isdigit() for c in number) < 3 or not re.search(r"\d[.:/-]+\d", digits) or _YEAR_RANGE.match(digits):
        return None
    return " ".join(number.split())


def file_number_key(number: str | None) -> str | None:
    """A diarienummer folded for comparison: case, spaces and a misread ':' for '.' ignored ("sdn 2018/123"
    and "SDN 2018/123" are one case)."""
    if not number:
        return None
    return re.sub(r"\s+", "", number).replace(":", ".").upper() or None
