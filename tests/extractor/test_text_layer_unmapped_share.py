"""A readable page with a few glyphs without a Unicode map keeps its text layer (issue #12): judged by the
share of words such glyphs break, not by the share of characters their "(cid:N)" spell. Plain data."""

from __future__ import annotations

from bilagor.extractor.text_layer import NO_UNICODE_MAP, unreadable_reason, without_unmapped_glyphs
from bilagor.extractor.words import Page, Word

PROSE = (
    "Projektet har genomförts enligt plan under hösten och våren. Belysningen längs gångvägen har bytts ut "
    "och buskar har röjts för att öka sikten. Boende deltog i två trygghetsvandringar och kostnaden blev "
    "lägre än beräknat. Platsen upplevs som tryggare enligt boende som deltog i uppföljningen under året. "
    "Förvaltningen fortsätter arbetet med parken tillsammans med bostadsbolagen och polisen i området."
).split()


def _page(texts: list[str]) -> Page:
    words = [Word(t, 60 + 10 * (i % 40), 68 + 10 * (i % 40), 90 + i // 40 * 14, 100) for i, t in enumerate(texts)]
    return Page(1, 595, 842, words)


def _with_apostrophes(texts: list[str], every: int) -> list[str]:
    """Every `every`th word joined to the next by an apostrophe without a Unicode map: "dell(cid:0)Assicurato"."""
    out, i = [], 0
    while i < len(texts):
        if i % every == 0 and i + 1 < len(texts):
            out.append(f"{texts[i]}(cid:0){texts[i + 1]}")
            i += 2
        else:
            out.append(texts[i])
            i += 1
    return out


def test_a_few_unmapped_apostrophes_keep_the_text_layer():
    texts = _with_apostrophes(PROSE * 2, every=16)
    cid_chars = sum(t.count("(cid:0)") * len("(cid:0)") for t in texts)
    assert cid_chars / sum(map(len, texts)) > 0.05  # the share of characters that sent it to OCR
    page = _page(texts)
    assert unreadable_reason(page) is None
    assert not any("(cid:" in w.text for w in without_unmapped_glyphs(page).words)


def test_unmapped_symbols_alone_break_no_word():
    texts = [t for i, word in enumerate(PROSE) for t in (["(cid:3)"] if i % 8 == 0 else []) + [word]]  # bullets
    assert sum(len(t) for t in texts if t == "(cid:3)") / sum(map(len, texts)) > 0.05
    assert unreadable_reason(_page(texts)) is None


def test_unmapped_swedish_letters_go_to_ocr():
    texts = [t.replace("å", "(cid:140)").replace("ä", "(cid:138)").replace("ö", "(cid:154)") for t in PROSE]
    assert sum("(cid:" in t for t in texts) > 0.1 * len(texts)
    assert unreadable_reason(_page(texts)) == NO_UNICODE_MAP


def test_a_page_of_unmapped_glyphs_goes_to_ocr():
    texts = ["".join(f"(cid:{ord(c) - 29})" for c in word) for word in PROSE]
    assert unreadable_reason(_page(texts)) == NO_UNICODE_MAP


def test_a_math_fonts_symbols_do_not_send_a_readable_page_to_ocr():
    prose = [Word(t, 60, 90, 90 + i // 10 * 14, 100, "Times-Roman") for i, t in enumerate(PROSE * 2)]
    symbols = [Word(t, 300, 305, 500, 510, "AdvP4C4E74") for t in ["ð", "Þ", "{", "~", "<", "∗", "z", "|"] * 3]
    assert unreadable_reason(Page(1, 595, 842, prose + symbols)) is None


def test_a_label_font_of_glyph_numbers_still_goes_to_ocr():
    prose = [Word(t, 60, 90, 90 + i // 10 * 14, 100, "Times-Roman") for i, t in enumerate(PROSE * 2)]
    labels = [Word(t, 300, 330, 500, 510, "Bold") for t in ["Eed4M5", "hi5jln55", "Qx7Rt", "Bb9kK"] * 3]
    assert unreadable_reason(Page(1, 595, 842, prose + labels)) == NO_UNICODE_MAP


def test_a_font_of_unmapped_glyphs_still_goes_to_ocr():
    prose = [Word(t, 60, 90, 90 + i // 10 * 14, 100, "Times-Roman") for i, t in enumerate(PROSE * 3)]
    labels = [Word("(cid:5)(cid:9)(cid:12)", 300, 330, 500, 510, "Bold")] * 9
    assert unreadable_reason(Page(1, 595, 842, prose + labels)) == NO_UNICODE_MAP
