"""How much a page's content streams unpack to, found without unpacking them whole: a decompression bomb.

A content stream is read by the main reader (pdfminer) unpacked whole, through every filter of its /Filter chain,
before a single operator is parsed. A few hundred bytes can unpack to gigabytes (a run-length code chained eight
times, a deflated run of zeros): the reader then fills the worker's memory limit (1.5 GB; 1.2 GB peak on PdfPig's
919-byte GHOSTSCRIPT-691770-0, h32) or, without a limit, the machine's memory, and gives up after it. So before a
page is read, each of its content streams (and the form XObjects it draws, a few levels deep) is unpacked here
with a cap on each filter's output: a page whose content passes the cap is a bomb, and the file is read by the
second reader (pdfium, whose decoders keep their own limits) instead. Text layers of real pages unpack to some
kilobytes, a dense drawing sheet's to a few megabytes.
"""

from __future__ import annotations

import zlib

# The most a page's content streams may unpack to (bytes, summed over the page's distinct streams): over this the
# page is taken for a decompression bomb. Two orders of magnitude above the densest real page seen (h28–h33 corpora).
MAX_PAGE_CONTENT = 64 * 1024 * 1024
# Form XObjects drawn inside form XObjects are followed this deep.
_FORM_DEPTH = 4

_FLATE = {"FlateDecode", "Fl"}
_RUN_LENGTH = {"RunLengthDecode", "RL"}
_LZW = {"LZWDecode", "LZW"}
_ASCII_HEX = {"ASCIIHexDecode", "AHx"}
_ASCII_85 = {"ASCII85Decode", "A85"}


class TooLarge(Exception):
    """A stream that unpacks past the cap."""


def run_length_decoded(data: bytes, cap: int) -> bytes:
    """RunLengthDecode of `data` (PDF 32000 7.4.5), raising TooLarge once the output passes `cap` bytes."""
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        length = data[i]
        if length == 128:  # end of data
            break
        if length < 128:
            out += data[i + 1 : i + 2 + length]
            i += 2 + length
        else:
            if i + 1 >= n:
                break
            out += data[i + 1 : i + 2] * (257 - length)
            i += 2
        if len(out) > cap:
            raise TooLarge
    return bytes(out)


def flate_decoded(data: bytes, cap: int) -> bytes:
    """FlateDecode of `data` (what of it inflates: a damaged end is cut off, as the reader does), raising TooLarge
    once the output passes `cap` bytes."""
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(data, cap + 1)
    except zlib.error:
        return b""
    if len(out) > cap:
        raise TooLarge
    return out


def lzw_decoded(data: bytes, cap: int) -> bytes:
    from io import BytesIO

    from pdfminer.lzw import LZWDecoder

    out = bytearray()
    for piece in LZWDecoder(BytesIO(data)).run():
        out += piece
        if len(out) > cap:
            raise TooLarge
    return bytes(out)


def unpacked_size(data: bytes, filters: list[str], cap: int) -> int:
    """The size of `data` through the `filters` (names without the slash, in order), raising TooLarge once a
    filter's output passes `cap`. A filter not unpacked here (an image's: DCT, JPX, JBIG2, CCITT; or one the
    reader does not know) ends the chain: what it would make is not content the reader parses."""
    from pdfminer.ascii85 import ascii85decode, asciihexdecode

    for name in filters:
        if name in _FLATE:
            data = flate_decoded(data, cap)
        elif name in _RUN_LENGTH:
            data = run_length_decoded(data, cap)
        elif name in _LZW:
            data = lzw_decoded(data, cap)
        elif name in _ASCII_HEX:
            data = asciihexdecode(data)  # never longer than its input
        elif name in _ASCII_85:
            data = ascii85decode(data)
        else:
            break
    return len(data)


def _filters(stream) -> list[str]:
    from pdfminer.pdftypes import resolve1

    value = resolve1(stream.attrs.get("Filter") or stream.attrs.get("F"))
    items = value if isinstance(value, list) else [value] if value is not None else []
    return [str(getattr(resolve1(item), "name", "")) for item in items]


def _raw(stream) -> bytes:
    """The stream's bytes as stored (decrypted when the file is), not unpacked; b"" once the reader has unpacked it."""
    data = stream.rawdata
    if data is None:
        return b""
    if stream.decipher:
        data = stream.decipher(stream.objid, stream.genno, data, stream.attrs)
    return data


def _form_xobjects(resources) -> list:
    from pdfminer.pdftypes import PDFStream, resolve1

    resources = resolve1(resources)
    if not isinstance(resources, dict):
        return []
    xobjects = resolve1(resources.get("XObject"))
    if not isinstance(xobjects, dict):
        return []
    forms = []
    for value in xobjects.values():
        stream = resolve1(value)
        if isinstance(stream, PDFStream) and getattr(resolve1(stream.attrs.get("Subtype")), "name", "") == "Form":
            forms.append(stream)
    return forms


def page_content_size(page_obj, cap: int = MAX_PAGE_CONTENT) -> int:
    """What the pdfminer `page_obj`'s content streams and the form XObjects it draws unpack to, each distinct
    stream counted once; raises TooLarge once the sum passes `cap`. Streams that cannot be looked at (a damaged
    reference) count nothing: the reader itself judges them."""
    from pdfminer.pdftypes import PDFStream, resolve1

    contents = resolve1(page_obj.attrs.get("Contents"))
    streams = [resolve1(c) for c in (contents if isinstance(contents, list) else [contents])]
    level = [(s, 0) for s in streams if isinstance(s, PDFStream)]
    level += [(f, 1) for f in _form_xobjects(page_obj.resources)]
    seen: set[int] = set()
    total = 0
    while level:
        stream, depth = level.pop()
        if id(stream) in seen:
            continue
        seen.add(id(stream))
        try:
            total += unpacked_size(_raw(stream), _filters(stream), cap - total)
        except TooLarge:
            raise
        except Exception:  # noqa: BLE001 - a damaged stream or filter parameter: the reader's to judge
            continue
        if total > cap:
            raise TooLarge
        if depth and depth < _FORM_DEPTH:
            level += [(f, depth + 1) for f in _form_xobjects(stream.attrs.get("Resources"))]
    return total
