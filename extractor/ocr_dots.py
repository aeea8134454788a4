"""Put back the dots a copy of a copy took off a page's Swedish words.

A page photocopied three or four times over keeps its strokes but loses what is small and pale: the dots of ä and ö,
the ring of å. Tesseract then reads "där" as "dar", "kände" as "kande", "utvärdering" as "utvardering", and a label
or an answer no longer reads as written. Such a page is told by its words: many OCR'd words that are the undotted
letters of a common Swedish word (sv_dotted.txt: a word at least ten times as frequent as its letters undotted
and as every other dotted reading, bench/dotted_words_36.py builds it from the search's lexicon): three or more, and
not ten times fewer than the words with dots left (a copy loses some dots, not all; a page read right has none or one
or two). Only there, each such word is given its dots back, and the short words the list cannot hold (two
letters) by the one reading they have in running text ("pa" "på", "an" "än"; "ar" is "år" after a number or a
counting word, else "är"). A page whose dots were read is left as read: a single "dar" there is a misread to keep.
Only OCR'd words go through here (never a text layer, nor a scan's own OCR layer).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

DOTTED_PATH = Path(__file__).with_name("sv_dotted.txt")
_UNDOT = str.maketrans("åäöÅÄÖ", "aaoAAO")
_DOTS = re.compile("[åäöÅÄÖ]")
_WORD = re.compile(r"^(?P<lead>\W*)(?P<core>[^\W\d_]+)(?P<trail>\W*)$")
# Two-letter words the lexicon does not list, read undotted: their one reading in a report's running text.
SHORT = {"pa": "på", "an": "än", "sa": "så", "da": "då", "na": "nå"}
# "ar" is "år" after these (or a number), else "är".
_YEAR_BEFORE = frozenset(("ett", "per", "varje", "detta", "samma", "nästa", "förra", "nasta", "forra", "hela", "i"))
MIN_UNDOTTED = 3  # undotted words on a page before it counts as one that lost its dots
DOTTED_PER_UNDOTTED = 10  # and words with dots left at most this many times as many (a copy loses some dots only)


def undotted(word: str) -> str:
    """`word` with å, ä and ö written a and o (the letters a page that lost its dots is read as)."""
    return word.translate(_UNDOT)


@lru_cache(maxsize=1)
def dotted_words() -> dict[str, str]:
    """Undotted letters (lowercase) -> the dotted word they are most likely."""
    words = DOTTED_PATH.read_text(encoding="utf-8").split()
    return {undotted(word): word for word in words}


def _reading(core: str) -> str | None:
    """The dotted lowercase reading of one word of letters, or None."""
    lower = core.lower()
    if _DOTS.search(lower):
        return None
    return SHORT.get(lower) or dotted_words().get(lower)


def _cased(core: str, dotted: str) -> str:
    if core.isupper() and len(core) > 1:
        return dotted.upper()
    return dotted[:1].upper() + dotted[1:] if core[:1].isupper() else dotted


def lost_dots(texts: list[str]) -> bool:
    """Whether a page's OCR'd words read like a page that lost its dots (many undotted readings, few dots)."""
    undotted_words = dotted = 0
    for text in texts:
        match = _WORD.match(text)
        if not match:
            continue
        core = match.group("core")
        if _DOTS.search(core):
            dotted += 1
        elif len(core) > 2 and core.lower() in dotted_words():
            undotted_words += 1
    return undotted_words >= MIN_UNDOTTED and dotted <= DOTTED_PER_UNDOTTED * undotted_words


def restored_dots(lines: list[list[str]]) -> list[list[str]]:
    """A page's OCR'd lines of words with their dots put back when the page lost them (else as they are)."""
    flat = [text for line in lines for text in line]
    if not lost_dots(flat):
        return lines
    out, before = [], ""
    for line in lines:
        mended = []
        for text in line:
            match = _WORD.match(text)
            new = text
            if match:
                core = match.group("core")
                reading = _reading(core)
                if core.lower() == "ar":
                    reading = "år" if before.isdigit() or before.lower() in _YEAR_BEFORE else "är"
                if reading:
                    new = f"{match.group('lead')}{_cased(core, reading)}{match.group('trail')}"
            mended.append(new)
            before = text
        out.append(mended)
    return out
