"""Soft hyphens (U+00AD): a break inside a word, never a space or a letter of it."""

from __future__ import annotations

import pytest

from bilagor.extractor.pdf_reader import read_pdf
from bilagor.extractor.soft_hyphens import differences_codes, drawn_hyphens, soft_hyphen_code
from bilagor.extractor.text import join_lines, normalise
from odd_pdfs import text_lines_pdf


def test_a_winansi_soft_hyphen_ends_the_broken_word_not_a_space(tmp_path):
    # WinAnsi 0xAD at a line end, as Word draws an optional hyphen: the first half keeps it, so the two
    # halves are one word again when the lines are joined.
    path = tmp_path / "soft.pdf"
    path.write_bytes(text_lines_pdf(["Vi har planerat cykelparkeringar och sam\xad", "arbetat med skolan."]))
    lines: dict[float, list[str]] = {}
    for word in read_pdf(path).pages[0].words:
        lines.setdefault(word.top, []).append(word.text)
    texts = [" ".join(words) for _, words in sorted(lines.items())]
    assert texts[0].endswith("sam\u00ad")
    assert join_lines(texts) == "Vi har planerat cykelparkeringar och samarbetat med skolan."


@pytest.mark.parametrize(
    "text, clean",
    [
        ("cykel\u00adparkering", "cykelparkering"),
        ("bygg \u00ad lov", "bygg lov"),
        ("\u00adgatlyktor", "gatlyktor"),
        ("trappa\u00ad", "trappa\u00ad"),  # a line's last: join_lines reads it as a break
    ],
)
def test_a_soft_hyphen_inside_a_text_is_dropped(text, clean):
    assert normalise(text) == clean


def test_a_soft_hyphen_ending_the_last_line_is_dropped():
    assert join_lines(["parkerings\u00ad", "platsen vid trappa\u00ad"]) == "parkeringsplatsen vid trappa"


def test_pdfminer_outside_bilagor_reads_as_before_after_bilagor_read_a_file(tmp_path):
    # The soft hyphen is bilagor's reading of its own documents, not a change to pdfminer's shared tables:
    # another pdfminer user in the process (a generator's word check) must read 0xAD as pdfminer does.
    from pdfminer.encodingdb import EncodingDB
    from pdfminer.high_level import extract_text

    path = tmp_path / "soft.pdf"
    path.write_bytes(text_lines_pdf(["Gatubelys\xad", "ningen vid torget"]))
    table = dict(EncodingDB.win2unicode)
    read = [w.text for w in read_pdf(path).pages[0].words]
    assert "Gatubelys\u00ad" in read
    assert EncodingDB.win2unicode == table
    assert EncodingDB.win2unicode.get(0xAD) != "\u00ad"
    assert "\u00ad" not in extract_text(str(path))


@pytest.mark.parametrize(
    "subtype, base, differences, reads",
    [
        ("Type1", "WinAnsiEncoding", [], True),
        ("TrueType", None, [], True),  # a TrueType font's default encoding is WinAnsi
        ("Type1", None, [], False),  # a Type 1 font's is Standard
        ("Type1", "MacRomanEncoding", [], False),
        ("Type1", "WinAnsiEncoding", [0xAC, "logicalnot", "hyphen"], False),  # /Differences name 0xAD
        ("Type1", "WinAnsiEncoding", [0xAE, "registered"], True),
    ],
)
def test_a_font_reads_the_soft_hyphen_only_on_a_winansi_base_that_keeps_0xad(subtype, base, differences, reads):
    assert soft_hyphen_code(subtype, base, differences) is reads


def test_differences_name_one_code_a_glyph_from_each_number():
    assert differences_codes([32, "space", 65, "A", "B", 200, "eacute"]) == {32, 65, 66, 200}


def _chars(text: str, x: float = 100.0, top: float = 50.0, size: float = 10.0, hyphen_width: float = 3.33) -> list:
    """Character dicts of one line, in content order, each 5 pt wide (a soft hyphen `hyphen_width`)."""
    out = []
    for ch in text:
        width = hyphen_width if ch == "\u00ad" else 5.0
        out.append({"text": ch, "x0": x, "x1": x + width, "top": top, "bottom": top + size, "size": size})
        x += width
    return out


def test_a_soft_hyphen_drawn_inside_its_line_is_a_hyphen():
    # Gri's Latin-1 PostScript sets every hyphen as 0xAD: "Hässelby-Vällingby", "08-508", a list mark "- ".
    for text, read in (
        ("Hässelby\u00adVällingby", "Hässelby-Vällingby"),
        ("08\u00ad508", "08-508"),
        ("\u00ad ljus", "- ljus"),
    ):
        assert "".join(c["text"] for c in drawn_hyphens(_chars(text))) == read


def test_a_soft_hyphen_ending_its_line_or_without_width_stays_soft():
    broken = _chars("sam\u00ad") + _chars("arbetat", x=100.0, top=62.0)  # the next character opens the next line
    assert "".join(c["text"] for c in drawn_hyphens(broken)) == "sam\u00adarbetat"
    unshown = _chars("cykel\u00adparkering", hyphen_width=0.0)
    assert "".join(c["text"] for c in drawn_hyphens(unshown)) == "cykel\u00adparkering"
