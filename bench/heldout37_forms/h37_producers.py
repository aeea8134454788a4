"""The text-layer families: producers none of the earlier generators used, each drawing h37_layout's pages.

`peculiar_chat` (Node's @peculiar/pdf-doc 1.17 (npm, PeculiarVentures' own PDF core): each line `page.text()
.font().color().move().show()` in the standard Helvetica / Helvetica-Bold the library adds (unembedded; the driver
gives them WinAnsiEncoding), boxes `graphics().rect()` filled and stroked; no Producer; h37_layout's `chat_thread`,
driver drivers/peculiar.mjs in /tmp/h37-node);
`campdf_interview` (Perl's CAM::PDF 1.60 (Debian's libcam-pdf-perl): the document grown from a one-page seed by the
library (`duplicatePage`, `setPageContent`, `addFont` Helvetica / Helvetica-Bold with WinAnsi, `cleanoutput`: its
own object numbering and xref), the content streams written by this module (`Tm` placed lines, uncompressed); no
Producer; h37_layout's `interview`, driver drivers/campdf.pl);
`oxide_cards` (Python's pdf_oxide 0.3 (PyPI; a Rust PDF library): its `DocumentBuilder` / `FluentPageBuilder`:
`font("Helvetica", size).at(x, y).text(...)` (grey lines `inline_color`), `filled_rect`, `stroke_rect`,
`stroke_line`; Creator "pdf_oxide"; h37_layout's `index_cards`);
`folio_staircase` (Python's folio-pdf 0.2 (PyPI; bindings to the Go library folio): `Document(w, h).add_page()`,
`Page.add_text(text, Font(StandardPDFFont.HELVETICA…), size, x, y)`, `add_line`, `add_rect`, `add_rect_filled`;
h37_layout's `staircase`);
`minpdf_chat` (Python's minpdf-core 0.1 (PyPI; a one-file C11 PDF writer): `PDF.text` with Liberation Sans Regular
/ Bold registered as TrueType fonts (embedded, subset names "MinPDF0/1"; Liberation has Helvetica's widths, so the
layout's measures hold), `rect`, `line`; no Producer; h37_layout's `chat_thread` again).
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout36_forms"))
from h36_producers import content, rows  # noqa: E402  (the rows file and the content stream writer)

from h37_content import Form  # noqa: E402
from h37_layout import Page  # noqa: E402
from h37_layout import layout as place  # noqa: E402

DRIVERS = Path(__file__).resolve().parent / "drivers"
NODE_MODULES = Path("/tmp/h37-node/node_modules")  # npm install --prefix /tmp/h37-node @peculiar/pdf-doc
LIBERATION = Path("/usr/share/fonts/truetype/liberation")


def _run(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} failed: {(done.stdout + done.stderr).decode(errors='replace')[-800:]}")


def _is_rule(b) -> bool:  # type: ignore[no-untyped-def]
    return b.x0 == b.x1 or b.y0 == b.y1


# --- @peculiar/pdf-doc ------------------------------------------------------------------------------------------------


def peculiar_available() -> bool:
    return shutil.which("node") is not None and (NODE_MODULES / "@peculiar/pdf-doc").is_dir()


def peculiar_chat(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "chat_thread")
    data = out.with_name(out.stem + ".rows.tsv")
    data.write_text(rows(pages), "utf-8")
    script = NODE_MODULES.parent / "peculiar.mjs"  # beside node_modules, so that node finds the package
    shutil.copy(DRIVERS / "peculiar.mjs", script)
    try:
        _run(["node", str(script), str(data.resolve()), str(out.resolve())])
    finally:
        data.unlink()
    return len(pages)


# --- CAM::PDF ---------------------------------------------------------------------------------------------------------


def campdf_available() -> bool:
    if shutil.which("perl") is None:
        return False
    return subprocess.run(["perl", "-MCAM::PDF", "-e", "1"], capture_output=True).returncode == 0


def campdf_interview(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "interview")
    data = out.with_name(out.stem + ".ops")
    data.write_bytes(b"".join(f"%%PAGE {p.width:.2f} {p.height:.2f}\n".encode() + content(p).encode("latin-1")
                              for p in pages))  # fmt: skip
    try:
        _run(["perl", str(DRIVERS / "campdf.pl"), str(data), str(out.resolve())])
    finally:
        data.unlink()
    return len(pages)


# --- pdf_oxide --------------------------------------------------------------------------------------------------------


def oxide_available() -> bool:
    try:
        import pdf_oxide  # noqa: F401
    except ImportError:
        return False
    return True


def _oxide_page(builder, page: Page):  # type: ignore[no-untyped-def]
    h = page.height
    for b in page.boxes:
        if _is_rule(b):
            builder.stroke_line(b.x0, h - b.y0, b.x1, h - b.y1, 0.5, (0.0, 0.0, 0.0))
            continue
        if b.fill is not None:
            builder.filled_rect(b.x0, h - b.y1, b.x1 - b.x0, b.y1 - b.y0, b.fill, b.fill, b.fill)
        if b.stroke:
            builder.stroke_rect(b.x0, h - b.y1, b.x1 - b.x0, b.y1 - b.y0, 0.5, (0.0, 0.0, 0.0))
    for t in page.texts:
        if t.text.strip():
            builder.font("Helvetica-Bold" if t.bold else "Helvetica", t.size).at(t.x, h - t.y)
            if t.grey > 0.05:
                builder.inline_color(t.grey, t.grey, t.grey, t.text)
            else:
                builder.text(t.text)


def oxide_cards(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    import pdf_oxide

    pages = place(form, rng, "index_cards")
    doc = pdf_oxide.DocumentBuilder()
    for page in pages:
        builder = doc.page(page.width, page.height)
        _oxide_page(builder, page)
        doc = builder.done()
    out.write_bytes(doc.build())
    return len(pages)


# --- folio-pdf --------------------------------------------------------------------------------------------------------


def folio_available() -> bool:
    try:
        import folio_pdf  # noqa: F401
    except (ImportError, OSError):
        return False
    return True


def folio_staircase(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    import folio_pdf
    from folio_pdf.enums import StandardPDFFont

    pages = place(form, rng, "staircase")
    doc = folio_pdf.Document(pages[0].width, pages[0].height)
    regular, bold = folio_pdf.Font(StandardPDFFont.HELVETICA), folio_pdf.Font(StandardPDFFont.HELVETICA_BOLD)
    black = folio_pdf.Color.from_rgb(0, 0, 0)
    for page in pages:
        h = page.height
        target = doc.add_page()
        for b in page.boxes:
            if _is_rule(b):
                target.add_line(b.x0, h - b.y0, b.x1, h - b.y1, 0.5, black)
                continue
            if b.fill is not None:
                target.add_rect_filled(b.x0, h - b.y1, b.x1 - b.x0, b.y1 - b.y0,
                                       folio_pdf.Color.from_rgb(b.fill, b.fill, b.fill))  # fmt: skip
            if b.stroke:
                target.add_rect(b.x0, h - b.y1, b.x1 - b.x0, b.y1 - b.y0, 0.5, black)
        for t in page.texts:
            if t.text.strip():
                target.add_text(t.text, bold if t.bold else regular, t.size, t.x, h - t.y)
    doc.save(str(out))
    return len(pages)


# --- minpdf-core ------------------------------------------------------------------------------------------------------


def minpdf_available() -> bool:
    try:
        import minpdf  # noqa: F401
    except ImportError:
        return False
    return (LIBERATION / "LiberationSans-Regular.ttf").is_file()


def minpdf_chat(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    from minpdf import PDF, RectOptions, TextOptions

    pages = place(form, rng, "chat_thread")
    doc = PDF((pages[0].width, pages[0].height))
    doc.register_font("Regular", (LIBERATION / "LiberationSans-Regular.ttf").read_bytes())
    doc.register_font("Bold", (LIBERATION / "LiberationSans-Bold.ttf").read_bytes())
    for n, page in enumerate(pages):
        if n:
            doc.page((page.width, page.height))
        for b in page.boxes:
            if _is_rule(b):
                doc.line(b.x0, b.y0, b.x1, b.y1, width=0.5)
                continue
            fill = None if b.fill is None else (b.fill, b.fill, b.fill)
            doc.rect(b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0,
                     RectOptions(fill=fill, stroke=(0.0, 0.0, 0.0) if b.stroke else None, line_width=0.5))  # fmt: skip
        for t in page.texts:
            if t.text.strip():
                doc.text(t.text, t.x, t.y, TextOptions(t.size, (t.grey, t.grey, t.grey),
                                                       font="Bold" if t.bold else "Regular"))  # fmt: skip
    doc.save(out)
    return len(pages)
