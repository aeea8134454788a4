"""Files named *.pdf that are another kind of file were refused as "inte en PDF", true but no help: a repository
cloned without Git LFS leaves a three-line pointer in each PDF's place (h34: fifteen of open-parse's samples), a
web server's error page is saved under the PDF's name, a Word file renamed. The reason now says what the file is
(issue #12: a clear one-line reason); a file of no known kind keeps the plain reason."""

from __future__ import annotations

import io
import zipfile

import pytest

from bilagor.extractor import extract_report
from bilagor.extractor.errors import BadInputError
from bilagor.extractor.pdf_reader import check_header


def _zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()


def _png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("L", (4, 4), 255).save(out, format="PNG")
    return out.getvalue()


LFS = b"version https://git-lfs.github.com/spec/v1\noid sha256:" + b"0" * 64 + b"\nsize 269418\n"


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (LFS, "Git LFS-pekare"),
        (b"<!DOCTYPE html>\n<html><body>404 Not Found</body></html>", "webbsida (HTML)"),
        (b"\xef\xbb\xbf  <html lang='sv'><head></head></html>", "webbsida (HTML)"),
        (b"%!PS-Adobe-3.0\n%%Pages: 1\n", "PostScript"),
        (_zip(), "ZIP-arkiv"),
        (b"{\\rtf1\\ansi Bilaga 1}", "RTF"),
        (_png(), "bild"),
    ],
)
def test_the_reason_says_what_the_file_is(tmp_path, content, kind):
    path = tmp_path / "bilaga.pdf"
    path.write_bytes(content)
    with pytest.raises(BadInputError) as caught:
        check_header(path)
    assert caught.value.reason.startswith("inte en PDF: ") and kind in caught.value.reason
    assert "\n" not in caught.value.reason


def test_a_file_of_no_known_kind_is_not_a_pdf(tmp_path):
    path = tmp_path / "anteckning.pdf"
    path.write_bytes(b"Hej, detta \xe4r ingen PDF\n")
    with pytest.raises(BadInputError) as caught:
        extract_report(path)
    assert caught.value.reason == "inte en PDF"


def test_an_lfs_pointer_through_the_whole_read(tmp_path):
    path = tmp_path / "ansokan.pdf"
    path.write_bytes(LFS)
    with pytest.raises(BadInputError, match="inte en PDF: en Git LFS-pekare"):
        extract_report(path)
