"""`pandoc_odt`: an HTML page converted by pandoc into an OpenDocument text, exported as PDF by LibreOffice.

Pandoc writes its own ODT styles (its "Definition_20_Term", "Table_20_Contents", bullet list styles), LibreOffice
lays it out. Even turns: the form as a two-column HTML table, one row a section, the label in bold in the left cell
beside its answer (paragraphs and "•" lists inside the cell). Odd turns: a definition list, the label the term
(pandoc sets it bold on its own line) and the answer the definition, indented below it; an application's short
header fields whose values are short there become a table of two label | value pairs a row. The running header and the Dnr open the
document as a line of their own (pandoc gives the ODT no page header), so only the first page shows them.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import tempfile
from html import escape
from pathlib import Path

from h22_content import Form, Section

__all__ = ["available", "render"]


def available() -> bool:
    return shutil.which("pandoc") is not None and shutil.which("soffice") is not None


def _answer(section: Section) -> str:
    out, items = [], []
    for line in section.lines():
        if line.startswith("• "):
            items.append(f"<li>{escape(line[2:])}</li>")
            continue
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            items = []
        out.append(f"<p>{escape(line)}</p>")
    if items:
        out.append("<ul>" + "".join(items) + "</ul>")
    return "".join(out)


def _table(form: Form) -> list[str]:
    rows = []
    for s in form.sections:
        rows.append(f"<tr><td><strong>{escape(s.label)}</strong></td><td>{_answer(s) or '&nbsp;'}</td></tr>")
        if s.key == form.stage_after and form.stage_marker:  # alone in the answer column
            rows.append(f"<tr><td>&nbsp;</td><td><p><strong>{escape(form.stage_marker)}</strong></p></td></tr>")
    # each column wide enough for its longest word (a label "Behovsanalys/problembeskrivning", an e-mail address):
    # pandoc otherwise sizes the columns by their text's length
    widths = '<colgroup><col width="46%"><col width="54%"></colgroup>'
    return ["<table>", widths, *rows, "</table>"]


def _definitions(form: Form) -> list[str]:
    out: list[str] = []
    header = [s for s in form.header if len(s.text) <= 18]  # a long value (an e-mail address) would break mid-word
    for left, right in zip(header[::2], header[1::2] + [None]):  # type: ignore[operator]
        cells = [
            f"<td><strong>{escape(s.label)}</strong></td><td>{escape(s.text) or '&nbsp;'}</td>"
            for s in (left, right)
            if s
        ]
        out.append("<tr>" + "".join(cells) + "</tr>")
    out = ["<table>", *out, "</table>"] if out else []
    out.append("<dl>")
    for section in form.sections:
        if section in header:
            continue
        out.append(f"<dt>{escape(section.label)}</dt><dd>{_answer(section) or '<p>&nbsp;</p>'}</dd>")
        if section.key == form.stage_after and form.stage_marker:
            out.append(f"<dt>{escape(form.stage_marker)}</dt><dd><p>&nbsp;</p></dd>")
    return out + ["</dl>"]


def html(form: Form, turn: int) -> str:
    body = [
        f"<p>{escape(form.running_header)} {escape(form.dnr)}</p>",
        f"<h1>{escape(form.title)}</h1>",
    ]
    body += _table(form) if turn % 2 == 0 else _definitions(form)
    return (
        '<html lang="sv"><head><meta charset="utf-8"><title></title></head><body>' + "\n".join(body) + "</body></html>"
    )


def render(form: Form, rng: random.Random, path: Path, turn: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source, odt = Path(tmp) / "form.html", Path(tmp) / "form.odt"
        source.write_text(html(form, turn), encoding="utf-8")
        subprocess.run(
            ["pandoc", "-f", "html", "-t", "odt", "-o", str(odt), str(source)],
            check=True,
            capture_output=True,
            timeout=120,
        )
        profile = Path(tmp) / "profile"
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(odt)],
            check=True, capture_output=True, timeout=300,
        )  # fmt: skip
        shutil.move(str(Path(tmp) / "form.pdf"), path)
