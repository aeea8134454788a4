"""Read a text layer whose fonts have no usable Unicode map, with the glyph codes learned from OCR.

A font without a Unicode map (a Type 0 font with Identity-H and no /ToUnicode, a Type 1 font with a
custom encoding, a Type 3 font) still draws each letter with one code of its own, at an exact place,
in a named font and size. OCR of the page reads the letters but loses the rest: bold labels, exact
columns, words run together or split. So the OCR words teach the codes: every glyph under an OCR word
whose glyph count equals its letter count is one vote for (font, code) -> letter, a glyph between two
read words of a line a vote for a space, and the majority of votes over the page decides each code
(one misread is outvoted by the other places the code is drawn). The page is then read from its own
glyphs, decoded, when nearly all of them were learned; otherwise the OCR words stand. Pure functions
over character dicts (pdfplumber's keys) and OCR words; broken_font_pages.py reads the PDF at the edge.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from bilagor.extractor.row_index import RowIndex, SortedPoints
from bilagor.extractor.words import Page, Word

Glyph = tuple[str, str]  # (font name, the code's text as read: "(cid:12)" or one character)

MIN_KNOWN_SHARE = 0.97  # of a page's glyphs whose code was learned: fewer and the OCR words stand
MIN_VOTES = 1  # a code read once is taken (OCR of a clean render rarely misreads a lone letter)
MIN_AGREEMENT = 0.8  # share of a font's learned codes read as the font itself says: its map is good
MAX_LIGATURE = 3  # letters one glyph may stand for ("ffi")
INSIDE_MARGIN = 0.5  # points: a glyph's middle this far outside an OCR word's box is still under it

_TOKEN = re.compile(r"\(cid:\d+\)|.", re.DOTALL)


def glyph_key(char: dict) -> Glyph:
    return (str(char.get("fontname") or ""), str(char["text"]))


def learn_glyphs(chars: Sequence[dict], words: Sequence[Word]) -> dict[Glyph, str]:
    """Each glyph's letter by majority over the OCR words read on top of it (pure)."""
    votes: dict[Glyph, Counter[str]] = defaultdict(Counter)
    under: dict[int, int] = {}  # char index -> index of the OCR word it lies under
    unpaired: list[tuple[list[int], str]] = []
    # only the glyphs whose middle is level with a word, or across from it, are asked: every glyph
    # for every word was millions of questions on a dense page
    across = SortedPoints([(float(c["x0"]) + float(c["x1"])) / 2 for c in chars])
    level = SortedPoints([(float(c["top"]) + float(c["bottom"])) / 2 for c in chars])
    m = INSIDE_MARGIN
    for w_index, word in enumerate(words):
        near = min(across.within(word.x0 - m, word.x1 + m), level.within(word.top - m, word.bottom + m), key=len)
        inside = sorted((i for i in near if i not in under and _under(chars[i], word)), key=lambda i: chars[i]["x0"])
        for i in inside:
            under[i] = w_index
        letters = [t for t in _TOKEN.findall(word.text) if not t.isspace()]
        if len(inside) != len(letters):
            unpaired.append((inside, "".join(letters)))  # a ligature, a merged or split read
            continue
        for i, letter in zip(inside, letters, strict=True):
            votes[glyph_key(chars[i])][letter] += 1
    read = list(under.items())
    rows = RowIndex([(float(chars[i]["top"]), float(chars[i]["bottom"])) for i, _ in read])
    for i, char in enumerate(chars):
        if i not in under and _between_read_words(char, chars, read, rows):
            votes[glyph_key(char)][" "] += 1
    learned = _majority(votes)
    for inside, text in unpaired:
        if (found := _ligature(inside, text, chars, learned)) is not None:
            votes[found[0]][found[1]] += 1
    return _majority(votes)


def _majority(votes: dict[Glyph, Counter[str]]) -> dict[Glyph, str]:
    return {key: count.most_common(1)[0][0] for key, count in votes.items() if sum(count.values()) >= MIN_VOTES}


def _ligature(
    inside: list[int], text: str, chars: Sequence[dict], learned: dict[Glyph, str]
) -> tuple[Glyph, str] | None:
    """(glyph, letters) of the one glyph under an OCR word that the word's other, learned glyphs leave
    unexplained, when what they leave is a few letters: "fi", "fl", "ffi" drawn as one glyph (pure)."""
    keys = [glyph_key(chars[i]) for i in inside]
    unknown = [n for n, key in enumerate(keys) if key not in learned]
    if len(unknown) != 1:
        return None
    n = unknown[0]
    prefix = "".join(learned[k] for k in keys[:n])
    suffix = "".join(learned[k] for k in keys[n + 1 :])
    middle_size = len(text) - len(prefix) - len(suffix)
    if not 2 <= middle_size <= MAX_LIGATURE or not (text.startswith(prefix) and text.endswith(suffix)):
        return None
    return keys[n], text[len(prefix) : len(text) - len(suffix)]


def readable_fonts(mapping: dict[Glyph, str]) -> set[str]:
    """The fonts whose own text is what OCR read of them (pure): on a page where only some fonts lost
    their map (bold labels in one, answers in another), the good fonts keep every glyph as written,
    those OCR never read included. A font of "(cid:N)" codes or letters mapped wrongly agrees rarely."""
    agree: dict[str, list[bool]] = defaultdict(list)
    for (font, text), letter in mapping.items():
        if letter != " ":
            agree[font].append(text == letter)
    return {font for font, hits in agree.items() if sum(hits) >= MIN_AGREEMENT * len(hits)}


def decoded_chars(chars: Sequence[dict], mapping: dict[Glyph, str]) -> list[dict] | None:
    """`chars` with each code's learned letter (a readable font's as written), codes never learned left
    out; None when too few were learned to trust the result (pure)."""
    if not chars:
        return None
    readable = readable_fonts(mapping)
    out = []
    for char in chars:
        key = glyph_key(char)
        if key[0] in readable:
            out.append(char)
        elif key in mapping:
            out.append({**char, "text": mapping[key]})
    if len(out) < MIN_KNOWN_SHARE * len(chars):
        return None
    return out


def _under(char: dict, word: Word) -> bool:
    x = (float(char["x0"]) + float(char["x1"])) / 2
    y = (float(char["top"]) + float(char["bottom"])) / 2
    m = INSIDE_MARGIN
    return word.x0 - m <= x <= word.x1 + m and word.top - m <= y <= word.bottom + m


def _between_read_words(char: dict, chars: Sequence[dict], read: Sequence[tuple[int, int]], rows: RowIndex) -> bool:
    """Whether `char` lies on a line between two glyphs under two different OCR words: a space.
    `read` holds (glyph index, OCR word index) of the glyphs under a word, `rows` their heights."""
    y = (float(char["top"]) + float(char["bottom"])) / 2
    x0, x1 = float(char["x0"]), float(char["x1"])
    left = right = None
    for i, w_index in (read[k] for k in rows.at(y)):
        other = chars[i]
        if not float(other["top"]) <= y <= float(other["bottom"]):
            continue
        if float(other["x1"]) <= x0 + 0.5 and (left is None or float(other["x1"]) > left[0]):
            left = (float(other["x1"]), w_index)
        if float(other["x0"]) >= x1 - 0.5 and (right is None or float(other["x0"]) < right[0]):
            right = (float(other["x0"]), w_index)
    size = float(char.get("size") or 10.0)
    return (
        left is not None
        and right is not None
        and left[1] != right[1]
        and x0 - left[0] < 0.3 * size
        and right[0] - x1 < 0.3 * size
    )


def decoded_page(original: Page, chars: Sequence[dict], read: Page) -> Page | None:
    """The page `original` with words from its own glyphs decoded by what OCR read on it (`read`),
    or None when the glyphs cannot be decoded (pure but for pdfplumber's word grouping)."""
    from bilagor.extractor.glyphs import words_from_chars

    decoded = decoded_chars(chars, learn_glyphs(chars, read.words))
    if decoded is None:
        return None
    words = words_from_chars(decoded)
    return replace(original, words=words) if words else None
