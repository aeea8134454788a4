"""Tuning set of issue #12's two text-layer form families: the project's forms written as HTML, converted to
ODT by pandoc and printed by LibreOffice; and the same forms typed as plain Courier listings and set by GNU
enscript one, two or four pages up, portrait or landscape, under enscript's header line.

Content and truth come from fixturegen (`random_spec`, `truth`); every template of the domain notes
(follow-up, application, climate follow-up and application, the short-label wording, a long follow-up).

pandoc shapes: `table_head` (a label | answer table under a header row), `table_bare` (the same without one),
`deflist` (a definition list: the label on its line, the answer indented under it), `headings` (labels as
headings), `grid_head` (the application's header fields as a grid of label | value | label | value, the rest
a label | answer table); a long answer wraps in its cell. The title is a heading or a bold paragraph.

enscript shapes: `enscript_1up` (portrait), `enscript_1up_r` (landscape), `enscript_2up_r` (`-2r`: two
columns on a landscape sheet), `enscript_2up` (two columns, portrait, small type), `enscript_4up` (`-U4`:
four pages reduced on a sheet); labels inline ("Label: answer", continuation lines indented) or alone on
their line with the answer set in under them; a running header line of enscript's own or none.

    build_pandoc_forms(out_dir, count, seed) -> list[Path]
    build_enscript_forms(out_dir, count, seed) -> list[Path]
    python -m fixturegen.textforms OUT_DIR [--count N] [--seed N] [--only pandoc|enscript]  (PYTHONPATH=tests)
"""

from __future__ import annotations

import argparse
import html
import random
import shutil
import subprocess
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

from .content import random_spec
from .html import BASE_VARIANTS, write_truth
from .spec import FIELD, HEADING, MARKER, PLACEHOLDER, ReportSpec, Row, normalise

PANDOC_SHAPES = ("table_head", "table_bare", "deflist", "headings", "grid_head")
ENSCRIPT_SHAPES = ("enscript_1up", "enscript_1up_r", "enscript_2up_r", "enscript_2up", "enscript_4up")
# enscript's options per shape: columns on the sheet, landscape, pages per sheet, characters a line holds
ENSCRIPT_OPTIONS = {
    "enscript_1up": (["-1"], 80),
    "enscript_1up_r": (["-1", "-r"], 110),
    "enscript_2up_r": (["-2", "-r"], 72),
    "enscript_2up": (["-2", "-f", "Courier@6"], 60),
    "enscript_4up": (["-U", "4"], 78),
}
# enscript's header line (-b "left|centre|right"; "" for none): its own default's shape (file name, date, page
# number), a print date and "Sida N", an office and "Sida N av M".
HEADERS = (
    "",
    "bilaga5.txt|Tue May 04 10:12:33 2021|$%",
    "bilaga.txt|Utskrift 2021-05-04|Sida $%",
    "Trafikkontoret||Sida $% av $=",
)
# Characters enscript's Latin-1 input cannot carry, as the typist would write them.
LATIN1 = {"–": "-", "—": "-", "•": "*", "’": "'", "”": '"', "“": '"', "…": "...", "\u2009": " "}


def pandoc_available() -> bool:
    return shutil.which("pandoc") is not None and shutil.which("soffice") is not None


def enscript_available() -> bool:
    return shutil.which("enscript") is not None and shutil.which("ps2pdf") is not None


def _spec(kind: str, shape: str, index: int, seed: int, shapes: tuple[str, ...]) -> ReportSpec:
    base = BASE_VARIANTS[(index // len(shapes)) % len(BASE_VARIANTS)]
    rng = random.Random(f"textforms-{kind}-{seed}-{index}")
    spec = random_spec(rng, base, "pandoc+libreoffice" if kind == "pandoc" else "enscript+ps2pdf")
    spec.variant = shape if kind == "enscript" else f"pandoc_{shape}"
    spec.name = f"tf-{index:04d}-{spec.variant}-{base}"
    for row in spec.rows:
        row.label, row.text = _latin1(row.label), _latin1(row.text)
    spec.title = _latin1(spec.title)
    return spec


def _latin1(text: str) -> str:
    return "".join(LATIN1.get(c, c) for c in text)


# ---------------------------------------------------------------- pandoc → ODT → LibreOffice


def _cell(text: str) -> str:
    paras = [p for p in text.split("\n\n") if p.strip()] or [""]
    return "".join("<p>" + "<br>".join(html.escape(x) for x in p.split("\n")) + "</p>" for p in paras)


def _label_html(row: Row, bold: bool) -> str:
    text = html.escape(normalise(row.label))
    return f"<strong>{text}</strong>" if bold else text


def _is_header_field(row: Row) -> bool:
    return row.style == FIELD and len(normalise(row.text)) <= 60 and "\n\n" not in row.text


def pandoc_html(spec: ReportSpec, shape: str, rng: random.Random) -> str:
    """The form as the HTML pandoc reads: a title, then the rows in `shape`."""
    bold = rng.random() < 0.6
    title = " ".join(html.escape(x) for x in spec.title.split("\n"))
    # pandoc prints an HTML page's <title> as the document's title, centred above the body.
    how = rng.choice(("h1", "strong", "title"))
    head = {"h1": f"<h1>{title}</h1>", "strong": f"<p><strong>{title}</strong></p>", "title": ""}[how]
    parts: list[str] = [head]
    rows = list(spec.rows)
    if shape == "grid_head":
        lead = []
        while rows and _is_header_field(rows[0]):
            lead.append(rows.pop(0))
        cells = [f"<td>{_label_html(r, bold)}</td><td>{_cell(r.text)}</td>" for r in lead]
        grid = "".join(f"<tr>{''.join(cells[i : i + 2])}</tr>" for i in range(0, len(cells), 2))
        if grid:
            parts.append(f"<table>{grid}</table>")
        shape = "table_bare"
    table: list[str] = []

    def flush() -> None:
        if table:
            thead = "<thead><tr><th>Fråga</th><th>Svar</th></tr></thead>" if shape == "table_head" else ""
            parts.append(f"<table>{thead}<tbody>{''.join(table)}</tbody></table>")
            table.clear()

    for row in rows:
        if row.style == HEADING or (shape == "headings" and row.style == FIELD):
            flush()
            parts.append(f"<h3>{html.escape(normalise(row.label))}</h3>{_cell(row.text)}")
        elif row.style == MARKER:
            if shape in ("table_head", "table_bare"):
                table.append(f"<tr><td></td><td>{_cell(row.text)}</td></tr>")
            else:
                parts.append(f"<p><strong>{html.escape(row.text)}</strong></p>")
        elif shape == "deflist":
            parts.append(f"<dl><dt>{_label_html(row, bold)}</dt><dd>{_cell(row.text)}</dd></dl>")
        else:
            table.append(f"<tr><td>{_label_html(row, bold)}</td><td>{_cell(row.text)}</td></tr>")
    flush()
    page_title = f"<title>{title}</title>" if how == "title" else ""
    return f'<!doctype html><html lang="sv"><head><meta charset="utf-8">{page_title}</head><body>{"".join(parts)}</body></html>\n'


def _print_pandoc(spec: ReportSpec, shape: str, pdf: Path) -> dict:
    """Print one form through pandoc (HTML → ODT) and LibreOffice (ODT → PDF); its layout for the truth."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "form.html").write_text(pandoc_html(spec, shape, random.Random(spec.name)), encoding="utf-8")
        subprocess.run(["pandoc", "form.html", "-o", "form.odt"], cwd=work, check=True, capture_output=True)
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless", "--convert-to", "pdf",
             "form.odt"],
            cwd=work, check=True, capture_output=True, timeout=300,
        )  # fmt: skip
        shutil.copy(work / "form.pdf", pdf)
    return {"shape": shape}


def _build(
    out_dir: str | Path,
    count: int,
    seed: int,
    kind: str,
    shapes: tuple[str, ...],
    render: Callable[[ReportSpec, str, Path], dict],
) -> list[Path]:
    """Write `count` forms of `kind`, the shapes in turn, each printed by `render(spec, shape, pdf)` (which gives
    the layout its truth records), with their .truth.json, into out_dir."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        shape = shapes[index % len(shapes)]
        spec = _spec(kind, shape, index, seed, shapes)
        pdf = out / f"{spec.name}.pdf"
        write_truth(spec, pdf, render(spec, shape, pdf))
        paths.append(pdf)
    return paths


def build_pandoc_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` pandoc → ODT → LibreOffice PDFs (with .truth.json) into out_dir."""
    return _build(out_dir, count, seed, "pandoc", PANDOC_SHAPES, _print_pandoc)


# ---------------------------------------------------------------- enscript listings


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]


def _answer_lines(text: str, width: int) -> list[str]:
    if normalise(text) == PLACEHOLDER:
        return [PLACEHOLDER]
    lines: list[str] = []
    for number, para in enumerate(p for p in text.split("\n\n") if p.strip()):
        if number:
            lines.append("")
        for line in para.split("\n"):
            lines += _wrap(normalise(line), width)
    return lines or [""]


def listing_lines(spec: ReportSpec, width: int, inline: bool, indent: int) -> list[str]:
    """The form as a typed listing `width` characters wide: title, a rule, then the rows."""
    title = [normalise(x) for x in spec.title.split("\n")]
    lines = [*title, "=" * min(width, max(len(x) for x in title)), ""]
    pad = " " * indent
    for row in spec.rows:
        if row.style == MARKER:
            lines += [pad + row.text, ""]
            continue
        label = normalise(row.label)
        if row.style == FIELD and inline:
            first, *rest = _wrap(f"{label}: {normalise(row.text) if _is_header_field(row) else ''}", width)
            lines.append(first)
            lines += [pad + x for x in rest]
            if not _is_header_field(row):
                lines += [pad + x for x in _answer_lines(row.text, width - indent)]
        else:
            lines += _wrap(label, width)
            lines += [pad + x if x else "" for x in _answer_lines(row.text, width - indent)]
        lines.append("")
    return lines


def _print_enscript(spec: ReportSpec, shape: str, pdf: Path) -> dict:
    """Type one form as a listing and set it with enscript in `shape`, distilled by ps2pdf; its layout."""
    rng = random.Random(spec.name)
    options, width = ENSCRIPT_OPTIONS[shape]
    inline, indent, header = rng.random() < 0.5, rng.choice((2, 4, 6)), rng.choice(HEADERS)
    # A short page makes even a short form run on into the sheet's next column or page.
    length = ["-L", str(rng.randint(34, 60))] if rng.random() < 0.5 else []
    text = "\n".join(listing_lines(spec, width - 2, inline, indent)) + "\n"
    with tempfile.TemporaryDirectory() as tmp:
        source, ps = Path(tmp) / "bilaga.txt", Path(tmp) / "bilaga.ps"
        source.write_bytes(text.encode("latin-1"))
        head = ["-b", header] if header else ["-B"]
        subprocess.run(
            ["enscript", "-q", "-X", "latin1", *options, *length, *head, "-o", str(ps), str(source)],
            check=True, capture_output=True,
        )  # fmt: skip
        subprocess.run(["ps2pdf", "-sPAPERSIZE=a4", str(ps), str(pdf)], check=True, capture_output=True)
    return {"shape": shape, "inline": inline, "indent": indent, "header": header, "lines": length}


def build_enscript_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` enscript listings (PDF and .truth.json) into out_dir."""
    return _build(out_dir, count, seed, "enscript", ENSCRIPT_SHAPES, _print_enscript)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--only", choices=("pandoc", "enscript"))
    args = parser.parse_args()
    if args.only != "enscript" and pandoc_available():
        build_pandoc_forms(args.out, args.count, args.seed)
    if args.only != "pandoc" and enscript_available():
        build_enscript_forms(args.out, args.count, args.seed)


if __name__ == "__main__":
    main()
