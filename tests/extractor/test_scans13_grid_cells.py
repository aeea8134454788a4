"""Issue #12, thirteenth round: an application's header read from a scan as a grid of boxed cells, two label and
answer pairs a row. A cell's side is shorter than a ruling line, so it stays in the image and Tesseract reads
its stub as a bar "|" on the second label's line: the bar's box, from the cell's top to its bottom, lifted that
line above its neighbour's, the second label stood on a line of its own and became the first cell's answer
("Ev medsökande nämnd" for the committee). And a label misread a letter off ("Ev: samverkan") was mended
only at a line's start, not in the grid's second column."""

from __future__ import annotations

from bilagor.extractor.ocr import words_from_hocr
from bilagor.extractor.ocr_marks import without_border_bars
from bilagor.extractor.ocr_misreads import mend_label_start


def test_a_bar_taller_than_the_line_is_a_cell_border_and_is_dropped():
    line = [("Ev", [1260, 805, 1290, 836]), ("medsökande", [1300, 805, 1500, 836]), ("nämnd", [1510, 805, 1620, 836])]
    tall_bar = ("|", [1700, 780, 1706, 900])
    assert without_border_bars([*line, tall_bar]) == line
    assert without_border_bars([tall_bar, *line]) == line
    # a bar of the letters' height may be a glyph ("i" in a sentence, mended elsewhere): kept
    short_bar = ("|", [1700, 805, 1706, 838])
    assert without_border_bars([*line, short_bar]) == [*line, short_bar]
    assert without_border_bars([tall_bar]) == [tall_bar]  # nothing to compare with


def _line(top: int, bottom: int, words: list[tuple[str, tuple[int, int, int, int]]]) -> str:
    spans = "".join(
        f"<span class='ocrx_word' title='bbox {x0} {y0} {x1} {y1}; x_wconf 95'>{text}</span>"
        for text, (x0, y0, x1, y1) in words
    )
    x0, x1 = min(b[0] for _, b in words), max(b[2] for _, b in words)
    return f"<span class='ocr_line' title='bbox {x0} {top} {x1} {bottom}; x_size 33'>{spans}</span>"


def test_a_grid_rows_second_label_stays_on_the_first_labels_line():
    # Tesseract's two lines for one row of the grid: the second ends in the cell's side read as a bar
    hocr = (
        "<html><body><div class='ocr_page'>"
        + _line(825, 856, [("Sökande", (312, 825, 420, 856)), ("nämnd", (430, 825, 520, 856))])
        + _line(
            800,
            910,
            [
                ("Ev", (1260, 826, 1290, 856)),
                ("medsökande", (1300, 825, 1500, 856)),
                ("nämnd", (1510, 825, 1620, 856)),
                ("|", (1700, 800, 1706, 910)),
            ],
        )
        + "</div></body></html>"
    )
    words = words_from_hocr(hocr, 300 / 72)
    assert [w.text for w in words] == ["Sökande", "nämnd", "Ev", "medsökande", "nämnd"]
    tops = {round(w.top) for w in words}
    assert max(tops) - min(tops) <= 1


def test_a_label_a_letter_off_is_mended_in_the_grids_second_column():
    line = [
        ("E-post", [230, 1100, 330, 1130]),
        ("Ev:", [1260, 1100, 1300, 1130]),
        ("samverkan", [1310, 1100, 1480, 1130]),
    ]
    assert [text for text, _ in mend_label_start(line)] == ["E-post", "Ev", "samverkan"]
    # words after a word space are no column's start: a sentence's words stay as they are
    sentence = [
        ("Arbetet", [230, 1100, 350, 1130]),
        ("Ev:", [362, 1100, 400, 1130]),
        ("samverkan", [410, 1100, 580, 1130]),
    ]
    assert mend_label_start(sentence) == sentence
