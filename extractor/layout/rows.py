"""Rows: give answer lines back to the label they belong to.

Tables whose labels are centred vertically in their rows put the answer's
first lines above the label; pictures are answer content without words.
"""

from __future__ import annotations

from statistics import median

from bilagor.extractor.layout.fieldlists import beside_label
from bilagor.extractor.layout.model import Block, Line
from bilagor.extractor.layout.ruling import Rules, ruled_between
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page


def line_pitch(blocks: list[Block], s: LayoutSettings = DEFAULT_SETTINGS) -> float:
    """The usual distance between the tops of consecutive answer lines."""
    pitches = [
        b.top - a.top
        for blk in blocks
        for a, b in zip(blk.value_lines, blk.value_lines[1:])
        if a.page == b.page and b.top > a.top
    ]
    heights = [ln.height for blk in blocks for ln in blk.value_lines]
    # Leading is rarely above 1.45 times the type height; where every answer
    # is split around its label no two answer lines are adjacent to measure.
    cap = s.max_leading * median(heights) if heights else 0.0
    # A low quantile: row and paragraph gaps are among the pitches too.
    return min(sorted(pitches)[len(pitches) // 4], cap) if pitches else cap


def value_pictures(pages: list[Page], boundaries: dict[int, float | None]) -> dict[int, list[tuple]]:
    """Per page, the pictures in the value column (a one-column page has none)."""
    result = {}
    for p in pages:
        boundary = boundaries.get(p.number)
        result[p.number] = [] if boundary is None else [box for box in p.images if box[0] >= boundary]
    return result


def _picture_between(pictures: list[tuple], upper: Line, lower: Line) -> tuple | None:
    """A picture under `upper` with `lower` beside it (whether it joins them is for centring to say)."""
    centre = (lower.top + lower.bottom) / 2
    for box in pictures:
        if upper.bottom - 1 <= box[1] < centre < box[3]:
            return box
    return None


def pull_centred_answers(
    blocks: list[Block],
    rules: Rules,
    pictures: dict[int, list[tuple]] | None = None,
    s: LayoutSettings = DEFAULT_SETTINGS,
    markers: list[Line] | None = None,
) -> None:
    """Give back answer lines drawn above their own label (`markers`: the stage markers' lines, which may close
    a row's answer cell).

    A table cell whose label is centred vertically puts the label beside the
    middle of the answer, so the answer's first lines come before the label
    and were appended to the previous block. They are recognised as a run of
    answer-only lines tight above the new label (or above a picture beside
    it: the picture is answer content without words), cut off from what
    precedes them by a row gap (or a rule), and no longer than the answer below.
    """
    pictures = pictures or {}
    pitch = line_pitch(blocks, s)
    if not pitch:
        return
    for prev, block in zip(blocks, blocks[1:]):
        if not block.label_lines or not prev.value_lines or _in_grid(prev) or _in_grid(block):
            continue
        if block.heading and not _answer_beside(block, pitch, s):
            continue
        # The previous row's own line: level with its label, whose top differs where the label is set smaller on
        # the answer's baseline (a run-in label in small capitals): so a line on a smaller label's baseline too.
        label_tops = {(ln.page, round(ln.top)) for ln in prev.label_lines}
        run: list[Line] = []
        picture = None  # a picture between the run and the label, part of the answer
        # The row's first line: its label, or an answer line a little higher
        # on the same text line (a centred label shares a line with it).
        below = min(
            (ln for ln in block.label_lines[:1] + block.value_lines[:1] if ln.page == block.page), key=lambda ln: ln.top
        )
        for line in reversed(prev.value_lines):
            tight = 0 < below.top - line.top <= s.tight_pitch * pitch
            beside = (
                None if tight or line.page != below.page else _picture_between(pictures.get(line.page, []), line, below)
            )
            if (
                line.page != below.page
                or not (tight or beside)
                or (line.page, round(line.top)) in label_tops
                or beside_label(line, prev.label_lines, s)
                or ruled_between(rules, line, below, s=s)
            ):
                break
            picture = picture or beside
            run.insert(0, line)
            below = line
        if picture:
            # Of the lines above the picture, the row's are those the label centres on with it (maybe none).
            run = next(
                (
                    run[i:]
                    for i in range(len(run))
                    if _centred_on(block.label_lines, run[i].top, max(run[-1].bottom, picture[3]), pitch, s)
                ),
                [],
            )
        on_picture = (
            picture is not None
            and bool(run)
            and _centred_on(block.label_lines, run[0].top, max(run[-1].bottom, picture[3]), pitch, s)
        )
        # A centred label has at least as many answer lines (or lines of its
        # own, when the answer ends in empty paragraphs, or a picture) beside and below it, or its answer's
        # lines, the run's included, reach as far above it as below (a blank line between two paragraphs
        # under it leaves fewer lines below than above).
        # A stage marker at the cell's foot counts to its span; over it the label may have no line of its own
        # (an answer all above a label level with the blank line before the marker).
        own = [ln for ln in block.value_lines if ln.page == run[0].page] if run else []
        bottom = _cell_bottom(_up_to_rule(run + own, rules, s), markers, rules, pitch, s) if run else 0.0
        spanned = (
            bool(run)
            and (bool(own) or bottom > run[-1].bottom)
            and _centred_on(block.label_lines, run[0].top, bottom, pitch, s)
        )
        if not run or (
            len(run) > max(len(block.value_lines), len(block.label_lines)) and not on_picture and not spanned
        ):
            continue
        if block.heading and any(abs(ln.x0 - block.value_lines[0].x0) > s.centre_tolerance * pitch for ln in run):
            continue  # a label cell told a heading by its type takes back only lines in its own answer's column
        if _reaches_below_its_answer(block, run[0].page, pitch, s):
            continue  # a label running on below its answer is no centred one: the lines above are the row's above
        if _read_from_its_top(prev, block, run, pitch, s):
            continue  # the row above starts at its label: the lines tight above this label close its answer
        before = prev.value_lines[-len(run) - 1] if len(prev.value_lines) > len(run) else prev.label_lines[-1]
        if (
            before.page == run[0].page
            and _caption_under_picture(pictures.get(before.page, []), before, run[0], pitch, s)
            and not on_picture
            and not _centred(
                block.label_lines, run + [ln for ln in block.value_lines if ln.page == run[0].page], pitch, s
            )
        ):
            # A picture between an answer line and a line means they belong together (a caption or file
            # name under it), unless the next label centres on the line (and its own picture): that row's answer.
            continue
        if before.page == run[0].page:
            # Paragraph spacing may leave no row gap to see; then the centring
            # of both labels tells (the previous one is off centre with the run).
            prev_answer = [ln for ln in prev.value_lines if ln.page == run[0].page]
            row_gap = run[0].top - before.top > s.row_gap_pitch * pitch or (
                on_picture and not _centred(prev.label_lines, prev_answer, pitch, s)
            )
        else:
            # Lines at the top of a page are the answer overleaf continued,
            # unless a sentence ends at the break and the label is centred on them and its answer.
            # The label's own answer ends at a row gap or a rule: lines past it are the next row's, not yet given back.
            answer = _up_to_row_end(run + [ln for ln in block.value_lines if ln.page == run[0].page], rules, pitch, s)
            centred = on_picture or _centred(block.label_lines, answer, pitch, s)
            row_gap = before.text.rstrip().endswith((".", "!", "?")) and run[0].text[:1].isupper() and centred
        # A heading (the title) whose only text sits tight above a label-column label: that text is the row's.
        under_heading = prev.heading and len(run) == len(prev.value_lines)
        if row_gap or under_heading or ruled_between(rules, before, run[0], s=s):
            del prev.value_lines[-len(run) :]
            block.value_lines[:0] = run


def _cell_bottom(
    answer: list[Line], markers: list[Line] | None, rules: Rules, pitch: float, s: LayoutSettings
) -> float:
    """Where the cell of `answer` (an answer's lines on one page) ends: its last line's foot, or a stage
    marker's set in its column under it, close and with no rule between (the cell's last line)."""
    last = answer[-1]
    tail = [
        m
        for m in markers or []
        if m.page == last.page
        and 0 < m.top - last.bottom <= s.cell_marker_pitches * pitch
        and m.x0 >= answer[0].x0 - s.centre_tolerance * pitch
        and not ruled_between(rules, last, m, s=s)
    ]
    return max([last.bottom, *(m.bottom for m in tail)])


def _up_to_rule(lines: list[Line], rules: Rules, s: LayoutSettings) -> list[Line]:
    """`lines` (one page's, top down) up to the first rule between two of them (a ruled cell's end; the walker may
    have read the next row's first line, above its centred label, into this one)."""
    for k, (upper, lower) in enumerate(zip(lines, lines[1:]), 1):
        if ruled_between(rules, upper, lower, s=s):
            return lines[:k]
    return lines


def _up_to_row_end(lines: list[Line], rules: Rules, pitch: float, s: LayoutSettings) -> list[Line]:
    """`lines` (one page's, top down) up to the first row gap or rule between two of them."""
    for k, (upper, lower) in enumerate(zip(lines, lines[1:]), 1):
        if lower.top - upper.top > s.row_gap_pitch * pitch or ruled_between(rules, upper, lower, s=s):
            return lines[:k]
    return lines


def _answer_beside(block: Block, pitch: float, s: LayoutSettings) -> bool:
    """A heading-typed label that is a table's label cell: one line, its answer's first line starting right of
    it within a line's pitch of its height (a bold label in body size centred on its wrapped answer, told a
    heading by its type); a heading's answer starts under it."""
    label = block.label_lines
    answer = next((ln for ln in block.value_lines if ln.page == label[0].page), None)
    return (
        len(label) == 1
        and answer is not None
        and answer.x0 > label[0].x1
        and abs(answer.top - label[0].top) <= s.tight_pitch * pitch
    )


def _reaches_below_its_answer(block: Block, page: int, pitch: float, s: LayoutSettings) -> bool:
    """The label's last line stands lower than its answer's last line on `page` (a label wrapped down a sheet's
    rows beside a one-line answer): a label centred on an answer taller than itself never does."""
    own = [ln for ln in block.value_lines if ln.page == page]
    last = block.label_lines[-1]
    return bool(own) and last.page == page and last.bottom > own[-1].bottom + s.centre_tolerance * pitch


def _read_from_its_top(prev: Block, block: Block, run: list[Line], pitch: float, s: LayoutSettings) -> bool:
    """The row above starts at its label, as `block` does: its label stands level with its answer's first line, no
    lower than its last, and off the middle of what its answer keeps without `run` (a label of two lines or more as
    tall as that answer could be centred as well: then only a `block` label off the middle of `run` and its own
    answer on the page says so; a one-line label beside a one-line answer tells nothing). Then a paragraph or list
    after a blank line, tight above the next label, closes the answer above; a centred label's answer starts above
    it once its own first lines are given back to it."""
    if not prev.label_lines or len(prev.value_lines) <= len(run):
        return False
    keep = [ln for ln in prev.value_lines[: -len(run)] if ln.page == prev.label_lines[0].page]
    if (
        not keep
        or not _level_with_answer(prev, s)
        or not _level_with_answer(block, s)
        or prev.label_lines[-1].bottom > keep[-1].bottom + pitch / 2
    ):
        return False  # a label taller than its answer pushes the next labels below their answers (floated.py)
    own = [ln for ln in block.value_lines if ln.page == run[0].page]
    if _centred(block.label_lines, run + own, pitch, s) and len(block.label_lines) > 1:
        return False  # a label of several lines at the middle of the run and its answer: a centred row after all
    if not _centred(prev.label_lines, keep, pitch, s):
        return True
    if len(prev.label_lines) < 2:
        return False
    return not _centred(block.label_lines, run + own, pitch, s)


def _caption_under_picture(pictures: list[tuple], upper: Line, lower: Line, pitch: float, s: LayoutSettings) -> bool:
    """A picture fills the gap between `upper` and `lower`, `lower` right under it (a caption or file name)."""
    return any(
        upper.bottom - s.rule_slack <= box[1] and 0 <= lower.top - box[3] <= s.tight_pitch * pitch for box in pictures
    )


def centre_rows(blocks: list[Block], rules: Rules | None = None, s: LayoutSettings = DEFAULT_SETTINGS) -> None:
    """Share answer lines out anew in tables whose labels are centred in their rows.

    With neither a gap nor a rule between rows, the label itself is the only
    evidence of where a row starts and ends: it sits at the middle of its
    answer. Used only on a page's table where a label starts half-way between
    two adjacent answer lines (a top-aligned label starts level with its
    answer, or after a gap) or an answer would start in lowercase, and kept
    for a row only when it and the rows before it have their labels at the
    middle of their answers. A table whose rows are all parted by rules has
    its rows drawn: they stay as read.
    """
    pitch = line_pitch(blocks, s)
    if not pitch:
        return
    for table in _page_tables(blocks):
        if rules and _ruled_rows(table, rules, s):
            continue
        page = table[0].page
        own = [[ln for ln in b.value_lines if ln.page == page] for b in table]
        tail = [ln for ln in table[-1].value_lines if ln.page != page]  # the last answer, continued overleaf
        lines = [ln for ls in own for ln in ls]
        tops = [ln.top for ln in lines]
        # Evidence of centring: a label half-way between two answer lines, or
        # a row whose answer would start mid-sentence (lowercase) if read top-aligned.
        mid_sentence = any(
            ls and _starts_mid_sentence(ls[0].text) and _holds_more_than_its_line(above, before, s)
            for above, before, ls in zip(table, own, own[1:])
        )
        if not mid_sentence and not any(
            _between_lines(b.label_lines[0].top, tops, pitch, s) and not _level_with_answer(b, s) for b in table
        ):
            continue
        rows, start = [], 0
        for block in table:
            centre = (block.label_lines[0].top + block.label_lines[-1].bottom) / 2
            end = start
            while (
                end < len(lines) and (lines[start].top + lines[end].bottom) / 2 <= centre + s.centre_tolerance * pitch
            ):
                end += 1
            row = lines[start:end]
            if not _centred(block.label_lines, row, pitch, s):
                break
            rows.append(row)
            start = end
        done = len(rows)
        if not done:
            continue
        if done == len(table):
            rows[-1] += lines[start:]  # text after the table stays with the last row, as before
        else:
            # A row that does not centre (its answer has a picture, say) takes
            # the lines up to where its answer ended before; later rows keep theirs.
            end = sum(len(ls) for ls in own[: done + 1])
            if start > end:
                continue
            rows += [lines[start:end]] + own[done + 1 :]
        rows[-1] = rows[-1] + tail
        if any(
            row != ls and _starts_its_row(block, before, ls, pitch, s)
            for block, before, ls, row in zip(table[1:], own, own[1:], rows[1:])
        ):
            continue  # a row that certainly starts at its label: the table is read top-aligned
        if any(row != ls and _splits_a_word(above, row) for above, ls, row in zip(rows, own[1:], rows[1:])):
            continue  # centring would part a word hyphenated at a line's end from its tail
        for block, row in zip(table, rows):
            block.value_lines = row


def _holds_more_than_its_line(block: Block, answer: list[Line], s: LayoutSettings) -> bool:
    """The row above, read top-aligned, holds more than the one answer line level with its label: only then can
    the next answer's first lines have run into it, so that its lowercase start says the labels are centred (a
    one-line answer beside its label, as in a sheet's rows, is that row's whole answer)."""
    return len(answer) != 1 or not _level_with_answer(block, s)


def _splits_a_word(above: list[Line], row: list[Line]) -> bool:
    """The row above ends in a line hyphenated at its end ("i sam-") and `row` starts with the word's
    lowercase tail ("verkan med ..."): one answer, which a row boundary cannot part."""
    return bool(above and row) and above[-1].text.endswith("-") and row[0].text[:1].islower()


def _starts_its_row(block: Block, before: list[Line], own: list[Line], pitch: float, s: LayoutSettings) -> bool:
    """The label stands level with its answer's first line, and that line a row gap below the
    answer above: the row starts at the label (a centred label's line is tight under its answer's
    line above)."""
    return (
        bool(before and own) and _level_with_answer(block, s) and own[0].top - before[-1].top > s.row_gap_pitch * pitch
    )


def _ruled_rows(table: list[Block], rules: Rules, s: LayoutSettings) -> bool:
    """A rule runs between each row's last line and the next row's first."""
    page = table[0].page

    def own(block: Block) -> list[Line]:
        return sorted((ln for ln in block.label_lines + block.value_lines if ln.page == page), key=lambda ln: ln.top)

    return all(ruled_between(rules, own(a)[-1], own(b)[0], s=s) for a, b in zip(table, table[1:]))


def _starts_mid_sentence(text: str) -> bool:
    """An answer line starting in lowercase, unless with an e-mail or web address (written in lowercase)."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return text[:1].islower() and "@" not in first and not first.startswith(("www.", "http"))


def _centred(label_lines: list[Line], answer: list[Line], pitch: float, s: LayoutSettings) -> bool:
    """The label sits at the middle of the answer lines."""
    return bool(answer) and _centred_on(label_lines, answer[0].top, answer[-1].bottom, pitch, s)


def _centred_on(label_lines: list[Line], top: float, bottom: float, pitch: float, s: LayoutSettings) -> bool:
    """The label sits at the middle of the answer spanning top..bottom."""
    centre = (label_lines[0].top + label_lines[-1].bottom) / 2
    return abs((top + bottom) / 2 - centre) <= s.centre_tolerance * pitch


def _level_with_answer(block: Block, s: LayoutSettings) -> bool:
    """The label's first line and its answer's first line share a text line (they overlap as much as
    words of one line do): a top-aligned row, however far apart OCR puts their tops."""
    label = block.label_lines[0]
    answer = next((ln for ln in block.value_lines if ln.page == label.page), None)
    if answer is None:
        return False
    overlap = min(label.bottom, answer.bottom) - max(label.top, answer.top)
    return overlap >= s.line_overlap * min(label.height, answer.height)


def _between_lines(top: float, tops: list[float], pitch: float, s: LayoutSettings) -> bool:
    """A label starting half-way between two adjacent answer lines (one pitch apart)."""
    return any(
        a + s.between_share * pitch < top < b - s.between_share * pitch and b - a <= s.tight_pitch * pitch
        for a, b in zip(tops, tops[1:])
    )


def _page_tables(blocks: list[Block]) -> list[list[Block]]:
    """Runs of consecutive label-column blocks on one page, each with an answer there."""
    tables: list[list[Block]] = []
    current: list[Block] = []
    for block in blocks:
        fits = (
            not block.heading
            and block.label_lines
            and not _in_grid(block)
            and {ln.page for ln in block.label_lines} == {block.page}
            and any(ln.page == block.page for ln in block.value_lines)
        )
        if fits and current and current[0].page == block.page:
            current.append(block)
            continue
        if len(current) > 1:
            tables.append(current)
        current = [block] if fits else []
    if len(current) > 1:
        tables.append(current)
    return tables


def _in_grid(block: Block) -> bool:
    """Read from a grid of label/value pairs: its rows are already shared out by the grid's cells."""
    return any(ln.in_grid for ln in block.label_lines)
