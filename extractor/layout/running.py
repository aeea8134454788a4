"""Running headers and footers: lines repeated in the page margins, page numbers."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from statistics import median

from bilagor.extractor.layout.columns import segments
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.ocr_footer import is_ocr_footer
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.layout.titles import is_reference
from bilagor.extractor.words import Page

PAGE_NUMBER = re.compile(
    r"^(sida\s*\d+(\s*(\(\s*\d+\s*\)|av\s*\d+|/\s*\d+))?|\d+(\s*\(\s*\d+\s*\)|\s*(av|/)\s*\d+)?|[-–]\s*\d+\s*[-–]|page\s*\d+(\s*of\s*\d+)?)$",
    re.I,
)

# A fax machine's transmission line at the page's edge opens with the date and time it was sent
# ("2015-03-22 15:10 08-508 69490 1/1"). Set in the machine's own type at about the body's height it is no small
# print, and read as a label it took the title under it as its answer (the slipping faxes of the twenty-first forms).
TRANSMISSION_LINE = re.compile(r"^(19|20)\d\d-[01]\d-[0-3]\d\s+[0-2]?\d[:.][0-5]\d\b")


def _words(text: str) -> frozenset[str]:
    """A margin line's words, digits, punctuation and single letters aside (page numbers, dates and dashes vary,
    and an appendix's letter after its number is the likeliest to be misread on a scan: "5b" read "5d")."""
    return frozenset(re.findall(r"[^\W\d_]{2,}", text.lower()))


def _alike(a: frozenset[str], b: frozenset[str], s: LayoutSettings) -> bool:
    """The same running line, perhaps with a word or two added ('Bilaga 5' / 'Bilaga 5, forts.')."""
    if not a or not b:
        return a == b
    small, large = sorted((a, b), key=len)
    return small <= large and len(large - small) <= s.running_extra_words


def repeat_pages(
    seen: list[tuple[int, float, frozenset[str]]],
    tops: list[float],
    top: float,
    words: frozenset[str],
    s: LayoutSettings,
) -> set[int]:
    """The pages of the margin lines `seen` (sorted by top; `tops` their tops) that stand at about `top` and read
    as the same running line as `words`: a window of them by top, a hair wider than the tolerance, then the test
    itself, so the same pages as a pass over them all (h34: a 67-page document's margin lines, each compared with
    every other, 28 s of its profile)."""
    tol = s.repeat_top_tolerance
    lo, hi = bisect_left(tops, top - tol - 0.001), bisect_right(tops, top + tol + 0.001)
    return {n for n, other_top, other in seen[lo:hi] if abs(other_top - top) <= tol and _alike(words, other, s)}


def _never(_text: str) -> bool:
    return False


def strip_running_lines(
    pages: list[Page],
    page_lines: list[list[Line]],
    body: float = 0.0,
    s: LayoutSettings = DEFAULT_SETTINGS,
    is_label: Callable[[str], bool] = _never,
    is_title_start: Callable[[str], bool] = _never,
) -> tuple[list[list[Line]], list[str]]:
    """Drop headers/footers: lines in the top/bottom margin repeated on several
    pages at about the same height (digits and punctuation ignored, a word or
    two may be added), page numbers, and margin lines in small print (which is
    how a one-page document shows its header), and a page's last line when it says it is a page
    number, and a fax's transmission line at the page's edge (TRANSMISSION_LINE), and a page's first line that ends in
    its page number a column gap from its other runs (`numbered_header`). A line that reads as a known label
    is never dropped: it is the form's own text at the top of a page. On an OCR'd page a line that opens the title
    (`is_title_start`: "Bilaga 5b Ansökan om …", one run, more than the reference) is no small print: a band of
    the scan squeezed flat (a feeder that slipped) sets it smaller than the body."""

    def in_margin(line: Line, page: Page) -> bool:
        band = max(page.height, s.margin_min_page) * s.margin
        return line.bottom < band or line.top > page.height - band

    page_lines, headers = _numbered_headers_apart(pages, page_lines, in_margin, is_label, s)
    page_lines, numbers = _page_numbers_apart(pages, page_lines, in_margin, s)
    numbers = headers + numbers

    seen: list[tuple[int, float, frozenset[str]]] = []
    for page, lines in zip(pages, page_lines):
        for line in lines:
            if in_margin(line, page):
                seen.append((page.number, line.top, _words(line.text)))

    seen.sort(key=lambda entry: entry[1])
    seen_tops = [top for _, top, _ in seen]

    def repeated(line: Line) -> bool:
        return len(repeat_pages(seen, seen_tops, line.top, _words(line.text), s)) >= s.min_repeats

    # Where lines in the body start, and in what size: a label column set small (#12).
    body_starts = [
        (line.x0, line.size) for page, lines in zip(pages, page_lines) for line in lines if not in_margin(line, page)
    ]

    def in_label_type(line: Line) -> bool:
        """Set like lines of the body, at their left edge and size (a small label's wrapped tail
        carried to the top of the next page), not as page furniture."""
        x0, size = line.x0, line.size  # once, not once a body line (a long document's thousands)
        alike = sum(
            abs(x - x0) <= s.min_align_tolerance and abs(other - size) < s.small_print_step for x, other in body_starts
        )
        return alike >= s.small_print_label_lines

    def running(line: Line, page: Page, outermost: bool, type_size: float) -> bool:
        if not in_margin(line, page) or is_label(line.text):
            return False
        # Small print counts only at the page's edge: forms may set labels small too.
        small = (
            outermost
            and type_size
            and line.size
            and line.size <= type_size - s.small_print_step
            and not in_label_type(line)
            and not (ocr_page and opens_title(line))
        )
        sent = outermost and TRANSMISSION_LINE.match(line.text.strip())
        # A print header's file reference on a line of its own ("Bilaga 5" over "Dnr 1.5.1-854-2016"), in the
        # header's bold: read as a heading, it took the title under it as its answer.
        reference = outermost and is_reference(line.text)
        return bool(small or sent or reference or repeated(line) or PAGE_NUMBER.match(line.text.strip()))

    def opens_title(line: Line) -> bool:
        text = line.text.strip()
        whole = len(line.words) > 2 and len(segments(line, s)) == 1 and not is_reference(text)
        return whole and is_title_start(text)

    ocr_page = False
    first_top = min((line.top for line in page_lines[0]), default=0.0) if page_lines else 0.0
    kept, removed = [], []
    for index, (page, lines) in enumerate(zip(pages, page_lines)):
        type_size = scanned_type_size(lines, body)
        ocr_page = read_by_ocr(lines)
        drop = set()
        if index and lines and in_margin(lines[0], page) and not is_label(lines[0].text):
            if header_from_second_page(lines, first_top, s):
                drop.add(id(lines[0]))
        for ordered in (lines, lines[::-1]):  # from the top edge, then from the bottom edge
            for line in ordered:
                if not running(line, page, True, type_size):
                    break
                drop.add(id(line))
        drop |= {id(line) for line in lines if running(line, page, False, type_size)}
        # A page's last line that says it is a page number ("Sida 1 (2)") is furniture wherever it stands:
        # a listing's page line sits under its last line of text, above the margin of a page it does not fill.
        if lines and page_number(lines[-1].text.strip()):
            drop.add(id(lines[-1]))
        # On a scan the footer's page number is misread ("1 (1)" as "111)") and is none of the above: taken by
        # where it stands, apart under the page's text, and by its shape.
        if read_by_ocr(lines) and is_ocr_footer(lines, s):
            drop.add(id(lines[-1]))
        removed += [line.text for line in lines if id(line) in drop]
        kept.append([line for line in lines if id(line) not in drop])
    return kept, numbers + removed


def header_from_second_page(lines: list[Line], first_top: float, s: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """Whether the first of a later page's `lines` is a running header printed from the second page on
    (groff's ms, a word processor's "different first page"): on a two-page document it is on one page
    only, so never repeated. It stands higher than any line of the first page (whose top is `first_top`),
    set in two runs or more a column gap apart, the last set flush right: ending at the page's right edge
    of text and starting where no run of the page's other lines starts, as a header's right part does
    ("Bilaga 7 ... Dnr 3.1-672-2022"); a label's answer starts in the column of the answers below (pure)."""
    head, rest = lines[0], lines[1:]
    runs = segments(head, s)
    if not rest or head.bottom >= first_top or len(runs) < 2:
        return False
    tol = s.min_align_tolerance
    right = runs[-1][0].x0
    if any(abs(run[0].x0 - right) <= tol for line in rest for run in segments(line, s)):
        return False
    return head.x1 >= max(line.x1 for line in rest) - tol


def scanned_type_size(lines: list[Line], body: float) -> float:
    """The size a page's margin line must be under to be small print: the document's body type, or on a scanned
    page (OCR sizes: line heights) its own lines' median when smaller. A copy's pages each keep a different skew
    after straightening, so one page's lines measure 11.9 pt and the next's 10.6: the whole of a short last page
    measured as small print beside the document's body, and its first line of text, at the top, was dropped."""
    sizes = [line.size for line in lines if line.size]
    if not sizes or not read_by_ocr(lines):
        return body
    return min(body, median(sizes))


def read_by_ocr(lines: list[Line]) -> bool:
    """Whether a page's lines were read by OCR: its words name no font."""
    return not any(w.fontname for line in lines for w in line.words)


def page_number(text: str) -> bool:
    """A page number that says it is one ("Sida 1 (2)", "2 av 3", "- 2 -"); a bare number beside
    other text may be an answer ("Antal kameror   10")."""
    return bool(PAGE_NUMBER.match(text)) and not text.isdigit()


def numbered_header(line: Line, s: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """Whether `line` reads as a listing program's header line (enscript, a2ps, pr: "bilaga.txt   Sun Dec 06 2026
    1", "Stockholms stad   Utskrift 2021-05-04   Sida 1"): runs a column gap apart, the last a page number, or a
    bare number after two runs or more. Set in the body's type on a one-page listing it is neither small print nor
    repeated, and taken for a label it held the title under it as its answer (pure)."""
    runs = segments(line, s)
    if len(runs) < 2:
        return False
    last = " ".join(w.text for w in runs[-1]).strip()
    return page_number(last) or (last.isdigit() and len(runs) >= 3)


def _numbered_headers_apart(
    pages: list[Page],
    page_lines: list[list[Line]],
    in_margin: Callable[[Line, Page], bool],
    is_label: Callable[[str], bool],
    s: LayoutSettings,
) -> tuple[list[list[Line]], list[str]]:
    """Each page's first line when it is in the top margin and a `numbered_header` (no known label): taken out
    whole, before `_page_numbers_apart` would keep its runs beside the number as a line of the page; and their
    texts. Only at the top: at the foot a label may stand beside the page number."""
    out, headers = [], []
    for page, lines in zip(pages, page_lines):
        head = lines[0] if lines else None
        if head is not None and in_margin(head, page) and not is_label(head.text) and numbered_header(head, s):
            headers.append(head.text)
            lines = lines[1:]
        out.append(lines)
    return out, headers


def _page_numbers_apart(
    pages: list[Page], page_lines: list[list[Line]], in_margin: Callable[[Line, Page], bool], s: LayoutSettings
) -> tuple[list[list[Line]], list[str]]:
    """Margin lines with a page number set a column gap apart from other text on its baseline (a
    field's label at the foot of a page beside "Sida 1 (2)"): the number taken out, the rest kept
    as a line of its own; and the numbers taken out."""
    out, numbers = [], []
    for page, lines in zip(pages, page_lines):
        kept = []
        for line in lines:
            runs = segments(line, s) if in_margin(line, page) else []
            rest = [w for run in runs if not page_number(" ".join(w.text for w in run)) for w in run]
            if len(runs) < 2 or not rest or len(rest) == len(line.words):
                kept.append(line)
                continue
            numbers.append(" ".join(w.text for w in line.words if w not in rest))
            kept.append(Line(line.page, rest, line.in_grid, line.cell))
        out.append(kept)
    return out, numbers
