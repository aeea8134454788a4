"""The text-layer families: producers none of the earlier generators used, each drawing h35_layout's pages.

Every producer reads the pages as tab-separated drawing rows (`P w h` a page, `R x0 y0 x1 y1 fill stroke radius` a
box or rule (fill 0–255 or "-"), `T x y size bold grey text` a line at its baseline, y down from the top) through a
small driver in its own language (drivers/):
`rbpdf_rounded` (Ruby's RBPDF 1.20 (Debian's ruby-rbpdf, the Ruby port of TCPDF): each line `Text` in the core
Helvetica / Helvetica-Bold (unembedded, WinAnsi), the label boxes `RoundedRect`s (Bézier corners), Producer
"RBPDF 5.2.000"; RBPDF always writes an invisible 1 pt "Powered by TCPDF (www.tcpdf.org)" at the foot of the last
page; h35_layout's `rounded_labels`);
`horde_spread` (PHP's Horde_Pdf_Writer (Debian's php-horde-pdf): each line `text()` in the core Helvetica (WinAnsi,
the rows given to it in Windows-1252), rules `line()`, Producer "Horde PDF"; h35_layout's `facing_spread`);
`libpdf_questions` (Node's @libpdf/core (npm): each line `drawText` in the standard Helvetica / Helvetica-Bold
(WinAnsi; a list's "•" and a dash "–" given as "-": its encoder miswrites "•"), Creator and Producer "@libpdf/core";
h35_layout's `question_dash`);
`pdfrw_lined` (Python's pdfrw 0.4 (PyPI) writing the file: pages as pdfrw `PdfDict`s whose content streams this
module writes (`BT /F1 size Tf x y Td (text) Tj ET`, WinAnsi Helvetica unembedded), rules `re f` thin filled
rectangles 0.4 pt high in grey 0.55 (as a lined pad's pale lines), Producer "pdfrw 0.4"; h35_layout's
`lined_paper`);
`syncfusion_spread` (Syncfusion's ej2-pdf-export (npm, TypeScript) under Node: each line `drawString` in the standard
Helvetica / Helvetica-Bold (WinAnsi, unembedded; "•" and "–" given as "-", which its standard fonts refuse), rules
`drawLine`s 0.5 pt; no Producer or Creator in the file; the same `facing_spread` as Horde).
"""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path

from h35_content import Form
from h35_layout import Page, RoundBox
from h35_layout import layout as place

DRIVERS = Path(__file__).resolve().parent / "drivers"
NODE_MODULES = Path(
    "/tmp/h35-node/node_modules"
)  # npm install --prefix /tmp/h35-node @libpdf/core @syncfusion/ej2-pdf-export


def rows(pages: list[Page], latin: bool = False) -> str:
    out = []
    for page in pages:
        out.append(f"P\t{page.width:.2f}\t{page.height:.2f}")
        for b in page.boxes:
            fill = "-" if b.fill is None else str(round(255 * b.fill))
            radius = b.radius if isinstance(b, RoundBox) else 0
            out.append(f"R\t{b.x0:.2f}\t{b.y0:.2f}\t{b.x1:.2f}\t{b.y1:.2f}\t{fill}\t{int(b.stroke)}\t{radius:.1f}")
        for t in page.texts:
            if t.text.strip():
                text = t.text.replace("\t", " ").replace("\u2212", "-")
                if latin:  # the Node writers' standard fonts: "•" miswritten or refused, "–" refused by one
                    text = text.replace("\u2022", "-").replace("\u2013", "-")
                out.append(f"T\t{t.x:.2f}\t{t.y:.2f}\t{t.size:.2f}\t{int(t.bold)}\t{round(255 * t.grey)}\t{text}")
    return "\n".join(out) + "\n"


def _run(command: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> None:
    done = subprocess.run(command, capture_output=True, timeout=600, cwd=cwd, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} failed: {(done.stdout + done.stderr).decode(errors='replace')[-800:]}")


def rbpdf_available() -> bool:
    gems = Path("/usr/share/rubygems-integration/all/gems")
    return shutil.which("ruby") is not None and any(gems.glob("rbpdf-*")) and any(gems.glob("actionview-*"))


def horde_available() -> bool:
    return shutil.which("php") is not None and Path("/usr/share/php/Horde/Pdf/Writer.php").is_file()


def libpdf_available() -> bool:
    return shutil.which("node") is not None and (NODE_MODULES / "@libpdf/core").is_dir()


def pdfrw_available() -> bool:
    try:
        import pdfrw  # noqa: F401
    except ImportError:
        return False
    return True


def _tsv(out: Path, suffix: str) -> Path:
    return out.with_name(out.stem + suffix)


def rbpdf_rounded(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "rounded_labels")
    data = _tsv(out, ".rows.tsv")
    data.write_text(rows(pages), "utf-8")
    try:
        _run(["ruby", str(DRIVERS / "blankett.rb"), str(data), str(out.resolve())])
    finally:
        data.unlink()
    return len(pages)


def horde_spread(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "facing_spread")
    data = _tsv(out, ".rows.tsv")
    data.write_bytes(rows(pages).encode("cp1252", errors="replace"))
    try:
        _run(
            ["php", "-d", "include_path=.:/usr/share/php", str(DRIVERS / "blankett.php"), str(data), str(out.resolve())]
        )
    finally:
        data.unlink()
    return len(pages)


def _node(pages: list[Page], out: Path, driver: str) -> int:
    data = _tsv(out, ".rows.tsv")
    data.write_text(rows(pages, latin=True), "utf-8")
    script = NODE_MODULES.parent / driver  # beside node_modules, so that node finds the package
    shutil.copy(DRIVERS / driver, script)
    try:
        _run(["node", str(script), str(data.resolve()), str(out.resolve())])
    finally:
        data.unlink()
    return len(pages)


def libpdf_questions(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    return _node(place(form, rng, "question_dash"), out, "blankett.mjs")


def syncfusion_available() -> bool:
    return shutil.which("node") is not None and (NODE_MODULES / "@syncfusion/ej2-pdf-export").is_dir()


def syncfusion_spread(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    return _node(place(form, rng, "facing_spread"), out, "blankett_sf.js")


def _pdf_string(text: str) -> str:
    raw = text.encode("cp1252", errors="replace").decode("latin-1")
    return "(" + raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def pdfrw_lined(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    from pdfrw import IndirectPdfDict, PdfArray, PdfDict, PdfName, PdfWriter

    pages = place(form, rng, "lined_paper")
    fonts = PdfDict(
        F1=IndirectPdfDict(Type=PdfName.Font, Subtype=PdfName.Type1, BaseFont=PdfName.Helvetica,
                           Encoding=PdfName.WinAnsiEncoding),
        F2=IndirectPdfDict(Type=PdfName.Font, Subtype=PdfName("Type1"), BaseFont=PdfName("Helvetica-Bold"),
                           Encoding=PdfName.WinAnsiEncoding),
    )  # fmt: skip
    writer = PdfWriter(compress=True)
    for page in pages:
        h = page.height
        ops = ["0.55 g"]
        for b in page.boxes:
            if b.y0 == b.y1:
                ops.append(f"{b.x0:.2f} {h - b.y0 - 0.2:.2f} {b.x1 - b.x0:.2f} 0.4 re f")
            elif b.x0 == b.x1:
                ops.append(f"{b.x0 - 0.2:.2f} {h - b.y1:.2f} 0.4 {b.y1 - b.y0:.2f} re f")
        ops.append("0 g")
        for t in page.texts:
            if t.text.strip():
                font = "F2" if t.bold else "F1"
                ops.append(f"BT /{font} {t.size:.2f} Tf {t.x:.2f} {h - t.y:.2f} Td {_pdf_string(t.text)} Tj ET")
        stream = IndirectPdfDict(stream="\n".join(ops))
        writer.addpage(PdfDict(Type=PdfName.Page, MediaBox=PdfArray([0, 0, page.width, page.height]),
                               Resources=PdfDict(Font=fonts), Contents=stream))  # fmt: skip
    writer.trailer.Info = IndirectPdfDict(Producer="pdfrw 0.4", Title=form.title)
    writer.write(str(out))
    return len(pages)
