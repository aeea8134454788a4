"""Dot-leader listings: 'PROJEKTETS NAMN ........: answer', a case system's line-printer print (#12).

A monospaced listing (enscript, a2ps, a COBOL report, a mainframe print) pads each label with dots to a
colon at a fixed column and sets the answer after it; the answer's further lines are indented to the
answer column; a label too long for its column wraps above the line with its dots. Such a line is read
here as the ordinary "Label: answer" line it means: the dots and the lone colon go, the label's last
word takes the colon, the label's wrapped lines above it join it (on its baseline), and the answer's
words stay where they stand. After the last label, a line at the labels' edge that states when the
listing was printed ("Utskrift 2017-11-05 08:02", "PRINTED 05.11.17 08:02") is furniture, not an answer.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Word

# A word of leader dots ("....", ".", spaced dots one by one); with a colon after them it closes the leader.
_DOTS = re.compile(r"^[.·…]+$")
_CLOSING = re.compile(r"^[.·…]*:$")
# A label word with its leader run on ("NAMN......:", "NAMN....."): at least two dots after a letter or digit.
_RUN_ON = re.compile(r"^(?P<stem>.*[^\W_)])\.{2,}(?P<colon>:?)$")
_DATE_OR_TIME = re.compile(r"\d{2,4}[-./]\d{1,2}[-./]\d{2,4}|\b\d{1,2}[:.]\d{2}\b")


def _trimmed(word: Word, chars: int) -> Word:
    """`word` cut to its first `chars` characters; a monospaced word's x shrinks in step."""
    share = chars / len(word.text)
    return replace(word, text=word.text[:chars], x1=word.x0 + (word.x1 - word.x0) * share)


def _closed(label: list[Word]) -> list[Word]:
    """The label's words, the last taking the colon ("PLATS:"), as the walker reads an inline label."""
    return [*label[:-1], replace(label[-1], text=label[-1].text + ":")]


def leader_split(words: list[Word], max_label_words: int) -> tuple[list[Word], list[Word]] | None:
    """(the label's words, its last taking the colon; the answer's words) when `words` open with a label
    padded by dots to a colon, else None. The colon may stand alone after the dots or close them."""
    for i, word in enumerate(words[: max_label_words + 1]):
        run_on = _RUN_ON.match(word.text)
        if run_on:
            label = [*words[:i], _trimmed(word, len(run_on.group("stem")))]
            if run_on.group("colon"):
                return _closed(label), words[i + 1 :]
            end = i + 1
        elif i > 0 and (_DOTS.match(word.text) or _CLOSING.match(word.text) and word.text != ":"):
            label, end = words[:i], i
        else:
            continue
        while end < len(words) and _DOTS.match(words[end].text):
            end += 1  # spaced dots: ". . . . :"
        if end < len(words) and _CLOSING.match(words[end].text):
            return _closed(label), words[end + 1 :]
        return None  # dots with no colon after them: an ellipsis, not a leader
    return None


def _letters_in_capitals(text: str) -> bool:
    return all(ch.isupper() for ch in text if ch.isalpha())


def _label_head(
    above: Line, below: Line, line: Line, split: tuple[list[Word], list[Word]], tol: float, s: LayoutSettings
) -> bool:
    """Whether `above` is a wrapped line of the label of `line` (the one with the dots), right above
    `below` (that line or a wrapped line already joined): at the label's edge, inside its column, with no
    leader of its own, in capitals where the label is."""
    label, answer = split
    pitch = s.wrap_pitch * max(line.height, line.size)
    label_text = " ".join(w.text for w in label)
    column_end = answer[0].x0 if answer else line.x1 + tol
    return (
        above.page == line.page
        and 0 < below.top - above.top <= pitch
        and abs(above.x0 - line.x0) <= tol
        and above.x1 < column_end
        and any(ch.isalnum() for ch in above.text)
        and leader_split(above.words, s.inline_label_scan_words) is None
        and (not _letters_in_capitals(label_text) or _letters_in_capitals(above.text))
        and not above.text.rstrip().endswith((".", ":"))
    )


def _on_baseline(words: list[Word], line: Line) -> list[Word]:
    first = line.words[0]
    return [replace(w, top=first.top, bottom=first.bottom) for w in words]


def read_leader_lines(
    page_lines: list[list[Line]], tol: float, s: LayoutSettings = DEFAULT_SETTINGS
) -> tuple[list[list[Line]], list[str]]:
    """Pages of lines with each dot-leader line read as "Label: answer" (its label's wrapped lines
    joined to it) and the print line after the last label left out; and the print lines left out."""
    out: list[list[Line]] = []
    leaders: list[Line] = []  # the leader lines as they stood, in reading order
    for lines in page_lines:
        kept: list[Line] = []
        for line in lines:
            split = leader_split(line.words, s.inline_label_scan_words)
            if split is None:
                kept.append(line)
                continue
            leaders.append(line)
            label, answer = split
            heads: list[Word] = []
            below = line
            while kept and _label_head(kept[-1], below, line, split, tol, s):
                below = kept.pop()
                heads = _on_baseline(below.words, line) + heads
            kept.append(Line(line.page, heads + label + answer, line.in_grid, line.cell))
        out.append(kept)
    return _without_print_line(out, leaders, tol, s)


def _without_print_line(
    out: list[list[Line]], leaders: list[Line], tol: float, s: LayoutSettings
) -> tuple[list[list[Line]], list[str]]:
    """`out` without the lines after its last leader line (`leaders`: the leader lines as read) that start at
    its labels' edge and say when the listing was printed (a date or a time in a few words), and their texts."""
    if len(leaders) < s.listing_min_leaders:
        return out, []
    last, edge = leaders[-1], leaders[-1].x0
    removed: list[str] = []

    def printed(line: Line) -> bool:
        after = (line.page, line.top) > (last.page, last.top)
        short = len(line.words) <= s.listing_print_line_words
        return after and short and abs(line.x0 - edge) <= tol and bool(_DATE_OR_TIME.search(line.text))

    for lines in out:
        removed += [ln.text for ln in lines if printed(ln)]
        lines[:] = [ln for ln in lines if not printed(ln)]
    return out, removed
