"""A district named by a file or folder name ("skarpnack/bilaga5.pdf"), the last resort."""

from __future__ import annotations

import re
from functools import lru_cache

from bilagor.extractor.text import fold
from bilagor.extractor.districts.gazetteer import gazetteer_places
from bilagor.extractor.districts.names import DISTRICTS, OTHER_FORMS


def _spaced(text: str) -> str:
    """`text` folded, every run of other characters than letters and digits one space."""
    return re.sub(r"[^a-z0-9]+", " ", fold(text)).strip()


@lru_cache(maxsize=None)
def _whole_word(form: str, plural: bool = False) -> re.Pattern[str]:
    """`form` as whole words of a spaced path part (compiled once: the forms outnumber re's own cache)."""
    return re.compile(rf"(?<![a-z0-9]){re.escape(form)}{'s?' if plural else ''}(?![a-z0-9])")


def _names(words: str, form: str, plural: bool = False) -> bool:
    return form in words and _whole_word(form, plural).search(words) is not None


@lru_cache(maxsize=1)
def _path_forms() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each district's spaced forms (its name, its genitive; a name of several words also written as one),
    the longest names first."""
    forms = []
    for d in sorted(DISTRICTS, key=lambda d: len(d.name), reverse=True):
        spaced = {_spaced(form) for form in (d.name, d.genitive)}
        forms.append((d.name, tuple(spaced | {s.replace(" ", "") for s in spaced if " " in s})))
    return tuple(forms)


@lru_cache(maxsize=1)
def _path_places() -> tuple[tuple[str, str], ...]:
    """The gazetteer's places spaced as path parts are, with their districts, the longest first."""
    district_of = {_spaced(p): d for d, ps in gazetteer_places().items() for p in ps}
    return tuple(sorted(district_of.items(), key=lambda item: len(item[0]), reverse=True))


def from_path(path: str) -> str | None:
    """A district named by the file name or a folder above it ("skarpnack/bilaga5.pdf",
    "farsta/2017/trygghet/bilaga5.pdf", "Bilaga 5 Enskede-Årsta-Vantör.pdf"), or implied by a
    place there ("husby-torg.pdf"), nearest the file first."""
    from pathlib import PurePath

    for part in reversed(PurePath(path).parts):
        words = _spaced(part)
        for name, forms in _path_forms():
            if any(_names(words, form) for form in forms):
                return name
        for form, name in OTHER_FORMS.items():  # "EAV_bilaga5.pdf"
            if _names(words, fold(form)):
                return name
        for place, district in _path_places():
            if _names(words, place, plural=True):
                return district
    return None
