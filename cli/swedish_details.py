"""English details quoted in bilagor's messages, said in Swedish: one mapping, applied where messages are shown.

The library quotes an OSError's text ("kan inte läsas: Permission denied"),
which the C library gives in English, and Whoosh's reason for a query it
cannot parse ("'20x8' is not a valid number"). `in_swedish(message)` says each
known one in Swedish: an OS text where a reason stands (after ": ", "(" or at
the start, up to the end, ")", ";", "," or ": 'path'"), with or without
Python's "[Errno N] " before it; a Whoosh reason after "kan inte tolkas: ".
A file name that happens to hold such words is left as it is.
"""

from __future__ import annotations

import errno
import os
import re

# By errno, so the texts are the platform's own (os.strerror) whatever its C library says.
OS_ERRORS = {
    errno.ENOENT: "filen eller mappen finns inte",
    errno.EACCES: "åtkomst nekas",
    errno.EPERM: "åtgärden är inte tillåten",
    errno.ENOSPC: "disken är full",
    errno.EDQUOT: "diskkvoten är slut",
    errno.EROFS: "filsystemet är skrivskyddat",
    errno.EISDIR: "det är en mapp",
    errno.ENOTDIR: "inte en mapp",
    errno.EEXIST: "filen finns redan",
    errno.ENOTEMPTY: "mappen är inte tom",
    errno.EIO: "in- eller utmatningsfel",
    errno.ENAMETOOLONG: "filnamnet är för långt",
    errno.ELOOP: "för många nivåer av symboliska länkar",
    errno.EMFILE: "för många öppna filer",
    errno.ENFILE: "för många öppna filer i systemet",
    errno.EFBIG: "filen är för stor",
    errno.EBUSY: "enheten eller resursen är upptagen",
    errno.ENXIO: "enheten eller adressen finns inte",
    errno.ENODEV: "enheten finns inte",
    errno.EINVAL: "ogiltigt argument",
    errno.ETIMEDOUT: "tidsgränsen överskreds",
    errno.ESTALE: "inaktuellt filhandtag (nätverksfilsystem)",
    errno.EADDRINUSE: "adressen används redan",
    errno.EADDRNOTAVAIL: "adressen finns inte på den här datorn",
    errno.ECONNREFUSED: "anslutningen nekades",
}
# Name lookups (socket.gaierror, `serve --host`) have no errno: their texts as glibc and macOS write them.
NAME_ERRORS = {
    "Name or service not known": "namnet är okänt",
    "nodename nor servname provided, or not known": "namnet är okänt",
    "Temporary failure in name resolution": "namnet kan inte slås upp just nu",
}
# Whoosh's reasons for a query part it cannot parse (whoosh.fields NUMERIC parse_query and parse_range).
QUERY_DETAILS = (
    (re.compile(r"Range start ('.*?'|\".*?\") is not a valid number"), r"intervallets början \1 är inte ett tal"),
    (re.compile(r"Range end ('.*?'|\".*?\") is not a valid number"), r"intervallets slut \1 är inte ett tal"),
    (re.compile(r"('.*?'|\".*?\") is not a valid number"), r"\1 är inte ett tal"),
)

_SWEDISH = {os.strerror(code): text for code, text in OS_ERRORS.items()} | NAME_ERRORS
_OS_TEXT = re.compile(
    r"(?:(?<=: )|(?<=\()|^)(?:\[Errno -?\d+\] )?("
    + "|".join(re.escape(text) for text in sorted(_SWEDISH, key=len, reverse=True))
    + r")(?=$|\)|;|,|: )"
)
# The reason, then what the query's parser adds after a ";" (a hint of what to write instead).
_QUERY_REASON = re.compile(r"(kan inte tolkas: )([^;]*)(;.*)?$")


def in_swedish(message: str) -> str:
    """The message with the OS error texts and Whoosh parse reasons it quotes said in Swedish."""
    message = _OS_TEXT.sub(lambda m: _SWEDISH[m.group(1)], message)
    return _QUERY_REASON.sub(lambda m: m.group(1) + _query_reason(m.group(2)) + (m.group(3) or ""), message)


def _query_reason(reason: str) -> str:
    for pattern, swedish in QUERY_DETAILS:
        if pattern.fullmatch(reason):
            return pattern.sub(swedish, reason)
    return reason
