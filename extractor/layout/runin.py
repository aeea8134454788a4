"""Inline labels that wrap: a template label too long for one line, written inline.

'Beskrivning av slutresultat utifrån investeringens mål, syfte och platsens
behov av' / 'trygghetsskapande åtgärd: Tolv kameror ...': the label's first
line reads as nothing known, its second opens with the label's tail. Two
lines at one x, one under the other, whose join up to the second line's
first colon (or, without a colon, to where the bold of a bold label ends) is
a template label word for word are read as one line, so the walker splits
the label from its answer as on one line. A label alone above its answer
that wraps the same way ('... behov av' / 'trygghetsskapande åtgärd') is
joined too, when the two lines together are a template label.

The second line may be set in from the first (a hanging indent, as a case system's print sets
every line after a paragraph's first: 'Beskrivning av slutresultat ... platsens' / '  behov av
...: Platsen ...'), by up to `hanging_indent_ems` of its type: the join must still read as a
template label word for word, so an answer's indented lines are never taken for one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bilagor.extractor.layout.columns import gap_threshold
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Word


def _text(words: list[Word]) -> str:
    return " ".join(w.text for w in words)


def _label_end(first: Line, second: Line, is_known_wording: Callable[[str], bool]) -> bool:
    """Whether the label that `first` opens ends on `second` (at its first colon, where its bold
    ends, or with the line)."""
    if any(w.text.endswith(":") for w in first.words):
        return False
    head = first.text
    colon = next((i for i, w in enumerate(second.words) if w.text.endswith(":")), None)
    if colon is not None:
        return is_known_wording(f"{head} {_text(second.words[: colon + 1])}".rstrip(":"))
    if first.bold:
        bold_end = next((i for i, w in enumerate(second.words) if not w.bold), len(second.words))
        if 0 < bold_end and is_known_wording(f"{head} {_text(second.words[:bold_end])}"):
            return True
    return is_known_wording(f"{head} {second.text}")


def join_wrapped_inline_labels(
    lines: list[Line], is_known_wording: Callable[[str], bool], tol: float, s: LayoutSettings = DEFAULT_SETTINGS
) -> list[Line]:
    """Lines with each wrapped inline label's two lines read as one (see the module's docstring)."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        below = lines[i + 1] if i + 1 < len(lines) else None
        if (
            below is not None
            and below.page == line.page
            and not line.in_grid
            and -tol <= below.x0 - line.x0 <= tol + s.hanging_indent_ems * max(line.size, line.height)
            and 0 < below.top - line.top <= s.wrap_pitch * max(line.size, line.height)
            and line.text[:1].isupper()
            and _label_end(line, below, is_known_wording)
        ):
            out.append(Line(line.page, line.words + below.words))
            i += 2
            continue
        out.append(line)
        i += 1
    return out


def bold_run_in_labels(
    lines: list[Line], is_label: Callable[[str], bool], s: LayoutSettings = DEFAULT_SETTINGS
) -> bool:
    """Whether the form sets a known label in bold run in with its answer in body type ('**Plats:**
    Årsta IP'): then an unknown label in that type is one too, wherever it comes."""
    for line in lines:
        bold_end = next((i for i, w in enumerate(line.words) if not w.bold), len(line.words))
        if 0 < bold_end < len(line.words) and bold_end <= s.inline_label_max_words:
            if is_label(_text(line.words[:bold_end]).rstrip(":")):
                return True
    return False


def inline_form(lines: list[Line], is_label: Callable[[str], bool], s: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """Whether the form writes its labels inline: at least `inline_form_min_labels` lines open with a known
    label closed by a colon and go on with its answer ('Plats: Kista gångbro'). Told from the whole document,
    so its first label reads as one too when no template knows it ('Bakgrund: Stadsdelsförvaltningen …'
    right under the title): the walker learns the form only from a known label on, one line too late."""
    found = 0
    for line in lines:
        colon = next((i for i, w in enumerate(line.words[: s.inline_label_scan_words]) if w.text.endswith(":")), None)
        if colon is not None and colon + 1 < len(line.words) and is_label(_text(line.words[: colon + 1]).rstrip(":")):
            found += 1
            if found >= s.inline_form_min_labels:
                return True
    return False


def label_before_gap(words: list[Word], is_label: Callable[[str], bool], s: LayoutSettings = DEFAULT_SETTINGS) -> int:
    """How many of `words` are a known label run in with its answer across a column gap, no colon ('Plats'
    ⇥ 'Årsta torg, Enskede-Årsta-Vantörs stadsdelsnämnd': a one-row table or a tab stop on a page with no
    value column of its own), or 0. The label opens the line and reads as a template label (a letter or
    so off counts); the gap after it is the first wider than a word space among its first words. What follows
    the gap holds a word: three digits or more, or three letters or more with a lowercase one (specks and grain
    beside a heading read as 'o Ez' or 'RA SIA' are none)."""
    for i, (word, after) in enumerate(zip(words[: s.inline_label_max_words], words[1:])):
        if after.x0 - word.x1 >= gap_threshold(after.size or word.size, s):
            answer = any(_answer_word(w.text) for w in words[i + 1 :])
            return i + 1 if answer and is_label(_text(words[: i + 1])) else 0
    return 0


def _answer_word(text: str) -> bool:
    """A word an answer has, unlike grain read as letters: three digits or more, or three letters or more
    with a lowercase one ('torg,', '820'; not 'Ez', 'SIA')."""
    kept = re.sub(r"\W", "", text)
    return len(kept) >= 3 and (kept.isdigit() or any(ch.islower() for ch in kept))
