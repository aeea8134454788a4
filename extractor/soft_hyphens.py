"""Soft hyphens (U+00AD) read as what they are: a break inside a word, never a space or a letter.

Word and other producers draw an optional hyphen at a line end as WinAnsi code 0xAD. pdfminer's WinAnsi
table maps that code to "space" (PDF 32000 D.2 lists it as the hyphen; Unicode's Latin-1 reading, which
WinAnsi follows, is the soft hyphen), so the word's two halves came out as two words ("tills" / "ammans").
Read as U+00AD, a line-end soft hyphen is joined by text.join_lines ("tills­" + "ammans" -> "tillsammans").

The reading is given to each font of a document bilagor opens, never to pdfminer's shared tables: another
pdfminer user in the same process (a test generator's word check, a library) still reads its own files as
pdfminer does. `soft_hyphen_code` decides from the font's plain encoding entries; `read_soft_hyphens` applies
it at the edge, through the resource manager that builds the document's fonts.

A soft hyphen drawn inside a line is a hyphen, though (`drawn_hyphens`): PostScript's ISO Latin-1 encoding names
code 0xAD "hyphen" (and 0x2D "minus"), so a Latin-1 PostScript producer (Gri through ps2pdf) sets every hyphen of
its page as 0xAD ("Hässelby\u00adVällingby", "08\u00ad508"), and dropped it ran the halves together. An optional
hyphen is shown only where its line breaks; one with a glyph's width and its line's text going on after it was
printed as a hyphen.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

WINANSI_SOFT_HYPHEN = 0xAD
SOFT_HYPHEN = "\u00ad"
WINANSI = "WinAnsiEncoding"
HYPHEN = "-"
# A soft hyphen's glyph at least this share of its size wide is drawn (a hyphen is about a third of an em:
# Helvetica's and Times' 333/1000); a producer that keeps an optional hyphen unshown gives it no width.
DRAWN_HYPHEN_MIN_EM = 0.2
# The next character of the content goes on the same line: its top within this share of the size, starting
# at most this many sizes after the hyphen (a word space, or the next word of a list item after its mark).
SAME_LINE_EM = 0.3
NEXT_GAP_EM = 1.0


def differences_codes(differences: Iterable[object]) -> set[int]:
    """The codes a /Differences array names a glyph for: a number sets the next code, each name takes one
    code and moves to the next (PDF 32000 9.6.6.1)."""
    codes: set[int] = set()
    code = 0
    for entry in differences:
        if isinstance(entry, bool):
            continue
        if isinstance(entry, int):
            code = entry
        else:
            codes.add(code)
            code += 1
    return codes


def soft_hyphen_code(subtype: str | None, base_encoding: str | None, differences: Iterable[object] = ()) -> bool:
    """Whether a simple font reads WinAnsi code 0xAD: a WinAnsi base encoding (given, or a TrueType font's
    default when none is given) whose /Differences leave 0xAD alone."""
    base = base_encoding or (WINANSI if subtype == "TrueType" else None)
    return base == WINANSI and WINANSI_SOFT_HYPHEN not in differences_codes(differences)


def drawn_hyphens(chars: list[dict]) -> list[dict]:
    """The page's characters (in content order) with each soft hyphen drawn inside its line read as "-"
    (pure): one given a glyph's width whose next character follows it on its line. A soft hyphen ending its
    line stays one (a word broken there)."""
    out = list(chars)
    for i, char in enumerate(chars[:-1]):
        if char.get("text") != SOFT_HYPHEN:
            continue
        size, after = float(char.get("size") or 0.0), chars[i + 1]
        if size <= 0 or float(char["x1"]) - float(char["x0"]) < DRAWN_HYPHEN_MIN_EM * size:
            continue
        if abs(float(after["top"]) - float(char["top"])) > SAME_LINE_EM * size:
            continue
        if (
            not 0
            <= float(after["x0"]) - float(char["x0"])
            <= float(char["x1"]) - float(char["x0"]) + NEXT_GAP_EM * size
        ):
            continue
        out[i] = {**char, "text": HYPHEN}
    return out


def read_soft_hyphens(pdf: Any) -> None:
    """Make the fonts of an open pdfplumber document decode WinAnsi 0xAD as U+00AD (call before reading a
    page: its resource manager is replaced by one that gives each WinAnsi font a table of its own)."""
    pdf.rsrcmgr = _resource_manager_class()()


def _resource_manager_class() -> type:
    from pdfminer.pdffont import PDFSimpleFont
    from pdfminer.pdfinterp import PDFResourceManager

    class SoftHyphenResources(PDFResourceManager):
        def get_font(self, objid: object, spec: Mapping[str, object]) -> Any:
            font = super().get_font(objid, spec)
            if isinstance(font, PDFSimpleFont) and soft_hyphen_code(*_encoding_entries(spec)):
                # a copy: without /Differences the font holds pdfminer's shared WinAnsi table itself
                font.cid2unicode = {**font.cid2unicode, WINANSI_SOFT_HYPHEN: SOFT_HYPHEN}
            return font

    return SoftHyphenResources


def _encoding_entries(spec: Mapping[str, object]) -> tuple[str | None, str | None, list[object]]:
    """A font dictionary's subtype, base encoding name and /Differences as plain values."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.psparser import PSLiteral

    def name(value: object) -> str | None:
        value = resolve1(value)
        return value.name if isinstance(value, PSLiteral) and isinstance(value.name, str) else None

    encoding = resolve1(spec.get("Encoding"))
    if isinstance(encoding, dict):
        differences = resolve1(encoding.get("Differences", []))
        listed = [resolve1(x) for x in differences] if isinstance(differences, list) else []
        return name(spec.get("Subtype")), name(encoding.get("BaseEncoding")), listed
    return name(spec.get("Subtype")), name(encoding), []
