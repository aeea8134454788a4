"""A table's column-header row ('Fråga | Svar', 'Rubrik | Beskrivning'): page furniture.

Web forms print their table with a header row, and the browser repeats it at
the top of every printed page. It looks like a label/value row, so without
this step it becomes a section ('Fråga' -> 'Svar') and, on later pages, text
inside an answer. A header row is told by its shape: a short caption in bold
in the label column and in the value column, the left one no known label, where
answers are not bold, or in body type where the labels are bold when the same row
is repeated on a later page (a printed table's header); it is the table's first row
(before the first known label), and every later line that reads the same is
its repeat. A numbered table's head ('Nr | Fråga | Svar', '# | Rubrik | Svar'),
its first caption over the column of row numbers, is a header row in any type
(a case system prints it in body type, only shaded).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings


# The caption over a numbered table's column of row numbers.
_NUMBER_CAPTION = re.compile(r"(?:#|Nr\.?|Nummer|Pkt\.?|Punkt)\s+(?=\S)")


def number_caption(text: str) -> bool:
    """Whether `text` opens with the caption over a numbered table's row numbers ('Nr Fråga', '# Rubrik')."""
    return _NUMBER_CAPTION.match(text) is not None


def column_caption(text: str, s: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """A column caption: a few capitalised words, no digits or punctuation."""
    return (
        0 < len(text.split()) <= s.column_header_max_words
        and text[:1].isupper()
        and not re.search(r"[\d.,:;!?@]", text)
    )


def _header_shaped(
    line: Line,
    boundary: float | None,
    is_label: Callable[[str], bool],
    body_bold: bool,
    repeated_plain: bool,
    s: LayoutSettings,
) -> bool:
    """Captions in both columns, set apart in bold, or plain among bold labels and repeated on a later page,
    or over a column of row numbers (then in any type)."""
    if boundary is None:
        return False
    left_words = [w for w in line.words if w.x0 < boundary]
    right_words = [w for w in line.words if w.x0 >= boundary]
    # The two captions stand in their columns, a column gap apart: a title centred over the columns (a
    # letterhead band beside the form pushes it over the boundary) is one run of words.
    if (
        left_words
        and right_words
        and right_words[0].x0 - left_words[-1].x1 < max(s.min_column_gap, s.word_gap_share * line.size)
    ):
        return False
    left = " ".join(w.text for w in left_words)
    right = " ".join(w.text for w in right_words)
    numbered = number_caption(left)
    if not (repeated_plain or numbered or (line.bold and not body_bold)):
        return False
    if numbered:
        left = _NUMBER_CAPTION.sub("", left, count=1)
    # The answers' caption may be a label's word ('Beskrivning'); the labels' caption is none.
    return column_caption(left, s) and not is_label(left) and column_caption(right, s)


def _labels_bold(lines: list[Line], boundaries: dict[int, float | None], is_label: Callable[[str], bool]) -> bool:
    """The known labels in the label column are set in bold (most of them)."""
    known = []
    for line in lines:
        boundary = boundaries.get(line.page)
        left = [w for w in line.words if boundary is None or w.x0 < boundary]
        if left and is_label(" ".join(w.text for w in left).rstrip(":")):
            known.append(all(w.bold for w in left))
    return bool(known) and 2 * sum(known) > len(known)


def strip_column_headers(
    lines: list[Line],
    boundaries: dict[int, float | None],
    is_label: Callable[[str], bool],
    body_bold: bool,
    s: LayoutSettings = DEFAULT_SETTINGS,
) -> tuple[list[Line], list[str]]:
    """Lines without the table's header row and its repeats; the texts dropped."""
    header: Line | None = None
    bold_labels = _labels_bold(lines, boundaries, is_label)
    for line in lines:
        repeated_plain = (
            bold_labels
            and not any(w.bold for w in line.words)
            and any(other.page != line.page and other.text == line.text for other in lines)
        )
        if _header_shaped(line, boundaries.get(line.page), is_label, body_bold, repeated_plain, s):
            header = line
            break
        if any(is_label(" ".join(w.text for w in line.words[:n])) for n in range(1, len(line.words) + 1)):
            break  # the form's labels have begun: a header row stands above them
    if header is None:
        return lines, []
    # Its repeats are set as it is (a bold caption's plain namesake inside an answer stays).
    kept = [ln for ln in lines if ln.text != header.text or ln.bold != header.bold]
    return kept, [header.text] * (len(lines) - len(kept))
