"""Clean scans (twenty-eighth round, f-ocrlayout, issue #12): the layouts text layers learnt to read in the
twenty-seventh round, on OCR'd pages: labels flush right against a rule (a word's box run over the rule's tick),
comb fields and one-line frames (the box's short sides found as rules; a comb's characters are set side by side
before OCR since the twenty-ninth round: tests/extractor/test_comb_walls.py), a known label under a row of cards, a
district's hyphens read as dashes."""

from __future__ import annotations

import numpy as np
import pytest

import bilagor.extractor.ocr as ocr
from bilagor.extractor.api import is_label
from bilagor.extractor.layout import DEFAULT_SETTINGS, find_boundary, group_lines
from bilagor.extractor.layout.captions import frames
from bilagor.extractor.ocr_boxes import cut_overrun_boxes
from bilagor.extractor.ocr_misreads import mend_district_name
from bilagor.extractor.words import Page, Word
from layout_builders import lay_as_extractor

SCALE = 300 / 72
PAGE = "<html xmlns='http://www.w3.org/1999/xhtml'><body><div class='ocr_page' title='bbox 0 0 2480 3508'>{}</div></body></html>"


def _line(top: int, words: list[tuple[str, int, int]]) -> str:
    """One hOCR line of 11 pt type at 300 dpi; `words` as (text, x0, x1) pixel extents."""
    spans = "".join(
        f"<span class='ocrx_word' title='bbox {x0} {top} {x1} {top + 32}; x_wconf 95'>{t}</span> "
        for t, x0, x1 in words
    )
    first, last = words[0][1], max(x1 for _, _, x1 in words)
    return f"""
 <span class='ocr_line' title="bbox {first} {top} {last} {top + 40}; baseline 0 -8; x_size 32;
  x_descenders 8; x_ascenders 10">{spans}</span>"""


def _words(text: str, x0: int, letter: int = 19, space: int = 14) -> list[tuple[str, int, int]]:
    out = []
    for word in text.split():
        out.append((word, x0, x0 + letter * len(word)))
        x0 += letter * len(word) + space
    return out


def _flush_right(label: str, edge: int) -> list[tuple[str, int, int]]:
    width = sum(19 * len(w) for w in label.split()) + 14 * (len(label.split()) - 1)
    return _words(label, edge - width)


# A margin-rule form read by Tesseract (as measured on the tuning scans): each bold label flush right at 880 px,
# the rule's tick at 890-909 read as a mark, the answer from 927 px. On two lines Tesseract boxed the label over
# the tick (and over the answer's first word): the box runs to the next word's end.
RULE_EDGE, ANSWER_X = 880, 927
ROWS = [
    ("Projektnamn", "Ljus i gångtunneln vid torget", None),
    ("Plats", "Tunneln under Sockenvägen i Hökarängen", None),
    ("Syfte och mål", "Passagen ska kännas trygg att gå igenom även sent på kvällen.", "tick"),
    ("Genomförande", "Arbetet gjordes av trafikkontoret under våren.", "answer"),
    ("Resultat", "Fler boende säger att de går genom tunneln efter mörkrets inbrott.", None),
    ("Bilder efter", "Bilder finns hos förvaltningen.", "tick"),
]


def _margin_rule_hocr() -> str:
    lines = []
    for k, (label, answer, overrun) in enumerate(ROWS):
        left = _flush_right(label, RULE_EDGE)
        right = _words(answer, ANSWER_X)
        tick = ("-", 890, 909)
        if overrun == "tick":
            text, x0, _ = left[-1]
            left[-1] = (text, x0, tick[2])
        elif overrun == "answer":
            text, x0, _ = left[-1]
            left[-1] = (text, x0, right[0][2])
        lines.append(_line(400 + 90 * k, [*left, tick, *right]))
    return PAGE.format("".join(lines))


def test_a_box_run_over_the_words_after_it_is_cut_back_to_its_letters():
    line = [("Genomförande", [588, 912, 1059, 945]), ("-", [890, 908, 909, 958]), ("Arbetet", [930, 912, 1059, 945])]
    line += [("genomfördes", [1073, 912, 1280, 945]), ("under", [1295, 912, 1390, 945])]
    cut = cut_overrun_boxes(line)
    assert cut[0][1][2] <= 889  # before the mark: the label's gap to its answer shows again
    assert cut[0][1][2] >= 588 + 12 * 17  # no narrower than its letters
    assert cut[1:] == line[1:]


def test_boxes_that_only_touch_are_left_as_read():
    line = [("stadsdelsnämnd", [100, 0, 400, 40]), (")", [399, 0, 410, 44]), ("och", [430, 0, 490, 40])]
    assert cut_overrun_boxes(line) == line
    # a box wide for its letters but not running into the next word (a wide space after it) is no overrun
    wide = [("Plats", [100, 0, 400, 40]), ("Hökarängens", [420, 0, 640, 40]), ("centrum", [660, 0, 800, 40])]
    assert cut_overrun_boxes(wide) == wide


def test_labels_flush_right_against_a_rule_keep_their_answers():
    words = ocr.words_from_hocr(_margin_rule_hocr(), SCALE)
    page = Page(1, 595.0, 842.0, words, [], [])
    layout = lay_as_extractor([page])
    # the label text may come back as "Label:" (the question-and-dash step reads a known label closed by a dash,
    # here the tick, that way); what counts is that each label keeps its own answer
    got = {block.label.rstrip(":"): " ".join(line.text for line in block.value_lines) for block in layout.blocks}
    assert got == {label: answer for label, answer, _ in ROWS}


def _comb_page():
    """A comb of 12 cells (36 px each at 300 dpi, 80 px tall) over a frame one line tall, on white."""
    grey = np.full((700, 1400), 255, np.uint8)
    grey[100:103, 100:533] = 0
    grey[180:183, 100:533] = 0
    for x in range(100, 533, 36):
        grey[100:183, x : x + 2] = 0
    grey[140:160, 116:120] = 0  # a figure's stroke in the first cell, clear of its walls
    grey[300:303, 100:1300] = 0  # a frame one line of type tall: its sides are 20 pt, no rule's length
    grey[385:388, 100:1300] = 0
    grey[300:388, 100:103] = 0
    grey[300:388, 1297:1300] = 0
    grey[320:370, 200:203] = 0  # a letter's stem inside it, touching neither edge
    grey[500:503, 100:1300] = 0  # a writing line with a tall letter standing on it, another line far above
    grey[420:500, 400:403] = 0
    return grey


def test_a_combs_walls_and_a_short_frames_sides_are_rules():
    image, rules = ocr.remove_rules(_comb_page(), round(ocr.MIN_RULE_POINTS * SCALE), scale=SCALE)
    pixels = np.asarray(image)
    assert (pixels[105:178, 136:138] == 255).all()  # a comb's wall: no letter for Tesseract
    assert (pixels[140:160, 116:120] < 160).all()  # the figure in its cell stays
    assert (pixels[320:370, 200:203] < 160).all()
    assert (pixels[425:495, 400:403] < 160).all()  # a stroke touching one rule only is print
    uprights = [r for r in rules if r[2] - r[0] < r[3] - r[1]]
    assert len(uprights) == 13 + 2
    points = [tuple(v / SCALE for v in r) for r in rules]
    assert any(abs(f[1] - 300 / SCALE) < 2 and abs(f[3] - 385 / SCALE) < 2 for f in frames(points))


def test_without_a_scale_the_rule_finder_takes_long_runs_only():
    _, rules = ocr.remove_rules(_comb_page(), round(ocr.MIN_RULE_POINTS * SCALE))
    assert not [r for r in rules if r[2] - r[0] < r[3] - r[1]]


def _ocr_line(text: str, x0: float, top: float, size: float = 10.0) -> list[Word]:
    """OCR words (no font name) of one line, 0.55 of the size a letter and a space."""
    out = []
    for word in text.split():
        out.append(Word(word, x0, x0 + 0.55 * size * len(word), top, top + size, "", size))
        x0 += 0.55 * size * (len(word) + 1)
    return out


def test_a_known_label_under_a_row_of_cards_on_a_scan_opens_the_next_field():
    lines = [
        _ocr_line("E-post", 58, 198, 8) + _ocr_line("Ev samverkan", 306, 198, 7.5),
        _ocr_line("lena.demir@stockholm.se", 61, 211) + _ocr_line("socialförvaltningen och SISAB", 309, 211),
        _ocr_line("1. Beskrivning (mål och syfte)", 58, 236),
        _ocr_line("Syftet är att trappan ska kännas välkomnande i stället för hotfull.", 61, 254),
    ]
    page = Page(1, 595.0, 842.0, [w for line in lines for w in line], [], [])
    got = {block.label: " ".join(block.lines) for block in lay_as_extractor([page]).blocks}
    assert got["E-post"] == "lena.demir@stockholm.se"
    assert got["1. Beskrivning (mål och syfte)"].startswith("Syftet är")


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("Hägersten—-Älvsjö", "Hägersten-Älvsjö"),  # a minus sign's hyphen read as dashes
        ("Enskede-—-Årsta—Vantörs", "Enskede-Årsta-Vantörs"),
        ("(Hässelby—Vällingby)", "(Hässelby-Vällingby)"),
    ],
)
def test_a_districts_hyphens_read_as_dashes_are_mended(read, meant):
    assert mend_district_name(read) == meant


@pytest.mark.parametrize("word", ["Skarpnäck—Farsta", "2020—2021", "Bilaga—Uppföljning", "Rinkeby-Kista"])
def test_two_districts_or_other_words_a_dash_apart_are_kept(word):
    assert mend_district_name(word) == word  # "Skarpnäck–Farsta" (a route) names two districts, not one


def test_two_frames_a_row_on_a_scan_give_no_value_column():
    # Short fields two frames a row, each small label over its frame (the frames' sides found as rules): the
    # sides at 288 and 306 pt on every row are no table's inner border; the answers start under their labels.
    words, rules = [], []
    pairs = (("Namn på insats", "Sökt belopp"), ("Sökande nämnd", "Ev medsökande nämnd"), ("E-post", "Telefon"))
    for k, (left, right) in enumerate(pairs):
        top = 90 + 38 * k
        words += _ocr_line(left, 58, top, 8) + _ocr_line(right, 306, top, 8)
        words += _ocr_line("Ljus i parken", 61, top + 13) + _ocr_line("Enligt plan", 309, top + 13)
        for x0, x1 in ((57.0, 288.0), (306.0, 537.0)):
            rules += [(x0, top + 10, x1, top + 10.6), (x0, top + 28, x1, top + 28.6)]
            rules += [(x0, top + 10, x0 + 0.6, top + 28), (x1, top + 10, x1 + 0.6, top + 28)]
    for k in range(6):
        words += _ocr_line("Platsen har länge upplevts som otrygg av de boende i området kvällstid.", 61, 220 + 12 * k)
    page = Page(1, 595.0, 842.0, words, rules, [])
    lines = group_lines(page, DEFAULT_SETTINGS)
    assert find_boundary([page], lines, DEFAULT_SETTINGS, is_label) is None
