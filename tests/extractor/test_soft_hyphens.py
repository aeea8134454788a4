"""Soft hyphens (U+00AD): a break inside a word, never a space or a letter of it."""

from __future__ import annotations

import pytest

from bilagor.extractor.pdf_reader import read_pdf
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
