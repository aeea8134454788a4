"""Spec -> positioned text and rules per page. Pure: no PDF library draws here.

Both producers draw the same `Document`, so page numbers in the truth come
from this one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from . import fonts
from .spec import FIELD, HEADING, MARKER, Layout, ReportSpec, Row

PAGE_SIZES = {"A4": (595.28, 841.89), "Letter": (612.0, 792.0)}
CELL_PAD = 4.0
HEADER_SIZE = 8.5


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # baseline, from the top of the page
    text: str
    font: str  # reportlab font name
    size: float


@dataclass(frozen=True)
class Rule:
    x0: float
    y0: float
    x1: float
    y1: float
    width: float = 0.5


@dataclass(frozen=True)
class Picture:
    """A photo placeholder (a small grey raster image), as under "Bilder före/efter"."""

    x: float
    y: float  # top
    width: float
    height: float
    shade: int  # 0-255, so pictures differ


@dataclass(frozen=True)
class Shade:
    """A filled grey rectangle (an answer's shaded box), drawn under the text."""

    x: float
    y: float  # top
    width: float
    height: float
    grey: float  # 0 black .. 1 white


PICTURE_KEYS = ("bilder_fore", "bilder_efter")
PICTURE_HEIGHT = 70.0


@dataclass
class Document:
    width: float
    height: float
    pages: list[list[Text | Rule | Picture | Shade]] = field(default_factory=list)
    section_pages: list[int] = field(default_factory=list)  # 1-based, per keyed row
    section_end_pages: list[int] = field(default_factory=list)  # page of each keyed row's last line


def wrap(text: str, max_width: float, font: str, size: float, hyphenate: bool = False) -> list[str]:
    """Lines of `text` fitting max_width. Blank lines separate paragraphs;
    a single newline forces a break; NBSP never breaks."""
    lines: list[str] = []
    paragraphs = re.split(r"\n[ \t]*\n", text.strip("\n"))
    for p_index, paragraph in enumerate(paragraphs):
        if p_index:
            lines.append("")
        for hard_line in paragraph.split("\n"):
            lines.extend(_wrap_line(hard_line, max_width, font, size, hyphenate))
    return lines


def _wrap_line(line: str, max_width: float, font: str, size: float, hyphenate: bool) -> list[str]:
    out: list[str] = []
    current = ""
    words = [w for w in line.split(" ") if w]
    i = 0
    while i < len(words):
        word = words[i]
        candidate = f"{current} {word}" if current else word
        if fonts.width(candidate, font, size) <= max_width:
            current = candidate
            i += 1
            continue
        if hyphenate and word.isalpha() and len(word) >= 8:
            split = _hyphen_split(current, word, max_width, font, size)
            if split:
                out.append(f"{current} {word[:split]}-" if current else f"{word[:split]}-")
                current = ""
                words[i] = word[split:]
                continue
        if current:
            out.append(current)
            current = ""
        else:  # a single word wider than the column: let it overflow
            out.append(word)
            i += 1
    if current:
        out.append(current)
    return out


VOWELS = set("aeiouyåäöéAEIOUYÅÄÖÉ")


def _syllable_breaks(word: str) -> list[int]:
    """Split points before a consonant that starts a syllable ("Fastig-hets"), longest head first."""
    return [
        i
        for i in range(len(word) - 4, 3, -1)
        if word[i] not in VOWELS and word[i + 1] in VOWELS and word[i - 1] not in "-"
    ]


def _hyphen_split(current: str, word: str, max_width: float, font: str, size: float) -> int | None:
    for split in _syllable_breaks(word):
        head = f"{current} {word[:split]}-" if current else f"{word[:split]}-"
        if fonts.width(head, font, size) <= max_width:
            return split
    return None


class _Cursor:
    """Fills pages top to bottom; starts a new page when a line would not fit."""

    def __init__(self, doc: Document, top: float, bottom: float):
        self.doc, self.top, self.bottom = doc, top, bottom
        self.justify = False
        self.y = top
        self.new_page()

    def new_page(self) -> None:
        self.doc.pages.append([])
        self.y = self.top

    @property
    def page(self) -> int:
        return len(self.doc.pages)

    def fits(self, height: float) -> bool:
        return self.y + height <= self.bottom

    def ensure(self, height: float) -> bool:
        """Start a new page unless `height` fits; True if a page was started."""
        if not self.fits(height) and self.y > self.top:
            self.new_page()
            return True
        return False

    def put(self, x: float, text: str, font: str, size: float) -> None:
        if text:
            self.doc.pages[-1].append(Text(round(x, 2), round(self.y + size * 0.9, 2), text, font, size))

    def put_value(self, x: float, text: str, font: str, size: float, width: float, last: bool) -> None:
        """A value line; justified lines become one text run per word, as Word's PDF export does."""
        words = text.split(" ")
        if not self.justify or last or len(words) < 2:
            self.put(x, text, font, size)
            return
        widths = [fonts.width(w, font, size) for w in words]
        gap = (width - sum(widths)) / (len(words) - 1)
        if gap > 2.5 * fonts.width(" ", font, size):  # a sparse line would look broken: leave it ragged
            self.put(x, text, font, size)
            return
        # Each run keeps its trailing space so the text layer still separates words.
        for i, (word, w) in enumerate(zip(words, widths)):
            self.put(x, word if i == len(words) - 1 else word + " ", font, size)
            x += w + gap


@dataclass(frozen=True)
class _Frame:
    """Where and in which fonts a report's rows are drawn."""

    lay: Layout
    left: float
    content_width: float
    lead: float  # body line height
    pad: float  # cell padding (bordered forms only)
    regular: str
    bold: str
    label_font: str
    label_x: float
    label_w: float
    value_x: float
    value_w: float

    @classmethod
    def of(cls, spec: ReportSpec, width: float) -> _Frame:
        lay = spec.layout
        fam = fonts.family(lay.font)
        left, _, right, _ = lay.margins
        content_width = width - left - right
        pad = CELL_PAD if lay.borders else 0.0
        label_font = fam.bold if lay.label_bold else fam.regular
        # Like Word's autofit: the label column is never narrower than its longest word.
        longest = max(
            (
                fonts.width(w, label_font, lay.label_size or lay.size)
                for r in spec.rows[sum(lay.header_grid) + sum(lay.header_table) :]
                if r.style == FIELD
                for w in r.label.split()
            ),
            default=0.0,
        )
        if not lay.narrow_labels:
            lay = replace(lay, label_width=max(lay.label_width, longest + 2 * pad + 4))
        value_x = left + lay.label_width + (pad if lay.borders else lay.column_gap)
        return cls(
            lay=lay,
            left=left,
            content_width=content_width,
            lead=lay.size * lay.leading,
            pad=pad,
            regular=fam.regular,
            bold=fam.bold,
            label_font=label_font,
            label_x=left + pad,
            label_w=lay.label_width - 2 * pad - (0 if lay.borders else 2),
            value_x=value_x,
            value_w=left + content_width - value_x - pad,
        )


def layout(spec: ReportSpec) -> Document:
    lay = spec.layout
    width, height = PAGE_SIZES[lay.page]
    _, top, _, bottom = lay.margins
    doc = Document(width, height)
    cur = _Cursor(doc, top, height - bottom)
    cur.justify = lay.justify
    frame = _Frame.of(spec, width)

    for line in wrap(spec.title, frame.content_width, frame.bold, lay.title_size):
        cur.put(frame.left, line, frame.bold, lay.title_size)
        cur.y += lay.title_size * 1.3
    cur.y += frame.lead

    pending: list[Row] = []  # grid: the left-hand pair waiting for its right-hand neighbour
    skip = 0
    for draw_header, per_row in ((_header_grid, lay.header_grid), (_header_table, lay.header_table)):
        if per_row:
            skip = sum(per_row)
            for page in draw_header(cur, frame, spec.rows[:skip], per_row):
                doc.section_pages.append(page)
                doc.section_end_pages.append(page)
    for index, row in enumerate(spec.rows):
        if index < skip:
            continue
        if lay.grid and row.style == FIELD:
            pending.append(row)
            following = spec.rows[index + 1] if index + 1 < len(spec.rows) else None
            if len(pending) < 2 and following is not None and following.style == FIELD:
                continue
            page = _grid_row(cur, frame, pending)
            for keyed in pending:
                if keyed.key is not None:
                    doc.section_pages.append(page)
                    doc.section_end_pages.append(cur.page)
            pending = []
            continue
        if row.style == FIELD and lay.inline:
            page = _inline_row(cur, frame, row)
        elif row.style == HEADING or (row.style == FIELD and lay.one_column):
            page = _heading_row(cur, frame, row)
        elif row.style == MARKER and lay.one_column:
            cur.ensure(frame.lead)
            page = cur.page
            cur.put(frame.left, row.text, frame.regular, lay.size)
            cur.y += frame.lead * 1.6
        elif lay.label_size or lay.label_centred or lay.label_caps:
            page = _styled_label_row(cur, frame, row)
        else:
            page = _field_row(cur, frame, row)
        if row.key is not None:
            doc.section_pages.append(page)
            doc.section_end_pages.append(cur.page)

    _running_header_footer(doc, lay, frame.regular)
    return doc


def _field_row(cur: _Cursor, f: _Frame, row: Row) -> int:
    size, lead, pad = f.lay.size, f.lead, f.pad
    label = "" if row.style == MARKER else row.label
    label_lines = _wrap_label(label, f.label_w, f.label_font, size, f.lay.narrow_labels) if label else []
    value_lines = wrap(row.text, f.value_w, f.regular, size, f.lay.hyphenate)
    offset = len(label_lines) if row.value_offset < 0 else min(row.value_offset, len(label_lines))
    count = max(len(label_lines), offset + len(value_lines), 1)
    # Keep a wrapped label (and the value's first line) on one page.
    cur.ensure(max(len(label_lines), offset + 1) * lead + 2 * pad)
    first_page = cur.page
    segment_top = cur.y
    cur.y += pad
    for i in range(count):
        label_line = label_lines[i] if i < len(label_lines) else ""
        value_line = value_lines[i - offset] if 0 <= i - offset < len(value_lines) else ""
        if not cur.fits(lead + pad):
            _cell_rules(cur, f, segment_top, cur.y + pad)
            cur.new_page()
            segment_top = cur.y
            cur.y += pad
            if not label_line and not value_line:
                continue  # no blank paragraph gap at the top of a page
        cur.put(f.label_x, label_line, f.label_font, size)
        cur.put_value(f.value_x, value_line, f.regular, size, f.value_w, _ends_paragraph(value_lines, i - offset))
        cur.y += lead
    if f.lay.pictures and row.key in PICTURE_KEYS and cur.fits(PICTURE_HEIGHT + 2 * pad):
        _picture(cur, f.value_x, f.value_w)
    if row.caption:
        if not cur.fits(lead + pad):
            _cell_rules(cur, f, segment_top, cur.y + pad)
            cur.new_page()
            segment_top = cur.y
        cur.put(f.value_x, row.caption, f.regular, size)
        cur.y += lead
    cur.y += pad
    _cell_rules(cur, f, segment_top, cur.y)
    if not f.lay.borders:
        cur.y += lead * 0.6
    return first_page


def _heading_row(cur: _Cursor, f: _Frame, row: Row) -> int:
    size, lead = f.lay.size, f.lead
    head_font, head_size = (f.regular, size + 2.5) if f.lay.heading_larger else (f.bold, size)
    head_lead = head_size * f.lay.leading
    head_lines = wrap(row.label, f.content_width, head_font, head_size)
    value_lines = wrap(row.text, f.content_width, f.regular, size, f.lay.hyphenate)
    if cur.y > cur.top:
        cur.y += lead * 0.4
    cur.ensure(len(head_lines) * head_lead + lead * 1.3)
    first_page = cur.page
    for line in head_lines:
        cur.put(f.left, line, head_font, head_size)
        cur.y += head_lead
    cur.y += lead * 0.25
    for i, line in enumerate(value_lines):
        if not cur.fits(lead):
            cur.new_page()
            if not line:
                continue
        cur.put_value(f.left, line, f.regular, size, f.content_width, _ends_paragraph(value_lines, i))
        cur.y += lead
    if f.lay.pictures and row.key in PICTURE_KEYS and cur.fits(PICTURE_HEIGHT):
        _picture(cur, f.left, f.content_width)
    if row.caption:
        cur.ensure(lead)
        cur.put(f.left, row.caption, f.regular, size)
        cur.y += lead
    cur.y += lead * 0.7
    return first_page


def _picture(cur: _Cursor, x: float, width: float) -> None:
    shade = 90 + (23 * len(cur.doc.pages[-1])) % 120  # vary the grey so photos differ
    cur.doc.pages[-1].append(
        Picture(round(x, 2), round(cur.y + 2, 2), min(width, PICTURE_HEIGHT * 1.5), PICTURE_HEIGHT - 6, shade)
    )
    cur.y += PICTURE_HEIGHT


def _ends_paragraph(lines: list[str], i: int) -> bool:
    return i < 0 or i + 1 >= len(lines) or not lines[i + 1]


def _cell_rules(cur: _Cursor, f: _Frame, top: float, bottom: float) -> None:
    if not f.lay.borders:
        return
    right = f.left + f.content_width
    page = cur.doc.pages[-1]
    page.append(Rule(f.left, top, right, top))
    page.append(Rule(f.left, bottom, right, bottom))
    for x in (f.left, f.left + f.lay.label_width, right):
        page.append(Rule(x, top, x, bottom))


def _running_header_footer(doc: Document, lay: Layout, font: str) -> None:
    left, top, right, bottom = lay.margins
    total = len(doc.pages)
    right_x = doc.width - right
    size = lay.header_size or HEADER_SIZE
    for number, page in enumerate(doc.pages, start=1):
        if lay.header:
            y = top - 28
            parts = list(lay.header)
            if number > 1 and lay.header_continued:
                parts[-1] = lay.header_continued
            page.append(Text(left, y, parts[0], font, size))
            if len(parts) > 1:
                w = fonts.width(parts[-1], font, size)
                page.append(Text(round(right_x - w, 2), y, parts[-1], font, size))
            if len(parts) > 2:
                w = fonts.width(parts[1], font, size)
                page.append(Text(round((left + right_x - w) / 2, 2), y, parts[1], font, size))
        if lay.footer:
            text = f"Sida {number} ({total})" if lay.footer == "sida" else str(number)
            w = fonts.width(text, font, HEADER_SIZE)
            x = right_x - w if lay.footer == "sida" else (left + right_x - w) / 2
            page.append(Text(round(x, 2), doc.height - bottom + 30, text, font, HEADER_SIZE))


def _wrap_label(label: str, width: float, font: str, size: float, narrow: bool) -> list[str]:
    """Label lines; in a cell too narrow for a word the word is cut where it reaches
    the edge, without a hyphen (as Word does in a fixed-width table cell)."""
    lines = wrap(label, width, font, size)
    if not narrow:
        return lines
    out: list[str] = []
    for line in lines:
        while fonts.width(line, font, size) > width and len(line) > 1:
            cut = max(i for i in range(1, len(line)) if fonts.width(line[:i], font, size) <= width or i == 1)
            out.append(line[:cut].rstrip())
            line = line[cut:].lstrip()
        out.append(line)
    return out


def _grid_row(cur: _Cursor, f: _Frame, pairs: list[Row]) -> int:
    """One grid line of label | value | label | value cells (the application's header)."""
    size, lead, pad = f.lay.size, f.lead, f.pad
    gap = f.lay.column_gap
    label_w = f.lay.label_width
    # The left pair is wider: e-mail addresses and names live there.
    left_w = f.content_width * 0.56
    cells = []  # (label x, label lines, value x, value lines)
    for i, row in enumerate(pairs):
        x = f.left + (0 if i == 0 else left_w)
        pair_w = left_w if i == 0 else f.content_width - left_w
        value_x = x + label_w + gap
        value_w = pair_w - label_w - 2 * gap - pad  # a column gap before the next pair, as in Word
        labels = _wrap_label(row.label, label_w - 2 * pad - 2, f.label_font, size, f.lay.narrow_labels)
        cells.append((x + pad, labels, value_x, wrap(row.text, value_w, f.regular, size)))
    count = max(max(len(c[1]), len(c[3])) for c in cells)
    cur.ensure(count * lead + 2 * pad)
    page = cur.page
    top = cur.y
    cur.y += pad
    for i in range(count):
        for label_x, labels, value_x, values in cells:
            if i < len(labels):
                cur.put(label_x, labels[i], f.label_font, size)
            if i < len(values):
                cur.put(value_x, values[i], f.regular, size)
        cur.y += lead
    cur.y += pad
    if f.lay.borders:
        right = f.left + f.content_width
        sheet = cur.doc.pages[-1]
        sheet.append(Rule(f.left, top, right, top))
        sheet.append(Rule(f.left, cur.y, right, cur.y))
        for x in (f.left, f.left + label_w, f.left + left_w, f.left + left_w + label_w, right):
            sheet.append(Rule(x, top, x, cur.y))
    else:
        cur.y += lead * 0.6
    return page


def _inline_row(cur: _Cursor, f: _Frame, row: Row) -> int:
    """'Label: answer' running over the full width, the answer wrapping under the label."""
    size, lead = f.lay.size, f.lead
    label = f"{row.label}:"
    text = row.text.replace("\n\n", "\n")
    lines = wrap(f"{label} {text}", f.content_width, f.regular, size)
    cur.ensure(lead * min(2, len(lines)))
    page = cur.page
    for i, line in enumerate(lines):
        if not cur.fits(lead):
            cur.new_page()
        if i == 0 and f.lay.label_bold:
            cur.put(f.left, label, f.bold, size)
            rest = line[len(label) :].lstrip()
            cur.put(f.left + fonts.width(label + " ", f.bold, size), rest, f.regular, size)
        else:
            cur.put(f.left, line, f.regular, size)
        cur.y += lead
    if f.lay.pictures and row.key in PICTURE_KEYS and cur.fits(PICTURE_HEIGHT):
        _picture(cur, f.left, f.content_width)
    if row.caption:
        cur.ensure(lead)
        cur.put(f.left, row.caption, f.regular, size)
        cur.y += lead
    cur.y += lead * 0.5
    return page


def _styled_label_row(cur: _Cursor, f: _Frame, row: Row) -> int:
    """A field row whose label has its own type (capitals, bold, a smaller size) and
    pitch, wrapping over several lines; the answer beside the label's first line or
    centred on the whole label (issue #12's form family)."""
    size, lead, pad = f.lay.size, f.lead, f.pad
    label_size = f.lay.label_size or size
    label_lead = f.lead if f.lay.label_at_body_leading else label_size * f.lay.leading
    label = "" if row.style == MARKER else row.label
    label_lines = wrap(label, f.label_w, f.label_font, label_size) if label else []
    value_lines = wrap(row.text, f.value_w, f.regular, size)
    label_h, value_h = len(label_lines) * label_lead, len(value_lines) * lead
    cur.ensure(max(label_h, lead) + 2 * pad)
    first_page = cur.page
    segment_top = cur.y
    top = cur.y + pad
    label_top = value_top = top
    if f.lay.label_centred and cur.fits(max(label_h, value_h) + 2 * pad):
        if label_h > value_h:
            value_top = top + (label_h - value_h) / 2
        else:
            label_top = top + (value_h - label_h) / 2
    cur.y = label_top
    for line in label_lines:
        cur.put(f.label_x, line, f.label_font, label_size)
        cur.y += label_lead
    label_end = cur.y
    cur.y = value_top
    for i, line in enumerate(value_lines):
        if not cur.fits(lead + pad):
            _cell_rules(cur, f, segment_top, cur.y + pad)
            cur.new_page()
            segment_top = cur.y
            cur.y += pad
            label_end = cur.y
            if not line:
                continue
        cur.put_value(f.value_x, line, f.regular, size, f.value_w, _ends_paragraph(value_lines, i))
        cur.y += lead
    if f.lay.pictures and row.key in PICTURE_KEYS and cur.fits(PICTURE_HEIGHT + 2 * pad):
        _picture(cur, f.value_x, f.value_w)
    cur.y = max(cur.y, label_end) + pad
    _cell_rules(cur, f, segment_top, cur.y)
    if not f.lay.borders:
        cur.y += lead * 0.6
    return first_page


def _put_cells(
    cur: _Cursor,
    f: _Frame,
    cells: list[tuple[float, list[str], float, list[str]]],
    count: int,
    label_pad: float,
    value_pad: float,
) -> None:
    """`count` lines of label | value cells side by side (x, label lines, value x, value lines),
    each cell's lines wrapped in it, the value lines `value_pad` into their cell."""
    for i in range(count):
        for x, labels, value_x, values in cells:
            if i < len(labels):
                cur.put(x + label_pad, labels[i], f.label_font, f.lay.size)
            if i < len(values):
                cur.put(value_x + value_pad, values[i], f.regular, f.lay.size)
        cur.y += f.lead


def _header_grid(cur: _Cursor, f: _Frame, rows: list[Row], per_row: tuple[int, ...]) -> list[int]:
    """The first rows as a grid of label | value pairs, `per_row[i]` pairs on grid row i
    (Projektnamn | ... | Diarienr | ... | Datum | ...); the page of each row."""
    size, lead = f.lay.size, f.lead
    pad = CELL_PAD
    pages = []
    start = 0
    for count in per_row:
        pairs = rows[start : start + count]
        start += count
        # Cells as wide as their words want (as Word's autofit), scaled to the content width.
        label_ws = [max(fonts.width(w, f.label_font, size) for w in r.label.split()) + 2 * pad + 2 for r in pairs]
        value_ws = [min(fonts.width(r.text, f.regular, size), 160.0) + 2 * pad + 2 for r in pairs]
        scale = f.content_width / (sum(label_ws) + sum(value_ws))
        cells = []
        x = f.left
        for row, lw, vw in zip(pairs, label_ws, value_ws, strict=True):
            lw, vw = lw * scale, vw * scale
            labels = wrap(row.label, lw - 2 * pad, f.label_font, size)
            values = wrap(row.text, vw - 2 * pad, f.regular, size)
            cells.append((x, labels, x + lw, values))
            x += lw + vw
        lines = max(max(len(c[1]), len(c[3])) for c in cells)
        cur.ensure(lines * lead + 2 * pad)
        top = cur.y
        cur.y += pad
        _put_cells(cur, f, cells, lines, pad, pad)
        cur.y += pad
        if f.lay.borders:
            sheet = cur.doc.pages[-1]
            right = f.left + f.content_width
            sheet.append(Rule(f.left, top, right, top))
            sheet.append(Rule(f.left, cur.y, right, cur.y))
            for cell_x, _, value_x, _ in cells:
                sheet.append(Rule(cell_x, top, cell_x, cur.y))
                sheet.append(Rule(value_x, top, value_x, cur.y))
            sheet.append(Rule(right, top, right, cur.y))
        pages.extend([cur.page] * len(pairs))
    cur.y += lead
    return pages


def _header_table(cur: _Cursor, f: _Frame, rows: list[Row], per_row: tuple[int, ...]) -> list[int]:
    """The first rows as a table of its own above the body (issue #12, sixth round): `per_row[i]`
    label | value pairs on table row i, pairs of equal width, the label cell a share of its pair
    (a lone pair's label cell a fixed width), labels and answers wrapping in their cells; its
    columns owe nothing to the body's. A pair whose words do not fit its cell gets a row alone."""
    lay = f.lay
    size, lead = lay.size, f.lead
    pad = CELL_PAD if lay.header_rules == "box" else 2.0
    right = f.left + f.content_width
    groups: list[list[Row]] = []
    start = 0
    for count in per_row:
        groups.append(rows[start : start + count])
        start += count
    pages: list[int] = []
    while groups:
        pairs = groups.pop(0)
        pair_w = f.content_width / len(pairs)
        label_w = pair_w * lay.header_label_share if len(pairs) > 1 else lay.header_single_label
        cells = []
        for k, row in enumerate(pairs):
            x = f.left + k * pair_w
            value_x = x + label_w + pad + 3
            value_w = x + (pair_w if len(pairs) > 1 else f.content_width) - value_x - pad - 4
            cells.append((x, row, value_x, value_w))
        too_wide = any(
            fonts.width(w, f.label_font, size) > label_w - 2 * pad for _, row, _, _ in cells for w in row.label.split()
        ) or any(fonts.width(w, f.regular, size) > vw for _, row, _, vw in cells for w in row.text.split())
        if len(pairs) > 1 and too_wide:
            groups[:0] = [[row] for row in pairs]
            continue
        drawn = [
            (x, wrap(row.label, label_w - 2 * pad, f.label_font, size), vx, wrap(row.text, vw, f.regular, size))
            for x, row, vx, vw in cells
        ]
        count = max(max(len(labels), len(values), 1) for _, labels, _, values in drawn)
        cur.ensure(count * lead + 2 * pad)
        top = cur.y
        cur.y += pad
        _put_cells(cur, f, drawn, count, pad, 0.0)
        cur.y += pad
        sheet = cur.doc.pages[-1]
        if lay.header_rules in ("vertical", "box"):
            for k, (x, _, value_x, _) in enumerate(drawn):
                sheet.append(Rule(value_x - 3, top, value_x - 3, cur.y))
                if k:
                    sheet.append(Rule(x, top, x, cur.y))
        if lay.header_rules == "box":
            sheet.append(Rule(f.left, top, right, top))
            sheet.append(Rule(f.left, cur.y, right, cur.y))
            sheet.append(Rule(f.left, top, f.left, cur.y))
            sheet.append(Rule(right, top, right, cur.y))
        else:
            cur.y += lead * 0.4
        pages.extend([cur.page] * len(pairs))
    cur.y += lead
    return pages
