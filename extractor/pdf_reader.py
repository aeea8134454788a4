"""Read a PDF's words and ruling lines with pdfplumber: the I/O edge of extraction.

This is the only module that imports pdfplumber. A file pdfminer cannot read
(damaged, or "encrypted" but opening with an empty password) is read again
with pdfium (pdfium_text), with a warning in the record. Every failure of
the PDF stack leaves as a BadInputError with one plain reason.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from typing import Any

from bilagor.extractor.errors import BadInputError
from bilagor.extractor.form_fields import (
    CHECKBOX,
    CHOICE,
    HIDDEN_ANNOTATION_FLAG,
    MULTILINE_FLAG,
    COMB_FLAG,
    PUSHBUTTON_FLAG,
    RADIO,
    RADIO_FLAG,
    TEXT,
    Widget,
    field_warning,
    font_size_of,
    widget_words,
)
from bilagor.extractor.glossary import CANNOT_READ, DAMAGED_PDF, NO_SUCH_FILE
from bilagor.extractor.options import DEFAULT_MAX_PAGES
from bilagor.extractor.source_files import NotRegularFile, open_regular
from bilagor.extractor.text_layer import glyph_text
from bilagor.extractor.words import Page, Word

# pdfminer logs every repair of a damaged file as a warning; without a handler
# Python would print them to the user's terminal. What fails is reported instead.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())

PDFIUM_WARNING = "läst med pdfium: "  # how the record says the second reader read it
_OLD_PDFIUM_WARNING = "read with pdfium: "  # the same, in records made before EXTRACTOR_VERSION 7
# Rules shorter than this (pt) are underlines or table-cell ticks, not borders.
_MIN_RULE_LENGTH = 20.0


@dataclass
class PdfContent:
    pages: list[Page]
    metadata: dict[str, str] = field(default_factory=dict)  # Info dictionary, decoded
    warnings: list[str] = field(default_factory=list)  # e.g. read with the second reader


def check_header(path: Path) -> None:
    """Cheap checks before the PDF parser runs: a regular file, non-empty, starts like a PDF."""
    try:
        with open(open_regular(path), "rb") as fh:
            head = fh.read(1024)
    except NotRegularFile as exc:
        raise BadInputError(path, exc.problem) from None
    except FileNotFoundError:
        raise BadInputError(path, NO_SUCH_FILE) from None
    except IsADirectoryError:
        raise BadInputError(path, "är en mapp") from None
    except OSError as exc:
        raise BadInputError(path, f"{CANNOT_READ}: {exc.strerror or exc}") from None
    if not head:
        raise BadInputError(path, "tom fil")
    if b"%PDF-" not in head:
        raise BadInputError(path, "inte en PDF")


def read_pdf(path: str | Path, *, password: str | None = None, max_pages: int = DEFAULT_MAX_PAGES) -> PdfContent:
    """Words (with fonts and positions), ruling lines and metadata of every page."""
    path = Path(path)
    check_header(path)
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        with pdfplumber.open(path, password=password or "") as pdf:
            count = len(pdf.pages)
            if count > max_pages:
                raise BadInputError(path, f"{count} sidor, fler än --max-pages {max_pages}")
            form_appearance = _form_appearance(pdf)
            read = [_read_page(p, i + 1, form_appearance) for i, p in enumerate(pdf.pages)]
            metadata = {str(k): _decode(v) for k, v in (pdf.metadata or {}).items()}
    except (BadInputError, MemoryError):  # MemoryError: the worker's limit, reported as such
        raise
    except Exception as exc:  # pdfminer raises many unrelated types for broken files
        return _read_with_pdfium(
            path, password=password, max_pages=max_pages, encrypted=_is_encryption_error(exc, PDFPasswordIncorrect)
        )
    pages = _with_ocr_layers([page for page, _ in read], path, password)
    with_fields = [page.number for page, fields in read if fields]
    return PdfContent(pages, metadata, [field_warning(with_fields)] if with_fields else [])


def _with_ocr_layers(pages: list[Page], path: Path, password: str | None) -> list[Page]:
    """`pages` with each scan that carries its own invisible OCR text marked (Page.ocr_layer) and
    its words made like our OCR's (ocr_layer.layer_words). Only pages a picture covers are asked."""
    from bilagor.extractor.ocr_layer import INVISIBLE_SHARE, SCAN_COVER, image_cover, layer_words

    candidates = [p.number for p in pages if p.words and image_cover(p) >= SCAN_COVER]
    if not candidates:
        return pages
    from bilagor.extractor.pdfium_text import invisible_shares

    shares = invisible_shares(path, candidates, password=password)
    return [
        Page(p.number, p.width, p.height, layer_words(p.words), p.rules, p.images, ocr_layer=True)
        if shares.get(p.number, 0.0) >= INVISIBLE_SHARE
        else p
        for p in pages
    ]


def _is_encryption_error(exc: BaseException, password_error: type) -> bool:
    """Whether a PDF-stack failure is about encryption; pdfplumber wraps pdfminer's errors."""
    chain = [exc]
    while len(chain) < 5:
        inner = (
            chain[-1].__cause__
            or chain[-1].__context__
            or next((a for a in chain[-1].args if isinstance(a, BaseException)), None)
        )
        if inner is None:
            break
        chain.append(inner)
    return any(isinstance(e, password_error) or type(e).__name__.startswith("PDFEncrypt") for e in chain)


def _read_with_pdfium(path: Path, *, password: str | None, max_pages: int, encrypted: bool) -> PdfContent:
    """The second reader, for a file pdfminer refused; BadInputError with a plain reason if it fails too.

    pdfminer's own message is not shown: it names its internals ("'NoneType'
    object is not iterable"), which say nothing to a user.
    """
    from bilagor.extractor.pdfium_text import PdfiumFailed, read_with_pdfium

    try:
        document = read_with_pdfium(path, password=password, max_pages=max_pages)
    except MemoryError:
        raise
    except PdfiumFailed as exc:
        if encrypted or exc.password_needed:
            raise BadInputError(
                path, "krypterad: fel lösenord" if password else "krypterad: behöver ett lösenord (--password)"
            ) from None
        raise BadInputError(path, f"{DAMAGED_PDF}: {exc.reason}") from None
    except Exception:  # pdfium opened it but failed on a page
        raise BadInputError(path, f"{DAMAGED_PDF}: sidorna kan inte läsas") from None
    if document.page_count > max_pages:
        raise BadInputError(path, f"{document.page_count} sidor, fler än --max-pages {max_pages}")
    pages = [
        Page(
            number=p.number,
            width=p.width,
            height=p.height,
            words=_words(p.chars),
            rules=_rules(p.lines),
            images=p.images,
        )
        for p in document.pages
    ]
    return PdfContent(pages, document.metadata, [pdfium_warning(encrypted)])


def pdfium_warning(encrypted: bool) -> str:
    """What the record says when pdfium read a file the main reader (pdfplumber) refused."""
    why = "öppnad utan lösenord" if encrypted else "strukturen är skadad"
    return f"{PDFIUM_WARNING}{why}, huvudläsaren för PDF vägrade"


def is_pdfium_warning(warning: str) -> bool:
    return warning.startswith((PDFIUM_WARNING, _OLD_PDFIUM_WARNING))


# pdfplumber's word grouping, as Page.extract_words applies it by default.
_WORD_OPTIONS: dict[str, Any] = {
    "x_tolerance": 3,
    "y_tolerance": 3,
    "keep_blank_chars": False,
    "use_text_flow": False,
    "extra_attrs": ["fontname", "size"],
}


def _read_page(page, number: int, form_appearance: str = "") -> tuple[Page, int]:
    """One page's words, rules and pictures, from pdfplumber's layout objects, and how many of
    its words are answers read from form-field widgets (form_fields), which the content lacks.

    Page.extract_words() would first turn every character into pdfplumber's
    full object dict (colours, matrix, marked content...: half the time of
    reading a page). The words come out the same from pdfplumber's own word
    grouping fed with only the keys it reads, built here from page.layout.
    The page's layout tree is dropped once read: pdfplumber keeps it until
    the file is closed, so a long file's trees would otherwise all add up.
    """
    try:
        chars, lines, rects, images = _page_objects(page)
        left, top, right, bottom = _visible_box(page)
        widgets = _page_widgets(page, form_appearance, origin=(left, top))
    finally:
        page.close()
    width, height = right - left, bottom - top
    if (left, top, right, bottom) != (0.0, 0.0, float(page.width), float(page.height)):
        chars = [c for c in _moved(chars, left, top) if _inside(c, width, height)]
        lines, rects = _moved(lines, left, top), _moved(rects, left, top)
        images = [(x0 - left, t - top, x1 - left, b - top) for x0, t, x1, b in images]
    words = _words(chars)
    answers = widget_words(widgets, words) if widgets else []
    page_data = Page(
        number=number,
        width=width,
        height=height,
        words=words + answers,
        rules=_rules(lines + rects),
        images=images,
    )
    return page_data, len(answers)


def _visible_box(page) -> tuple[float, float, float, float]:
    """The page's visible area (its CropBox, turned by /Rotate) in the characters' coordinates.

    Words are given from its top-left corner, as OCR gives the words of the rendered page (pdfium
    renders the crop box), so a MediaBox that does not start at the origin, or one larger than the
    CropBox (a printer's bleed), gives the same words as an ordinary page.
    """
    whole = (0.0, 0.0, float(page.width), float(page.height))
    try:
        crop = [float(v) for v in page.page_obj.cropbox]
        media = [float(v) for v in page.page_obj.mediabox]
    except Exception:  # pdfminer falls back to the MediaBox itself; a broken box: the whole page
        return whole
    # The CropBox is clipped to the MediaBox (PDF 32000-1, 14.11.2); one that misses it altogether
    # (a broken file) is ignored, as pdfplumber does, rather than losing every word.
    x0, y0 = max(min(crop[0], crop[2]), min(media[0], media[2])), max(min(crop[1], crop[3]), min(media[1], media[3]))
    x1, y1 = min(max(crop[0], crop[2]), max(media[0], media[2])), min(max(crop[1], crop[3]), max(media[1], media[3]))
    if x1 - x0 < 1 or y1 - y0 < 1:
        return whole
    to_layout = _layout_transform(page)
    (ax, ay), (bx, by) = to_layout(x0, y0), to_layout(x1, y1)
    box = (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))
    if box[2] - box[0] < 1 or box[3] - box[1] < 1:
        return whole
    return box


def _moved(objects: list[dict], left: float, top: float) -> list[dict]:
    return [
        {**o, "x0": o["x0"] - left, "x1": o["x1"] - left, "top": o["top"] - top, "bottom": o["bottom"] - top}
        for o in objects
    ]


def _inside(char: dict, width: float, height: float) -> bool:
    """Whether a character's middle lies on the visible page (not in a bleed or beyond the CropBox)."""
    x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    return -1.0 <= x <= width + 1.0 and -1.0 <= y <= height + 1.0


def _form_appearance(pdf) -> str:
    """The document's default appearance for form fields (AcroForm /DA), "" without a form."""
    from pdfminer.pdftypes import resolve1

    try:
        form = resolve1(pdf.doc.catalog.get("AcroForm"))
        return _text(resolve1(form.get("DA"))) if isinstance(form, dict) else ""
    except Exception:  # a broken form dictionary: read the page content only
        return ""


_FIELD_KINDS = {"Tx": TEXT, "Ch": CHOICE}
_MAX_FIELD_DEPTH = 20  # /Parent links followed for inherited field attributes (a loop stops here)


def _page_widgets(page, form_appearance: str, origin: tuple[float, float] = (0.0, 0.0)) -> list[Widget]:
    """The page's form-field widgets as plain data, boxes in the words' coordinates.

    A field's type, value, flags and appearance may sit on the widget or be
    inherited from its parent fields. A broken annotation is skipped.
    """
    from pdfminer.pdftypes import resolve1

    page_obj = page.page_obj
    try:
        annotations = resolve1(page_obj.annots) or []
    except Exception:
        return []
    if not isinstance(annotations, list):
        return []
    to_layout = _layout_transform(page, origin)
    widgets = []
    for ref in annotations:
        try:
            widget = _widget(resolve1(ref), form_appearance, to_layout)
        except Exception:  # pdfminer raises many types for a malformed object
            continue
        if widget is not None:
            widgets.append(widget)
    return widgets


def _widget(annotation, form_appearance: str, to_layout) -> Widget | None:
    from pdfminer.pdftypes import resolve1

    if not isinstance(annotation, dict) or _name(resolve1(annotation.get("Subtype"))) != "Widget":
        return None
    attributes: dict = {}
    node, depth = annotation, 0
    while isinstance(node, dict) and depth < _MAX_FIELD_DEPTH:
        for key in ("FT", "V", "Ff", "DA", "MaxLen"):
            if key not in attributes and key in node:
                attributes[key] = resolve1(node[key])
        node, depth = resolve1(node.get("Parent")), depth + 1
    field_type, flags = _name(attributes.get("FT")), int(attributes.get("Ff") or 0)
    rect = resolve1(annotation.get("Rect"))
    if not isinstance(rect, list) or len(rect) != 4:
        return None
    (ax, ay), (bx, by) = to_layout(float(rect[0]), float(rect[1])), to_layout(float(rect[2]), float(rect[3]))
    box = (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))
    hidden = bool(int(resolve1(annotation.get("F")) or 0) & HIDDEN_ANNOTATION_FLAG)
    size = font_size_of(_text(attributes.get("DA")) or form_appearance)
    if field_type == "Btn":
        if flags & PUSHBUTTON_FLAG:
            return None
        state = resolve1(annotation.get("AS")) or attributes.get("V")
        kind = RADIO if flags & RADIO_FLAG else CHECKBOX
        return Widget(kind, _name(state), box, size, hidden=hidden)
    if field_type not in _FIELD_KINDS:
        return None
    value = attributes.get("V")
    if isinstance(value, list):  # a multiple-choice list: its chosen values
        value = ", ".join(_text(resolve1(v)) for v in value)
    return Widget(
        _FIELD_KINDS[field_type],
        _text(value),
        box,
        size,
        multiline=bool(flags & MULTILINE_FLAG),
        comb=bool(flags & COMB_FLAG),
        max_len=int(attributes.get("MaxLen") or 0),
        hidden=hidden,
    )


def _layout_transform(page, origin: tuple[float, float] = (0.0, 0.0)):
    """PDF user space -> the words' coordinates (top-down, as _page_objects gives characters):
    pdfminer's page matrix for /Rotate and the MediaBox origin, then pdfplumber's flip, then
    from `origin` (the visible box's corner)."""
    page_obj = page.page_obj
    x0, y0, x1, y1 = (float(v) for v in page_obj.mediabox)
    a, b, c, d, e, f = {
        90: (0, -1, 1, 0, -y0, x1),
        180: (-1, 0, 0, -1, x1, y1),
        270: (0, 1, -1, 0, y1, -x0),
    }.get(page_obj.rotate % 360, (1, 0, 0, 1, -x0, -y0))
    mb_x0, mb_top, height = float(page.mediabox[0]), float(page.mediabox[1]), float(page.height)

    def to_layout(x: float, y: float) -> tuple[float, float]:
        dx, dy = a * x + c * y + e, b * x + d * y + f
        return dx + mb_x0 - origin[0], height - dy + mb_top - origin[1]

    return to_layout


def _name(value) -> str:
    """A PDF name (pdfminer's PSLiteral) or string as text."""
    name = getattr(value, "name", value)
    return _text(name)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        from pdfminer.utils import decode_text

        return decode_text(value)
    return str(value)


# Fake bold: a producer without a bold face draws each glyph again a fraction of a point to the
# side (overprint). A second copy of the same character, font and size whose origin is within this
# many points of the first is that overprint; two real glyphs of one letter are a glyph apart.
OVERPRINT_TOLERANCE = 1.0


def without_overprint(chars: list[dict]) -> list[dict]:
    """`chars` without the copies drawn over a character to make it look bold (pure, order kept).

    pdfplumber's own dedupe_chars does this, but in quadratic time on a page's characters.
    """
    groups: dict[tuple, list[int]] = {}
    for index, char in enumerate(chars):
        groups.setdefault((char["text"], char.get("fontname"), char.get("size"), char.get("upright")), []).append(index)
    dropped: set[int] = set()
    for indexes in groups.values():
        if len(indexes) < 2:
            continue
        kept: list[dict] = []
        for index in sorted(indexes, key=lambda i: (chars[i]["top"], chars[i]["x0"])):
            char = chars[index]
            while kept and kept[0]["top"] < char["top"] - OVERPRINT_TOLERANCE:
                kept.pop(0)
            if any(abs(k["x0"] - char["x0"]) <= OVERPRINT_TOLERANCE for k in kept):
                dropped.add(index)
            else:
                kept.append(char)
    return [char for index, char in enumerate(chars) if index not in dropped] if dropped else chars


# A word space written as a text offset (TJ) with no space character: pdfplumber parts words at a
# gap over a fixed 3 pt, which at 9-10 pt is wider than a typesetter's word space (a third of an
# em, less in a justified line), so such words ran together ("behovav"). A gap between two
# letters wider than this share of the font size (and at least MIN_WORD_GAP pt) parts them.
# Letter spacing and kerning stay well below it (a tenth of an em at most).
WORD_GAP_RATIO = 0.15
MIN_WORD_GAP = 1.0


def _words(chars: list[dict]) -> list[Word]:
    """pdfplumber's word grouping over character dicts (from pdfminer or pdfium), overprints left
    out, words parted at a word-sized gap even without a space character."""
    from pdfplumber.utils import extract_words

    chars = without_overprint(chars)
    if all((c["size"] or 0.0) * WORD_GAP_RATIO >= MIN_WORD_GAP for c in chars):
        # pdfplumber's own size-relative tolerance is the rule exactly when no character is so
        # small that MIN_WORD_GAP applies (and it is faster than parting words afterwards).
        grouped = extract_words(chars, x_tolerance_ratio=WORD_GAP_RATIO, **_WORD_OPTIONS)
    else:
        grouped = [part for w in extract_words(chars, return_chars=True, **_WORD_OPTIONS) for part in _parted(w)]
    return [
        Word(
            text=w["text"],
            x0=float(w["x0"]),
            x1=float(w["x1"]),
            top=float(w["top"]),
            bottom=float(w["bottom"]),
            fontname=str(w["fontname"] or ""),
            size=round(float(w["size"] or 0.0), 2),
        )
        for w in grouped
        if w["text"].strip()
    ]


def _parted(word: dict) -> list[dict]:
    """`word` (pdfplumber's, with its chars) split where two letters stand a word gap apart."""
    from pdfplumber.utils.text import LIGATURES

    chars = word["chars"]
    if len(chars) < 2 or not chars[0].get("upright", True):  # pdfplumber groups words by uprightness
        return [word]
    # One size for the word (pdfplumber's extra_attrs keep a word to one font and size).
    limit = max(MIN_WORD_GAP, WORD_GAP_RATIO * float(chars[0].get("size") or 0.0))
    cuts = [i for i in range(1, len(chars)) if chars[i]["x0"] - chars[i - 1]["x1"] > limit]
    if not cuts:
        return [word]
    groups = [chars[a:b] for a, b in zip([0, *cuts], [*cuts, len(chars)])]
    return [
        {
            "text": "".join(LIGATURES.get(c["text"], c["text"]) for c in group),
            "x0": min(float(c["x0"]) for c in group),
            "x1": max(float(c["x1"]) for c in group),
            "top": min(float(c["top"]) for c in group),
            "bottom": max(float(c["bottom"]) for c in group),
            "fontname": group[0].get("fontname"),
            "size": group[0].get("size"),
        }
        for group in groups
    ]


def _page_objects(page) -> tuple[list[dict], list[dict], list[dict], list[tuple[float, float, float, float]]]:
    """Characters (as the dicts word grouping reads), lines, rectangles and picture boxes, in page order.

    Coordinates as pdfplumber gives them: top-down, shifted by the MediaBox origin.
    """
    from pdfminer.layout import LTChar, LTContainer, LTImage, LTLine, LTRect
    from pdfplumber.page import fix_fontname_bytes

    mb_x0, mb_top = float(page.mediabox[0]), float(page.mediabox[1])
    height, doctop = float(page.height), float(page.initial_doctop)
    chars: list[dict] = []
    lines: list[dict] = []
    rects: list[dict] = []
    images: list[tuple[float, float, float, float]] = []

    def box(obj) -> tuple[float, float, float, float]:
        return (obj.x0 + mb_x0, height - obj.y1 + mb_top, obj.x1 + mb_x0, height - obj.y0 + mb_top)

    def walk(objects) -> None:
        for obj in objects:
            if isinstance(obj, LTChar):
                x0, top, x1, bottom = box(obj)
                fontname = obj.fontname
                if isinstance(fontname, bytes):  # rare; decoded the way pdfplumber does
                    fontname = fix_fontname_bytes(fontname)
                chars.append(
                    {
                        "text": glyph_text(obj.get_text(), fontname),
                        "x0": x0,
                        "x1": x1,
                        "top": top,
                        "bottom": bottom,
                        "doctop": doctop + top,
                        "upright": obj.upright,
                        "fontname": fontname,
                        "size": obj.size,
                    }
                )
            elif isinstance(obj, LTContainer):  # a figure: its children are the page's objects
                walk(obj)
            elif isinstance(obj, LTRect):
                x0, top, x1, bottom = box(obj)
                rects.append(
                    {"x0": x0, "top": top, "x1": x1, "bottom": bottom, "object_type": "rect", "stroke": obj.stroke}
                )
            elif isinstance(obj, LTLine):
                x0, top, x1, bottom = box(obj)
                lines.append({"x0": x0, "top": top, "x1": x1, "bottom": bottom, "object_type": "line"})
            elif isinstance(obj, LTImage):
                images.append(box(obj))

    walk(page.layout)
    return chars, lines, rects, images


def _rules(objects: list[dict]) -> list[tuple[float, float, float, float]]:
    """Horizontal and vertical ruling lines, from lines and thin rectangles (cell borders)."""
    rules = []
    for obj in objects:
        x0, top, x1, bottom = (float(obj[k]) for k in ("x0", "top", "x1", "bottom"))
        width, height = x1 - x0, bottom - top
        thin = min(width, height) <= 2.0
        if obj.get("object_type") == "rect" and not thin:
            # A bordered cell drawn as a stroked rectangle: its four edges.
            if obj.get("stroke"):
                rules += [(x0, top, x1, top), (x0, bottom, x1, bottom), (x0, top, x0, bottom), (x1, top, x1, bottom)]
            continue
        if max(width, height) >= _MIN_RULE_LENGTH:
            rules.append((x0, top, x1, bottom))
    return rules


def _decode(value) -> str:
    if isinstance(value, bytes):
        for enc in ("utf-16", "utf-8", "latin-1"):
            try:
                return value.decode(enc)
            except UnicodeDecodeError:
                continue
    return str(value)


def read_page(path: str | Path, number: int, *, password: str | None = None) -> tuple[Page, tuple[float, float]]:
    """One page's words (page `number`, 1-based) and the top-left corner of its visible
    area (crop box) in the words' coordinates: for highlighting words on a rendered page."""
    path = Path(path)
    check_header(path)
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        with pdfplumber.open(path, password=password or "") as pdf:
            if not 1 <= number <= len(pdf.pages):
                raise BadInputError(path, f"ingen sida {number} (filen har {len(pdf.pages)})")
            page = pdf.pages[number - 1]
            read, _ = _read_page(page, number, _form_appearance(pdf))
            return read, (0.0, 0.0)  # the words are given from the crop box's corner already
    except (BadInputError, MemoryError):
        raise
    except Exception as exc:  # pdfminer raises many unrelated types for broken files
        encrypted = _is_encryption_error(exc, PDFPasswordIncorrect)
        raise BadInputError(path, "krypterad: orden kan inte läsas" if encrypted else "orden kan inte läsas") from None
