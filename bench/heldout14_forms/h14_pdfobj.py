"""A small PDF object writer (classic xref table) and string encoding shared by h14_raw and h14_typewriter."""

from __future__ import annotations

import zlib


def pdf_string(text: str) -> bytes:
    """A literal string in WinAnsi (cp1252), with ( ) \\ escaped."""
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def stream(dictionary: bytes, data: bytes, compress: bool = True) -> bytes:
    if compress:
        data = zlib.compress(data)
        dictionary += b" /Filter /FlateDecode"
    return b"<< " + dictionary + b" /Length " + str(len(data)).encode() + b" >>\nstream\n" + data + b"\nendstream"


class Writer:
    """Objects numbered from 1; `reserve` hands out a number to fill later."""

    def __init__(self) -> None:
        self.objects: dict[int, bytes] = {}
        self.next = 1

    def reserve(self) -> int:
        self.next += 1
        return self.next - 1

    def add(self, body: bytes, number: int | None = None) -> int:
        number = number or self.reserve()
        self.objects[number] = body
        return number

    def bytes(self, root: int, info: int | None = None) -> bytes:
        out = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
        offsets = {}
        for number in sorted(self.objects):
            offsets[number] = len(out)
            out += f"{number} 0 obj\n".encode() + self.objects[number] + b"\nendobj\n"
        xref = len(out)
        size = max(self.objects) + 1
        out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
        for number in range(1, size):
            out += (f"{offsets[number]:010d} 00000 n \n" if number in offsets else "0000000000 65535 f \n").encode()
        trailer = f"/Size {size} /Root {root} 0 R" + (f" /Info {info} 0 R" if info else "")
        out += f"trailer\n<< {trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode()
        return bytes(out)
