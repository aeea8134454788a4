"""Draw a laid-out spec with fpdf2 or reportlab and write its truth sidecar."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from . import fonts
from .layout import Document, Picture, Rule, Shade, Text, layout
from .spec import ReportSpec, truth

PRODUCERS = ("fpdf2", "reportlab")
FIXED_DATE = datetime(2020, 1, 1, tzinfo=timezone.utc)  # byte-identical output per seed


def render(spec: ReportSpec, path: str | Path) -> dict:
    """Write the PDF at `path` and `<stem>.truth.json` beside it; return the truth."""
    path = Path(path)
    doc = layout(spec)
    draw = _draw_fpdf2 if spec.producer == "fpdf2" else _draw_reportlab
    draw(doc, spec, path)
    result = truth(spec, doc.section_pages, len(doc.pages))
    truth_path(path).write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return result


def render_corpus(out_dir: str | Path, count: int, spec_of: Callable[[int], ReportSpec]) -> list[Path]:
    """Render `spec_of(index)` for index 0..count-1 into out_dir, each named by its spec."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        spec = spec_of(index)
        path = out / f"{spec.name}.pdf"
        render(spec, path)
        paths.append(path)
    return paths


def truth_path(pdf_path: str | Path) -> Path:
    pdf_path = Path(pdf_path)
    return pdf_path.with_name(pdf_path.stem + ".truth.json")


def copy_truth(pdf_in: str | Path, pdf_out: str | Path, **fields) -> None:
    """pdf_in's truth sidecar written as pdf_out's, with `fields` set (a degraded copy's `variant`, `scan` ...)."""
    import json

    truth = json.loads(truth_path(pdf_in).read_text(encoding="utf-8"))
    truth.update(fields)
    truth_path(pdf_out).write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _photo(shade: int):
    """A small grey 'photo': a gradient, so it compresses to a few kB."""
    from PIL import Image

    image = Image.linear_gradient("L").resize((48, 32)).point(lambda v: (v * shade) // 255 + 40)
    return image.convert("RGB")


def _fpdf_font(fam: fonts.FontFamily, name: str) -> tuple[str, str]:
    return fam.fpdf_family, ("B" if name == fam.bold else "")


def _draw_fpdf2(doc: Document, spec: ReportSpec, path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(doc.width, doc.height))
    pdf.set_auto_page_break(False)
    # Written at the end of the reported year, so a metadata year agrees with the text (fixed: deterministic).
    pdf.set_creation_date(datetime(spec.year, 12, 10, tzinfo=timezone.utc) if spec.year else FIXED_DATE)
    pdf.set_title(spec.title.replace("\n", " "))
    pdf.set_creator("fixturegen")
    fam = fonts.family(spec.layout.font)
    if fam.files:
        pdf.add_font(fam.fpdf_family, "", str(fam.files[0]))
        pdf.add_font(fam.fpdf_family, "B", str(fam.files[1]))
    current = None
    for page in doc.pages:
        pdf.add_page()
        for op in page:
            if isinstance(op, Text):
                if current != (op.font, op.size):
                    family, style = _fpdf_font(fam, op.font)
                    pdf.set_font(family, style, op.size)
                    current = (op.font, op.size)
                pdf.text(op.x, op.y, op.text)
            elif isinstance(op, Rule):
                pdf.set_line_width(op.width)
                pdf.line(op.x0, op.y0, op.x1, op.y1)
            elif isinstance(op, Picture):
                pdf.image(_photo(op.shade), op.x, op.y, op.width, op.height)
            elif isinstance(op, Shade):
                pdf.set_fill_color(round(op.grey * 255))
                pdf.rect(op.x, op.y, op.width, op.height, style="F")
        current = None
    pdf.output(str(path))


def _draw_reportlab(doc: Document, spec: ReportSpec, path: Path) -> None:
    from reportlab.pdfgen import canvas

    fonts.family(spec.layout.font)  # registers TrueType fonts with reportlab
    c = canvas.Canvas(str(path), pagesize=(doc.width, doc.height), invariant=1)
    c.setTitle(spec.title.replace("\n", " "))
    c.setCreator("fixturegen")
    height = doc.height
    for page in doc.pages:
        for op in page:
            if isinstance(op, Text):
                c.setFont(op.font, op.size)
                c.drawString(op.x, height - op.y, op.text)
            elif isinstance(op, Rule):
                c.setLineWidth(op.width)
                c.line(op.x0, height - op.y0, op.x1, height - op.y1)
            elif isinstance(op, Picture):
                from reportlab.lib.utils import ImageReader

                c.drawImage(ImageReader(_photo(op.shade)), op.x, height - op.y - op.height, op.width, op.height)
            elif isinstance(op, Shade):
                c.setFillGray(op.grey)
                c.rect(op.x, height - op.y - op.height, op.width, op.height, stroke=0, fill=1)
                c.setFillGray(0)
        c.showPage()
    c.save()
