"""The text-layer families: producers none of the earlier generators used, each drawing h36_layout's pages.

`origami_excel` (Ruby's Origami 2.1 (Debian's ruby-origami): pages built with `Page#write` for each line in the
standard Helvetica / Helvetica-Bold fonts with Origami's MacRomanEncoding (the rows given to it in MacRoman),
`draw_rectangle` / `draw_line`, circles as 24-sided `draw_polygon`s; no Producer or Creator; h36_layout's
`excel_sheet`, driver drivers/blankett.rb);
`pstoedit_slides` (PostScript written by this module (each line a `show` in Helvetica / Helvetica-Bold re-encoded
to ISO Latin-1 with "•" at 0x95 and "–" at 0x96, rules and boxes `rectstroke` / `rectfill`, circles `arc`), turned
into PDF by pstoedit 3.78's own PDF driver (`pstoedit -f pdf`, Debian's pstoedit; Producer "pstoedit by …"): the
standard fonts unembedded; h36_layout's `slides` on landscape pages);
`pyhanko_stepper` (Python's pyHanko (PyPI) writing the file with its `PdfFileWriter` (its own object writer, xref
and trailer; Producer "pyHanko …"), each page's content stream written by this module (`BT /F1 size Tf 1 0 0 1 x y
Tm (text) Tj ET`, WinAnsi Helvetica unembedded, circles as four Bézier quarters); h36_layout's `stepper`);
`camlpdf_receipt` (OCaml's CamlPDF 2.5 (Debian's libcamlpdf-ocaml-dev) writing the file through `Pdfwrite`, pages
`Pdfpage.blankpage` with the content stream this module writes (the same operators as pyHanko's) Flate-compressed
by `Pdfcodec`; no Producer; h36_layout's `receipt_right`, driver drivers/blankett.ml compiled once into /tmp);
`reactpdf_excel` (Node's @react-pdf/renderer 4 (npm) under React: each line a `<Text>` absolutely placed in the
standard Helvetica / Helvetica-Bold (its own layout engine, WinAnsi, unembedded), boxes and rules `<View>`s with
borders and backgrounds, circles `<Svg><Circle>`; Producer "react-pdf"; h36_layout's `excel_sheet` again, driver
drivers/blankett.mjs).
"""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path

from h36_content import Form
from h36_layout import Circle, Page
from h36_layout import layout as place

DRIVERS = Path(__file__).resolve().parent / "drivers"
NODE_MODULES = Path("/tmp/h36-node/node_modules")  # npm install --prefix /tmp/h36-node @react-pdf/renderer react
CAML_BIN = Path("/tmp/h36-caml/blankett")  # built from drivers/blankett.ml by `camlpdf_available`


def rows(pages: list[Page]) -> str:
    out = []
    for page in pages:
        out.append(f"P\t{page.width:.2f}\t{page.height:.2f}")
        for b in page.boxes:
            fill = "-" if b.fill is None else str(round(255 * b.fill))
            kind = "C" if isinstance(b, Circle) else "R"
            out.append(f"{kind}\t{b.x0:.2f}\t{b.y0:.2f}\t{b.x1:.2f}\t{b.y1:.2f}\t{fill}\t{int(b.stroke)}\t0")
        for t in page.texts:
            if t.text.strip():
                text = t.text.replace("\t", " ").replace("\u2212", "-")
                out.append(f"T\t{t.x:.2f}\t{t.y:.2f}\t{t.size:.2f}\t{int(t.bold)}\t{round(255 * t.grey)}\t{text}")
    return "\n".join(out) + "\n"


def _run(command: list[str], cwd: Path | None = None) -> None:
    done = subprocess.run(command, capture_output=True, timeout=600, cwd=cwd)
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} failed: {(done.stdout + done.stderr).decode(errors='replace')[-800:]}")


def _tsv(out: Path) -> Path:
    return out.with_name(out.stem + ".rows.tsv")


def _pdf_string(text: str) -> str:
    raw = text.encode("cp1252", errors="replace").decode("latin-1")
    return "(" + raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def _circle_path(b: Circle, h: float) -> str:
    """Four Bézier quarters round the box's inscribed circle, PDF coordinates."""
    cx, cy, r = (b.x0 + b.x1) / 2, h - (b.y0 + b.y1) / 2, (b.x1 - b.x0) / 2
    k = 0.5523 * r
    return (f"{cx + r:.2f} {cy:.2f} m {cx + r:.2f} {cy + k:.2f} {cx + k:.2f} {cy + r:.2f} {cx:.2f} {cy + r:.2f} c "
            f"{cx - k:.2f} {cy + r:.2f} {cx - r:.2f} {cy + k:.2f} {cx - r:.2f} {cy:.2f} c "
            f"{cx - r:.2f} {cy - k:.2f} {cx - k:.2f} {cy - r:.2f} {cx:.2f} {cy - r:.2f} c "
            f"{cx + k:.2f} {cy - r:.2f} {cx + r:.2f} {cy - k:.2f} {cx + r:.2f} {cy:.2f} c")  # fmt: skip


def content(page: Page) -> str:
    """The page's content stream: fills and rules first, then every line at its baseline (y up from the bottom)."""
    h = page.height
    ops = ["0.5 w"]
    for b in page.boxes:
        grey = "" if b.fill is None else f"{b.fill:.3f} g "
        if isinstance(b, Circle):
            paint = "B" if b.fill is not None and b.stroke else "f" if b.fill is not None else "S"
            ops.append(f"{grey}0 G {_circle_path(b, h)} {paint}")
        elif b.x0 == b.x1 or b.y0 == b.y1:
            ops.append(f"0 G {b.x0:.2f} {h - b.y0:.2f} m {b.x1:.2f} {h - b.y1:.2f} l S")
        else:
            paint = "B" if b.fill is not None and b.stroke else "f" if b.fill is not None else "S"
            ops.append(f"{grey}0 G {b.x0:.2f} {h - b.y1:.2f} {b.x1 - b.x0:.2f} {b.y1 - b.y0:.2f} re {paint}")
    for t in page.texts:
        if t.text.strip():
            font = "F2" if t.bold else "F1"
            ops.append(f"{t.grey:.3f} g BT /{font} {t.size:.2f} Tf 1 0 0 1 {t.x:.2f} {h - t.y:.2f} Tm "
                       f"{_pdf_string(t.text)} Tj ET")  # fmt: skip
    return "\n".join(ops) + "\n"


# --- Origami ----------------------------------------------------------------------------------------------------------


def origami_available() -> bool:
    gems = Path("/usr/share/rubygems-integration/all/gems")
    return shutil.which("ruby") is not None and any(gems.glob("origami-*"))


def origami_excel(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "excel_sheet")
    data = _tsv(out)
    data.write_text(rows(pages), "utf-8")
    try:
        _run(["ruby", str(DRIVERS / "blankett.rb"), str(data), str(out.resolve())])
    finally:
        data.unlink()
    return len(pages)


# --- PostScript through pstoedit's PDF driver -------------------------------------------------------------------------

PS_HEAD = """%!PS-Adobe-3.0
%%Creator: bilagor heldout36 generator
/reencode { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall
  /Encoding ISOLatin1Encoding 256 array copy dup 16#95 /bullet put dup 16#96 /endash put dup 16#2D /hyphen put def
  currentdict end definefont pop } def
/F1 /Helvetica reencode /F2 /Helvetica-Bold reencode
"""


def _ps_string(text: str) -> str:
    raw = text.encode("cp1252", errors="replace")
    out = []
    for byte in raw:
        ch = chr(byte)
        out.append(f"\\{byte:03o}" if byte > 126 else "\\" + ch if ch in "()\\" else ch)
    return "(" + "".join(out) + ")"


def postscript(pages: list[Page]) -> str:
    out = [PS_HEAD, f"%%Pages: {len(pages)}"]
    for n, page in enumerate(pages, 1):
        h = page.height
        out.append(f"%%Page: {n} {n}\n<< /PageSize [{page.width:.0f} {h:.0f}] >> setpagedevice\n0.5 setlinewidth")
        for b in page.boxes:
            if isinstance(b, Circle):
                cx, cy, r = (b.x0 + b.x1) / 2, h - (b.y0 + b.y1) / 2, (b.x1 - b.x0) / 2
                fill = f"gsave {b.fill:.3f} setgray fill grestore " if b.fill is not None else ""
                out.append(f"newpath {cx:.2f} {cy:.2f} {r:.2f} 0 360 arc closepath {fill}0 setgray stroke")
            elif b.x0 == b.x1 or b.y0 == b.y1:
                out.append(
                    f"0 setgray newpath {b.x0:.2f} {h - b.y0:.2f} moveto {b.x1:.2f} {h - b.y1:.2f} lineto stroke"
                )
            else:
                rect = f"{b.x0:.2f} {h - b.y1:.2f} {b.x1 - b.x0:.2f} {b.y1 - b.y0:.2f}"
                if b.fill is not None:
                    out.append(f"{b.fill:.3f} setgray {rect} rectfill")
                if b.stroke:
                    out.append(f"0 setgray {rect} rectstroke")
        for t in page.texts:
            if t.text.strip():
                font = "/F2" if t.bold else "/F1"
                out.append(f"{t.grey:.3f} setgray {font} findfont {t.size:.2f} scalefont setfont "
                           f"{t.x:.2f} {h - t.y:.2f} moveto {_ps_string(t.text)} show")  # fmt: skip
        out.append("showpage")
    out.append("%%EOF")
    return "\n".join(out) + "\n"


def pstoedit_available() -> bool:
    return shutil.which("pstoedit") is not None and shutil.which("gs") is not None


def pstoedit_slides(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "slides")
    ps = out.with_name(out.stem + ".ps")
    ps.write_text(postscript(pages), "latin-1")
    try:
        _run(["pstoedit", "-f", "pdf", str(ps), str(out)])
    finally:
        ps.unlink()
    return len(pages)


# --- pyHanko ----------------------------------------------------------------------------------------------------------


def pyhanko_available() -> bool:
    try:
        import pyhanko.pdf_utils.writer  # noqa: F401
    except ImportError:
        return False
    return True


def pyhanko_stepper(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    from pyhanko.pdf_utils import generic, writer

    pages = place(form, rng, "stepper")
    w = writer.PdfFileWriter()

    def font(name: str) -> generic.IndirectObject:
        return w.add_object(generic.DictionaryObject({
            generic.pdf_name("/Type"): generic.pdf_name("/Font"),
            generic.pdf_name("/Subtype"): generic.pdf_name("/Type1"),
            generic.pdf_name("/BaseFont"): generic.pdf_name(name),
            generic.pdf_name("/Encoding"): generic.pdf_name("/WinAnsiEncoding")}))  # fmt: skip

    fonts = generic.DictionaryObject({generic.pdf_name("/F1"): font("/Helvetica"),
                                      generic.pdf_name("/F2"): font("/Helvetica-Bold")})  # fmt: skip
    for page in pages:
        stream = generic.StreamObject(stream_data=content(page).encode("latin-1"))
        stream.compress()
        w.insert_page(generic.DictionaryObject({
            generic.pdf_name("/Type"): generic.pdf_name("/Page"),
            generic.pdf_name("/MediaBox"): generic.ArrayObject(
                [generic.FloatObject(0), generic.FloatObject(0), generic.FloatObject(page.width),
                 generic.FloatObject(page.height)]),
            generic.pdf_name("/Resources"): generic.DictionaryObject({generic.pdf_name("/Font"): fonts}),
            generic.pdf_name("/Contents"): w.add_object(stream)}))  # fmt: skip
    with out.open("wb") as handle:
        w.write(handle)
    return len(pages)


# --- CamlPDF ----------------------------------------------------------------------------------------------------------


def camlpdf_available() -> bool:
    if CAML_BIN.is_file():
        return True
    if shutil.which("ocamlfind") is None:
        return False
    CAML_BIN.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(DRIVERS / "blankett.ml", CAML_BIN.parent / "blankett.ml")
    done = subprocess.run(["ocamlfind", "ocamlopt", "-package", "camlpdf", "-linkpkg", "blankett.ml", "-o",
                           "blankett"], cwd=CAML_BIN.parent, capture_output=True, timeout=600)  # fmt: skip
    return done.returncode == 0 and CAML_BIN.is_file()


def camlpdf_receipt(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "receipt_right")
    data = out.with_name(out.stem + ".ops")
    # one page a block: its size on a line "%%PAGE w h", then its content stream
    data.write_bytes(b"".join(f"%%PAGE {p.width:.2f} {p.height:.2f}\n".encode() + content(p).encode("latin-1")
                              for p in pages))  # fmt: skip
    try:
        _run([str(CAML_BIN), str(data), str(out.resolve())])
    finally:
        data.unlink()
    return len(pages)


# --- @react-pdf/renderer --------------------------------------------------------------------------------------------


def reactpdf_available() -> bool:
    return shutil.which("node") is not None and (NODE_MODULES / "@react-pdf/renderer").is_dir()


def reactpdf_excel(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "excel_sheet")
    data = _tsv(out)
    data.write_text(rows(pages), "utf-8")
    script = NODE_MODULES.parent / "blankett.mjs"  # beside node_modules, so that node finds the package
    shutil.copy(DRIVERS / "blankett.mjs", script)
    try:
        _run(["node", str(script), str(data.resolve()), str(out.resolve())])
    finally:
        data.unlink()
    return len(pages)


__all__ = ["content", "postscript", "rows"]
