"""What the draw modules share: answer blocks, word wrapping, where a label landed in a text layer."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from .content import Form, normalise

FONTS = Path("/usr/share/fonts/truetype")


def blocks(text: str) -> list[list[str]]:
    """An answer as paragraphs, each a list of lines (a list item is a line of its own)."""
    return [[" ".join(line.split()) for line in para.split("\n") if line.strip()] for para in text.split("\n\n")]


def wrap(text: str, width: Callable[[str], float], limit: float) -> list[str]:
    """Greedy word wrap of one line of text to `limit` (a word longer than the limit stays whole)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if current and width(trial) > limit:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines


def wrap_answer(text: str, width: Callable[[str], float], limit: float, gap: bool = True) -> list[str]:
    """All lines of an answer, paragraphs separated by an empty line when `gap`."""
    out: list[str] = []
    for i, para in enumerate(blocks(text)):
        if i and gap:
            out.append("")
        for line in para:
            out.extend(wrap(line, width, limit) or [""])
    return out


def label_pages(pdf: Path, form: Form) -> tuple[int, dict[int, int]]:
    """(pages, row index -> page where its label is printed), looked up in the text layer, in order."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        texts = []
        for page in doc:
            textpage = page.get_textpage()
            texts.append(normalise(textpage.get_text_range()).lower())
            textpage.close()
            page.close()
    finally:
        doc.close()
    found: dict[int, int] = {}
    page, offset = 0, 0
    for i, row in enumerate(form.rows):
        if row.key is None:
            continue
        probe = " ".join(normalise(row.label).lower().split()[:2])
        for p in range(page, len(texts)):
            at = texts[p].find(probe, offset if p == page else 0)
            if at >= 0:
                page, offset = p, at + len(probe)
                break
        found[i] = page + 1
    return len(texts), found
