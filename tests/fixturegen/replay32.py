"""A page drawn once, printed by another producer (issue #12, thirty-second round, h37/c-text).

`RecordingCanvas` takes the few reportlab canvas calls the tuning generators make (fonts, strings, rectangles,
lines, grey fills, page breaks) and keeps them as plain operations; `replay` prints them again with a producer of
another kind: Perl's PostScript::Simple made PDF by Ghostscript's ps2pdf ("pssimple"), or PDFium used as a writer
through pypdfium2's raw API ("pdfium"), standard Helvetica in both. Neither tool is a project dependency: `available`
says whether a producer is here, and a generator falls back to reportlab without it.
"""

from __future__ import annotations

import ctypes
import shutil
import subprocess
import tempfile
from pathlib import Path

_PERL_TEST = ("perl", "-MPostScript::Simple", "-e", "1")


def available(producer: str) -> bool:
    """Whether `producer` ("pssimple" or "pdfium") can print here."""
    if producer == "pssimple":
        if not (shutil.which("perl") and shutil.which("ps2pdf")):
            return False
        return subprocess.run(_PERL_TEST, capture_output=True, check=False).returncode == 0
    if producer == "pdfium":
        try:
            import pypdfium2.raw  # noqa: F401
        except ImportError:
            return False
        return True
    return producer == "reportlab"


class RecordingCanvas:
    """The reportlab canvas calls the generators use, kept as operations (one list a page)."""

    def __init__(self, pagesize: tuple[float, float]) -> None:
        self.pagesize = pagesize
        self.pages: list[list[tuple]] = [[]]
        self.font = ("Helvetica", 10.0)
        self.fill = 0.0
        self.width = 1.0

    def setAuthor(self, _author: str) -> None:  # noqa: N802 (reportlab's names)
        pass

    def setFont(self, font: str, size: float) -> None:  # noqa: N802
        self.font = (font, float(size))

    def setFillGray(self, grey: float) -> None:  # noqa: N802
        self.fill = float(grey)

    def setLineWidth(self, width: float) -> None:  # noqa: N802
        self.width = float(width)

    def drawString(self, x: float, y: float, text: str) -> None:  # noqa: N802
        self.pages[-1].append(("text", float(x), float(y), text, *self.font, self.fill))

    def drawRightString(self, x: float, y: float, text: str) -> None:  # noqa: N802
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self.drawString(x - stringWidth(text, *self.font), y, text)

    def rect(self, x: float, y: float, w: float, h: float, stroke: int = 1, fill: int = 0) -> None:
        self.pages[-1].append(
            ("rect", float(x), float(y), float(w), float(h), bool(stroke), bool(fill), self.fill, self.width)
        )

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.pages[-1].append(("line", float(x1), float(y1), float(x2), float(y2), self.width))

    def showPage(self) -> None:  # noqa: N802
        self.pages.append([])

    def save(self) -> None:
        pass


def _ps_font(font: str) -> str:
    return ("Helvetica-Bold" if "Bold" in font else "Helvetica") + "-iso"


def _perl_string(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _print_pssimple(pages: list[list[tuple]], size: tuple[float, float], pdf: Path) -> None:
    out = [
        "use strict; use PostScript::Simple;",
        f"my $p = PostScript::Simple->new(xsize => {size[0]}, ysize => {size[1]}, units => 'pt', colour => 1, eps => 0,"
        " reencode => 'ISOLatin1Encoding');",
    ]
    for ops in pages:
        out.append("$p->newpage;")
        for op in ops:
            if op[0] == "text":
                _, x, y, text, font, fsize, grey = op
                g = round(grey * 255)
                out.append(f"$p->setcolour({g},{g},{g}); $p->setfont('{_ps_font(font)}', {fsize:.2f});")
                out.append(f"$p->text({x:.2f}, {y:.2f}, {_perl_string(text)});")
            elif op[0] == "rect":
                _, x, y, w, h, stroke, fill, grey, width = op
                if fill:
                    g = round(grey * 255)
                    out.append(
                        f"$p->setcolour({g},{g},{g}); $p->box({{filled => 1}}, {x:.2f}, {y:.2f}, {x + w:.2f}, {y + h:.2f});"
                    )
                if stroke:
                    out.append(f"$p->setcolour(0,0,0); $p->setlinewidth({width:.2f});")
                    out.append(f"$p->box({x:.2f}, {y:.2f}, {x + w:.2f}, {y + h:.2f});")
                out.append("$p->setcolour(0,0,0);")
            elif op[0] == "line":
                _, x1, y1, x2, y2, width = op
                out.append(f"$p->setcolour(0,0,0); $p->setlinewidth({width:.2f});")
                out.append(f"$p->line({x1:.2f}, {y1:.2f}, {x2:.2f}, {y2:.2f});")
    with tempfile.TemporaryDirectory() as tmp:
        script, ps = Path(tmp) / "page.pl", Path(tmp) / "page.ps"
        out.append(f"$p->output('{ps}');")
        script.write_bytes("\n".join(out).encode("latin-1", errors="replace"))
        subprocess.run(["perl", str(script)], check=True, capture_output=True)
        subprocess.run(["ps2pdf", "-sPAPERSIZE=a4", str(ps), str(pdf)], check=True, capture_output=True)


def _print_pdfium(pages: list[list[tuple]], size: tuple[float, float], pdf: Path) -> None:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    doc = pdfium.PdfDocument.new()
    for ops in pages:
        page = doc.new_page(*size)
        for op in ops:
            if op[0] == "text":
                _, x, y, text, font, fsize, grey = op
                name = b"Helvetica-Bold" if "Bold" in font else b"Helvetica"
                obj = raw.FPDFPageObj_NewTextObj(doc.raw, name, ctypes.c_float(fsize))
                buf = ctypes.create_string_buffer(text.encode("utf-16-le") + b"\0\0")
                raw.FPDFText_SetText(obj, ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)))
                g = round(grey * 255)
                raw.FPDFPageObj_SetFillColor(obj, g, g, g, 255)
                raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
                raw.FPDFPage_InsertObject(page.raw, obj)
            elif op[0] == "rect":
                _, x, y, w, h, stroke, fill, grey, width = op
                obj = raw.FPDFPageObj_CreateNewRect(x, y, w, h)
                g = round(grey * 255)
                raw.FPDFPageObj_SetFillColor(obj, g, g, g, 255)
                raw.FPDFPageObj_SetStrokeColor(obj, 0, 0, 0, 255)
                raw.FPDFPageObj_SetStrokeWidth(obj, ctypes.c_float(width))
                raw.FPDFPath_SetDrawMode(obj, raw.FPDF_FILLMODE_ALTERNATE if fill else 0, bool(stroke))
                raw.FPDFPage_InsertObject(page.raw, obj)
            elif op[0] == "line":
                _, x1, y1, x2, y2, width = op
                obj = raw.FPDFPageObj_CreateNewPath(x1, y1)
                raw.FPDFPath_LineTo(obj, x2, y2)
                raw.FPDFPageObj_SetStrokeColor(obj, 0, 0, 0, 255)
                raw.FPDFPageObj_SetStrokeWidth(obj, ctypes.c_float(width))
                raw.FPDFPath_SetDrawMode(obj, 0, True)
                raw.FPDFPage_InsertObject(page.raw, obj)
        raw.FPDFPage_GenerateContent(page.raw)
    doc.save(str(pdf))


def replay(canvas: RecordingCanvas, producer: str, pdf: Path) -> None:
    """Print the recorded pages to `pdf` with `producer` ("pssimple" or "pdfium")."""
    pages = [ops for ops in canvas.pages if ops] or [[]]
    if producer == "pssimple":
        _print_pssimple(pages, canvas.pagesize, pdf)
    elif producer == "pdfium":
        _print_pdfium(pages, canvas.pagesize, pdf)
    else:
        raise ValueError(producer)


def build_replayed(out_dir: str | Path, count: int, seed: int, shapes: dict, names: tuple[str, str, str]) -> list[Path]:
    """Write `count` PDFs (with .truth.json) into out_dir, the shapes in turn over the boxes' bases. `shapes` maps a
    shape's name to (drawing, producer): reportlab draws itself, another producer replays the recorded page (reportlab
    again when that producer is not installed)."""
    import random

    from . import boxforms
    from .html import draw_in_turn

    def draw(spec, pdf: Path, seed: int) -> None:
        drawing, producer = shapes[spec.variant]
        rng = random.Random(f"{spec.name}-{seed}")
        pager = boxforms._Pager(pdf, boxforms._style(rng, spec))
        if producer != "reportlab" and available(producer):
            pager.c = RecordingCanvas((boxforms.PAGE_W, boxforms.PAGE_H))
            drawing(pager, spec, rng)
            pager.save()
            replay(pager.c, producer, pdf)
            return
        drawing(pager, spec, rng)
        pager.save()

    return draw_in_turn(out_dir, count, seed, names, tuple(shapes), boxforms.BASES, draw)
