"""OCR'd pages, twenty-ninth round (h34/f-ocrlayout, issue #12): a stage's tick boxes read as letters; help text
under labels in a label column on a scan; a frame's top-line stub before its legend read as a dash."""

from __future__ import annotations

from bilagor.extractor.layout.guidance import strip_guidance
from bilagor.extractor.layout.lines import group_lines
from bilagor.extractor.layout.settings import DEFAULT_SETTINGS
from bilagor.extractor.ocr import mended_line
from bilagor.extractor.ocr_legends import without_legend_stubs
from bilagor.extractor.words import Word
from bilagor.extractor.ocr_ticks import ticked_stage_line
from bilagor.extractor.words import Page
from factories import words
from layout_builders import lay, summary

# --- a stage's tick boxes read as letters


def _line(*pieces: tuple[str, int]) -> list[tuple[str, list[int]]]:
    return [(text, [x, 100, x + 10 * len(text), 120]) for text, x in pieces]


def test_a_crossed_box_before_one_stage_and_an_empty_box_not_read():
    out = ticked_stage_line(_line(("X", 100), ("Slutredovisning", 130), ("Delredovisning", 400)))
    assert [text for text, _ in out] == ["☒", "Slutredovisning", "☐", "Delredovisning"]
    assert out[2][1][2] <= 400  # the empty box's box stands left of its caption


def test_a_crossed_box_second_and_an_empty_box_read_as_brackets():
    out = ticked_stage_line(_line(("[]", 100), ("Slutredovisning", 130), ("[X]", 370), ("Delredovisning", 400)))
    assert [text for text, _ in out] == ["☐", "Slutredovisning", "☒", "Delredovisning"]


def test_no_cross_two_crosses_or_other_words_are_left_alone():
    for line in (
        _line(("Slutredovisning", 130), ("Delredovisning", 400)),
        _line(("X", 100), ("Slutredovisning", 130), ("X", 370), ("Delredovisning", 400)),
        _line(("X", 100), ("Slutredovisning", 130), ("av", 300), ("projektet", 330)),
        _line(("X", 100), ("Projektnamn", 130)),
    ):
        assert ticked_stage_line(line) == line


def test_the_stage_is_read_from_an_ocr_line_of_tick_boxes():
    from bilagor.extractor.labels import stage_of

    out = mended_line(_line(("X", 100), ("Delredovisning", 130), ("Slutredovisning", 400)))
    assert stage_of(" ".join(text for text, _ in out)) == "delredovisning"


# --- help text under labels in a label column, the answer beside (an OCR'd page: sizes from ink, no fonts)

BODY, HELP = 11.3, 9.0
ROWS = [
    ("Projektnamn", ["Skriv ett kort namn"], ["Ljus i gångtunneln vid torget"]),
    ("Kontaktperson", ["Namn och befattning"], ["Eva Lund, enhetschef"]),
    (
        "Beskrivning",
        ["Beskriv mål, syfte och", "målgrupp"],
        ["Tunneln är mörk och många undviker den", "på kvällen. Nya armaturer ska göra den", "ljus och trygg."],
    ),
]


def _column_page(helps: bool = True) -> Page:
    ws = words("Bilaga 5b Ansökan om investeringsmedel", 56, 60, size=15.0, font="")
    y = 110.0
    for label, guide, answer in ROWS:
        ws += words(label, 56, y, size=BODY, font="")
        for k, line in enumerate(answer):
            ws += words(line, 235, y + 14.5 * k, size=BODY, font="")
        for k, line in enumerate(guide if helps else []):
            # the help's first line level with the answer's second, a little higher (smaller type on the row)
            ws += words(line, 56, y + 12.5 + 11 * k, size=HELP, font="")
        y += 14.5 * max(len(answer), len(guide) + 1) + 16
    return Page(1, 595.0, 842.0, ws, [])


def test_help_under_labels_in_a_label_column_on_a_scan_is_neither_label_nor_answer():
    assert summary(lay([_column_page()])) == summary(lay([_column_page(helps=False)]))
    texts = [text for _, text, _ in summary(lay([_column_page()]))]
    assert "Eva Lund, enhetschef" in texts
    assert any(text.startswith("Tunneln är mörk") and text.endswith("ljus och trygg.") for text in texts)


def test_small_answers_beside_labels_on_a_scan_stay():
    ws = []
    for k, (label, _, answer) in enumerate(ROWS[:2]):
        ws += words(label, 56, 100 + 40 * k, size=BODY, font="")
        ws += words(answer[0], 235, 100 + 40 * k, size=HELP, font="")
    lines = group_lines(Page(1, 595.0, 842.0, ws))
    assert strip_guidance([lines], BODY, DEFAULT_SETTINGS, lambda text: text in {r[0] for r in ROWS}) == [lines]


# --- a frame's top-line stub before its legend, read as a dash


def _dash_line(x: float, top: float = 116.0) -> list[Word]:
    return [Word("–", x, x + 6, top, top + 8.4, "", 11.0)] + words("Geografisk plats", x + 10, top, size=11.0, font="")


def test_a_dash_level_with_the_top_line_going_on_after_the_legend_is_no_word():
    rule = (400.0, 119.0, 539.5, 119.8)  # the frame's top line after the legend, through the line's middle
    assert [w.text for w in without_legend_stubs(_dash_line(303.6), [rule])] == ["Geografisk", "plats"]


def test_a_dash_at_a_frame_side_s_top_is_no_word():
    side = (55.7, 120.0, 56.2, 216.0)  # the frame's left side, its top on the legend's row
    assert [w.text for w in without_legend_stubs(_dash_line(56.6), [side])] == ["Geografisk", "plats"]


def test_a_dash_in_text_over_an_underline_or_beside_a_frame_stays():
    under = (50.0, 126.0, 539.5, 126.5)  # an underline under the words
    far_side = (30.0, 120.0, 30.5, 216.0)  # a side well left of the dash
    for rules in ([under], [far_side], []):
        assert [w.text for w in without_legend_stubs(_dash_line(303.6), rules)][0] == "–"


def test_a_stub_read_as_a_lone_letter_no_word_is_dropped_the_preposition_i_is_kept():
    rule = (127.0, 199.0, 537.8, 199.4)  # the top line after a legend "Kontaktperson"
    line = [Word("r", 57.4, 63.1, 196.1, 204.2, "", 9.4)] + words("Kontaktperson", 66.2, 196.1, size=9.4, font="")
    assert [w.text for w in without_legend_stubs(line, [rule])] == ["Kontaktperson"]
    kept = [Word("i", 57.4, 59.1, 196.1, 204.2, "", 9.4)] + line[1:]
    assert [w.text for w in without_legend_stubs(kept, [rule])] == ["i", "Kontaktperson"]
