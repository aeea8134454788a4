"""The text-layer families: five producers none of the earlier generators used, each as the kind of system that
prints with it.

`podofo_office` (PoDoFo 0.9 from a small C++ program, h25_podofo.cpp, compiled on first use: h25_layout's
`office_signature` pages, the office's box at the top right, labels divided from their answers by a vertical rule,
the signature block at the end; base-14 Helvetica on even turns, Liberation Sans embedded on odd); `itext_help`
(iText 5 from a Java program run from source, H25Itext.java: the `help_bar` pages, each label followed by its visible
guidance in grey italics and the answer indented behind a grey bar; Helvetica in cp1252 on even turns, Liberation Sans
as Identity-H subsets on odd); `pdflib_legend` (pdf-lib under Node, h25_pdflib.js: the `legend_boxes` pages, every
answer framed with its label on the frame's top edge; standard Helvetica on even turns, Liberation Sans subsets through
fontkit on odd); `texttopdf_plain` (cups-filters' texttopdf, the CUPS filter that prints plain text: `plain_lines`
monospaced at 12 cpi and 7 lpi on A4 by a generic PPD, the running header "Bilaga N ... Dnr" and "Sida n (N)" typed
into the text, pages cut by form feeds); `pdfkit_pairs` (PDFKit under Node, h25_pdfkit.js, by its own text flow: the
short fields a grid of pairs three or two a row, each a small grey label over its value between thin rules, the other
sections each a label right-aligned against a vertical rule with its answer right of it; Liberation Sans or DejaVu
Sans embedded).
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from h25_content import Form
from h25_layout import layout, ops, plain_pages

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
# pdf-lib, fontkit and PDFKit from npm, and the compiled PoDoFo driver, live beside the virtualenv, never in the
# project's dependencies:  npm install --prefix .venv/h25-node pdf-lib@1.17.1 @pdf-lib/fontkit@1.1.1 pdfkit@0.15.0
NODE_MODULES = REPO / ".venv" / "h25-node" / "node_modules"
PODOFO = REPO / ".venv" / "h25-bin" / "h25_podofo"
ITEXT = Path("/usr/share/java/itext5.jar")
TEXTTOPDF = Path("/usr/lib/cups/filter/texttopdf")
PPD = Path("/usr/share/ghostscript/10.00.0/lib/ghostpdf.ppd")  # a generic PostScript printer's, for its A4 size


def podofo_available() -> bool:
    return shutil.which("g++") is not None and Path("/usr/include/podofo/podofo.h").exists()


def itext_available() -> bool:
    return shutil.which("java") is not None and ITEXT.exists()


def pdflib_available() -> bool:
    return shutil.which("node") is not None and (NODE_MODULES / "pdf-lib" / "package.json").exists()


def pdfkit_available() -> bool:
    return shutil.which("node") is not None and (NODE_MODULES / "pdfkit" / "package.json").exists()


def texttopdf_available() -> bool:
    return TEXTTOPDF.exists() and PPD.exists()


def _run(command: list[str], env: dict[str, str] | None = None, stdout=None) -> None:  # type: ignore[no-untyped-def]
    sink = stdout if stdout is not None else subprocess.PIPE
    done = subprocess.run(command, stdout=sink, stderr=subprocess.PIPE, env=env, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} failed: {done.stderr.decode(errors='replace')[-800:]}")


def _footer(rng: random.Random) -> str:  # the page number's wording
    return rng.choice(("Sida {n} ({total})", "Sida {n} av {total}", "{n} ({total})"))


def _drawn(pages_ops: str, command: list[str], env: dict[str, str] | None = None) -> None:
    with tempfile.TemporaryDirectory(prefix="h25-ops-") as tmp:
        data = Path(tmp) / "pages.ops"
        data.write_text(pages_ops, "utf-8")
        _run([c.replace("{ops}", str(data)) for c in command], env)


def podofo(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    if not PODOFO.exists():
        PODOFO.parent.mkdir(parents=True, exist_ok=True)
        _run(["g++", "-O1", "-o", str(PODOFO), str(HERE / "h25_podofo.cpp"), "-lpodofo"])
    pages = layout(form, rng, "office_signature")
    _drawn(ops(pages), [str(PODOFO), "{ops}", str(out), str(turn % 2)])
    return len(pages)


def itext(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = layout(form, rng, "help_bar")
    _drawn(ops(pages), ["java", "-cp", str(ITEXT), str(HERE / "H25Itext.java"), "{ops}", str(out), str(turn % 2)])
    return len(pages)


def pdflib(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = layout(form, rng, "legend_boxes")
    env = {"PATH": "/usr/bin:/bin", "H25_NODE": str(NODE_MODULES)}
    _drawn(ops(pages), ["node", str(HERE / "h25_pdflib.js"), "{ops}", str(out), str(turn % 2)], env)
    return len(pages)


COLUMNS, LINES = 82, 68  # 12 cpi and 7 lpi inside the margins below


def texttopdf(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = ["\n".join(page) for page in plain_pages(form, rng, COLUMNS, LINES)]
    with tempfile.TemporaryDirectory(prefix="h25-text-") as tmp:
        source = Path(tmp) / "form.txt"
        source.write_text("\n\f".join(pages) + "\n", "utf-8")
        options = "PageSize=A4 cpi=12 lpi=7 page-left=56 page-right=40 page-top=44 page-bottom=44"
        env = {"PATH": "/usr/bin:/bin", "PPD": str(PPD), "CHARSET": "utf-8"}
        with out.open("wb") as sink:
            _run([str(TEXTTOPDF), "1", "bilagor", form.title[:60], "1", options, str(source)], env, stdout=sink)
    return len(pages)


def pdfkit(form: Form, rng: random.Random, out: Path, turn: int) -> None:
    grid = form.header or [s for s in form.sections if s.key in ("projektnamn", "plats")]
    face = ("liberation", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf") if turn % 2 == 0 else (
        "dejavu", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf")  # fmt: skip
    rows = [
        {"label": s.label, "lines": s.lines(), "stage": form.stage_marker if s.key == form.stage_after else None}
        for s in form.sections
        if s not in grid
    ]
    data = {
        "title": form.title,
        "running_header": form.running_header,
        "dnr": form.dnr,
        "footer": _footer(rng),
        "size": rng.choice((9.5, 10.0)),
        "per_row": (3 if turn % 2 == 0 else 2) if form.header else 2,
        "label_width": rng.uniform(120, 150),
        "grid": [{"label": s.label, "lines": s.lines()} for s in grid],
        "rows": rows,
        "face": face[0],
        "regular": face[1],
        "bold": face[2],
    }
    with tempfile.TemporaryDirectory(prefix="h25-pdfkit-") as tmp:
        source = Path(tmp) / "form.json"
        source.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        env = {"PATH": "/usr/bin:/bin", "H25_NODE": str(NODE_MODULES)}
        _run(["node", str(HERE / "h25_pdfkit.js"), str(source), str(out)], env)
