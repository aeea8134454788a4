"""Read a PDF's characters with pdfium: the second reader, for files pdfminer refuses.

pdfium (pypdfium2, already needed to render scans) repairs many damaged files
that pdfminer gives up on, and opens some encrypted files with an empty
password that pdfminer reports as needing one. This module turns its text
page into the same character dicts pdfplumber's word grouping takes, and its
form-field widgets into the same `Widget`s as form_widgets, and its FreeText
annotations (answers typed with a viewer's typewriter tool) into the same `Note`s,
so the words, and everything after them, come out as from the main reader. pdfium
gives no annotation's appearance as text: a FreeText's own text (/RC, /Contents)
is what is read.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from bilagor.extractor.annotation_notes import FREE_TEXT, Note, rich_text
from bilagor.extractor.form_fields import (
    CHECKBOX,
    CHOICE,
    COMB_FLAG,
    MULTILINE_FLAG,
    RADIO,
    TEXT,
    Widget,
    font_size_of,
    hidden_by_flags,
)
from bilagor.extractor.text_layer import glyph_text

T = TypeVar("T")

# pdfium's document-loading error codes, in plain words.
_LOAD_ERRORS = {
    1: "okänt fel",
    2: "kan inte öppnas",
    3: "strukturen är skadad",
    4: "behöver ett lösenord",
    5: "kryptering som inte stöds",
    6: "sidinnehåll som inte stöds",
}
PASSWORD_ERROR = 4
SECURITY_ERROR = 5  # a security handler pdfium does not support (a certificate's, a vendor's), or none named
A4 = (595.0, 842.0)  # the size given a page pdfium cannot load when no page before it was loaded
_IMAGE_OBJECT = 3  # FPDF_PAGEOBJ_IMAGE
_PATH_OBJECT = 2  # FPDF_PAGEOBJ_PATH


class PdfiumFailed(Exception):
    """pdfium cannot open the file either; `reason` is one plain line."""

    def __init__(self, reason: str, *, password_needed: bool = False, unsupported_security: bool = False):
        super().__init__(reason)
        self.reason = reason
        self.password_needed = password_needed
        self.unsupported_security = unsupported_security


@dataclass
class PdfiumPage:
    number: int
    width: float
    height: float
    chars: list[dict] = field(default_factory=list)  # as pdfplumber.utils.extract_words reads them
    lines: list[dict] = field(default_factory=list)  # thin path objects (rules), top-down
    images: list[tuple[float, float, float, float]] = field(default_factory=list)
    widgets: list[Widget] = field(default_factory=list)  # form-field widgets, boxes as the characters'
    notes: list[Note] = field(default_factory=list)  # FreeText annotations, boxes as the characters'
    failed: bool = False  # pdfium could not load the page (a damaged page object): no content, a guessed size


@dataclass
class PdfiumDocument:
    page_count: int
    pages: list[PdfiumPage]
    metadata: dict[str, str]


def read_with_pdfium(path: str | Path, *, password: str | None, max_pages: int) -> PdfiumDocument:
    """Every page's characters, thin lines and picture boxes; PdfiumFailed if pdfium cannot open it. A
    page pdfium cannot load is given empty (PdfiumPage.failed), the size of the page before it.

    More pages than `max_pages`: page_count says so and no page is read.
    """
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path), password=password or None)
    except pdfium.PdfiumError as exc:
        code: int = getattr(exc, "err_code", None) or 0
        raise PdfiumFailed(
            _LOAD_ERRORS.get(code, "kan inte öppnas"),
            password_needed=code == PASSWORD_ERROR,
            unsupported_security=code == SECURITY_ERROR,
        ) from None
    try:
        form = _form_handle(document)
        count = len(document)
        metadata = {key: str(value) for key, value in document.get_metadata_dict(skip_empty=True).items()}
        if count > max_pages:
            return PdfiumDocument(count, [], metadata)
        pages: list[PdfiumPage] = []
        for index in range(count):
            try:
                page = document[index]
            except pdfium.PdfiumError:  # a page object pdfium cannot load: the others are still read
                width, height = (pages[-1].width, pages[-1].height) if pages else A4
                pages.append(PdfiumPage(index + 1, width, height, failed=True))
                continue
            try:
                pages.append(_read_page(page, index + 1, form))
            finally:
                page.close()
        return PdfiumDocument(count, pages, metadata)
    finally:
        document.close()


def _visible_box(page) -> tuple[float, float, float, float]:
    """The page's CropBox clipped to its MediaBox (left, bottom, right, top), as the main reader gives
    words from the visible page's corner; the MediaBox when the two do not meet."""
    media = page.get_mediabox()
    crop = page.get_cropbox()  # pypdfium2 gives the MediaBox when there is none
    box = (max(crop[0], media[0]), max(crop[1], media[1]), min(crop[2], media[2]), min(crop[3], media[3]))
    return box if box[2] - box[0] >= 1 and box[3] - box[1] >= 1 else media


def _form_handle(document):
    """pdfium's form handle for reading field values (None without a form, or if it cannot be made).
    Made before any page is loaded, as pdfium asks."""
    import warnings

    try:
        with warnings.catch_warnings():  # an XFA form pdfium cannot load: its AcroForm fields still read
            warnings.simplefilter("ignore")
            document.init_forms()
        return document.formenv.raw if document.formenv is not None else None
    except Exception:  # a broken form: the page content is still read
        return None


def _read_page(page, number: int, form=None) -> PdfiumPage:
    import pypdfium2.raw as raw

    left, bottom, right, top = _visible_box(page)
    width, height = right - left, top - bottom
    result = PdfiumPage(number, float(width), float(height))

    def box(x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        # pdfium: PDF space, y up; the layout: from the page's top left corner, y down.
        return (x0 - left, top - y1, x1 - left, top - y0)

    textpage = page.get_textpage()
    try:
        handle = textpage.raw
        name = ctypes.create_string_buffer(128)
        for index in range(textpage.count_chars()):
            code = raw.FPDFText_GetUnicode(handle, index)
            if code in (0, 0xFFFE, 0xFFFF) or 0xD800 <= code <= 0xDFFF:
                continue  # no character, or half of a pair pdfium could not join
            x0, y0, x1, y1 = textpage.get_charbox(index, loose=True)  # font box, as pdfminer gives
            c_left, c_top, c_right, c_bottom = box(x0, y0, x1, y1)
            if not (-1.0 <= (c_left + c_right) / 2 <= width + 1.0 and -1.0 <= (c_top + c_bottom) / 2 <= height + 1.0):
                continue  # outside the visible page: a printer's mark in the bleed
            length = raw.FPDFText_GetFontInfo(handle, index, name, len(name), None)
            fontname = name.value.decode("latin-1", "replace") if length else ""
            text = glyph_text(chr(code), fontname)
            size = float(raw.FPDFText_GetFontSize(handle, index))
            result.chars.append(
                {
                    "text": text,
                    "x0": c_left,
                    "x1": c_right,
                    "top": c_top,
                    "bottom": c_bottom,
                    "doctop": c_top,
                    "upright": True,
                    "fontname": fontname,
                    "size": size,
                }
            )
    finally:
        textpage.close()
    for obj in page.get_objects(filter=[_IMAGE_OBJECT, _PATH_OBJECT]):
        x0, y0, x1, y1 = obj.get_bounds()
        b_left, b_top, b_right, b_bottom = box(x0, y0, x1, y1)
        if obj.type == _IMAGE_OBJECT:
            result.images.append((b_left, b_top, b_right, b_bottom))
        elif min(b_right - b_left, b_bottom - b_top) <= 2.0:  # a drawn line, not a shape
            result.lines.append({"x0": b_left, "top": b_top, "x1": b_right, "bottom": b_bottom, "object_type": "line"})
    if form is not None:
        result.widgets = _page_widgets(page, form, box)
    result.notes = _page_notes(page, box)
    return result


# pdfium's form field types (FPDF_FORMFIELD_*) -> Widget kinds; push buttons (1) give no answer.
_FIELD_KINDS = {6: TEXT, 4: CHOICE, 5: CHOICE, 2: CHECKBOX, 3: RADIO}
_WIDGET_ANNOTATION = 20  # FPDF_ANNOT_WIDGET
_FREE_TEXT_ANNOTATION = 3  # FPDF_ANNOT_FREETEXT


def _page_widgets(page, form, box) -> list[Widget]:
    """The page's form-field widgets as plain data (pdfium resolves inherited field attributes). `box`
    maps a PDF-space rectangle to the characters' coordinates."""
    return _annotations(page, lambda annotation: _widget(form, annotation, box))


def _page_notes(page, box) -> list[Note]:
    """The page's visible FreeText annotations as plain data."""
    return _annotations(page, lambda annotation: _note(annotation, box))


def _annotations(page, read: Callable[[Any], T | None]) -> list[T]:
    """What `read` makes of each of the page's annotations, where it makes something; a broken
    annotation is skipped."""
    import pypdfium2.raw as raw

    found = []
    for index in range(raw.FPDFPage_GetAnnotCount(page.raw)):
        annotation = raw.FPDFPage_GetAnnot(page.raw, index)
        if not annotation:
            continue
        try:
            item = read(annotation)
        except Exception:  # a malformed annotation: the others still count
            item = None
        finally:
            raw.FPDFPage_CloseAnnot(annotation)
        if item is not None:
            found.append(item)
    return found


def _note(annotation, box) -> Note | None:
    import pypdfium2.raw as raw

    if raw.FPDFAnnot_GetSubtype(annotation) != _FREE_TEXT_ANNOTATION:
        return None
    rect = raw.FS_RECTF()
    if hidden_by_flags(raw.FPDFAnnot_GetFlags(annotation)) or not raw.FPDFAnnot_GetRect(annotation, rect):
        return None
    x0, x1 = sorted((rect.left, rect.right))
    y0, y1 = sorted((rect.bottom, rect.top))

    def value(key: bytes) -> str:
        return _utf16(lambda b, n: raw.FPDFAnnot_GetStringValue(annotation, key, b, n))

    rich = value(b"RC")
    text = rich_text(rich) if rich.strip() else value(b"Contents")
    return Note(FREE_TEXT, box(x0, y0, x1, y1), text, font_size_of(value(b"DA")))


def _widget(form, annotation, box) -> Widget | None:
    import pypdfium2.raw as raw

    if raw.FPDFAnnot_GetSubtype(annotation) != _WIDGET_ANNOTATION:
        return None
    kind = _FIELD_KINDS.get(raw.FPDFAnnot_GetFormFieldType(form, annotation))
    rect = raw.FS_RECTF()
    if kind is None or not raw.FPDFAnnot_GetRect(annotation, rect):
        return None
    x0, x1 = sorted((rect.left, rect.right))
    y0, y1 = sorted((rect.bottom, rect.top))
    hidden = hidden_by_flags(raw.FPDFAnnot_GetFlags(annotation))
    size = ctypes.c_float(0.0)
    font_size = float(size.value) if raw.FPDFAnnot_GetFontSize(form, annotation, ctypes.byref(size)) else 0.0
    if kind in (CHECKBOX, RADIO):
        checked = raw.FPDFAnnot_IsChecked(form, annotation)
        state = _utf16(lambda b, n: raw.FPDFAnnot_GetFormFieldExportValue(form, annotation, b, n)) if checked else "Off"
        return Widget(kind, state, box(x0, y0, x1, y1), font_size, hidden=hidden)
    flags = raw.FPDFAnnot_GetFormFieldFlags(form, annotation)
    max_len = ctypes.c_float(0.0)
    has_max_len = raw.FPDFAnnot_GetNumberValue(annotation, b"MaxLen", ctypes.byref(max_len))
    return Widget(
        kind,
        _utf16(lambda b, n: raw.FPDFAnnot_GetFormFieldValue(form, annotation, b, n)),
        box(x0, y0, x1, y1),
        font_size,
        multiline=bool(flags & MULTILINE_FLAG),
        comb=bool(flags & COMB_FLAG),
        max_len=int(max_len.value) if has_max_len else 0,
        hidden=hidden,
    )


def _utf16(read) -> str:
    """A string pdfium writes as UTF-16LE: `read(buffer, size)` returns the bytes it needs (with the
    closing zero) and fills the buffer when it is large enough."""
    needed = read(None, 0)
    if needed <= 2:
        return ""
    buffer = ctypes.create_string_buffer(needed)
    read(ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)), needed)
    return buffer.raw[: needed - 2].decode("utf-16-le", "replace")


_INVISIBLE = 3  # FPDF_TEXTRENDERMODE_INVISIBLE: text drawn neither filled nor stroked


def invisible_share(modes: list[int | None]) -> float:
    """The share of a page's drawn characters (their render `modes`) drawn invisibly. A character
    without a text object (None) is one pdfium adds itself, a space or line break between two text
    objects, and is not counted: a scanner that writes each word of its layer as a text object of its
    own would otherwise show a seventh of its layer's characters as visible, and not be taken for one."""
    drawn = [mode for mode in modes if mode is not None]
    return sum(mode == _INVISIBLE for mode in drawn) / len(drawn) if drawn else 0.0


def invisible_shares(path: str | Path, numbers: list[int], *, password: str | None) -> dict[int, float]:
    """For pages `numbers` (1-based): the share of their characters drawn invisibly (render mode 3,
    an OCR layer over a scan). pdfminer does not tell; pdfium does. {} if pdfium cannot open the file."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        document = pdfium.PdfDocument(str(path), password=password or None)
    except pdfium.PdfiumError:
        return {}
    shares = {}
    try:
        for number in numbers:
            try:
                page = document[number - 1]
            except pdfium.PdfiumError:
                continue
            try:
                textpage = page.get_textpage()
                try:
                    modes = []
                    for index in range(textpage.count_chars()):
                        obj = raw.FPDFText_GetTextObject(textpage.raw, index)
                        modes.append(raw.FPDFTextObj_GetTextRenderMode(obj) if obj else None)
                    shares[number] = invisible_share(modes)
                finally:
                    textpage.close()
            finally:
                page.close()
    finally:
        document.close()
    return shares
