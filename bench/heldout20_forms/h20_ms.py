"""`ms_boxed`: groff's `ms` macros (not bare troff) with each section in a boxed `tbl` table, printed by gropdf.

Even turns put the label in a bold cell beside its answer (`allbox`, the answer a text block); odd turns put the
label in a bold row above the answer inside one box (`box`, a rule between the rows). The title is ms's `.TL`, the
running header ms's own left/right header strings (which ms prints from page 2 only), the page number its centre
footer. Hyphenation and ligatures are off, so a word is never split over two lines nor "fi" drawn as one glyph.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

from h20_content import Form, Section

# bench/: the typesetters' probes, shared by the generators that call groff or TeX.
sys.path.append(str(Path(__file__).resolve().parents[1]))
from typesetters import groff_typesets  # noqa: E402


def available() -> bool:
    """groff with the ms macros, tbl and the pdf device (groff-base alone has neither ms nor gropdf)."""
    return groff_typesets("-ms", "-t", "-Tpdf")


def _escape(text: str) -> str:
    """A line of text safe for troff: no leading control character, backslashes doubled, a hard space as `\\~`."""
    text = text.replace("\\", "\\e").replace("\u00a0", "\\~")
    return "\\&" + text


def _block(lines: list[str]) -> str:
    """Answer lines as one tbl text block; paragraphs after the first set off by a blank line."""
    body = "\n.sp 0.4\n".join(_escape(line) for line in lines) if lines else "\\&"
    return "T{\n" + body + "\nT}"


def _section(section: Section, beside: bool, label_width: float) -> str:
    label = _escape(section.label)
    answer = _block(section.lines())
    if beside:
        return (
            f".TS\nallbox;\nlbw({label_width:.2f}i) lw({6.0 - label_width:.2f}i).\nT{{\n{label}\nT}}\t{answer}\n.TE\n"
        )
    return f".TS\nbox;\nlb\n_\nlw(6.0i).\nT{{\n{label}\nT}}\n{answer}\n.TE\n"


def source(form: Form, rng: random.Random, turn: int) -> str:
    beside = turn % 2 == 0
    label_width = rng.uniform(1.5, 2.0)
    size = rng.choice((10, 10, 11))
    head = [
        ".nh",
        ".nr HY 0",  # ms sets hyphenation anew at each paragraph from HY
        ".lg 0",  # no ligature glyphs: "fi" stays two letters
        f".nr PS {size}",
        f".nr VS {size + 2}",
        ".nr HM 0.8i",
        ".nr FM 0.8i",
        f".ds LH {_escape(form.running_header)}",
        f".ds RH {_escape(form.dnr)}",
        ".ds CH",
        ".ds CF Sida \\\\n%",
        ".TL",
        _escape(form.title),
        ".LP",
        ".ad l",
    ]
    body = []
    for section in form.sections:
        body.append(_section(section, beside, label_width))
        body.append(".sp 0.5")
        if section.key == form.stage_after and form.stage_marker:
            body.append(".LP\n.ad l\n\\fB" + _escape(form.stage_marker) + "\\fP\n.sp 0.5")
    return "\n".join(head + body) + "\n"


def render(form: Form, rng: random.Random, path: Path, turn: int) -> None:
    result = subprocess.run(
        ["groff", "-k", "-ms", "-t", "-Tpdf", "-P-pa4", "-dpaper=a4"],
        input=source(form, rng, turn).encode("utf-8"),
        capture_output=True,
        check=True,
        timeout=120,
    )
    path.write_bytes(result.stdout)
