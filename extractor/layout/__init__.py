"""Pages of positioned words -> ordered label/value blocks. Pure: no I/O.

The forms are two-column tables (label left, answer right, with or without
borders) or one-column documents whose labels are heading lines. One module
per step:

0. `sheetheadings`: a spreadsheet's printed column letters and row numbers, taken out (on a scan as OCR misreads them too); `timelinecircles` (OCR): a timeline's circles read as words before its labels, taken out; `sidetabs` (OCR): a side tab's turned heading and an upright rule read as letters, taken out; `hexcodes`: a
   missing glyph printed as its hex code read back as its character; `smallcaps`: small-caps words
   whole again; `letterhead`: a letterhead band down page 1's margin, taken out; `chartables`: a table typed with "+--+" and "|"
   read as drawn rules; `combs`: a comb's characters joined back (figures told by their pitch; any short answer by its boxes' walls, `lettercombs`); `badges`: letter badges before the labels; `twoup`: split a two-up sheet into its two pages (`sheetframes`: a listing
   printed in framed pages); `textcols`: read a page set in
   two text columns (a newspaper's) one column after the other; `centredcells`: a header
   grid's cells centred in their rows moved to their rows' tops;
1. `lines`: group words into lines;
2. `running`: drop running headers/footers (lines repeated at the same place
   on several pages, page numbers); `steps`: an e-service print's step bar and "Steg k av n" headings;
   `footnotes`: labels given only as numbered footnotes put back over the answers their numbers open;
   `qaprefix`: a question-and-answer protocol's "Fråga N:" / "Svar:" (or a transcript's "F:" / "S:") margin
   prefixes; `questiondash`: labels set as questions run in with their answer after a dash
   ("**Projektnamn?** - Belysning") read as "Label:"; `ticklines`: a questionnaire's "Ja Nej" tick lines under
   its questions; `rightlabels`: labels in a bold column at the right of their answers set over them;
   `contents`: drop a contents list;
   `captions`: labels captioned under their answers' writing lines moved above them;
   `ruledcells`: boxed rows of several label/value pairs, read pair by pair;
   `cells`: cell grids (a label above its value, several a row) and
   `headcells`: header tables of centred labels,
   both handed on cell by cell, as are cards side by side (`cells` too; `cards`
   takes their frames away);
   `headrows`: a table's column-header row and its repeats on later pages;
3. `columns`: find the label/value column boundary, if the document has one,
   from the x-positions where lines and post-gap word runs start (and
   vertical rules); `blockcols`: a block lower on a page with a label/value
   column pair of its own (a header table over numbered sections) keeps its own;
4. `walker`: walk the lines in reading order into label/answer blocks (`sheetgrid`: a sheet's gridlines, which
   cut its answers mid-sentence, taken from its rules; `rulelabels`: a label centred on a rule is a heading);
   `gaprows` (OCR): a small table's rows on a page without a value column, pair by pair;
5. `rows`: give answer lines drawn above a centred label back to it; `floated`: answers
   that ran ahead of labels floated beside them, each one label on; `numberlabels`: a label
   of numbers alone joined to the label wrapped under it;
6. `indented`: a listing's unknown first label, its answer indented under it,
   out of the preamble; `titles`: the preamble's title lines; `legends`: group
   headings over the fields (a fieldset's legend) are no blocks.

Every tolerance is a field of `LayoutSettings` (settings.py). Only geometry
and typography are used, so OCR pages (no font names, approximate
coordinates) go through the same code.
"""

from __future__ import annotations

from collections.abc import Callable

from bilagor.extractor.layout.badges import strip_badge_letters
from bilagor.extractor.layout.boxsides import without_box_sides
from bilagor.extractor.layout.blockcols import block_boundaries
from bilagor.extractor.layout.cards import without_card_frames
from bilagor.extractor.layout.centredcells import top_align_centred_cells
from bilagor.extractor.layout.chartables import read_character_tables
from bilagor.extractor.layout.captions import lift_captions
from bilagor.extractor.layout.framedanswers import mark_framed_answers
from bilagor.extractor.layout.cells import unfold_card_rows, unfold_cell_rows
from bilagor.extractor.layout.combs import join_comb_cells
from bilagor.extractor.layout.lettercombs import mark_comb_answers
from bilagor.extractor.layout.contents import strip_contents
from bilagor.extractor.layout.continued import merge_continued
from bilagor.extractor.layout.gaprows import part_gap_rows
from bilagor.extractor.layout.guidance import strip_guidance
from bilagor.extractor.layout.footnotes import read_footnote_labels
from bilagor.extractor.layout.ocrfootnotes import read_unnumbered_footnotes
from bilagor.extractor.layout.floated import give_answers_to_floated_labels
from bilagor.extractor.layout.boxednumbers import strip_boxed_numbers
from bilagor.extractor.layout.columns import answer_leading, find_boundary, label_column_x, page_boundaries
from bilagor.extractor.layout.grid import find_grids, unfold_grids, unfold_header_rows
from bilagor.extractor.layout.headcells import unfold_header_cells
from bilagor.extractor.layout.hexcodes import read_hex_codes
from bilagor.extractor.layout.headrows import strip_column_headers
from bilagor.extractor.layout.indented import first_indented_block
from bilagor.extractor.layout.inlinepairs import monospaced_spaces, part_inline_pairs
from bilagor.extractor.layout.letterhead import strip_letterhead
from bilagor.extractor.layout.ocrcombs import without_comb_debris
from bilagor.extractor.layout.outline import (
    drop_misread_outline_numbers,
    drop_part_headings,
    drop_scanned_part_headings,
    strip_leading_part,
)
from bilagor.extractor.layout.leaders import read_leader_lines
from bilagor.extractor.layout.stopleaders import strip_stop_leaders
from bilagor.extractor.layout.legends import drop_group_headings
from bilagor.extractor.layout.lines import (
    body_size,
    group_lines,
    mend_tab_edges,
    mostly_bold,
    without_specks,
    without_typed_rules,
)
from bilagor.extractor.layout.model import Block, Layout, Line
from bilagor.extractor.layout.numberlabels import join_number_labels
from bilagor.extractor.layout.onerow import unfold_one_row_pairs
from bilagor.extractor.layout.pairrow import unfold_pair_rows
from bilagor.extractor.layout.overprint import part_run_in_words
from bilagor.extractor.layout.ruledcells import unfold_ruled_pairs
from bilagor.extractor.layout.ruledcols import stack_ruled_columns
from bilagor.extractor.layout.rows import centre_rows, line_pitch, pull_centred_answers, value_pictures
from bilagor.extractor.layout.runin import bold_run_in_labels, inline_form, join_wrapped_inline_labels
from bilagor.extractor.layout.running import strip_running_lines
from bilagor.extractor.layout.sheetheadings import without_sheet_headings
from bilagor.extractor.layout.sheetgrid import without_sheet_gridlines
from bilagor.extractor.layout.sidetabs import without_turned_words
from bilagor.extractor.layout.signing import strip_office_box, strip_signature
from bilagor.extractor.layout.smallcaps import join_small_caps
from bilagor.extractor.layout.steps import strip_step_lines
from bilagor.extractor.layout.qaprefix import strip_qa_prefixes
from bilagor.extractor.layout.questiondash import read_question_labels
from bilagor.extractor.layout.ticklines import strip_tick_lines
from bilagor.extractor.layout.rightlabels import move_right_labels
from bilagor.extractor.layout.shadedfields import mark_shaded_answers
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings, alignment_tolerance
from bilagor.extractor.layout.textcols import stack_text_columns
from bilagor.extractor.layout.titlefield import part_title_block, title_over_instruction
from bilagor.extractor.layout.timelinecircles import without_timeline_circles
from bilagor.extractor.layout.titles import split_preamble, title_lines
from bilagor.extractor.layout.spreads import join_facing_spreads
from bilagor.extractor.layout.twoup import split_two_up
from bilagor.extractor.layout.walker import Walker, labels_by_type
from bilagor.extractor.layout.wordbreaks import glue_broken_words
from bilagor.extractor.words import Page

__all__ = [
    "DEFAULT_SETTINGS",
    "Block",
    "Layout",
    "LayoutSettings",
    "Line",
    "body_size",
    "find_boundary",
    "group_lines",
    "layout_pages",
    "plain_layout",
    "strip_running_lines",
    "title_lines",
]


def _never(_text: str) -> bool:
    return False


def _no_marker(_text: str) -> str | None:
    return None


def plain_layout(pages: list[Page], s: LayoutSettings = DEFAULT_SETTINGS) -> Layout:
    """Every page's words as lines in reading order and nothing else: no labels, blocks or removed furniture (a
    file whose layout its time left undone, stage_deadline). Lines are grouped as layout_pages groups them, which
    is linear in a page's words."""
    lines = [line for page in pages for line in group_lines(page, s)]
    return Layout(lines, [], [], [], False, body_size(lines))


def layout_pages(
    pages: list[Page],
    *,
    is_label: Callable[[str], bool] = _never,
    stage_of: Callable[[str], str | None] = _no_marker,
    is_title_start: Callable[[str], bool] = _never,
    is_label_word: Callable[[str], bool] | None = None,
    is_known_wording: Callable[[str], bool] = _never,
    settings: LayoutSettings = DEFAULT_SETTINGS,
) -> Layout:
    """Split pages into a preamble and label/value blocks.

    `is_label(text)` says whether a line reads as a known form label (helps
    where typography is missing, e.g. OCR); `stage_of(text)` returns a stage
    for a line that is only a stage marker; `is_title_start(text)` whether a
    line opens the title ("Bilaga 5 - ..."), for OCR pages whose title type
    cannot be told from the body's; `is_label_word(word)` whether a word is
    one the known labels use (to rejoin a word a narrow label column broke);
    `is_known_wording(text)` whether a line is word for word a template label
    or known alias (a label however long, inline or alone above its answer).
    """
    s = settings
    pages = [
        join_small_caps(
            read_hex_codes(
                without_comb_debris(
                    without_specks(without_box_sides(without_turned_words(without_sheet_headings(p, s), s), s), s), s
                ),
                s,
            ),
            s,
        )
        for p in join_facing_spreads(split_two_up(pages, s), s)
    ]
    pages, letterhead = strip_letterhead(pages, is_label, s)
    pages = strip_office_box(pages, s)
    pages = strip_badge_letters(without_timeline_circles(pages, s), s)
    pages = strip_boxed_numbers(pages, s)
    pages = [read_character_tables(join_comb_cells(p, s), s) for p in pages]
    tol = alignment_tolerance([p.width for p in pages], s)
    pages = stack_ruled_columns(pages, tol, s)
    pages = stack_text_columns(pages, is_known_wording, tol, s)
    pages = [top_align_centred_cells(p, tol, s) for p in pages]
    page_lines = [
        drop_misread_outline_numbers(mend_tab_edges(without_typed_rules(group_lines(p, s)), is_label)) for p in pages
    ]
    page_lines, print_lines = read_leader_lines(page_lines, tol, s)
    body = body_size([line for ls in page_lines for line in ls])
    grouped = page_lines
    page_lines, removed = strip_running_lines(pages, page_lines, body, s, is_label, is_title_start)
    page_lines, steps = strip_step_lines(page_lines, s)
    removed += steps
    pages, page_lines, notes = read_footnote_labels(pages, page_lines, body, grouped, s)
    if not notes:
        pages, page_lines, notes = read_unnumbered_footnotes(
            pages, page_lines, body, grouped, is_label, stage_of, is_known_wording, s
        )
    removed += notes
    pages, page_lines = strip_qa_prefixes(pages, page_lines, s)
    pages, page_lines = read_question_labels(pages, page_lines, is_label, s)
    pages, page_lines = strip_tick_lines(pages, page_lines, s)
    pages, page_lines = move_right_labels(pages, page_lines, is_label, s)
    page_lines, contents = strip_contents(page_lines, is_label, s)
    pages, page_lines, leadered = strip_stop_leaders(pages, page_lines, s)
    page_lines = strip_guidance(page_lines, body, s, is_label)
    # Before `lift_captions`: a signature block's captions under their rules would close the answer above.
    page_lines = strip_signature(pages, page_lines, body, s, is_label, is_known_wording)
    pages, page_lines = lift_captions(pages, page_lines, body, is_label, s, stage_of)
    page_lines = unfold_ruled_pairs(pages, page_lines, is_label, s)
    # Before `unfold_card_rows`: a cell row told by type reads its unknown labels too, and an empty cell.
    lines = unfold_cell_rows([line for ls in page_lines for line in ls], is_label, tol, s, is_known_wording)
    lines = unfold_header_cells(lines, is_label, is_known_wording, tol, s)
    lines, card_xs = unfold_card_rows(lines, is_label, tol, s)
    framed = [without_card_frames(p, card_xs, s) for p in pages]
    # A cell grid's values are read by their cells: no evidence for or against a value column (its
    # labels, moved onto the first cell's x, still say where labels start).
    plain = [ln for ln in lines if ln.cell != "value"] or lines
    boundaries = page_boundaries(framed, page_lines, find_boundary(framed, plain, s, is_label), s, is_label)
    lines = part_run_in_words(lines, boundaries, tol, is_label_word)
    lines, headers = strip_column_headers(lines, boundaries, is_label, mostly_bold(lines, body), s)
    rules = {p.number: p.rules for p in pages}
    # Before `find_grids`: a header grid's cells are sized to their words, so its right-hand labels
    # line up only by chance, and a grid found from two of them would cut the other rows wrongly.
    lines = unfold_header_rows(lines, boundaries, is_label, tol, s)
    grids = find_grids(lines, boundaries, is_label, tol, s)
    if grids:
        lines = unfold_grids(lines, grids, min(ln.x0 for ln in lines), tol, s)
    lines = part_inline_pairs(lines, is_label, tol, s)
    typography = any(w.fontname for ln in lines for w in ln.words)
    if not typography:  # a scan's small table over headed sections: no value column to read its rows by
        lines = part_gap_rows(lines, boundaries, is_label, tol, s)
    lines = join_wrapped_inline_labels(lines, is_known_wording, tol, s)
    body_bold = mostly_bold(lines, body)
    if typography and not body_bold:  # bold tells the label of a one-row table from its answer
        lines = unfold_one_row_pairs(unfold_pair_rows(lines, boundaries, tol, is_label, s), boundaries, tol, s)
    by_type = labels_by_type(lines, body, body_bold, is_label, s)
    if typography and not by_type:  # labels in the answers' type: the shading or frame round an answer tells it
        lines = mark_framed_answers(mark_shaded_answers(lines, pages, boundaries, is_known_wording, s), pages, s)
    if typography:  # a line written in comb boxes is an answer, however like a label it reads
        lines = mark_comb_answers(lines, pages, s)
    else:  # no bold sets an outline's part heading apart from the answer above it
        lines, scanned_parts = drop_scanned_part_headings(lines, s)
        removed += scanned_parts
    walker = Walker(
        boundaries,
        body,
        body_bold,
        without_sheet_gridlines(rules, lines, boundaries, s),
        is_label,
        stage_of,
        tol=tol,
        # Text layers name their fonts; OCR words have none, so bold is unknown and sizes are rough.
        typography=typography,
        label_x=label_column_x(lines, tol, s) if lines else None,
        labels_by_type=by_type,
        is_known_wording=is_known_wording,
        is_title_start=is_title_start,
        leading=answer_leading(lines, boundaries, tol, s),
        bold_run_in=not body_bold and bold_run_in_labels(lines, is_label, s),
        block_boundaries=block_boundaries(lines, boundaries, tol, s),
        # OCR: no bold to tell an unknown first label run in with its answer; the form's known ones tell it.
        # A form whose labels lead by dots to their answers (stopleaders.py) writes them inline, known or not.
        inline_form=leadered or not typography and inline_form(lines, is_label, s),
        # A text layer whose labels no type sets apart (a plain-text print): so too, once past its title.
        inline_form_after_title=typography and not by_type and inline_form(lines, is_label, s),
        word_spaces=monospaced_spaces(lines, s),
        settings=s,
    )
    for line, next_line in zip(lines, [*lines[1:], None]):
        walker.feed(line, next_line)
    pull_centred_answers(walker.blocks, rules, value_pictures(pages, boundaries), s, walker.marker_lines)
    give_answers_to_floated_labels(walker.blocks, line_pitch(walker.blocks, s), tol, s)
    centre_rows(walker.blocks, rules, s)
    if is_label_word is not None:  # without the labels' words a line ending at the edge proves too little
        glue_broken_words(walker.blocks, is_label_word, s)
    blocks = merge_continued(join_number_labels(walker.blocks, s))
    preamble, blocks = first_indented_block(walker.preamble, blocks, tol)
    blocks = part_title_block(blocks, body, is_label, s)
    over_instruction = (lambda block, after: title_over_instruction(block, after, body, s)) if typography else None
    preamble, blocks = split_preamble(preamble, blocks, is_label, is_title_start, over_instruction)
    blocks, legends = drop_group_headings(blocks, is_label, s)
    blocks, parts = drop_part_headings(blocks, s)
    preamble, lead_part = strip_leading_part(preamble, blocks, s)
    two_column = any(x is not None for x in boundaries.values())
    removed += print_lines + letterhead
    removed += parts + lead_part
    return Layout(preamble, blocks, walker.markers, removed + contents + headers + legends, two_column, body)
