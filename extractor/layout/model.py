"""The plain data the layout steps pass on: lines, blocks and the result."""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import median

from bilagor.extractor.text import join_lines
from bilagor.extractor.words import Word


@dataclass
class Line:
    page: int
    words: list[Word]
    in_grid: bool = False  # read from a grid of label/value pairs (its tops no longer run in order)
    cell: str = ""  # "label" or "value": a cell grid's label or value line, told by `cells`

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
    # Indexes of label lines that continue the word the line above broke off ("Kontaktperso" / "n").
    glued: set[int] = field(default_factory=set)

    @property
    def label(self) -> str:
        """The label lines as one text: a word cut at the cell's edge joined again, a line-end
        hyphenation undone as in answers ("slutresul-" / "tat"), a real hyphen kept ("E-" / "post")."""
        lines: list[str] = []
        for i, line in enumerate(self.label_lines):
            if i in self.glued and lines:
                lines[-1] += line.text
            else:
                lines.append(line.text)
        return join_lines(lines)

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
