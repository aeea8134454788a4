"""`tcpdf_html`: the form as HTML printed by PHP's TCPDF (`writeHTML`), the way many municipal e-services print.

A bordered table, each label in a shaded cell beside its answer cell (an application's numbered sections a shaded
heading row across the table over their answer); a follow-up's stage as two Word-like check
boxes in a row of their own, "☒ Slutredovisning ☐ Delredovisning" (the ticked one is the stage); an application's
header fields two label | answer pairs a row on even turns, a row each on odd turns. DejaVu Sans on even turns,
DejaVu Serif Condensed on odd, both embedded by TCPDF as CID fonts with a ToUnicode map. TCPDF draws the running header and the
page numbers itself (h23_tcpdf.php).
"""

from __future__ import annotations

import html
import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from h23_content import Form, Section
from h23_layout import WIDTH, text_width

SCRIPT = Path(__file__).resolve().parent / "h23_tcpdf.php"
TCPDF = Path("/usr/share/php/tcpdf/tcpdf.php")
BOXES = {True: "☒", False: "☐"}


def available() -> bool:
    return shutil.which("php") is not None and TCPDF.exists()


def _answer(section: Section) -> str:
    parts = []
    for block in section.blocks:
        if isinstance(block, list):
            parts.append("<br/>".join(f"• {html.escape(item)}" for item in block))
        else:
            parts.append(html.escape(block))
    if not section.blocks and section.placeholder:
        parts.append(f'<span color="#808080">{html.escape(section.lines()[0])}</span>')
    return "<br/><br/>".join(parts).replace("\u00a0", "&nbsp;")


def _label_text(section: Section) -> str:
    return html.escape(section.label)


def _label(section: Section, shade: str) -> str:
    return f'<td width="30%" bgcolor="{shade}"><b>{_label_text(section)}</b></td>'


def _fits(section: Section, width: float) -> bool:
    """Whether every word of the answer fits `width` points in DejaVu Sans (about a sixth wider than Helvetica's
    metrics): TCPDF breaks a longer word anywhere inside its cell."""
    return all(text_width(word, 10) * 1.18 < width for word in " ".join(section.lines()).split())


def _pair(section: Section, shade: str) -> str:
    label = f'<td width="22%" bgcolor="{shade}"><b>{_label_text(section)}</b></td>'
    return f'{label}<td width="28%">{_answer(section)}</td>'


def _stage_row(form: Form) -> str:
    ticks = [f"{BOXES[form.stage == word]} {word.capitalize()}" for word in ("slutredovisning", "delredovisning")]
    return f'<tr><td width="30%"></td><td width="70%">{"&nbsp;&nbsp;&nbsp;&nbsp;".join(ticks)}</td></tr>'


def page_html(form: Form, rng: random.Random, turn: int) -> str:
    shade = rng.choice(("#e6e6e6", "#dde4ee", "#efefe6"))
    rows = []
    header = form.header
    if header and turn % 2 == 0:  # two label | answer pairs a row; a value with a word too wide for its cell a row
        pending: list[Section] = []
        for section in header:
            if _fits(section, 0.28 * WIDTH - 12):
                pending.append(section)
            else:
                label = f'<td width="22%" bgcolor="{shade}"><b>{_label_text(section)}</b></td>'
                rows.append(f'<tr>{label}<td width="78%" colspan="3">{_answer(section)}</td></tr>')
            if len(pending) == 2:
                rows.append(f"<tr>{''.join(_pair(s, shade) for s in pending)}</tr>")
                pending = []
        if pending:
            rows.append(f'<tr>{_pair(pending[0], shade)}<td width="50%" colspan="2"></td></tr>')
        body = [s for s in form.sections if s not in header]
    else:
        body = form.sections
    for section in body:
        if section.label[0].isdigit():  # a numbered section of an application: a heading row across the table
            rows.append(f'<tr><td colspan="2" width="100%" bgcolor="{shade}"><b>{_label_text(section)}</b></td></tr>')
            rows.append(f'<tr><td colspan="2" width="100%">{_answer(section)}</td></tr>')
            continue
        rows.append(f'<tr nobr="false">{_label(section, shade)}<td width="70%">{_answer(section)}</td></tr>')
        if section.key == form.stage_after and form.stage_marker:
            rows.append(_stage_row(form))
    title = html.escape(form.title)
    return f'<h3>{title}</h3><table border="1" cellpadding="5" cellspacing="0">{"".join(rows)}</table>'


def render(form: Form, rng: random.Random, out: Path, turn: int) -> None:
    job = {
        "html": page_html(form, rng, turn),
        "header": form.running_header,
        "dnr": form.dnr,
        "footer": rng.choice(("Sida {n} ({total})", "Sida {n} av {total}", "{n} ({total})")),
        "font": "dejavusans" if turn % 2 == 0 else "dejavuserifcondensed",
        "size": rng.choice((9, 9.5, 10)),
        "title": form.title,
    }
    with tempfile.TemporaryDirectory(prefix="h23-tcpdf-") as tmp:
        data = Path(tmp) / "job.json"
        data.write_text(json.dumps(job, ensure_ascii=False), "utf-8")
        done = subprocess.run(["php", str(SCRIPT), str(data), str(out)], capture_output=True, timeout=120, text=True)
        if done.returncode or not out.exists():  # TCPDF reports its errors on stdout and exits 0
            raise RuntimeError(f"TCPDF: {done.stdout[-300:]} {done.stderr[-300:]}")
