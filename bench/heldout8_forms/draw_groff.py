"""groff (ms macros) to PostScript, then ghostscript's ps2pdf: Times, groff's own justification and
hyphenation (words split at line ends), running header with the diarienummer and "Sida x" footer.

- `tbl`: a boxed two-column tbl table (allbox), label | answer, text blocks wrapping in their cells;
- `runin`: one column, each answer in a paragraph that starts with its bold label and a colon.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from content import FIELD, Form

# bench/: the typesetters' probes, shared by the generators that call groff or TeX.
sys.path.append(str(Path(__file__).resolve().parents[1]))
from typesetters import groff_typesets  # noqa: E402


def available() -> bool:
    """groff with the ms macros and tbl to PostScript (groff-base alone lacks ms), and ghostscript's ps2pdf."""
    return groff_typesets("-t", "-ms", "-Tps") and shutil.which("ps2pdf") is not None


def _esc(text: str) -> str:
    text = text.replace("\\", "\\e").replace("\u00a0", "\\~")
    # A line starting with . or ' would be a request.
    return "\\&" + text if text[:1] in ".'" else text


def _head(form: Form) -> list[str]:
    return [
        ".nr PS 10",
        ".nr VS 12",
        ".nr PO 1i",
        ".nr LL 6.3i",
        f".ds LH {_esc(form.dnr)}",
        ".ds CH",
        ".ds RH",
        ".ds CF Sida \\\\n%",
        # The diarienummer right-aligned above the title (ms prints no header on page 1).
        ".LP",
        ".ad r",
        _esc(form.dnr),
        ".br",
        ".ad b",
        ".sp 0.5",
        f"\\s[14]\\fB{_esc(form.title)}\\fP\\s[0]",
        ".sp 1",
    ]


def tbl_source(form: Form) -> str:
    lines = _head(form) + [
        ".TS",
        "allbox tab(@);",
        "lw(1.5i) lw(4.5i).",
    ]
    for row in form.rows:
        # One table row a paragraph: tbl cannot break a row over a page, so a long answer goes on in rows of
        # its own with the label cell empty.
        for i, paragraph in enumerate(row.paragraphs):
            label = f"\\fB{_esc(row.label)}\\fP" if row.style == FIELD and i == 0 else ""
            lines.append(f"T{{\n{label}\nT}}@T{{\n{_esc(paragraph)}\nT}}")
    lines.append(".TE")
    return "\n".join(lines) + "\n"


def runin_source(form: Form) -> str:
    lines = _head(form)
    for row in form.rows:
        for i, paragraph in enumerate(row.paragraphs):
            lines.append(".LP")
            if i == 0 and row.style == FIELD:
                lines.append(f"\\fB{_esc(row.label)}:\\fP {_esc(paragraph)}")
            else:
                lines.append(_esc(paragraph))
    return "\n".join(lines) + "\n"


def write(source: str, path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        ps = Path(tmp) / "form.ps"
        with ps.open("wb") as out:
            subprocess.run(
                ["groff", "-Kutf8", "-t", "-ms", "-Tps", "-dpaper=a4", "-P-pa4"],
                input=source.encode(),
                stdout=out,
                stderr=subprocess.DEVNULL,
                check=True,
            )
        subprocess.run(["ps2pdf", "-sPAPERSIZE=a4", str(ps), str(path)], check=True, capture_output=True)
