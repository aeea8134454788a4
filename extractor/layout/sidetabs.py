"""A side tab's turned heading on an OCR'd page, taken out before lines are grouped (issue #12).

A form cut into parts may mark each part by a dark tab down the left margin whose heading ("Del A. Om
projektet") is set turned a quarter, white on the tab. Tesseract reads such a heading as upright words whose
boxes are far taller than wide ("Del", "Insatsen", each 5 pt wide and 54 pt tall), or as single letters along the
tab ("E", "É"); grouped into the lines beside them they opened labels of their own ("BB Del Insatsen") or ran into
labels and answers. An upright word of two letters or more is wider than tall, and no line of the page's type is
twice its median height: a word at least `turned_word_height` times the page's median word height and at most
`turned_word_width_share` of its own height wide is set turned, and a short word (`turned_strip_max_chars`, no
figure) standing within the x-span of such a word is a piece of the same tab. Only words with no font (OCR);
a text layer's turned characters are the reader's (stamp_chars).

A table's upright rule that the image step did not take out (a photo's bowed or broken line) is read as a
letter on each line it passes ("]", "I", "i", "|"), of no width, and ran into answers ("I Liljeholmstorget") and
labels: a word of one such character at most `rule_letter_width` wide, in a column of `rule_letter_min_count` or
more at one x (within `rule_letter_slack`) that holds a bar or a bracket (no word of text), is the rule.

A reader's pencil bracket or tick in the margin is read as a lone dash ("-"), out in the margin where no text
stands; grouped with the line beside it, it ran into answers ("Resultat - Klotter …", "… senare. -"). A word of
dashes alone standing wholly left of where the page's lines start, or right of where they end, by
`margin_dash_gap` type sizes or more is a mark, not text, unless a word of its own line stands further out: then it is
inside a line that reaches into the margin (a title's "Bilaga 5 - Uppföljning" over a page whose other lines start
further in, as a scanned spread's joined page has them). Pure.
"""

from __future__ import annotations

from statistics import median

from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Page, Word


_DASHES = frozenset("-‐–—_~")


def _turned(word: Word, typical: float, margins: tuple[float, float], s: LayoutSettings) -> bool:
    """A word set turned: tall (`turned_word_height` median heights) and one letter's height wide at most; a single
    letter so only out in a margin (a noisy scan's box round an upright "i" may be as tall)."""
    height, width, text = word.bottom - word.top, word.x1 - word.x0, word.text.strip()
    if not text or any(c.isdigit() for c in text):  # a tall narrow figure is a big numeral ("1"), upright
        return False
    if height < s.turned_word_height * typical or width > s.turned_word_width_share * height:
        return False
    if len(text) > 1:  # a turned line is one letter's height wide however many letters it holds
        return width <= s.turned_word_max_width * typical or width * s.turned_word_min_ratio <= height
    return _in_margin(word, margins, typical, s)


def _margins(words: list[Word], typical: float, s: LayoutSettings) -> tuple[float, float]:
    """Where the page's lines start and end (the x of its words of the type's height, a few out in a margin, a
    scribble, not counted; nor a tab's tall turned words)."""
    upright = [w for w in words if w.bottom - w.top < s.turned_word_height * typical]
    text = [w for w in upright if not set(w.text.strip()) <= _DASHES] or words
    starts, ends = sorted(w.x0 for w in text), sorted(w.x1 for w in text)
    return starts[len(starts) // 50], ends[-1 - len(ends) // 50]


def _in_margin(word: Word, margins: tuple[float, float], typical: float, s: LayoutSettings) -> bool:
    gap = s.margin_dash_gap * typical
    return word.x1 <= margins[0] - gap or word.x0 >= margins[1] + gap


RULE_LETTERS = frozenset("|Il![]ij1")


def _rule_letters(words: list[Word], s: LayoutSettings) -> set[int]:
    """ids of the words that are an upright rule read letter by letter (see the module's docstring)."""
    thin = [w for w in words if w.text.strip() in RULE_LETTERS and w.x1 - w.x0 <= s.rule_letter_width]
    slack = s.rule_letter_slack
    out: set[int] = set()
    for w in thin:
        column = [v for v in thin if abs((v.x0 + v.x1) - (w.x0 + w.x1)) <= 2 * slack]
        # An "I" or "i" alone may be a word ("I stadens …", "i"); a bar or bracket among them is none: a rule.
        if len(column) >= s.rule_letter_min_count and any(v.text.strip() in "|[]!" for v in column):
            out.add(id(w))
    return out


def _outermost(word: Word, words: list[Word], margins: tuple[float, float]) -> bool:
    """No word beside `word` (its height overlapping) stands further out into the margin it is in."""
    left = word.x1 <= margins[0]
    return not any(
        o is not word and o.top < word.bottom and word.top < o.bottom and (o.x1 <= word.x0 if left else o.x0 >= word.x1)
        for o in words
    )


def _margin_dashes(words: list[Word], typical: float, margins: tuple[float, float], s: LayoutSettings) -> set[int]:
    """ids of the words that are a margin's pencil mark read as a dash (see the module's docstring)."""
    return {
        id(w)
        for w in words
        if w.text.strip()
        and set(w.text.strip()) <= _DASHES
        and _in_margin(w, margins, typical, s)
        and _outermost(w, words, margins)
    }


def without_turned_words(page: Page, s: LayoutSettings = DEFAULT_SETTINGS) -> Page:
    """`page` without a side tab's turned heading, an upright rule's letters and the margin's dashes (see the
    module's docstring); the page as it is when it has none, or when its words name fonts."""
    if not page.words or any(w.fontname for w in page.words):
        return page
    typical = median(w.bottom - w.top for w in page.words)
    margins = _margins(page.words, typical, s)
    turned = [w for w in page.words if _turned(w, typical, margins, s)]
    rule = _rule_letters(page.words, s) | _margin_dashes(page.words, typical, margins, s)
    if not turned and not rule:
        return page
    slack = s.turned_strip_slack
    spans = [(w.x0 - slack, w.x1 + slack) for w in turned]

    def piece(word: Word) -> bool:
        text = word.text.strip()
        return (
            len(text) <= s.turned_strip_max_chars
            and not any(c.isdigit() for c in text)
            and any(a <= word.x0 and word.x1 <= b for a, b in spans)
        )

    gone = {id(w) for w in turned} | rule
    words = [w for w in page.words if id(w) not in gone and not piece(w)]
    return Page(page.number, page.width, page.height, words, page.rules, page.images, page.ocr_layer, page.sheet_cuts)
