"""Soft hyphens (U+00AD) read as what they are: a break inside a word, never a space or a letter.

Word and other producers draw an optional hyphen at a line end as WinAnsi code 0xAD. pdfminer's WinAnsi
table maps that code to "space" (PDF 32000 D.2 lists it as the hyphen; Unicode's Latin-1 reading, which
WinAnsi follows, is the soft hyphen), so the word's two halves came out as two words ("tills" / "ammans").
Read as U+00AD, a line-end soft hyphen is joined by text.join_lines ("tills­" + "ammans" -> "tillsammans").
"""

from __future__ import annotations

WINANSI_SOFT_HYPHEN = 0xAD
SOFT_HYPHEN = "\u00ad"


def read_winansi_soft_hyphens() -> None:
    """Make pdfminer decode WinAnsi 0xAD as U+00AD (idempotent; call before opening a PDF).

    Fonts copy the encoding table when they are built, so this only needs to happen before the first page
    is read."""
    from pdfminer.encodingdb import EncodingDB

    EncodingDB.win2unicode[WINANSI_SOFT_HYPHEN] = SOFT_HYPHEN
