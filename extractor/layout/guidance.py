"""Guidance lines under (or beside) a form's labels, taken out. Pure: no I/O.

Some forms print under each label a line of help in smaller italic type ("Ange beloppet i kronor exklusive
moms."), and then the answer: every later step took that line for the answer's first line, or for the label's
second, or for a label of its own. A help line is neither a label nor an answer: `strip_guidance` takes it out as
furniture, told by evidence on the page only:

- a guidance line is wholly in italic type at least `guidance_step` pt smaller than the body, right under a line
  that is not (the label, its words in the body's size or bold), within `guidance_max_gap` body sizes of it, or
  under such a line it wraps from (`guidance_max_lines` lines at most: a longer run is an answer's);
- a guidance run beside its label is such italic words at the end of a line whose first words are not italic,
  a word space or more right of them;
- a guidance run under its label with the answer's next line beside it (a label column and an answer column, the
  help under the label level with the answer's second line) is such italic words at the start of a line, right
  under the label at its x (or under a guidance run or line it wraps from), a column gap (`guidance_head_min_gap`
  body sizes) before the line's other words, none of them italic: the run is taken out and the answer's words
  kept; a help line wrapped under such a run is a guidance line as under a label;
- OCR'd pages name no font, so no italics: there a guidance line is one whose words are all at most
  `ocr_guidance_share` of the body's size (OCR sizes are rough: a point under is noise), right under a line that
  reads as a known label (or under such a line it wraps from), and followed by a line in the body's size that is
  no known label (its answer: a small answer under each label is followed by the next label instead);
- the document is read so only with `guidance_min_count` of them or more (one small italic line under a heading
  may be an answer's own note), and when they are most of its small italic lines (a form whose answers are set
  in small italics has such lines under answer lines too, not under labels alone).
"""

from __future__ import annotations

import re
from dataclasses import replace

from collections.abc import Callable

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import LayoutSettings
from bilagor.extractor.words import Word

# Italic or oblique faces: "Helvetica-Oblique", "Times-Italic", "Arial,Italic", "MinionPro-It", TeX's "CMTI10".
_ITALIC_FACE = re.compile(r"italic|oblique|[-,]It\b|^(?:[A-Z]{6}\+)?(?:CM|LM)TI", re.IGNORECASE)


def is_italic(word: Word) -> bool:
    return bool(word.fontname) and bool(_ITALIC_FACE.search(word.fontname))


def _small_italic(word: Word, body: float, s: LayoutSettings) -> bool:
    return is_italic(word) and 0 < word.size <= body - s.guidance_step


def _tail_start(line: Line, body: float, s: LayoutSettings) -> int | None:
    """Where a guidance run beside the label starts on `line`: its last words small italics after a gap, its
    first words not; None when it has none."""
    words = line.words
    k = len(words)
    while k > 0 and _small_italic(words[k - 1], body, s):
        k -= 1
    if k == 0 or k == len(words) or any(_small_italic(w, body, s) or is_italic(w) for w in words[:k]):
        return None
    gap = words[k].x0 - words[k - 1].x1
    return k if gap >= body * s.guidance_min_space else None


def _head_end(line: Line, above: Line | None, above_run: int, body: float, s: LayoutSettings) -> int | None:
    """Where a guidance run under its label ends on `line` when the line goes on with the answer beside it: its
    first words small italics at the label's x (right under the label's line, or under a guidance line it wraps
    from: `above_run`, how many of its words are guidance), a column gap, then words none italic (the answer's line in the next
    column); None else. Heights are the guidance words' own: the answer's larger type beside them is not theirs."""
    words = line.words
    k = 0
    while k < len(words) and _small_italic(words[k], body, s):
        k += 1
    if k == 0 or k == len(words) or any(is_italic(w) for w in words[k:]) or above is None:
        return None
    if words[k].x0 - words[k - 1].x1 < body * s.guidance_head_min_gap:
        return None
    above_bottom = max(w.bottom for w in above.words[:above_run]) if above_run else above.bottom
    if not 0 <= min(w.top for w in words[:k]) - above_bottom <= s.guidance_max_gap * body:
        return None
    at_label = not is_italic(above.words[0]) and abs(above.words[0].x0 - words[0].x0) <= s.min_align_tolerance
    return k if at_label or above_run else None


def _run_above(
    lines: list[Line], p: int, i: int, under: set[tuple[int, int]], heads: dict[tuple[int, int], int]
) -> int:
    """How many words of the line above line `i` of page `p` are guidance: its head run's, all of a guidance
    line's, none."""
    if (p, i - 1) in heads:
        return heads[(p, i - 1)]
    return len(lines[i - 1].words) if i and (p, i - 1) in under else 0


def _never(_text: str) -> bool:
    return False


def _small_ocr_word(word: Word, body: float, s: LayoutSettings) -> bool:
    return 0 < word.size <= s.ocr_guidance_share * body


def _small_ocr_line(line: Line, body: float, s: LayoutSettings) -> bool:
    return all(_small_ocr_word(w, body, s) for w in line.words)


def _label_cell(line: Line, body: float, s: LayoutSettings) -> int:
    """How many of `line`'s words stand before its first column gap (`guidance_head_min_gap` body sizes): a label
    column's cell when the answer's first line stands beside the label on one line of the page; all when none."""
    words = line.words
    return next(
        (k for k in range(1, len(words)) if words[k].x0 - words[k - 1].x1 >= body * s.guidance_head_min_gap),
        len(words),
    )


def _labelled(line: Line, body: float, is_label: Callable[[str], bool], s: LayoutSettings) -> bool:
    """Whether `line` reads as a known label, whole or in its first column (its answer beside it)."""
    cell = " ".join(w.text for w in line.words[: _label_cell(line, body, s)])
    return is_label(line.text.strip().rstrip(":")) or is_label(cell.strip().rstrip(":"))


def _ocr_head_end(line: Line, above: Line, above_run: int, body: float, s: LayoutSettings) -> int | None:
    """OCR'd pages: where a guidance run under its label ends on `line` when the answer's next line stands beside
    it (`_head_end` with the words' OCR sizes for italics): its first words small at the x of the line above (a
    label, or a guidance run it wraps from: `above_run` words), a column gap, then words none small."""
    words = line.words
    k = 0
    while k < len(words) and _small_ocr_word(words[k], body, s):
        k += 1
    if k == 0 or k == len(words) or any(_small_ocr_word(w, body, s) for w in words[k:]):
        return None
    if words[k].x0 - words[k - 1].x1 < body * s.guidance_head_min_gap:
        return None
    above_words = above.words[:above_run] if above_run else above.words
    if not 0 <= min(w.top for w in words[:k]) - max(w.bottom for w in above_words) <= s.guidance_max_gap * body:
        return None
    return k if abs(above.words[0].x0 - words[0].x0) <= s.min_align_tolerance else None


def _ocr_under(
    page_lines: list[list[Line]], body: float, is_label: Callable[[str], bool], s: LayoutSettings
) -> tuple[set[tuple[int, int]], dict[tuple[int, int], int], int]:
    """OCR'd pages: the small lines right under a known label (or under such a line they wrap from) and followed
    by a body-size line that is no label; the small runs at the start of a line under a known label with the
    answer's line beside them (`_ocr_head_end`: a label column and an answer column); and how many small lines
    the pages hold. A label with its answer beside it on its line counts by its first column's words."""
    under: set[tuple[int, int]] = set()
    heads: dict[tuple[int, int], int] = {}
    small_lines = 0
    for p, lines in enumerate(page_lines):
        for i, line in enumerate(lines):
            above = lines[i - 1] if i else None
            if above is None:
                small_lines += _small_ocr_line(line, body, s)
                continue
            wraps = (p, i - 1) in under or (p, i - 1) in heads
            if not _small_ocr_line(line, body, s):
                if wraps or _labelled(above, body, is_label, s):
                    run = heads.get((p, i - 1), 0)
                    if (k := _ocr_head_end(line, above, run, body, s)) is not None:
                        heads[(p, i)] = k
                continue
            small_lines += 1
            top = above.bottom if (p, i - 1) not in heads else max(w.bottom for w in above.words[: heads[(p, i - 1)]])
            if (wraps or _labelled(above, body, is_label, s)) and 0 <= line.top - top <= s.guidance_max_gap * body:
                under.add((p, i))
    answered = set()
    for p, i in under:
        first = i
        while (p, first - 1) in under:
            first -= 1
        n = i + 1
        while (p, n) in under:
            n += 1
        after = page_lines[p][n] if n < len(page_lines[p]) else None
        # In a label column the answer stands beside the label (or beside the run): the small line is not it.
        label = page_lines[p][first - 1]
        beside = (p, first - 1) in heads or (p, n) in heads or _label_cell(label, body, s) < len(label.words)
        if beside or (
            after is not None and not _small_ocr_line(after, body, s) and not is_label(after.text.strip().rstrip(":"))
        ):
            answered.add((p, i))
    return answered, heads, small_lines


def strip_guidance(
    page_lines: list[list[Line]], body: float, s: LayoutSettings, is_label: Callable[[str], bool] = _never
) -> list[list[Line]]:
    """`page_lines` without the guidance lines and runs under and beside labels (not furniture either: a help
    line's words are the form's, not the document's, so no date or file number is read from them)."""
    if body <= 0:
        return page_lines
    under: set[tuple[int, int]] = set()
    beside: dict[tuple[int, int], int] = {}
    heads: dict[tuple[int, int], int] = {}  # a guidance run at a line's start, the answer's line beside it
    small_lines = 0
    if not any(w.fontname for lines in page_lines for line in lines for w in line.words):
        under, heads, small_lines = _ocr_under(page_lines, body, is_label, s)
    for p, lines in enumerate(page_lines):
        for i, line in enumerate(lines):
            if all(_small_italic(w, body, s) for w in line.words):
                small_lines += 1
                above = lines[i - 1] if i else None
                if above is not None and (p, i - 1) in heads:  # a guidance run beside an answer: its own words
                    above = replace(above, words=above.words[: heads[(p, i - 1)]])
                # Right under a label, or under a guidance line it wraps from.
                if (
                    above is not None
                    and (not any(is_italic(w) for w in above.words) or (p, i - 1) in under or (p, i - 1) in heads)
                    and 0 <= line.top - above.bottom <= s.guidance_max_gap * body
                ):
                    under.add((p, i))
            elif (k := _tail_start(line, body, s)) is not None:
                beside[(p, i)] = k
            elif (
                k := _head_end(line, lines[i - 1] if i else None, _run_above(lines, p, i, under, heads), body, s)
            ) is not None:
                heads[(p, i)] = k
    # A guidance line wraps once at most: a longer run of small italics under a label is its answer.
    for p, i in sorted(under):
        if (p, i - 1) in under:
            continue
        n = 1
        while (p, i + n) in under:
            n += 1
        if n > s.guidance_max_lines:
            under.difference_update((p, i + k) for k in range(n))
    found = len(under) + len(beside) + len(heads)
    # (a head run is a small italic line of its own set beside the answer's line)
    if found < s.guidance_min_count or (len(under) + len(heads)) * 2 < small_lines + len(heads):
        return page_lines
    out: list[list[Line]] = []
    for p, lines in enumerate(page_lines):
        kept: list[Line] = []
        for i, line in enumerate(lines):
            if (p, i) in beside:
                kept.append(replace(line, words=line.words[: beside[(p, i)]]))
            elif (p, i) in heads:
                kept.append(replace(line, words=line.words[heads[(p, i)] :]))
            elif (p, i) not in under:
                kept.append(line)
        out.append(kept)
    return out
