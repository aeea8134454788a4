"""RC4 for pdfminer's reading of RC4-encrypted PDFs.

pdfminer's own Arcfour is pure Python and builds its output a byte at a time (`r += bytes(...)`), which takes
time growing with the square of a stream's length: an encrypted file of 132 pages spent 15 s in it, and one
stream of a few megabytes takes minutes. This is the same cipher from `cryptography` (which pdfminer.six needs
for AES) for the key lengths it takes, else the same steps in a byte array, in time linear in the length.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any


class Arcfour:
    """pdfminer.arcfour.Arcfour's interface: a key of byte values; process (= encrypt = decrypt) runs the stream on."""

    def __init__(self, key: Sequence[int]) -> None:
        key = bytes(key)
        self._cipher = _library_cipher(key)
        if self._cipher is None:
            s = list(range(256))
            j = 0
            for i in range(256):
                j = (j + s[i] + key[i % len(key)]) % 256
                s[i], s[j] = s[j], s[i]
            self._s, self._i, self._j = s, 0, 0

    def process(self, data: bytes) -> bytes:
        if self._cipher is not None:
            return bytes(self._cipher.update(bytes(data)))
        s, i, j = self._s, self._i, self._j
        out = bytearray(data)
        for n, c in enumerate(out):
            i = (i + 1) & 255
            j = (j + s[i]) & 255
            s[i], s[j] = s[j], s[i]
            out[n] = c ^ s[(s[i] + s[j]) & 255]
        self._i, self._j = i, j
        return bytes(out)

    encrypt = decrypt = process


def _library_cipher(key: bytes) -> Any:
    """cryptography's RC4 running with `key`, or None where it is missing or does not take a key that long (it
    takes 5, 7, 8, 10, 16, 20, 24 and 32 bytes; a PDF's object keys are 5 to 16)."""
    try:
        from cryptography.hazmat.decrepit.ciphers.algorithms import ARC4
        from cryptography.hazmat.primitives.ciphers import Cipher

        if len(key) * 8 not in ARC4.key_sizes:
            return None
        return Cipher(ARC4(key), mode=None).encryptor()
    except Exception:  # an older cryptography, or an OpenSSL without the legacy ciphers: the steps in Python
        return None


def open_pdf(path: str | Path, password: str | None) -> Any:
    """pdfplumber's open of the PDF at `path` (an empty password for none), pdfminer's RC4 made ours first: every
    reading with pdfplumber opens here, so no file is decrypted with pdfminer's own Arcfour."""
    import pdfplumber

    install()
    return pdfplumber.open(path, password=password or "")


@contextlib.contextmanager
def opened_pdf(path: str | Path, password: str | None) -> Iterator[Any]:
    """open_pdf as a context whose end does not parse every page object: pdfplumber's close builds the page list
    (to close each page) when nothing asked for it, as for a file refused by its declared page count."""
    pdf = open_pdf(path, password)
    try:
        yield pdf
    finally:
        if "_pages" in vars(pdf):  # pdfplumber's page list, built: its pages are closed with it
            pdf.close()
        elif not pdf.stream_is_external:
            pdf.stream.close()


@functools.cache  # once a process: pdfminer is imported for reading in open_pdf, on the first open
def install() -> None:
    """Have pdfminer decrypt RC4 with Arcfour (it looks the name up in pdfdocument at each use)."""
    import pdfminer.pdfdocument

    pdfminer.pdfdocument.Arcfour = Arcfour  # type: ignore[misc, assignment]
