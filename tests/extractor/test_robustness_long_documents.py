"""A 67-page document (tika's testPDF_childAttachments) took 106 s of its 120 to read (h33). Under a profile, after
pdfminer's own parsing, two look-ups of the text-layer steps grew with the document's pages times its lines: the
running header test compared each margin line with every margin line of the document (reading each line's top
anew every time: 28 s of the profile), and the text columns' test of which lines stand level with the next column's
compared each line with every line of it (ten million comparisons, 18 s). Both are now a window of tops sorted
once: the same pages and lines (the old passes are the definitions here), and the reads counted, never timed."""

from __future__ import annotations

import random

import pytest

from bilagor.extractor.layout import running
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.running import _alike, _words, repeat_pages, strip_running_lines
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS
from bilagor.extractor.text_columns import LEVEL_TOLERANCE, _Line, level_lines
from bilagor.extractor.words import Page, Word

_TEXTS = ["Bilaga 5", "Bilaga 5, forts.", "Rapport 2024", "Sida 3 av 9", "Stadsdelsnämnden Kungsholmen", "Dnr 1.2-3"]


def test_the_repeat_pages_are_a_pass_over_all_margin_lines():
    rng = random.Random(34)
    s = DEFAULT_SETTINGS
    found = 0
    for _ in range(300):
        seen = [
            (
                rng.randint(1, 12),
                rng.choice([rng.uniform(0, 60), float(rng.randint(0, 12) * 5)]),
                _words(rng.choice(_TEXTS)),
            )
            for _ in range(rng.randint(0, 40))
        ]
        seen.sort(key=lambda entry: entry[1])
        tops = [top for _, top, _ in seen]
        for _ in range(10):
            top = rng.choice([*tops, rng.uniform(0, 60)]) + rng.choice(
                [0.0, s.repeat_top_tolerance, -s.repeat_top_tolerance]
            )
            words = _words(rng.choice(_TEXTS))
            expected = {n for n, t, other in seen if abs(t - top) <= s.repeat_top_tolerance and _alike(words, other, s)}
            assert repeat_pages(seen, tops, top, words, s) == expected
            found += len(expected) >= s.min_repeats
    assert found  # the cases hold repeated lines, not only lone ones


def test_the_level_lines_are_a_pass_over_the_other_column():
    rng = random.Random(35)
    for _ in range(500):
        lines = [_Line([], t, t + 10) for t in (rng.uniform(0, 700) for _ in range(rng.randint(0, 30)))]
        others = [
            rng.choice([ln.top + rng.choice([LEVEL_TOLERANCE, -LEVEL_TOLERANCE, 0.5]) for ln in lines] or [0.0])
            if rng.random() < 0.5
            else rng.uniform(0, 700)
            for _ in range(rng.randint(0, 30))
        ]
        expected = [ln for ln in lines if any(abs(ln.top - o) <= LEVEL_TOLERANCE for o in others)]
        assert level_lines(lines, others) == expected


class _CountedLine(Line):
    reads = 0

    @property
    def top(self) -> float:
        type(self).reads += 1
        return min(w.top for w in self.words)


def _document(pages: int) -> tuple[list[Page], list[list[Line]]]:
    """Pages of 40 body lines under a running header and over a page number."""
    out_pages, out_lines = [], []
    for number in range(1, pages + 1):
        words = [Word("Bilaga", 60, 90, 20, 30, "F", 9.0), Word("5", 92, 98, 20, 30, "F", 9.0)]
        words += [Word(f"rad{i}", 60, 200, 80 + 16 * i, 90 + 16 * i, "F", 11.0) for i in range(40)]
        words.append(Word(str(number), 290, 300, 810, 820, "F", 9.0))
        page = Page(number, 595, 842, words)
        lines = [_CountedLine(number, [w]) for w in words[2:-1]]
        out_pages.append(page)
        out_lines.append([_CountedLine(number, words[:2]), *lines, _CountedLine(number, [words[-1]])])
    return out_pages, out_lines


@pytest.mark.parametrize("pages", [60])
def test_a_long_documents_running_lines_read_each_line_a_few_times(pages):
    """Before: each margin line's top read once a margin line of the document (60 pages: some 14 000 reads of
    a header's top, 96 000 reads in all); now a few times a line (10 000)."""
    doc_pages, doc_lines = _document(pages)
    _CountedLine.reads = 0
    kept, removed = strip_running_lines(doc_pages, doc_lines, 11.0, DEFAULT_SETTINGS, running._never)
    assert removed.count("Bilaga 5") == pages  # the header is found on every page
    lines = sum(len(ls) for ls in doc_lines)
    assert _CountedLine.reads < 8 * lines  # 96 000 before, 10 000 now
