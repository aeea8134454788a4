"""Read a PDF's words and ruling lines with pdfplumber: the I/O edge of extraction.

This module and its helpers (glyphs: characters to words; page_boxes: the
visible area; form_widgets: form-field widgets) are the ones that read
pdfplumber's and pdfminer's objects. A file pdfminer cannot read
(damaged, or "encrypted" but opening with an empty password) is read again
with pdfium (pdfium_text), with a warning in the record. Every failure of
the PDF stack leaves as a BadInputError with one plain reason.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path


from bilagor.extractor.errors import BadInputError
from bilagor.extractor.content_size import MAX_PAGE_CONTENT, TooLarge, page_content_size
from bilagor.extractor.annotation_notes import annotation_warning, note_words
from bilagor.extractor.form_fields import field_warning, first_widgets, widget_words
from bilagor.extractor.form_widgets import form_appearance, page_annotations
from bilagor.extractor.glyphs import words_from_chars
from bilagor.extractor.page_boxes import visible_box
from bilagor.extractor.pdf_rc4 import opened_pdf
from bilagor.extractor.glossary import CANNOT_READ, DAMAGED_PDF, NO_SUCH_FILE
from bilagor.extractor.ocr_budget import OcrBudget
from bilagor.extractor.options import DEFAULT_MAX_PAGES
from bilagor.extractor.shaded_fields import shaded_fields
from bilagor.extractor.soft_hyphens import drawn_hyphens, read_soft_hyphens
from bilagor.extractor.stamp_chars import without_stamp_chars
from bilagor.extractor.source_files import NotRegularFile, open_regular
from bilagor.extractor.text_columns import in_column_order
from bilagor.extractor.turned_labels import set_turned_labels_upright
from bilagor.extractor.visible_content import document_groups_off, layout_objects, visible_layout
from bilagor.extractor.words import Page, page_ranges

# pdfminer logs every repair of a damaged file as a warning; without a handler
# Python would print them to the user's terminal. What fails is reported instead.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())

PDFIUM_WARNING = "läst med pdfium: "  # how the record says the second reader read it
_OLD_PDFIUM_WARNING = "read with pdfium: "  # the same, in records made before EXTRACTOR_VERSION 7
# Rules shorter than this (pt) are underlines or table-cell ticks, not borders.
_MIN_RULE_LENGTH = 20.0
# Turned characters are left out while at least this share of a page's characters is upright.
_MIN_UPRIGHT_SHARE = 0.5
# A border is at most this thick (pt): a ring this thin between two nested fills is one.
_MAX_RULE_WIDTH = 2.0
# A vertical rule shorter than a border joins a horizontal rule when its end is this close (pt).
_RULE_JOIN_SLACK = 1.0
# Ring borders and short cell borders are looked for among at most this many shapes of a page (each is
# compared with the others).
_MAX_PAIRED_SHAPES = 2000
# An /Encrypt entry that is another kind of object, or a password handler's without the /O or /U it checks
# passwords by
DAMAGED_ENCRYPTION = "krypteringsuppgifterna är skadade"
# A security handler pdfium does not support (a certificate's /Adobe.PubSec, a vendor's own): no password opens it.
UNSUPPORTED_SECURITY = "krypterad med ett skydd som inte stöds (certifikat eller leverantörens eget, inte lösenord)"


# A PDF starts with "%PDF-1.x" within its first 1024 bytes; a header whose version was lost ("%PDF" and a line
# end: pdfium's bug_828206) or whose dash was ("%PDF1.4": format-corpus's T01_004) is a damaged PDF the readers
# may still open (poppler and pdfminer do), not another kind of file; so is one whose dash became another sign
# ("%PDF.1.4": JHOVE's T01_005, h35, which pdfminer reads whole).
_PDF_HEADER = re.compile(rb"%PDF(?:-|\s|\d|[^A-Za-z0-9\s]\d)")
# The header may start this many bytes in (a mail or web server's junk before it), as pdfium takes it: pdf-reader's
# junk_prefix_1024 (1 024 bytes of junk, then "%PDF-1.3") was "inte en PDF" when only the first 1 024 were read (h32).
HEADER_WINDOW = 1024
# A PDF object's opening ("12 0 obj").
_OBJECT_START = rb"\d+\s+\d+\s+obj\b"
_PDF_OBJECT = re.compile(_OBJECT_START)
# A PDF whose header line is lost: at its start only comment lines (the binary marker "%âãÏÓ") before its first
# object (h35: JHOVE's T01_007, which pdfminer reads; it was refused as "inte en PDF"). A comment that names
# another format ("%!PS") or reads as a header's misspelling ("%PDFs …") is no such PDF.
_HEADER_LOST = re.compile(rb"(?:%(?!PDF|!)[^\r\n]*[\r\n]+)*" + _OBJECT_START)


@dataclass
class PdfContent:
    pages: list[Page]
    metadata: dict[str, str] = field(default_factory=dict)  # Info dictionary, decoded
    warnings: list[str] = field(default_factory=list)  # e.g. read with the second reader
    unread: list[int] = field(default_factory=list)  # pages whose text layer the budget left unread (no words)
    unloadable: list[int] = field(default_factory=list)  # damaged pages no reader could load (no words)


def check_header(path: Path) -> None:
    """Cheap checks before the PDF parser runs: a regular file, non-empty, starts like a PDF."""
    try:
        with open(open_regular(path), "rb") as fh:
            head = fh.read(HEADER_WINDOW + 5)  # "%PDF" and the byte after it, starting at HEADER_WINDOW at most
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
    if not _PDF_HEADER.search(head) and not _HEADER_LOST.match(head):
        kind = other_kind(head)
        raise BadInputError(path, f"inte en PDF: {kind}" if kind else "inte en PDF")


# Kinds of file that come named *.pdf, told by their first bytes, so that "inte en PDF" says what the file is
# instead: a repository cloned without Git LFS leaves a pointer of three lines in each PDF's place (h34: open-parse's
# samples, fifteen of them), a web server's error page is saved under the PDF's name, a Word file is renamed.
_OTHER_KINDS = (
    (
        re.compile(rb"^version https://git-lfs\.github\.com/spec/"),
        "en Git LFS-pekare, inte filen själv (hämta den med git lfs pull)",
    ),
    (re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<!doctype\s+html|<html|<head|<body)", re.IGNORECASE), "en webbsida (HTML)"),
    (re.compile(rb"^%!PS"), "en PostScript-fil"),
    (re.compile(rb"^PK\x03\x04"), "ett ZIP-arkiv (eller en Word-, Excel- eller OpenDocument-fil)"),
    (re.compile(rb"^(?:Rar!\x1a\x07|7z\xbc\xaf\x27\x1c|\x1f\x8b)"), "ett packat arkiv (RAR, 7z eller gzip)"),
    (re.compile(rb"^\{\\rtf"), "en RTF-fil"),
    (re.compile(rb"^(?:\x89PNG|\xff\xd8\xff|GIF8|II\*\x00|MM\x00\*)"), "en bild (PNG, JPEG, GIF eller TIFF)"),
)


def other_kind(head: bytes) -> str | None:
    """What a file that is no PDF is, by its first bytes (`_OTHER_KINDS`), or None when it is none of those."""
    return next((kind for pattern, kind in _OTHER_KINDS if pattern.match(head)), None)


def read_pdf(
    path: str | Path,
    *,
    password: str | None = None,
    max_pages: int = DEFAULT_MAX_PAGES,
    budget: OcrBudget | None = None,
) -> PdfContent:
    """Words (with fonts and positions), ruling lines and metadata of every page.

    With a `budget` (the import's share of its --timeout for the text layer), a page after the first is
    read only while the time so far and the slowest page yet fit in it; the pages left are kept without
    words (their size only) and listed in PdfContent.unread, so a long document is stored by its first
    pages instead of being lost whole to the file's time-out.
    """
    path = Path(path)
    check_header(path)
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        with opened_pdf(path, password) as pdf:
            read_soft_hyphens(pdf)
            declared = declared_page_count(pdf.doc)
            if declared is not None and declared > max_pages:  # refused before every page object is parsed
                raise BadInputError(path, f"{declared} sidor, fler än --max-pages {max_pages}")
            count = len(pdf.pages)
            if count > max_pages:
                raise BadInputError(path, f"{count} sidor, fler än --max-pages {max_pages}")
            appearance, off = form_appearance(pdf), document_groups_off(pdf)
            read = _read_pages(pdf.pages, appearance, off, budget)
            metadata = {str(k): _decode(v) for k, v in (pdf.metadata or {}).items()}
    except (BadInputError, MemoryError):  # MemoryError: the worker's limit, reported as such
        raise
    except _ContentBomb as bomb:  # the main reader would unpack it whole: the second one keeps its limits
        return _read_with_pdfium(path, password=password, max_pages=max_pages, encrypted=False, why=bomb.why)
    except Exception as exc:  # pdfminer raises many unrelated types for broken files
        return _read_with_pdfium(
            path,
            password=password,
            max_pages=max_pages,
            encrypted=_is_encryption_error(exc, PDFPasswordIncorrect),
            encrypt_entry=_encrypt_entry(exc),
        )
    pages = _in_column_order(_with_ocr_layers([page for page, _, _ in read], path, password))
    with_fields = [page.number for page, fields, _ in read if fields]
    with_notes = [page.number for page, _, notes in read if notes]
    unread = list(budget.unread) if budget is not None else []
    return PdfContent(pages, metadata, _answer_warnings(with_fields, with_notes), unread)


def declared_page_count(document: object) -> int | None:
    """The page count the page tree's root declares (its /Count), read without parsing a page: None when it
    has none that is a whole number, or one larger than the file's count of objects (each page is one; h39:
    fuzzed files of one page declaring 9 999 999 999). pdfplumber's page list parses every page object first
    (h39: oxidizePdf's hang_4mb_10kpages, 10 000 pages, took 3.3 s of CPU, 27 s under load, to be refused by
    --max-pages)."""
    from pdfminer.pdftypes import resolve1

    try:
        root = resolve1(document.catalog.get("Pages"))  # type: ignore[attr-defined]
        count = resolve1(root.get("Count")) if isinstance(root, dict) else None
        if not isinstance(count, int) or isinstance(count, bool):
            return None
        objects = {objid for xref in document.xrefs for objid in xref.get_objids()}  # type: ignore[attr-defined]
    except Exception:  # pdfminer raises many unrelated types for broken files
        return None
    return count if count <= len(objects) else None


def _read_pages(
    pages: list, appearance: str, off: frozenset[int] | None, budget: OcrBudget | None
) -> list[tuple[Page, int, int]]:
    """Each page read (_read_page) while the `budget` allows it; the rest as empty pages of their size."""
    read: list[tuple[Page, int, int]] = []
    earlier = EarlierPages()
    for index, page in enumerate(pages):
        number = index + 1
        if budget is not None and read and (budget.unread or not budget.allows_page()):
            budget.left_unread([number])
            read.append((_unread_page(page, number), 0, 0))
            continue
        if budget is not None:
            budget.page_began()
        read.append(_read_page(page, number, appearance, off, earlier))
        if budget is not None:
            budget.page_ended()
    return read


def _unread_page(page, number: int) -> Page:
    """A page whose content is not read: its visible size only (from its boxes, no content parsed)."""
    try:
        left, top, right, bottom = visible_box(page)
    finally:
        page.close()
    return Page(number=number, width=right - left, height=bottom - top, words=[], rules=[], images=[])


def _in_column_order(pages: list[Page]) -> list[Page]:
    """Text layers' pages with a body set in text columns read a column at a time (text_columns.py); a
    scan's own OCR layer is read by the OCR layout, which has its own column code."""
    return [page if page.ocr_layer else in_column_order(page) for page in pages]


def _answer_warnings(with_fields: list[int], with_notes: list[int]) -> list[str]:
    """The record's warnings for pages whose answers came from form fields or from annotations."""
    return ([field_warning(with_fields)] if with_fields else []) + (
        [annotation_warning(with_notes)] if with_notes else []
    )


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


def _error_chain(exc: BaseException) -> list[BaseException]:
    """`exc` and the errors it wraps (pdfplumber wraps pdfminer's)."""
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
    return chain


def _is_encryption_error(exc: BaseException, password_error: type) -> bool:
    """Whether a PDF-stack failure is about encryption. Not when pdfminer could not take the /Encrypt entry
    for a dictionary at all (_encrypt_entry): then pdfium's verdict decides (a damaged cross-reference
    table hides a real one from pdfminer, tika's owner_user files; a fuzzed file's is empty)."""
    if _encrypt_entry(exc) is not None:
        return False
    return any(isinstance(e, password_error) or type(e).__name__.startswith("PDFEncrypt") for e in _error_chain(exc))


def _encrypt_entry(exc: BaseException) -> str | None:
    """What pdfminer's refusal says of an /Encrypt entry that names no security handler (its message
    "Unknown filter: param={...}" shows the dictionary, and it has no 'Filter'): "other", another kind of
    object (a font's dictionary, pdf-rs's 252-crash: no password opens it, the file is damaged; poppler
    reads it as not encrypted); "none", nothing pdfminer could resolve; None, neither."""
    for e in _error_chain(exc):
        text = str(e)
        if type(e).__name__ == "PDFEncryptionError" and text.startswith("Unknown filter") and "'Filter'" not in text:
            return "none" if text.endswith("param={}") else "other"
    return None


# A file neither reader opens whose last bytes hold no "%%EOF" (a PDF's every revision ends in one) was cut off: a
# broken download or copy (h34: a header alone of 15 bytes, a fuzzer's file cut after its first objects). Said so,
# since "the structure is damaged" alone leaves the user to guess that fetching it again would do.
TRUNCATED = ", filen slutar utan %%EOF (avkortad, till exempel en avbruten nedladdning)"


# A file whose "%PDF" stands after its start and that holds no PDF object is some other file that mentions the
# header (h35: a PDF parser's own source code, its comments quoting "%PDF-", named *.pdf): neither reader opens it,
# and it has no "%%EOF", so it was called cut off. It is said to be what it is instead.
_NOT_TEXT = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
TEXT_FILE = "en textfil som bara nämner %PDF (ingen PDF i sig)"
# A text file whose objects all stand inside its own text: source code whose string literals spell a PDF
# ('return "%PDF-1.4\n1 0 obj\n<< … >>"', '$pdf .= "2 0 obj …"'; h38: LibreSign's PdfGenerator.php, refused as
# "strukturen är skadad"). A PDF's object opens a line or follows whitespace; a quoted one follows a quote, a
# written-out "\n" or a word. One object that stands free leaves the file to the damaged PDFs.
QUOTING_TEXT_FILE = "en textfil som citerar PDF-kod (ingen PDF i sig)"
_FREE_OBJECT = re.compile(rb"(?<!\S)" + _OBJECT_START)
# A header that stands outside a string literal: not right after a quote. A source whose every header is quoted
# (b"%PDF-1.4\n", "%PDF-1.7") quotes PDF code even where its objects open lines inside a literal of several lines
# (h39: oxidizePdf's Rust tests, r#"\n1 0 obj\n…"# and "\n\" continuations, were "skadad PDF: … avkortad").
_FREE_HEADER = re.compile(rb"(?<![\"'`])" + _PDF_HEADER.pattern)
_SCAN_CHUNK = 1 << 20


def mentions_pdf_only(path: Path) -> str | None:
    """What a file a reader refused is when its "%PDF" header is not at its start and it holds no PDF object
    ("N N obj") or, a text file, only objects inside its text (`_FREE_OBJECT`) or only headers inside string
    literals (`_FREE_HEADER`): its kind by its first bytes (`other_kind`) or a text file, or None (a PDF, damaged,
    or a file of no kind told here). The whole file is scanned for an object: a PDF may hold junk before its
    header."""
    quoted = free_object = free_header = False
    try:
        with open(path, "rb") as fh:
            head = fh.read(HEADER_WINDOW + 5)
            found = _PDF_HEADER.search(head)
            if found is None or found.start() == 0:
                return None
            if kind := other_kind(head):
                # an archive, an image or a web page no reader opens is that, whatever PDF it holds (h39: DROID's
                # sample.rar, a PDF stored in a RAR archive, was "skadad PDF: strukturen är skadad")
                return kind
            text = _is_text(head)
            fh.seek(0)
            tail = b""
            while chunk := fh.read(_SCAN_CHUNK):
                window = tail + chunk
                if _PDF_OBJECT.search(window):
                    if not text:
                        return None
                    quoted = True
                    free_object = free_object or _FREE_OBJECT.search(window) is not None
                free_header = free_header or _FREE_HEADER.search(window) is not None
                tail = chunk[-64:]  # an object's number may straddle two chunks
    except OSError:
        return None
    if not text or (free_object and free_header):
        return None
    return QUOTING_TEXT_FILE if quoted else TEXT_FILE


def _is_text(head: bytes) -> bool:
    """Whether `head` (a file's first bytes) reads as UTF-8 or Latin-1 text: no control bytes but line ends and
    tabs."""
    return not _NOT_TEXT.search(head)


def ends_early(path: Path) -> bool:
    """Whether the file's last kilobyte holds no "%%EOF" (a file a reader refused: cut off, likely)."""
    try:
        with open(path, "rb") as fh:
            fh.seek(max(0, fh.seek(0, 2) - 1024))
            return b"%%EOF" not in fh.read()
    except OSError:
        return False


def _read_with_pdfium(
    path: Path,
    *,
    password: str | None,
    max_pages: int,
    encrypted: bool,
    encrypt_entry: str | None = None,
    why: str | None = None,
) -> PdfContent:
    """The second reader, for a file pdfminer refused; BadInputError with a plain reason if it fails too.
    With an /Encrypt entry that is another kind of object (`encrypt_entry` "other", _encrypt_entry) pdfium's
    own "needs a password" is no reason either: the file is damaged; so is one pdfminer found empty or could not
    resolve ("none") when pdfium finds no security handler it knows in it. A named handler pdfium does not
    support (a certificate's) is encryption no password opens, and said so.

    pdfminer's own message is not shown: it names its internals ("'NoneType'
    object is not iterable"), which say nothing to a user.
    """
    from bilagor.extractor.pdfium_text import PdfiumFailed, read_with_pdfium

    try:
        document = read_with_pdfium(path, password=password, max_pages=max_pages)
    except MemoryError:
        raise
    except PdfiumFailed as exc:
        if encrypt_entry == "other" or (encrypt_entry == "none" and exc.unsupported_security):
            raise BadInputError(path, f"{DAMAGED_PDF}: {DAMAGED_ENCRYPTION}") from None
        if exc.unsupported_security:
            raise BadInputError(path, UNSUPPORTED_SECURITY) from None
        if (encrypted or exc.password_needed) and lacks_password_check(encryption_entries(path)):
            raise BadInputError(path, f"{DAMAGED_PDF}: {DAMAGED_ENCRYPTION}") from None
        if encrypted or exc.password_needed:
            raise BadInputError(
                path, "krypterad: fel lösenord" if password else "krypterad: behöver ett lösenord (--password)"
            ) from None
        if kind := mentions_pdf_only(path):
            raise BadInputError(path, f"inte en PDF: {kind}") from None
        raise BadInputError(path, f"{DAMAGED_PDF}: {exc.reason}{TRUNCATED if ends_early(path) else ''}") from None
    except Exception:  # pdfium opened it but failed on a page
        raise BadInputError(path, f"{DAMAGED_PDF}: sidorna kan inte läsas") from None
    if document.page_count > max_pages:
        raise BadInputError(path, f"{document.page_count} sidor, fler än --max-pages {max_pages}")
    failed = [p.number for p in document.pages if p.failed]
    if failed and not any(p.chars or p.images for p in document.pages):  # nothing of it can be read
        raise BadInputError(path, f"{DAMAGED_PDF}: sidorna kan inte läsas")
    pages, with_fields, with_notes = [], [], []
    for p in document.pages:
        words = words_from_chars(p.chars)
        answers = widget_words(p.widgets, words) if p.widgets else []
        typed = note_words(p.notes, words) if p.notes else []
        with_fields += [p.number] if answers else []
        with_notes += [p.number] if typed else []
        pages.append(Page(p.number, p.width, p.height, words + answers + typed, _rules(p.lines), p.images))
    warnings = [pdfium_warning(encrypted, why), *_answer_warnings(with_fields, with_notes)]
    warnings += [failed_pages_warning(failed)] if failed else []
    return PdfContent(_in_column_order(pages), document.metadata, warnings, unloadable=failed)


class _EncryptionFound(Exception):
    def __init__(self, entries: dict[str, object]):
        super().__init__()
        self.entries = entries


def encryption_entries(path: Path) -> dict[str, object] | None:
    """The trailer's /Encrypt dictionary as plain values (names as str, strings as bytes), read by pdfminer
    without building its security handler (which fails on the entries it lacks); None without one or when
    pdfminer cannot get that far."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1
    from pdfminer.psparser import PSLiteral

    class Peek(PDFDocument):
        def _initialize_password(self, password: str = "") -> None:
            _, entries = self.encryption or (None, {})
            plain = {str(k): resolve1(v) for k, v in entries.items()}
            raise _EncryptionFound({k: v.name if isinstance(v, PSLiteral) else v for k, v in plain.items()})

    try:
        with open(path, "rb") as fh:
            Peek(PDFParser(fh))
    except _EncryptionFound as found:
        return found.entries
    except Exception:  # pdfminer raises many unrelated types for broken files
        return None
    return None


def lacks_password_check(entries: dict[str, object] | None) -> bool:
    """Whether an /Encrypt dictionary of the password handler (/Filter /Standard) lacks the /O or /U string every
    password is checked against: no password opens it, the file's encryption entry is damaged (h39: tc-lib-pdf's
    encrypted_import_stub, "<< /Filter /Standard /V 2 /R 3 /Length 128 >>", was "behöver ett lösenord")."""
    if not entries or entries.get("Filter") != "Standard":
        return False
    return not all(isinstance(entries.get(key), bytes) for key in ("O", "U"))


def failed_pages_warning(numbers: list[int]) -> str:
    """The record's warning for pages neither reader can load (a damaged page object): kept without text."""
    which = f"sida {numbers[0]}" if len(numbers) == 1 else f"sidorna {page_ranges(numbers)}"
    return f"{which} kan inte läsas ({DAMAGED_PDF}): sparas utan text"


def pdfium_warning(encrypted: bool, why: str | None = None) -> str:
    """What the record says when pdfium read a file the main reader (pdfplumber) refused, or (`why`) did not
    try."""
    if why:
        return f"{PDFIUM_WARNING}{why}"
    why = "öppnad utan lösenord" if encrypted else "strukturen är skadad"
    return f"{PDFIUM_WARNING}{why}, huvudläsaren för PDF vägrade"


class _ContentBomb(Exception):
    """A page whose content streams unpack past content_size.MAX_PAGE_CONTENT (a decompression bomb)."""

    def __init__(self, number: int):
        super().__init__(number)
        self.why = (
            f"innehållet på sida {number} packas upp till mer än {MAX_PAGE_CONTENT // (1024 * 1024)} MB "
            "(en dekomprimeringsbomb), huvudläsaren för PDF läste inte filen"
        )


def is_pdfium_warning(warning: str) -> bool:
    return warning.startswith((PDFIUM_WARNING, _OLD_PDFIUM_WARNING))


@dataclass
class EarlierPages:
    """What a document's earlier pages read that a later page's reading looks at (one a document, `_read_pages`')."""

    shown: set[int] = field(default_factory=set)  # form fields whose value a page read already (form_fields)
    label_walls: list[float] = field(default_factory=list)  # turned label columns' walls (turned_labels)


def _read_page(
    page,
    number: int,
    appearance: str = "",
    off: frozenset[int] | None = None,
    earlier: EarlierPages | None = None,
) -> tuple[Page, int, int]:
    """One page's words, rules and pictures, from pdfplumber's layout objects, and how many of
    its words are answers read from form-field widgets (form_fields) and from annotations
    (annotation_notes), which the content lacks. Content in an optional-content group that is
    switched off (`off`) is not read: a viewer does not show it. A form field's value is read in its first
    widget only, and a lone turned label read in a column an earlier page read (`earlier`: what the document's
    earlier pages read; a page alone without).

    Page.extract_words() would first turn every character into pdfplumber's
    full object dict (colours, matrix, marked content...: half the time of
    reading a page). The words come out the same from pdfplumber's own word
    grouping fed with only the keys it reads, built here from page.layout.
    The page's layout tree is dropped once read: pdfplumber keeps it until
    the file is closed, so a long file's trees would otherwise all add up.
    """
    earlier = earlier if earlier is not None else EarlierPages()
    try:
        try:
            page_content_size(page.page_obj)
        except TooLarge:
            raise _ContentBomb(number) from None
        chars, lines, rects, images = layout_objects(page, visible_layout(page, off))
        left, top, right, bottom = visible_box(page)
        widgets, notes = page_annotations(page, appearance, origin=(left, top), off=off)
    finally:
        page.close()
    width, height = right - left, bottom - top
    if (left, top, right, bottom) != (0.0, 0.0, float(page.width), float(page.height)):
        chars = [c for c in _moved(chars, left, top) if _inside(c, width, height)]
        lines, rects = _moved(lines, left, top), _moved(rects, left, top)
        images = [(x0 - left, t - top, x1 - left, b - top) for x0, t, x1, b in images]
    chars = without_stamp_chars(drawn_hyphens(chars))
    upright = _upright(chars)
    words = words_from_chars(upright)
    rules = _rules(lines + rects)
    if len(upright) < len(chars):  # turned labels in a table's left column read upright beside their answers
        turned = [c for c in chars if not c["upright"]]
        words, rules, width = set_turned_labels_upright(words, turned, rules, width, earlier.label_walls)
    widgets = first_widgets(widgets, earlier.shown)
    answers = widget_words(widgets, words) if widgets else []
    typed = note_words(notes, words) if notes else []
    page_data = Page(
        number=number,
        width=width,
        height=height,
        words=words + answers + typed,
        rules=rules,
        images=images,
        fills=shaded_fields(rects),
    )
    return page_data, len(answers), len(typed)


def _upright(chars: list[dict]) -> list[dict]:
    """The page's characters without its turned ones (column heads set vertically, a margin note),
    which read as one-letter words across the lines they cross, unless the page is mostly turned."""
    upright = [c for c in chars if c["upright"]]
    return upright if len(upright) >= _MIN_UPRIGHT_SHARE * len(chars) else chars


def _moved(objects: list[dict], left: float, top: float) -> list[dict]:
    return [
        {**o, "x0": o["x0"] - left, "x1": o["x1"] - left, "top": o["top"] - top, "bottom": o["bottom"] - top}
        for o in objects
    ]


def _inside(char: dict, width: float, height: float) -> bool:
    """Whether a character's middle lies on the visible page (not in a bleed or beyond the CropBox)."""
    x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    return -1.0 <= x <= width + 1.0 and -1.0 <= y <= height + 1.0


Box = tuple[float, float, float, float]


def _rules(objects: list[dict]) -> list[Box]:
    """Horizontal and vertical ruling lines, from lines and thin rectangles (cell borders), and
    from borders drawn as a ring between two nested fills."""
    rules = []
    fills: list[Box] = []
    short: list[Box] = []  # thin vertical rules shorter than a border
    for obj in objects:
        x0, top, x1, bottom = (float(obj[k]) for k in ("x0", "top", "x1", "bottom"))
        width, height = x1 - x0, bottom - top
        thin = min(width, height) <= _MAX_RULE_WIDTH
        if obj.get("object_type") == "rect" and not thin:
            # A bordered cell drawn as a stroked rectangle: its four edges.
            if obj.get("stroke"):
                rules += [(x0, top, x1, top), (x0, bottom, x1, bottom), (x0, top, x0, bottom), (x1, top, x1, bottom)]
            if obj.get("fill") and obj.get("evenodd"):
                fills.append((x0, top, x1, bottom))
            continue
        if max(width, height) >= _MIN_RULE_LENGTH:
            rules.append((x0, top, x1, bottom))
        elif width <= _MAX_RULE_WIDTH < height:
            short.append((x0, top, x1, bottom))
    rules += _ring_borders(fills[:_MAX_PAIRED_SHAPES])
    return rules + _cell_borders(short[:_MAX_PAIRED_SHAPES], rules)


def _cell_borders(short: list[Box], rules: list[Box]) -> list[Box]:
    """The short vertical rules that run from one horizontal rule to another: the borders of a
    table row's cells when the row is lower than a border's least length (a row of one line)."""
    across = [r for r in rules if r[2] - r[0] > r[3] - r[1]]

    def meets(x: float, y: float) -> bool:
        return any(
            abs(r[1] - y) <= _RULE_JOIN_SLACK and r[0] - _RULE_JOIN_SLACK <= x <= r[2] + _RULE_JOIN_SLACK
            for r in across
        )

    return [v for v in short if meets(v[0], v[1]) and meets(v[0], v[3])]


def _ring_borders(fills: list[Box]) -> list[Box]:
    """The sides of each thin ring between two nested even-odd fills (WeasyPrint paints a CSS
    border as a box with a hole): a side where the inner box stops short of the outer one is a rule."""
    rules: list[Box] = []
    for outer in fills:
        for inner in fills:
            gaps = (inner[0] - outer[0], inner[1] - outer[1], outer[2] - inner[2], outer[3] - inner[3])
            if inner == outer or not all(0 <= g <= _MAX_RULE_WIDTH for g in gaps) or not any(gaps):
                continue
            x0, top, x1, bottom = outer
            sides = (
                (x0, top, inner[0], bottom),
                (x0, top, x1, inner[1]),
                (inner[2], top, x1, bottom),
                (x0, inner[3], x1, bottom),
            )
            rules += [
                side
                for gap, side in zip(gaps, sides)
                if gap > 0 and max(side[2] - side[0], side[3] - side[1]) >= _MIN_RULE_LENGTH
            ]
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
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        with opened_pdf(path, password) as pdf:
            read_soft_hyphens(pdf)
            if not 1 <= number <= len(pdf.pages):
                raise BadInputError(path, f"ingen sida {number} (filen har {len(pdf.pages)})")
            page = pdf.pages[number - 1]
            read, _, _ = _read_page(page, number, form_appearance(pdf), document_groups_off(pdf))
            return read, (0.0, 0.0)  # the words are given from the crop box's corner already
    except (BadInputError, MemoryError):
        raise
    except Exception as exc:  # pdfminer raises many unrelated types for broken files
        encrypted = _is_encryption_error(exc, PDFPasswordIncorrect)
        raise BadInputError(path, "krypterad: orden kan inte läsas" if encrypted else "orden kan inte läsas") from None
