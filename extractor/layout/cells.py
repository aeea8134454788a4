"""Cell grids: rows of cells, each a label above its value (e-service receipts, #12).

'Ärendenummer | Inskickat | Namn på insats' over 'E-2021-78329 | 2021-02-08 | Trygghetsbelysning
längs' (a value may wrap in its narrow cell, a cell may be empty) is neither a label column nor a
header table: each cell is a label/value pair of its own. A cell row is a line of two or more
runs, each short and in label form, with the line right under it (at the line pitch) made of runs
starting where the label runs start, and evidence that the upper runs are labels, not a table's
label and answer: the labels are set in a type of their own (bold, capitals or a size) and the
values in another, or a value run holds a digit or an e-mail (a case number, a date) and none
starts in lowercase (a label's wrapped tail). Label lines wrap in their own type; value lines continue at the pitch. Once a row
was told by type, a single cell in the same type right above a value at a cell's x is one too
('Geografisk plats för investering' over its answer). A line of two or more template labels word for word with
nothing under it within a row's pitch is a row of empty cells. Each cell is handed on as a label line
(`Line.cell == "label"`) and its value lines (`"value"`), cell by cell, so the walker reads each
pair as it is, and the cells' columns no longer look like a label/value boundary.

Web forms' card grids (CSS grid) are rows of cells too, told by their words rather than their type:
a line of label-form runs at two or more x's, the later ones known labels (in a label/value table
they are answers), with the first answer right under the first label, and the later cards starting
at a shared x or their answers right under their labels; the lines that follow within a row pitch
and keep to the columns (no run across a column's start) are the cards' answers. They are read by
the same code, after the rows told by type (`unfold_card_rows`); `cards` takes their frames away.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from bilagor.extractor.layout.columns import cluster, segments
from bilagor.extractor.layout.headrows import column_caption, number_caption
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.layout.walker import CONNECTOR_END, in_capitals, label_form
from bilagor.extractor.words import Word

# A case number, a date, an amount, an e-mail: a value, never a label's wrapped line.
_VALUE_SHAPED = re.compile(r"[\d@]")
# A numbered table's row number: "1", "2.", "3 a", "4b)".
_ROW_NUMBER = re.compile(r"^\d+\.?(?:\s?[a-h]\)?)?$")
# A template's section number before a label: "1. ", "1.1 ".
_SECTION_NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?\s+")

Type = tuple[bool, bool, float]  # bold, in capitals, size (to the half point)


def _text(run: list[Word]) -> str:
    return " ".join(w.text for w in run)


def _shift(word: Word, dx: float) -> Word:
    return replace(word, x0=word.x0 + dx, x1=word.x1 + dx)


def _type(run: list[Word]) -> Type:
    """(bold, capitals, size); capitals only of words in label form ('SDN-2024/3311' is a code)."""
    sizes = sorted(w.size for w in run)
    text = _text(run)
    return all(w.bold for w in run), in_capitals(text) and label_form(text), round(sizes[len(sizes) // 2] * 2) / 2


def _label_run(run: list[Word], s: LayoutSettings) -> bool:
    text = _text(run)
    return label_form(text) and len(text.split()) <= s.stacked_label_max_words


def _label_wrap(run: list[Word], s: LayoutSettings) -> bool:
    """A label's wrapped line: in label form but for its case ('investering')."""
    text = _text(run)
    return label_form(text[:1].upper() + text[1:]) and len(text.split()) <= s.stacked_label_max_words


@dataclass
class _Row:
    starts: list[float]  # each cell's left edge
    labels: list[list[Word]]  # per cell, its label words in reading order
    values: list[list[list[Word]]]  # per cell, its value lines' words
    label_type: Type | None  # the labels' own type, when it differs from the values'
    end: int  # index of the first line after the row


def _justified(runs: list[list[Word]], s: LayoutSettings) -> bool:
    """Single words apart by equal gaps, many of them: one line set justified (a long label in
    capitals, as wide as the answers), not a row of cells whose gaps follow their columns."""
    if len(runs) <= s.justified_min_gaps or any(len(run) > 1 for run in runs):
        return False
    gaps = [b[0].x0 - a[-1].x1 for a, b in zip(runs, runs[1:])]
    return max(gaps) - min(gaps) <= s.justified_gap_spread


def _cell_of(run: list[Word], starts: list[float], tol: float) -> int | None:
    return next((i for i, x in enumerate(starts) if abs(run[0].x0 - x) <= tol), None)


def _aligned(line: Line, starts: list[float], tol: float, s: LayoutSettings) -> list[tuple[int, list[Word]]] | None:
    """The line's runs with the cell each starts in, or None when one starts in none."""
    out = []
    for run in segments(line, s):
        cell = _cell_of(run, starts, tol)
        if cell is None:
            return None
        out.append((cell, run))
    return out


def _values_aligned(
    line: Line, starts: list[float], tol: float, s: LayoutSettings, known: set[int]
) -> list[tuple[int, list[Word]]] | None:
    """A value line's runs with their cells, a run cut where one of its words starts at a later cell's edge that no
    run of the line starts at and whose label is a known one (`known`): a value filling its cell up to the next
    one's edge, a word space from that cell's value ("Ljusare skolväg vid parken 218 000" under "Namn på insats |
    Sökt belopp"; a title run on across a sheet's head row "Fråga | Svar" is no such value)."""
    runs = _aligned(line, starts, tol, s)
    if not runs:
        return runs
    taken = {cell for cell, _ in runs}
    out = []
    for cell, run in runs:
        for word in run:
            later = _cell_of([word], starts, tol)
            if word is not run[0] and later in known and later > cell and later not in taken:
                taken.add(later)
                out.append((later, [word]))
                cell = later
            elif out and out[-1][0] == cell and word is not run[0]:
                out[-1][1].append(word)
            else:
                out.append((cell, [word]))
    return out


def _inset(line: Line, starts: list[float], tol: float, s: LayoutSettings) -> float | None:
    """How far right of the label starts the line's runs all start (a framed box's padding: the label stands at
    the box's edge, its answer inside), or None when they do not share one inset of at most a cell's padding."""
    offsets = []
    for run in segments(line, s):
        left = [run[0].x0 - x for x in starts if 0 < run[0].x0 - x <= tol + s.rule_cell_padding]
        if not left:
            return None
        offsets.append(min(left))
    if max(offsets) - min(offsets) > tol:
        return None
    return sorted(offsets)[len(offsets) // 2]


def _below(upper: Line, lower: Line, s: LayoutSettings, pitch: float | None = None) -> bool:
    # In the larger type of the two: a small label's answer in body type (framed, a box's padding above it)
    # stands a body line's pitch below it, not the label's.
    return upper.page == lower.page and 0 < lower.top - upper.top <= (pitch or s.wrap_pitch) * max(
        upper.size, upper.height, lower.size
    )


def _typed_columns(label_runs: list[list[Word]], first: list[tuple[int, list[Word]]]) -> bool:
    """Whether the two lines are rows of a label | answer table told by type, not a cell row: the upper runs
    differ in type (a bold label beside its plain answer) and every lower run repeats the type of the run
    above it ("Projektnamn | Laddstolpar vid Stureplan" over "Datum | 2025-02-14": the type keeps to the
    columns, where a cell row's labels share one type over values in another)."""
    types = [_type(run) for run in label_runs]
    if len(set(types)) < 2 or len(first) < len(label_runs):
        return False
    return all(_type(run) == types[cell] for cell, run in first)


def _numbered_head(label_runs: list[list[Word]], first: list[tuple[int, list[Word]]]) -> bool:
    """Whether the upper line is a numbered table's head row ('Nr | Fråga | Svar') over its first row: the first
    caption names the row numbers and the value under it is one. Its rows run on at one pitch under it, so
    they would read as its cells' values, a column each."""
    return number_caption(" ".join(_text(run) for run in label_runs)) and any(
        cell == 0 and _ROW_NUMBER.match(_text(run)) for cell, run in first
    )


def _read_row(
    lines: list[Line],
    i: int,
    label_runs: list[list[Word]],
    known_type: Type | None,
    is_label: Callable[[str], bool],
    tol: float,
    s: LayoutSettings,
    is_known_wording: Callable[[str], bool] = lambda text: False,
) -> _Row | None:
    """The cell row whose label line is lines[i] (its runs `label_runs`), or None."""
    starts = [run[0].x0 for run in label_runs]
    types = {_type(run) for run in label_runs}
    label_type = types.pop() if len(types) == 1 else None
    labels = [list(run) for run in label_runs]
    j, last = i + 1, lines[i]
    # Label lines wrapping in the labels' type.
    while j < len(lines) and label_type is not None and _below(last, lines[j], s):
        runs = _aligned(lines[j], starts, tol, s)
        if not runs or any(_type(run) != label_type or not _label_wrap(run, s) for _, run in runs):
            break
        for cell, run in runs:
            labels[cell] += run
        last, j = lines[j], j + 1
    # A header row of cells stands both cells' padding above its answers: read across that gap only when the type
    # tells labels from answers (checked below, `by_type`).
    padded = (
        j < len(lines)
        and not _below(last, lines[j], s)
        and label_type is not None
        and _below(last, lines[j], s, s.cell_header_pitch)
    )
    if j >= len(lines) or not (padded or _below(last, lines[j], s)):
        if _empty_cells(lines, i, j, labels, is_known_wording, tol, s):
            return _Row(starts, labels, [[] for _ in labels], None, j)
        return None
    known_cells = {cell for cell, run in enumerate(labels) if is_label(_text(run).rstrip(":"))}
    first = _values_aligned(lines[j], starts, tol, s, known_cells)
    inset = None if first else _inset(lines[j], starts, tol, s)
    value_starts = starts if inset is None else [x + inset for x in starts]
    if inset is not None:
        first = _values_aligned(lines[j], value_starts, tol, s, known_cells)
    if not first:
        return None
    if _typed_columns(label_runs, first) or _numbered_head(label_runs, first):
        return None
    by_type = label_type is not None and all(_type(run) != label_type for _, run in first)
    # Across the padding only labels in the answers' size: a title or a filled-in value over its small caption is
    # no header row of cells.
    if padded and not (by_type and label_type is not None and all(_type(run)[2] == label_type[2] for _, run in first)):
        return None
    # Values start level unless their labels wrap differently or a cell is empty (then the type must tell, and
    # for an empty cell every label be a known one).
    known = all(is_label(_text(run).rstrip(":")) for run in label_runs)
    if len(first) < min(2, len(starts)) and not (by_type and (j > i + 1 or known)):
        return None
    if known_type is not None and not (by_type and label_type == known_type):
        return None  # a single cell is one only in the grid's own label type
    # A case number or a date among them, and no lowercase start (a label's wrapped tail beside an answer).
    valueish = any(_VALUE_SHAPED.search(_text(run)) for _, run in first) and not any(
        _text(run)[:1].islower() for _, run in first
    )
    # A value reading as a label ("Anna Berg, projektledare") is still a value when its type says so under
    # labels that are all known ones, or most of them with the rest unknown labels in their type ("Avvikelser |
    # Ekonomisk redovisning | Underhåll och drift" over "… | Det ekonomiska utfallet för projektet | …"); under
    # captions ('Fråga | Svar') it is a table's label.
    known_share = sum(is_label(_text(run).rstrip(":")) for run in labels) / len(labels)
    typed_cards = by_type and (known or known_share >= s.cell_known_label_share)
    if not (by_type or valueish) or (not typed_cards and any(is_label(_text(run).rstrip(":")) for _, run in first)):
        return None
    values: list[list[list[Word]]] = [[] for _ in starts]
    for cell, run in first:
        values[cell].append(run)
    last, j = lines[j], j + 1
    value_types = {_type(run) for _, run in first}
    # Value lines continuing in their cells at the pitch (in the values' type when the labels have their own:
    # a bold heading row under a row of cells, at the cells' pitch in a table, is the next row's label).
    while j < len(lines) and _below(last, lines[j], s):
        runs = _values_aligned(lines[j], value_starts, tol, s, known_cells)
        if not runs or (by_type and any(_type(run) == label_type or _type(run) not in value_types for _, run in runs)):
            break
        if not by_type and not any(_VALUE_SHAPED.search(_text(run)) for _, run in runs):
            # an OCR'd answer wrapping in its cell under known labels ("Maria Sjöberg," / "trygghetssamordnare"):
            # each run in a cell with a value above it, none a label
            wrapped = known and not any(w.fontname for w in lines[j].words)
            if not (wrapped and all(values[cell] and not is_label(_text(run).rstrip(":")) for cell, run in runs)):
                break
        for cell, run in runs:
            values[cell].append(run)
        last, j = lines[j], j + 1
    if _heads_a_table(lines, i, j, labels, starts, is_label, tol, s):
        return None
    return _Row(starts, labels, values, label_type if by_type else None, j)


def _heads_a_table(
    lines: list[Line],
    i: int,
    end: int,
    labels: list[list[Word]],
    starts: list[float],
    is_label: Callable[[str], bool],
    tol: float,
    s: LayoutSettings,
) -> bool:
    """Whether the row read from lines[i] to lines[end] is a label | answer table's header row over its first
    row ('Rubrik | Uppgifter' over 'Bakgrund | Anmälningarna …'): two column captions, neither a known label, and
    a later row of the table (among the would-be values, rows set close, or the line right after them) a known
    label in the first column with its answer beside it. Read as a cell row, the captions take the first row's
    label and answer for theirs, or every label of the table (a header row over a known label is no cell row
    already: its value would be a label)."""
    if len(labels) != 2 or any(is_label(_text(run).rstrip(":")) or not column_caption(_text(run), s) for run in labels):
        return False
    for line in lines[i + 1 : end + 1]:
        if line.page != lines[i].page:
            break
        runs = _aligned(line, starts, tol, s)
        if runs and len(runs) == 2 and runs[0][0] == 0 and is_label(_text(runs[0][1]).rstrip(":")):
            return True
    return False


def _empty_cells(
    lines: list[Line],
    i: int,
    j: int,
    labels: list[list[Word]],
    is_known_wording: Callable[[str], bool],
    tol: float,
    s: LayoutSettings,
) -> bool:
    """Whether the label line lines[i] (its cells' `labels`, nothing under them within a row's pitch) is a row of
    empty cells: two or more template labels word for word ("Bilder före | Bilder efter" in two empty boxes), and
    no line further down the page starting at one of its cells in another type (a row of cards whose answers stand
    a row's pitch under them). Read as one line, its second label would be the first one's answer."""
    if len(labels) < 2 or not all(is_known_wording(_text(run).rstrip(":")) for run in labels):
        return False
    if j >= len(lines) or lines[j].page != lines[i].page:
        return True
    starts, types = [run[0].x0 for run in labels], {_type(run) for run in labels}
    return not any(_cell_of(run, starts, tol) is not None and _type(run) not in types for run in segments(lines[j], s))


def _known_labels(run: list[Word], is_known_wording: Callable[[str], bool]) -> list[list[Word]]:
    """A run that is template labels word for word one after another, a word space apart (a grid sized to its
    content with no cell padding: "Sökt belopp Sökande nämnd"), cut into them; any other run as it is."""
    if len(run) < 2 or is_known_wording(_text(run).rstrip(":")):
        return [run]
    for k in range(1, len(run)):
        if is_known_wording(_text(run[:k]).rstrip(":")):
            rest = _known_labels(run[k:], is_known_wording)
            if all(is_known_wording(_text(piece).rstrip(":")) for piece in rest):
                return [run[:k], *rest]
    return [run]


def _cell_lines(page: int, row: _Row) -> list[Line]:
    """Each cell's label line and value lines, moved onto the first cell's x (the cells' columns
    are no label/value boundary for `columns` to find)."""
    out = []
    for x, label, values in zip(row.starts, row.labels, row.values, strict=True):
        dx = row.starts[0] - x
        out.append(Line(page, [_shift(w, dx) for w in label], in_grid=True, cell="label"))
        out += [Line(page, [_shift(w, dx) for w in run], in_grid=True, cell="value") for run in values]
    return out


def unfold_cell_rows(
    lines: list[Line],
    is_label: Callable[[str], bool],
    tol: float,
    s: LayoutSettings = DEFAULT_SETTINGS,
    is_known_wording: Callable[[str], bool] = lambda text: False,
) -> list[Line]:
    """Lines with every cell row read cell by cell (label line, then its value lines)."""
    out: list[Line] = []
    grid: tuple[int, Type, list[float]] | None = None  # page, label type, cell starts of the last row by type
    i = 0
    while i < len(lines):
        line = lines[i]
        runs = [piece for run in segments(line, s) for piece in _known_labels(run, is_known_wording)]
        row = None
        if all(_label_run(run, s) for run in runs) and not _justified(runs, s):
            if len(runs) >= 2:
                row = _read_row(lines, i, runs, None, is_label, tol, s, is_known_wording)
            elif grid is not None and grid[0] == line.page and _cell_of(runs[0], grid[2], tol) is not None:
                row = _read_row(lines, i, runs, grid[1], is_label, tol, s)
        if row is None:
            grid = None
            out.append(line)
            i += 1
            continue
        if row.label_type is not None:
            grid = (line.page, row.label_type, row.starts if len(row.starts) > 1 else grid[2] if grid else row.starts)
        out += _cell_lines(line.page, row)
        i = row.end
    return out


def _numbered_label(text: str, is_label: Callable[[str], bool]) -> bool:
    """A known label after a section number ("1.", "1.1"), the rest in label form."""
    number = _SECTION_NUMBER.match(text)
    return number is not None and label_form(text[number.end() :]) and is_label(text.strip().rstrip(":"))


def _card_label_row(line: Line, is_label: Callable[[str], bool], s: LayoutSettings) -> list[float] | None:
    """The x of each card's label when the line holds only labels of cards side by side: every
    run in label form, the later ones known labels (in a label/value table they are answers)."""
    texts = [_text(run) for run in segments(line, s)]
    # A label ending in 'av', 'och', ... wraps onto the next line: a label column's cell, not a card's label.
    # A known label numbered as in the templates ("1.1 Behovsanalys/problembeskrivning") is a card's label too.
    if len(texts) < 2 or not all(
        (label_form(t) or _numbered_label(t, is_label))
        and not CONNECTOR_END.search(t)
        and len(t.split()) <= s.card_label_max_words
        for t in texts
    ):
        return None
    if not all(is_label(t.strip().rstrip(":")) for t in texts[1:]):
        return None
    return [run[0].x0 for run in segments(line, s)]


def _answers_below(line: Line, xs: list[float], tol: float, s: LayoutSettings) -> bool:
    """The next line holds text at every card's x: the answers under the labels."""
    starts = [run[0].x0 for run in segments(line, s)]
    return all(any(abs(x - start) <= tol for start in starts) for x in xs)


def _crosses(line: Line, xs: list[float], tol: float, s: LayoutSettings) -> bool:
    return any(run[0].x0 < x - tol < run[-1].x1 for run in segments(line, s) for x in xs)


def _card_rows(
    lines: list[Line], is_label: Callable[[str], bool], tol: float, s: LayoutSettings
) -> dict[int, list[float]]:
    """Index -> the cards' x of every line that starts a card row."""
    found = {i: xs for i, ln in enumerate(lines) if not ln.cell and (xs := _card_label_row(ln, is_label, s))}
    shared = [x for x, n in cluster([x for xs in found.values() for x in xs[1:]], tol) if n >= s.card_min_rows]
    # A card row has its first answer right under its first label (in a label/value table the next
    # line is the next row, a label first), and its later cards start at a shared column or have
    # their answers right under their labels too.
    return {
        i: xs
        for i, xs in found.items()
        if i + 1 < len(lines)
        and lines[i + 1].page == lines[i].page
        and _answers_below(lines[i + 1], xs[:1], tol, s)
        and not is_label(_text(segments(lines[i + 1], s)[0]).rstrip(":"))
        and (
            all(any(abs(x - c) <= tol for c in shared) for x in xs[1:])
            or _answers_below(lines[i + 1], xs, tol, s)
            or _known_ocr_labels(lines[i], is_label, s)
        )
    }


def _known_ocr_labels(line: Line, is_label: Callable[[str], bool], s: LayoutSettings) -> bool:
    """Whether an OCR'd line (no font names) is known labels only, its first run too: a header row of cards whose
    later answers may be empty ("E-post | Ev samverkan" over an address and nothing). Left unread, the card row
    above took it as its own answers' continuation, each label in the card whose column it starts in."""
    return not any(w.fontname for w in line.words) and all(
        is_label(_text(run).strip().rstrip(":")) for run in segments(line, s)
    )


def _heading_after_cards(
    labels: Line, answers: Line, line: Line, is_label: Callable[[str], bool], s: LayoutSettings
) -> bool:
    """Whether `line` under a card row reads as a known label in the type of the row's labels (all of its runs
    one type, that of the labels' first run) while the row's first answer line is in another type. On a scan
    (no font names; OCR's sizes too rough to tell a type by) a known label alone on its line is enough."""
    runs = segments(line, s)
    if not any(w.fontname for w in labels.words):
        return len(runs) == 1 and is_label(_text(runs[0]).rstrip(":"))
    label_type = _type(segments(labels, s)[0])
    return (
        len(runs) == 1
        and _type(runs[0]) == label_type
        and _type(segments(answers, s)[0]) != label_type
        and is_label(_text(runs[0]).rstrip(":"))
    )


def _read_cards(
    lines: list[Line],
    i: int,
    xs: list[float],
    starts: set[int],
    is_label: Callable[[str], bool],
    tol: float,
    s: LayoutSettings,
) -> _Row:
    """The card row whose label line is lines[i]: the lines after it within a row pitch that keep
    to the columns, each word in the card whose column it starts in, up to a known label in the cards'
    labels' type where their answers are in another (the heading of the form's next part, under the grid)."""
    j = i + 1
    while (
        j < len(lines)
        and j not in starts
        and not lines[j].cell
        and lines[j].page == lines[i].page
        and lines[j].top - lines[j - 1].top <= s.grid_row_pitch * max(lines[j].height, lines[j].size)
        and not _crosses(lines[j], xs[1:], tol, s)
        and not (j > i + 1 and _heading_after_cards(lines[i], lines[i + 1], lines[j], is_label, s))
    ):
        j += 1
    edges = [*xs[1:], float("inf")]

    def card(line: Line, k: int) -> list[Word]:
        # The first card takes whatever starts left of the second (a label column's stray word too).
        return [w for w in line.words if (k == 0 or xs[k] - tol <= w.x0) and w.x0 < edges[k] - tol]

    labels = [card(lines[i], k) for k in range(len(xs))]
    values = [[ws for line in lines[i + 1 : j] if (ws := card(line, k))] for k in range(len(xs))]
    return _Row(xs, labels, values, None, j)


def unfold_card_rows(
    lines: list[Line], is_label: Callable[[str], bool], tol: float, s: LayoutSettings = DEFAULT_SETTINGS
) -> tuple[list[Line], list[float]]:
    """Lines with every card row read card by card (see the module's docstring), and the x where
    later cards start (their frames are no table borders)."""
    rows = _card_rows(lines, is_label, tol, s)
    out: list[Line] = []
    i = 0
    while i < len(lines):
        if i not in rows:
            out.append(lines[i])
            i += 1
            continue
        row = _read_cards(lines, i, rows[i], set(rows), is_label, tol, s)
        out += _cell_lines(lines[i].page, row)
        i = row.end
    return out, [x for x, _ in cluster([x for xs in rows.values() for x in xs[1:]], tol)]
