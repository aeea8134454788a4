"""Small caps: a word's first capital at full size, the rest as smaller capitals.

Browsers (CSS `font-variant: small-caps`) and word processors print small
caps that way; the text layer then holds two words per word, split where
the size changes ('P' + 'ROJEKTETS'), and the line's other words in the
smaller size ('MÅL', 'OCH'). The pair is one word again, and the small
capitals take the full size of their line's capitals, so a label in small
caps reads as its words in capitals, set in its real type size.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page, Word


def _capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _small_tail(head: Word, word: Word, s: LayoutSettings) -> bool:
    """`word` continues the capital `head` in small caps: touching it, on its baseline, in
    smaller capitals of the same font."""
    if not (head.size and word.size and word.fontname == head.fontname):
        return False
    ratio = word.size / head.size
    return (
        s.small_caps_min_ratio <= ratio <= s.small_caps_max_ratio
        and _capitals(word.text)
        and abs(word.x0 - head.x1) <= s.small_caps_touch_share * head.size
        and abs(word.bottom - head.bottom) <= s.small_caps_baseline_share * head.size
    )


def join_small_caps(page: Page, s: LayoutSettings = DEFAULT_SETTINGS) -> Page:
    """The page with each small-caps word whole again (see the module's docstring)."""
    heads = [i for i, w in enumerate(page.words) if len(w.text) == 1 and w.text.isupper() and w.fontname]
    if not heads:
        return page
    words = list(page.words)
    by_start = sorted(range(len(words)), key=lambda i: words[i].x0)
    starts = [words[i].x0 for i in by_start]
    joined: dict[int, Word] = {}  # index of a head -> the whole word
    gone: set[int] = set()
    small_sizes: dict[tuple[str, float], float] = {}  # (font, small size) -> full size
    for i in heads:
        head = words[i]
        reach = s.small_caps_touch_share * head.size
        lo = bisect_left(starts, head.x1 - reach)
        for k in by_start[lo:]:
            word = words[k]
            if word.x0 > head.x1 + reach:
                break
            if k != i and k not in gone and _small_tail(head, word, s):
                joined[i] = replace(head, text=head.text + word.text, x1=word.x1, bottom=max(head.bottom, word.bottom))
                gone.add(k)
                small_sizes[(word.fontname, word.size)] = head.size
                break
    if not joined:
        return page
    out = []
    for i, word in enumerate(words):
        if i in gone:
            continue
        word = joined.get(i, word)
        full = small_sizes.get((word.fontname, word.size))
        if full is not None and i not in joined and _capitals(word.text):
            # A small-caps word without a capital of its own ('MÅL', 'OCH'): its line's size.
            word = replace(word, size=full, top=word.bottom - (full / word.size) * (word.bottom - word.top))
        out.append(word)
    return replace(page, words=out)
