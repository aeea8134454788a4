"""Tables drawn with characters: a plain-text table ruled with "+", "-" and "|". Pure: no I/O.

A plain-text print (an editor's, a mail's) may hold a table typed with characters: rules "+------+------+" over
and under its rows and "|" between and round its cells, each cell's text wrapped inside it. The text layer gives
the rules as long words and the bars as one-character words on every line, so later steps read "|" in labels and
answers and a rule as a line of text between sections. A table so typed is told by its evidence on the page:
at least `char_table_min_rules` rule words (only "+", "-", "=" or the minus sign, starting and ending with "+",
at least `char_rule_min_dashes` dashes) and bars standing in columns (`char_table_min_bars` on one x, within
`char_bar_x_slack` pt). Such a table is read as the ruled table it is: each rule word becomes a drawn horizontal
rule at its middle, each column of bars a drawn vertical rule from the rule above its first bar to the rule under
its last (a run of bars broken by more than a line's height ends there), and the characters are taken out, so no
rule character is ever read as text and the cells' wrapped lines are read by the ruled-table steps.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page, Word

# A rule typed with characters: "+----+-----+" (the dashes as hyphens, equals signs or minus signs).
_RULE = re.compile(r"^\+(?:[-=\u2212]+\+)+$")
_BARS = frozenset("|\u2502\u00a6")


def _is_rule(word: Word, s: LayoutSettings) -> bool:
    return bool(_RULE.match(word.text)) and sum(ch != "+" for ch in word.text) >= s.char_rule_min_dashes


def _centre(word: Word) -> float:
    return (word.x0 + word.x1) / 2


def read_character_tables(page: Page, s: LayoutSettings = DEFAULT_SETTINGS) -> Page:
    """`page` with a character-ruled table's rule words and bars turned into drawn rules; unchanged without one."""
    rules = [w for w in page.words if _is_rule(w, s)]
    bars = sorted((w for w in page.words if w.text in _BARS), key=lambda w: (_centre(w), w.top))
    if len(rules) < s.char_table_min_rules or not bars:
        return page
    columns: list[list[Word]] = []
    for bar in bars:
        if columns and _centre(bar) - _centre(columns[-1][-1]) <= s.char_bar_x_slack:
            columns[-1].append(bar)
        else:
            columns.append([bar])
    columns = [c for c in columns if len(c) >= s.char_table_min_bars]
    if not columns:
        return page
    levels = sorted((w.top + w.bottom) / 2 for w in rules)
    drawn = [(w.x0, (w.top + w.bottom) / 2, w.x1, (w.top + w.bottom) / 2) for w in rules]
    taken = set(map(id, rules))
    for column in columns:
        column.sort(key=lambda w: w.top)
        x = _centre(column[0])
        runs: list[list[Word]] = [[column[0]]]
        for bar in column[1:]:
            last = runs[-1][-1]
            if bar.top - last.bottom <= (last.bottom - last.top) * s.char_bar_max_gap:
                runs[-1].append(bar)
            else:
                runs.append([bar])
        for run in runs:
            top, bottom = run[0].top, run[-1].bottom
            above = [y for y in levels if top - (run[0].bottom - run[0].top) * 1.5 <= y <= top]
            below = [y for y in levels if bottom <= y <= bottom + (run[-1].bottom - run[-1].top) * 1.5]
            drawn.append((x, max(above) if above else top, x, min(below) if below else bottom))
            taken.update(map(id, run))
    words = [w for w in page.words if id(w) not in taken]
    return replace(page, words=words, rules=[*page.rules, *drawn])
