"""`enscript_columns`: the form as plain text set by GNU enscript two columns up on a landscape sheet, then
`ps2pdf`.

Courier, the lines broken here to the column's width in characters (a monospaced form typed as a text file): on
even turns the label run in before its answer ("Label: answer ..."), on odd turns the label on a line of its own
with a row of dashes under it and the answer below, indented two spaces. The running header is enscript's own
(`-b "left|centre|right"`: "Bilaga N", the Dnr, "Sida n av N"). enscript's Latin-1 vector has no bullet and prints
code 149 as the four characters "\\225", so the PostScript is mended: the vector's slot 149 named /bullet and the
escape made a real code, so "•" reaches the PDF as a glyph of its own.
"""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import tempfile
import textwrap
from pathlib import Path

from h22_content import Form

__all__ = ["available", "render"]

COLUMN = 78  # characters a column at Courier 7.3 pt, two columns on landscape A4


def available() -> bool:
    return shutil.which("enscript") is not None and shutil.which("ps2pdf") is not None


def _wrapped(text: str, indent: str = "") -> list[str]:
    return textwrap.wrap(
        text, COLUMN, initial_indent=indent, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False
    )


def text(form: Form, turn: int) -> str:
    lines = [*_wrapped(form.title), ""]
    for section in form.sections:
        answer = [line.replace("\u00a0", " ") for line in section.lines()]
        if turn % 2 == 0:
            head = f"{section.label}: "
            if answer:
                lines += _wrapped(head + answer[0])  # a long label wraps with its answer: no line over COLUMN
                for paragraph in answer[1:]:
                    lines += _wrapped(paragraph, "  " if paragraph.startswith("• ") else "")
            else:
                lines += _wrapped(section.label + ":")
        else:
            label = _wrapped(section.label)
            lines += [*label, "-" * max(len(line) for line in label)]
            for paragraph in answer:
                lines += _wrapped(paragraph, "    " if paragraph.startswith("• ") else "  ")
        if section.key == form.stage_after and form.stage_marker:
            lines += ["", "  " + form.stage_marker]
        lines.append("")
    return "\n".join(lines) + "\n"


def _mend_bullets(postscript: bytes) -> bytes:
    """Slot 149 of enscript's encoding vector named /bullet; its printed escape `\\\\225` made the code itself."""
    start = postscript.index(b"/encoding_vector [") + len(b"/encoding_vector [")
    end = postscript.index(b"]", start)
    names = postscript[start:end].split()
    names[149] = b"/bullet"
    vector = b"\n".join(b" ".join(names[i : i + 8]) for i in range(0, 256, 8))
    postscript = postscript[:start] + b"\n" + vector + b"\n" + postscript[end:]
    return re.sub(rb"\\\\225", rb"\\225", postscript)


def render(form: Form, rng: random.Random, path: Path, turn: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source, postscript = Path(tmp) / "form.txt", Path(tmp) / "form.ps"
        source.write_bytes(text(form, turn).replace("•", "\x95").encode("latin-1"))
        header = f"{form.running_header}|{form.dnr}|Sida $% av $="
        subprocess.run(
            ["enscript", "-2", "-r", "-M", "A4", "-f", "Courier7.3", "-X", "latin1", "-b", header, "-p", str(postscript), str(source)],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        postscript.write_bytes(_mend_bullets(postscript.read_bytes()))
        subprocess.run(["ps2pdf", str(postscript), str(path)], check=True, capture_output=True, timeout=240)
