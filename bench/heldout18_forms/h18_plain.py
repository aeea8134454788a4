"""A form as lines of fixed-pitch text, for the monospaced producers (a2ps, the hand-written PostScript listing).

Three ways to set a section: `above` (the label on a line of its own, the answer indented under it), `colon`
("Label: answer" run in, the answer's further lines flush left) and `columns` (the label wrapped in a fixed column
of its own, no colon, the answer in a second fixed column beside it). Lines are wrapped at word boundaries only.
"""

from __future__ import annotations

import textwrap

from h18_content import Form, Section

STYLES = ("above", "colon", "columns")


def fill(text: str, width: int, first: int | None = None) -> list[str]:
    """`text` wrapped to `width` columns (the first line `first` wide when given); words are never broken."""
    if first is None or first == width:
        return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]
    head = textwrap.wrap(text, first, break_long_words=False, break_on_hyphens=False) or [""]
    rest = " ".join(head[1:])
    return [head[0], *(textwrap.wrap(rest, width, break_long_words=False, break_on_hyphens=False) if rest else [])]


def answer_lines(section: Section, width: int) -> list[str]:
    """The answer's paragraphs and bullets wrapped to `width`, a blank line between paragraphs; a bullet's further
    lines hang under its text."""
    out: list[str] = []
    for k, line in enumerate(section.lines()):
        if k and not line.startswith("•"):
            out.append("")
        if line.startswith("• "):
            wrapped = fill(line[2:], width - 2)
            out += ["• " + wrapped[0], *("  " + w for w in wrapped[1:])]
        else:
            out += fill(line.replace("\u00a0", " "), width)
    return out


def section_lines(section: Section, style: str, width: int, label_width: int) -> list[str]:
    answer = section.lines()
    if style == "above":
        return [*fill(section.label, width), *("    " + a if a else "" for a in answer_lines(section, width - 4))]
    if style == "colon":
        label = section.label + ":"
        if not answer:
            return fill(label, width)
        head = fill(label, width)
        text = " ".join(line.replace("\u00a0", " ") for line in answer[:1])
        room = width - len(head[-1]) - 1
        first = fill(text, width, first=room) if room > 12 else ["", *fill(text, width)]
        lines = [*head[:-1], (head[-1] + " " + first[0]).rstrip(), *first[1:]]
        for more in answer[1:]:
            lines += ([] if more.startswith("•") else [""]) + fill(more.replace("\u00a0", " "), width)
        return lines
    labels = fill(section.label, label_width)
    label_width = max(label_width, *(len(line) for line in labels))  # a word longer than the column widens it
    answers = answer_lines(section, width - label_width - 2) if answer else []
    rows = max(len(labels), len(answers))
    return [
        f"{(labels[k] if k < len(labels) else ''):<{label_width}}  {answers[k] if k < len(answers) else ''}".rstrip()
        for k in range(rows)
    ]


def form_lines(form: Form, style: str, width: int, label_width: int, rule: str) -> list[str]:
    """The whole form: the Dnr, the title, then every section with `rule` (a ruler line, or "") between them."""
    lines = [form.dnr.rjust(width), "", *fill(form.title, width), ""]
    for section in form.sections:
        lines += section_lines(section, style, width, label_width)
        if section.key == form.stage_after and form.stage_marker:
            indent = label_width + 2 if style == "columns" else 4
            lines += ["", " " * indent + form.stage_marker]
        lines += [rule] if rule else [""]
    return lines
