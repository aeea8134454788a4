"""A field list's rows: its label column keeps one type, and a list item's mark may hang left of its answer
column. Pure: no I/O.

Seen on a field list laid out like rinohtype's (bold field names in a column, the answer beside them,
justified; thirty-second round, issue #12):

- a body-type sentence over the bold labels (the form's instruction, "Fyll i samtliga fält. Blanketten …")
  whose word after a space happened to start at the answer column was read as a row's first label line
  ("Fyll i samtliga fält.") with its answer: `same_type_below` asks that such a line open in the type of the
  line under it (the label's own tail or the next row's label), as a label column's lines do;
- a "•" item's mark set at the answer column with its text hanging one mark further in: where the column was
  found at the items' text, each later item's mark stood alone left of it and was read as a label "•" with the
  item its answer: `mark_before_column` says a line whose label-column part is one list mark is an answer line;
- (run-in capitals like Asymptote's) a label set 1.5 pt smaller on its answer's baseline has its own top, so the
  step that gives back answer lines drawn above their label (rows.pull_centred_answers) took a row's answer, run
  in beside its label, for the next row's first line ("BILDER FÖRE: Bilder finns …" right over "BILDER EFTER: …"):
  `beside_label` says a line on the baseline of a row's smaller label is that row's own.

Thirty-third round (h38/f-textforms): a bold field name wider than its column, set on one line, whose later word
lands at the answer column by chance ("Ekonomiskt" | "utfall", "Ev. medsökande" | "nämnd": rinohtype, html2ps) was
split there, the name's tail read as its answer's first word: `continues_bold_label` says a word at the column in
the bold type of the words before it goes on with the name (an answer is set in the body type).
"""

from __future__ import annotations

from bilagor.extractor.layout.columns import LIST_MARK
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS, LayoutSettings
from bilagor.extractor.words import Word


def same_type_below(left: list[Word], below: Line | None, s: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """The line under a row's first label line opens in the same type (its label's tail or the next row's
    label): a label column keeps one type, so a plain sentence over bold labels opens no row."""
    if below is None or not below.words or not left:
        return True
    return same_type(left[0], below.words[0], s)


def same_type(word: Word, other: Word, s: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """Both words bold or neither, in one size."""
    return word.bold == other.bold and abs((word.size or 0.0) - (other.size or 0.0)) < s.field_list_same_size


def continues_bold_label(left: list[Word], right: list[Word], s: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """The first word right of the answer column goes on with the bold label words before it: in their type, a
    space after them, and in their case (a lowercase tail after a mixed-case word, capitals after capitals). An
    answer opens with a capital; and a capital label word run into its answer's letters, parted at the column
    (overprint.py), keeps the label's font for both parts, its answer part not in capitals."""
    if not left or not right or not left[-1].bold or right[0].x0 <= left[-1].x1:
        return False
    before, word = left[-1].text, right[0].text
    same_case = word.isupper() if before.isupper() else word[:1].islower()
    return same_case and same_type(left[-1], right[0], s)


def mark_before_column(left: list[Word], right: list[Word]) -> bool:
    """The words left of the answer column are one list mark, the item's words right of it."""
    return len(left) == 1 and bool(right) and bool(LIST_MARK.match(left[0].text))


def beside_label(line: Line, labels: list[Line], s: LayoutSettings = DEFAULT_SETTINGS) -> bool:
    """`line` stands on the baseline of one of `labels`, set smaller than it (their feet within `field_list_baseline_share`
    of the line's size): a label set smaller on its answer's baseline has a top of its own, the same line all
    the same."""
    return any(
        label.page == line.page
        and 0 < label.size < line.size
        and abs(line.bottom - label.bottom) <= s.field_list_baseline_share * line.size
        for label in labels
    )
