"""A file cut off (a broken download or copy) that neither reader opens was refused as "skadad PDF: strukturen är
skadad", which leaves the user to guess that fetching it again would do (h34: a header alone of 15 bytes, a fuzzer's
file cut after its first objects). A PDF's every revision ends in "%%EOF": without one in its last bytes the reason
now says the file ends early. A damaged file that ends as a PDF does keeps the plain reason."""

from __future__ import annotations

import pytest

from bilagor.extractor import extract_report
from bilagor.extractor.errors import BadInputError
from odd_pdfs import one_page_pdf, text_lines_pdf


def _reason(path) -> str:
    with pytest.raises(BadInputError) as caught:
        extract_report(path, entities=False)
    return caught.value.reason


@pytest.mark.parametrize("keep", [15, 60])  # the header alone; cut inside the first object
def test_a_file_cut_off_says_it_ends_early(tmp_path, keep):
    path = tmp_path / "bilaga.pdf"
    path.write_bytes(text_lines_pdf(["Budget 100 000 kronor"] * 40)[:keep])
    reason = _reason(path)
    assert reason.startswith("skadad PDF: ") and "avkortad" in reason and "\n" not in reason


def test_a_damaged_file_that_ends_as_a_pdf_does_keeps_the_plain_reason(tmp_path):
    path = tmp_path / "trasig.pdf"
    path.write_bytes(text_lines_pdf(["Budget 100 000 kronor"] * 40)[:60] + b"\n%%EOF\n")  # damaged, not cut off
    reason = _reason(path)
    assert reason == "skadad PDF: strukturen är skadad"


def test_a_whole_file_is_read(tmp_path):
    path = tmp_path / "hel.pdf"
    path.write_bytes(one_page_pdf())
    assert extract_report(path, entities=False).pages == 1
