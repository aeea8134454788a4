"""Labels turned a quarter, reading upwards, in a narrow left column of a table: read and set upright. Pure: no I/O.

Some forms are a table of tall rows whose labels are turned 90° counter-clockwise (reading from the row's foot toward
its top) in a narrow column at the left, wrapped into a few turned lines side by side, each answer upright beside its
label. The reader leaves turned characters out on a mostly upright page (a column head set sideways, a margin note), so
such a form read as answers with no labels at all. The column is told by evidence on the page: at least `MIN_LABELS`
blocks of characters turned to read upwards (their matrix turns the baseline to point up) in the page's left third, each
in a table's ruled cell (a rule across its column above it and under it, one down its right between it and its answer)
and no upright word reaching into it (a side tab's turned heading beside a group of rows stands outside the rows' rules,
a print code up the margin in no cell: both stay out), the upright words beside them mostly words with letters
(`ANSWER_WORD_SHARE`), every label holding a letter and nothing between it and its rule (a chart's turned axis title in
a framed plot stands beside tick figures, its ticks may be turned figures). Each block is read as a label: its turned
lines (`SIDE_GAP` type sizes apart at most across, overlapping along the row) left to right, each line's letters bottom
to top, parted into words at a gap of `WORD_GAP` type sizes (some producers set no space characters, the words a space's
width apart) and into the next row's label at `ROW_GAP` or a rule across. The label is set upright at the column's left
edge on the line of its answer's first line (the first answer-column word in its row, below the row's rule above it or
the label before it), wrapped to `LABEL_WIDTH` type sizes, and the answer column (every word right of the turned column
whose line does not start left of it, and the rules there) moved right to leave `COLUMN_GAP` type sizes between them,
the same on every page: an ordinary two-column form. A page with one turned label alone is read so too when an earlier
page of the document read a column whose wall stands where that label's cell's does (`WALL_MATCH`): a form's last
field set on a page of its own. Any other page keeps its turned characters out.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from bilagor.extractor.words import Word

Rule = tuple[float, float, float, float]

WORD_GAP = 0.15  # type sizes along a turned line: a word's letters touch, words stand a space (about 0.28) apart
ROW_GAP = 0.8  # type sizes along one x: a longer gap (or a rule across) is the next row's label
SIDE_GAP = 0.8  # type sizes across between two turned lines of one label (their leading less their size)
LABEL_WIDTH = 14.0  # type sizes: the width an upright label is wrapped to (a Word form's label column)
COLUMN_GAP = 2.0  # type sizes between the upright labels and their answers (a column gap, not a word space)
LINE_PITCH = 1.2  # type sizes between an upright label's lines
SLACK = 1.0  # pt: rounding of a rule's ends and a column's edges
# type sizes a label's first letter may reach past its row's foot rule: a turned box set on the rule puts its first
# glyph's origin there, and a producer's rounding a little under it (XeTeX's labels start 1.3 pt past it at 9 pt)
FOOT_OVERHANG = 0.5
MIN_LABELS = 2  # a page's turned labels: one alone may be a chart's axis title in its frame
# pt: a lone turned label is read when its cell's wall stands within this of the wall of a turned label column an
# earlier page of the document read (a form's last field on a page of its own: the same table's column)
WALL_MATCH = 2.0
LEFT_SHARE = 1 / 3  # a turned label column stands in the page's left third
ANSWER_WORD_SHARE = 0.5  # of the upright words beside the labels at least this share hold a letter (not figures)


@dataclass
class _Line:
    """One turned line: its box on the page and its words, bottom to top, each (text, length along the line)."""

    x0: float
    x1: float
    top: float
    bottom: float
    fontname: str
    words: list[tuple[str, float]] = field(default_factory=list)

    @property
    def size(self) -> float:
        return self.x1 - self.x0  # a turned glyph's box across the line is its type size


def _reads_upwards(char: dict) -> bool:
    """A character whose matrix turns its baseline to point up the page (a quarter counter-clockwise)."""
    a, b = char.get("matrix", (1.0, 0.0))[:2]
    return b > 0 and abs(a) < 0.2 * b and bool(str(char.get("text", "")).strip())


def _turned_lines(chars: list[dict], rules: list[Rule]) -> list[_Line]:
    """The turned characters as lines: grouped by their column across (one x span), bottom to top, parted at a
    row's gap into lines of their own and at a word's gap into words."""
    columns: list[list[dict]] = []
    for c in sorted(chars, key=lambda c: float(c["x0"])):
        last = columns[-1][-1] if columns else None
        if (
            last is not None
            and abs(float(c["x0"]) - float(last["x0"])) <= SLACK
            and abs(float(c["x1"]) - float(last["x1"])) <= SLACK
        ):
            columns[-1].append(c)
        else:
            columns.append([c])
    out: list[_Line] = []
    for group in columns:
        group.sort(key=lambda c: -float(c["bottom"]))
        line: _Line | None = None
        word = ""
        start = 0.0
        last_top = 0.0
        for c in group:
            x0, x1, top, bottom = (float(c[k]) for k in ("x0", "x1", "top", "bottom"))
            size = x1 - x0
            gap = last_top - bottom
            if line is None or gap > ROW_GAP * size or _rule_across(rules, x0, x1, bottom, last_top):
                if line is not None:
                    line.words.append((word, start - last_top))
                    out.append(line)
                line = _Line(x0, x1, top, bottom, str(c.get("fontname") or ""))
                word, start = "", bottom
            elif gap > WORD_GAP * size:
                line.words.append((word, start - last_top))
                word, start = "", bottom
            word += str(c["text"])
            line.top = min(line.top, top)
            last_top = top
        if line is not None:
            line.words.append((word, start - last_top))
            out.append(line)
    return out


def _rule_across(rules: list[Rule], x0: float, x1: float, top: float, bottom: float) -> bool:
    """A horizontal rule across a turned column between two of its characters (a row's rule)."""
    return any(r[3] - r[1] < 1.5 and r[0] <= x0 + SLACK and r[2] >= x1 - SLACK and top <= r[1] <= bottom for r in rules)


def _in_ruled_cell(label: list[_Line], rules: list[Rule]) -> bool:
    """A turned label inside a table's cell: rules across its column above and under it and one down its right."""
    x0, x1 = min(ln.x0 for ln in label), max(ln.x1 for ln in label)
    top, bottom = min(ln.top for ln in label), max(ln.bottom for ln in label)
    foot = bottom - FOOT_OVERHANG * label[0].size  # where the label's first letter may start past its foot rule
    across = [r[1] for r in rules if r[3] - r[1] < 1.5 and r[0] <= x0 + SLACK and r[2] >= x1 - SLACK]
    return any(y <= top for y in across) and any(y >= foot for y in across) and bool(_rules_down(x1, top, foot, rules))


def _rules_down(x1: float, top: float, bottom: float, rules: list[Rule]) -> list[float]:
    """The x of each upright rule right of `x1` that runs from `top` to `bottom` (a label cell's right wall)."""
    return [r[0] for r in rules if r[2] - r[0] < 1.5 and r[0] >= x1 and r[1] <= top + SLACK and r[3] >= bottom - SLACK]


def _between(label: list[_Line], words: list[Word], rules: list[Rule]) -> bool:
    """Upright words between a turned label and the nearest rule down its right (a chart's tick figures between
    its axis title and its axis); a form's label column holds nothing else."""
    x1 = max(ln.x1 for ln in label)
    top, bottom = min(ln.top for ln in label), max(ln.bottom for ln in label)
    edge = min(_rules_down(x1, top, bottom, rules), default=x1)
    return any(x1 <= w.x0 < edge and w.top < bottom and w.bottom > top for w in words)


def _labels(lines: list[_Line]) -> list[list[_Line]]:
    """Turned lines side by side along one row, first leftmost, as one label each."""
    labels: list[list[_Line]] = []
    for line in sorted(lines, key=lambda ln: ln.x0):
        for label in labels:
            last = label[-1]
            if 0 <= line.x0 - last.x1 <= SIDE_GAP * line.size and line.top < last.bottom and line.bottom > last.top:
                label.append(line)
                break
        else:
            labels.append([line])
    return labels


def _wrapped(label: list[_Line], width: float) -> list[list[tuple[str, float]]]:
    """The label's words, its turned lines in order, wrapped into upright lines `width` wide at most."""
    size = label[0].size
    space = 0.28 * size
    out: list[list[tuple[str, float]]] = [[]]
    used = 0.0
    for text, length in (w for line in label for w in line.words):
        if out[-1] and used + space + length > width:
            out.append([])
            used = 0.0
        used += (space if out[-1] else 0.0) + length
        out[-1].append((text, length))
    return out


def _wall(label: list[_Line], rules: list[Rule]) -> float | None:
    """The x of the nearest upright rule down a label's right (its cell's wall), None without one."""
    top, bottom = min(ln.top for ln in label), max(ln.bottom for ln in label)
    return min(
        _rules_down(max(ln.x1 for ln in label), top, bottom - FOOT_OVERHANG * label[0].size, rules), default=None
    )


def set_turned_labels_upright(
    words: list[Word], chars: list[dict], rules: list[Rule], width: float, walls: list[float] | None = None
) -> tuple[list[Word], list[Rule], float]:
    """`words`, `rules` and the page's width with a turned label column's labels (from the page's turned `chars`)
    set upright beside their answers (see above); unchanged when the page has no such column. `walls` holds the
    walls of the columns the document's earlier pages read (the reader's, one list a document; each column read
    here adds its own): one label alone is a label column when its cell's wall is one of them."""
    lines = _turned_lines([c for c in chars if _reads_upwards(c)], rules)
    labels = [lab for lab in _labels(lines) if max(ln.x1 for ln in lab) < width * LEFT_SHARE]
    wall = _wall(labels[0], rules) if len(labels) == 1 else None
    lone = wall is not None and any(abs(wall - w) <= WALL_MATCH for w in walls or [])
    if (len(labels) < MIN_LABELS and not lone) or not all(_in_ruled_cell(lab, rules) for lab in labels):
        return words, rules, width
    split = max(ln.x1 for lab in labels for ln in lab) + SLACK / 2
    left = min(ln.x0 for lab in labels for ln in lab)

    def in_band(w: Word) -> bool:
        return any(v.x0 < split and v.top < w.bottom and v.bottom > w.top for v in words)

    answers = [w for w in words if w.x0 >= split and not in_band(w)]
    for lab in labels:  # upright text reaching into a label's box: no label column (a drawing's turned note)
        x0, x1 = min(ln.x0 for ln in lab), max(ln.x1 for ln in lab)
        top, bottom = min(ln.top for ln in lab), max(ln.bottom for ln in lab)
        if any(w.x0 < x1 and w.x1 > x0 and w.top < bottom and w.bottom > top for w in words):
            return words, rules, width
    for lab in labels:  # a label with no letter (a chart's turned tick figure), or figures between it and its rule
        if not any(ch.isalpha() for ln in lab for text, _ in ln.words for ch in text) or _between(lab, words, rules):
            return words, rules, width
    labels.sort(key=lambda lab: min(ln.top for ln in lab))
    placed: list[Word] = []
    texts: list[str] = []  # the answers beside the labels
    widest = 0.0
    previous_bottom = -1.0
    for label in labels:
        top, bottom = min(ln.top for ln in label), max(ln.bottom for ln in label)
        x1 = max(ln.x1 for ln in label)
        above = [r[1] for r in rules if r[3] - r[1] < 1.5 and r[1] <= top + SLACK and r[0] <= left + SLACK <= r[2]]
        row_top = max([*above, previous_bottom])
        beside = [w for w in answers if w.x0 >= x1 and row_top - SLACK <= w.top <= bottom]
        size = label[0].size
        texts += [w.text for w in beside]
        anchor = min((w.top for w in beside), default=max(row_top, 0.0) + size)
        wrap = max(LABEL_WIDTH * size, widest, *(length for ln in label for _t, length in ln.words))
        widest = wrap  # the column as wide as its widest wrap, the same on every page of a form
        for k, upright in enumerate(_wrapped(label, wrap)):
            x = left
            for text, length in upright:
                placed.append(
                    Word(
                        text,
                        x,
                        x + length,
                        anchor + k * LINE_PITCH * size,
                        anchor + (k * LINE_PITCH + 1) * size,
                        label[0].fontname,
                        round(size, 2),
                    )
                )
                x += length + 0.28 * size
        previous_bottom = bottom
    # A chart's axis title beside its tick figures in a framed plot is no label: answers are mostly words.
    if sum(any(ch.isalpha() for ch in x) for x in texts) < ANSWER_WORD_SHARE * len(texts):
        return words, rules, width
    if walls is not None:
        walls += [w for lab in labels if (w := _wall(lab, rules)) is not None]
    size = labels[0][0].size
    delta = max(0.0, left + widest + COLUMN_GAP * size - min((w.x0 for w in answers), default=split))
    moved = {id(w) for w in answers}
    out = [replace(w, x0=w.x0 + delta, x1=w.x1 + delta) if id(w) in moved else w for w in words]
    new_rules = []
    for r in rules:
        if r[0] >= split - SLACK:
            new_rules.append((r[0] + delta, r[1], r[2] + delta, r[3]))
        elif r[2] > split:
            new_rules.append((r[0], r[1], r[2] + delta, r[3]))
        else:
            new_rules.append(r)
    return out + placed, new_rules, width + delta
