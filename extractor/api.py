"""extract_report(): one PDF file -> its Report record.

I/O happens here and in pdf_reader/ocr; layout, labels, text and metadata are
pure functions over the pages read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from bilagor.extractor import EXTRACTOR_VERSION
from bilagor.extractor.errors import BadInputError
from bilagor.extractor.glossary import CANNOT_READ
from bilagor.extractor.labels import (
    is_known_wording,
    is_label,
    is_label_word,
    is_title_start,
    section_key,
    stage_of,
)
from bilagor.extractor.layout import Layout, layout_pages, plain_layout, title_lines
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.file_number import file_number
from bilagor.extractor.metadata import build_metadata, classify_title, title_from_lines, year_warning
from bilagor.extractor.ocr_budget import UNREAD_REASON, OcrBudget, share_seconds, text_seconds, text_unread_warning
from bilagor.extractor.ocr_budget import now as budget_now
from bilagor.extractor.stage_deadline import (
    ENTITIES_SHARE,
    ENTITIES_UNFINISHED_WARNING,
    LAYOUT_SHARE,
    StageOutOfTime,
    alarm_after,
    layout_unfinished_warning,
)
from bilagor.extractor.ocr_plan import OcrPlan, plan_ocr, plan_warnings
from bilagor.extractor.record import Report, Section, bound_amounts
from bilagor.extractor.source_files import path_text
from bilagor.extractor.text import join_lines, normalise, remove_placeholders
from bilagor.extractor.text_ink import page_holds_text
from bilagor.extractor.text_layer import BROKEN_FONT_REASONS, without_unmapped_glyphs
from bilagor.extractor.options import DEFAULT_MAX_PAGES, DEFAULT_OCR, DEFAULT_ROLE_DECISION, ExtractOptions
from bilagor.extractor.words import Page, page_ranges


def extract_report(
    path: str | Path,
    *,
    ocr: str = DEFAULT_OCR,
    password: str | None = None,
    max_pages: int = DEFAULT_MAX_PAGES,
    entities: bool = True,
    work_dir: str | Path | None = None,
    ocr_progress: Callable[[int, int], None] | None = None,
    role_decision: str = DEFAULT_ROLE_DECISION,
    ocr_seconds: float | None = None,
) -> Report:
    """Read one PDF and return its record.

    Raises BadInputError for an empty, non-PDF, damaged or password-protected
    file, or one with more than `max_pages` pages; UsageError for a bad option.
    OCR writes its page images into a private folder made inside `work_dir`
    (the importer passes one in the archive; default: the system's temporary
    folder), removed afterwards. `ocr_progress(done, total)` is told how many
    of the pages to recognise are done, as OCR goes (the import's progress bar).
    `role_decision` ("rules" | "model") is how the amounts' roles are decided (ExtractOptions).
    `ocr_seconds` (the importer's share of its --timeout; None: no limit) is the time from this call
    within which OCR starts its pages (ocr_budget): the pages it has no time for are stored without
    text, with a warning naming them, instead of the whole file being lost to the time-out. The text
    layer's pages have a budget of their own from the same time (ocr_budget.TEXT_SHARE), and the layout must end
    by stage_deadline.LAYOUT_SHARE of it, else the pages' text is stored plain; the amounts and organisations by
    ENTITIES_SHARE, else the record is stored without them.
    """
    from bilagor.extractor.pdf_reader import read_pdf

    began = budget_now()
    layout_end = None if ocr_seconds is None else began + share_seconds(ocr_seconds, LAYOUT_SHARE)
    file_end = None if ocr_seconds is None else began + share_seconds(ocr_seconds, ENTITIES_SHARE)
    budget = None if ocr_seconds is None else OcrBudget.of(ocr_seconds)
    layer_budget = None if ocr_seconds is None else OcrBudget.of(text_seconds(ocr_seconds))

    ExtractOptions(ocr=ocr, password=password, max_pages=max_pages, role_decision=role_decision)  # UsageError
    path = Path(path)
    content = read_pdf(path, password=password, max_pages=max_pages, budget=layer_budget)
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise BadInputError(path, f"{CANNOT_READ}: {exc.strerror or exc}") from None
    pages, used_ocr, warnings = content.pages, False, list(content.warnings)
    if content.unread:
        warnings.append(text_unread_warning(content.unread))
    # pages left for time or unloadable: no scans, so neither OCR'd nor reported as pages without a text layer
    read = [p for p in pages if p.number not in content.unread and p.number not in content.unloadable]

    plan = plan_ocr(read, ocr, printed=lambda number: page_holds_text(path, number, password=password))
    if plan.recognise:
        pages, used_ocr, ocr_warnings = _read_with_ocr(
            path,
            pages,
            content.pages,
            plan,
            ocr=ocr,
            password=password,
            work_dir=work_dir,
            on_page=ocr_progress,
            budget=budget,
        )
        warnings += ocr_warnings
    if budget is not None and budget.unread:
        plan.unread = budget.unread
        from bilagor.extractor.ocr import unrecognised_warning

        warnings.append(unrecognised_warning(budget.unread, UNREAD_REASON))
    scanned = [p.number for p in read if not p.words and p.number not in plan.photo_pages]
    if ocr == "never" and scanned:
        warnings.append(no_text_layer_warning(scanned))
    warnings += plan_warnings(plan, ocr_ran=used_ocr)
    if plan.unreadable:  # glyph numbers are no text: keep those OCR did not read out of the record
        left = set(plan.unreadable) if not used_ocr else set(plan.unreadable) & set(plan.unread)
        pages = [Page(p.number, p.width, p.height, [], p.rules, p.images) if p.number in left else p for p in pages]
    pages = [without_unmapped_glyphs(p) for p in pages]  # a readable page's stray "(cid:N)" symbols

    report = Report(
        id=digest,
        paths=[path_text(path.absolute())],
        filename=path_text(path.name),
        pages=len(pages),
        ocr=used_ocr,
        extractor_version=EXTRACTOR_VERSION,
        warnings=warnings,
    )
    layout_seconds = None if layout_end is None else layout_end - budget_now()
    fill_report(
        report, pages, path=path_text(path.absolute()), pdf_info=content.metadata, layout_seconds=layout_seconds
    )
    if entities:
        from bilagor.extractor.entities import find_entities

        from bilagor.extractor.entities.checks import figure_warnings

        try:
            with alarm_after(None if file_end is None else file_end - budget_now()):
                amounts, organisations = find_entities(report, role_decision=role_decision)
        except StageOutOfTime:  # stored without amounts rather than lost whole
            report.warnings.append(ENTITIES_UNFINISHED_WARNING)
            return report
        report.organisations = organisations
        report.amounts, implausible = bound_amounts(amounts)
        report.warnings += implausible
        report.warnings += figure_warnings(report.amounts)
    return report


# Pages of broken fonts whose OCR teaches the file's codes before its other such pages are decoded with them
TEACHING_PAGES = 2


def _read_with_ocr(
    path: Path,
    pages: list[Page],
    originals: list[Page],
    plan: OcrPlan,
    *,
    ocr: str,
    password: str | None,
    work_dir: str | Path | None,
    on_page: Callable[[int, int], None] | None,
    budget: OcrBudget | None = None,
) -> tuple[list[Page], bool, list[str]]:
    """`pages` with plan.recognise read with OCR (the pages, whether OCR ran, its warnings); pages whose printed
    text is in a font without a usable map are read from their own glyphs where OCR taught the codes
    (broken_font_pages). Past the first TEACHING_PAGES such pages, a page whose glyphs the codes taught there
    nearly all decode is read so without OCR of its own (plan.decoded_unread): a long report in such a font was
    read with OCR page by page, at tens of seconds a page, until the file's time-out. Pages the `budget` left
    unread are neither taught from nor decoded."""
    from bilagor.extractor.broken_font_pages import pages_decoded_with, reread_broken_font_pages, taught_codes
    from bilagor.extractor.ocr import recognise_pages

    def recognised(current: list[Page], numbers: list[int]) -> tuple[list[Page], bool, list[str]]:
        return recognise_pages(
            path,
            current,
            mode=ocr,
            password=password,
            numbers=numbers,
            work_dir=work_dir,
            on_page=on_page,
            budget=budget,
        )

    def read_by_ocr(numbers: list[int]) -> list[int]:
        return [n for n in numbers if budget is None or n not in budget.unread]

    # only where the unreadable layer is the printed one (a scan's invisible OCR layer is not)
    drawn = [n for n, reason in sorted(plan.unreadable.items()) if reason in BROKEN_FONT_REASONS]
    later = drawn[TEACHING_PAGES:] if ocr == "auto" else []
    read, used_ocr, warnings = recognised(pages, [n for n in plan.recognise if n not in later])
    if later and not used_ocr:  # no OCR here: every page as one (its warning names them all)
        read, used_ocr, warnings = recognised(pages, plan.recognise)
        later = []
    if not used_ocr:
        return read, False, warnings
    teaching = read_by_ocr([n for n in drawn if n not in later])
    codes = taught_codes(path, read, teaching, password=password) if later else {}
    read, plan.decoded = reread_broken_font_pages(path, read, originals, teaching, password=password)
    by_codes = pages_decoded_with(path, originals, later, codes, password=password) if plan.decoded else {}
    rest = [n for n in later if n not in by_codes]
    if rest:
        read, _, more = recognised(read, rest)
        warnings += more
        read, decoded = reread_broken_font_pages(path, read, originals, read_by_ocr(rest), password=password)
        plan.decoded = sorted(plan.decoded + decoded)
    plan.decoded_unread = sorted(by_codes)
    return [by_codes.get(p.number, p) for p in read], True, list(dict.fromkeys(warnings))


def no_text_layer_warning(numbers: list[int]) -> str:
    """The warning for pages left unread with --ocr never (index.importer.run.pages_without_text reads it)."""
    which = f"sida {numbers[0]}" if len(numbers) == 1 else f"sidorna {page_ranges(numbers)}"
    return f"{which} saknar textlager (OCR avstängd)"


def warm_up() -> None:
    """Import the PDF reader and build the spaCy pipeline now, not on the first file.

    An import's worker processes call this while starting, so the time a
    first file takes is its own.
    """
    import pdfplumber  # noqa: F401

    from bilagor.extractor.entities.pipeline import build_pipeline

    build_pipeline()


def layout_as_extractor(pages: list[Page], settings: LayoutSettings = DEFAULT_SETTINGS) -> Layout:
    """The layout with every vocabulary hook the extractor gives it (`settings`: its tolerances, for tests)."""
    return layout_pages(
        pages,
        is_label=is_label,
        stage_of=stage_of,
        is_title_start=is_title_start,
        is_label_word=is_label_word,
        is_known_wording=is_known_wording,
        settings=settings,
    )


def fill_report(
    report: Report,
    pages: list[Page],
    *,
    path: str = "",
    pdf_info: dict | None = None,
    layout_seconds: float | None = None,
) -> Report:
    """Set the sections and metadata of `report` from its pages (pure apart from `report`). A layout that takes
    more than `layout_seconds` (None: no limit) is given up: each page's text is stored plain, one section a page,
    with a warning naming the pages (stage_deadline)."""
    try:
        with alarm_after(layout_seconds):
            layout = layout_as_extractor(pages)
        plain = False
    except StageOutOfTime:
        layout, plain = plain_layout(pages), True
    head = layout.preamble
    if plain and head:  # a plain layout's preamble is every page: its title and furniture are on its first page
        head = [ln for ln in head if ln.page == head[0].page]
    title = [ln.text for ln in title_lines(head, layout.body_size, is_title_start)]
    kind, _, _ = classify_title(title_from_lines(title))
    ocr_pages = {p.number for p in pages if p.ocr_layer or (p.words and not any(w.fontname for w in p.words))}
    report.sections = plain_sections(layout, ocr_pages) if plain else sections_from_layout(layout, kind, ocr_pages)
    if plain and (laid := sorted({s.page for s in report.sections})):
        report.warnings.append(layout_unfinished_warning(laid))
    furniture = [ln.text for ln in head] + list(layout.removed)
    keyed_texts = [(s.key, s.text) for s in report.sections]
    meta = build_metadata(title, keyed_texts, layout.markers, path=path, pdf_info=pdf_info, furniture=furniture)
    for name, value in vars(meta).items():
        setattr(report, name, value)
    report.file_number = file_number(furniture, keyed_texts)
    if warning := year_warning(meta):
        report.warnings.append(warning)
    if not report.sections and any(p.words for p in pages):
        report.warnings.append("inga rubriker ur formuläret hittades; texten sparas som ett avsnitt")
        text = join_lines([ln.text for ln in layout.preamble])
        report.sections = [Section("text", "", text, 1)] if text else []
    return report


def plain_sections(layout: Layout, ocr_pages: set[int] | frozenset[int] = frozenset()) -> list[Section]:
    """A plain layout's lines (plain_layout) as one unlabelled section a page, in the pages' order."""
    by_page: dict[int, list[str]] = {}
    for line in layout.preamble:
        by_page.setdefault(line.page, []).append(line.text)
    sections = []
    for number, texts in by_page.items():
        if text := remove_placeholders(join_lines(texts), misread=number in ocr_pages):
            sections.append(Section("text", "", text, number))
    return sections


def sections_from_layout(
    layout: Layout, form_kind: str | None = None, ocr_pages: set[int] | frozenset[int] = frozenset()
) -> list[Section]:
    """The layout's blocks as sections; on OCR'd pages (`ocr_pages`) a placeholder misread is taken out too."""
    sections = []
    for block in layout.blocks:
        label = normalise(block.label)
        text = remove_placeholders(join_lines(block.lines), misread=block.page in ocr_pages)
        sections.append(Section(section_key(label, form_kind), label, text, block.page))
    return sections
