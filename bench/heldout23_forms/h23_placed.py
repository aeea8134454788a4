"""The hand-placed families: h23_layout's pages drawn by PDF libraries of three other languages, each through a
short driver that reads the pages' drawing operations (h23_layout.ops) and places every run itself.

`pdfapi2_tabs` (Perl's PDF::API2 with its core fonts re-encoded to cp1252: "Label:" in a column of its own and the
answer at a tab stop beside it on even turns, in Helvetica; the "Label:" on a line of its own with the answer
indented under it on odd turns, in Times; h23_pdfapi2.pl); `jspdf_boxes` (jsPDF under Node, as an e-service's
browser code prints a receipt: small grey labels above framed answer boxes, the header fields three boxes a row,
content streams compressed on odd turns only; h23_jspdf.js); `pdfbox_numbered` (Apache PDFBox 1.8 from Java, as a
case-management system prints: a three-column table of running number, label and answer under a shaded
column-header row repeated on every page; H23PdfBox.java, compiled on first use).
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from h23_content import Form
from h23_layout import layout, ops

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
# jsPDF from npm and the compiled PDFBox driver live beside the virtualenv, never in the project's dependencies:
#   npm install --prefix .venv/h23-node jspdf@2.5.1
JSPDF = REPO / ".venv" / "h23-node" / "node_modules" / "jspdf" / "dist" / "jspdf.node.min.js"
JAVA_OUT = REPO / ".venv" / "h23-java"
JARS = [Path("/usr/share/java") / name for name in ("pdfbox.jar", "fontbox.jar", "commons-logging.jar")]


def pdfapi2_available() -> bool:
    if shutil.which("perl") is None:
        return False
    return subprocess.run(["perl", "-MPDF::API2", "-e", "1"], capture_output=True).returncode == 0


def jspdf_available() -> bool:
    return shutil.which("node") is not None and JSPDF.exists()


def pdfbox_available() -> bool:
    return shutil.which("java") is not None and shutil.which("javac") is not None and all(j.exists() for j in JARS)


def _classpath() -> str:
    return os.pathsep.join(str(p) for p in (JAVA_OUT, *JARS))


def _compiled() -> None:
    if not (JAVA_OUT / "H23PdfBox.class").exists():
        JAVA_OUT.mkdir(parents=True, exist_ok=True)
        source = HERE / "H23PdfBox.java"
        subprocess.run(["javac", "-cp", _classpath(), "-d", str(JAVA_OUT), str(source)], check=True, timeout=300)


def _run(pages_ops: str, command: list[str], env: dict[str, str] | None = None) -> None:
    with tempfile.TemporaryDirectory(prefix="h23-ops-") as tmp:
        data = Path(tmp) / "pages.ops"
        data.write_text(pages_ops, "utf-8")
        args = [str(data) if a == "{ops}" else a for a in command]
        subprocess.run(args, check=True, capture_output=True, timeout=180, env=env)


def pdfapi2(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = layout(form, rng, "tab_colon" if turn % 2 == 0 else "colon_above")
    family = "Helvetica" if turn % 2 == 0 else "Times"
    _run(ops(pages), ["perl", str(HERE / "h23_pdfapi2.pl"), "{ops}", str(out), family])
    return len(pages)


def jspdf(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = layout(form, rng, "boxed_fields")
    env = dict(os.environ, H23_JSPDF=str(JSPDF))
    _run(ops(pages), ["node", str(HERE / "h23_jspdf.js"), "{ops}", str(out), str(turn % 2)], env)
    return len(pages)


def pdfbox(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    _compiled()
    pages = layout(form, rng, "numbered_table")
    _run(ops(pages), ["java", "-cp", _classpath(), "H23PdfBox", "{ops}", str(out)])
    return len(pages)
