"""Text that annotations show on a page -> words (pure).

A flat form filled in with a viewer's typewriter or text-box tool keeps its answers in
annotations (FreeText, sometimes a Stamp or another markup annotation with text in its
appearance), not in the page content that pdfminer reads. A viewer draws each visible
annotation's normal appearance stream in its /Rect; a FreeText annotation without one is drawn
by the viewer from its rich text (/RC) or its plain /Contents. form_widgets turns each annotation
into a `Note` (plain data, in the words' coordinates: the words its appearance draws, and its
text); `note_words` gives the words a viewer shows, placed where it shows them, so the layout
reads a typed answer beside its printed label like a printed one. Popups (a note's text shown
only when opened), links, sticky-note icons (Text) and annotations flagged Hidden or NoView show
no text on the page; form-field widgets are read by form_fields. A text the page content already
draws in the annotation's box (a flattened copy that kept its annotation) is not read twice.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from bilagor.extractor.form_fields import TEXT, Widget, already_printed, hidden_by_flags, widget_words
from bilagor.extractor.words import Word, page_ranges

# Subtypes whose text is not drawn on the page (Widget: form_fields reads its value).
NOT_ON_PAGE = frozenset({"Popup", "Link", "Text", "Widget"})
FREE_TEXT = "FreeText"
ANNOTATION_WARNING = "svaren lästes ur anteckningar (skrivmaskinsverktyg)"


@dataclass(frozen=True)
class Note:
    subtype: str
    box: tuple[float, float, float, float]  # x0, top, x1, bottom, in the words' coordinates
    text: str = ""  # the rich text (/RC) as plain text, else /Contents
    font_size: float = 0.0  # from /DA; 0: unknown
    drawn: tuple[Word, ...] = ()  # the words its normal appearance stream draws


def shows_text(subtype: str, flags: int) -> bool:
    """Whether an annotation of `subtype` with flags `flags` can show text on the page."""
    return subtype not in NOT_ON_PAGE and not hidden_by_flags(flags)


def note_words(notes: list[Note], printed: list[Word]) -> list[Word]:
    """The words the annotations `notes` show, leaving out texts the page content already draws."""
    words: list[Word] = []
    for note in notes:
        shown = _shown_words(note, printed)
        if shown and not already_printed(shown, note.box, printed):
            words += shown
    return words


def _shown_words(note: Note, printed: list[Word]) -> list[Word]:
    # The appearance is what a viewer draws; a glyph it draws without a Unicode map reads as
    # "(cid:N)", and then the annotation's own text says what was typed.
    if note.drawn and not any("(cid:" in w.text for w in note.drawn):
        return list(note.drawn)
    if note.subtype != FREE_TEXT or not note.text.strip():
        return []
    # A FreeText annotation without a usable appearance: the viewer sets its text in the box
    # as a multiline field's value is set.
    return widget_words([Widget(TEXT, note.text, note.box, note.font_size, multiline=True)], printed)


_BREAKS = re.compile(r"<\s*(?:br|/p|/div|/li)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


def rich_text(xhtml: str) -> str:
    """A rich-text string (/RC: XHTML body, PDF 32000-1 12.7.3.4) as plain text, one line per paragraph."""
    # Whitespace in XHTML source is one space; only the paragraph and break elements part lines.
    text = html.unescape(_TAG.sub("", _BREAKS.sub("\n", " ".join(xhtml.split()))))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def annotation_warning(page_numbers: list[int]) -> str:
    """The record's warning for pages whose answers came from annotations."""
    which = f"sida {page_numbers[0]}" if len(page_numbers) == 1 else f"sidorna {page_ranges(page_numbers)}"
    return f"{which}: {ANNOTATION_WARNING}"
