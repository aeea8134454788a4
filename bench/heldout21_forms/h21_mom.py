"""`mom_runin`: groff's `mom` macros (not ms, not bare troff), typeset by `pdfmom` through gropdf.

Even turns run the label in with a colon ("**Label:** answer", the answer going on after it); odd turns set the
label on a line of its own above the answer. Bullets are mom's own `.LIST BULLET`. The running header is mom's
header (left: "Bilaga N", right: the Dnr, no centre), the page number mom's footer. Hyphenation is off, so a word is
never split over two lines; ligatures are off, so "fi" stays two letters.
"""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path

from h21_content import Form, Section


def available() -> bool:
    return shutil.which("pdfmom") is not None


def _escape(text: str) -> str:
    """Text safe for troff: no leading control character, backslashes doubled, a hard space as `\\~`."""
    return "\\&" + text.replace("\\", "\\e").replace("\u00a0", "\\~")


def _paragraphs(section: Section, first_prefix: str) -> list[str]:
    """The answer as mom paragraphs and bullet lists; `first_prefix` opens the first paragraph (a run-in label)."""
    out: list[str] = []
    prefix = first_prefix
    for block in section.blocks or ([] if not section.placeholder else [section.lines()[0]]):
        if isinstance(block, list):
            if prefix:
                out += [".PP", prefix]
                prefix = ""
            out.append(".LIST BULLET")
            out += [f".ITEM\n{_escape(item)}" for item in block]
            out.append(".LIST OFF")
        else:
            out += [".PP", prefix + _escape(block).removeprefix("\\&") if prefix else _escape(block)]
            prefix = ""
    if prefix:  # an empty answer: the label alone
        out += [".PP", prefix]
    return out


def _section(section: Section, run_in: bool) -> list[str]:
    label = _escape(section.label)
    if run_in:
        return _paragraphs(section, f"\\f[B]{label}:\\f[P] ")
    return [".PP", f"\\f[B]{label}\\f[P]", *_paragraphs(section, "")]


def source(form: Form, rng: random.Random, turn: int) -> str:
    run_in = turn % 2 == 0
    size = rng.choice((10, 10.5, 11))
    head = [
        ".PRINTSTYLE TYPESET",
        ".PAPER A4",
        ".L_MARGIN 2.2c",
        ".R_MARGIN 2.2c",
        ".B_MARGIN 2.5c",
        ".FAMILY H",
        f".PT_SIZE {size}",
        f".LS {size + 3}",
        ".PARA_INDENT 0",
        ".PARA_SPACE ON",
        ".HY OFF",
        ".QUAD LEFT",
        f'.HEADER_LEFT "{form.running_header}"',
        '.HEADER_CENTER ""',
        f'.HEADER_RIGHT "{form.dnr}"',
        ".HEADERS ON",
        ".PAGINATE ON",
        ".PAGENUM_STYLE DIGIT",
        ".START",
        ".lg 0",
        ".nh",
        ".PP",
        f"\\f[B]\\s[+3]{_escape(form.title)}\\s[0]\\f[P]",
    ]
    body: list[str] = []
    for section in form.sections:
        body += _section(section, run_in)
        if section.key == form.stage_after and form.stage_marker:
            body += [".PP", f"\\f[B]{_escape(form.stage_marker)}\\f[P]"]
    return "\n".join(head + body) + "\n"


def render(form: Form, rng: random.Random, path: Path, turn: int) -> None:
    result = subprocess.run(
        ["pdfmom", "-k", "-P-pa4"],
        input=source(form, rng, turn).encode("utf-8"),
        capture_output=True,
        check=True,
        timeout=180,
    )
    path.write_bytes(result.stdout)
