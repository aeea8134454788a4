"""Labels printed as small captions *under* their answers' ruled writing lines. Pure: no I/O.

Some forms type each answer on ruled lines across the page and print its label as a small caption under the
last rule, as under a signature line ("______" / "Namnförtydligande"); an application's short fields stand two
or three such cells a row. Every later step takes a label to precede its answer, so on such a page each caption
would name the next field's answer. `lift_captions` tells the layout by evidence on the page and moves each
caption above the ruled lines it closes, taking the rules it consumed with it:

- a caption is a line in smaller type than the body (`small_label_step`), short, under a rule that hugs it (the
  rule within `caption_under_rule` above its top), nearer that rule than the line below it;
- the ruled lines it closes are the lines right above it, each word typed on a rule (the rule within
  `caption_rule_gap` under the word), in larger type, up to the previous caption or a line on no rule;
- an answer run over a page break (the next page's first caption closes ruled lines from its top, the page
  before ends in ruled lines after its last caption) takes its caption above its head on the earlier page;
- the document is read so only when such captions are most of its small, ruled short lines (small labels
  *over* ruled answers stand nearer the answer below them than the rule above them, and fail the test), its
  first caption closes ruled lines above it and no ruled answer line follows its last caption (a caption in
  each ruled cell's corner over its answer has neither).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import LayoutSettings
from bilagor.extractor.words import Page

Box = tuple[float, float, float, float]


def _across(page: Page, s: LayoutSettings) -> list[Box]:
    return [r for r in page.rules if r[3] - r[1] <= 1.5 and r[2] - r[0] >= s.caption_min_rule]


def _on_rule(line: Line, rules: list[Box], s: LayoutSettings) -> bool:
    """Every word of `line` typed on a rule: one running under it within `caption_rule_gap`, or through its
    descenders (a rule drawn at the baseline)."""
    return all(
        any(
            -max(1.5, w.size / 4) <= r[1] - w.bottom <= s.caption_rule_gap and r[0] - 3 <= w.x0 and w.x1 <= r[2] + 3
            for r in rules
        )
        for w in line.words
    )


def _rule_over(line: Line, rules: list[Box], s: LayoutSettings) -> bool:
    """A rule hugs `line` from above, running over its first word's start."""
    x = line.words[0].x0
    return any(0 <= line.top - r[1] <= s.caption_under_rule and r[0] - 3 <= x <= r[2] for r in rules)


def _caption_shaped(line: Line, body: float, is_label: Callable[[str], bool], s: LayoutSettings) -> bool:
    text = line.text.strip()
    small = 0 < line.size <= body - s.small_label_step
    return small and (is_label(text) or (text[:1].isupper() and len(text.split()) <= 12 and not text.endswith(".")))


def _captions(lines: list[Line], rules: list[Box], body: float, is_label, s: LayoutSettings) -> tuple[list[int], int]:
    """Indexes of `lines` that caption the ruled lines above them, and how many small ruled lines do not."""
    found: list[int] = []
    others = 0
    for i, line in enumerate(lines):
        if not _caption_shaped(line, body, is_label, s) or not _rule_over(line, rules, s):
            continue
        above = lines[i - 1] if i else None
        below = lines[i + 1] if i + 1 < len(lines) else None
        rule_y = max(r[1] for r in rules if 0 <= line.top - r[1] <= s.caption_under_rule)
        typed = above is None or above.size <= line.size or _on_rule(above, rules, s) or above.bottom < rule_y - 2
        nearer = below is None or line.top - rule_y < below.top - line.bottom
        if typed and nearer:
            found.append(i)
        else:
            others += 1
    return found, others


def _ends_closed(
    page_lines: list[list[Line]], rules: list[list[Box]], per_page: list[tuple[list[int], int]], s: LayoutSettings
) -> bool:
    """Whether the form opens with an answer its first caption closes and ends with a caption: labels over
    their answers (a caption in each ruled cell's corner, the cell's top edge over it) leave their first label
    with no answer above it and their last answer with no label under it."""
    with_captions = [k for k, (found, _) in enumerate(per_page) if found]
    first_page, last_page = with_captions[0], with_captions[-1]
    lines, first = page_lines[first_page], per_page[first_page][0][0]
    above = lines[first - 1] if first else None
    if above is None or above.size <= lines[first].size or not _on_rule(above, rules[first_page], s):
        return False
    last = per_page[last_page][0][-1]
    small = page_lines[last_page][last].size
    after = [(ln, rules[last_page]) for ln in page_lines[last_page][last + 1 :]]
    after += [(ln, rules[k]) for k in range(last_page + 1, len(page_lines)) for ln in page_lines[k]]
    return not any(ln.size > small and _on_rule(ln, rs, s) for ln, rs in after)


def _lifted(caption: Line, answers: list[Line]) -> list[Line]:
    """The caption moved to the top of its answers' span and the answers moved down under it."""
    if not answers:
        return [caption]
    top = answers[0].top
    shift = caption.bottom - answers[-1].bottom
    up = caption.top - top
    moved = Line(caption.page, [replace(w, top=w.top - up, bottom=w.bottom - up) for w in caption.words])
    down = [
        replace(ln, words=[replace(w, top=w.top + shift, bottom=w.bottom + shift) for w in ln.words]) for ln in answers
    ]
    return [moved, *down]


def lift_captions(
    pages: list[Page], page_lines: list[list[Line]], body: float, is_label: Callable[[str], bool], s: LayoutSettings
) -> tuple[list[Page], list[list[Line]]]:
    """`page_lines` with each caption under ruled answer lines moved above them (and `pages` without the
    writing lines' rules), when the document's small ruled lines read as such captions; else unchanged."""
    if not body:
        return pages, page_lines
    rules = [_across(p, s) for p in pages]
    per_page = [_captions(ls, rs, body, is_label, s) for ls, rs in zip(page_lines, rules)]
    found = sum(len(f) for f, _ in per_page)
    others = sum(o for _, o in per_page)
    if found < s.caption_min_count or found < 2 * others or not _ends_closed(page_lines, rules, per_page, s):
        return pages, page_lines
    out_pages: list[Page] = []
    out_lines: list[list[Line]] = []
    orphans: list[Line] = []  # the ruled lines closing the previous page after its last caption
    for page, lines, across, (captions, _) in zip(pages, page_lines, rules, per_page):
        out: list[Line] = []
        spans: list[tuple[float, float]] = []
        start = 0
        for i in captions:
            caption = lines[i]
            j = i
            while j > start and lines[j - 1].size > caption.size and _on_rule(lines[j - 1], across, s):
                j -= 1
            if j == 0 and orphans:  # an answer run over the page break: its caption goes above its head
                out_lines[-1].insert(out_lines[-1].index(orphans[0]), _above(caption, orphans[0]))
                out += lines[:i]
            else:
                out += lines[start:j] + _lifted(caption, lines[j:i])
            spans.append((lines[j].top if j < i else caption.top - 3 * caption.size, caption.top + 1))
            start = i + 1
            orphans = []
        out += lines[start:]
        orphans = []
        if captions:  # the page's last lines, ruled and after its last caption, go on over the break
            small = min(lines[i].size for i in captions)
            k = len(lines)
            while k > start and lines[k - 1].size > small and _on_rule(lines[k - 1], across, s):
                k -= 1
            orphans = lines[k:]
        used = [r for r in across if any(a - 1 <= r[1] <= b for a, b in spans)]
        out_pages.append(replace(page, rules=[r for r in page.rules if r not in used]))
        out_lines.append(out)
    return out_pages, out_lines


def _above(caption: Line, head: Line) -> Line:
    """The caption moved onto the page of its answer's head, right above it."""
    up = caption.bottom - head.top + 1
    return Line(head.page, [replace(w, top=w.top - up, bottom=w.bottom - up) for w in caption.words])
