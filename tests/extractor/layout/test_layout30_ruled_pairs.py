"""A table of label | value | label | value rows whose cells are padded by a few points only (issue #12,
twenty-fifth round): a value or a label that fills its cell stands less than a column gap from the next cell's
words, more than a word space. The table's other rows say where its cells start. (Tested on the header table's
own steps: a hand-made table of known labels this regular is read as an aligned grid, not a header table.)"""

from __future__ import annotations

from bilagor.extractor.layout.grid import _cell_starts, _cut_runs, _HeaderRow, _paired, _row_pair_by_pair, _text
from bilagor.extractor.layout.lines import group_lines
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS as S
from bilagor.extractor.words import Page, Word
from factories import words

SIZE, TOL = 10.5, 4.76


def _row(top: float, cells: list[tuple[float, str]]) -> list[Word]:
    return [w for x, text in cells for w in words(text, x, top, size=SIZE)]


def _lines():
    ws = _row(100, [(48, "Projekt"), (122, "Vuxna på stan"), (333, "Sökt belopp"), (413, "293 000 kr")])
    # "Sökande nämnd" ends 8 pt before its answer, "Ev. medsökande" 8.8 pt before its own: two word spaces,
    # less than a column gap.
    ws += _row(118, [(48, "Sökande nämnd"), (122, "Farsta stadsdelsnämnd"), (333, "Ev. medsökande"), (413, "Ingen")])
    ws += _row(136, [(48, "E-post"), (122, "kerem@stockholm.se"), (333, "Telefon"), (413, "08-508 56 859")])
    return group_lines(Page(1, 595.0, 842.0, ws))


def test_a_row_is_parted_where_the_tables_other_rows_start_their_cells():
    lines = _lines()
    cuts = _cell_starts(lines, 0, S, TOL)
    assert sorted(cuts) == [122, 333, 413]
    pairs = _paired(_cut_runs(lines[1], S, cuts, TOL), S, lambda _t: True)
    assert pairs is not None
    assert [(_text(label), _text(answer)) for label, answer in pairs] == [
        ("Sökande nämnd", "Farsta stadsdelsnämnd"),
        ("Ev. medsökande", "Ingen"),
    ]


def test_a_word_space_is_no_cut():
    lines = _lines()
    one = group_lines(Page(1, 595.0, 842.0, words("Sökande nämnd i Farsta", 48, 200, size=SIZE)))[0]
    assert [_text(run) for run in _cut_runs(one, S, _cell_starts(lines, 0, S, TOL), TOL)] == ["Sökande nämnd i Farsta"]


def test_a_label_filling_its_cell_gets_its_answer_a_column_gap_right_of_it():
    lines = _lines()
    pairs = _paired(_cut_runs(lines[1], S, _cell_starts(lines, 0, S, TOL), TOL), S, lambda _t: True)
    assert pairs is not None
    out = _row_pair_by_pair(_HeaderRow([lines[1]], pairs), 120.0, TOL, S)
    first = out[0]
    label_end = max(w.x1 for w in first.words if w.text == "nämnd")
    answer_start = min(w.x0 for w in first.words if w.text == "Farsta")
    assert answer_start - label_end > max(S.min_column_gap, S.word_gap_share * SIZE)
