"""Code-review leftovers of the thirty-fifth round (h40/r-review), behaviour identical: the helpers and settings
they made public or named."""

from dataclasses import replace

from bilagor.extractor.layout.footnotes import read_footnote_labels
from bilagor.extractor.layout.lines import group_lines
from bilagor.extractor.layout.model import Line
from bilagor.extractor.layout.outline import drop_scanned_part_headings, is_part_heading
from bilagor.extractor.layout.qaprefix import strip_qa_prefixes
from bilagor.extractor.layout.rightlabels import move_right_labels
from bilagor.extractor.layout.ruledcols import stack_ruled_columns
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS
from bilagor.extractor.layout.shadedfields import has_column_gap
from bilagor.extractor.words import Page, Word
from factories import words


def test_column_gap_parts_cells_not_a_run_of_words() -> None:
    # 10 pt type: a column gap is `shaded_cell_gap` (1.5) sizes, 15 pt, or more.
    run = words("Anna Demir, enhetschef", 72.0, 100.0, size=10.0)
    assert not has_column_gap(Line(1, run), DEFAULT_SETTINGS)
    label, answer = words("Kontaktperson", 72.0, 100.0, size=10.0), words("Anna", 0.0, 100.0, size=10.0)
    at = [replace(answer[0], x0=label[0].x1 + 15.0, x1=label[0].x1 + 35.0)]
    assert has_column_gap(Line(1, label + at), DEFAULT_SETTINGS)
    just_under = [replace(answer[0], x0=label[0].x1 + 14.9, x1=label[0].x1 + 35.0)]
    assert not has_column_gap(Line(1, label + just_under), DEFAULT_SETTINGS)
    assert has_column_gap(Line(1, label + just_under), replace(DEFAULT_SETTINGS, shaded_cell_gap=1.4))


def _columns_page() -> Page:
    """A landscape page of three label/answer columns between two rules from under the title to the foot."""
    ws = words("Bilaga 5b Ansökan om investeringsmedel", 40, 40, 12, "Helvetica-Bold")
    pairs = [("Namn", "Utegym"), ("Belopp", "220 000 kr"), ("Nämnd", "Södermalm"), ("Telefon", "08-508")]
    for k in range(3):
        for j, (label, answer) in enumerate(pairs):
            ws += words(label, 40 + k * 260, 80 + j * 16, 8, "Helvetica-Bold") + words(
                answer, 122 + k * 260, 80 + j * 16, 9
            )
    return Page(1, 842.0, 595.0, ws, rules=[(x, 75.0, x, 550.0) for x in (292.0, 552.0)])


def test_ruled_columns_tolerances_are_settings() -> None:
    page = _columns_page()
    assert stack_ruled_columns([page], 2.0)[0] != page  # stacked by default
    for field, value in [
        ("ruled_column_rule_min_share", 0.9),  # the rules run 475 of 595 pt down
        ("ruled_column_min_share", 0.4),  # the rules stand at 0.35 and 0.66 of the width
        ("ruled_column_even_share", 0.99),  # the last column is narrower than the first two
    ]:
        assert stack_ruled_columns([page], 2.0, replace(DEFAULT_SETTINGS, **{field: value}))[0] == page, field


def _footnote_lines() -> tuple[Page, list[Line]]:
    """Two answers opened by raised numbers, their labels as footnotes at the foot in smaller type."""
    ws: list[Word] = []
    for k, answer in enumerate(["Utegym Mariatorget", "Södermalms stadsdelsnämnd"]):
        top = 130.0 + 30 * k
        ws.append(Word(str(k + 1), 57.0, 60.0, top - 2, top + 4.5, "Helvetica", 6.5))
        ws += words(answer, 72.0, top, 10.0)
    for k, label in enumerate(["Namn på insats", "Sökande nämnd"]):
        ws += [Word(str(k + 1), 57.0, 60.0, 760.0 + 10 * k, 766.0 + 10 * k, "Helvetica", 6.0)]
        ws += words(label, 63.0, 760.0 + 10 * k, 8.0)
    page = Page(1, 595.0, 842.0, ws, rules=[(57.0, 755.0, 177.0, 755.0)])
    return page, group_lines(page)


def test_footnote_tolerances_are_settings() -> None:
    page, lines = _footnote_lines()
    _, read, removed = read_footnote_labels([page], [lines], 10.0)
    assert [ln.text for ln in read[0] if ln.cell == "label"] == ["Namn på insats", "Sökande nämnd"]
    assert removed == ["1 Namn på insats", "2 Sökande nämnd"]
    for field, value in [
        ("footnote_min_pairs", 3),  # two pairs on the page
        ("footnote_marker_ratio", 0.6),  # the markers are 0.65 of the answers' size
        ("footnote_note_ratio", 0.75),  # the footnotes are 0.8 of it
    ]:
        s = replace(DEFAULT_SETTINGS, **{field: value})
        assert read_footnote_labels([page], [lines], 10.0, s=s) == ([page], [lines], []), field


def test_question_prefix_tolerances_are_settings() -> None:
    lines = []
    for k, (label, answer) in enumerate([("Namn på insats", "Utegym"), ("Sökande nämnd", "Södermalm")]):
        top = 100.0 + 40 * k
        lines.append(Line(1, words(f"Fråga {k + 1}:", 57.0, top, 10.0) + words(label, 120.0, top, 10.0)))
        lines.append(Line(1, words("Svar:", 57.0, top + 14, 10.0) + words(answer, 120.0, top + 14, 10.0)))
    page = Page(1, 595.0, 842.0, [w for ln in lines for w in ln.words])
    _, read = strip_qa_prefixes([page], [lines])
    assert [ln.text for ln in read[0]] == ["Namn på insats", "Utegym", "Sökande nämnd", "Södermalm"]
    for field, value in [("qa_min_questions", 3), ("qa_min_prefix_gap", 4.0)]:  # two questions; gaps of 2-3 sizes
        s = replace(DEFAULT_SETTINGS, **{field: value})
        assert strip_qa_prefixes([page], [lines], s) == ([page], [lines]), field


def test_right_label_tolerances_are_settings() -> None:
    labels = ["Namn på insats", "Sökt belopp", "Sökande nämnd"]
    ws: list[Word] = []
    for k, (answer, label) in enumerate(zip(["Utegym Mariatorget", "220 000 kr", "Södermalm"], labels)):
        top = 100.0 + 40 * k  # each answer two lines 12 pt apart, the rows 40 pt apart
        ws += words(answer, 57.0, top, 10.0) + words(label, 420.0, top, 10.0, "Helvetica-Bold")
        ws += words("och mer text", 57.0, top + 12, 10.0)
    page = Page(1, 595.0, 842.0, ws)
    lines = group_lines(page)
    _, read = move_right_labels([page], [lines], lambda text: text in labels)
    assert [ln.text for ln in read[0]][:2] == ["Namn på insats", "Utegym Mariatorget"]
    for field, value in [("right_label_min_labels", 4), ("right_label_column_gap", 40.0)]:  # three; gaps of 28+ sizes
        s = replace(DEFAULT_SETTINGS, **{field: value})
        assert move_right_labels([page], [lines], lambda text: text in labels, s) == ([page], [lines]), field


def test_part_heading_column_is_a_setting() -> None:
    # the field's text starts 18 pt (two 9 pt sizes) right of the heading's
    heading, field = (
        Line(1, words("2 Redovisning", 57.0, 100.0, 9.0)),
        Line(1, words("2.1 Beskrivning", 66.0, 115.0, 9.0)),
    )
    assert is_part_heading(heading, field)
    narrow = replace(DEFAULT_SETTINGS, part_heading_text_column_sizes=2.5)
    assert not is_part_heading(heading, field, narrow)
    scanned = [Line(1, words(ln.text, ln.x0, ln.top, 9.0, "")) for ln in (heading, field)]
    assert drop_scanned_part_headings(scanned) == (scanned[1:], ["2 Redovisning"])
    assert drop_scanned_part_headings(scanned, narrow) == (scanned, [])
