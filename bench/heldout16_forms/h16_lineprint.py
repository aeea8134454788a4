"""`line_printer`: a case system's line-printer listing, 132 columns on landscape A4, set here as plain Latin-1
lines and typeset by GNU enscript (Courier, no header of its own) into PostScript, distilled by Ghostscript's
ps2pdf. Labels are in capitals, padded with dot leaders to a colon at column 36; answers are wrapped in the columns
after it, continuation lines indented under the answer, a label too long for its column wraps above its dots.
Every page starts with the system's line (running header and Dnr) and ends with its page line; pages are cut
by form feeds. Bullets are Symbol's bullet glyph through enscript's font escape.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import textwrap
from pathlib import Path

from h16_content import Form

WIDTH = 132
LABEL = 34  # label text columns; the dots end at LABEL, then " : "
ANSWER = WIDTH - LABEL - 3
BODY_LINES = 44  # lines between the page's top line and its page line
ESC = "\0"
BULLET = f"{ESC}font{{Symbol@9}}\xb7{ESC}font{{default}}"


def available() -> bool:
    return shutil.which("enscript") is not None and shutil.which("ps2pdf") is not None


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]


def section_lines(label: str, answers: list[str]) -> list[str]:
    """The label in capitals with dot leaders beside the first answer line; the rest indented under it."""
    heads = _wrap(label.upper(), LABEL - 2)
    body: list[str] = []
    for text in answers:
        bullet = text.startswith("• ")
        lines = _wrap(text[2:] if bullet else text, ANSWER - 2 * bullet)
        if bullet:
            lines = ["\x01 " + lines[0]] + ["  " + ln for ln in lines[1:]]
        body += lines
    out = [h for h in heads[:-1]]
    last = heads[-1] + " "
    first = body[0] if body else ""
    out.append(f"{last.ljust(LABEL, '.')} : {first}".rstrip())
    out += [" " * (LABEL + 3) + ln for ln in body[1:]]
    return out


def listing(form: Form, printed: str) -> list[list[str]]:
    """The listing's pages as lines (without the top and page lines)."""
    lines = [form.title, "=" * min(len(form.title), WIDTH), ""]
    for section in form.sections:
        lines += section_lines(section.label, section.lines())
        if section.key == form.stage_after and form.stage_marker:
            lines.append(" " * (LABEL + 3) + form.stage_marker)
        lines.append("")
    lines.append(f"Utskrift {printed}")
    pages = [lines[i : i + BODY_LINES] for i in range(0, len(lines), BODY_LINES)]
    return pages


def render(form: Form, path: Path, printed: str) -> int:
    pages = listing(form, printed)
    total = len(pages)
    chunks = []
    for n, body in enumerate(pages, 1):
        top = form.running_header.upper().ljust(WIDTH - len(form.dnr)) + form.dnr
        foot = f"Sida {n} ({total})".rjust(WIDTH)
        block = [top, ""] + body + [""] * (BODY_LINES - len(body)) + ["", foot]
        chunks.append("\n".join(block))
    text = "\f".join(chunks).replace("\u00a0", "\xa0").replace("\x01", BULLET) + "\n"
    with tempfile.TemporaryDirectory() as tmp:
        source, ps = Path(tmp) / "listing.txt", Path(tmp) / "listing.ps"
        source.write_bytes(text.encode("latin-1"))
        subprocess.run(
            [
                "enscript",
                "-q",
                "-e",
                "-B",
                "-r",
                "-f",
                "Courier@9",
                "-X",
                "latin1",
                "-L",
                str(BODY_LINES + 4),
                "-o",
                str(ps),
                str(source),
            ],
            check=True,
            capture_output=True,
        )
        subprocess.run(["ps2pdf", "-sPAPERSIZE=a4", str(ps), str(path)], check=True, capture_output=True)
    return total
