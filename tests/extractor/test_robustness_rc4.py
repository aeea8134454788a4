"""RC4-encrypted files decrypted in time linear in a stream's length (thirty-first round, h36/f-robust):
pdfminer's own Arcfour (the definition here) builds its output a byte at a time, so a stream of a few
megabytes took minutes. extractor/pdf_rc4.py's gives the same bytes, from `cryptography` where it takes
the key's length and from its own steps where it does not."""

from __future__ import annotations

import random

import pdfminer.pdfdocument
import pytest
from pdfminer.arcfour import Arcfour as PdfminerArcfour

from bilagor.extractor import pdf_rc4
from bilagor.extractor.pdf_reader import read_pdf


@pytest.mark.parametrize("library", [True, False])
def test_the_same_stream_as_pdfminers_for_every_key_length(monkeypatch, library) -> None:
    if not library:
        monkeypatch.setattr(pdf_rc4, "_library_cipher", lambda key: None)
    rng = random.Random(36)
    for length in range(1, 33):
        key = bytes(rng.randrange(256) for _ in range(length))
        data = [bytes(rng.randrange(256) for _ in range(rng.randrange(0, 300))) for _ in range(3)]
        ours, theirs = pdf_rc4.Arcfour(key), PdfminerArcfour(key)
        assert [ours.decrypt(d) for d in data] == [theirs.decrypt(d) for d in data], length  # the stream runs on
        assert pdf_rc4.Arcfour(list(key)).encrypt(data[0]) == PdfminerArcfour(key).encrypt(data[0])


def test_a_long_stream_is_decrypted_in_one_pass() -> None:
    """A megabyte: pdfminer's Arcfour would take minutes (it is not run); ours runs through it once."""
    data = bytes(range(256)) * 4096
    key = b"0123456789a"  # eleven bytes, a PDF's object key for a 48-bit file key: not a length cryptography takes
    assert pdf_rc4._library_cipher(key) is None
    encrypted = pdf_rc4.Arcfour(key).encrypt(data)
    assert pdf_rc4.Arcfour(key).decrypt(encrypted) == data
    assert PdfminerArcfour(key).decrypt(encrypted[:2000]) == data[:2000]


def test_an_rc4_encrypted_file_reads_as_its_plain_copy(tmp_path) -> None:
    from fpdf import FPDF
    from fpdf.enums import EncryptionMethod

    def make(name: str, encrypted: bool):
        pdf = FPDF()
        pdf.set_compression(False)
        for n in range(3):
            pdf.add_page()
            pdf.set_font("helvetica", size=10)
            for i in range(40):
                pdf.text(20, 20 + i * 6, f"Projekt {n + 1}: kostnad {i * 1250} kr")
        if encrypted:
            pdf.set_encryption(owner_password="ägare", encryption_method=EncryptionMethod.RC4)
        pdf.output(str(tmp_path / name))
        return tmp_path / name

    plain, locked = make("plain.pdf", False), make("rc4.pdf", True)
    assert b"Projekt 1" in plain.read_bytes() and b"Projekt 1" not in locked.read_bytes()
    words = [[w.text for w in p.words] for p in read_pdf(locked).pages]
    assert words == [[w.text for w in p.words] for p in read_pdf(plain).pages]
    assert pdfminer.pdfdocument.Arcfour is pdf_rc4.Arcfour
