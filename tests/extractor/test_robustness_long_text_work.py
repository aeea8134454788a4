"""A dense first page (a 67-page tax guide's: thousands of words at hundreds of x positions) took the letterhead
search ten seconds and more, twice (the reader's text columns and the layout each ask it): for every candidate
gutter every word across it was compared with every word of the page, and every word beside the band with every
word across the gutter. tika's testPDF_childAttachments ran past its time-out on it (h32, issue #12). The rows are
now found once a page and the crossing words looked up by top: the same bands (the old search is kept here as
the definition), with the page's words passed over a few times a gutter, not once a word across it."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from bilagor.extractor.layout.letterhead import band_words
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS
from bilagor.extractor.text_columns import _gutter_candidates, _Line as TextLine
from bilagor.extractor.words import Page, Word

CONTACT_LINES = ["Box 12345", "08-508 100 00", "www.stockholm.se", "123 45 Stockholm", "Telefon", "info@exempel.se"]
FORM_WORDS = ["Namn", "Belopp", "kronor", "ansökan", "förening", "summa", "2025", "text", "och", "för"]


def _word(text: str, x0: float, top: float, x1: float, font: str = "F") -> Word:
    return Word(text=text, x0=x0, top=top, x1=x1, bottom=top + 10, size=10, fontname=font)


def _definition(page: Page, is_label, s=DEFAULT_SETTINGS) -> list[Word]:
    """The search as it was before h32, word for word but for its cost (compare every word with every word)."""
    from bilagor.extractor.layout.letterhead import CONTACT, _same_row_and_type
    from bilagor.extractor.layout.lines import group_lines

    def bands_own(word, words, form, left):
        row = [w for w in words if abs(w.top - word.top) < 1 and w is not word]
        if left:
            after = min((w.x0 for w in row if w.x0 > word.x1), default=float("inf"))
            return word.x1 < min(w.x0 for w in form) and after - word.x1 >= s.letterhead_min_gutter
        before = max((w.x1 for w in row if w.x1 < word.x0), default=float("-inf"))
        return word.x0 > max(w.x1 for w in form) and word.x0 - before >= s.letterhead_min_gutter

    def band_at(gutter, left):
        crossing = [w for w in page.words if w.x0 <= gutter <= w.x1]
        band = [
            w
            for w in page.words
            if (w.x1 < gutter if left else w.x0 > gutter)
            and not any(c.bottom > w.top and c.top < w.bottom for c in crossing)
        ]
        form = [w for w in page.words if (w.x0 > gutter if left else w.x1 < gutter)]
        if len(band) < 3 or len(form) <= len(band) or any(bands_own(c, page.words, form, left) for c in crossing):
            return None
        top, bottom = min(w.top for w in band), max(w.bottom for w in band)
        beside = [w for w in form if w.bottom > top and w.top < bottom]
        if any(w.bottom > top and w.top < bottom for w in crossing) or not beside:
            return None
        edge = max(w.x1 for w in band) if left else min(w.x0 for w in band)
        clear = min(w.x0 - edge for w in beside) if left else min(edge - w.x1 for w in beside)
        if clear < s.letterhead_min_gutter:
            return None
        grouped = group_lines(Page(page.number, page.width, page.height, band), s)
        lines = [ln.text for ln in grouped]
        if len(lines) < s.letterhead_min_lines:
            return None
        if sum(any(_same_row_and_type(w, ln.words[0]) for w in form) for ln in grouped) > len(grouped) / 2:
            return None
        kinds = sum(any(p.search(t) for t in lines) for p in CONTACT)
        plain = [t for t in lines if not any(p.search(t) for p in CONTACT)]
        return band if kinds >= 2 and sum(is_label(t.strip().rstrip(":")) for t in plain) <= 1 else None

    reach = page.width * s.letterhead_max_share
    for left in (True, False):
        edges = sorted({w.x1 + 0.5 for w in page.words} if left else {w.x0 - 0.5 for w in page.words}, reverse=not left)
        for gutter in edges:
            if (gutter > reach) if left else (gutter < page.width - reach):
                break
            if (band := band_at(gutter, left)) is not None:
                return band
    return []


def _page(rng: random.Random, rows: int, band: bool, left: bool, header: bool) -> Page:
    words = []
    if band:
        x = 30 if left else 480
        for i in range(rng.randint(2, 7)):
            words.append(
                _word(rng.choice(CONTACT_LINES), x, 100 + i * rng.choice([12, 14, 20]), x + rng.uniform(40, 90))
            )
    start = 160 if left else 40
    for r in range(rows):
        top = 80 + r * rng.choice([11.5, 12, 13]) + rng.uniform(-0.6, 0.6)
        x = start - (rng.uniform(0, 130) if rng.random() < 0.1 else 0)  # now and then a line out into the margin
        while x < start + 300:
            width = rng.uniform(10, 60)
            words.append(_word(rng.choice(FORM_WORDS), x, top, x + width, font=rng.choice("FG")))
            x += width + rng.choice([3, 3, 3, 20, 40])
    if header:
        words.append(_word("Rubrik över hela sidan", 20, 50, 560))
    rng.shuffle(words)
    return Page(1, 595, 842, words)


@pytest.mark.parametrize("seed", range(4))
def test_the_letterhead_search_finds_the_bands_the_definition_finds(seed):
    rng = random.Random(seed)
    found = 0
    for _ in range(40):
        page = _page(rng, rng.randint(3, 40), rng.random() < 0.7, rng.random() < 0.5, rng.random() < 0.3)
        expected = _definition(page, lambda t: t in ("Namn", "Belopp"))
        got = band_words(page, lambda t: t in ("Namn", "Belopp"))
        assert [id(w) for w in got] == [id(w) for w in expected]
        found += bool(got)
    assert found  # the pages hold bands to find, not only pages without one


class _CountedWords(list):
    """A page's words that count the passes made over them."""

    passes = 0

    def __iter__(self):
        type(self).passes += 1
        return super().__iter__()


def test_a_dense_page_is_passed_over_a_few_times_a_gutter_not_once_a_crossing_word():
    """A page of long lines at hundreds of x positions and no band: every gutter inside the margin's reach is
    tried. Before, each word across a gutter passed over the page's words again (hundreds a gutter)."""
    rng = random.Random(7)
    page = _page(rng, 60, band=False, left=True, header=False)
    # every third word reaches out into the left margin, so that many gutters are crossed
    words = [replace(w, x0=w.x0 - rng.uniform(20, 120)) if i % 3 == 0 else w for i, w in enumerate(page.words)]
    page = Page(page.number, page.width, page.height, words)
    reach = page.width * DEFAULT_SETTINGS.letterhead_max_share
    gutters = len({w.x1 + 0.5 for w in page.words if w.x1 + 0.5 <= reach}) + len(
        {w.x0 - 0.5 for w in page.words if w.x0 - 0.5 >= page.width - reach}
    )
    _CountedWords.passes = 0
    counted = Page(page.number, page.width, page.height, _CountedWords(page.words))
    assert band_words(counted, lambda _t: False) == []
    assert gutters > 50
    assert _CountedWords.passes <= 4 * gutters + 10


def _line(rng: random.Random, top: float) -> TextLine:
    words, x = [], rng.uniform(40, 120)
    for _ in range(rng.randint(1, 12)):
        width = rng.choice([rng.uniform(1, 60), float(rng.randint(1, 40))])
        x0 = rng.choice([x, float(round(x)), round(x) + 0.5])  # on the grid's steps and between them
        words.append(Word("ord", x0, x0 + width, top, top + 10))
        x = x0 + width + rng.choice([0, 3, 20, -5])
    return TextLine(words, top, top + 10)


def test_the_text_columns_count_of_lines_over_each_x_is_the_definitions():
    from bilagor.extractor.text_columns import _covering_lines

    """The same page, the reader's text-column step: each x of the scan across the page asked every line's every
    word whether it covers the x (a third of a second a dense page, every page). Now each word marks the xs it
    covers; the counts are the definition's."""
    rng = random.Random(11)
    for _ in range(300):
        lines = [_line(rng, 12.0 * r) for r in range(rng.randint(1, 30))]
        width = rng.choice([595.0, 612.0, 600.5])
        xs = [0.15 * width + i * 1.0 for i in range(int(0.7 * width))]
        assert _covering_lines(lines, xs) == [sum(ln.covers(x) for ln in lines) for x in xs]


def test_the_text_columns_count_passes_over_a_lines_words_once():
    rng = random.Random(12)
    lines = [_line(rng, 12.0 * r) for r in range(40)]
    for line in lines:
        line.words = _CountedWords(line.words)
    _CountedWords.passes = 0
    _gutter_candidates(lines, 595.0, 10.0)
    assert _CountedWords.passes <= 2 * len(lines)  # before: once a line for each of the scan's 416 xs
