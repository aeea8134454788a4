"""Labels printed as small captions *under* their answers' ruled writing lines. Pure: no I/O.

Some forms type each answer on ruled lines across the page and print its label as a small caption under the
last rule, as under a signature line ("______" / "Namnförtydligande"); an application's short fields stand two
or three such cells a row. Every later step takes a label to precede its answer, so on such a page each caption
would name the next field's answer. `lift_captions` tells the layout by evidence on the page and moves each
caption above the ruled lines it closes, taking the rules it consumed with it:

- a caption is a line in smaller type than the body (`small_label_step`), short, under a rule that hugs it (the
  rule within `caption_under_rule` above its top), nearer that rule than the line below it;
- the ruled lines it closes are the lines right above it, each word typed on a rule (the rule within
  `caption_rule_gap` under the word), in larger type, up to the previous caption or a line on no rule; when the
  rule over the caption is a frame's bottom edge (a rule of the same extent above it, joined to it by vertical
  edges at both ends), it closes every larger line inside the frame, typed free (a long answer in a box with
  its label small under the box);
- an answer run over a page break (the next page's first caption closes ruled lines from its top, the page
  before ends in ruled lines after its last caption) takes its caption above its head on the earlier page;
- the document is read so only when such captions are most of its small, ruled short lines (small labels
  *over* ruled answers stand nearer the answer below them than the rule above them, and fail the test), its
  first caption closes ruled lines above it and no ruled answer line follows its last caption (a caption in
  each ruled cell's corner over its answer has neither).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

from bilagor.extractor.layout.cellcaptions import level_cell_captions
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.ruling import upright_rules
from bilagor.extractor.layout.settings import LayoutSettings
from bilagor.extractor.words import Page, Word

Box = tuple[float, float, float, float]


def _across(page: Page, s: LayoutSettings) -> list[Box]:
    return [r for r in page.rules if r[3] - r[1] <= 1.5 and r[2] - r[0] >= s.caption_min_rule]


def _on_rule(line: Line, rules: list[Box], s: LayoutSettings, pieces: bool = True) -> bool:
    """Every word of `line` typed on a rule: one running under it within `caption_rule_gap`, or through its
    descenders (a rule drawn at the baseline), or running past its end as `_over_rules` allows. On an OCR'd line a
    faded or blurred scan leaves a rule in pieces (pieces a point or two apart in height, gaps where the ink paled):
    there the pieces under the line within that gap covering `caption_scan_cover` of its width will do (unless
    `pieces` is false)."""
    if _over_rules(line.words, rules, s, typed=True):
        return True
    if not pieces or math.isinf(s.caption_scan_cover) or any(w.fontname for w in line.words):
        return False
    under = [r for r in rules if -max(1.5, line.size / 4) <= r[1] - line.bottom <= s.caption_rule_gap]
    return _covered(line.x0, line.x1, under) >= s.caption_scan_cover * (line.x1 - line.x0)


def _over_rules(words: list[Word], rules: list[Box], s: LayoutSettings, typed: bool) -> bool:
    """Every word stands over one of `rules` (typed on it, within `caption_rule_gap` over it, when `typed`): it
    starts on the rule and ends by its end, or runs past the end by up to `caption_rule_overrun` sizes when it
    starts on the rule or follows, a word space on, a word of the line on that rule (a producer that sets an
    answer's lines wider than the rule drawn under them, FreeHEP's answers running into the margin)."""
    prev: tuple[Word, Box] | None = None
    for w in sorted(words, key=lambda w: w.x0):
        hit = None
        for r in rules:
            if typed and not -max(1.5, w.size / 4) <= r[1] - w.bottom <= s.caption_rule_gap:
                continue
            if not (r[0] - 3 <= w.x0 and w.x1 <= r[2] + max(3.0, s.caption_rule_overrun * w.size)):
                continue
            chained = prev is not None and prev[1] == r and w.x0 - prev[0].x1 <= s.caption_overrun_space * w.size
            if w.x0 <= r[2] + 3 or chained:
                hit = r
                break
        if hit is None:
            return False
        prev = (w, hit)
    return True


def _covered(x0: float, x1: float, pieces: list[Box]) -> float:
    """How much of x0..x1 the pieces' spans cover (overlaps counted once)."""
    spans = sorted((max(x0, r[0]), min(x1, r[2])) for r in pieces if r[2] > x0 and r[0] < x1)
    total, reach = 0.0, x0
    for a, b in spans:
        if b > reach:
            total += b - max(a, reach)
            reach = b
    return total


def _rule_over(line: Line, rules: list[Box], s: LayoutSettings) -> bool:
    """A rule hugs `line` from above, running over its first word's start."""
    x = line.words[0].x0
    if any(0 <= line.top - r[1] <= s.caption_under_rule and r[0] - 3 <= x <= r[2] for r in rules):
        return True
    # an OCR'd caption under a rule left in pieces: a piece over its first word will do
    if math.isinf(s.caption_scan_cover) or any(w.fontname for w in line.words):
        return False
    end = line.words[0].x1
    return any(0 <= line.top - r[1] <= s.caption_under_rule and r[0] - 3 <= end and x <= r[2] for r in rules)


def frames(rules: list[Box]) -> list[Box]:
    """Boxes drawn as four rules: a horizontal rule over another of the same extent (within 2 pt at each end),
    vertical rules joining them at both ends; the nearest such top for each bottom."""
    flat = [r for r in rules if r[3] - r[1] <= 1.5]
    upright = upright_rules(rules)

    def joined(x: float, top: float, bottom: float) -> bool:
        return any(abs(v[0] - x) <= 2 and v[1] <= top + 2 and v[3] >= bottom - 2 for v in upright)

    out: list[Box] = []
    for b in flat:
        tops = [
            t[1]
            for t in flat
            if t[1] < b[1] - 4 and abs(t[0] - b[0]) <= 2 and abs(t[2] - b[2]) <= 2
            if joined(b[0], t[1], b[1]) and joined(b[2], t[1], b[1])
        ]
        if tops:
            out.append((b[0], max(tops), b[2], b[1]))
    return out


def _framed_start(lines: list[Line], start: int, end: int, small: float, boxes: list[Box]) -> int | None:
    """Where the answer ending at `end` starts when its last line stands inside a frame: the first of the
    lines right above `end` in larger type inside the same frame; None when the last line is in no frame."""
    if end <= start:
        return None
    last = lines[end - 1]

    def inside(line: Line, box: Box) -> bool:
        return box[1] - 1 <= line.top and line.bottom <= box[3] + 1 and box[0] - 2 <= line.x0 and line.x1 <= box[2] + 2

    box = next((b for b in boxes if inside(last, b)), None)
    if box is None:
        return None
    j = end
    while j > start and lines[j - 1].size > small and inside(lines[j - 1], box):
        j -= 1
    return j


def _caption_shaped(line: Line, body: float, is_label: Callable[[str], bool], s: LayoutSettings) -> bool:
    text = line.text.strip()
    small = 0 < line.size <= body - s.small_label_step
    # A label has a word of three letters or more in lower case ("AVN WW p/" is a scan's pencil marks misread).
    worded = any(sum(ch.islower() for ch in w) >= 3 for w in text.split())
    return small and (
        is_label(text) or (text[:1].isupper() and worded and len(text.split()) <= 12 and not text.endswith("."))
    )


def _captions(
    lines: list[Line], rules: list[Box], body: float, is_label, s: LayoutSettings, boxes: list[Box]
) -> tuple[list[int], int, list[int]]:
    """Indexes of `lines` that caption the ruled lines above them, how many small ruled lines do not, and the
    indexes of captions under an answer typed free (no rule between them: told only on a page of captions).
    A small line whose rule over it is the top edge of a frame (`boxes`) holding a larger line under it is that
    frame's label in its corner, over its answer: no caption, however near that rule it stands."""
    found: list[int] = []
    bare: list[int] = []
    others = 0
    for i, line in enumerate(lines):
        last = max(found[-1:] + bare[-1:], default=None)
        if last is not None and i <= last + _tail(lines, last, s):
            continue  # a found caption's wrapped line
        if not _caption_shaped(line, body, is_label, s):
            continue
        above = lines[i - 1] if i else None
        after = i + 1 + _tail(lines, i, s)  # the line after the caption's own wrapped lines
        below = lines[after] if after < len(lines) else None
        if not _rule_over(line, rules, s):
            if _hugs_free_answer(line, above, below, rules, s):
                bare.append(i)
            continue
        rule_y = max(r[1] for r in rules if 0 <= line.top - r[1] <= s.caption_under_rule)
        if _heads_its_box(line, below, rule_y, boxes):
            others += 1
            continue
        typed = above is None or above.size <= line.size or _on_rule(above, rules, s) or above.bottom < rule_y - 2
        nearer = below is None or line.top - rule_y < s.caption_near_share * (below.top - line.bottom)
        if typed and nearer:
            found.append(i)
        else:
            others += 1
    return found, others, bare


def _heads_its_box(line: Line, below: Line | None, rule_y: float, boxes: list[Box]) -> bool:
    """`line` stands in the top-left of a frame whose top edge is the rule over it, and the line under it, in
    larger type, starts inside the same frame (a corner label over its answer; a caption under a framed answer
    stands under that frame's bottom edge, outside it)."""
    if below is None or below.size <= line.size:
        return False
    return any(
        abs(b[1] - rule_y) <= 1
        and b[0] - 2 <= line.x0 <= b[2]
        and b[0] - 2 <= below.x0 <= b[2]
        and below.top < b[3]
        and line.bottom <= b[3]
        for b in boxes
    )


def _hugs_free_answer(line: Line, above: Line | None, below: Line | None, rules: list[Box], s: LayoutSettings) -> bool:
    """A small line right under a larger one typed on no rule, nearer it than the line below (a caption under
    a paragraph typed free)."""
    if above is None or above.size < line.size + s.small_label_step or _on_rule(above, rules, s):
        return False
    gap = line.top - above.bottom
    return 0 <= gap <= s.caption_free_gap and (below is None or gap < below.top - line.bottom)


def _tail(lines: list[Line], i: int, s: LayoutSettings) -> int:
    """How many lines after the caption `lines[i]` are its own wrapped lines: in its type, each at its small
    pitch under the one before, none starting left of it."""
    caption, k = lines[i], 0
    while i + k + 1 < len(lines):
        line, last = lines[i + k + 1], lines[i + k]
        if not (
            abs(line.size - caption.size) <= 0.5
            and 0 < line.top - last.top <= s.caption_wrap_pitch * caption.size
            and line.x0 >= caption.x0 - 3
        ):
            break
        k += 1
    return k


def _ends_closed(
    page_lines: list[list[Line]],
    rules: list[list[Box]],
    per_page: list[tuple[list[int], int, list[int]]],
    s: LayoutSettings,
) -> bool:
    """Whether the form opens with an answer its first caption closes and ends with a caption: labels over
    their answers (a caption in each ruled cell's corner, the cell's top edge over it) leave their first label
    with no answer above it and their last answer with no label under it. A first answer left empty (its
    caption under bare writing lines) opens the form as well when the field after it is a ruled answer
    closed by a caption too."""
    with_captions = [k for k, (found, _, _) in enumerate(per_page) if found]
    first_page, last_page = with_captions[0], with_captions[-1]
    lines, found = page_lines[first_page], per_page[first_page][0]
    first = found[0]
    above = lines[first - 1] if first else None
    if above is None or above.size <= lines[first].size or not _on_rule(above, rules[first_page], s):
        if not _empty_first(lines, found, per_page[first_page][2], rules[first_page], s):
            return False
    last = per_page[last_page][0][-1]
    small = page_lines[last_page][last].size
    after = [(ln, rules[last_page]) for ln in page_lines[last_page][last + 1 :]]
    after += [(ln, rules[k]) for k in range(last_page + 1, len(page_lines)) for ln in page_lines[k]]
    return not any(ln.size > small and _on_rule(ln, rs, s) for ln, rs in after)


def _scanned_free(
    page_lines: list[list[Line]], per_page: list[tuple[list[int], int, list[int]]], s: LayoutSettings
) -> bool:
    """Whether an OCR'd document whose rules the scan lost (a motion blur smears a hairline away) reads as
    captions under answers typed free: no caption under a rule and no small ruled line that is none, at least
    `caption_scan_free_count` small lines each hugging the larger line over it, and no larger line after the
    last of them (labels over their answers leave the last answer under the last label)."""
    if any(w.fontname for ls in page_lines for ln in ls for w in ln.words):
        return False
    if any(found or others for found, others, _ in per_page):
        return False
    with_bare = [k for k, (_, _, bare) in enumerate(per_page) if bare]
    if sum(len(bare) for _, _, bare in per_page) < s.caption_scan_free_count:
        return False
    last_page = with_bare[-1]
    lines, last = page_lines[last_page], per_page[last_page][2][-1]
    small = lines[last].size
    after = lines[last + 1 + _tail(lines, last, s) :] + [ln for ls in page_lines[last_page + 1 :] for ln in ls]
    return not any(ln.size > small + s.small_label_step for ln in after)


def _empty_first(lines: list[Line], found: list[int], bare: list[int], rules: list[Box], s: LayoutSettings) -> bool:
    """The first caption closes bare writing lines (no word on its rule) and what follows it up to the next
    caption is the next fields' answers, each typed on rules or typed free over its own caption."""
    first = found[0]
    caption = lines[first]
    rule_y = max(r[1] for r in rules if 0 <= caption.top - r[1] <= s.caption_under_rule)
    if first and lines[first - 1].bottom >= rule_y - 2 or len(found) < 2:
        return False
    nxt = first + 1 + _tail(lines, first, s)
    free = {k for b in bare for k in range(nxt, b) if all(ln.size > caption.size for ln in lines[k:b])}
    between = range(nxt, found[1])
    return any(lines[k].size > caption.size for k in between) and all(
        k in bare or (lines[k].size > caption.size and (k in free or _on_rule(lines[k], rules, s, pieces=False)))
        for k in between
    )


def _lifted(caption: list[Line], answers: list[Line], s: LayoutSettings) -> list[Line]:
    """The caption's lines moved to the top of its answers' span and the answers moved down under them,
    closed up to a paragraph's leading when their writing lines stand wider apart than wrapped lines do (a
    cell's answer wrapped on lines twice its type's size apart reads as one answer, not as a row under a row)."""
    if not answers:  # an empty answer: the caption is a label whatever its wording (cells.py's mark for one)
        return [replace(ln, cell="label") for ln in caption[:1]] + caption[1:]
    top = answers[0].top
    up = caption[0].top - top
    # The answers right under the caption's lines at the gap they stood above it, no wider than a caption
    # line (an empty cell's bare rules beside them had set the row's caption lower).
    gap = max(0.0, min(caption[0].top - answers[-1].bottom, caption[0].size))
    shift = caption[-1].bottom - up + gap - top
    moved = [Line(ln.page, [replace(w, top=w.top - up, bottom=w.bottom - up) for w in ln.words]) for ln in caption]
    size = max(ln.size or ln.height for ln in answers)
    pitch = (answers[-1].top - top) / (len(answers) - 1) if len(answers) > 1 else 0.0
    close = min(1.0, s.caption_answer_leading * size / pitch) if pitch > s.wrap_pitch * size else 1.0

    def down(word: Word, line_top: float) -> Word:
        dy = shift + (top - line_top) * (1 - close)  # the line's offset from the first, scaled by `close`
        return replace(word, top=word.top + dy, bottom=word.bottom + dy)

    return [*moved, *(replace(ln, words=[down(w, ln.top) for w in ln.words]) for ln in answers)]


def _never_stage(_text: str) -> str | None:
    return None


def lift_captions(
    pages: list[Page],
    page_lines: list[list[Line]],
    body: float,
    is_label: Callable[[str], bool],
    s: LayoutSettings,
    stage_of: Callable[[str], str | None] = _never_stage,
) -> tuple[list[Page], list[list[Line]]]:
    """`page_lines` with each caption under ruled answer lines moved above them (and `pages` without the
    writing lines' rules), when the document's small ruled lines read as such captions; else unchanged. On
    such a document a caption under an answer typed free is lifted too, over the lines since the caption
    before (a stage marker alone among them, `stage_of`, stays where it stands)."""
    if not body:
        return pages, page_lines
    lifted = _lift(pages, page_lines, body, is_label, s, stage_of)
    if lifted is None:  # a second producer's rules and captions may stand wider apart: read again, looser
        loose = replace(
            s,
            caption_rule_gap=s.caption_loose_rule_gap,
            caption_under_rule=s.caption_loose_under_rule,
            caption_near_share=s.caption_loose_near_share,
        )
        lifted = _lift(pages, page_lines, body, is_label, loose, stage_of)
    return lifted if lifted is not None else (pages, page_lines)


def _lift(
    pages: list[Page],
    page_lines: list[list[Line]],
    body: float,
    is_label: Callable[[str], bool],
    s: LayoutSettings,
    stage_of: Callable[[str], str | None],
) -> tuple[list[Page], list[list[Line]]] | None:
    """`lift_captions` with one set of tolerances: None when the document does not read as captioned so."""
    rules = [_across(p, s) for p in pages]
    if any(r[3] - r[1] >= s.caption_scan_wall for p in pages for r in upright_rules(p.rules, s)):
        # boxes' walls: a scan's rule pieces may be boxes' edges (a label over its answer in a band), not pieces
        # of writing lines, so they are read as whole rules only
        s = replace(s, caption_scan_cover=math.inf)
    # A row of cells whose answers wrap to different depths: its captions levelled first (cellcaptions.py).
    levelled = [level_cell_captions(p, ls, rs, body, s) for p, ls, rs in zip(pages, page_lines, rules)]
    page_lines, rules = [ls for ls, _ in levelled], [rs for _, rs in levelled]
    per_page = [_captions(ls, rs, body, is_label, s, frames(p.rules)) for p, ls, rs in zip(pages, page_lines, rules)]
    found = sum(len(f) for f, _, _ in per_page)
    others = sum(o for _, o, _ in per_page)
    if found < s.caption_min_count or found < 2 * others or not _ends_closed(page_lines, rules, per_page, s):
        if not _scanned_free(page_lines, per_page, s):
            return None
    out_pages: list[Page] = []
    out_lines: list[list[Line]] = []
    # The lines closing the previous page after its last caption, ruled (and typed free), for an answer run
    # over the page break.
    orphans: tuple[list[Line], list[Line]] = ([], [])
    for page, lines, across, (ruled, _, bare) in zip(pages, page_lines, rules, per_page):
        boxes = frames(page.rules)
        out: list[Line] = []
        spans: list[tuple[float, float]] = []
        start = 0
        captions = sorted(ruled + bare)
        for i in captions:
            caption = lines[i]
            wrapped = lines[i : i + 1 + _tail(lines, i, s)]  # the caption and its own wrapped lines
            j = _answer_start(lines, start, i, caption.size, across, i in bare, stage_of, s, boxes)
            heads = orphans[i in bare]
            if j == 0 and heads:  # an answer run over the page break: its caption goes above its head
                at = out_lines[-1].index(heads[0])
                out_lines[-1][at:at] = _above(wrapped, heads[0])
                out += lines[:i]
            else:
                out += lines[start:j] + _lifted(wrapped, lines[j:i], s)
            spans.append((lines[j].top if j < i else caption.top - 3 * caption.size, caption.top + 1))
            start = i + len(wrapped)
            orphans = ([], [])
        out += lines[start:]
        orphans = ([], [])
        if captions:  # the page's last lines after its last caption go on over the break
            small = min(lines[i].size for i in captions)
            end = len(lines)
            orphans = tuple(  # type: ignore[assignment]
                lines[_answer_start(lines, start, end, small, across, free, stage_of, s, boxes) :]
                for free in (False, True)
            )
        used = [r for r in across if any(a - 1 <= r[1] <= b for a, b in spans)]
        out_pages.append(replace(page, rules=[r for r in page.rules if r not in used]))
        out_lines.append(out)
    return out_pages, out_lines


def _answer_start(
    lines: list[Line],
    start: int,
    end: int,
    small: float,
    across: list[Box],
    free: bool,
    stage_of: Callable[[str], str | None],
    s: LayoutSettings,
    boxes: list[Box],
) -> int:
    """Where the answer closed at `end` starts: the lines right above it in larger type than its caption,
    typed on rules, back to `start` (the line after the caption before); typed free (`free`), every line in
    the answer's type back to `start`, a stage marker alone on its line aside."""
    j = end
    closing = [b for b in boxes if end == len(lines) or 0 <= lines[end].top - b[3] <= s.caption_under_rule]
    framed = None if free else _framed_start(lines, start, end, small, closing)
    if framed is not None:
        return framed
    if free and j > start:
        body = lines[j - 1].size  # the answer's own type: a title over the form's first answer is not of it
        while (
            j > start
            and lines[j - 1].size > small
            and abs(lines[j - 1].size - body) <= 0.5
            and stage_of(lines[j - 1].text) is None
        ):
            j -= 1
    while j > start and lines[j - 1].size > small and _on_rule(lines[j - 1], across, s):
        j -= 1
    if not free and j < end:
        j = _wrapped_start(lines, start, j, across, s, stage_of)
    return j


def _wrapped_start(
    lines: list[Line],
    start: int,
    first: int,
    across: list[Box],
    s: LayoutSettings,
    stage_of: Callable[[str], str | None] = _never_stage,
) -> int:
    """Where a ruled answer starts when it wrapped above its one writing line: the lines right above its first
    ruled line `first` typed free in its type, each a wrapped line's pitch over the next (or a paragraph's: a
    blank line between two paragraphs or list items, `caption_para_pitch`), every word within a rule of the row
    that line is typed on (a row of cells top-aligned over one rule: a cell's answer wraps onto lines over the
    rule, a neighbour's one-line answer stands level with its first line, not on its rule); a stage marker alone
    on its line is none of it."""
    ruled = lines[first]
    # an OCR'd line's box takes in its descenders, which may reach through its rule (as `_on_rule` allows)
    scanned = not math.isinf(s.caption_scan_cover) and not any(w.fontname for w in ruled.words)
    low = -max(1.5, ruled.size / 4) if scanned else 0.0
    ys = [r[1] for r in across if low <= r[1] - ruled.bottom <= s.caption_rule_gap + ruled.size / 4]
    if not ys:
        return first
    row = [r for r in across if abs(r[1] - min(ys)) <= 1.0]
    # an OCR'd page's rule may lie in pieces (a faded or blurred scan, its ends paled away too): the words
    # within the span of the pieces and of the line typed on them
    hull = (min([r[0] for r in row] + [ruled.x0]), max([r[2] for r in row] + [ruled.x1]))
    j = first
    while j > start:
        line, below = lines[j - 1], lines[j]
        if abs(line.size - ruled.size) > 0.5 or not 0 < below.top - line.top <= s.caption_para_pitch * ruled.size:
            break
        if stage_of(line.text) is not None:
            break
        if not _over_rules(line.words, row, s, typed=False) and not (
            scanned and all(hull[0] - 3 <= w.x0 and w.x1 <= hull[1] + 3 for w in line.words)
        ):
            break
        j -= 1
    return j


def _above(caption: list[Line], head: Line) -> list[Line]:
    """The caption's lines moved onto the page of its answer's head, right above it."""
    up = caption[-1].bottom - head.top + 1
    return [Line(head.page, [replace(w, top=w.top - up, bottom=w.bottom - up) for w in ln.words]) for ln in caption]
