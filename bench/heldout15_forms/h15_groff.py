"""`case_print`: a form printed from an old case system, monospaced: the lines are set by this module (labels
in a column of their own beside the answers, above them, or "LABEL: answer" with a hanging indent), and typeset
unfilled in Courier by GNU troff straight to PDF (gropdf, `groff -Tpdf`), with a page trap for the running
header (appendix, Dnr and print date) and the footer "Sida N".
"""

from __future__ import annotations

import random
import shutil
import subprocess
import textwrap
from pathlib import Path

from h15_content import Form, Section

WIDTH = 78  # characters a line


def available() -> bool:
    return shutil.which("groff") is not None and Path("/usr/share/groff/current/font/devpdf").is_dir()


def escape(line: str) -> str:
    line = line.replace("\\", "\\e")
    return "\\&" + line if line[:1] in (".", "'") else line


def bold(text: str) -> str:
    return f"\\f[CB]{escape(text)}\\f[C]"


def _wrap(text: str, width: int) -> list[str]:
    """Lines of at most `width` characters; a slash may end a line ("Behovsanalys/" | "problembeskrivning")."""
    lines = textwrap.wrap(text.replace("/", "/ "), width, break_long_words=False, break_on_hyphens=False)
    return [line.replace("/ ", "/") for line in lines] or [""]


def section_lines(section: Section, style: str, label_w: int) -> list[str]:
    answer = section.lines()
    if style == "beside":
        labels = _wrap(section.label, label_w)
        body = [line for block in answer for line in _wrap(block, WIDTH - label_w - 2)] or [""]
        rows = max(len(labels), len(body))
        labels += [""] * (rows - len(labels))
        body += [""] * (rows - len(body))
        return [bold(lab) + " " * (label_w + 2 - len(lab)) + escape(text) for lab, text in zip(labels, body)]
    if style == "above":
        out = [bold(line) for line in _wrap(section.label, WIDTH)]
        return out + ["    " + escape(line) for block in answer for line in _wrap(block, WIDTH - 4)]
    head = section.label + ":"
    out = []
    for k, block in enumerate(answer or [""]):
        if k == 0:
            lines = _wrap(head + " " + block if block else head, WIDTH)
            first = lines[0]
            out.append(bold(head) + escape(first[len(head) :]) if first.startswith(head) else escape(first))
            out += ["  " + escape(line) for line in _wrap(" ".join(lines[1:]), WIDTH - 2)] if len(lines) > 1 else []
        else:
            out += ["  " + escape(line) for line in _wrap(block, WIDTH - 2)]
    return out


def source(form: Form, rng: random.Random) -> str:
    style = rng.choice(("beside", "above", "inline"))
    label_w = rng.randint(18, 26)
    date = f"{form.year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    head = f"{form.running_header}   {form.dnr}   Utskrift {date}"
    lines = [bold(line) for line in _wrap(form.title, WIDTH)] + ["", "-" * WIDTH, ""]
    for section in form.sections:
        lines += section_lines(section, style, label_w)
        if section.key == form.stage_after and form.stage_marker:
            lines.append((" " * (label_w + 2) if style == "beside" else "    ") + bold(form.stage_marker))
        lines.append("")
    return "\n".join(
        [
            ".pl 29.7c",
            ".po 1.8c",
            ".ll 18c",
            ".nh",
            ".de HD",
            "'sp 1.2c",
            f".tl '\\f[C]{escape(head)}'''",
            "'sp 0.8c",
            "..",
            ".de FO",
            "'sp 0.6c",
            ".tl ''\\f[C]Sida %''",
            "'bp",
            "..",
            ".wh 0 HD",
            ".wh -2c FO",
            ".ps 9",
            ".vs 11.5",
            ".ft C",
            ".nf",
            *lines,
        ]
    )


def render(form: Form, rng: random.Random, path: Path) -> None:
    out = subprocess.run(
        ["groff", "-k", "-Tpdf", "-dpaper=a4", "-P-pa4"],
        input=source(form, rng).encode("utf-8"),
        capture_output=True,
        check=True,
    )
    path.write_bytes(out.stdout)
