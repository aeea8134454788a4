"""Tuning set of issue #12's word-processor text layers by another route than pandoc: the project's forms
written as HTML and opened by LibreOffice Writer itself (its own HTML import, no ODT from pandoc between),
printed to PDF. Writer sets a definition list's term at the margin and its description indented under it,
a table's columns as the HTML's widths say, and a list's bullets in a symbol font of their own, smaller
and lower than the item's text.

Shapes, drawn in turn:
`lo_dl` (a definition list: label alone on its line, answer indented under it; some answers end in a
bulleted list), `lo_dl_grid` (an application's short header fields as a grid of label | value | label |
value with bold labels, some values left empty, over a definition list), `lo_table_wide` (a two-column
table whose label column is wide: a third to a half of the measure), `lo_table_grid` (the header grid over
a label | answer table). The title is a heading, long enough to wrap now and then. Every template of the
domain notes, the traffic office's report (labels no vocabulary knows: "Bakgrund", "Genomförande") and the
short-label follow-up with its unknown label among them.

    build_lo_forms(out_dir, count, seed) -> list[Path]
    python -m fixturegen.lotables OUT_DIR [--count N] [--seed N]  (PYTHONPATH=tests)
"""

from __future__ import annotations

import argparse
import html
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from .content import spec_in_turn
from .html import write_truth
from .spec import FIELD, HEADING, MARKER, ReportSpec, Row, normalise

SHAPES = ("lo_dl", "lo_dl_grid", "lo_table_wide", "lo_table_grid")
BASES = (
    "followup_borderless",
    "application",
    "traffic_final_report",
    "climate_followup",
    "followup_short_labels",
    "climate_application",
)
# Items a bulleted list at an answer's end may hold (written for this set).
ITEMS = (
    "nya lampor längs gångvägen",
    "en bänk vid lekplatsen",
    "klippta häckar vid entrén",
    "öppet hus två kvällar i månaden",
    "skyltar på tre språk",
    "städning av slänten mot vattnet",
    "två nya papperskorgar",
    "en trappa med ledstång",
)
LEADS = ("Arbetet omfattade:", "Följande gjordes:", "I åtgärden ingick:")


def available() -> bool:
    return shutil.which("soffice") is not None


def _spec(index: int, seed: int) -> ReportSpec:
    spec, rng = spec_in_turn("lotables", "lo", SHAPES, BASES, index, seed, "html+libreoffice")
    long_answers = [r for r in spec.rows if r.style == FIELD and r.key and len(normalise(r.text)) > 80]
    for row in long_answers:
        if rng.random() < 0.35:
            items = rng.sample(ITEMS, rng.randint(2, 4))
            row.text = f"{row.text} {rng.choice(LEADS)}\n" + "\n".join(f"• {item}" for item in items)
    return spec


def _answer(text: str) -> str:
    """An answer as Writer reads it: paragraphs, lines broken inside them, a run of "• " lines a list."""
    out: list[str] = []
    for para in (p for p in text.split("\n\n") if p.strip()):
        lines = para.split("\n")
        items = [ln[2:] for ln in lines if ln.startswith("• ")]
        prose = [ln for ln in lines if not ln.startswith("• ")]
        if prose:
            out.append("<p>" + "<br>".join(html.escape(x) for x in prose) + "</p>")
        if items:
            out.append("<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in items) + "</ul>")
    return "".join(out) or "<p></p>"


def _short_field(row: Row) -> bool:
    return row.style == FIELD and len(normalise(row.text)) <= 50 and "\n" not in row.text


def form_html(spec: ReportSpec, shape: str, rng: random.Random) -> str:
    """The form as the HTML Writer opens: a heading title, then the rows in `shape`."""
    title = html.escape(normalise(spec.title))
    parts = [f"<h1>{title}</h1>"]
    rows = list(spec.rows)
    if shape.endswith("_grid"):
        head: list[Row] = []
        while rows and _short_field(rows[0]):
            head.append(rows.pop(0))
        cells = []
        for row in head:
            value = "" if rng.random() < 0.25 and row.key not in ("insats", "projektnamn") else row.text
            if not value:
                row.text = ""
            cells.append(f"<td><b>{html.escape(normalise(row.label))}</b></td><td>{html.escape(normalise(value))}</td>")
        grid = "".join(f"<tr>{''.join(cells[i : i + 2])}</tr>" for i in range(0, len(cells), 2))
        if grid:
            parts.append(f'<table width="100%">{grid}</table>')
    table = shape.startswith("lo_table")
    label_width = rng.choice((33, 40, 48)) if shape == "lo_table_wide" else rng.choice((25, 30))
    body: list[str] = []

    def flush() -> None:
        if body:
            parts.append(f'<table width="100%">{"".join(body)}</table>')
            body.clear()

    for row in rows:
        if row.style == HEADING:
            flush()
            parts.append(f"<h3>{html.escape(normalise(row.label))}</h3>{_answer(row.text)}")
        elif row.style == MARKER:
            if table:
                body.append(f'<tr><td width="{label_width}%"></td><td>{_answer(row.text)}</td></tr>')
            else:
                parts.append(f"<p>{html.escape(row.text)}</p>")
        elif table:
            label = html.escape(normalise(row.label))
            body.append(f'<tr><td width="{label_width}%">{label}</td><td>{_answer(row.text)}</td></tr>')
        else:
            parts.append(f"<dl><dt>{html.escape(normalise(row.label))}</dt><dd>{_answer(row.text)}</dd></dl>")
    flush()
    return f'<!doctype html><html lang="sv"><head><meta charset="utf-8"></head><body>{"".join(parts)}</body></html>\n'


def build_lo_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` HTML → LibreOffice Writer PDFs (with .truth.json) into out_dir, one Writer run for all."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    specs = [_spec(index, seed) for index in range(count)]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        sources = []
        for spec in specs:
            source = work / f"{spec.name}.html"
            source.write_text(form_html(spec, spec.variant, random.Random(spec.name)), encoding="utf-8")
            sources.append(source.name)
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless", "--infilter=HTML (StarWriter)",
             "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(out), *sources],
            cwd=work, check=True, capture_output=True, timeout=1800,
        )  # fmt: skip
    paths = []
    for spec in specs:
        pdf = out / f"{spec.name}.pdf"
        write_truth(spec, pdf, {"shape": spec.variant})
        paths.append(pdf)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=24)
    parser.add_argument("--seed", type=int, default=27)
    args = parser.parse_args()
    if available():
        build_lo_forms(args.out, args.count, args.seed)


if __name__ == "__main__":
    main()
