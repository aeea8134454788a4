"""Clean scans (twenty-seventh round, f-ocrlayout): a line of capitals alone sized by its capitals' height, not by
Tesseract's x-height guess (a line without lowercase letters has no x-height)."""

from __future__ import annotations

import bilagor.extractor.ocr as ocr
from bilagor.extractor.ocr_caps import capitals_line, capitals_size

SCALE = 300 / 72


def _line(top: int, words: list[tuple[str, int, int]], x_size: float, ascenders: float, descenders: float) -> str:
    """One hOCR line; `words` as (text, x0, ink height in pixels from `top`)."""
    bottom = top + max(h for _, _, h in words)
    spans = "".join(
        f"<span class='ocrx_word' title='bbox {x0} {top} {x0 + 30 * len(t)} {top + h}; x_wconf 95'>{t}</span> "
        for t, x0, h in words
    )
    return f"""
 <span class='ocr_line' title="bbox 220 {top} 2150 {bottom}; baseline 0 -1; x_size {x_size};
  x_descenders {descenders}; x_ascenders {ascenders}">{spans}</span>"""


PAGE = "<html xmlns='http://www.w3.org/1999/xhtml'><body><div class='ocr_page' title='bbox 0 0 2480 3508'>{}</div></body></html>"


# Measured on a clean 200 dpi scan of a form (10 pt Times answers, labels in 8.5 pt bold capitals wrapping in
# their column, rendered at 300 dpi): capitals 23-25 px tall, the marked ones (Ö, Å) 31-32 px; Tesseract's
# figures for the capital lines vary line by line, and one of them made "GENOMFÖRANDE" half again the body.
HOCR = PAGE.format(
    "".join(
        [
            _line(982, [("BESKRIVNING", 220, 25), ("AV", 480, 25), ("Markförhållandena", 690, 40)], 38.4, 10, 8.4),
            _line(1455, [("EVENTUELLA", 220, 25)], 30.86, 7.74, 6.86),
            _line(1501, [("AVVIKELSER", 220, 25), ("I", 470, 25)], 32.14, 8.06, 7.14),
            _line(1549, [("PROJEKTETS", 220, 28)], 40.0, 7.0, 3.0),
            _line(1590, [("GENOMFÖRANDE", 220, 32)], 48.0, 8.0, 4.0),
            _line(1640, [("08-508", 690, 30), ("47", 860, 30), ("302", 930, 30)], 52.0, 9.0, 1.0),
            *(_line(1700 + 60 * i, [("Totalt", 690, 30), ("uppgick", 900, 38)], 38, 9, 9) for i in range(6)),
        ]
    )
)


def test_a_wrapped_label_in_capitals_is_no_larger_than_the_body():
    sizes: dict[str, list[float]] = {}
    for word in ocr.words_from_hocr(HOCR, SCALE):
        sizes.setdefault(word.text, []).append(word.size)
    body = sizes["Totalt"][0]
    for label in ("EVENTUELLA", "AVVIKELSER", "PROJEKTETS", "GENOMFÖRANDE"):
        assert sizes[label][0] < body, label  # 8.5 pt capitals beside 10 pt answers: smaller, never a heading
    assert abs(sizes["GENOMFÖRANDE"][0] - sizes["EVENTUELLA"][0]) < 1.0  # the label's lines read alike
    # A telephone number alone on its line, in the answers' 10 pt: Tesseract's guess made it a heading's size.
    assert abs(sizes["302"][0] - body) < 1.0


def test_capitals_size_needs_a_line_without_lowercase_letters():
    assert capitals_size([("Projektnamn", [0, 0, 300, 40])], SCALE) is None
    assert capitals_size([("PLATS", [0, 0, 150, 25]), ("Högdalen", [170, 0, 400, 38])], SCALE) is None
    assert capitals_size([("–", [0, 0, 50, 3])], SCALE) is None  # no letter or digit: nothing to tell
    size = capitals_size([("PLATS", [0, 0, 150, 25]), ("OCH", [170, 0, 260, 25])], SCALE)
    assert size is not None and 8.0 < size < 9.0


def test_capitals_line():
    assert capitals_line(["TIDPLAN", "2024:"])
    assert not capitals_line(["Tidplan"])
    assert capitals_line(["08-508", "47", "302"])  # digits stand as tall as capitals
    assert not capitals_line(["–", "1"])
