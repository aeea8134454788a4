"""`typewriter_overstrike`: a form retyped on a typewriter and kept as a hand-written PDF in base-14 Courier: ten
characters an inch, six lines an inch, every line one string at a fixed pitch. Labels are underlined the way a
typewriter underlines, by striking underscores over the letters: on even turns the label line is typed and then the
carriage goes back and types as many underscores over it (a second `Tj` at the same origin); on odd turns each
letter is followed by a backspace and an underscore (one `TJ` array whose number moves back one character before
each underscore). Its own layout, by the character: on even turns the label in the first 22 columns and the answer
from column 25 (a label wraps in its columns, the answer continues on the next page with the columns empty), on odd
turns the label on its own line and the answer indented four columns below it. "Bilaga N" and the Dnr on the first
line, "- n -" centred at the foot.
"""

from __future__ import annotations

import random
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from h15_pdf import PdfFile, pdf_string
from h16_layout import Page
from h19_content import Form

SIZE, PITCH, LEADING = 10.0, 6.0, 12.0  # Courier 10 pt: 600/1000 of an em a character
LEFT, TOP, ROWS, COLUMNS = 66.0, 62.0, 58, 77
LABEL_COLUMNS, ANSWER_COLUMN = 22, 25


@dataclass
class Line:
    column: int
    text: str
    label: bool = False


@dataclass
class Sheet:
    rows: dict[int, list[Line]] = field(default_factory=dict)


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most `width` characters; a word wider than that is broken after a slash when it has one."""
    words = []
    for word in text.replace("\u00a0", " ").split(" "):
        while len(word) > width and "/" in word[:width]:
            cut = word[:width].rindex("/") + 1
            words.append(word[:cut])
            word = word[cut:]
        words.append(word)
    return textwrap.wrap(" ".join(words), width, break_long_words=False, break_on_hyphens=False) or [""]


class Typist:
    def __init__(self) -> None:
        self.sheets: list[Sheet] = [Sheet()]
        self.row = 3  # below the header line

    def type(self, column: int, text: str, label: bool = False) -> None:
        if self.row >= ROWS:
            self.sheets.append(Sheet())
            self.row = 3
        self.sheets[-1].rows.setdefault(self.row, []).append(Line(column, text, label))
        self.row += 1


def typed(form: Form, beside: bool) -> list[Sheet]:
    t = Typist()
    for line in wrap(form.title, COLUMNS):
        t.type(0, line, label=True)
    t.row += 1
    for section in form.sections:
        answer_width = COLUMNS - ANSWER_COLUMN if beside else COLUMNS - 4
        answers: list[str] = []
        for k, text in enumerate(section.lines()):
            answers += ([""] if k else []) + wrap(text, answer_width)
        if beside:
            labels = wrap(section.label, LABEL_COLUMNS)
            lines = answers or [""]
            if t.row + min(3, max(len(labels), len(lines))) > ROWS:
                t.row = ROWS  # the next line opens a new sheet
            t.type(ANSWER_COLUMN, lines[0])
            sheet, start = t.sheets[-1], t.row - 1  # the label goes where the answer began
            for line in lines[1:]:
                t.type(ANSWER_COLUMN, line)
            for k, line in enumerate(labels):
                sheet.rows.setdefault(start + k, []).append(Line(0, line, True))
            if t.sheets[-1] is sheet:
                t.row = max(t.row, start + len(labels))
            t.row += 1
        else:
            if t.row + 2 > ROWS:
                t.row = ROWS
            for line in wrap(section.label, COLUMNS):
                t.type(0, line, label=True)
            for line in answers:
                t.type(4, line)
            t.row += 1
        if section.key == form.stage_after and form.stage_marker:
            t.type(ANSWER_COLUMN if beside else 4, form.stage_marker)
            t.row += 1
    return t.sheets


def line_ops(line: Line, x: float, y: float, per_letter: bool) -> bytes:
    text = line.text.replace("\u00a0", " ")
    at = b"1 0 0 1 %.2f %.2f Tm " % (x, y)
    if not line.label:
        return at + pdf_string(text) + b" Tj\n"
    if not per_letter:  # type the line, carriage back, underscores over it
        return at + pdf_string(text) + b" Tj\n" + at + pdf_string("_" * len(text)) + b" Tj\n"
    parts = []
    for char in text:
        parts.append(pdf_string(char))
        if char != " ":
            parts.append(b"600 (_)")  # backspace one character, then the underscore
    return at + b"[" + b" ".join(parts) + b"] TJ\n"


def render(form: Form, path: Path, rng: random.Random, turn: int) -> int:
    sheets = typed(form, beside=turn % 2 == 0)
    pdf = PdfFile()
    pdf.objects[5] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
    pdf.objects[6] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold /Encoding /WinAnsiEncoding >>"
    height, numbers = Page().height, []
    left = LEFT + rng.uniform(-6, 10)  # where the typist set the margin
    for n, sheet in enumerate(sheets, 1):
        ops = [b"BT /F1 %.1f Tf\n" % SIZE]
        if n == 1:
            ops.append(line_ops(Line(0, form.running_header), left, height - TOP + LEADING, False))
            dnr = form.dnr  # ends at the last column
            ops.append(line_ops(Line(0, dnr), left + (COLUMNS - len(dnr)) * PITCH, height - TOP + LEADING, False))
        for row, lines in sorted(sheet.rows.items()):
            y = height - TOP - row * LEADING
            for line in lines:
                if line.text:
                    ops.append(line_ops(line, left + line.column * PITCH, y, turn % 2 == 1))
        foot = f"- {n} -"
        ops.append(line_ops(Line(0, foot), left + (COLUMNS - len(foot)) // 2 * PITCH, 48, False))  # centred by tabs
        ops.append(b"ET\n")
        numbers.append(pdf.page(Page(), b"".join(ops)))  # type: ignore[arg-type]
    pdf.write(path, numbers)
    return len(numbers)
