"""Answers typed into a fillable form (AcroForm): field widgets -> words (pure).

An applicant's e-form keeps its answers in the values (/V) of text-field
widgets, not in the page content; pdfminer reads only the content, so the
labels came out and the answers did not. pdf_reader turns each widget into a
`Widget` (plain data, in the words' coordinates) and `widget_words` places the
value in the widget's rectangle the way a viewer shows it: one line per line
of a multiline value, wrapped to the box (narrower than the average glyph
when the box has fewer rows than that wrap); a list box's chosen items a row
each; a single-line value centred in its box (narrower than the average
glyph when that would run out of it). A field's value is read in its first
widget only: a second widget of the field (an answer continued on the next
page) would read it twice. The layout code then pairs a printed label with
its answer as if both were printed. A checked box gives its export value when that is a word
("Slutredovisning"), nothing when it is a bare yes ("Yes", "On", "1");
an unchecked one gives nothing. A box or radio button with its caption
printed just right of it (a radio group's options "( ) Slutredovisning
( ) Delredovisning") shows a tick mark instead, "☒" when chosen and "☐"
when not, as a viewer does: the caption says what was chosen, and its
export value beside it would read the choice twice ("Slutredovisning
Slutredovisning Delredovisning"). A value the page content already draws in the
widget's box (a flattened form that kept its widgets) is not read twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bilagor.extractor.words import Word, page_ranges

TEXT, CHECKBOX, RADIO, CHOICE = "text", "checkbox", "radio", "choice"
# Field flags (/Ff), PDF 32000-1 table 226-228.
MULTILINE_FLAG = 1 << 12
COMB_FLAG = 1 << 24
COMBO_FLAG = 1 << 17  # a choice field with this flag is a drop-down (one line); without it a list box
RADIO_FLAG = 1 << 15
PUSHBUTTON_FLAG = 1 << 16
# Annotation flags (/F), table 165: a widget or annotation with either is not shown.
HIDDEN_ANNOTATION_FLAG = 1 << 1
NO_VIEW_ANNOTATION_FLAG = 1 << 5
# pt: the size of an auto-sized field's text (/DA size 0) on a page without printed text;
# otherwise the printed text's own size (see _body_size).
AUTO_SIZE = 10.0
BOX_PADDING = 2.0  # pt between a field's border and its text (viewers draw 1 pt border + 1 pt gap)
LINE_PITCH = 1.15  # a multiline field's line height, times the font size
CHAR_WIDTH = 0.5  # average glyph width, times the font size (Helvetica's lower case is ~0.5 em)
# The narrowest average glyph width (times the font size) a value is re-wrapped at to fit its box's rows.
NARROWEST_CHAR_WIDTH = 0.4
CHAR_WIDTH_STEP = 0.95  # each re-wrap narrows the estimate by this factor
# A checked box whose export value is one of these says only "yes": it gives no word.
BARE_YES = frozenset({"yes", "on", "ja", "1", "true", "x", "checked", "kryss"})
# A button's caption starts within this many of its box's heights right of the box.
CAPTION_REACH = 1.5
CHECKED_MARK, UNCHECKED_MARK = "☒", "☐"
# Share of a widget's value words found printed inside its box for it to count as drawn already.
PRINTED_SHARE = 0.8
FORM_FIELD_WARNING = "svaren lästes ur formulärfält (ifyllbar PDF)"


@dataclass(frozen=True)
class Widget:
    kind: str  # TEXT, CHECKBOX, RADIO or CHOICE
    value: str  # a text or choice field's value; a button's state name ("Off" when not checked)
    box: tuple[float, float, float, float]  # x0, top, x1, bottom, in the words' coordinates
    font_size: float = 0.0  # from /DA; 0: auto
    multiline: bool = False
    comb: bool = False
    max_len: int = 0
    hidden: bool = False
    field: int = 0  # the object number of the field the widget belongs to (0: not known)


def first_widgets(widgets: list[Widget], shown: set[int]) -> list[Widget]:
    """The widgets whose field's value is not shown yet (`shown`: the fields an earlier widget, on this or an
    earlier page, showed; updated). A field's widgets share its one value: an answer continued on the next
    page in a second widget of the same field is one answer, read once, not once a widget."""
    first = []
    for widget in widgets:
        if widget.field and widget.kind == TEXT and widget.value.strip():
            if widget.field in shown:
                continue
            shown.add(widget.field)
        first.append(widget)
    return first


def hidden_by_flags(flags: int) -> bool:
    """Whether an annotation's flags (/F) keep a viewer from showing it (Hidden, NoView)."""
    return bool(flags & (HIDDEN_ANNOTATION_FLAG | NO_VIEW_ANNOTATION_FLAG))


def widget_words(widgets: list[Widget], printed: list[Word]) -> list[Word]:
    """The words the form's widgets show, leaving out values the page content already draws."""
    words: list[Word] = []
    auto = _body_size(printed) or AUTO_SIZE
    for widget in widgets:
        if widget.hidden:
            continue
        if widget.kind in (CHECKBOX, RADIO):
            shown = _mark_words(widget) if _captioned(widget, printed) else _button_words(widget, auto)
        else:
            shown = _text_words(widget, auto)
        if shown and not already_printed(shown, widget.box, printed):
            words += shown
    return words


def _body_size(printed: list[Word]) -> float:
    """The size most of the page's printed text has (by characters): an auto-sized field's
    answer is shown in the form's own type, not larger (which would read as a heading)."""
    weights: dict[float, int] = {}
    for word in printed:
        if word.size:
            weights[word.size] = weights.get(word.size, 0) + len(word.text)
    return max(weights, key=lambda size: weights[size]) if weights else 0.0


def _captioned(widget: Widget, printed: list[Word]) -> bool:
    """Whether a printed word starts just right of the button's box, on its line: its caption."""
    x0, top, x1, bottom = widget.box
    reach = CAPTION_REACH * max(bottom - top, 1.0)
    return any(x1 - 1 <= w.x0 <= x1 + reach and top - 1 <= (w.top + w.bottom) / 2 <= bottom + 1 for w in printed)


def _mark_words(widget: Widget) -> list[Word]:
    """A captioned button's tick mark in its box: checked unless its state is off (or none)."""
    state = widget.value.strip()
    mark = UNCHECKED_MARK if not state or state.lower() == "off" else CHECKED_MARK
    x0, top, x1, bottom = widget.box
    return [Word(mark, round(x0, 2), round(x1, 2), round(top, 2), round(bottom, 2), "", round(bottom - top, 2))]


def _button_words(widget: Widget, auto: float) -> list[Word]:
    state = widget.value.strip()
    if not state or state.lower() == "off" or state.lower() in BARE_YES:
        return []
    x0, top, x1, bottom = widget.box
    size = widget.font_size or auto
    text = " ".join(state.split())
    return _line_words(text, x0, (top + bottom - size) / 2, size, size * CHAR_WIDTH)


def _text_words(widget: Widget, auto: float) -> list[Word]:
    value = widget.value.replace("\r\n", "\n").replace("\r", "\n")
    if not value.strip():
        return []
    x0, top, x1, bottom = widget.box
    width = max(x1 - x0 - 2 * BOX_PADDING, 1.0)
    if widget.comb and widget.max_len > 0:
        # One character per cell: the value spans as many cells as it has characters.
        text = " ".join(value.split())
        size = widget.font_size or min(auto, bottom - top)
        cell = (x1 - x0) / widget.max_len
        return _line_words(text, x0, (top + bottom - size) / 2, size, cell)
    if not widget.multiline:
        text = " ".join(value.split())
        size = widget.font_size or min(max(bottom - top - 2 * BOX_PADDING, 1.0), auto)
        # The producer sized the box to its value: a value the average glyph width would run out of the
        # box was set narrower, and stays in its box rather than reaching the next column's label.
        char_width = min(size * CHAR_WIDTH, width / len(text))
        return _line_words(text, x0 + BOX_PADDING, (top + bottom - size) / 2, size, char_width)
    size = widget.font_size or auto
    room = max(bottom - top - 2 * BOX_PADDING, size)
    lines, char_width = fitted_lines(value, width, size, box_rows(room, size))
    lines = _without_trailing_blanks(lines)
    # The text stays in its box: a value the estimate still wraps longer than the box is drawn with
    # its lines closer together rather than spilling into the next row's answer.
    pitch = min(size * LINE_PITCH, (room - size) / (len(lines) - 1)) if len(lines) > 1 else 0.0
    height = min(size, pitch) if len(lines) > 1 else size
    words: list[Word] = []
    for index, line in enumerate(lines):
        if line:
            line_top = top + BOX_PADDING + index * pitch
            words += _line_words(line, x0 + BOX_PADDING, line_top, size, char_width, height)
    return words


def box_rows(room: float, size: float) -> int:
    """How many lines of `size` a multiline box `room` tall holds (at least one); a little short of a
    line's pitch still counts, as producers size a box to its text with less leading than ours."""
    return max(1, 1 + int((room - size) / (size * LINE_PITCH) + 0.2))


def fitted_lines(value: str, width: float, size: float, rows: int) -> tuple[list[str], float]:
    """A multiline value's lines and the glyph width they were wrapped at. The producer sized the box
    to its text, so a value the average width wraps to more lines than the box has rows was set
    narrower: it is re-wrapped narrower until it fits (a one-row box of a value that fits on one
    line is one line, not two drawn over each other). A value that fits at no plausible width keeps
    the average width's lines."""
    char_width = size * CHAR_WIDTH
    lines = wrapped_lines(value, width, char_width)
    narrowest = size * NARROWEST_CHAR_WIDTH
    trial = char_width * CHAR_WIDTH_STEP
    while len(_without_trailing_blanks(lines)) > rows and trial >= narrowest:
        narrower = wrapped_lines(value, width, trial)
        if len(_without_trailing_blanks(narrower)) <= rows:
            return narrower, trial
        trial *= CHAR_WIDTH_STEP
    return lines, char_width


def _without_trailing_blanks(lines: list[str]) -> list[str]:
    """The lines up to the last one with text: blank lines after it take no row."""
    count = len(lines)
    while count and not lines[count - 1]:
        count -= 1
    return lines[:count]


def chosen_options(value: list[str], options: list[tuple[str, str]], indices: list[int]) -> list[str]:
    """The texts a choice field shows as chosen (PDF 32000-1, 12.7.4.4): its value's items, each shown
    as the display text /Opt pairs with that export value (the value itself when /Opt has none); when
    the value is empty, the options its selected indices (/I) name. `options` are (export, display)."""
    display = {export: shown for export, shown in options}
    chosen = [display.get(item, item) for item in value if item.strip()]
    if chosen:
        return chosen
    return [options[i][1] for i in indices if 0 <= i < len(options) and options[i][1].strip()]


def wrapped_lines(value: str, width: float, char_width: float) -> list[str]:
    """A multiline value's lines: its own line breaks, each line wrapped at spaces to `width`
    (characters of `char_width`), as a viewer fills the box. Blank lines are kept (paragraphs)."""
    per_line = max(int(width // char_width), 1)
    lines: list[str] = []
    for paragraph in value.split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        current = ""
        for word in words:
            candidate = f"{current} {word}" if current else word
            if len(candidate) <= per_line or not current:
                current = candidate
            else:
                lines.append(current)
                current = word
        lines.append(current)
    return lines


def _line_words(
    text: str, x: float, top: float, size: float, char_width: float, height: float | None = None
) -> list[Word]:
    """The words of one line of `text` from `x`, each character `char_width` wide, the line `height`
    tall (default: the font size)."""
    words = []
    for match in re.finditer(r"\S+", text):
        x0 = x + match.start() * char_width
        x1 = x0 + len(match.group()) * char_width
        words.append(
            Word(match.group(), round(x0, 2), round(x1, 2), round(top, 2), round(top + (height or size), 2), "", size)
        )
    return words


def already_printed(shown: list[Word], box: tuple[float, float, float, float], printed: list[Word]) -> bool:
    """Whether the page content draws this value in the widget's box (a flattened form)."""
    x0, top, x1, bottom = box
    inside = [
        w.text
        for w in printed
        if x0 - 1 <= (w.x0 + w.x1) / 2 <= x1 + 1 and top - 1 <= (w.top + w.bottom) / 2 <= bottom + 1
    ]
    if not inside:
        return False
    available = _counts(inside)
    found = 0
    for word in shown:
        key = word.text.casefold()
        if available.get(key, 0):
            available[key] -= 1
            found += 1
    return found >= PRINTED_SHARE * len(shown)


def _counts(texts: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for text in texts:
        counts[text.casefold()] = counts.get(text.casefold(), 0) + 1
    return counts


def field_warning(page_numbers: list[int]) -> str:
    """The record's warning for pages whose answers came from form fields."""
    which = f"sida {page_numbers[0]}" if len(page_numbers) == 1 else f"sidorna {page_ranges(page_numbers)}"
    return f"{which}: {FORM_FIELD_WARNING}"


def font_size_of(appearance: str) -> float:
    """The font size of a default-appearance string ("/Helv 10 Tf 0 g" -> 10.0; 0 when auto or absent)."""
    match = re.search(r"(-?\d+(?:\.\d+)?)\s+Tf", appearance)
    return abs(float(match.group(1))) if match else 0.0
