"""A content stream that unpacks to gigabytes (a decompression bomb: PdfPig's 919-byte GHOSTSCRIPT-691770-0, a
run-length code chained eight times) was unpacked whole by the main reader: 1.2 GB in the import's reader until
its memory limit stopped it, then read by pdfium under the warning "strukturen är skadad" (h32's part 7); with no
memory limit the reader grew without end. A page's content is now unpacked with a cap first: past it, the file is
read by pdfium straight away, under a warning that says why (h33, issue #12)."""

from __future__ import annotations

import random
import subprocess
import sys
import zlib

import pytest

from bilagor.extractor import extract_report
from bilagor.extractor.content_size import (
    MAX_PAGE_CONTENT,
    TooLarge,
    flate_decoded,
    run_length_decoded,
    unpacked_size,
)
from odd_pdfs import content_bomb_pdf, one_page_pdf

RUN_LENGTH_CHAIN = "[/ASCIIHexDecode" + " /RunLengthDecode" * 8 + "]"


def _bomb_pdfs() -> dict[str, bytes]:
    return {
        "run-length": content_bomb_pdf(b"8181>", RUN_LENGTH_CHAIN),
        "deflated": content_bomb_pdf(zlib.compress(b"\0" * (MAX_PAGE_CONTENT + 1024 * 1024), 9), "/FlateDecode"),
    }


# Each bomb is read in a process of its own under an address-space limit: unpacked whole, the run-length chain
# grows without end (a test must not fill the machine's memory; without the cap it did).
_READ_UNDER_A_LIMIT = """
import resource, sys
limit = 900 * 1024 * 1024  # far under what the bombs unpack to whole
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from bilagor.extractor import extract_report
report = extract_report(sys.argv[1], entities=False, ocr="never")
print(report.title or "", *(s.text for s in report.sections))
print("\\n".join(report.warnings))
"""


@pytest.mark.parametrize("kind", ["run-length", "deflated"])
def test_a_page_that_unpacks_past_the_cap_is_read_by_pdfium_and_says_why(tmp_path, kind):
    path = tmp_path / "bomb.pdf"
    path.write_bytes(_bomb_pdfs()[kind])
    done = subprocess.run(
        [sys.executable, "-c", _READ_UNDER_A_LIMIT, str(path)], capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "100 000" in done.stdout  # the page's text, read by pdfium
    assert "dekomprimeringsbomb" in done.stdout and "sida 1" in done.stdout
    assert "strukturen är skadad" not in done.stdout


def test_an_ordinary_page_is_read_by_the_main_reader(tmp_path):
    path = tmp_path / "vanlig.pdf"
    path.write_bytes(one_page_pdf())
    report = extract_report(path, entities=False, ocr="never")
    assert not any("pdfium" in w for w in report.warnings)


def _run_length_encoded(rng: random.Random) -> bytes:
    out = bytearray()
    for _ in range(rng.randint(0, 30)):
        if rng.random() < 0.5:
            literal = bytes(rng.randrange(256) for _ in range(rng.randint(1, 128)))
            out += bytes([len(literal) - 1]) + literal
        else:
            out += bytes([rng.randint(129, 255), rng.randrange(256)])
    if rng.random() < 0.5:
        out += b"\x80" + bytes(rng.randrange(256) for _ in range(rng.randint(0, 5)))  # end of data, then junk
    return bytes(out)


def test_the_capped_run_length_decoder_is_the_readers_under_the_cap():
    from pdfminer.runlength import rldecode

    rng = random.Random(33)
    for _ in range(500):
        data = _run_length_encoded(rng)
        assert run_length_decoded(data, cap=10**6) == rldecode(data)


def test_each_decoder_stops_at_its_cap():
    with pytest.raises(TooLarge):
        run_length_decoded(b"\x81A" * 100, cap=1000)  # 12 800 bytes
    with pytest.raises(TooLarge):
        flate_decoded(zlib.compress(b"x" * 5000), cap=1000)
    assert flate_decoded(zlib.compress(b"x" * 1000), cap=1000) == b"x" * 1000
    with pytest.raises(TooLarge):
        unpacked_size(b"8181>", ["ASCIIHexDecode"] + ["RunLengthDecode"] * 4, cap=10**6)
    assert unpacked_size(b"8181>", ["ASCIIHexDecode"] + ["RunLengthDecode"] * 2, cap=10**6) == 128 * 64
    assert unpacked_size(b"\xff\xd8 not unpacked", ["DCTDecode"], cap=1) == len(b"\xff\xd8 not unpacked")
