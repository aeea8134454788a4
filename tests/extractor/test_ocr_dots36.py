"""A copy of a copy's lost dots put back on its OCR'd words (extractor/ocr_dots.py, issue #12)."""

from __future__ import annotations

from bilagor.extractor.ocr_dots import lost_dots, restored_dots

# A page read from a third-generation copy: most ä, ö and å read a and o.
COPIED = [
    ["Skolgarden", "upplevs", "nu", "som", "ljusare", "och", "mer", "overblickbar."],
    ["Det", "gamla", "staketet", "skapade", "skymda", "horn", "dar", "boende", "kande", "sig", "otrygga."],
    ["Arbetet", "utfordes", "i", "samråd", "med", "SISAB", "som", "ager", "fastigheten."],
    ["Under", "2023", "ar", "kostnaden", "lagre", "an", "beraknat", "och", "arbetet", "pagar."],
    ["OMRADET", "ar", "klart", "pa", "hosten."],
]


def test_a_page_that_lost_its_dots_gets_them_back() -> None:
    assert lost_dots([w for line in COPIED for w in line])
    out = restored_dots(COPIED)
    assert out[0][0] == "Skolgården"
    assert out[1][6:9] == ["där", "boende", "kände"]
    assert out[2][1] == "utfördes" and out[2][7] == "äger"
    assert out[3][:3] == ["Under", "2023", "år"]  # "ar" after a number: a year
    assert out[3][4:9] == ["lägre", "än", "beräknat", "och", "arbetet"]
    assert out[3][9] == "pågår."  # the full stop kept
    assert out[4][:4] == ["OMRÅDET", "är", "klart", "på"]  # capitals kept capitals


def test_a_word_whose_undotted_letters_are_as_common_is_left() -> None:
    out = restored_dots(COPIED)
    assert out[1][5] == "horn"  # "hörn" is not ten times as frequent as "horn"
    assert out[0][1:5] == ["upplevs", "nu", "som", "ljusare"]  # no dotted reading: untouched
    assert out[2][3] == "samråd"


def test_a_page_whose_dots_were_read_is_left_as_read() -> None:
    page = [
        ["Ljuset", "är", "nu", "jämnare", "och", "ansikten", "går", "att", "känna", "igen", "på", "längre", "avstånd."],
        ["Belysningen", "har", "förstärkts", "dar", "gångvägarna", "möts,", "för", "ökad", "trygghet."],
    ]
    assert not lost_dots([w for line in page for w in line])
    assert restored_dots(page) == page
    assert restored_dots([]) == []


def _hocr(lines: list[str]) -> str:
    """A page of hOCR lines, one word a span 100 px wide (Tesseract faked)."""
    spans = []
    for row, line in enumerate(lines):
        top = 300 + 60 * row
        words = "".join(
            f"<span class='ocrx_word' title='bbox {300 + 110 * k} {top} {400 + 110 * k} {top + 40}; x_wconf 90'>"
            f"{word}</span>"
            for k, word in enumerate(line.split())
        )
        spans.append(
            f"<span class='ocr_line' title='bbox 300 {top} 2000 {top + 40}; baseline 0 -9; x_size 44'>{words}</span>"
        )
    return f"<html><body><div class='ocr_page' title='bbox 0 0 2480 3508'>{''.join(spans)}</div></body></html>"


def test_an_ocr_page_that_lost_its_dots_is_read_with_them() -> None:
    from bilagor.extractor import ocr

    words = ocr.words_from_hocr(_hocr([" ".join(line) for line in COPIED]), 300 / 72)
    assert [w.text for w in words][14:17] == ["där", "boende", "kände"]


def test_the_dotted_words_are_built_from_the_lexicon() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    import dotted_words_36  # the builder lives in bench/

    from bilagor.extractor.ocr_dots import DOTTED_PATH

    lexicon = {}
    for line in dotted_words_36.LEXICON_PATH.read_text(encoding="utf-8").splitlines():
        word, zipf = line.split("\t")
        lexicon[word] = int(zipf)
    # stale when the lexicon changes: rebuild with bench/dotted_words_36.py
    assert DOTTED_PATH.read_text(encoding="utf-8").split() == dotted_words_36.dotted_rows(lexicon)
