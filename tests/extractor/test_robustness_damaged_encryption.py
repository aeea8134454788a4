"""A file whose /Encrypt entry names no security handler (a reference to a font, an empty dictionary:
pdf-rs's 252-crash, PDF-Writer's fuzzed files) was refused as "krypterad: behöver ett lösenord
(--password)", sending the user after a password no one has; poppler and qpdf find such files damaged, and so
does the reason now (h31, issue #12). A file that does need a password still says so."""

from __future__ import annotations

import pytest

from bilagor.extractor import extract_report
from bilagor.extractor.errors import BadInputError
from odd_pdfs import broken_encrypt_pdf


@pytest.mark.parametrize(
    ("encrypt", "reason"),
    [
        ("5 0 R", "skadad PDF: krypteringsuppgifterna är skadade"),  # object 5 is the page's font
        # empty: pdfium finds no handler in it either (its code 5); was "skadad PDF: kryptering som inte stöds" (h32)
        ("<< >>", "skadad PDF: krypteringsuppgifterna är skadade"),
    ],
)
def test_an_encrypt_entry_naming_no_handler_is_a_damaged_pdf(tmp_path, encrypt, reason):
    path = tmp_path / "trasig-kryptering.pdf"
    path.write_bytes(broken_encrypt_pdf(encrypt))
    with pytest.raises(BadInputError) as caught:
        extract_report(path, entities=False)
    assert caught.value.reason.startswith(reason)


def test_an_encrypt_entry_pdfminer_cannot_resolve_is_read_by_pdfium(tmp_path):
    path = tmp_path / "saknad-kryptering.pdf"
    path.write_bytes(broken_encrypt_pdf("9 0 R"))  # no object 9
    report = extract_report(path, entities=False)
    assert "100 000" in " ".join([report.title or "", *(s.text for s in report.sections)])


@pytest.mark.parametrize("handler", ["/Adobe.PubSec", "/FOPN_fLock"])
def test_an_unsupported_security_handler_is_encryption_no_password_opens(tmp_path, handler):
    """A certificate's or a vendor's handler: still encryption, but not sent after a password (h32)."""
    path = tmp_path / "certifikat.pdf"
    path.write_bytes(broken_encrypt_pdf(f"<< /Filter {handler} /V 4 /R 4 >>"))
    with pytest.raises(BadInputError) as caught:
        extract_report(path, entities=False)
    assert caught.value.reason.startswith("krypterad med ett skydd som inte stöds")
    assert "--password" not in caught.value.reason


def test_a_standard_handler_still_asks_for_a_password(tmp_path):
    # (a /Standard dictionary with nothing to check a password against is damaged since h40: a real one here)
    from fixturegen.badfiles import user_password_pdf

    path = user_password_pdf(tmp_path / "lösenord.pdf")
    with pytest.raises(BadInputError) as caught:
        extract_report(path, entities=False)
    assert caught.value.reason == "krypterad: behöver ett lösenord (--password)"
