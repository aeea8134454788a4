"""Pages of positioned words -> ordered label/value blocks. Pure: no I/O.

The forms are two-column tables (label left, answer right, with or without
borders) or one-column documents whose labels are heading lines. The steps:

1. group words into lines;
2. drop running headers/footers (lines repeated at the same place on several
   pages, page numbers);
3. find the label/value column boundary, if the document has one, from the
   x-positions where lines and post-gap word runs start (and vertical rules);
4. walk the lines in reading order: label-column text starts or continues a
   label, value text (and non-heading full-width text) is appended to the
   current block, heading lines start a block, stage markers are set aside.

Only geometry and typography are used, so OCR pages (no font names,
approximate coordinates) go through the same code.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from statistics import median

from bilagor.extractor.words import Page, Word

# A label line continues the previous one when the previous ends like this.
_CONNECTOR_END = re.compile(r"(,|-|/|\b(och|av|för|mot|i|på|om|med|till|samt|eller|utifrån|de|det|den))$", re.I)
_PAGE_NUMBER = re.compile(
    r"^(sida\s*\d+(\s*(\(\s*\d+\s*\)|av\s*\d+|/\s*\d+))?|\d+(\s*\(\s*\d+\s*\)|\s*(av|/)\s*\d+)?|[-–]\s*\d+\s*[-–]|page\s*\d+(\s*of\s*\d+)?)$",
    re.I,
)
_NUMBERED_HEADING = re.compile(r"^\d+(\.\d+)*\.?\s+\S")
_NUMBERED_LABEL = re.compile(r"^\d{1,2}(\.\d{1,2})*\.?\s+(?P<rest>[A-ZÅÄÖ].*)$")
_MARGIN = 0.13  # share of the page height at top and bottom where running lines live


@dataclass
class Line:
    page: int
    words: list[Word]

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def size(self) -> float:
        sizes = [w.size for w in self.words if w.size]
        return median(sizes) if sizes else 0.0

    @property
    def height(self) -> float:
        return median(w.bottom - w.top for w in self.words)

    @property
    def bold(self) -> bool:
        return all(w.bold for w in self.words)


@dataclass
class Block:
    """One label and the answer lines that follow it (until the next label)."""

    label_lines: list[Line] = field(default_factory=list)
    value_lines: list[Line] = field(default_factory=list)
    heading: bool = False  # the label is a full-width heading line, not a label-column cell

    @property
    def label(self) -> str:
        return " ".join(line.text for line in self.label_lines)

    @property
    def page(self) -> int:
        lines = self.label_lines or self.value_lines
        return lines[0].page if lines else 1

    @property
    def lines(self) -> list[str]:
        return [line.text for line in self.value_lines]


@dataclass
class Layout:
    preamble: list[Line]  # lines above the first label on page 1 (the title lives here)
    blocks: list[Block]
    markers: list[str]  # stage markers found alone in the value column, as written
    removed: list[str]  # running header/footer lines dropped, as written
    two_column: bool
    body_size: float


def _never(_text: str) -> bool:
    return False


def _no_marker(_text: str) -> str | None:
    return None


def layout_pages(
    pages: list[Page],
    *,
    is_label: Callable[[str], bool] = _never,
    stage_of: Callable[[str], str | None] = _no_marker,
    is_title_start: Callable[[str], bool] = _never,
) -> Layout:
    """Split pages into a preamble and label/value blocks.

    `is_label(text)` says whether a line reads as a known form label (helps
    where typography is missing, e.g. OCR); `stage_of(text)` returns a stage
    for a line that is only a stage marker; `is_title_start(text)` whether a
    line opens the title ("Bilaga 5 - ..."), for OCR pages whose title type
    cannot be told from the body's.
    """
    pages = [_without_specks(p) for p in pages]
    page_lines = [group_lines(p) for p in pages]
    body = body_size([line for ls in page_lines for line in ls])
    page_lines, removed = strip_running_lines(pages, page_lines, body)
    lines = [line for ls in page_lines for line in ls]
    boundary = find_boundary(pages, lines)
    rules = {p.number: p.rules for p in pages}
    walker = _Walker(boundary, body, _mostly_bold(lines, body), rules, is_label, stage_of)
    walker.tol = _tolerance(pages)
    # Text layers name their fonts; OCR words have none, so bold is unknown and sizes are rough.
    walker.typography = any(w.fontname for ln in lines for w in ln.words)
    for line in lines:
        walker.feed(line)
    _pull_centred_answers(walker.blocks, rules, _value_pictures(pages, boundary))
    _centre_rows(walker.blocks)
    preamble, blocks = _split_preamble(walker.preamble, walker.blocks, is_label, is_title_start)
    return Layout(preamble, blocks, walker.markers, removed, boundary is not None, body)


# ---------------------------------------------------------------- lines

_SPECK = re.compile(r"^[=|_~¦:;'\"`^*+<>]+$")


def _without_specks(page: Page) -> Page:
    """OCR reads table borders and dirt as '=', '|', '=:'; such tokens carry no text."""
    words = [w for w in page.words if w.fontname or not _SPECK.match(w.text)]
    if len(words) == len(page.words):
        return page
    return Page(page.number, page.width, page.height, words, page.rules, page.images)



def group_lines(page: Page) -> list[Line]:
    """Words -> lines: words whose vertical extents overlap share a line."""
    lines: list[Line] = []
    for word in sorted(page.words, key=lambda w: (w.top, w.x0)):
        height = max(word.bottom - word.top, 0.1)
        for line in reversed(lines[-4:]):
            overlap = min(line.bottom, word.bottom) - max(line.top, word.top)
            if overlap >= 0.5 * min(height, line.height):
                line.words.append(word)
                break
        else:
            lines.append(Line(page.number, [word]))
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
    lines.sort(key=lambda ln: ln.top)
    return lines


def body_size(lines: list[Line]) -> float:
    """The most common font size, weighted by characters (0 when fonts are unknown)."""
    counts: Counter[float] = Counter()
    for line in lines:
        for w in line.words:
            if w.size:
                counts[round(w.size, 1)] += len(w.text)
    return counts.most_common(1)[0][0] if counts else 0.0


def _is_sentence(text: str) -> bool:
    """Reads as prose, not a label: several words ending in a full stop."""
    return len(text.split()) >= 3 and text.rstrip().endswith((".", "!"))


def _mostly_bold(lines: list[Line], size: float) -> bool:
    """Whether body-size text is itself bold (then bold marks no heading)."""
    chars = [(len(w.text), w.bold) for ln in lines for w in ln.words if abs(w.size - size) < 0.3]
    total = sum(n for n, _ in chars)
    return bool(total) and sum(n for n, b in chars if b) > total / 2


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def strip_running_lines(
    pages: list[Page], page_lines: list[list[Line]], body: float = 0.0
) -> tuple[list[list[Line]], list[str]]:
    """Drop headers/footers: lines in the top/bottom margin repeated on several
    pages at about the same height (digits ignored), page numbers, and margin
    lines in small print (which is how a one-page document shows its header)."""
    def in_margin(line: Line, page: Page) -> bool:
        return line.bottom < page.height * _MARGIN or line.top > page.height * (1 - _MARGIN)

    seen: dict[str, list[tuple[int, float]]] = {}
    for page, lines in zip(pages, page_lines):
        for line in lines:
            if in_margin(line, page):
                seen.setdefault(_shape(line.text), []).append((page.number, line.top))

    def repeated(line: Line) -> bool:
        hits = seen.get(_shape(line.text), [])
        tol = 0.012 * 842
        near = {n for n, top in hits if abs(top - line.top) <= tol}
        return len(near) >= 2

    def running(line: Line, page: Page, outermost: bool) -> bool:
        if not in_margin(line, page):
            return False
        # Small print counts only at the page's edge: forms may set labels small too.
        small = outermost and body and line.size and line.size <= body - 0.5
        return bool(small or repeated(line) or _PAGE_NUMBER.match(line.text.strip()))

    kept, removed = [], []
    for page, lines in zip(pages, page_lines):
        drop = set()
        for ordered in (lines, lines[::-1]):  # from the top edge, then from the bottom edge
            for line in ordered:
                if not running(line, page, outermost=True):
                    break
                drop.add(id(line))
        drop |= {id(line) for line in lines if running(line, page, outermost=False)}
        removed += [line.text for line in lines if id(line) in drop]
        kept.append([line for line in lines if id(line) not in drop])
    return kept, removed


# ---------------------------------------------------------------- columns


def _gap_threshold(size: float) -> float:
    # Wider than a (justified) word space, narrower than a table's column gap.
    return max(0.9 * (size or 10.0), 6.0)


def _segments(line: Line) -> list[list[Word]]:
    """Runs of words separated by gaps wider than a word space."""
    runs = [[line.words[0]]]
    for prev, word in zip(line.words, line.words[1:]):
        if word.x0 - prev.x1 > _gap_threshold(word.size or prev.size or line.height * 0.8):
            runs.append([word])
        else:
            runs[-1].append(word)
    return runs


def _cluster(xs: list[float], tol: float) -> list[tuple[float, int]]:
    """1-D clusters of x positions: (leftmost x, count), most common first."""
    clusters: list[list[float]] = []
    for x in sorted(xs):
        if clusters and x - clusters[-1][0] <= tol:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    return sorted(((min(c), len(c)) for c in clusters), key=lambda c: -c[1])


def _tolerance(pages: list[Page]) -> float:
    """How far apart x-positions may be and still count as aligned (OCR is approximate)."""
    return max(3.0, 0.008 * max((p.width for p in pages), default=595.0))


def find_boundary(pages: list[Page], lines: list[Line]) -> float | None:
    """x where the value column starts, or None for a one-column document."""
    if not lines:
        return None
    width = max(p.width for p in pages) or 595.0
    tol = _tolerance(pages)
    left = _cluster([ln.x0 for ln in lines], tol)
    # The label column's x: the leftmost start shared by several lines (value
    # lines may outnumber label lines many times when answers are long).
    x_left = min((x for x, n in left if n >= max(2, 0.04 * len(lines))), default=left[0][0])

    line_height = median(ln.height for ln in lines)
    rule_xs = _vertical_rules(pages, x_left, width, min_length=4 * line_height)

    starts: list[float] = []  # x of value runs: after a wide gap, or a line starting right of the label column
    same_line: Counter[float] = Counter()  # value-run x -> lines that also hold label text
    for line in lines:
        runs = _segments(line)
        if runs[0][0].x0 > x_left + tol:
            starts.append(runs[0][0].x0)
        for run in runs[1:]:
            starts.append(run[0].x0)
            if runs[0][0].x0 <= x_left + tol:
                same_line[round(run[0].x0)] += 1
    candidates = [(x, n) for x, n in _cluster(starts, tol) if x_left + 0.08 * width <= x <= 0.65 * width]
    strongest = max((n for _, n in candidates), default=0)
    for rule_x in rule_xs:
        # Value text starts a cell padding right of the table's inner border
        # (a frame elsewhere, e.g. round a picture, has no column of text beside it).
        right = [x for x, n in candidates if rule_x - tol <= x <= rule_x + 3 * tol + 10 and 2 * n >= strongest]
        if right:
            return min(right) - tol
    if not candidates:
        return rule_xs[0] + 2.0 - tol if rule_xs else None
    x_value, count = candidates[0]
    paired = sum(n for x, n in same_line.items() if abs(x - x_value) <= tol + 1)
    label_only = sum(1 for ln in lines if ln.x0 <= x_left + tol and ln.x1 < x_value - tol)
    crossing = sum(1 for ln in lines if ln.x0 <= x_left + tol and _crosses(ln, x_value - tol))
    value_lines = sum(1 for ln in lines if abs(ln.x0 - x_value) <= tol)
    if count < 2 or (paired < 2 and label_only < 2):
        return None
    # One-column text reaches right of the column through lines that run
    # across it (a wide justified space or an indent may align by chance);
    # a form reaches there through answers beside or below their labels.
    if crossing > 2 * (paired + value_lines):
        return None
    return x_value - tol


def _crosses(line: Line, x: float) -> bool:
    """A word run (no column gap) spans x."""
    return any(run[0].x0 < x < run[-1].x1 for run in _segments(line))


def _vertical_rules(pages: list[Page], x_left: float, width: float, min_length: float) -> list[float]:
    """x of vertical rules that could be a table's inner border, longest first;
    one small boxed cell (a framed stage marker) does not make a table."""
    xs: dict[int, float] = {}  # x -> total length of the rules there
    for page in pages:
        for x0, top, x1, bottom in page.rules:
            if abs(x1 - x0) <= 2.0 and bottom - top >= 15 and x_left + 0.08 * width <= x0 <= 0.65 * width:
                xs[round(x0)] = xs.get(round(x0), 0.0) + bottom - top
    longest_first = sorted(xs.items(), key=lambda item: -item[1])  # stable: ties keep their first-seen order
    return [float(x) for x, length in longest_first if length >= min_length]


# ---------------------------------------------------------------- walking


class _Walker:
    """Reads lines in order and builds blocks (a small state machine)."""

    def __init__(self, boundary, body, body_bold, rules, is_label, stage_of):
        self.boundary = boundary
        self.body = body
        self.body_bold = body_bold
        self.typography = True  # font names known (a text layer); set by layout_pages
        self.prev_line: Line | None = None
        self.tol = 3.0
        self.rules = rules
        self.is_label = is_label
        self.stage_of = stage_of
        self.preamble: list[Line] = []
        self.blocks: list[Block] = []
        self.markers: list[str] = []
        self.last_label_line: Line | None = None
        self.last_full_value: Line | None = None

    def feed(self, line: Line) -> None:
        self._feed(line)
        self.prev_line = line

    def _feed(self, line: Line) -> None:
        label_words, value_words = self._split(line)
        if self._is_marker(line):
            self.markers.append(line.text)
            return
        if value_words and not label_words:
            value = Line(line.page, value_words)
            if self._is_marker(value):
                self.markers.append(value.text)
                return
            self._add_value(value)
            if not self._continues_full_paragraph(value):
                self.last_full_value = None
            return
        if label_words and value_words is None and self._wraps_label(line):
            self._add_label(line, heading=False)
            return
        if label_words and value_words is None:  # a full-width line
            inline = self._inline_label(line)
            if inline:
                self._add_label(inline[0], heading=True)
                self._add_value(inline[1])
                self.last_full_value = inline[1]
            elif self._is_heading(line) or self._wraps_heading(line) or self._wraps_title(line):
                self._add_label(line, heading=True)
            else:
                self._add_value(line)
                self.last_full_value = line
            return
        label = Line(line.page, label_words)
        if not value_words and self._continues_full_paragraph(label):
            self._add_value(label)  # the short last line of a full-width paragraph
            self.last_full_value = label
            return
        current = self.blocks[-1] if self.blocks else None
        if not value_words and current and not current.value_lines and _is_sentence(label.text):
            # A short answer under a heading that fits the label column.
            self._add_value(label)
            self.last_full_value = label
            return
        self._add_label(label, heading=False)
        if value_words:
            self._add_value(Line(line.page, value_words))
        self.last_full_value = None

    def _column_split(self, left: list[Word], right: list[Word], line: Line) -> bool:
        """Whether words left and right of the boundary are a label and its answer."""
        gap = right[0].x0 - max(w.x1 for w in left)
        column_gap = gap >= _gap_threshold(right[0].size or line.height * 0.8) * 0.7
        # Answers are left-aligned in their column; a wide space inside
        # justified full-width text falls anywhere.
        aligned = right[0].x0 - self.boundary <= 3 * self.tol
        # A label word wider than its column runs up to the answer: the
        # answer still starts exactly at the value column.
        at_column = len(left) == 1 and gap >= -2 * self.tol and aligned and self.last_full_value is None
        return (column_gap and aligned) or at_column

    def _wraps_label(self, line: Line) -> bool:
        """A lowercase line under a label-column label, at its x, continues it even
        when OCR measured it a little wider than the column."""
        block = self.blocks[-1] if self.blocks else None
        prev = self.last_label_line
        return (not self.typography and block is not None and not block.heading and prev is not None
                and block.label_lines[-1] is prev and line.text[:1].islower() and len(line.text.split()) <= 6
                and abs(line.x0 - prev.x0) <= 2 * self.tol and prev.page == line.page
                and 0 < line.top - prev.top <= 1.9 * max(prev.size, prev.height))

    def _wraps_heading(self, line: Line) -> bool:
        """A lowercase line right under a heading that has no text yet continues it
        (OCR cannot see that the wrapped part is bold too)."""
        block = self.blocks[-1] if self.blocks else None
        prev = self.prev_line
        return (block is not None and block.heading and not block.value_lines and prev is block.label_lines[-1]
                and line.text[:1].islower() and len(line.text.split()) <= 8
                and prev.page == line.page and 0 < line.top - prev.top <= 1.9 * max(prev.size, prev.height))

    def _wraps_title(self, line: Line) -> bool:
        """A line in the same title type right under a heading without text continues
        it, however it starts or ends ("Konst i gångtunnlar vid / Skärholmstorget. /
        Inriktningsbeslut")."""
        block = self.blocks[-1] if self.blocks else None
        prev = self.prev_line
        if not (bool(self.body) and block is not None and block.heading and not block.value_lines
                and prev is block.label_lines[-1] and prev.page == line.page
                and not self._numbered_label(line.text) and not self.is_label(line.text)):
            return False
        gap = line.top - prev.top
        scale = max(prev.size, prev.height)
        if self.typography:
            return self._title_sized(line) and abs(line.size - prev.size) <= 0.5 and 0 < gap <= 1.9 * scale
        # OCR: sizes are too rough to follow the title type from line to line;
        # the lines set close under a large first line of page 1 are its title.
        return (len(self.blocks) == 1 and line.page == 1 and self._title_sized(block.label_lines[0])
                and 0 < gap <= 1.5 * scale)

    def _title_sized(self, line: Line) -> bool:
        """Set clearly larger than the body, as titles and large headings are."""
        return bool(self.body) and line.size >= self.body + 1.5

    def _numbered_label(self, text: str) -> bool:
        """'1.1 Behovsanalys/problembeskrivning', not '3 445 tkr. Ingen avvikelse finns'."""
        match = _NUMBERED_LABEL.match(text.strip())
        return match is not None and ". " not in match.group("rest") and self.is_label(match.group("rest"))

    def _inline_label(self, line: Line) -> tuple[Line, Line] | None:
        """'Projektnamn: Kameraövervakning' on one line -> (label, answer)."""
        for i, word in enumerate(line.words[:8]):
            if word.text.endswith(":") and i + 1 < len(line.words):
                label = Line(line.page, line.words[: i + 1])
                if self.is_label(label.text.rstrip(":")):
                    return label, Line(line.page, line.words[i + 1:])
                return None
        return None

    def _is_marker(self, line: Line) -> bool:
        """A stage marker line; in title type it is the end of a wrapped title instead."""
        large = self.body and line.size > self.body + 1.5
        return bool(self.stage_of(line.text)) and not large

    def _split(self, line: Line) -> tuple[list[Word], list[Word] | None]:
        """(label-column words, value-column words); value None = a full-width line."""
        if self.boundary is None:
            return line.words, None
        left = [w for w in line.words if w.x0 < self.boundary]
        right = [w for w in line.words if w.x0 >= self.boundary]
        # OCR sizes are rough: there a label and answer cleanly apart at the
        # value column are a table row whatever the line's measured height.
        clean_row = not self.typography and left and right and self._column_split(left, right, line)
        if self._is_heading(line) and line.size > self.body + 1.5 and not clean_row:
            return line.words, None  # a title or large heading, whatever its width
        if self._numbered_label(line.text):
            return line.words, None  # "1. Beskrivning (mål och syfte)": numbered sections run full width
        if left and self.blocks and self.blocks[-1].heading and self.is_label(self.blocks[-1].label):
            # Under a full-width heading the text is full-width too: only a
            # known label brings the two-column table back.
            if not self.is_label(Line(line.page, left).text):
                return line.words, None
        if left and right and not self._column_split(left, right, line):
            return line.words, None
        if left and not right and len(left) > 1 and left[-1].x1 > self.boundary + self.tol:
            return line.words, None  # runs across the column boundary: full-width text
        return left, right

    def _continues_full_paragraph(self, line: Line) -> bool:
        prev = self.last_full_value
        return (
            prev is not None
            and prev.page == line.page
            and 0 <= line.top - prev.bottom <= 0.8 * prev.height
            and not self._is_heading(line)
        )

    def _is_heading(self, line: Line) -> bool:
        text = line.text.strip()
        if len(text.split()) > 14 or text.endswith((".", ";")) and not _NUMBERED_HEADING.match(text):
            return False
        if self.typography:
            if self.body and (line.size >= self.body + 0.8 or (line.bold and not self.body_bold)):
                return True
        elif self._title_sized(line):
            return True  # OCR sizes are line heights: descenders alone change them by a point or two
        elif text[:1].isupper() and not text.endswith((",", ":")):
            # No bold to see: a short line standing apart after a finished paragraph (or the title).
            prev = self.prev_line
            if (prev is not None and prev.page == line.page and len(text.split()) <= 6
                    # right under a heading: its answer; right under a title: a heading
                    and (prev is not self.last_label_line or self._title_sized(prev))
                    and (prev.text.rstrip().endswith((".", "!", "?")) or self._title_sized(prev))
                    and line.top - prev.top > 1.5 * max(prev.size, prev.height)):
                return True
        if self._numbered_label(text):
            return True
        # Without font names (OCR): a short line that reads as a known label.
        return not self.typography and self.is_label(text)

    def _add_label(self, line: Line, *, heading: bool) -> None:
        current = self.blocks[-1] if self.blocks else None
        if current and self._continues_label(current, line, heading):
            current.label_lines.append(line)
        else:
            self.blocks.append(Block([line], [], heading))
        self.last_label_line = line

    def _continues_label(self, block: Block, line: Line, heading: bool) -> bool:
        prev = self.last_label_line
        if prev is None or block.label_lines[-1] is not prev or block.heading != heading:
            return False
        # Top-to-top distance against the type size: OCR boxes shrink to the
        # letters drawn, so the gap between boxes says little.
        scale = max(prev.size, prev.height, line.height)
        # A table row split by a page break carries the label's wrapped tail
        # to the top of the next page, beside the answer's tail.
        over_break = prev.page + 1 == line.page and self.prev_line is not None and self.prev_line.page != line.page
        if not over_break and (prev.page != line.page or not 0 < line.top - prev.top <= 1.9 * scale):
            return False
        if heading and abs(prev.size - line.size) > (0.5 if self.typography else 2.0) and not self._wraps_title(line):
            return False
        if heading and block.value_lines:
            return False
        if self._rule_between(line.page, prev, line):
            return False
        if heading and self._wraps_title(line):
            return True
        first = line.text[:1]
        return not (first.isupper() or first.isdigit()) or bool(_CONNECTOR_END.search(prev.text))

    def _rule_between(self, page: int, upper: Line, lower: Line) -> bool:
        for x0, top, x1, bottom in self.rules.get(page, []):
            if abs(bottom - top) <= 2.0 and upper.bottom - 1 <= top <= lower.top + 1:
                if x0 <= lower.x0 + 1 and x1 >= lower.x0 + 5:
                    return True
        return False

    def _add_value(self, line: Line) -> None:
        if self.blocks:
            self.blocks[-1].value_lines.append(line)
        else:
            self.preamble.append(line)


def title_lines(preamble: list[Line], body: float) -> list[Line]:
    """The preamble lines that make the title: those set in the largest type when
    the title stands out from the body text (a letterhead or date above it does
    not), else the whole preamble."""
    sized = [ln for ln in preamble if ln.size]
    if not body or not sized or max(ln.size for ln in sized) < body + 1:
        return preamble
    largest = max(ln.size for ln in sized)
    if any(w.fontname for ln in preamble for w in ln.words):
        return [ln for ln in preamble if ln.size >= max(largest - 0.5, body + 1)]
    # OCR sizes are line heights, rough by a couple of points: a title line
    # can measure as body type between two that measure large.
    large = [i for i, ln in enumerate(preamble) if ln.size >= max(largest - 3.0, body + 1)]
    return preamble[large[0]:large[-1] + 1]


def _line_pitch(blocks: list[Block]) -> float:
    """The usual distance between the tops of consecutive answer lines."""
    pitches = [b.top - a.top for blk in blocks for a, b in zip(blk.value_lines, blk.value_lines[1:])
               if a.page == b.page and b.top > a.top]
    heights = [ln.height for blk in blocks for ln in blk.value_lines]
    # Leading is rarely above 1.45 times the type height; where every answer
    # is split around its label no two answer lines are adjacent to measure.
    cap = 1.45 * median(heights) if heights else 0.0
    # A low quantile: row and paragraph gaps are among the pitches too.
    return min(sorted(pitches)[len(pitches) // 4], cap) if pitches else cap


def _value_pictures(pages: list[Page], boundary: float | None) -> dict[int, list[tuple]]:
    """Per page, the pictures in the value column (a one-column document has none)."""
    if boundary is None:
        return {}
    return {p.number: [box for box in p.images if box[0] >= boundary] for p in pages}


def _picture_between(pictures: list[tuple], upper: Line, lower: Line) -> tuple | None:
    """A picture under `upper` with `lower` beside it (whether it joins them is for centring to say)."""
    centre = (lower.top + lower.bottom) / 2
    for box in pictures:
        if upper.bottom - 1 <= box[1] < centre < box[3]:
            return box
    return None


def _pull_centred_answers(blocks: list[Block], rules: dict[int, list],
                          pictures: dict[int, list[tuple]] | None = None) -> None:
    """Give back answer lines drawn above their own label.

    A table cell whose label is centred vertically puts the label beside the
    middle of the answer, so the answer's first lines come before the label
    and were appended to the previous block. They are recognised as a run of
    answer-only lines tight above the new label (or above a picture beside
    it: the picture is answer content without words), cut off from what
    precedes them by a row gap (or a rule), and no longer than the answer below.
    """
    pictures = pictures or {}
    pitch = _line_pitch(blocks)
    if not pitch:
        return
    for prev, block in zip(blocks, blocks[1:]):
        if block.heading or not block.label_lines or not prev.value_lines:
            continue
        label_tops = {(ln.page, round(ln.top)) for ln in prev.label_lines}
        run: list[Line] = []
        picture = None  # a picture between the run and the label, part of the answer
        # The row's first line: its label, or an answer line a little higher
        # on the same text line (a centred label shares a line with it).
        below = min((ln for ln in block.label_lines[:1] + block.value_lines[:1] if ln.page == block.page),
                    key=lambda ln: ln.top)
        for line in reversed(prev.value_lines):
            tight = 0 < below.top - line.top <= 1.3 * pitch
            beside = None if tight or line.page != below.page else _picture_between(
                pictures.get(line.page, []), line, below)
            if (line.page != below.page or not (tight or beside)
                    or (line.page, round(line.top)) in label_tops or _ruled_between(rules, line, below)):
                break
            picture = picture or beside
            run.insert(0, line)
            below = line
        if picture:
            # Of the lines above the picture, the row's are those the label centres on with it (maybe none).
            run = next((run[i:] for i in range(len(run))
                        if _centred_on(block.label_lines, run[i].top, max(run[-1].bottom, picture[3]), pitch)), [])
        on_picture = picture is not None and bool(run) and _centred_on(
            block.label_lines, run[0].top, max(run[-1].bottom, picture[3]), pitch)
        # A centred label has at least as many answer lines (or lines of its
        # own, when the answer ends in empty paragraphs, or a picture) beside and below it.
        if not run or (len(run) > max(len(block.value_lines), len(block.label_lines)) and not on_picture):
            continue
        before = prev.value_lines[-len(run) - 1] if len(prev.value_lines) > len(run) else prev.label_lines[-1]
        if before.page == run[0].page:
            # Paragraph spacing may leave no row gap to see; then the centring
            # of both labels tells (the previous one is off centre with the run).
            prev_answer = [ln for ln in prev.value_lines if ln.page == run[0].page]
            row_gap = run[0].top - before.top > 1.35 * pitch or (
                on_picture and not _centred(prev.label_lines, prev_answer, pitch))
        else:
            # Lines at the top of a page are the answer overleaf continued,
            # unless a sentence ends at the break and the label is centred on them and its answer.
            answer = run + [ln for ln in block.value_lines if ln.page == run[0].page]
            centred = on_picture or _centred(block.label_lines, answer, pitch)
            row_gap = before.text.rstrip().endswith((".", "!", "?")) and run[0].text[:1].isupper() and centred
        # A heading (the title) whose only text sits tight above a label-column label: that text is the row's.
        under_heading = prev.heading and len(run) == len(prev.value_lines)
        if row_gap or under_heading or _ruled_between(rules, before, run[0]):
            del prev.value_lines[-len(run):]
            block.value_lines[:0] = run


def _centre_rows(blocks: list[Block]) -> None:
    """Share answer lines out anew in tables whose labels are centred in their rows.

    With neither a gap nor a rule between rows, the label itself is the only
    evidence of where a row starts and ends: it sits at the middle of its
    answer. Used only on a page's table where a label starts half-way between
    two adjacent answer lines (a top-aligned label starts level with its
    answer, or after a gap) or an answer would start in lowercase, and kept
    for a row only when it and the rows before it have their labels at the
    middle of their answers.
    """
    pitch = _line_pitch(blocks)
    if not pitch:
        return
    for table in _page_tables(blocks):
        page = table[0].page
        own = [[ln for ln in b.value_lines if ln.page == page] for b in table]
        tail = [ln for ln in table[-1].value_lines if ln.page != page]  # the last answer, continued overleaf
        lines = [ln for ls in own for ln in ls]
        tops = [ln.top for ln in lines]
        # Evidence of centring: a label half-way between two answer lines, or
        # a row whose answer would start mid-sentence (lowercase) if read top-aligned.
        mid_sentence = any(ls and ls[0].text[:1].islower() for ls in own[1:])
        if not mid_sentence and not any(_between_lines(b.label_lines[0].top, tops, pitch) for b in table):
            continue
        rows, start = [], 0
        for block in table:
            centre = (block.label_lines[0].top + block.label_lines[-1].bottom) / 2
            end = start
            while end < len(lines) and (lines[start].top + lines[end].bottom) / 2 <= centre + 0.35 * pitch:
                end += 1
            row = lines[start:end]
            if not _centred(block.label_lines, row, pitch):
                break
            rows.append(row)
            start = end
        done = len(rows)
        if not done:
            continue
        if done == len(table):
            rows[-1] += lines[start:]  # text after the table stays with the last row, as before
        else:
            # A row that does not centre (its answer has a picture, say) takes
            # the lines up to where its answer ended before; later rows keep theirs.
            end = sum(len(ls) for ls in own[:done + 1])
            if start > end:
                continue
            rows += [lines[start:end]] + own[done + 1:]
        rows[-1] = rows[-1] + tail
        for block, row in zip(table, rows):
            block.value_lines = row


def _centred(label_lines: list[Line], answer: list[Line], pitch: float) -> bool:
    """The label sits at the middle of the answer lines."""
    return bool(answer) and _centred_on(label_lines, answer[0].top, answer[-1].bottom, pitch)


def _centred_on(label_lines: list[Line], top: float, bottom: float, pitch: float) -> bool:
    """The label sits at the middle of the answer spanning top..bottom."""
    centre = (label_lines[0].top + label_lines[-1].bottom) / 2
    return abs((top + bottom) / 2 - centre) <= 0.35 * pitch


def _between_lines(top: float, tops: list[float], pitch: float) -> bool:
    """A label starting half-way between two adjacent answer lines (one pitch apart)."""
    return any(a + 0.25 * pitch < top < b - 0.25 * pitch and b - a <= 1.3 * pitch for a, b in zip(tops, tops[1:]))


def _page_tables(blocks: list[Block]) -> list[list[Block]]:
    """Runs of consecutive label-column blocks on one page, each with an answer there."""
    tables: list[list[Block]] = []
    current: list[Block] = []
    for block in blocks:
        fits = (not block.heading and block.label_lines and {ln.page for ln in block.label_lines} == {block.page}
                and any(ln.page == block.page for ln in block.value_lines))
        if fits and current and current[0].page == block.page:
            current.append(block)
            continue
        if len(current) > 1:
            tables.append(current)
        current = [block] if fits else []
    if len(current) > 1:
        tables.append(current)
    return tables


def _ruled_between(rules: dict[int, list], upper: Line, lower: Line) -> bool:
    """A horizontal rule (a table's row border) runs between two lines of one page."""
    return upper.page == lower.page and any(
        abs(b - t) <= 2.0 and upper.bottom - 1 <= t <= lower.top + 1 for x0, t, x1, b in rules.get(lower.page, []))


def _split_preamble(preamble: list[Line], blocks: list[Block], is_label, is_title_start) -> tuple[list[Line], list[Block]]:
    """Blocks before the first known label, without an answer, are title lines.

    So is a block that opens like a title ("Bilaga 7 - Uppföljning") with what
    sits beside it: on a scan the title's tail can land in the answer column.
    """
    lead = []
    for block in blocks:
        if is_label(block.label) or block.page != 1:
            break
        if block.value_lines and not is_title_start(block.label):
            break
        lead.append(block)
    title_lines = preamble + [line for b in lead for line in b.label_lines + b.value_lines]
    title_lines.sort(key=lambda ln: (ln.page, ln.top))
    return title_lines, blocks[len(lead):]
