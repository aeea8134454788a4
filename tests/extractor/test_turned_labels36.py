"""Issue #12, thirty-first round (h36/c-text): labels turned 90° reading upwards in a narrow left column of a table,
read and set upright beside their answers (extractor/turned_labels.py).

Hand-made characters and words, and one form of fixturegen.turned31 read whole (drawn with reportlab, no space
characters); without the step the turned characters were left out and the forms read with no label at all.
"""

from __future__ import annotations

import pytest

from bilagor.extractor.turned_labels import set_turned_labels_upright
from bilagor.extractor.words import Word

SIZE = 9.0
ADVANCE = 5.0  # each letter's advance along the turned line
SPACE = 2.5  # a space's width, no space character


def _turned(text: str, x: float, foot: float) -> list[dict]:
    """`text` turned a quarter counter-clockwise, its baseline at `x`, reading up from `foot`: characters as
    pdfplumber gives them (the box across the line is the type size), words a space apart with no space character."""
    chars = []
    y = foot
    for word in text.split():
        for letter in word:
            chars.append(
                {
                    "text": letter,
                    "x0": x - SIZE,
                    "x1": x,
                    "top": y - ADVANCE,
                    "bottom": y,
                    "upright": False,
                    "matrix": (0.0, 1.0, -1.0, 0.0, x, 0.0),
                    "fontname": "LiberationSans",
                }
            )
            y -= ADVANCE
        y -= SPACE
    return chars


def _line(text: str, x: float, top: float) -> list[Word]:
    out = []
    for word in text.split():
        width = len(word) * 5.0
        out.append(Word(word, x, x + width, top, top + 10.0, "LiberationSans", 10.0))
        x += width + 2.8
    return out


def _texts_by_line(words: list[Word]) -> list[str]:
    rows: dict[float, list[Word]] = {}
    for w in words:
        rows.setdefault(round(w.top), []).append(w)
    return [" ".join(w.text for w in sorted(ws, key=lambda w: w.x0)) for _top, ws in sorted(rows.items())]


# Three rows 100 pt tall from y 100, the split rule at x 90; labels foot-aligned at x 60 (and 71 for a second line).
RULES = [(50.0, y, 545.0, y) for y in (100.0, 200.0, 300.0, 400.0)] + [(90.0, 100.0, 90.0, 400.0)]


def _page() -> tuple[list[Word], list[dict]]:
    words = _line("Bilaga 5", 50, 60) + _line("Trygghetsbelysning Spånga IP", 100, 105)
    words += _line("Spånga IP, Spånga-Tensta", 100, 205) + _line("Belysningen har bytts ut.", 100, 305)
    words += _line("Sida 1", 500, 800)
    chars = _turned("Projektnamn", 60, 195) + _turned("Plats", 60, 295)
    chars += _turned("Resultat och utfall", 60, 395) + _turned("utifrån målen", 71, 395)
    return words, chars


def test_turned_labels_set_upright_beside_their_answers() -> None:
    words, chars = _page()
    out, rules, width = set_turned_labels_upright(words, chars, RULES, 595.0)
    lines = _texts_by_line(out)
    assert "Projektnamn Trygghetsbelysning Spånga IP" in lines
    assert "Plats Spånga IP, Spånga-Tensta" in lines
    # Two turned lines, one label, wrapped upright to the column's width under its first line.
    assert lines[lines.index("Resultat och utfall Belysningen har bytts ut.") + 1] == "utifrån målen"
    assert "Bilaga 5" in lines  # a line from the margin stays where it is
    labels = [w for w in out if w.text == "Projektnamn"]
    answers = [w for w in out if w.text == "Trygghetsbelysning"]
    # The answer column moved right of the upright labels by a column gap; the split rule with it.
    assert answers[0].x0 - labels[0].x1 >= 2 * SIZE
    assert width > 595.0
    assert any(r[0] == r[2] and r[0] > 90.0 for r in rules)


def test_a_label_filling_its_row_is_no_part_of_the_next() -> None:
    """Labels as long as their rows: only the row's rule parts them along the column."""
    words, _ = _page()
    # "Geografisk plats för" runs from its row's foot (298) to 5 pt under the label above it (Projektnamn's foot 198).
    chars = _turned("Projektnamn", 60, 198) + _turned("Geografisk plats för", 60, 298)
    out, _, _ = set_turned_labels_upright(words, chars, RULES, 595.0)
    lines = _texts_by_line(out)
    assert "Projektnamn Trygghetsbelysning Spånga IP" in lines
    assert "Geografisk plats för Spånga IP, Spånga-Tensta" in lines


def test_one_turned_note_in_the_margin_is_left_out() -> None:
    """A single turned line (a print code up the margin) in no ruled cell is no label column."""
    words, _ = _page()
    chars = _turned("Mall 2019-03 utskriven", 60, 500)
    assert set_turned_labels_upright(words, chars, [], 595.0) == (words, [], 595.0)


def test_side_tabs_beside_groups_of_rows_are_left_out() -> None:
    """A side tab's turned heading ("Del A") in the margin beside a group of rows whose rules start right of it."""
    words, _ = _page()
    rules = [(95.0, y, 545.0, y) for y in (100.0, 200.0, 300.0, 400.0)]
    chars = _turned("Del A", 60, 195) + _turned("Del B. Syfte", 60, 395)
    assert set_turned_labels_upright(words, chars, rules, 595.0) == (words, rules, 595.0)


def test_chart_axis_titles_beside_tick_figures_are_left_out() -> None:
    """Framed plots' turned axis titles with their tick figures between them and the axis (the rule down their
    right): no label column."""
    words = _line("Bilaga 5", 50, 60) + _line("Figur 1 visar andelen per år.", 100, 105)
    words += [Word(f, 72.0, 80.0, y, y + 8.0, "Helvetica", 8.0) for f in ("0", "50", "100") for y in (150.0, 250.0)]
    words += _line("Källa: Stockholms stads trygghetsundersökning år 2019", 100, 160)
    words += _line("Källa: Stockholms stads trygghetsundersökning år 2021", 100, 260)
    chars = _turned("Andel otrygga", 60, 195) + _turned("Andel trygga", 60, 295)
    assert set_turned_labels_upright(words, chars, RULES, 595.0)[0] == words


def test_turned_text_crossed_by_upright_text_is_no_label_column() -> None:
    words, chars = _page()
    words += _line("En rad tvärs över", 50, 160)  # upright text across the first label's box
    assert set_turned_labels_upright(words, chars, RULES, 595.0)[0] == words


def test_turned31_form_reads_its_labels(tmp_path) -> None:
    pytest.importorskip("reportlab")
    from fixturegen.turned31 import build_turned_forms

    from bilagor.extractor import extract_report

    pdf = build_turned_forms(tmp_path, 1, 31)[0]
    record = extract_report(pdf, entities=False).to_dict()
    labels = [s["label"] for s in record["sections"]]
    assert labels[:3] == ["Namn på insats", "Sökt belopp", "Sökande nämnd"]
    assert record["project"] == "Platssamverkan Solbergaparken"


def test_labels_whose_first_letter_starts_a_little_past_their_rows_foot_rule_are_read() -> None:
    # a turned box set on the row's rule: the first glyph starts 1.3 pt under it (XeTeX, seen on the thirty-first
    # forms set's dev half), and the column's rule down stops at the row's foot
    words, _ = _page()
    chars = _turned("Projektnamn", 60, 201.3) + _turned("Plats", 60, 301.3)
    chars += _turned("Resultat och utfall", 60, 401.3)
    out, _rules, _width = set_turned_labels_upright(words, chars, RULES, 595.0)
    lines = _texts_by_line(out)
    assert "Projektnamn Trygghetsbelysning Spånga IP" in lines
    assert "Plats Spånga IP, Spånga-Tensta" in lines


# Thirty-second round (h37/f-textforms): a form's last field on a page of its own (the thirty-first set's XeTeX).
def test_a_lone_turned_label_is_read_in_the_column_an_earlier_page_read() -> None:
    first_rules = [(50.0, y, 545.0, y) for y in (100.0, 200.0, 300.0)] + [(90.0, 100.0, 90.0, 300.0)]
    first = _line("Trygghetsbelysning Spånga IP", 100, 105) + _line("Spånga IP, Spånga-Tensta", 100, 205)
    first_chars = _turned("Projektnamn", 60, 195) + _turned("Plats", 60, 295)
    # the last page: one row, its wall where the first page's column wall stands
    rules = [(50.0, 100.0, 545.0, 100.0), (50.0, 200.0, 545.0, 200.0), (90.0, 100.0, 90.0, 200.0)]
    answer = _line("Beviljat belopp var 4,3 mkr och utfallet blev 4 176 000 kronor.", 100, 105)
    lone = _turned("Ekonomiskt utfall", 60, 195)
    assert set_turned_labels_upright(answer, lone, rules, 595.0)[0] == answer  # alone: no column
    walls: list[float] = []
    out, _, _ = set_turned_labels_upright(first, first_chars, first_rules, 595.0, walls)
    assert out != first and walls
    out, _, _ = set_turned_labels_upright(answer, lone, rules, 595.0, walls)
    assert [w.text for w in out if w.size == SIZE] == ["Ekonomiskt", "utfall"]
    # a turned line whose cell's wall stands elsewhere (a chart's axis title on a later page) stays out
    chart_rules = [(50.0, 100.0, 545.0, 100.0), (50.0, 200.0, 545.0, 200.0), (140.0, 100.0, 140.0, 200.0)]
    assert set_turned_labels_upright(answer, lone, chart_rules, 595.0, walls)[0] == answer
