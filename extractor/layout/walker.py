"""Walk lines in reading order and build label/answer blocks (a small state machine).

Label-column text starts or continues a label, value text (and non-heading
full-width text) is appended to the current block, heading lines start a
block, stage markers are set aside.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bilagor.extractor.layout.blockcols import BlockBoundaries, boundary_at
from bilagor.extractor.layout.boxedfields import in_label_box
from bilagor.extractor.layout.columns import gap_threshold, is_fragment, label_type_end
from bilagor.extractor.layout.continued import continued_label
from bilagor.extractor.layout.fieldlists import (
    continues_bold_label,
    mark_before_column,
    same_type,
    same_type_below,
)
from bilagor.extractor.layout.inlinepairs import type_of
from bilagor.extractor.layout.model import Block, Line
from bilagor.extractor.layout.ruling import Rules, ruled_apart, ruled_between
from bilagor.extractor.layout.runin import label_before_gap
from bilagor.extractor.layout.rulelabels import centred_on_rule
from bilagor.extractor.layout.titletail import preamble_title, title_read_as_heading
from bilagor.extractor.overdrawn import drawn_over
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.text import without_abbreviation_stops
from bilagor.extractor.words import Word

# A label line continues the previous one when the previous ends like this.
CONNECTOR_END = re.compile(r"(,|-|/|\b(och|av|för|mot|i|på|om|med|till|samt|eller|utifrån|de|det|den))$", re.I)
_NUMBERED_HEADING = re.compile(r"^\d+(\.\d+)*\.?\s+\S")
_NUMBERED_LABEL = re.compile(r"^\d{1,2}(\.\d{1,2})*\.?\s+(?P<rest>[A-ZÅÄÖ].*)$")
# A printout's item number in brackets before its label, and the section's own number if it has one ("[3] Plats",
# "[4] 1. Beskrivning (mål och syfte)"): a label whatever its wording, when the rest reads as a heading.
_BRACKETED_LABEL = re.compile(r"^\[\d{1,3}\]\s+(?:\d{1,2}(\.\d{1,2})*\.?\s+)?(?P<rest>[A-ZÅÄÖ].*)$")
# A printout's item number opening a line ("[4] "), taken off before the label's wording is looked up.
_BRACKET_NUMBER = re.compile(r"^\[\d{1,3}\]\s+")
# A section number alone on its line ('1.1', '2.'): its label's words follow on the next.
_SECTION_NUMBER = re.compile(r"^\d{1,2}(\.\d{1,2})*\.?$")


# Digits, an e-mail or web address: answer text, never the wrapped part of a label.
_ANSWER_SHAPED = re.compile(r"[\d@]|www\.|https?:")
# A list item: a dash or bullet, or a number closed by ')' or '.', then its text.
_LIST_ITEM = re.compile(r"^([-–—•·*]|\d{1,2}[.)])\s+\S")
_FILE_NAME = re.compile(r"^\S+\.(jpe?g|png|gif|tiff?|heic|bmp|pdf|docx?|xlsx?)$", re.I)


def is_file_name(text: str) -> bool:
    """'IMG_4021.JPG', 'torget_fore.jpg': a picture's file name, never a label."""
    return bool(_FILE_NAME.match(text.strip()))


def label_form(text: str) -> bool:
    """Reads like a label: capitalised, a few words, no digits, no sentence or file-name punctuation."""
    stripped = without_abbreviation_stops(text.strip().rstrip(":"))
    return (
        bool(stripped)
        and stripped[:1].isupper()
        and not any(ch.isdigit() for ch in stripped)
        and not re.search(r"[.!?;_:]", stripped)
    )


def is_sentence(text: str) -> bool:
    """Reads as prose, not a label: several words ending in a full stop."""
    return len(text.split()) >= 3 and text.rstrip().endswith((".", "!"))


def _inline_label_form(text: str, s: LayoutSettings) -> bool:
    """Reads as a short label: capitalised, a few words, no digits or sentence punctuation."""
    words = text.split()
    return (
        0 < len(words) <= s.inline_label_max_words
        and text[:1].isupper()
        and not any(ch.isdigit() or ch in ".!?;:" for ch in text)
    )


def in_capitals(text: str) -> bool:
    """Set in capitals throughout ('GEOGRAFISK PLATS', a CSS text-transform): its case tells nothing."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) > 1 and all(ch.isupper() for ch in letters)


def _one_capital(text: str) -> bool:
    """A line of one capital letter ('I' of 'AVVIKELSER I PROJEKTETS ...' wrapped alone)."""
    return len(text.strip()) == 1 and text.strip().isupper()


def _trimmed(words: list[Word]) -> list[Word]:
    """Label-column words without punctuation-only OCR tokens at either end (a border or a speck
    beside the label; a dash inside, as in 'Bilaga 7 - Uppföljning', stays)."""
    start, end = 0, len(words)
    while start < end and is_fragment(words[start]):
        start += 1
    while end > start and is_fragment(words[end - 1]):
        end -= 1
    return words[start:end]


def labels_by_type(
    lines: list[Line], body: float, body_bold: bool, is_label: Callable[[str], bool], s: LayoutSettings
) -> bool:
    """Whether the document sets the known labels that stand alone on their lines apart by type
    (bold or larger than the body); then a plain line that reads as a label is answer text. Where only a
    header grid's label cells (read pair by pair) are so set and known labels stand alone in body type
    below it (a definition list under a bold grid), the grid's type tells nothing of the body's labels."""

    def known(line: Line) -> bool:
        return label_form(line.text) and is_label(line.text.strip().rstrip(":"))

    typed = [
        line
        for line in lines
        if (line.bold and not body_bold or body and line.size >= body + s.heading_size_step) and known(line)
    ]
    if not typed or any(not line.in_grid for line in typed):
        return bool(typed)
    plain = [
        line
        for line in lines
        if not (line.in_grid or line.cell or line.bold) and abs(line.size - body) < s.heading_size_step and known(line)
    ]
    return len(plain) < s.plain_labels_under_grid


class Walker:
    """Reads lines in order and builds blocks."""

    def __init__(
        self,
        boundaries: dict[int, float | None],
        body: float,
        body_bold: bool,
        rules: Rules,
        is_label: Callable[[str], bool],
        stage_of: Callable[[str], str | None],
        *,
        tol: float = 3.0,
        typography: bool = True,
        label_x: float | None = None,
        labels_by_type: bool = False,
        is_known_wording: Callable[[str], bool] | None = None,
        leading: float | None = None,
        bold_run_in: bool = False,
        block_boundaries: BlockBoundaries | None = None,
        inline_form: bool = False,
        inline_form_after_title: bool = False,
        is_title_start: Callable[[str], bool] | None = None,
        word_spaces: dict[tuple[str, float], float] | None = None,
        settings: LayoutSettings = DEFAULT_SETTINGS,
    ):
        self.s = settings
        # A monospaced type's word space (inlinepairs.monospaced_spaces): a print filter's pitch may set it
        # wider than a column gap by the type's size; one typed space never parts a label from its answer.
        self.word_spaces = word_spaces or {}
        # Blocks lower on a page with a label/value column pair of their own (blockcols.py).
        self.block_boundaries = block_boundaries or {}
        # Known labels are set bold, run in with their answers: an unknown one in that type is a label too.
        self.bold_run_in = bold_run_in
        # The answers' line pitch (None: not measured): labels in a narrow column wrap at it.
        self.leading = leading
        # A template label or known alias word for word: a label however long it is.
        self.is_known_wording = is_known_wording or (lambda _text: False)
        # A line that opens the form's title ('Bilaga 5b Ansökan om ...'): never a label beside its answer.
        self.is_title_start = is_title_start or (lambda _text: False)
        # Labels alone on their lines are set apart by type (bold, larger): a plain line is never one.
        self.labels_by_type = labels_by_type
        self.label_x = label_x  # where labels (and one-column headings) start
        self.boundaries = boundaries  # the value column's x per page (None: one column)
        self.boundary: float | None = None  # the current page's
        self.body = body
        self.body_bold = body_bold
        self.typography = typography  # font names known (a text layer)
        self.prev_line: Line | None = None
        self.next_line: Line | None = None
        self.tol = tol  # alignment tolerance of this document
        self.rules = rules
        self.is_label = is_label
        self.stage_of = stage_of
        self.preamble: list[Line] = []
        self.blocks: list[Block] = []
        self.markers: list[str] = []
        self.marker_lines: list[Line] = []  # the markers' lines, where they stand (rows.pull_centred_answers)
        self.last_label_line: Line | None = None
        self.last_full_value: Line | None = None
        self.inline_form = inline_form  # labels are written inline ("Label: answer")
        # ... known so from the first line after a preamble line that is no "Label: answer" pair (a text
        # layer's title; a mail header's "Från: …" lines above it are no fields)
        self.inline_form_after_title = inline_form_after_title
        self.stacked_form = False  # labels stand alone above their answers (web forms, definition lists)
        self.stacked_capitals = False  # ... and are set in capitals
        self.gap_row: Line | None = None  # the last OCR'd line read as a label and its answer across a gap

    def feed(self, line: Line, next_line: Line | None = None) -> None:
        """Read `line`; `next_line` (the line after it, if any) tells a list's lead-in line."""
        self.boundary = boundary_at(line, self.boundaries.get(line.page), self.block_boundaries, self.tol)
        self.next_line = next_line
        self._feed(line)
        self.prev_line = line

    def _feed(self, line: Line) -> None:
        if line.cell == "label":  # a cell grid's label, told by its cell (cells.py)
            self.blocks.append(Block([line], [], False))
            self.last_label_line, self.last_full_value = line, None
            return
        if line.cell == "value" and self.blocks and not self._is_marker(line):
            self._add_value(line)
            return
        if self._answer_set_in(line):
            self._add_value(line)
            return
        if centred_on_rule(line, self.rules, self.s):  # a label on a rule stands where an answer could
            self._add_label(line, heading=True)
            return
        if self.typography and preamble_title(line, self.preamble, self.blocks, self.prev_line, self.body, self.s):
            self._add_value(line)  # no block yet: the title (centred over the value column or not) is the preamble's
            return
        label_words, value_words = self._split(line)
        if self._is_marker(line):
            self.markers.append(line.text)
            self.marker_lines.append(line)
            return
        if value_words and not label_words:
            value = Line(line.page, value_words, line.in_grid)
            if self._is_marker(value):
                self.markers.append(value.text)
                self.marker_lines.append(value)
                return
            self._add_value(value)
            if not self._continues_full_paragraph(value):
                self.last_full_value = None
            return
        tail = Line(line.page, label_words, line.in_grid)
        if label_words and not value_words and self.blocks and self._wraps_run_in_label(self.blocks[-1], tail):
            self.blocks[-1].label_lines.append(tail)
            self.last_label_line = tail
            return
        if label_words and value_words == [] and self._wraps_heading(tail):
            # A numbered label read full width ("1. Beskrivning (mål och") wraps its lowercase tail into the
            # label column, in its own type, its answer in the value column below: the heading's own line.
            self._add_label(tail, heading=True)
            return
        if label_words and value_words is None and self._wraps_label(line):
            self._add_label(line, heading=False)
            return
        if label_words and value_words is None:  # a full-width line
            beside = self._run_in_tail_beside(line)
            if beside:  # the run-in label's wrapped tail, the answer's next line beside it
                self.blocks[-1].label_lines.append(beside[0])
                self.last_label_line = beside[0]
                self._add_value(beside[1])
                self.last_full_value = beside[1]
                return
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
        label = Line(line.page, label_words, line.in_grid)
        if not value_words and self._continues_full_paragraph(label):
            self._add_value(label)  # the short last line of a full-width paragraph
            self.last_full_value = label
            return
        current = self.blocks[-1] if self.blocks else None
        if not value_words and current and not current.value_lines and self._short_answer(current, label):
            # A short answer under a heading that fits the label column.
            self._add_value(label)
            self.last_full_value = label
            return
        if (
            not value_words
            and current
            and (is_file_name(label.text) or is_sentence(label.text))
            and not self._continues_label(current, label, False)
        ):
            # A file name or a sentence in the label column (under a picture, say) is answer text, never a label.
            self._add_value(label)
            self.last_full_value = None
            return
        if (
            not value_words
            and current
            and (self._answer_in_own_type(current, label) or self._answer_under_colon_label(current, label))
        ):
            self._add_value(label)
            self.last_full_value = None
            return
        self._add_label(label, heading=False)
        if value_words:
            self._add_value(Line(line.page, value_words, line.in_grid))
        self.last_full_value = None

    def _column_gap(self, left: list[Word], right: list[Word], line: Line) -> tuple[bool, bool]:
        """(a label-to-answer gap between the words, the right ones aligned at the value column)."""
        assert self.boundary is not None
        gap = right[0].x0 - max(w.x1 for w in left)
        column_gap = gap >= gap_threshold(right[0].size or line.height * 0.8, self.s) * self.s.label_gap_share
        space = self.word_spaces.get(type_of(right[0]))
        if space is not None:
            column_gap = column_gap and gap > self.s.monospaced_space_slack * space
        # Answers are left-aligned in their column; a wide space inside
        # justified full-width text falls anywhere.
        aligned = right[0].x0 - self.boundary <= self.s.value_align_tolerances * self.tol
        return column_gap, aligned

    def _column_split(self, left: list[Word], right: list[Word], line: Line) -> bool:
        """Whether words left and right of the boundary are a label and its answer."""
        assert self.boundary is not None
        gap = right[0].x0 - max(w.x1 for w in left)
        column_gap, aligned = self._column_gap(left, right, line)
        # A label word wider than its column runs up to the answer: the
        # answer still starts exactly at the value column.
        # So do label words set apart by type (bold, capitals, a size of their own) that fill the
        # column up to an answer in body type, or run on under it when the answer starts right at
        # the value column.
        changes_type = label_type_end(left + right[:1], self.s) == len(left)
        # ... but a word at the column in the bold label's own type is the name's, wider than its column, no answer
        name_goes_on = self.typography and not self.body_bold and continues_bold_label(left, right, self.s)
        at_value_x = abs(right[0].x0 - self.boundary - self.tol) <= self.tol and not name_goes_on
        at_column = (
            (changes_type or (len(left) == 1 and self._in_label_type(left[0])))
            and (gap >= -2 * self.tol or (changes_type and at_value_x))
            and aligned
            and self.last_full_value is None
            and not name_goes_on
        )
        # A template label wider than its tab stop pushes its answer on to the next one, right of the
        # answers' column ('Projektets mål och syfte⇥Målet är ...'), after a column gap all the same.
        pushed = (
            column_gap and right[0].x0 > self.boundary and self.is_known_wording(Line(line.page, left).text.rstrip(":"))
        )
        # A label wrapped in a cell just wide enough for it runs up to its answer, a word space short of it
        # (LibreOffice's tables of pandoc's ODT): the tail continues the label above, and the answer's line
        # still starts at the value column.
        wrapped_up_to = (
            at_value_x
            and gap > 0
            and self.last_full_value is None
            and bool(self.blocks)
            and self._in_label_type(left[0])
            and self._continues_label(self.blocks[-1], Line(line.page, left), False)
        )
        # ... and so does a row's first label line, when the line under it goes on in both columns too.
        opens_row = (
            at_value_x
            and gap > 0
            and self.last_full_value is None
            and left[0].text[:1].isupper()
            and not self.is_title_start(line.text)  # a title in the labels' type over a header grid, wrapped
            and (self._answer_goes_on_below(line) or self._label_wraps_below(left, line))
            # ... a label's line in its row's label type: a body-type sentence over bold labels (a field list's
            # instruction) that ends a word space short of the value column by chance is no row
            and (not self.typography or same_type_below(left, self.next_line, self.s))
        )
        # A cell border drawn between them at the value column (a ruled table's answer set in, a list item's
        # hanging indent): two cells, however far in the answer's words start.
        bordered = (
            column_gap
            and right[0].x0 >= self.boundary - self.tol
            and ruled_apart(self.rules, line.page, max(w.x1 for w in left), right[0].x0, line.top, line.bottom, self.s)
        )
        return (
            (column_gap and aligned and not name_goes_on)
            or at_column
            or pushed
            or wrapped_up_to
            or opens_row
            or bordered
        )

    def _in_label_type(self, word: Word) -> bool:
        """`word` is in the type of the label above (or no label yet): a word in another, run up to the value
        column, is an answer's (a field list's answer under its bold label, its second word at the column)."""
        label = self.blocks[-1].label_lines[0] if self.blocks and self.blocks[-1].label_lines else None
        return label is None or not self.typography or same_type(word, label.words[0], self.s)  # OCR: no type to go by

    def _answer_goes_on_below(self, line: Line) -> bool:
        """The next line, right under `line`, goes on in both columns: the label's wrapped tail in the label
        column, then a word at the value column. (An answer set in under a label that runs across the page, as a
        word processor's tab stops set it, starts at the value column with nothing left of it.)"""
        assert self.boundary is not None
        below = self.next_line
        if below is None or not self._near_below(line, below) or below.x0 >= self.boundary:
            return False
        start = self.boundary + self.tol
        # The label's tail and the answer are two cells: the gap between them is wider than the line's word
        # spaces. A paragraph's next line with a word at the value column by chance has only a word space there
        # (an answer run the full width under a label in the answers' own type, as Word's shaded fields set it).
        gaps = sorted(w.x0 - prev.x1 for prev, w in zip(below.words, below.words[1:]))
        space = gaps[len(gaps) // 2] if gaps else 0.0
        return any(
            abs(w.x0 - start) <= self.tol and w.x0 - prev.x1 > self.s.cell_gap_spaces * max(space, 0.0)
            for prev, w in zip(below.words, below.words[1:])
        )

    def _label_wraps_below(self, left: list[Word], line: Line) -> bool:
        """The next line, right under `line`, goes on with a known label opened by `left`: its lowercase tail at
        the label's x, all in the label column (a label as wide as its column, centred in its row, runs up to the
        answer's middle line beside it: 'Beskrivning av slutresultat utifrån' | 'under tak ...')."""
        assert self.boundary is not None
        below = self.next_line
        if below is None or not self._near_below(line, below) or abs(below.x0 - left[0].x0) > self.tol:
            return False
        # (a paragraph's next line runs on across the value column: no label's tail)
        if below.x1 >= self.boundary or not below.text[:1].islower():
            return False
        return self.is_label(Line(line.page, left + below.words).text)

    def _near_below(self, prev: Line, line: Line, pitch: float | None = None) -> bool:
        """`line` follows `prev` on its page within `pitch` type sizes (top to top)."""
        pitch = self.s.wrap_pitch if pitch is None else pitch
        return prev.page == line.page and 0 < line.top - prev.top <= pitch * max(prev.size, prev.height)

    def _near_below_larger(self, prev: Line, line: Line, pitches: float = 0.0) -> bool:
        """`line` follows `prev` within the wrap pitch (or `pitches` sizes) of the larger of their types: a small
        label's answer in body type below it (in a framed box, a padding between) is at a body line's pitch, not
        the label's."""
        pitch = (pitches or self.s.wrap_pitch) * max(prev.size, prev.height, line.size)
        return prev.page == line.page and 0 < line.top - prev.top <= pitch

    def _wraps_label(self, line: Line) -> bool:
        """A lowercase line under a label-column label, at its x, continues it even
        when OCR measured it a little wider than the column."""
        block = self.blocks[-1] if self.blocks else None
        prev = self.last_label_line
        return (
            not self.typography
            and block is not None
            and not block.heading
            and prev is not None
            and block.label_lines[-1] is prev
            and line.text[:1].islower()
            and len(line.text.split()) <= self.s.label_wrap_max_words
            and abs(line.x0 - prev.x0) <= 2 * self.tol
            and self._near_below(prev, line)
        )

    def _wraps_run_in_label(self, block: Block, line: Line) -> bool:
        """A label run in with its answer on one line wraps in its cell: the lowercase tail right under it, at
        its x and in its type (bold where the answer is not), with no answer beside it ('Sökande' + answer /
        'nämnd'), is the label's, not a label of its own."""
        prev = self.last_label_line
        if not (self.typography and block.heading and block.value_lines and prev is not None):
            return False
        first = block.label_lines[0]
        label_words = [w for ln in block.label_lines for w in ln.words]
        answer_words = [w for ln in block.value_lines for w in ln.words]
        return (
            block.label_lines[-1] is prev
            and all(abs(ln.top - first.top) <= self.tol for ln in block.value_lines)  # the answer ran in beside it
            and all(w.bold for w in label_words + line.words)
            and not any(w.bold for w in answer_words)
            and line.text[:1].islower()
            and len(line.text.split()) <= self.s.label_wrap_max_words
            and abs(line.x0 - prev.x0) <= 2 * self.tol
            and self._near_below(prev, line)
        )

    def _run_in_tail_beside(self, line: Line) -> tuple[Line, Line] | None:
        """A label run in with its answer wraps in its cell beside the answer's next line ('Syfte och' + answer /
        'mål' + answer: a table of its own, its label column narrower than the page's): the line's bold opening
        is the label's tail (`_wraps_run_in_label`) when the body type after it starts where the answer ran in."""
        if not (self.typography and self.blocks and self.blocks[-1].value_lines):
            return None
        bold_end = next((i for i, w in enumerate(line.words) if not w.bold), len(line.words))
        if bold_end in (0, len(line.words)):
            return None
        tail = Line(line.page, line.words[:bold_end], line.in_grid)
        rest = Line(line.page, line.words[bold_end:], line.in_grid)
        block = self.blocks[-1]
        if abs(rest.x0 - block.value_lines[0].x0) > self.tol or not self._wraps_run_in_label(block, tail):
            return None
        return tail, rest

    def _wraps_heading(self, line: Line) -> bool:
        """A lowercase line right under a heading that has no text yet continues it
        (OCR cannot see that the wrapped part is bold too)."""
        block = self.blocks[-1] if self.blocks else None
        prev = self.prev_line
        return (
            block is not None
            and block.heading
            and not block.value_lines
            and prev is block.label_lines[-1]
            and line.text[:1].islower()
            and len(line.text.split()) <= self.s.heading_wrap_max_words
            and self._near_below(prev, line)
            and not self._answer_under_label(line)
            and self._wraps_where_heading_does(prev, line)
            and not self._answers_whole_label(block, line)
            # A heading wraps in its own type: a line in another size or weight under it is its answer.
            and (
                not self.typography
                or (abs(line.size - prev.size) <= self.s.heading_size_spread and line.bold == prev.bold)
            )
        )

    def _answers_whole_label(self, block: Block, line: Line) -> bool:
        """OCR: the heading is a template label word for word and would be none with `line` after it, so `line`
        is its answer ('Ev samverkan' / 'idrottsförvaltningen och Svenska Bostäder'), not its wrapped tail: with
        no weight to tell them, a label set alone on its line over an answer opening in lower case read as one
        label."""
        text = " ".join(ln.text for ln in block.label_lines).strip()
        return (
            not self.typography
            and self.is_known_wording(text.rstrip(":"))
            and not self.is_known_wording(f"{text} {line.text}".rstrip(":"))
        )

    def _wraps_where_heading_does(self, heading: Line, line: Line) -> bool:
        """`line` starts where a wrapped line of `heading` would: at its left edge, after its section number
        (a hanging indent: '1.1 Behovsanalys/' over 'problembeskrivning'), or centred under it. A line
        indented under a heading without a number is its answer, as a plain-text listing sets them
        ('Ev samverkan' / '    stadsbyggnadskontoret och SISAB')."""
        if line.x0 <= heading.x0 + self.tol:
            return True
        if self._completes_known_label(heading, line):
            return True
        first = heading.words[0].text
        if _SECTION_NUMBER.match(first) and len(heading.words) > 1 and abs(line.x0 - heading.words[1].x0) <= self.tol:
            return True
        return abs((line.x0 + line.x1) - (heading.x0 + heading.x1)) <= 2 * self.tol

    def _completes_known_label(self, heading: Line, line: Line) -> bool:
        """A printout wraps a long label at its measure with a hanging indent, which may be its answers'
        indent ('[4] Beskrivning av slutresultat ... och platsens' / '    behov av trygghetsskapande
        åtgärd'): set in under it, the line is the label's tail when the two read as a template label word for
        word and the heading alone does not."""
        text = _BRACKET_NUMBER.sub("", heading.text).rstrip(":")
        return not self.is_known_wording(text) and self.is_known_wording(f"{text} {line.text}".rstrip(":"))

    def _wraps_title(self, line: Line) -> bool:
        """A line in the same title type right under a heading without text continues
        it, however it starts or ends ("Konst i gångtunnlar vid / Skärholmstorget. /
        Inriktningsbeslut")."""
        block = self.blocks[-1] if self.blocks else None
        prev = self.prev_line
        if not (
            bool(self.body)
            and block is not None
            and block.heading
            and not block.value_lines
            and prev is block.label_lines[-1]
            and prev.page == line.page
            and not self._numbered_label(line.text)
            and not self.is_label(line.text)
        ):
            return False
        if self.typography:
            return (
                self._title_sized(line)
                and abs(line.size - prev.size) <= self.s.heading_size_spread
                and self._near_below(prev, line)
            )
        # OCR: sizes are too rough to follow the title type from line to line;
        # the lines set close under a large first line of page 1 are its title, unless measured
        # as body type (OCR sizes near the body's are snapped to it): the committee line under it.
        return (
            len(self.blocks) == 1
            and line.page == 1
            and self._title_sized(block.label_lines[0])
            and line.size > self.body
            and self._near_below(prev, line, self.s.ocr_title_pitch)
        )

    def _title_sized(self, line: Line) -> bool:
        """Set clearly larger than the body, as titles and large headings are."""
        return bool(self.body) and line.size >= self.body + self.s.title_size_step

    def _numbered_label(self, text: str) -> bool:
        """'1.1 Behovsanalys/problembeskrivning', not '3 445 tkr. Ingen avvikelse finns'."""
        match = _NUMBERED_LABEL.match(text.strip())
        if match is not None and ". " not in match.group("rest") and self.is_label(match.group("rest")):
            return True
        bracketed = _BRACKETED_LABEL.match(text.strip())
        if bracketed is None:
            return False
        rest = bracketed.group("rest")
        return self.is_label(rest) or (
            not re.search(r"[.!?;]\s|[.!?;]$", rest) and len(rest.split()) <= self.s.heading_max_words
        )

    def _after_title(self) -> bool:
        if not self.inline_form_after_title:
            return False
        if not self.preamble:  # a title read as a heading is past all the same (titletail.py)
            return title_read_as_heading(self.blocks, self.body, self.s)
        last = self.preamble[-1].words[: self.s.inline_label_scan_words]
        return not any(w.text.endswith(":") for w in last)

    def _inline_label(self, line: Line) -> tuple[Line, Line] | None:
        """'Projektnamn: Kameraövervakning' on one line -> (label, answer).

        In a form written that way (a known label was inline already), an
        unknown short label in label form starts a section too ('Underhåll och drift: ...').
        A template label's own wording is a label however long ('Beskrivning av ekonomiskt
        utfall ...: answer'); without a colon, a known label in bold run in with its answer
        in body type is split where the bold ends."""
        for i, word in enumerate(line.words):
            if word.text.endswith(":") and i + 1 < len(line.words):
                label = Line(line.page, line.words[: i + 1])
                text = label.text.rstrip(":")
                in_form = (
                    self.inline_form or self._after_title() or (self.bold_run_in and self._bold_up_to(line, i + 1))
                )
                short = i < self.s.inline_label_scan_words and (
                    self.is_label(text) or (in_form and _inline_label_form(text, self.s))
                )
                if short or self.is_known_wording(text):
                    self.inline_form = True
                    return label, Line(line.page, line.words[i + 1 :])
                return None
        return self._run_in_label(line)

    def _run_in_label(self, line: Line) -> tuple[Line, Line] | None:
        """'**Plats** Kista gård': a known label in bold opening a line in body type, no colon; on an OCR'd
        page (no bold to see) a known label parted from its answer by a column gap ('Plats' ⇥ 'Kista gård')."""
        if not self.typography:
            end = label_before_gap(line.words, self.is_label, self.s)
            if not end:
                return None
            self.gap_row = line
            return Line(line.page, line.words[:end]), Line(line.page, line.words[end:])
        if self.body_bold:
            return None
        if not self.labels_by_type and not any(w.bold for w in line.words):
            # No type to tell the form's labels (Word's shaded fields set them in the answers' weight): a known
            # label parted from its answer by a column gap, a tab stop on a page with no value column of its own.
            # (Where labels are set apart by type, a plain line's wide space is a justified line's.)
            end = label_before_gap(line.words, self.is_label, self.s)
            return (Line(line.page, line.words[:end]), Line(line.page, line.words[end:])) if end else None
        bold_end = next((i for i, w in enumerate(line.words) if not w.bold), len(line.words))
        if bold_end == 0 or bold_end == len(line.words):
            return None
        label = Line(line.page, line.words[:bold_end])
        text = label.text.strip()
        if text.endswith(":") or not label_form(text) or self._title_sized(label):
            return None
        # A known label; once one was inline, an unknown short label in bold too ('Tidplan') when
        # its answer opens a sentence ('Obs arbetet fortsätter' is one sentence).
        opens = line.words[bold_end].text[:1].isupper() or line.words[bold_end].text[:1].isdigit()
        in_form = self.inline_form or self.bold_run_in
        short = bold_end <= self.s.inline_label_max_words and (self.is_label(text) or (in_form and opens))
        if not (short or self.is_known_wording(text)):
            return None
        self.inline_form = True
        return label, Line(line.page, line.words[bold_end:])

    def _bold_up_to(self, line: Line, end: int) -> bool:
        """The line's first `end` words are bold and the next is not (a label in bold run in)."""
        return self.typography and all(w.bold for w in line.words[:end]) and not line.words[end].bold

    def _is_marker(self, line: Line) -> bool:
        """A stage marker line; in title type it is the end of a wrapped title instead."""
        large = self.body and line.size > self.body + self.s.title_size_step
        return bool(self.stage_of(line.text)) and not large

    def _split(self, line: Line) -> tuple[list[Word], list[Word] | None]:
        """(label-column words, value-column words); value None = a full-width line."""
        if self.boundary is None:
            return line.words, None
        start = self._value_start(line)
        left = _trimmed(line.words[:start])
        right = line.words[start:]
        if not left and not right:
            return line.words, None  # nothing but specks: full-width noise, never a label
        if self.blocks and self.blocks[-1].value_lines and mark_before_column(left, right):
            return [], line.words  # a list item whose mark hangs left of the answer column is an answer line
        # OCR sizes are rough: there a label and answer cleanly apart at the
        # value column are a table row whatever the line's measured height,
        # and a line all in the value column below a label is answer text.
        clean_row = (
            not self.typography
            and right
            and ((left and self._column_split(left, right, line)) or (not left and self.blocks))
        )
        if self._is_heading(line) and line.size > self.body + self.s.title_size_step and not clean_row:
            return line.words, None  # a title or large heading, whatever its width
        if self.typography and not self.blocks and line.page == 1 and self._title_sized(line):
            return line.words, None  # page 1's title before any field, centred across the value column (titletail.py)
        if self._numbered_label(line.text) and not self._numbered_in_column(left, right, line):
            return line.words, None  # "1. Beskrivning (mål och syfte)": numbered sections run full width
        if left and self.blocks and self.blocks[-1].heading and self.is_label(self.blocks[-1].label):
            # Under a full-width heading the text is full-width too: only a
            # known label brings the two-column table back.
            if not self.is_label(Line(line.page, left).text):
                return line.words, None
        if len(left) == 1 and right and self.typography and drawn_over(left[0], right[0]):
            # A word too wide for its label cell, alone on its line there, run on over its answer's first word
            # (overdrawn.py): the row as it stands.
            return left, right
        if left and right and not self._column_split(left, right, line):
            return line.words, None
        if left and not right and len(left) > 1 and left[-1].x1 > self.boundary + self.tol:
            return line.words, None  # runs across the column boundary: full-width text
        return left, right

    def _numbered_in_column(self, left: list[Word], right: list[Word], line: Line) -> bool:
        """A numbered label kept to the label column, as the other labels are: beside its answer
        after a column gap at the value column ('1. Beskrivning (mål och' | 'Målet är ...'), or
        alone in the column with its answer's lines beside it, above or below (a centred answer),
        or with no answer under a numbered label read in the column."""
        assert self.boundary is not None
        if left and right:
            return all(self._column_gap(left, right, line))
        if not left or left[-1].x1 > self.boundary:
            return False
        # An empty one under a numbered label read in the column, at its x ('3.2 Ev samverkan').
        above = self.blocks[-1] if self.blocks else None
        if (
            above is not None
            and not above.heading
            and self._numbered_label(above.label_lines[0].text)
            and abs(above.label_lines[0].x0 - left[0].x0) <= self.tol
        ):
            return True
        beside = [other for other in (self.prev_line, self.next_line) if other is not None and other.page == line.page]
        return any(
            other.x0 >= self.boundary - self.tol
            and abs(other.top - line.top) <= self.s.wrap_pitch * max(line.size, line.height)
            for other in beside
        )

    def _value_start(self, line: Line) -> int:
        """Index of the line's first value-column word.

        OCR: a Tesseract line that joins a label's wrapped line with the
        answer's next line can box the answer's first word a few points left
        of the column; a word that near it, after a column gap (or first on a
        line that starts right of the label column), starts the answer."""
        assert self.boundary is not None
        words = line.words
        first = next((i for i, w in enumerate(words) if w.x0 >= self.boundary), len(words))
        if self.typography:
            return first
        lead = self.s.ocr_value_lead_tolerances * self.tol
        gaps = [b.x0 - a.x1 for a, b in zip(words, words[1:])]
        for i in range(first):
            word = words[i]
            if word.x0 < self.boundary - lead:
                continue
            if i == 0:
                after_gap = self.label_x is not None and word.x0 > self.label_x + 2 * self.tol
            else:
                gap = word.x0 - words[i - 1].x1
                after_gap = gap >= gap_threshold(word.size or line.height * 0.8, self.s) * self.s.label_gap_share
                # A column gap stands out among the line's other spaces; in a justified paragraph's line every
                # space is stretched alike, and a word a space short of the column starts no answer.
                others = sorted(gaps[: i - 1] + gaps[i:])
                space = others[len(others) // 2] if others else 0.0
                after_gap = after_gap and gap >= self.s.ocr_lead_gap_spaces * space
            if after_gap:
                return i
        return first

    def _continues_full_paragraph(self, line: Line) -> bool:
        prev = self.last_full_value
        return (
            prev is not None
            and prev.page == line.page
            and 0 <= line.top - prev.bottom <= self.s.paragraph_gap_share * prev.height
            and not self._is_heading(line)
        )

    def _is_heading(self, line: Line) -> bool:
        text = line.text.strip()
        if not self.typography and text.endswith(".") and self._title_sized(line) and self.is_label(text[:-1]):
            # OCR: a heading in heading type with dust after it read as a full stop ("Syfte och mål.");
            # in body type such a line is an answer ("Inga avvikelser har noterats.")
            return True
        if (
            len(text.split()) > self.s.heading_max_words
            or text.endswith((".", ";"))
            and not _NUMBERED_HEADING.match(text)
        ):
            return False
        if self.typography:
            if self.body and (line.size >= self.body + self.s.heading_size_step or (line.bold and not self.body_bold)):
                return True
        elif self._title_sized(line):
            return True  # OCR sizes are line heights: descenders alone change them by a point or two
        elif text[:1].isupper() and not text.endswith((",", ":")) and self._at_label_column(line) and label_form(text):
            # No bold to see: a short line standing apart after a finished paragraph (or the title),
            # at the label column and in label form (a caption under a picture is neither).
            prev = self.prev_line
            if (
                prev is not None
                and prev.page == line.page
                and len(text.split()) <= self.s.ocr_heading_max_words
                # right under a heading: its answer; right under the title (the first block): a heading
                and (prev is not self.last_label_line or (self._title_sized(prev) and len(self.blocks) <= 1))
                # after a finished paragraph, the title, or a row whose answer ran in beside its label
                and (prev.text.rstrip().endswith((".", "!", "?")) or self._title_sized(prev) or prev is self.gap_row)
                and line.top - prev.top > self.s.ocr_heading_gap * max(prev.size, prev.height)
            ):
                return True
        if self._numbered_label(text):
            return True
        if self.typography and self._label_above_answer(line):
            return True
        # Without font names (OCR): a short line that reads as a known label (and starts like one:
        # a lowercase line is an answer's, or a label's wrapped tail, which _wraps_heading takes);
        # right under a template label still without its answer it is that answer, even when a keyword
        # reads it as a label ('Kontaktperson' / 'Anna Berg, projektledare').
        return (
            not self.typography
            and not text[:1].islower()
            and self.is_label(text)
            and not self._answers_open_label(line)
        )

    def _label_above_answer(self, line: Line) -> bool:
        """A label alone on its line above its answer, in body type ('Projektnamn', 'Plats:'), as
        web forms and definition lists print them. A known label starts the form; once it has,
        an unknown short label in label form ending in a colon does too ('Tidplan:')."""
        text = line.text.strip()
        if not label_form(text) or not self._at_label_column(line):
            return False
        if self.labels_by_type:
            # The known labels set apart by type (bold headings) may still set a short field's label small
            # over its framed answer, as a form to fill in sets the fields it lays out in a row.
            bare = text.rstrip(":").strip()
            if not self.is_label(bare) or self._answers_open_label(line):
                return False
            return self._small_label_over_answer(line) or self._small_label_after_small_field(line)
        if self._answers_open_label(line):
            return False
        # A long line that reads as a label is a wrapped answer unless a colon closes it
        # or it is a template label word for word.
        bare = text.rstrip(":").strip()
        short = len(text.split()) <= self.s.stacked_label_max_words or text.endswith(":")
        if (short and self.is_label(bare)) or self.is_known_wording(bare):
            self.stacked_form = True
            self.stacked_capitals = self.stacked_capitals or in_capitals(bare)
            return True
        heads = self._heads_indented_answer(line) or self._small_label_over_answer(line)
        if heads and _inline_label_form(bare, self.s):
            self.stacked_form = True
            return True
        if not self.stacked_form:
            return False
        # An unknown label: closed by a colon, set in capitals as the known ones are ('TIDPLAN'), or
        # standing apart after a finished answer as the known ones do ('Övriga kommentarer').
        if text.endswith(":") and self._introduces_list(line):
            return False
        marked = text.endswith(":") or (self.stacked_capitals and in_capitals(bare)) or self._apart_after_answer(line)
        return marked and _inline_label_form(bare, self.s)

    def _answer_set_in(self, line: Line) -> bool:
        """A line set in under a label alone on its line in the label column, or under that answer's first
        line at its x, on a page whose value column lies further right (a definition list under a header grid
        of label | value pairs): the answer, however it reads ('E-post' / 'anna.berg@stockholm.se'), never a
        label's wrapped tail."""
        block = self.blocks[-1] if self.blocks else None
        prev = self.prev_line
        if self.boundary is None or not self.typography or block is None or prev is None or block.heading:
            return False
        label = block.label_lines[0] if block.label_lines else None
        if label is None or line.x0 >= self.boundary - self.tol or not self._at_label_column(label):
            return False
        if any(ln.x1 >= self.boundary for ln in block.label_lines):
            return False
        if not block.value_lines:
            indent = line.x0 - label.x0
            return (
                prev.top == block.label_lines[-1].top  # the label's line is the line just read
                and abs(line.x1 - prev.x1) > self.tol  # a label set flush right wraps flush right
                and self.tol < indent <= self.s.indented_answer_max_ems * max(label.size, label.height)
                and self._near_below(prev, line, self.s.indented_answer_pitch)
            )
        first = block.value_lines[0]
        return (
            prev.top == block.value_lines[-1].top
            and first.x0 < self.boundary - self.tol
            and first.x0 > label.x0 + self.tol
            and abs(line.x0 - first.x0) <= self.tol
            and self._near_below(prev, line)
        )

    def _heads_indented_answer(self, line: Line) -> bool:
        """A short line back at the label column, the line right under it set in again at the indent its
        answers take: a label no vocabulary knows over its answer, as a definition list or a listing sets
        them ('Genomförande' at the margin, its answer indented under it). It follows an answer set in at
        that indent (the line just read set in too, a list item further), or the title still without text."""
        below, prev = self.next_line, self.prev_line
        if below is None or prev is None or not self._near_below(line, below, self.s.indented_answer_pitch):
            return False
        indent = below.x0 - line.x0
        if not self.tol < indent <= self.s.indented_answer_max_ems * max(line.size, line.height):
            return False
        block = self.blocks[-1] if self.blocks else None
        if block is None or prev.page != line.page:
            return False
        if not block.value_lines:  # the title, still without text: this is the form's first label
            return block.heading and len(self.blocks) == 1 and self._title_sized(block.label_lines[0])
        first = block.value_lines[0]
        return (
            prev.top == block.value_lines[-1].top  # the answer's last line is the line just read
            and prev.x0 > line.x0 + self.tol
            and abs(first.x0 - below.x0) <= self.tol
            and first.top > block.label_lines[-1].top  # the answer set in under its label, not beside it
        )

    def _small_label_over_answer(self, line: Line) -> bool:
        """A short line in a type smaller than the line right under it, which starts at its x or a box's
        padding further in: a label no vocabulary knows set as an e-service sets its labels (small, over a
        framed answer; 'Bakgrund' over its box). It follows an answer in the larger type under a label in
        its own small type, or the title still without text."""
        below, prev = self.next_line, self.prev_line
        if below is None or prev is None or prev.page != line.page:
            return False
        if not self._near_below(line, below, self.s.indented_answer_pitch):
            return False
        inset = below.x0 - line.x0
        if below.size < line.size + self.s.small_label_step or not -self.tol <= inset <= self.tol + line.size:
            return False
        block = self.blocks[-1] if self.blocks else None
        if block is None:
            return False
        if not block.value_lines:  # the title, still without text: this is the form's first label
            return block.heading and len(self.blocks) == 1 and self._title_sized(block.label_lines[0])
        return (
            prev.top == block.value_lines[-1].top  # the answer's last line is the line just read
            and abs(prev.size - below.size) < self.s.label_size_step
            and abs(block.label_lines[-1].size - line.size) < self.s.label_size_step
        )

    def _small_label_after_small_field(self, line: Line) -> bool:
        """A known label in small type right after a field whose label is in that type too, its answer read:
        the next small field's label, its own answer left empty (an empty frame under it, then a heading)."""
        block = self.blocks[-1] if self.blocks else None
        prev = self.prev_line
        if block is None or prev is None or not block.value_lines or not block.label_lines or prev.page != line.page:
            return False
        small = self.body and line.size <= self.body - self.s.small_label_step
        return bool(
            small
            and prev.top == block.value_lines[-1].top
            and abs(block.label_lines[-1].size - line.size) < self.s.label_size_step
            and prev.size >= line.size + self.s.small_label_step
        )

    def _answers_open_label(self, line: Line) -> bool:
        """The line stands right under a complete known label still without an answer (at the line
        pitch, not a field's gap below) and is not a template label word for word: its answer, even
        when a keyword rule reads it as a label ('Projektnamn' / 'Trygghetskameror i samverkan ...')."""
        block = self.blocks[-1] if self.blocks else None
        prev = self.prev_line
        return (
            block is not None
            and not block.value_lines
            and prev is not None
            and bool(block.label_lines)
            and block.label_lines[-1] is prev
            # at a line's pitch, or a band's padding below it in the ruled box the label opens (boxedfields.py)
            and (
                self._near_below_larger(prev, line)
                or in_label_box(self.rules, prev, line, self.s)
                or (not self.typography and self._near_below_larger(prev, line, self.s.ocr_open_label_pitches))
            )
            and len(line.text.split()) >= self.s.open_label_answer_min_words
            and self.is_known_wording(block.label.rstrip(":"))
            and not self.is_known_wording(line.text.strip().rstrip(":"))
        )

    def _introduces_list(self, line: Line) -> bool:
        """A colon line right above a list item ('Följande har gjorts:' over '- 24 nya stolpar')
        leads into the answer's list: answer text, not an unknown label."""
        nxt = self.next_line
        return nxt is not None and nxt.page == line.page and bool(_LIST_ITEM.match(nxt.text))

    def _apart_after_answer(self, line: Line) -> bool:
        """The line stands a field's gap below an answer that ended a sentence."""
        prev = self.prev_line
        return (
            prev is not None
            and prev.page == line.page
            and prev.text.rstrip().endswith((".", "!", "?"))
            and line.top - prev.top > self.s.stacked_gap_pitch * max(prev.size, prev.height)
            and bool(self.blocks)
            and any(v is prev for v in self.blocks[-1].value_lines)  # last: a scan of the answer's lines
        )

    def _short_answer(self, block: Block, line: Line) -> bool:
        """A sentence in the label column under a label still without its answer is that answer; on an OCR'd
        page a sentence of one or two words too ('Se bilagan.'), right under its label: no bold or size tells
        a label there, and a label never ends in a full stop (one that reads as a label with its dot taken
        off is one)."""
        if is_sentence(line.text):
            return True
        text = line.text.strip()
        return (
            not self.typography
            and text.endswith((".", "!"))
            and self._near_below(block.label_lines[-1], line)
            and not self.is_label(text.rstrip(".!"))
        )

    def _answer_in_own_type(self, block: Block, line: Line) -> bool:
        """A short answer that fits where labels stand ('-', 'Ej aktuellt'), right under its label
        still without an answer and set in another size than the label (small capitals over body
        type): the answer, neither the label's next line nor a label of its own."""
        prev = block.label_lines[-1] if block.label_lines else None
        return (
            self.typography
            and not block.value_lines
            and prev is not None
            and prev is self.last_label_line
            and self.prev_line is not None
            and self.prev_line.top == prev.top  # the label's line is the line just read
            and self._near_below(prev, line)
            and abs(line.size - prev.size) >= self.s.label_size_step
            and not self.is_label(line.text.strip().rstrip(":"))
        )

    def _answer_under_colon_label(self, block: Block, line: Line) -> bool:
        """A plain line right under a bold label closed by a colon (or a known one) still without an
        answer, or right under that answer's last line, in a form that tells its labels by type
        ('**Ev samverkan:**' / 'Brå och AB Stokab'): the answer, set under its label (a web form's
        item, label above answer) and wrapping there, never a label of its own."""
        if not self.labels_by_type or self.body_bold or line.bold or not block.label_lines:
            return False
        above = block.value_lines[-1] if block.value_lines else block.label_lines[-1]
        if block.value_lines:
            # only an answer begun under its label (a plain line), not one beside it
            opened = not above.bold and abs(block.value_lines[0].x0 - block.label_lines[0].x0) <= self.tol
        else:
            opened = above.bold and (above.text.endswith(":") or self.is_label(block.label))
        bare = line.text.strip().rstrip(":")
        # Right under the bold label a plain line is its answer even when a keyword reads it as a label
        # ('**Kontaktperson**' / 'Anna Berg, projektledare'): only a label word for word is one.
        labelled = self.is_known_wording(bare) if not block.value_lines else self.is_label(bare)
        return (
            opened
            and self.prev_line is not None
            and self.prev_line.top == above.top  # the line just read
            and self._near_below(above, line)
            and not labelled
        )

    @staticmethod
    def _answer_under_label(line: Line) -> bool:
        """A lowercase sentence, e-mail, address or number under a heading is its answer, not the
        heading wrapped ('E-post' / 'anna.berg@stockholm.se')."""
        text = line.text
        return text[:1].islower() and (is_sentence(text) or bool(_ANSWER_SHAPED.search(text)))

    def _at_label_column(self, line: Line) -> bool:
        return self.label_x is None or abs(line.x0 - self.label_x) <= 2 * self.tol

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
        if not over_break and (prev.page != line.page or not 0 < line.top - prev.top <= self.s.wrap_pitch * scale):
            return False
        spread = self.s.heading_size_spread if self.typography else self.s.ocr_heading_size_spread
        # (OCR sizes vary from line to line: there a lowercase tail right under the heading continues it.)
        if (
            heading
            and abs(prev.size - line.size) > spread
            and not self._wraps_title(line)
            and not (not self.typography and self._wraps_heading(line))
        ):
            return False
        if heading and block.value_lines:
            return False
        if heading and self._answer_under_label(line):
            return False
        if ruled_between(self.rules, prev, line, under_start=True, s=self.s):
            return False
        if over_break and continued_label(line.text) is not None:
            return False  # 'RESULTAT (FORTS.)' atop the next page repeats a label: never the previous one's tail
        if heading and self._wraps_title(line):
            return True
        first = line.text[:1]
        if CONNECTOR_END.search(prev.text) or _SECTION_NUMBER.match(prev.text.strip()):
            return True
        if in_capitals(prev.text) and (in_capitals(line.text) or _one_capital(line.text)):
            if prev.text.endswith(":"):
                return False  # the colon closed the label: the next row's label, however close (a listing's rows)
            # Labels set in capitals: a capital says nothing; a wrapped line follows at the leading,
            # the next row's label after a row gap. Over a page break there is no leading to go by:
            # a line that reads as a label itself starts one (a label repeated atop the next page).
            if over_break:
                # ... nor does a line under a label already complete (a template label word for word).
                return not (self.is_label(line.text.rstrip(":")) or self.is_known_wording(block.label.rstrip(":")))
            pitch = line.top - prev.top
            return pitch <= self.s.max_leading * max(prev.size, prev.height) or self._at_answer_leading(
                block, line, pitch
            )
        if _LIST_ITEM.match(line.text):
            # A list item's dash or bullet opens an answer, never a label's wrapped tail (the first item run the
            # full width under a label in the answers' own type reached the value column a word space short).
            return False
        return not (first.isupper() or first.isdigit())

    def _at_answer_leading(self, block: Block, line: Line, pitch: float) -> bool:
        """A label line follows the previous at the answers' leading (a narrow column's labels
        wrap at it, however small their own type), not a row gap further down; two template
        labels word for word are two rows however close."""
        return (
            self.leading is not None
            and pitch <= self.s.label_leading_share * self.leading
            and not (self.is_known_wording(block.label.rstrip(":")) and self.is_known_wording(line.text.rstrip(":")))
        )

    def _add_value(self, line: Line) -> None:
        if self.blocks:
            self.blocks[-1].value_lines.append(line)
        else:
            self.preamble.append(line)
