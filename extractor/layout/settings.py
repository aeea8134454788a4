"""Every tolerance of the layout steps, named, in one place (as pdfplumber keeps its own).

Distances are in PDF points unless a field says it is a share of something
(a page's width or height, a type size, the usual line pitch).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LayoutSettings:
    # --- two-up sheets (two pages side by side on a landscape sheet)
    # The right half's text starts where the left half's does, half a sheet further right, within
    # this share of the sheet's width.
    two_up_margin_share: float = 0.012
    # A listing printer's framed page (sheetframes) is at least this share of the sheet's height tall ...
    two_up_frame_min_height_share: float = 0.75
    # ... and this share of its width wide (at most half of it);
    two_up_frame_min_width_share: float = 0.35
    # its edges meet, and two frames' tops, bottoms and widths agree, within this many pt.
    two_up_frame_slack: float = 2.0

    # --- a questionnaire's question numbers in ruled squares at the margin (boxednumbers, #12)
    # The square is at most this many of its number's heights a side (a checkbox-sized square, not a cell) ...
    boxed_number_max_side: float = 2.5
    # ... its rules meet, and the squares' left edges agree, within this many pt;
    boxed_number_slack: float = 1.5
    # and at least this many such numbers stand in the document (one alone may be a boxed answer).
    boxed_number_min_count: int = 2

    # A label's wrapped tail and its answer on the line under a row's first line stand further apart than this
    # many of that line's median word spaces (a paragraph's words at a word space are one cell; walker, #12).
    cell_gap_spaces: float = 1.5

    # --- text columns (a page set in two columns like a newspaper, #12)
    # The right column starts inside the page, at least this share of its width from either edge ...
    text_column_min_share: float = 0.3
    # ... and each column holds at least this many lines.
    text_column_min_lines: int = 4
    # A gap of this many line heights below the columns' last line parts a footer from them.
    text_column_foot_gap: float = 4.0
    # A text column's label wraps over at most this many lines in its narrow column.
    text_column_label_lines: int = 3
    # One column holding this many labels more than the other flows on its own (cards pair off by rows).
    text_column_uneven_labels: int = 2
    # At most this share of a text column's lines is parted by a column gap (a justified line's wide spaces).
    text_column_parted_share: float = 0.1
    # A text column that is a label/value table of its own has at least this many lines parted at
    # its value column (a label beside its answer, or a label's wrapped line beside the answer's).
    text_column_beside_labels: int = 2
    # Horizontal rules starting at one x inside the page (a rule under each row of the right
    # column) needed to look for a gutter there.
    text_column_min_rules: int = 2

    # --- label/value columns side by side between tall rules (ruledcols.py, #12 thirty-fourth round)
    # A rule parting columns runs down at least this share of the page's height (a cell's wall in a table of rows is
    # a row's height; the columns' rules run from under the title to the foot).
    ruled_column_rule_min_share: float = 0.4
    # A column is at least this share of the page's width (a value column's edge inside a table is nearer its label).
    ruled_column_min_share: float = 0.15
    # The columns are about one width: the narrowest at least this share of the widest (three of 245 pt each on a
    # landscape page give nearly 1; a label column beside its answers about 0.3-0.45).
    ruled_column_even_share: float = 0.7
    # Lines run across a rule only in this top share of it are a title or a header over the columns, not a row across
    # them.
    ruled_column_head_share: float = 0.2
    # Two words of one line at most this many type sizes apart are a word space apart (a column gap is wider).
    ruled_column_space_sizes: float = 0.6
    # On a scan a column's rule comes back in pieces (where the scan paled or the page bent): upright pieces this near
    # one x, each starting at most this many of the page's word heights under the one before, are one rule.
    ruled_column_piece_x_tol: float = 3.0
    ruled_column_piece_gap_sizes: float = 6.0

    # --- labels given only as numbered footnotes (footnotes.py, #12 thirty-fourth round)
    # A marker is set in a script size (the description's 0.65, superscripts run 0.55-0.8): at most this share of the
    # text after it, so an item number or a figure in running text (set at the text's size) is no marker.
    footnote_marker_ratio: float = 0.85
    # A footnote is set smaller than the answers (2 pt on 9-11 pt): at most this share of their size.
    footnote_note_ratio: float = 0.95
    # A wrapped footnote's next line stands at most this many of its sizes under it (a footer further).
    footnote_pitch_sizes: float = 1.6
    # Pairs needed before the page is read so, and the share of a page's footnotes a marker must pair.
    footnote_min_pairs: int = 2
    footnote_min_note_share: float = 0.75
    # A footnote's rule stands over its first line: up to this many note sizes above it, starting near its x.
    footnote_rule_reach_sizes: float = 3.0

    # --- a question-and-answer protocol's margin prefixes, "Fråga N:" and "Svar:" (qaprefix.py)
    # A protocol numbers several questions: one "Fråga 1:" could be a form's own wording.
    qa_min_questions: int = 2
    # A prefix stands at least this many of its type sizes before the text at the indent (a word space is about 0.3) ...
    qa_min_prefix_gap: float = 1.0
    # ... and starts at most this many pt right of the page's leftmost line.
    qa_margin_slack: float = 6.0
    # A transcript's one-letter "F:" / "S:" stands at least this many of its type sizes before the text at the indent
    # (twice a word space: a sentence opening "S: ..." has one).
    qa_speaker_min_gap: float = 0.6

    # --- labels in a narrow bold column at the right of their answers (rightlabels.py)
    # Runs beside an answer needed: a bold word or two at a line's end elsewhere is emphasis, not a column.
    right_label_min_labels: int = 3
    # Type sizes before a label run (a word space is about 0.3; a column gap of 16 pt at 11 pt).
    right_label_column_gap: float = 1.0
    # Line pitches: a label's next line is one pitch down; the next row's starts after a row gap.
    right_label_wrap_pitch: float = 1.25
    # Pt: rounding of the column's left edge.
    right_label_edge_slack: float = 2.0
    # Pt an OCR'd run's start may stand off the column's median start (a scan's skew, OCR's boxes) ...
    right_label_ocr_edge: float = 6.0
    # ... and the share of an OCR'd page's runs that must read as known labels (no bold tells them).
    right_label_ocr_known: float = 0.5

    # --- an outline's part headings ("2 Redovisning" over "2.1 ...", outline.py)
    # How far right of the part heading's text (in type sizes) its first field's text must start: the fields' number
    # column is about 26 pt on a 9 pt page (2.9 sizes) less the part number and a word space (about 0.8 size), so the
    # offset is about 2 sizes; one size keeps a narrower column and takes no word space's wobble for one.
    part_heading_text_column_sizes: float = 1.0

    # --- spreads (two-page spreads: the labels alone on the left-hand page, their answers on the facing page)
    # Right-aligned bold lines a label page holds at least: a heading or two flush right is not a label page.
    spread_min_labels: int = 3
    # Type sizes the right edges of one label column may differ by (a producer rounds glyph widths differently).
    spread_edge_slack: float = 2.0
    # Type sizes the labels' left edges lie apart at least, else the column is set flush left.
    spread_min_left_spread: float = 1.5
    # Share of the labels whose height meets a line of the facing page, at least.
    spread_min_matched_share: float = 0.6
    # Type sizes between a label's top and its answer's first line, at most.
    spread_height_slack: float = 0.6
    # Words of a label line, at most, where no type tells it (labels are short; answers run on).
    spread_untyped_label_words: int = 6
    # Lines above the label column, at most: a title's; a page of prose over right-aligned lines is no spread.
    spread_max_head_lines: int = 4
    # Share of the page's height at its top and foot where a header or page number stands.
    spread_edge_band_share: float = 0.1
    # Words of a header or page number line outside the labels, at most.
    spread_furniture_words: int = 6
    # Type sizes between the spine and the answers on the joined page.
    spread_gap: float = 2.0
    # Share of the page's width a label column's lines start right of (a left-hand page's labels stand by the spine).
    spread_column_left_share: float = 0.25
    # Type sizes: a label line this near under another of the column is that label's wrapped line, not a label.
    spread_label_wrap_pitch: float = 1.6

    # --- questiondash (a question label, a dash, the answer run in on the same line)
    # Question lines a document holds at least: a form sets every field this way; one line could be an answer's
    # own bold phrase.
    question_min_questions: int = 2
    # Words of a wrapped label's last line, at most.
    question_max_label_words: int = 16
    # Words of an unknown label in body type, at most: a few words ('Underhåll och drift'), never a clause.
    question_max_plain_words: int = 5
    # Type sizes from a wrapped label's line to the next, at most: a line pitch, not a field's gap.
    question_wrap_pitch: float = 1.6
    # Type sizes a wrapped label's lines may differ by in x and in size.
    question_wrap_slack: float = 0.2
    # Type sizes between the label, its marks and the answer: the dash sits 1.6 word spaces (0.45 size) from each side;
    # a table's value column or a list item's dash after a label in its own cell lies further off.
    question_max_run_gap: float = 1.5
    # Share of the type size: a word space in Helvetica and its like (0.278 em).
    question_word_space: float = 0.25
    # Where OCR lost a question label's dash, its two spaces and its width are one gap: this many run gaps.
    question_lost_dash_gaps: float = 2.0

    # --- ocrfootnotes (labels given only as footnotes on an OCR'd page, paired with the answers by order)
    # A footnote is set smaller than the answers (2 pt on 9-11 pt; Tesseract's boxes vary): at most this share of the
    # body's size, its next line at most this many of its sizes under it.
    unnumbered_note_size_ratio: float = 0.92
    unnumbered_note_line_pitch: float = 1.8
    # Footnotes needed on a page (a page of two short label lines at its foot may be anything).
    unnumbered_note_min_notes: int = 3
    # Lines left under the footnotes (the page number) before the run is given up.
    unnumbered_note_max_footer_lines: int = 3
    # An answer's lines stand at least this many points right of the page's margin (the description's 12 pt; a
    # title and the footer's furniture stand at the margin).
    unnumbered_note_min_indent: float = 4.0
    # A line's pitch within an answer lies between these many of its size.
    unnumbered_note_answer_pitch_sizes: tuple[float, float] = (1.0, 1.5)
    # Two answers are parted by a gap at least this many of the page's line pitches (one line and a field gap).
    unnumbered_note_block_gap_pitches: float = 1.4
    # Footnotes left over after the last answer are empty answers, this many at the most.
    unnumbered_note_max_trailing_empty: int = 2
    # A gap this many normal field steps wide holds an empty answer for each step past the first.
    unnumbered_note_empty_step_share: float = 0.8
    # A label Tesseract misread ("Piats") joins the run when it starts within this many points of the run's
    # first footnote's x and has at most this many words.
    unnumbered_note_misread_x_slack: float = 3.0
    unnumbered_note_misread_words: int = 4
    # At most one footnote in this many (whole division) may be such a misread label.
    unnumbered_note_notes_per_misread: int = 4
    # Points above the first footnote's top a body line must start (a footnote's own line is not the body's).
    unnumbered_note_body_clearance: float = 0.5
    # The footnotes' rule (a line thinner than this many points) within this many of their sizes above the
    # first footnote is dropped with them.
    unnumbered_note_rule_thickness: float = 2.0
    unnumbered_note_rule_reach: float = 3.0

    # --- ocrcombs (an OCR'd comb row's wall pieces read as words)
    # Line heights between a stray word and the answer before it, at least.
    comb_debris_far_gap: float = 5.0
    # Points an answer's word is tall at least (a speck's letters are read 2-4 pt tall).
    comb_debris_least_height: float = 5.0
    # Share of the smaller height a word and the stray must overlap to stand on one line.
    comb_debris_level_overlap: float = 0.5
    # Characters of a stray, and letters or figures of the answer's word before it, at least.
    comb_debris_min_letters: int = 2
    # Share of the answer's word's height a stray is as tall as at least.
    comb_debris_stray_height_share: float = 0.5

    # --- fieldlists (a label column's type)
    # Two type sizes this close are one type (sizes read from a text layer differ by rounding only).
    field_list_same_size: float = 0.5
    # Two lines' feet this close, in the larger type's sizes, stand on one baseline (a descender apart at most).
    field_list_baseline_share: float = 0.25

    # --- steps (a web form's step bar)
    # Steps of a bar, at least: a bar of two steps is too like an answer's "1 … 2 …".
    step_bar_min_steps: int = 3
    # Words of one step's name, at most.
    step_bar_max_step_words: int = 3

    # --- titles (a letterhead's runs)
    # Words of a letterhead's sender run, at most: "Trafikkontoret", "Stockholms stad", "Bilaga 5" (not a title).
    title_letterhead_name_words: int = 3

    # --- ocr_footer (a scan's misread page number under the text)
    # Characters of a footer line, at most: "Sida 12 av 12" and its misreads.
    ocr_footer_max_characters: int = 14
    # The blank above a footer, in the footer's line heights, at least (a paragraph's gap is under one).
    ocr_footer_gap_lines: float = 2.0

    # --- ticklines (a questionnaire's "Ja" / "Nej" tick lines)
    # Tick lines a document holds at least: a questionnaire puts one under every question; one alone may be an
    # answer.
    tick_min_lines: int = 2
    # Other tokens of a tick line, at most: one box before each word (twice that on a scan, below).
    tick_max_box_tokens: int = 2
    # Characters of an OCR'd box, at most: "O", "0", "[]", "☐", "LI".
    tick_max_box_chars: int = 2
    # Line heights right of the last option past which a scan's short token is a speck.
    tick_speck_gap_sizes: float = 4.0
    # A scan may read a box as this many tokens (a box split in two, a speck beside it).
    tick_scan_box_token_factor: int = 2
    # A misread option's other tokens are at most this many characters longer than a box.
    tick_misread_extra_chars: int = 2

    # --- lines
    # A piece of a table's vertical rule read as a letter (lines.without_specks): a stroke character standing on
    # the rule's line, the rule ending or starting within `line_rule_stroke_gap` pt of it, its x within
    # `line_rule_stroke_x` pt of the rule's (and the character at most twice that wide).
    line_rule_stroke_gap: float = 4.0
    line_rule_stroke_x: float = 1.5
    # Share of the smaller height two words must overlap vertically to share a line.
    line_overlap: float = 0.5
    # How many of the latest lines a word may join (lines interleave only a little).
    line_lookback: int = 4
    # Words overlapping this far (pt) across stand one above the other: never one line, however
    # much both overlap a larger line beside them (small labels wrapping beside an answer, #12).
    stacked_min_x_overlap: float = 1.0

    # --- running headers and footers
    # Share of the page height at top and bottom where running lines live.
    margin: float = 0.13
    # ... measured on a page at least this tall (pt): a page sized to its content (a graph tool's table, a
    # page of a few rows) is no paper, and its running lines stand as far from its edges as on one.
    margin_min_page: float = 420.0
    # How far (pt) the same running line may move up or down between pages.
    repeat_top_tolerance: float = 0.012 * 842
    # Pages a margin line must appear on to count as running.
    min_repeats: int = 2
    # Words a running line may add on later pages ('Bilaga 5' / 'Bilaga 5, forts.').
    running_extra_words: int = 2
    # Type this much below the body size at a page's edge is page furniture ...
    small_print_step: float = 0.5
    # ... unless at least this many lines of the body start at its x in its size (a label column
    # set small: a label's wrapped tail atop the next page, #12).
    small_print_label_lines: int = 3

    # --- contents pages
    # The heading over a contents list ('Innehåll', 'Innehållsförteckning') has at most this many words.
    contents_heading_max_words: int = 3

    # --- columns
    # A gap wider than this share of the type size (at least min_column_gap pt) parts word runs.
    word_gap_share: float = 0.9
    min_column_gap: float = 6.0
    # x-positions this close (pt, or share of the page width, whichever is more) are aligned.
    min_align_tolerance: float = 3.0
    align_width_share: float = 0.008
    # Share of all lines that must start at the label column's x.
    label_column_share: float = 0.04
    # The value column starts between these shares of the page width (after the label column).
    value_column_min_share: float = 0.08
    value_column_max_share: float = 0.65
    # A rule stands upright (a box's wall, a cell's side, a frame's edge) when at most this wide (pt), ruling.py's
    # `upright_rules`; a wall between a comb's characters or a border's stroke OCR read is also taller than this
    # (a dot or a tick is neither).
    upright_rule_max_width: float = 1.5
    upright_rule_min_height: float = 2.0
    # A vertical rule is a table border when at most this wide and at least this long (pt) ...
    rule_max_width: float = 2.0
    rule_min_length: float = 15.0
    # ... on a scan, at least the OCR rule finder's own length (a box's short sides, which it takes too since the
    # twenty-eighth round, frame_walls: two frames side by side, a comb's cells, border no table).
    scan_rule_min_length: float = 36.0
    # ... and it runs at least this many line heights over the document.
    rule_min_lines: float = 4.0
    # Value text starts a cell padding right of the inner border: up to this many pt past the tolerance.
    rule_cell_padding: float = 10.0
    # A column beside a rule needs this share of the strongest column's starts.
    rule_column_strength: float = 0.5
    # A scanned page with at least this many lines gets its own column boundary.
    page_boundary_min_lines: int = 4
    # One-column text when lines crossing the column outnumber label/value evidence this many times.
    crossing_ratio: float = 2.0
    # ... unless at least this many known labels stand beside answers at the column, and the lines
    # crossing it lie outside their rows (a header table above one-column sections).
    header_table_min_rows: int = 3
    # Labels set flush right: at least this many label runs beside answers must end at one x.
    right_aligned_min_labels: int = 3
    # A label set apart by size differs from its answer's type by at least this much (pt); words of
    # one label differ by less (a label word as wide as its column runs up to its answer, #12).
    label_size_step: float = 0.5

    # --- walking (labels, headings, answers)
    # Share of the word-gap threshold that separates a label from its answer.
    label_gap_share: float = 0.7
    # An answer starts within this many alignment tolerances of the value column.
    value_align_tolerances: float = 3.0
    # A block lower on a page with a label/value column pair of its own has at least this many rows (blockcols.py).
    block_column_min_rows: int = 2
    # OCR: an answer's first word may start this many alignment tolerances left of the value column.
    ocr_value_lead_tolerances: float = 2.0
    # ... and only after a gap this many times the line's median word space (a justified line's spaces are alike).
    ocr_lead_gap_spaces: float = 1.5
    # Headings have at most this many words.
    heading_max_words: int = 14
    # rulelabels: a label centred on a rule: the rule's pieces stop at most this many type sizes short of the
    # label's ends, and are at most this thick (pt)
    rule_label_reach: float = 3.0
    rule_label_thickness: float = 2.5
    # A heading is set this much (pt) larger than the body.
    heading_size_step: float = 0.8
    # Title-sized type is this much (pt) larger than the body.
    title_size_step: float = 1.5
    # A form's instruction under its title ("Fyll i samtliga fält. Blanketten skickas …") runs at most this many
    # lines: a title read as a heading with a longer text under it is a field (titlefield.title_over_instruction).
    instruction_max_lines: int = 2
    # A label or heading line continues the previous one within this many type sizes (top to top).
    wrap_pitch: float = 1.9
    # A wrapped inline label's second line may be set in this many type sizes (a hanging indent).
    hanging_indent_ems: float = 4.0
    # Lines of one heading differ in size by at most this (pt; OCR sizes are rough).
    heading_size_spread: float = 0.5
    ocr_heading_size_spread: float = 2.0
    # OCR: a wrapped title's lines follow within this many type sizes.
    ocr_title_pitch: float = 1.5
    # OCR: a heading standing apart is at least this many type sizes below a finished paragraph.
    ocr_heading_gap: float = 1.5
    ocr_heading_max_words: int = 6
    # A lowercase line continuing a label (OCR) or heading has at most this many words.
    label_wrap_max_words: int = 6
    heading_wrap_max_words: int = 8
    # The short last line of a full-width paragraph follows within this share of a line height.
    paragraph_gap_share: float = 0.8
    # How far (pt) a rule may sit beyond a line's edge and still run between two lines.
    rule_slack: float = 1.0
    # A horizontal rule under a label reaches at least this far (pt) right of the label's start.
    rule_min_reach: float = 5.0

    # Inline pairs run on in one line part at a gap this many times the line's median word space,
    # plus this much (pt): a flex row's item gap, not a justified space.
    item_gap_ratio: float = 1.6
    item_gap_slack: float = 0.5
    # A word space is at most this many type sizes wide (the measure of a row without one).
    item_space_ems: float = 0.35
    # A type is monospaced (its word space one character: inlinepairs.monospaced_space) when its words,
    # `pitch_min_words` or more of two lengths or more, are as wide as their characters at one pitch, at
    # least `pitch_fit_share` of them within `pitch_fit_tolerance` of the pitch.
    pitch_fit_tolerance: float = 0.05
    pitch_fit_share: float = 0.9
    pitch_min_words: int = 3
    # ... and there a gap of at most this many word spaces is one typed space, never an item's or a column's
    # gap (a table cell's padding in a monospaced type may be less than two spaces).
    monospaced_space_slack: float = 1.2
    # An unknown label written inline ("Underhåll och drift: ...") has at most this many words.
    inline_label_max_words: int = 5
    # A colon among a line's first this many words may close an inline label (a template
    # label's own wording may be longer).
    inline_label_scan_words: int = 8
    # Known labels run in with their answers on this many lines: the whole form writes its labels inline (runin).
    inline_form_min_labels: int = 2
    # --- dot-leader listings (leaders.py): a document with this many labels padded by dots to a colon
    # is a listing, and a line of at most this many words with a date or time after its last label is
    # its print line.
    listing_min_leaders: int = 3
    listing_print_line_words: int = 6
    # --- dot leaders to a tab stop (stopleaders.py): a run of at least this many dot words after a label, at
    # one pitch within this share of its median (a leader's boxes are equal; an ellipsis is three dots at
    # most), on at least this many lines of the document (one dotted line could be a fill-in line).
    stop_leader_min_dots: int = 6
    stop_leader_pitch_slack: float = 0.25
    stop_leader_min_rows: int = 2
    # --- a field framed as one ruled box (boxedfields.py): the box's top rule at most this many of the label's
    # type sizes above it (a band's padding), its answer at most this many sizes under the label's top (a
    # wrapped line's pitch is `wrap_pitch`; a band and its padding add about one more).
    box_label_pad: float = 1.0
    boxed_answer_pitch: float = 3.0
    # A label standing alone above its answer without a colon has at most this many words.
    stacked_label_max_words: int = 7
    # An unknown label alone above its answer stands this many type sizes (top to top) below the
    # previous answer's last line at least (a field's gap, wider than the leading).
    stacked_gap_pitch: float = 1.7
    # A line of at least this many words right under a complete known label (at the line pitch)
    # is its answer even when a keyword rule reads it as a label ('Trygghetskameror i samverkan
    # med polisen'); a shorter one may be the next label of an empty field ('Telefonnummer').
    open_label_answer_min_words: int = 3
    # On an OCR'd page (no type to tell a label by) that answer may stand a grey band's padding under its label
    # ("Kontaktperson" on its band, "Sofia Johansson, projektledare" under it): this many sizes at most.
    ocr_open_label_pitches: float = 2.6
    # An answer set in under its label (a definition list's description) is indented at most this many type
    # sizes; a label no vocabulary knows at the margin over such an answer starts a field.
    indented_answer_max_ems: float = 4.0
    # ... and starts within this many type sizes under it (top to top; Writer leaves a paragraph's gap).
    indented_answer_pitch: float = 2.5
    # A label set smaller than its answer (an e-service's small label over a framed box) is at least this
    # many pt smaller than the line under it.
    small_label_step: float = 1.5
    # Known labels alone on their lines in body type, outside a header grid set in bold, that show the body's
    # labels are not set apart by type.
    plain_labels_under_grid: int = 2
    # A fieldset's legend sits at least this far (pt) right of the labels' column (its padding).
    legend_inset: float = 2.0
    # A label captioned under its answer's writing lines (captions.py): the rule runs under each typed word
    # within this many pt and over the caption's top within the next; rules at least this long; captions at
    # least this many.
    caption_rule_gap: float = 6.0
    caption_under_rule: float = 9.0
    # A caption stands nearer its rule than the line under it: its gap under the rule less than this share of
    # its gap over that line.
    caption_near_share: float = 1.0
    # A document that does not read as captioned with those is read once more with these: a rule up to 8.5 pt
    # under its line's foot (a rule measured from a line's box, not its baseline), a caption 12 pt under it, and
    # up to 2.5 times as far under its rule as over the next field's answer (fields set close); the document's
    # own tests (most small ruled lines captions, the first closing an answer, none ruled after the last) still
    # decide.
    caption_loose_rule_gap: float = 8.5
    caption_loose_under_rule: float = 12.0
    caption_loose_near_share: float = 2.5
    caption_min_rule: float = 20.0
    # An answer's words may run past its writing rule's right end by up to this many of their sizes, each past
    # the end following the word before at most `caption_overrun_space` sizes on: FreeHEP's pages set an
    # answer's lines up to about 1.7 sizes wider than the rule under them (a short answer past its cell's rule);
    # a line merely starting over a short rule (an underlined first word) runs further and is not taken.
    caption_rule_overrun: float = 4.0
    caption_overrun_space: float = 0.6
    # A frame holding an answer under a label standing free over it (framedanswers.py) spans at least this share
    # of the page's width: the text's width on Skia's forms, wider than a table's label cell.
    framed_answer_min_width: float = 0.5
    # The label over such a frame within this many pt of the line's type size.
    framed_answer_size_slack: float = 0.5
    # An OCR'd line is typed on a rule left in pieces by a faded or blurred scan when the pieces under it cover
    # this share of its width.
    caption_scan_cover: float = 0.5
    # ... unless the document has a vertical rule this tall (boxes' walls: the pieces may be boxes' edges).
    caption_scan_wall: float = 12.0
    # An OCR'd document whose rules the scan lost reads as captions under answers typed free with this many such
    # captions at least (and nothing else: captions.py).
    caption_scan_free_count: int = 3
    caption_min_count: int = 2
    # A row of such cells (cellcaptions.py): a cell's next writing line within this many body sizes under the
    # last (top to top of their rules), its rules ending within `caption_cell_align` pt of the first's.
    caption_cell_pitch: float = 2.5
    caption_cell_align: float = 2.0
    # Answers lifted under their caption whose writing lines stand over `wrap_pitch` sizes apart are closed up
    # to this many sizes' leading.
    caption_answer_leading: float = 1.3
    # A caption wrapped onto a second line: the next line in its type within this many of its sizes (top to
    # top).
    caption_wrap_pitch: float = 1.6
    # An answer typed free over its one writing line goes up through lines this many of its sizes apart (top to
    # top) at most: a wrapped line's pitch, or a paragraph's or list item's after a blank line (2.4–2.7 sizes).
    caption_para_pitch: float = 3.2
    # A caption under an answer typed free (no rule between) stands at most this many pt under it.
    caption_free_gap: float = 12.0
    # A letterhead band down page 1's margin (letterhead.py): at least this many lines, within this share of
    # the page's width from its edge, the form at least this many pt (two word spaces) clear of the band's widest
    # line.
    letterhead_min_lines: int = 4
    letterhead_max_share: float = 0.4
    letterhead_min_gutter: float = 5.0
    # Guidance lines under or beside a form's labels (guidance.py): italics at least this many pt under the body,
    # within this many body sizes under the line above (beside: this many body sizes right of the label), at
    # least this many in the document.
    guidance_step: float = 1.0
    guidance_max_gap: float = 1.2
    guidance_min_space: float = 0.25
    guidance_min_count: int = 2
    guidance_max_lines: int = 2
    # A guidance run under its label with the answer's line beside it ends this many body sizes (a column gap) or
    # more before the answer's words.
    guidance_head_min_gap: float = 0.8
    # On OCR'd pages (no italics to see) a guidance line's words are at most this share of the body's size.
    ocr_guidance_share: float = 0.85
    # Answers on shaded fields (shadedfields.py): a word stands on a field when its middle is inside it, this
    # many pt round it; a field with no value column on its page is an answer's when this share of the page wide
    # (a shaded label cell is narrower).
    shaded_slack: float = 1.0
    shaded_min_width: float = 0.4
    # An answer's field reaches this many type sizes past the value column's x at least (a shaded label cell ends
    # at it, within its padding).
    shaded_reach: float = 3.0
    # Two words of a line on a field this many of their size apart are two cells (a shaded row's label and answer).
    shaded_cell_gap: float = 1.5
    # A form printed for signing (signing.py): an empty rule has no word's foot within `signing_rule_gap` pt over
    # it and is this long at least; a caption stands within `signing_caption_gap` pt under its rule (or beside
    # it); the office's box and the signature block hold this many captioned empty rules at least. The box is a
    # frame in page 1's top share, no wider than this share of the page, holding this many words at most.
    signing_rule_gap: float = 6.0
    signing_min_rule: float = 30.0
    signing_caption_gap: float = 10.0
    signing_min_rules: int = 2
    signing_footer_gap: float = 60.0
    signing_room: float = 14.0
    office_box_top: float = 0.35
    office_box_max_width: float = 0.5
    office_box_max_words: int = 16
    # A frame that is a cell of a wider table row (signing._table_cell), not an office's box: a rule thinner than
    # `office_cell_rule_thickness` pt within `office_cell_edge_slack` pt of its top or bottom, overlapping it by
    # more than `office_cell_min_overlap` pt, runs on `office_cell_edge_run` pt or more past either of its sides.
    office_cell_rule_thickness: float = 1.5
    office_cell_edge_slack: float = 2.0
    office_cell_min_overlap: float = 2.0
    office_cell_edge_run: float = 20.0

    # --- the answers' leading (a narrow label column's labels wrap at it, #12 sixth round)
    # Answer-line pitches (agreeing within `leading_spread`) needed to measure it (one proves nothing).
    leading_min_samples: int = 2
    # Pitches this close (pt) are one leading (rounding in the text layer).
    leading_spread: float = 0.6
    # A label line in capitals continues the label above it within this share of that leading
    # (its own type may be far smaller); a row gap lies further down (1.4-1.6 times it).
    label_leading_share: float = 1.15

    # --- grids (several label/value column pairs side by side)
    # A second label column starts at least this far (pt) right of the first value column.
    grid_min_value_width: float = 40.0
    # A column whose runs read as known labels this often is a label column, not the value column.
    label_column_share_of_runs: float = 0.3
    # Known labels that must start at the second label column's x.
    grid_min_labels: int = 2
    # A grid's lines follow each other within this many line heights (top to top).
    grid_row_pitch: float = 3.0
    # A label column found by label form alone starts at least this far (pt) right of the previous
    # label column (a label cell and an answer cell between).
    grid_min_pair_width: float = 80.0
    # A label column found by label form alone holds runs of at most this many words (a cell
    # narrow enough to wrap its label; a longer run in the labels' type is an answer).
    grid_label_max_words: int = 6
    # The first pair's value column, left of the first column of known labels, needs this share of
    # the strongest column's starts (a later pair's value column may hold more wrapped answer lines).
    grid_first_value_strength: float = 0.5

    # --- header tables ('Projektnamn | ... | Diarienr | ... | Datum | ...' above the body, with
    # columns of their own; #12)
    # Pairs a header-table row holds at most (two to four in the city's templates).
    header_grid_max_pairs: int = 4
    # A header table's label cell has at most this many words on a line ('Geografisk plats för').
    header_grid_label_max_words: int = 4
    # Label cells of a header table that must read as known labels (one known label proves little).
    header_grid_min_known: int = 2
    # Rows of one pair each make a header table when at least this many share an answer column
    # of their own (one such row may be an odd row of the body).
    header_table_min_lone_rows: int = 2

    # A header table's cells start where its rows start runs after a column gap, read over this many lines.
    grid_scan_lines: int = 12
    # --- a table's column-header row ('Fråga | Svar')
    # Words a column caption has at most, in each of the two columns.
    column_header_max_words: int = 3

    # --- letter badges before the labels ("[A] Namn på insats", badges.py)
    # A badge's letter stands at least this share of its size from its label (a word space is about a quarter) ...
    badge_min_gap_share: float = 0.5
    # ... and at least this many such letters run A, B, C … in turn through the document.
    badge_min_letters: int = 3

    # --- comb fields (a phone number or an amount one character a cell, combs.py)
    # At least this many one-character words (all but one figures, and this share of them), no more than `comb_max_step` sizes apart
    # edge to edge, centres a regular pitch apart (each step within `comb_pitch_slack` of a whole number of
    # pitches, at most `comb_max_cells`), the pitch at least `comb_min_pitch` sizes unless the cells' edges are
    # drawn between them and at most `comb_max_pitch` sizes (a rating scale's columns stand wider).
    comb_min_cells: int = 4
    comb_min_figures: float = 0.6
    comb_max_step: float = 5.0
    comb_pitch_slack: float = 0.12
    comb_max_cells: int = 3
    comb_min_pitch: float = 1.1
    comb_max_pitch: float = 2.6
    # Any short answer one character a box (lettercombs.py): at least this many one-character words with a box's
    # wall between every two, the walls' steps each within this share of their median (two producers' boxes of
    # one row differ by rounding only; a table's or a scale's columns differ more).
    letter_comb_min_cells: int = 2
    letter_comb_wall_slack: float = 0.2

    # --- tables typed with characters ("+----+----+" rules, "|" bars, chartables.py)
    # At least this many rule words (each with this many dashes or more) and a column of this many bars, the bars'
    # centres within `char_bar_x_slack` pt; a column's run of bars breaks where more than `char_bar_max_gap` of a
    # bar's height lies between two of them.
    char_table_min_rules: int = 2
    char_rule_min_dashes: int = 3
    char_table_min_bars: int = 3
    char_bar_x_slack: float = 1.5
    char_bar_max_gap: float = 1.0

    # --- a label | answer table of one row, its bold label wrapped (onerow.py): the gap between a line's bold
    # label run and its answer run at least this many type sizes (a word space is about a quarter) ...
    one_row_gap: float = 1.0
    # ... its lines one pitch apart (within this many points), its label's lines starting at one x (so too).
    one_row_pitch_slack: float = 1.5
    # --- a table of one row holding several label | answer pairs (pairrow.py): this many pairs at least (one
    # pair is `one_row_*`'s), the row's lines looked at up to this many (three cells of four lines interleaved).
    pair_row_min_pairs: int = 2
    pair_row_max_lines: int = 12
    # A bold run and a run in body type beside it are two cells this many type sizes apart (a cell's padding
    # both sides; a run-in label's answer follows a word space, a quarter of a size).
    pair_row_type_gap: float = 0.6

    # --- card grids (labels above their answers, cards side by side)
    # Lines of labels only, side by side, needed (and later cards starting at one x as often).
    card_min_rows: int = 2
    # A card's label beside another card's has at most this many words (a longer run is answer text).
    card_label_max_words: int = 6
    # A card's frame stands at most this far (pt) left of its text (padding, gap and border).
    card_frame_reach: float = 30.0
    # A cell row's labels in a header row of cells of their own (a shaded band over the answers' cells) stand this
    # many type sizes (top to top) above their answers' first line at most: a line's pitch and both cells'
    # padding (`wrap_pitch` is the closest pitch; 19.8 pt at 9.5 pt in a PDFium table). Only labels in a type of
    # their own over answers in another are read across the wider gap (cells.py).
    cell_header_pitch: float = 3.5
    # A cell row's values may read as labels when its own labels (bold over plain answers) are known ones at
    # least this share of them: two of three (a table's captions, 'Fråga | Svar' or 'Fråga | Beskrivning', are
    # none or one of two).
    cell_known_label_share: float = 0.6

    # --- justified lines (a long label set justified like the answers: wide, equal gaps)
    # Gaps between single words equal within this many pt, at least `justified_min_gaps` of them,
    # make a justified line, never a row of cells.
    justified_gap_spread: float = 1.0
    justified_min_gaps: int = 3

    # --- small caps (a capital at full size, the rest of the word smaller: two words in the text layer)
    # The smaller capitals' size against the capital's, at least and at most: Chromium draws
    # synthetic small caps at 0.7 of the size; two words of one size differ by rounding only.
    small_caps_min_ratio: float = 0.55
    small_caps_max_ratio: float = 0.92
    # The rest of the word starts this close (share of the capital's size) to the capital's end:
    # well under a space (about a quarter of the size), so two words are never joined ...
    small_caps_touch_share: float = 0.12
    # ... on its baseline: the two bottoms this close (share of the capital's size; a superscript
    # or footnote mark beside a word sits higher).
    small_caps_baseline_share: float = 0.25

    # --- a missing glyph printed as its code point (hexcodes.py): two rows of hex digits
    # The rows' x0 and x1 agree within this share of the code's size (one monospaced box) ...
    hex_code_align_share: float = 0.1
    # ... the lower row's top this many code sizes under the upper's (rows set solid, or a little apart) ...
    hex_code_row_min: float = 0.6
    hex_code_row_max: float = 1.4
    # ... the code's size at most this share of its line's (GLE prints it at about 0.4; a footnote's
    # figures are bigger) ...
    hex_code_max_share: float = 0.6
    # ... and a word of that line within this share of its size of the box's side (a word space or less).
    hex_code_reach_share: float = 0.4
    # A character read back joins a word of its line that ends or starts this close (share of the line's
    # size): the glyph stood in the word, no space between ("14–16", "’baksidan’").
    hex_code_join_share: float = 0.05
    # A space-like character read back leaves a gap this share of the line's size (a word space) between
    # the words either side of its box.
    hex_code_space_share: float = 0.25

    # --- words broken by a narrow label column
    # A label line ends at the column's edge within this share of its type size.
    word_break_edge_share: float = 0.6
    # A page's label lines are set flush right when at least this share of them ends at the edge (and fewer
    # start at the left one), of at least this many lines.
    flush_right_share: float = 0.9
    flush_right_min_lines: int = 4
    # The edge is the column's when the label lines of at least this many blocks reach it.
    word_break_edge_blocks: int = 2

    # --- rows (answers centred on their labels, pictures)
    # Leading is rarely above this many type heights.
    max_leading: float = 1.45
    # Answer lines this many pitches apart are adjacent.
    tight_pitch: float = 1.3
    # A row gap is wider than this many pitches.
    row_gap_pitch: float = 1.35
    # A label is centred on its answer within this share of a pitch.
    centre_tolerance: float = 0.35
    # A label starting this share of a pitch away from two answer lines sits between them.
    between_share: float = 0.25
    # A stage marker set at the foot of a label-centred row's answer cell ("Delredovisning" after a blank line,
    # no rule between): within this many pitches under the answer's last line, it is part of the row the label
    # centres on (Grace's tables), though no answer text.
    cell_marker_pitches: float = 2.6

    # --- centred grids (centredcells.py: a header grid's cells centred in their rows)
    # A grid has a line of this many cells or more, its cells start at this many x's or more, each the start
    # of this many cells at least.
    centred_grid_min_cells: int = 3
    centred_grid_min_rows: int = 2
    # The grid's band reaches this many line heights beyond its first and last lines parted in cells.
    centred_band_lines: float = 1.5
    # A cell moved to its row's top holds this many lines at most (a header grid's short values and labels).
    centred_cell_max_lines: int = 3
    # A cell's lines follow each other within this many line heights (its wrap; a row gap is wider).
    centred_wrap_pitch: float = 1.3
    # Two cells stand level (tops, middles) within this share of a line's height.
    centred_level_share: float = 0.3
    # sidetabs (OCR): a word at least this many times the page's median word height and at most this share of
    # its own height wide is set turned (a side tab's heading read upright); a short word of at most this many
    # characters within this many points of such a word's x-span is a piece of the same tab.
    turned_word_height: float = 2.0
    turned_word_width_share: float = 0.5
    # ... and a turned word of two letters or more at most this many median word heights wide (one letter's height),
    # or this many times as tall as wide.
    turned_word_max_width: float = 0.6
    turned_word_min_ratio: float = 4.0
    turned_strip_max_chars: int = 3
    turned_strip_slack: float = 2.0
    # An upright rule read as letters: one-character words this wide at most, this many at one x (within the slack).
    rule_letter_width: float = 2.0
    rule_letter_min_count: int = 3
    rule_letter_slack: float = 1.5
    # A dash alone this many median word heights out beyond where the page's lines start or end is a margin mark.
    margin_dash_gap: float = 2.0
    # sheetheadings: a spreadsheet printed with its headings: at least this many one-letter words "A", "B", … in
    # order on one level and nothing else there, each at least this many letter heights right of the one before
    # (letters centred over a sheet's columns); and a run of at least this many consecutive row numbers, each the
    # first word on its line, left of the letter "A".
    sheet_min_letters: int = 3
    sheet_letter_min_gap: float = 3.0
    sheet_min_row_numbers: int = 3
    # On a scan the run's column holds the row numbers OCR misread too ("a" for 8, "go" for 28): a word first on
    # its line within the run's x-extent widened by this many number heights either side, and at most this many
    # characters longer than the run's longest number, is one of them.
    sheet_number_column_slack: float = 0.5
    sheet_misread_number_extra_chars: int = 1
    # timelinecircles (OCR): a timeline's circle read as a word ("(0", "OQO") is at most this many characters,
    # stands at least this many of its heights before the label beside it (the circle sits left of the labels'
    # edge, a word space is a third of a height), in a column of at least this many such words over the document
    # whose x0 lie within this many word heights of the first.
    circle_max_chars: int = 3
    circle_min_gap: float = 0.6
    circle_min_count: int = 3
    circle_column_slack: float = 0.5

    # --- two-page spreads scanned page by page (spreads.py, #12)
    # Type sizes the answers' page may stand shifted up or down against its labels' page: each sheet of a scanned
    # spread lies on the glass (or under a staple) on its own, so its lines sit a few points off the facing page's;
    # under a field's pitch (2.5 sizes and more), else a shift of one row would fit as well.
    spread_scan_shift: float = 1.5

    # --- a rounded box's sides read as letters on an OCR'd page (boxsides.py, #12)
    # The box's top and bottom rules end within this many pt of each other at both ends ...
    box_side_slack: float = 3.0
    # ... and stand at most this many median word heights apart (a label wrapped in its box over a few lines);
    box_side_max_height: float = 8.0
    # a side is read as a word of at most this many characters, at most this many median word heights wide.
    box_side_max_chars: int = 2
    box_side_word_width: float = 0.8


DEFAULT_SETTINGS = LayoutSettings()


def alignment_tolerance(page_widths: list[float], s: LayoutSettings = DEFAULT_SETTINGS) -> float:
    """How far apart x-positions may be and still count as aligned (OCR is approximate)."""
    return max(s.min_align_tolerance, s.align_width_share * max(page_widths, default=595.0))
