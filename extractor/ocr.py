"""Recognise pages without a text layer (scanned reports) with Tesseract.

Pages are rendered with pypdfium2 and read with Tesseract's Swedish model into
words with boxes, converted to the same `Word`/`Page` data (PDF points,
top-left origin, y down) the pdfplumber reader gives, so one layout code
handles both. Without Tesseract such pages are kept empty and the record gets
a warning naming the missing packages; it is never silently empty.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from bilagor.extractor.errors import BadInputError, MissingDependencyError
from bilagor.extractor.ocr_dashes import dashes_by_width
from bilagor.extractor.ocr_marks import (
    joined_emails,
    letters_read_for_at,
    without_border_bars,
    without_dust_after_marker,
    without_dust_letters,
    without_dust_marks,
)
from bilagor.extractor.ocr_boxes import cut_overrun_boxes
from bilagor.extractor.ocr_dots import restored_dots
from bilagor.extractor.ocr_stops import stops_for_commas
from bilagor.extractor.ocr_budget import OcrBudget, OutOfTime, in_force, seconds_left
from bilagor.extractor.ocr_caps import capitals_size
from bilagor.extractor.ocr_cell_scale import enlarged, holds_print, sheet_enlargement
from bilagor.extractor.magnifier import without_magnifier
from bilagor.extractor.burnt_edges import without_burnt_edges
from bilagor.extractor.candidates import best_of
from bilagor.extractor.ocr_sheet import sheet_pages
from bilagor.extractor.print_probe import holds_print_lines, is_blank, probe_scale
from bilagor.extractor.ocr_legends import without_legend_stubs
from bilagor.extractor.ocr_ticks import ticked_stage_line
from bilagor.extractor.ocr_orientation import better_turned, may_be_turned, osd_rotation, turned_box
from bilagor.extractor.ocr_numbers import file_number_label, page_number_ones, regrouped_thousands
from bilagor.extractor.ocr_render import (
    drawn_scale,
    enlarged_bilevel,
    image_pixel,
    image_scale,
    page_images,
    page_pixels,
    smooth_scale,
)
from bilagor.extractor.render import SMALLEST_SCALE, capped_scale
from bilagor.extractor.ocr_misreads import (
    bars_read_for_i,
    mend_double_v,
    mend_district_name,
    mend_label_start,
    mend_lone_capital_i,
    mend_misread,
    split_glued_colons,
)
from bilagor.extractor.words import Page, Word
from bilagor.extractor.words import page_ranges as _ranges

LANGUAGE = "swe"
DPI = 300
# Ruling lines at least this long (points) are table borders: they are taken
# out of the image before OCR (Tesseract drops text in tight bordered cells)
# and returned as the page's rules, as the text-layer reader does.
MIN_RULE_POINTS = 36.0
_DARK = 160  # grey level below which a pixel is ink
OCR_MISSING = "tesseract-ocr och tesseract-ocr-swe är inte installerade"
SWEDISH_MISSING = "tesseract-ocr-swe (svenska för tesseract-ocr) är inte installerat"
# pytesseract is one of bilagor's own dependencies; missing, the install is broken.
PYTESSERACT_MISSING = "pytesseract är inte installerat (installera om bilagor, eller: pip install pytesseract)"
# Every warning about pages left unrecognised starts with this, so callers
# (the import summary) can pick them out of a record's warnings.
WARNING_PREFIX = "inte läst (inget textlager"
_OLD_WARNING_PREFIX = "not recognised (no text layer"  # records made before EXTRACTOR_VERSION 7


def ocr_unavailable_reason() -> str | None:
    """Why OCR cannot run here (the packages to install), or None when it can."""
    return _unavailable_reason()


@lru_cache(maxsize=1)
def _unavailable_reason() -> str | None:
    try:
        import pytesseract
    except ImportError:
        return PYTESSERACT_MISSING
    try:
        pytesseract.get_tesseract_version()
        languages = pytesseract.get_languages(config="")
    except Exception:  # TesseractNotFoundError, or a broken install
        return OCR_MISSING
    if LANGUAGE not in languages:
        return SWEDISH_MISSING
    return None


def is_ocr_warning(warning: str) -> bool:
    return warning.startswith((WARNING_PREFIX, _OLD_WARNING_PREFIX))


def needs_ocr(page: Page) -> bool:
    """A page with no words in its text layer is an image: a scan."""
    return not page.words


def pages_to_recognise(pages: Sequence[Page], mode: str) -> list[int]:
    if mode == "never":
        return []
    if mode == "always":
        return [p.number for p in pages]
    if mode == "auto":
        return [p.number for p in pages if needs_ocr(p)]
    raise ValueError(f"unknown OCR mode {mode!r} (auto, always, never)")


def unrecognised_warning(numbers: Sequence[int], reason: str) -> str:
    return f"{WARNING_PREFIX}): {_pages(numbers)} kunde inte läsas med OCR: {reason}"


def _pages(numbers: Sequence[int]) -> str:
    return f"sida {numbers[0]}" if len(numbers) == 1 else f"sidorna {_ranges(numbers)}"


def recognise_pages(
    path: str | Path,
    pages: list[Page],
    *,
    mode: str = "auto",
    password: str | None = None,
    numbers: Sequence[int] | None = None,
    work_dir: str | Path | None = None,
    on_page: PageProgress | None = None,
    budget: OcrBudget | None = None,
) -> tuple[list[Page], bool, list[str]]:
    """The pages with scanned ones recognised; whether OCR ran; warnings.

    mode "auto" recognises pages without words (or the pages `numbers` names,
    when given), "always" every page, "never" none. Without Tesseract,
    "always" raises MissingDependencyError and "auto" returns the pages as
    they are with a warning. Page images and Tesseract's output are written
    to a private (0700) folder made inside `work_dir` (default: the system's
    temporary folder) and removed when done, failed or interrupted.
    `on_page(done, total)` is called as pages are read, from (0, total) on. With a `budget`, a page is
    started only while it allows; the pages not started are kept as they are and listed in budget.unread.
    """
    if numbers is None or mode != "auto":
        numbers = pages_to_recognise(pages, mode)
    if not numbers:
        return pages, False, []
    reason = ocr_unavailable_reason()
    if reason:
        if mode == "always":
            raise MissingDependencyError(f"--ocr always: {reason}")
        return pages, False, [unrecognised_warning(numbers, reason)]
    with private_folder(work_dir) as folder:
        found, warnings = _recognise(Path(path), numbers, password, folder, on_page, budget)
    recognised = {page.number: page for page in found}
    return [recognised.get(p.number, p) for p in pages], bool(recognised), warnings


# Names of the private folders OCR works in: after a worker is killed (a
# timeout) its folder is left behind, and remove_leftovers() finds it by this.
FOLDER_PREFIX = "bilagor-ocr-"


@contextmanager
def private_folder(work_dir: str | Path | None = None) -> Iterator[Path]:
    """A new folder only its owner can read (mkdtemp makes it 0700), removed on leaving however we leave."""
    if work_dir is not None:
        Path(work_dir).mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX, dir=work_dir))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def remove_leftovers(work_dir: str | Path) -> None:
    """Remove OCR folders left in `work_dir` by killed workers; call only when no OCR runs there."""
    for folder in Path(work_dir).glob(FOLDER_PREFIX + "*"):
        shutil.rmtree(folder, ignore_errors=True)


# A page is rendered at DPI unless that makes more pixels than this (A3 at
# 300 dpi is 17.4 M): a poster-sized or absurd page (14 400 pt square) is
# scaled down, so rendering never allocates gigabytes.
MAX_PIXELS = 20_000_000
# Tesseract refuses an image with a side over this many pixels ("Image too large: (5, 41671)"), and its refusal
# lost the whole file (h38: dangerzone's 1 x 10 001 pt page, rendered 5 x 41 671 px under the pixel cap). Such a
# page is kept without text and said so; the file's other pages are read.
TESSERACT_MAX_SIDE = 32767


def render_scale(width: float, height: float, *, dpi: int = DPI, max_pixels: int = MAX_PIXELS) -> float:
    """Pixels per point to render a `width` x `height` pt page at: `dpi`, capped to `max_pixels` the
    way the web view's page images are (render.capped_scale); below render.SMALLEST_SCALE the page
    is absurd (a broken or endless box) and is not rendered."""
    return capped_scale(width, height, dpi / 72.0, max_pixels)


# Told (pages done, pages to recognise) as OCR goes: the import's progress bar.
PageProgress = Callable[[int, int], None]


def _recognise(
    path: Path,
    numbers: Sequence[int],
    password: str | None,
    folder: Path,
    on_page: PageProgress | None = None,
    budget: OcrBudget | None = None,
) -> tuple[list[Page], list[str]]:
    """The recognised pages, and a warning for pages pdfium cannot render: the
    other reader may have opened the file, so its text layer is kept."""
    import pypdfium2 as pdfium

    def page_done(count: int) -> None:
        if on_page is not None:
            on_page(count, len(numbers))

    try:
        document = pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError:  # its own words are English and say no more than this
        return [], [f"{_pages(numbers)} kunde inte renderas för OCR (pdfium kan inte öppna filen); sparas utan text"]
    try:
        result, unrendered, too_long = [], [], []
        notes: list[str] = []  # warnings from pages read (a title line read twice)
        for done, number in enumerate(numbers):
            page_done(done)
            if budget is not None:
                if not budget.allows_page():
                    budget.left_unread(list(numbers[done:]))
                    break
                budget.page_began()
            try:
                page = document[number - 1]
            except pdfium.PdfiumError:
                unrendered.append(number)
                continue
            try:
                width, height = page.get_size()
                scale = render_scale(width, height)
                if scale < SMALLEST_SCALE or min(abs(width), abs(height)) * scale < 1:
                    # absurd, or a page pdfium sees as empty (a CropBox outside its MediaBox): its
                    # render would raise ValueError, not PdfiumError
                    unrendered.append(number)
                    continue
                # A page too large to draw at OCR's resolution (a camera's photo placed at 1 px per pt) costs most
                # in the image steps: one without print (a photo of a dog) is not put through them at all
                # (print_probe). A page of ordinary size is always read, however little it holds: the probe's line
                # count cannot tell a page of one short line from a picture.
                probed = _probe(page, width, height) if scale < DPI / 72.0 else None
                if probed is not None:
                    if probed:
                        notes.append(f"sida {number}: {NO_PRINT_NOTE}")
                    continue
                # a low-resolution page image is enlarged smoothly, not in pdfium's blocks (ocr_render)
                found = page_images(page)  # only a 1-bit picture holds a screen's dots (descreen)
                bilevel = found.bilevel
                first = drawn_scale(
                    smooth_scale(image_scale(found.sizes, width, height), scale), found.resolution, scale
                )
                pixel = image_pixel(found, first)  # a fax's pixel: its lone ones are wiped (lone_pixels)
                grey = page_pixels(page, scale, grayscale=True, first=first, pixel=pixel)
                if max(grey.shape[:2]) > TESSERACT_MAX_SIDE:
                    too_long.append(number)
                    continue
                # A magnifying glass lying on a grey scan undone first, while the page is whole: a landscape
                # page's columns are cut apart next, the glass with them (magnifier).
                if not bilevel and first is None:
                    grey, magnified = without_magnifier(grey, scale)
                    if magnified:
                        notes.append(f"sida {number}: {MAGNIFIER_NOTE}")
                # A page rescued from a fire has its burnt edges made paper first (burnt_edges): the burn line
                # along the top of a landscape page set off the n-up search (h36-009 cut in three) and its grey
                # paper the photo judgement; read_page_image's own step finds nothing left then.
                scorched = False
                if not bilevel and first is None:
                    grey, scorched = without_burnt_edges(grey, scale)
                    if scorched:
                        notes.append(f"sida {number}: {BURNT_NOTE}")
                # A sheet of several pages (n-up) has its pages read as pages of their own (ocr_sheet).
                sheet = sheet_pages(grey, scale)
                boxes = [(0, 0, grey.shape[1], grey.shape[0])] if sheet is None else [box for box, _ in sheet]
                images = [grey] if sheet is None else [image for _, image in sheet]
                judged = _judged_photos(page, images, boxes, scale, first, scorched)
            except pdfium.PdfiumError:
                unrendered.append(number)
                continue
            finally:
                page.close()
            try:
                parts = []
                # a sheet's pages reduced to small type are read at their own size (ocr_cell_scale)
                sheet_factor = 1 if sheet is None else sheet_enlargement(images, scale)
                for index, (image, (x0, top, x1, bottom), (photo, colour)) in enumerate(
                    zip(images, boxes, judged, strict=True)
                ):
                    factor = sheet_factor if holds_print(image) else 1
                    with in_force(budget):  # Tesseract stops at the budget's deadline (OutOfTime)
                        page_read = read_page_image(
                            enlarged(image, factor),
                            scale,
                            number,
                            factor * (x1 - x0) / scale if sheet is not None else float(width),
                            factor * (bottom - top) / scale if sheet is not None else float(height),
                            folder,
                            notes=notes,
                            colour=None if colour is None else enlarged(colour, factor),
                            photographed_page=photo,
                            reread_title=index == 0,
                            low_resolution=first is not None,
                            smooth_bilevel=enlarged_bilevel(found, first),
                            despeckle_enlarged=pixel is not None,
                            bilevel=bilevel,
                        )
                    parts.append(page_read)
            except TesseractFailed as exc:
                raise BadInputError(path, f"OCR av sida {number} misslyckades: {exc}") from None
            except OutOfTime:  # this page's OCR alone outlasted the budget: it and the rest are left unread
                if budget is not None:
                    budget.left_unread(list(numbers[done:]))
                break
            result.append(parts[0] if sheet is None else joined_sheet(parts))
            if budget is not None:
                budget.page_ended()
        page_done(len(numbers))
        warnings = [f"{_pages(unrendered)} kunde inte renderas för OCR; sparas utan text"] if unrendered else []
        if too_long:
            side = f"{TESSERACT_MAX_SIDE:,}".replace(",", " ")
            warnings.append(
                f"{_pages(too_long)} för lång och smal för OCR (över {side} bildpunkter åt ett håll); sparas utan text"
            )
        return result, warnings + list(dict.fromkeys(notes))  # a sheet's pages note alike
    finally:
        document.close()


def _probe(page, width: float, height: float) -> bool | None:
    """None when the page holds print (it is read); else whether it holds a picture (a photo: the record is told)
    rather than nothing (a blank page, left as unread as OCR would have left it)."""
    scale = probe_scale(width, height)
    grey = page_pixels(page, scale, grayscale=True)
    if holds_print_lines(grey, scale):
        return None
    return not is_blank(grey)


def joined_sheet(parts: list[Page]) -> Page:
    """One page of a sheet's pages read apart (ocr_sheet), in reading order: laid side by side, each one's
    words and boxes moved right past the ones before, and where they meet kept for the layout, which
    splits them again (layout.twoup). A page OCR turned upright keeps its turned size."""
    from dataclasses import replace

    words, rules, images, cuts = [], [], [], []
    at = 0.0
    for part in parts:
        if at:
            cuts.append(at)
        words += [replace(w, x0=w.x0 + at, x1=w.x1 + at) for w in part.words]
        rules += [(b[0] + at, b[1], b[2] + at, b[3]) for b in part.rules]
        images += [(b[0] + at, b[1], b[2] + at, b[3]) for b in part.images]
        at += part.width
    return Page(parts[0].number, at, max(p.height for p in parts), words, rules, images, sheet_cuts=tuple(cuts))


def _judged_photos(
    page,
    images: list,
    boxes: list[tuple[int, int, int, int]],
    scale: float,
    first: float | None = None,
    scorched: bool = False,
) -> list[tuple[bool, object]]:
    """For each grey render in `images` (the page, or a sheet's pages cut from its pixel `boxes`): (whether it is a phone photo (page_photo), its columns rendered in colour (H x W x 3) if so
    or if the page holds colour at all, else None). Coloured marks (a stamp, a pen's ticks and notes) are
    told from ink by colour; the page is probed for colour and rendered in colour once, not once a half.
    `first` is the scale a low-resolution page image is drawn at before its smooth enlargement (ocr_render), so
    the colour render matches the grey one. A `scorched` page (burnt_edges found its burnt edges) is a scan."""
    from bilagor.extractor.negative import positive
    from bilagor.extractor.ocr_pen import has_colour, probe_scale
    from bilagor.extractor.edge_strip import without_side_strips
    from bilagor.extractor.page_photo import photographed

    # Judged as read_page_image reads it: a negative's dark ground is no photo's dim paper (it was taken for one).
    # ... and without a scanner lid's grey down one side (edge_strip.side_strips), which is no desk round a photo.
    # A page rescued from a fire is a scan: its grey paper (228-242) under dark print was taken for a photo's dim
    # paper, and the photo path's flattening lost words (h36-009: 15 of its 270).
    photos = [
        not scorched and photographed(without_side_strips(positive(image)[0], scale)[0], scale) for image in images
    ]
    # a photo's marks are taken out by colour anyway; a scan's only when the page holds colour at all
    page_colour = not all(photos) and has_colour(
        page.render(scale=probe_scale(scale), rev_byteorder=True).to_numpy()[..., :3]
    )
    if not any(photos) and not page_colour:
        return [(False, None) for _ in images]
    colour = page_pixels(page, scale, grayscale=False, first=first)
    return [
        (photo, colour[top:bottom, x0:x1]) if photo or page_colour else (False, None)
        for photo, (x0, top, x1, bottom) in zip(photos, boxes, strict=True)
    ]


FADED_NOTE = "blek eller fläckig skanning: papperets ljus jämnades ut och trycket mörkades före OCR"
GREY_MARKS_NOTE = "blyerts- eller gråa pennmärken (bockar, understrykningar, anteckningar) togs bort före OCR"
SHOW_THROUGH_NOTE = "tunt papper: baksidans tryck som lyste igenom togs bort före OCR"
PALE_LAYER_NOTE = (
    "blekt lager (skrivartrummans eko, kopiatorns vattenmärke eller tryck som lyste igenom) togs bort före OCR"
)
OVEREXPOSED_NOTE = "överexponerad skanning: det bleka trycket mörkades område för område före OCR"
TONER_NOTE = "tonern tog slut: ett blekt band nedför sidan mörkades kolumn för kolumn före OCR"
GLARE_NOTE = "blänk över sidan (en plastficka): det urblekta trycket under det mörkades före OCR"
LID_NOTE = "arket låg utanför glaset: skannerlockets grå kant längs sidan togs bort före OCR"
FOLD_NOTE = "vikt papper: vecken och deras skuggor över sidan jämnades ut före OCR"
STRIP_NOTE = "en mörk remsa längs sidans kant (en skannerapps namn, en skanners kant) togs bort före OCR"
FRAME_NOTE = "sidan låg i en ram (en skärmbild eller en skanners kant): det runt papperet togs bort före OCR"
SUBPIXEL_NOTE = "fotografi av en bildskärm: skärmens färgade bildpunkter och moaré jämnades ut till grått före OCR"
SCREEN_NOTE = "rastrerad eller ditrerad skanning: punkterna jämnades ut till grått före OCR"
NEGATIVE_NOTE = "negativ kopia (ljus text på mörk botten, en mikrofilmskopia): sidan vändes till positiv före OCR"
FAX_FEED_NOTE = "faxens lodräta streck togs bort och/eller sidans snedmatade rader rättades före OCR"
FOLDED_CORNER_NOTE = "vikt hörn: skannerlockets mörka hörn och den vikta fliken (spegelvänt tryck) togs bort före OCR"
NOZZLE_NOTE = "bläckstråleutskrift med igensatta munstycken: de tomma raderna genom texten fylldes i före OCR"
SCRATCH_NOTE = "repor i filmen (ljusa streck nedför sidan) fylldes i före OCR"
WAVER_POINTS = 0.4  # a straightened cockle's rules step up or down by this much (a pixel or two at 300 dpi)
MOTION_NOTE = "suddig skanning (sidan rörde sig): utsmetningen åt ett håll skärptes före OCR"
NO_PRINT_NOTE = "bara en bild utan tryckt text, läses inte med OCR"
MAGNIFIER_NOTE = "ett förstoringsglas låg på sidan: texten under det återställdes till sin storlek före OCR (det som glasets kant dolde saknas)"
COCKLE_NOTE = "vågigt papper (det har varit vått): raderna som böljade upp och ned rätades före OCR"
REGISTER_NOTE = "färgskanning med kanalerna ur register: röd och blå kanal flyttades tillbaka på den gröna före OCR"
BURNT_NOTE = (
    "brandskadad sida: de brända kanterna gjordes till papper och det brynta papperet bredvid jämnades ut före OCR"
)
PHOTO_NOTE = "fotograferad sida (inte skannad): rätades upp, ljuset jämnades ut och färgade märken togs bort före OCR"


def read_page_image(
    pixels,
    scale: float,
    number: int,
    width: float,
    height: float,
    folder: Path,
    notes: list[str] | None = None,
    colour=None,
    photographed_page: bool | None = None,
    reread_title: bool = True,
    low_resolution: bool = False,
    smooth_bilevel: bool = False,
    despeckle_enlarged: bool = False,
    bilevel: bool = False,
    fibres_vote: bool = True,
) -> Page:
    """One rendered page (grey pixels, `scale` px per pt) -> a Page of words, rules and pictures.

    A grey page of dark print on recycled paper with fibres is read twice, as it is and cleaned (recycled_fibres:
    its paper white, its fibres paper), and the cleaned reading is kept, with a note, only when it holds clearly
    more common words, or as many and far less junk (`fibres_vote` False: the page is read once, as it is).

    A thermal fax's dead print-head columns (white streaks cutting every stroke) are filled from their edges first
    (dead_columns), an inkjet's clogged nozzles' inkless rows at its head's period the same way (nozzle_rows), with
    a note. A negative page (light text on a dark ground: a microfilm reader's print of a negative frame) is turned
    positive first (negative), with a note; a film's scratches (thin light columns down the page) are filled from
    their sides next (light_columns), with a note; a folded-over corner's dark lid and mirrored flap are made paper
    (folded_corner), with a note.

    A grey scan smeared along one direction (a moving hand: motion_smear) is deconvolved first of all, with a
    note, when Tesseract is sure of clearly more of the sharpened page's words than the plain one's (`_unsmeared`).

    A phone photo of a page (page_photo) is made like a scan first (`colour`, its colour render when
    given, lets coloured marks be taken out), with a note in `notes`; `photographed_page` is the caller's
    answer to whether it is one, when it has asked already (None: asked here); `reread_title` is False for
    a sheet's later pages (ocr_sheet), whose first line is no title. A `bilevel` scan (its picture one
    bit a pixel) whose grey is printed as dots (a halftone screen, a dither) is made smooth grey first (descreen), with a note, and
    skips the pale-layer, faded-print, show-through and grey-mark steps (its strokes' blurred edges are no pencil). A
    low-toner band's faint, broken print is darkened back column by column first (toner_band), with a note. A laser
    drum's ghost or a copier's watermark (ink far paler than the print) is made paper first (pale_layer), after a
    glossy sleeve's band of glare has had its washed print stretched back (glare). A faded or stained scan
    gets its paper made white and its ink black (faded), with a note too, and a page inside a frame (a
    viewer's, a scanner's border) has the frame made paper (ocr_frame), as has a dark strip along its top or
    bottom edge (edge_strip: a scanner app's name); punched holes are wiped (holes). The page is straightened
    (deskew) after a fax scanner's dark streaks are taken out (dark_streaks), and a shear of its rows (a fax fed at a
    slant) is undone (deskew.estimate_shear), with a note; a dark ballpoint tick left of the text column is wiped
    (margin_ticks), labels printed light on a dark bar are turned dark on paper (reversed_bands), dust specks and dots
    of line noise are wiped, photos are found and blanked (they give no words
    and no rules), ruling lines are taken out, and what is left is read by Tesseract. A first page's title line that reads as garbage is read once
    more (ocr_title); `notes` gets a warning for the record when it was.
    A `low_resolution` page (a page image enlarged smoothly: ocr_render) is read without the faded-print,
    show-through, grey-mark, speck and dot steps: a screen capture's anti-aliased strokes are grey all
    through and its dots and umlauts a pixel or two of its own, which those steps, measured on 200-300 dpi
    scans, took for faded print, pencil and dust (umlauts and i-dots wiped: "ror", "Investenngen").
    A `smooth_bilevel` page (a bilevel image of 125 dpi or finer, enlarged: a fax, a 150 dpi copy) is blurred and
    levelled first, as a screened one is (descreen.smoothed): its enlarged staircase edges and single pixels of
    toner were read as other letters ("Siktröining", "stadsdeisnämnd"). One that is `despeckle_enlarged` too (its
    pixels far from square, its lone ones wiped before the enlargement: ocr_render.image_pixel) has its specks
    and dots wiped as on any scan (left, a fax's noise beside words was read as "kamerabavaknings", "namn:.").
    """
    from bilagor.extractor.broken_rules import closed_rules
    from bilagor.extractor.burnt_edges import without_burnt_edges
    from bilagor.extractor.channel_register import registered
    from bilagor.extractor.cockle import without_cockle
    from bilagor.extractor.comb_walls import inner_walls, without_comb_walls
    from bilagor.extractor.descreen import descreened, smoothed
    from bilagor.extractor.edge_strip import without_edge_strips, without_side_strips
    from bilagor.extractor.dead_columns import without_dead_columns
    from bilagor.extractor.dark_streaks import without_dark_streaks
    from bilagor.extractor.deskew import estimate_shear, estimate_skew, straighten, unsheared
    from bilagor.extractor.faded import mended
    from bilagor.extractor.folded_corner import without_folded_corner
    from bilagor.extractor.folds import without_folds
    from bilagor.extractor.glare import without_glare
    from bilagor.extractor.grey_marks import without_grey_marks
    from bilagor.extractor.light_columns import without_scratches
    from bilagor.extractor.margin_ticks import without_margin_ticks
    from bilagor.extractor.negative import positive
    from bilagor.extractor.nozzle_rows import without_clogged_rows
    from bilagor.extractor.ocr_frame import without_frame
    from bilagor.extractor.ocr_pen import without_pen
    from bilagor.extractor.overexposed import without_overexposure
    from bilagor.extractor.overlays import overlays_taken_out
    from bilagor.extractor.page_photo import as_scan, photographed
    from bilagor.extractor.pale_layer import without_pale_layer
    from bilagor.extractor.photos import photo_boxes
    from bilagor.extractor.reversed_bands import without_dark_bars, without_reversed_bands
    from bilagor.extractor.show_through import without_show_through
    from bilagor.extractor.toner_band import without_toner_band
    from bilagor.extractor.specks import remove_specks, without_dots

    from bilagor.extractor.screen_photo import screen_grey, subpixel_screen
    from bilagor.extractor.touching_lines import lines_parted
    import numpy as np
    from PIL import Image

    grey = pixels.reshape(pixels.shape[0], pixels.shape[1])

    def noted(step: tuple[Any, bool], note: str) -> tuple[Any, bool]:
        """An image step's (grey, whether it changed the page) as it came, `note` added to the page's notes when
        it did."""
        if step[1] and notes is not None:
            notes.append(f"sida {number}: {note}")
        return step

    # Recycled paper: a grey page (a colour render only as a photo's, which the page was judged to be) with fibres.
    plain_grey = (colour is None or photographed_page) and not bilevel and not smooth_bilevel and not low_resolution
    if fibres_vote and plain_grey:
        from bilagor.extractor import recycled_fibres

        if recycled_fibres.recycled(grey, scale):
            options = dict(
                colour=colour,
                photographed_page=photographed_page,
                reread_title=reread_title,
                despeckle_enlarged=despeckle_enlarged,
            )
            return _fibres_voted(grey, scale, number, width, height, folder, notes, options)
    # A photo of a screen: its subpixel stripes' colour is no pen and their rows no print (screen_photo)
    screen = colour is not None and subpixel_screen(colour)
    if screen:
        grey, colour, photographed_page = screen_grey(colour, scale), None, None
        if notes is not None:
            notes.append(f"sida {number}: {SUBPIXEL_NOTE}")
    # A colour scanner's channels out of register: each stroke's red and blue fringes are no pen (channel_register).
    if colour is not None and not screen and not low_resolution:
        _, aligned, _ = registered(colour, scale)
        if aligned is not None and aligned.shape == grey.shape:
            # its colour goes no further: the half-pixel fringes left were taken for pen and overlay ink with the print
            grey, colour = aligned, None
            if notes is not None:
                notes.append(f"sida {number}: {REGISTER_NOTE}")
    # A moving hand's smear first, before any step measures strokes or edges; grey scans only (motion_smear).
    if colour is None and not bilevel and not smooth_bilevel and not low_resolution:
        grey, smeared = noted(_unsmeared(grey, scale, folder, number), MOTION_NOTE)
    # A fax's dead print-head columns first, while their edges are sharp: the smoothing below greys them.
    grey, dead = without_dead_columns(grey, scale)
    # An inkjet's clogged nozzles: inkless rows at the head's period cutting every line, bridged the same way
    # while their edges are sharp; not on a bilevel page (its smoothing and screens come below).
    if not bilevel and not smooth_bilevel and not low_resolution:
        grey, clogged = noted(without_clogged_rows(grey, scale), NOZZLE_NOTE)
    if smooth_bilevel:  # its staircase edges made smooth, as a screen's dots are (descreen)
        grey, dotted = smoothed(grey, scale), False
    else:
        grey, dotted = descreened(grey, scale) if bilevel else (grey, False)
    if dotted and notes is not None:
        notes.append(f"sida {number}: {SCREEN_NOTE}")
    # A page rescued from a fire: its burnt-away edges made paper and the browned band beside them evened out
    # before the negative and photo judgements, which took its dark edges for a negative's ground or a desk (burnt_edges).
    if not bilevel and not smooth_bilevel and not low_resolution:
        grey, burnt = noted(without_burnt_edges(grey, scale), BURNT_NOTE)
    # A negative first: every step below takes dark for ink (a negative read as one black frame round nothing).
    grey, inverted = noted(positive(grey), NEGATIVE_NOTE)
    # Then labels printed light on dark bands, turned dark on paper: the rule finder wiped the bands' rows with
    # the ends of their labels, and the later steps took their pieces for marks (reversed_bands).
    grey, _ = without_reversed_bands(grey, scale)
    # A film's scratches next, while they are still thin: the faded-print step took their light for the paper's.
    grey, scratched = noted(without_scratches(grey, scale), SCRATCH_NOTE)
    # A corner folded over: the lid's dark triangle and the flap's mirrored print are no form (folded_corner).
    grey, cornered = noted(without_folded_corner(grey, scale), FOLDED_CORNER_NOTE)
    # A sheet laid off the glass: the lid's grey down one side is no desk round a photographed sheet (edge_strip).
    grey, lid = noted(without_side_strips(grey, scale), LID_NOTE)
    if photographed_page is None:
        photographed_page = colour is not None or photographed(grey, scale)
    if photographed_page:
        grey = as_scan(grey, scale, colour, screen=screen)
        if notes is not None:
            notes.append(f"sida {number}: {PHOTO_NOTE}")
    else:
        # A fold's shadow first: its crease was found as a rule across the page, and its band as a frame or faded paper.
        if not dotted:
            grey, folded = noted(without_folds(grey, scale), FOLD_NOTE)
        grey, framed = without_frame(grey, scale)
        if framed and notes is not None:
            notes.append(f"sida {number}: {FRAME_NOTE}")
        else:  # a scanner app's strip across one edge: no form text (a frame's rows on all sides are the frame's)
            grey, stripped = noted(without_edge_strips(grey, scale), STRIP_NOTE)
        if not low_resolution:  # a stamp's or a note's coloured ink, a clip's shadow, laid over the print (overlays)
            # the colour render goes on without the ink taken, or the pen step erases it again with the print under it
            grey, colour, _ = overlays_taken_out(grey, colour, scale)
        if colour is not None:  # a pen's coloured marks are no print (ocr_pen)
            grey, _ = without_pen(grey, colour, scale)
    # A low-toner band's faint, broken print darkened back column by column first (toner_band): the pale-layer step
    # took it for a drum's ghost and made it paper, and Tesseract broke its letters.
    if not photographed_page and not dotted and not bilevel and not low_resolution:
        grey, toner = noted(without_toner_band(grey, scale), TONER_NOTE)
    # An overexposed scan's lifted print stretched back region by region first (overexposed): the faded-print step's
    # one level for the page left its pale body type pale, and the grey-mark step and Tesseract broke it up.
    if not photographed_page and not dotted and not bilevel and not low_resolution:
        grey, lifted = noted(without_overexposure(grey, scale), OVEREXPOSED_NOTE)
    # A descreened page's strokes have the blur's grey edges, and its tint is gone: not faded print or pencil.
    # A drum's ghost or a copier's watermark first: the faded-print step took its grey for faded ink (pale_layer).
    # On a 150 dpi scan enlarged smoothly too: it is far paler than the print's core, which the enlargement keeps.
    # A sleeve's band of glare before them: the pale-layer and faded-print steps made its washed print paper.
    # Not on a bilevel scan (its print is black or nothing), a page holding colour (a coloured form's print is
    # grey in the grey render: its hue, not a wash) nor a screen capture enlarged smoothly (grey strokes all
    # through); scattered grey (rings, stains, small pale type, a ghost) is told from a band by the step itself.
    if not photographed_page and not dotted and not bilevel and colour is None and not low_resolution:
        grey, glared = noted(without_glare(grey, scale), GLARE_NOTE)
    if not photographed_page and not dotted:
        grey, paled = noted(without_pale_layer(grey, scale), PALE_LAYER_NOTE)
    if not photographed_page and not low_resolution and not dotted:
        grey, faded = noted(mended(grey, scale), FADED_NOTE)
        grey, showed = noted(without_show_through(grey, scale), SHOW_THROUGH_NOTE)
        grey, marked = noted(without_grey_marks(grey, scale), GREY_MARKS_NOTE)
    # A fax scanner's dark streaks are upright in the image as it came: taken out before the page is turned, and
    # before its shear is measured, which they would hold at none (dark_streaks, deskew.estimate_shear).
    # Not on a screen capture enlarged smoothly: it was never fed nor scanned (a fax enlarged is, smooth_bilevel).
    fed = not low_resolution or smooth_bilevel
    grey, streaks = without_dark_streaks(grey, scale) if fed else (grey, [])
    skew = estimate_skew(grey)
    grey = straighten(grey, skew)
    # A cockled page's columns moved up and down in waves: its lines straightened on the level page, before the
    # shear is measured and the rules are looked for (cockle: waved rules were no rules, waved lines interleaved).
    cockled = False
    if not photographed_page and not dotted and not bilevel and not low_resolution:
        grey, cockled = noted(without_cockle(grey, scale), COCKLE_NOTE)
    shear = estimate_shear(grey, scale) if fed else (0.0, 0.0)
    grey = unsheared(grey, *shear)
    if (streaks or any(shear)) and notes is not None:
        notes.append(f"sida {number}: {FAX_FEED_NOTE}")
    # Labels light on dark bars turned over, before the rule finder takes the bars' rows for rules (reversed_bands.dark_bars);
    # on the straightened page, whose bars are level (a slanted bar's box holds paper, which would turn black).
    if not photographed_page and not dotted:
        grey, _ = without_dark_bars(grey, scale)
    if not low_resolution:  # a ballpoint tick left of a label was read into its line as letters (margin_ticks)
        grey = without_margin_ticks(grey, scale)
    # A thin border a bilevel page's threshold broke into dots is drawn whole, so it is found as a rule; not on a
    # descreened page, whose tinted cells keep faint rows of their screen's dots that looked like broken rules. On
    # a grey scan only a typed row of dots at a regular pitch (a form's dotted writing line, which Tesseract read
    # as a garbage line that took the typed line above with it), not a drum ghost's or a watermark's faint rows.
    # A photographed page is black on white as a bilevel copy is, and its table's thin upright walls, blurred and
    # foreshortened, are rows of dashes once binarised: left, they were read as "I" and "]" beside the answers.
    if (bilevel and not dotted) or photographed_page:
        grey, _ = closed_rules(grey, scale, round(MIN_RULE_POINTS * scale))
    elif not bilevel and not photographed_page and not low_resolution:
        grey, _ = closed_rules(grey, scale, round(MIN_RULE_POINTS * scale), dots_only=True)
    if not low_resolution or despeckle_enlarged:
        grey = without_dots(remove_specks(grey, scale), scale)
    photos = photo_boxes(grey, scale)
    if photos:
        grey = grey.copy()
        for x0, top, x1, bottom in photos:
            grey[top:bottom, x0:x1] = 255
    waver = round(WAVER_POINTS * scale) if cockled else 0
    image, rules = remove_rules(grey, round(MIN_RULE_POINTS * scale), photos=photos, scale=scale, waver=waver)
    # A comb's cell walls, short uprights on its rule, were read as letters between its figures, and its cells'
    # characters, far apart, in garbled groups: walls taken out, characters set side by side (comb_walls; the
    # walls the rule finder took between two rules no rules for the layout then, but the outer two).
    walled, combed = without_comb_walls(np.asarray(image), rules, scale, _DARK)
    if combed:
        image = Image.fromarray(walled)
        inner = inner_walls(combed)
        rules = [rule for rule in rules if rule not in inner]
    # Lines so close that a descender touches the next line's ascender: Tesseract merged the two lines there and
    # read their words as garbage (touching_lines); cut after the rules are gone, which a cut row would break.
    parted, cuts = lines_parted(np.asarray(image), scale)
    if cuts:
        image = Image.fromarray(parted)
    hocr = run_tesseract(image, folder, f"page-{number}")
    rotate, hocr = _turned_reading(image, hocr, folder, number)
    # the columns are where they were found only on a page left as it lay
    if dead and not skew and not any(shear) and not rotate:
        hocr = _stems_read_again(image, hocr, dead, scale, folder, number)
    if rotate:
        size = image.size
        image = _turned(image, rotate)
        rules = [turned_box(box, rotate, *size) for box in rules]
        photos = [turned_box(box, rotate, *size) for box in photos]
        if rotate != 180:
            width, height = height, width
        if notes is not None:
            notes.append(f"sida {number}: {TURNED_NOTE.format(rotate=rotate)}")
    # A frame's top-line stub before its legend, read as a dash, is no word (ocr_legends).
    read = without_legend_stubs(words_from_hocr(hocr, scale), [_box_points(rule, scale) for rule in rules])
    if low_resolution:  # a small scan's full stops read as commas (ocr_stops)
        read = stops_for_commas(read)
    words = with_bullets(image, with_lone_dashes(image, read, scale, rules), scale)
    if number == 1 and reread_title and notes is not None:
        words = _reread_title(image, words, scale, height, folder, notes)
    return Page(
        number,
        width,
        height,
        words,
        [_box_points(rule, scale) for rule in rules],
        [_box_points(box, scale) for box in photos],
    )


RECYCLED_NOTE = "grått returpapper med fibrer: papperet gjordes vitt och fibrerna togs bort före OCR"


def _fibres_voted(grey, scale: float, number: int, width: float, height: float, folder: Path, notes, options) -> Page:
    """A recycled-paper page read as it is and cleaned (recycled_fibres.cleaned), the cleaned reading kept only when
    it holds clearly more common words, or as many and far less junk (recycled_fibres.reads_better): a wrong
    cleaning (thin pale print made paper) keeps the plain page. Both are the page's final readings, so the vote
    costs one reading more, not two."""
    from bilagor.extractor import recycled_fibres
    from bilagor.extractor.ocr_stops import sentence_starts

    def reading(candidate) -> tuple[Page, list[str], tuple[int, int]]:
        image, colour, photo = candidate
        said: list[str] = []
        page = read_page_image(
            image,
            scale,
            number,
            width,
            height,
            folder,
            notes=said,
            colour=colour,
            photographed_page=photo,
            reread_title=options["reread_title"],
            despeckle_enlarged=options["despeckle_enlarged"],
            fibres_vote=False,
        )
        return page, said, recycled_fibres.reading_counts([w.text for w in page.words], sentence_starts())

    def candidates():  # the cleaned page made only when the plain one has been read
        yield grey, options["colour"], options["photographed_page"]
        yield recycled_fibres.cleaned(grey, scale), None, False

    # the file's OCR budget running out on the second reading leaves the first standing
    kept, _, (page, said, _) = best_of(
        candidates(),
        reading,
        lambda plain, clean: recycled_fibres.reads_better(plain[2], clean[2]),
        give_up=(OutOfTime,),
    )
    if notes is not None:
        notes.extend([f"sida {number}: {RECYCLED_NOTE}", *said] if kept else said)
    return page


def _stems_read_again(
    image, hocr: bytes, columns: list[tuple[int, int]], scale: float, folder: Path, number: int
) -> bytes:
    """The page's hOCR with the words across a fax's dead `columns` read again where a stem drawn into each column
    makes Tesseract surer of them (ocr_stems): a stem as wide as the column was wiped out whole."""
    import numpy as np
    from PIL import Image

    from bilagor.extractor.ocr_stems import barred, surer_words

    pixels = np.asarray(image)
    readings = [
        run_tesseract(
            Image.fromarray(barred(pixels, columns, scale, whole_line=whole)), folder, f"page-{number}-{name}"
        )
        for whole, name in ((True, "stems"), (False, "sides"))
    ]
    return surer_words(hocr, readings, columns)


TURNED_NOTE = "sidan låg vriden och vreds {rotate}° medurs före OCR"


def _turned(image, rotate: int):
    """A PIL image turned `rotate` degrees clockwise (PIL's own turns are counter-clockwise)."""
    from PIL import Image

    t = Image.Transpose
    return image.transpose({90: t.ROTATE_270, 180: t.ROTATE_180, 270: t.ROTATE_90}[rotate])


def _turned_reading(image, hocr: bytes, folder: Path, number: int) -> tuple[int, bytes]:
    """(degrees clockwise the page was turned by, 0 if not; the reading kept): a page read as letter
    soup is turned the way Tesseract's orientation detection says and read again (ocr_orientation)."""
    if not may_be_turned(hocr):
        return 0, hocr
    rotate = osd_rotation(run_osd(image, folder, f"osd-{number}"))
    if not rotate:
        return 0, hocr
    again = run_tesseract(_turned(image, rotate), folder, f"page-{number}-turned")
    return (rotate, again) if better_turned(hocr, again) else (0, hocr)


def with_lone_dashes(image, words: list[Word], scale: float, rules: Sequence[tuple] = ()) -> list[Word]:
    """The page's words and a "-" word for each lone dash Tesseract did not read (ocr_lone_dashes): an
    empty-looking answer written "-". `rules` are the pixel boxes of the ruling lines taken out."""
    import numpy as np

    from bilagor.extractor.ocr_lone_dashes import dash_line, lone_dash_boxes

    boxes = [(w.x0 * scale, w.top * scale, w.x1 * scale, w.bottom * scale) for w in words]
    across = [rule for rule in rules if rule[2] - rule[0] > rule[3] - rule[1]]
    uprights = [rule for rule in rules if rule[2] - rule[0] <= rule[3] - rule[1]]
    dashes = lone_dash_boxes(np.asarray(image) < _DARK, boxes, scale, across, uprights)
    if not dashes:
        return words
    lines = sorted({(w.top, w.bottom) for w in words})
    heights = sorted(w.bottom - w.top for w in words)
    sizes = sorted(w.size for w in words if w.size)
    line_height = heights[len(heights) // 2] if heights else 0.0
    size = sizes[len(sizes) // 2] if sizes else 0.0
    added = []
    for x0, top, x1, bottom in dashes:
        box = _box_points((x0, top, x1, bottom), scale)
        line_top, line_bottom = dash_line(box, lines, line_height or box[3] - box[1])
        added.append(Word("-", box[0], box[2], round(line_top, 2), round(line_bottom, 2), "", size))
    return words + added


def with_bullets(image, words: list[Word], scale: float) -> list[Word]:
    """The page's words and a "•" word for each list bullet Tesseract did not read (ocr_bullets), on the
    line of the item it stands before."""
    import numpy as np

    from bilagor.extractor.ocr_bullets import BULLET, bullet_boxes

    boxes = [(w.x0 * scale, w.top * scale, w.x1 * scale, w.bottom * scale) for w in words]
    added = []
    for box in bullet_boxes(np.asarray(image) < _DARK, boxes, scale):
        x0, top, x1, bottom = _box_points(box, scale)
        middle = (top + bottom) / 2
        item = min((w for w in words if w.top <= middle <= w.bottom and w.x0 >= x1), key=lambda w: w.x0)
        added.append(Word(BULLET, x0, x1, item.top, item.bottom, "", item.size))
    return words + added


def _reread_title(image, words: list[Word], scale: float, height: float, folder: Path, notes: list[str]) -> list[Word]:
    """The words with a garbled "Bilaga" title line read again, enlarged, as one line (ocr_title)."""
    from PIL import Image

    from bilagor.extractor import ocr_title

    line = ocr_title.garbled_title_line(words, height)
    if line is None:
        return words
    x0, top, x1, bottom = (round(v * scale) for v in ocr_title.line_box(line))
    x0, top = max(0, x0), max(0, top)
    x1, bottom = min(image.width, x1), min(image.height, bottom)
    if x1 - x0 < 2 or bottom - top < 2:
        return words
    k = ocr_title.SECOND_PASS_SCALE
    crop = image.crop((x0, top, x1, bottom))
    crop = crop.resize((crop.width * k, crop.height * k), Image.Resampling.LANCZOS)
    read = words_from_hocr(run_tesseract(crop, folder, "title", psm=ocr_title.SECOND_PASS_PSM), scale * k)
    again = [Word(w.text, w.x0 + x0 / scale, w.x1 + x0 / scale, w.top, w.bottom) for w in read]
    first = " ".join(w.text for w in line)
    if ocr_title.reads_as_title(again):
        notes.append(f'sida 1: rubrikraden lästes om med OCR (först lästes den "{first}")')
        return ocr_title.replaced_line(words, line, again)
    notes.append(f'sida 1: rubrikraden går inte att läsa säkert med OCR ("{first}")')
    return words


def _one_thread_env() -> dict[str, str]:
    """Tesseract with one thread (unless the user chose otherwise): the import already runs a worker per core."""
    import os

    return {"OMP_THREAD_LIMIT": "1", **os.environ}


class TesseractFailed(Exception):
    """Tesseract exited with an error; _recognise names the file and page."""


TESSERACT_TIMEOUT = 600.0  # s per page; the import's own --timeout is the real bound


def _tesseract_timeout() -> float:
    """Tesseract's own limit, or the time left of the file's OCR budget (ocr_budget.in_force) if less;
    OutOfTime when none is left."""
    left = seconds_left()
    if left is None:
        return TESSERACT_TIMEOUT
    if left <= 0:
        raise OutOfTime
    return min(TESSERACT_TIMEOUT, left)


def _unsmeared(grey, scale: float, folder: Path, number: int):
    """Page image `grey` with a moving hand's smear undone, and whether it was: only when one is measured
    (motion_smear.smear) and Tesseract is sure of clearly more words of the sharpened page than of the plain one, so a wrong
    measure or a false find keeps the plain page (c-image's filter alone lost on its held-out pages)."""
    from bilagor.extractor import motion_smear
    from bilagor.extractor.ocr_stops import sentence_starts
    from PIL import Image

    found = motion_smear.smear(grey, scale)
    if found is None:
        return grey, False
    sharpened = motion_smear.deconvolved(grey, *found)

    def counts(candidate) -> tuple[int, int]:
        name, image = candidate
        hocr = run_tesseract(Image.fromarray(image), folder, f"smear-{number}-{name}")
        return motion_smear.reading_counts(motion_smear.hocr_words(hocr), sentence_starts())

    kept, _, _ = best_of([("plain", grey), ("sharpened", sharpened)], counts, motion_smear.reads_better)
    if kept:
        return sharpened, True
    return grey, False


def run_tesseract(image, folder: Path, name: str, *, psm: int | None = None) -> bytes:
    """Tesseract's hOCR for a PIL image, through files in `folder` (not the shared /tmp pytesseract uses);
    `psm` sets Tesseract's page segmentation mode (7: one line) instead of its automatic one."""
    import subprocess

    import pytesseract

    timeout = _tesseract_timeout()
    source, base = folder / f"{name}.png", folder / name
    image.save(source)
    try:
        try:
            done = subprocess.run(
                [
                    pytesseract.pytesseract.tesseract_cmd,
                    str(source),
                    str(base),
                    "-l",
                    LANGUAGE,
                    *(["--psm", str(psm)] if psm is not None else []),
                    "hocr",
                ],
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=timeout,
                env=_one_thread_env(),
            )
        except subprocess.TimeoutExpired:
            if timeout < TESSERACT_TIMEOUT:  # the file's OCR budget ran out: the page is left unread
                raise OutOfTime from None
            raise TesseractFailed(f"took longer than {TESSERACT_TIMEOUT:g} s") from None
        if done.returncode:
            detail = " ".join(done.stderr.decode(errors="replace").split())[-200:]
            raise TesseractFailed(detail or f"exit {done.returncode}")
        return base.with_suffix(".hocr").read_bytes()
    finally:
        source.unlink(missing_ok=True)
        base.with_suffix(".hocr").unlink(missing_ok=True)


def run_osd(image, folder: Path, name: str) -> str:
    """Tesseract's orientation report (`--psm 0`) for a PIL image; "" when it gives none (too few
    letters, or its orientation model is not installed)."""
    import subprocess

    import pytesseract

    source, base = folder / f"{name}.png", folder / name
    image.save(source)
    try:
        done = subprocess.run(
            [pytesseract.pytesseract.tesseract_cmd, str(source), str(base), "--psm", "0"],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=TESSERACT_TIMEOUT,
            env=_one_thread_env(),
        )
        report = base.with_suffix(".osd")
        return report.read_text(errors="replace") if not done.returncode and report.exists() else ""
    except subprocess.TimeoutExpired:
        return ""
    finally:
        source.unlink(missing_ok=True)
        base.with_suffix(".osd").unlink(missing_ok=True)


def remove_rules(pixels, min_length: int, *, photos: Sequence[tuple] = (), scale: float | None = None, waver: int = 0):
    """(PIL image without long horizontal/vertical ink runs, those runs as pixel boxes).

    `pixels` is a 2-D uint8 grey array (or H x W x 1). A box is (x0, top, x1,
    bottom) of one ruling line, merged over the rows (columns) it is thick.
    Runs along or inside a photo (pixel boxes `photos`) are no rules: a
    photo's edge is straight, but it borders no table. Given the `scale` (px
    per pt), a run along a row through a line of type whose letters touch
    (joined_type: a spirit copy's halo, a blurred bold word) is no rule either, and a box's short sides, each
    running from one rule down into the next (frame_walls: a one-line frame's, a comb's cells'), are rules.
    Without it (text_ink.page_holds_text, which only asks whether ink is left) the runs alone are rules.
    With `waver` (px), a run along a row may step up or down by that much (a cockled page straightened: cockle, its
    rules left with steps of a pixel or two, which broke every run short of a rule's length).
    """
    import numpy as np
    from PIL import Image

    from bilagor.extractor.frame_walls import frame_walls
    from bilagor.extractor.joined_type import joined_type
    from bilagor.extractor.photos import touches

    grey = np.ascontiguousarray(pixels.reshape(pixels.shape[0], pixels.shape[1]))
    dark = grey < _DARK
    across = long_runs(widened(dark, axis=0, by=waver) if waver else dark, min_length)
    down = long_runs(dark.T, min_length).T
    if scale is not None:
        for x0, top, x1, bottom in joined_type(dark, across, _boxes(across), scale):
            across[top:bottom, x0:x1] = False
        down |= frame_walls(dark, across, _boxes(across), min_length, scale)
    del dark
    wipe = widened(across, axis=0)  # with the anti-aliased edges
    widened(down, axis=1, out=wipe)
    cleaned = grey.copy()
    cleaned[wipe] = 255
    del wipe
    rules = _boxes(across) + [(x0, top, x1, bottom) for top, x0, bottom, x1 in _boxes(down.T)]
    margin = max(2, min_length // 6)
    return Image.fromarray(cleaned), [rule for rule in rules if not touches(rule, photos, margin)]


def widened(mask, *, axis: int, by: int = 2, out=None):
    """The mask grown by `by` pixels both ways along `axis` (a line's grey fringe), into `out` if given.

    Shifted slices, not np.roll: no page-sized temporaries, and a line at one
    edge of the page does not wrap round to the other.
    """
    import numpy as np

    if out is None:
        out = mask.copy()
    else:
        out |= mask
    source, target = np.moveaxis(mask, axis, 0), np.moveaxis(out, axis, 0)
    for shift in range(1, min(by, source.shape[0] - 1) + 1):
        target[shift:] |= source[:-shift]
        target[:-shift] |= source[shift:]
    return out


def long_runs(dark, length: int):
    """Mask of pixels lying in a run of at least `length` dark pixels along a row.

    In bands of rows (extractor.bands): the int32 tables of a whole page are 8 times the page, and a
    page (or cell grid, grey_marks) at the OCR pixel cap is 20 M of them."""
    import numpy as np

    from bilagor.extractor.bands import row_bands

    runs = np.zeros(dark.shape, bool)
    if dark.shape[1] < length:
        return runs
    for _, _, start, stop in row_bands(dark.shape[0]):
        runs[start:stop] = _long_runs_of_rows(dark[start:stop], length)
    return runs


def _long_runs_of_rows(dark, length: int):
    """long_runs of a few rows at once (at least `length` columns wide)."""
    import numpy as np

    height, width = dark.shape
    counts = np.zeros((height, width + 1), np.int32)
    np.cumsum(dark, axis=1, out=counts[:, 1:])
    starts = width - length + 1
    full = (counts[:, length:] - counts[:, :starts]) == length  # the run starting at x is all dark
    del counts
    before = np.zeros((height, starts + 1), np.int32)
    np.cumsum(full, axis=1, out=before[:, 1:])
    x = np.arange(width)
    # x is covered when some full run starts in [x - length + 1, x].
    return (before[:, np.minimum(x + 1, starts)] - before[:, np.clip(x - length + 1, 0, starts)]) > 0


def _boxes(mask) -> list[tuple[int, int, int, int]]:
    """Horizontal runs of a mask, merged with the run just above when they line up."""
    import numpy as np

    boxes: list[list[int]] = []
    open_boxes: list[list[int]] = []
    for y in np.flatnonzero(mask.any(axis=1)):
        row = np.concatenate(([0], mask[y].astype(np.int8), [0]))
        edges = np.flatnonzero(np.diff(row))
        next_open = []
        for x0, x1 in zip(edges[::2], edges[1::2]):
            box = next((b for b in open_boxes if b[3] == y and abs(b[0] - x0) <= 3 and abs(b[2] - x1) <= 3), None)
            if box is None:
                box = [int(x0), int(y), int(x1), int(y)]
                boxes.append(box)
            box[3] = int(y) + 1
            next_open.append(box)
        open_boxes = next_open
    return [(b[0], b[1], b[2], b[3]) for b in boxes]


def words_from_hocr(hocr: bytes | str, scale: float) -> list[Word]:
    """Tesseract's hOCR -> Words in PDF points, in reading order.

    Like the text-layer reader, every word of a line gets the line's top and
    bottom (ink boxes differ per word: "av" is shorter than "Bilaga"), and a
    font size from Tesseract's estimate for the line (x_size), snapped to the
    page's body size when within the estimate's noise, so the layout code
    sees titles as larger and running headers as smaller, as in text PDFs.
    """
    import xml.etree.ElementTree as ET

    root = ET.fromstring(hocr.encode() if isinstance(hocr, str) else hocr)
    lines = []
    x_heights: list[float] = []  # per line, 0 where Tesseract gave no ascender and descender figures
    capitals: list[float | None] = []  # per line, the size its capitals' height gives a line of capitals alone
    for element in root.iter():
        if element.get("class") not in _LINE_CLASSES:
            continue
        props = _title_props(element.get("title", ""))
        words = []
        for span in element.iter():
            if span.get("class") == "ocrx_word":
                text = "".join(span.itertext()).strip()
                word_props = _title_props(span.get("title", ""))
                if text and not _speck(text, word_props) and not _flat_remnant(word_props, scale):
                    words.append((text, word_props["bbox"]))
        if words:
            x_size_pixels = float(props.get("x_size", [0])[0])
            x_size = x_size_pixels / scale / _X_SIZE_PER_POINT
            x_heights.append(_x_height(props))
            # A word's box run over a mark and the words after it cut back first: every later step measures boxes.
            words = cut_overrun_boxes(join_detached_punctuation(without_dust_letters(words, x_size_pixels)))
            words = without_border_bars(without_lone_marks(bars_read_for_i(words)))
            words = mended_line(dashes_by_width(words))
            if words:
                lines.append((x_size, words))
                capitals.append(capitals_size(words, scale, _baseline(props)))
                if capitals[-1] is not None:
                    x_heights[-1] = 0.0  # a guess on a line of capitals: no evidence for the page's ratio
            else:
                x_heights.pop()
    sizes = by_x_height([s for s, _ in lines], x_heights)
    sizes = [size if caps is None else caps for size, caps in zip(sizes, capitals, strict=True)]
    lines = [(size, words) for size, words in zip(sizes, [w for _, w in lines])]
    # A copy of a copy's lost dots put back before the lines are measured and mended word by word (ocr_dots).
    texts = restored_dots(mended_lone_i([[text for text, _ in words] for _, words in lines]))
    lines = [(x_size, list(zip(line, [box for _, box in words]))) for line, (x_size, words) in zip(texts, lines)]
    body = _body_size(lines)
    extents = separate_stacked_lines(
        [
            (
                min(b[0] for _, b in words),
                min(b[1] for _, b in words),
                max(b[2] for _, b in words),
                max(b[3] for _, b in words),
            )
            for _, words in lines
        ]
    )
    result = []
    for (x_size, words), (_, top, _, bottom) in zip(lines, extents, strict=True):
        size = snap_size(x_size, body)
        for text, box in words:
            result.append(
                Word(
                    mended_word(text),
                    _points(box[0], scale),
                    _points(box[2], scale),
                    _points(top, scale),
                    _points(bottom, scale),
                    "",
                    size,
                )
            )
    return result


def mended_line(words: list[tuple[str, list[int]]]) -> list[tuple[str, list[int]]]:
    """One OCR line's (text, pixel box) words as every OCR text is mended, ours or a scan's own
    layer (ocr_layer): dust marks taken off, a broken e-mail address joined (its "@" read as a letter mended), digit groups
    regrouped, dust beside a stage marker dropped, a footer's page number read "I" made "1", a misread
    "Dnr" before a diarienummer made "Dnr", a short label a letter off at the line's start made that label,
    a label's colon glued to its answer's first word ("utgifter:Budgeten") parted, a stage's tick boxes read as
    letters ("X Slutredovisning Delredovisning") written with the text path's marks (ocr_ticks)."""
    kept = [
        (text, box) for text, (_, box) in zip(without_dust_marks([t for t, _ in words]), words, strict=True) if text
    ]
    kept = split_glued_colons(kept)
    kept = page_number_ones(without_dust_after_marker(regrouped_thousands(letters_read_for_at(joined_emails(kept)))))
    return ticked_stage_line(mend_label_start(file_number_label(kept)))


def mended_lone_i(lines: list[list[str]]) -> list[list[str]]:
    """A page's OCR'd lines of words (in reading order) with a lone "I" read for "i" made "i"
    (ocr_misreads.mend_lone_capital_i: its neighbours may stand on the lines around it)."""
    starts, count = set(), 0
    for line in lines:
        starts.add(count)
        count += len(line)
    texts = iter(mend_lone_capital_i([text for line in lines for text in line], starts))
    return [[next(texts) for _ in line] for line in lines]


def mended_word(text: str) -> str:
    """One OCR word with "vv" misread put back, and a label word or a district name a letter off made that word."""
    return mend_district_name(mend_misread(mend_double_v(text)))


def separate_stacked_lines(boxes: list[tuple[float, float, float, float]]) -> list[tuple[float, float, float, float]]:
    """Line boxes (x0, top, x1, bottom) with two lines one above the other made not to overlap vertically.

    Tesseract's line grouping is kept: the layout code groups words into
    lines by vertical overlap, and two of Tesseract's lines in one column
    whose boxes overlap (a slightly crooked line, a descender, a tall
    bracket) would be merged and their words interleaved. Lines side by side
    (a label and its answer) are left overlapping: they are one row, and so
    is a line wholly within another's height (a margin rule read as letters
    boxed down a whole paragraph), which a cut would turn upside down.
    """
    result = [list(box) for box in boxes]
    order = sorted(range(len(result)), key=lambda i: result[i][1])
    for n, i in enumerate(order):
        upper = result[i]
        for j in order[n + 1 :]:
            lower = result[j]
            if lower[1] >= upper[3]:
                break
            if min(upper[2], lower[2]) - max(upper[0], lower[0]) <= 0:
                continue  # side by side, not stacked
            if (lower[1] + lower[3]) / 2 <= (upper[1] + upper[3]) / 2:
                continue  # the same height: not one above the other
            if lower[3] <= upper[3]:
                continue  # within the other's height (a rule's letters boxed down a whole block): cut, it turned over
            cut = (upper[3] + lower[1]) / 2
            upper[3], lower[1] = cut, cut
    return [(box[0], box[1], box[2], box[3]) for box in result]


_CLOSING = frozenset(")]}.,;:!?»”’")


def without_lone_marks(words: list[tuple[str, list[int]]]) -> list[tuple[str, list[int]]]:
    """A line's words without dust read as punctuation: a mark with no letter or digit, standing
    apart from the words (punctuation touching a word was joined to it before) and about as
    wide as tall, with its box under half the line's height. A spaced dash is wider than tall."""
    if not words:
        return words
    line_height = max(box[3] for _, box in words) - min(box[1] for _, box in words)
    kept = []
    for text, box in words:
        width, height = box[2] - box[0], box[3] - box[1]
        small = max(width, height) <= 0.5 * line_height
        if not any(c.isalnum() for c in text) and small and width <= 1.5 * height and len(words) > 1:
            continue
        kept.append((text, box))
    return kept


def join_detached_punctuation(words: list[tuple[str, list[int]]]) -> list[tuple[str, list[int]]]:
    """Attach a word of closing punctuation to the word it touches.

    Tesseract sometimes boxes the ")" of "stadsdelsnämnd)" on its own, even
    overlapping the word; the text layer has no space there, nor should we.
    A real space is far wider than the small gap allowed here.
    """
    joined: list[tuple[str, list[int]]] = []
    for text, box in words:
        if joined and set(text) <= _CLOSING:
            prev_text, prev_box = joined[-1]
            if box[0] - prev_box[2] <= 0.15 * (box[3] - box[1]):
                merged = [
                    min(prev_box[0], box[0]),
                    min(prev_box[1], box[1]),
                    max(prev_box[2], box[2]),
                    max(prev_box[3], box[3]),
                ]
                joined[-1] = (prev_text + text, merged)
                continue
        joined.append((text, box))
    return joined


_LINE_CLASSES = {"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"}
# Tesseract's x_size for an N pt font is about 0.87 N pt (Helvetica, Times, DejaVu at 200-300 dpi).
_X_SIZE_PER_POINT = 0.87
_SAME_SIZE = (0.9, 1.15)  # x_size ratios to the body's that are the body size, within estimate noise


def _speck(text: str, props: dict) -> bool:
    """A mark Tesseract is unsure of with no letter or digit: dust or a rule's remains, not text."""
    confidence = float(props.get("x_wconf", ["100"])[0])
    return confidence < 50 and not any(c.isalnum() for c in text)


# A word box this flat (points) is no letter: 6 pt type's x-height is about 3 pt.
FLAT_WORD_POINTS = 2.0


def _flat_remnant(props: dict, scale: float) -> bool:
    """A "word" Tesseract is unsure of whose box is flatter than any letter: the remains of a rule beside a
    cell's border, read as letters ("NE" beside a dithered copy's border, a box 1.7 pt tall)."""
    confidence = float(props.get("x_wconf", ["100"])[0])
    box = props.get("bbox")
    return confidence < 50 and box is not None and len(box) == 4 and box[3] - box[1] < FLAT_WORD_POINTS * scale


def _baseline(props: dict) -> float | None:
    """A line's baseline in pixels at its left end: hOCR's "baseline slope offset" is measured from the line
    box's bottom left corner (None when not given)."""
    try:
        return float(props["bbox"][3]) + float(props["baseline"][1])
    except (KeyError, IndexError, ValueError):
        return None


def _x_height(props: dict) -> float:
    """A line's x-height in pixels: Tesseract's x_size less its ascender and descender heights (0 if not given)."""
    try:
        x_size = float(props["x_size"][0])
        return x_size - float(props["x_ascenders"][0]) - float(props["x_descenders"][0])
    except (KeyError, IndexError, ValueError):
        return 0.0


def by_x_height(sizes: list[float], x_heights: list[float]) -> list[float]:
    """Line sizes from their x-heights, scaled so the page's typical line keeps its size.

    Tesseract's x_size runs from the ascender line to the descender line, and one "Å" or "å" on a
    line lifts its ascender line by the ring: a body-type line under the title measured 16 %
    large and was taken for a title line. The x-height (x_size less ascenders and descenders)
    is the lowercase letters' height, which accents do not change. A line without the figures
    keeps its x_size estimate.
    """
    ratios = sorted(size / xh for size, xh in zip(sizes, x_heights, strict=True) if xh > 0 and size > 0)
    if not ratios:
        return sizes
    per_x_height = ratios[len(ratios) // 2]
    return [xh * per_x_height if xh > 0 else size for size, xh in zip(sizes, x_heights, strict=True)]


def snap_size(size: float, body: float) -> float:
    """A line's estimated size; the body size when the estimate is that close to it."""
    if not size or not body:
        return round(size, 1)
    if _SAME_SIZE[0] <= size / body <= _SAME_SIZE[1]:
        return round(body, 1)
    return round(size, 1)


def _body_size(lines: list[tuple[float, list]]) -> float:
    """The median line size, weighted by characters."""
    weighted = sorted((size, sum(len(text) for text, _ in words)) for size, words in lines if size)
    total = sum(n for _, n in weighted)
    seen = 0
    for size, n in weighted:
        seen += n
        if seen * 2 >= total:
            return size
    return 0.0


def _title_props(title: str) -> dict[str, list]:
    """hOCR title "bbox 1 2 3 4; x_size 40" -> {"bbox": [1, 2, 3, 4], "x_size": [40.0]}."""
    props = {}
    for part in title.split(";"):
        name, *values = part.split()
        if name:
            props[name] = (
                [int(v) if name == "bbox" else float(v) for v in values] if name in ("bbox", "x_size") else values
            )
    return props


def _points(pixels: float, scale: float) -> float:
    return round(pixels / scale, 2)


def _box_points(box, scale: float) -> tuple[float, float, float, float]:
    x0, top, x1, bottom = box
    return _points(x0, scale), _points(top, scale), _points(x1, scale), _points(bottom, scale)
