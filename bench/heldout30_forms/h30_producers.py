"""The text-layer families: five producers none of the earlier generators used.

`fpdf_right` (PHP's FPDF 1.84, the small PHP library, from one generated script a form: core Helvetica in cp1252,
`Text`, `Line` and `Rect` calls placing h30_layout's `right_labels`); `reuse_numbered` (Perl's PDF::Reuse, `prText`
for every line in core Helvetica and `prAdd` for the rules and squares, `prPage` between pages, placing
h30_layout's `numbered_lines`); `gmt_shaded` (the Generic Mapping Tools 6.4 in classic mode: `psxy` filling the
field shadings and drawing the rules, `pstext` setting every line in PostScript Helvetica encoded ISO-8859-1 on a
one-point-per-unit map, a page a PostScript file, made PDF by GMT's `psconvert` (Ghostscript) and joined by qpdf;
h30_layout's `shaded_fields`); `pydyf_qa` (pydyf, WeasyPrint's low-level PDF writer, from Python: base-14
Helvetica in WinAnsi, each line one `TJ` of a hex string, the grey prefixes by `rg`; h30_layout's `qa_pairs`);
`groff_mm` (groff's `mm` memorandum macros to PostScript, made PDF by ps2pdf: mm's own layout, each long field a
numbered heading `.H 1` ("1. Beskrivning …", the label in bold) over its answer's paragraphs, the short fields a
variable-item list `.VL` with the label hanging in bold and the answer beside it, lists as `.BL`, the running header
and Dnr by `.PH`, the page number by `.PF`, no hyphenation).
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from h30_content import Form, Section
from h30_layout import Box, Page
from h30_layout import layout as place

FPDF = Path("/usr/share/php/fpdf/fpdf.php")


def _run(command: list[str], cwd: Path | None = None, env: dict | None = None) -> None:
    done = subprocess.run(command, capture_output=True, timeout=300, cwd=cwd, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} failed: {(done.stderr or done.stdout).decode(errors='replace')[-800:]}")


def _plain(text: str) -> str:
    """`text` for the fonts without a bullet or dash (ISO-8859-1): the dash and bullet as hyphens."""
    return text.replace("\u2013", "-").replace("\u2022", "-").replace("\u00a0", " ")


def _cp1252(text: str) -> bytes:
    return text.replace("\u00a0", " ").encode("cp1252", errors="replace")


def fpdf_available() -> bool:
    return shutil.which("php") is not None and FPDF.exists()


def reuse_available() -> bool:
    if shutil.which("perl") is None:
        return False
    return subprocess.run(["perl", "-MPDF::Reuse", "-e", "1"], capture_output=True).returncode == 0


def gmt_available() -> bool:
    return all(shutil.which(t) for t in ("gmt", "gs", "qpdf"))


def pydyf_available() -> bool:
    try:
        import pydyf  # noqa: F401
    except ImportError:
        return False
    return True


def groff_available() -> bool:
    if not (shutil.which("groff") and shutil.which("ps2pdf")):
        return False
    return subprocess.run(["groff", "-mm", "-Tps", "-z"], input=b".P\nx\n", capture_output=True).returncode == 0


# --- FPDF (PHP) ---------------------------------------------------------------------------------------------------


def _php_string(text: str) -> bytes:
    return b"'" + _cp1252(text).replace(b"\\", b"\\\\").replace(b"'", b"\\'") + b"'"


def fpdf_script(pages: list[Page], out: Path) -> bytes:
    lines = [b"<?php", b"require('%s');" % str(FPDF).encode(), b"$pdf = new FPDF('P', 'pt', 'A4');",
             b"$pdf->SetAutoPageBreak(false);", b"$pdf->SetCreator('blankett.php');", b"$pdf->SetLineWidth(0.5);"]  # fmt: skip
    for page in pages:
        lines.append(b"$pdf->AddPage();")
        for b in page.boxes:
            if b.fill is not None:
                lines.append(b"$pdf->SetFillColor(%d);" % round(255 * b.fill))
                lines.append(b"$pdf->Rect(%.2f, %.2f, %.2f, %.2f, 'F');" % (b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0))
            elif abs(b.y1 - b.y0) < 0.1 or abs(b.x1 - b.x0) < 0.1:
                lines.append(b"$pdf->Line(%.2f, %.2f, %.2f, %.2f);" % (b.x0, b.y0, b.x1, b.y1))
            else:
                lines.append(b"$pdf->Rect(%.2f, %.2f, %.2f, %.2f, 'D');" % (b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0))
        for t in page.texts:
            if t.text.strip():
                lines.append(b"$pdf->SetFont('Helvetica', '%s', %.2f);" % (b"B" if t.bold else b"", t.size))
                lines.append(b"$pdf->SetTextColor(%d);" % round(255 * t.grey))
                lines.append(b"$pdf->Text(%.2f, %.2f, %s);" % (t.x, t.y, _php_string(t.text)))
    lines.append(b"$pdf->Output('F', %s);" % _php_string(str(out)))
    return b"\n".join(lines) + b"\n"


def fpdf(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "right_labels")
    with tempfile.TemporaryDirectory(prefix="h30-fpdf-") as tmp:
        script = Path(tmp) / "blankett.php"
        script.write_bytes(fpdf_script(pages, out.resolve()))
        _run(["php", str(script)], cwd=Path(tmp))
    return len(pages)


# --- PDF::Reuse (Perl) --------------------------------------------------------------------------------------------


def _perl_string(text: str) -> bytes:
    raw = _cp1252(text)
    return b"'" + raw.replace(b"\\", b"\\\\").replace(b"'", b"\\'") + b"'"


def _box_ops(b: Box, height: float) -> bytes:
    """A box as PDF path operators, y turned up from the foot."""
    y0, y1 = height - b.y0, height - b.y1
    if b.fill is not None:
        return b"%.3f g %.2f %.2f %.2f %.2f re f 0 g" % (b.fill, b.x0, y1, b.x1 - b.x0, y0 - y1)
    if abs(y0 - y1) < 0.1 or abs(b.x1 - b.x0) < 0.1:
        return b"0.5 w %.2f %.2f m %.2f %.2f l S" % (b.x0, y0, b.x1, y1)
    return b"0.5 w %.2f %.2f %.2f %.2f re S" % (b.x0, y1, b.x1 - b.x0, y0 - y1)


def reuse_script(pages: list[Page], out: Path) -> bytes:
    lines = [b"use strict; use PDF::Reuse;", b"prFile(%s);" % _perl_string(str(out)),
             b"prDocDir('.');", b"prCompress(1);"]  # fmt: skip
    for n, page in enumerate(pages):
        if n:
            lines.append(b"prPage();")
        for b in page.boxes:
            lines.append(b"prAdd('%s');" % _box_ops(b, page.height))
        for t in page.texts:
            if t.text.strip():
                lines.append(
                    b"prFont('%s'); prFontSize(%.2f);" % (b"Helvetica-Bold" if t.bold else b"Helvetica", t.size)
                )
                lines.append(b"prText(%.2f, %.2f, %s);" % (t.x, page.height - t.y, _perl_string(t.text)))
    lines.append(b"prEnd();")
    return b"\n".join(lines) + b"\n"


def reuse(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "numbered_lines")
    with tempfile.TemporaryDirectory(prefix="h30-reuse-") as tmp:
        script = Path(tmp) / "blankett.pl"
        script.write_bytes(reuse_script(pages, out.resolve()))
        _run(["perl", str(script)], cwd=Path(tmp))
    return len(pages)


# --- GMT ----------------------------------------------------------------------------------------------------------

GMT_AREA = ["-R0/595.276/0/841.89", "-Jx1p"]
GMT_PAGE = ["--PS_MEDIA=A4", "--MAP_ORIGIN_X=0", "--MAP_ORIGIN_Y=0", "--PS_CHAR_ENCODING=ISO-8859-1"]


def gmt_inputs(page: Page) -> tuple[str, str, str]:
    """The page's fills, rules and texts as GMT tables: polygons with their -G, line segments, and pstext rows
    "x y font angle justify text" (y up from the foot)."""
    fills, rules, texts = [], [], []
    height = page.height
    for b in page.boxes:
        y0, y1 = height - b.y0, height - b.y1
        corners = f"{b.x0:.2f} {y0:.2f}\n{b.x1:.2f} {y0:.2f}\n{b.x1:.2f} {y1:.2f}\n{b.x0:.2f} {y1:.2f}"
        if b.fill is not None:
            fills.append(f"> -Ggray{round(100 * b.fill)}\n{corners}")
        elif abs(y0 - y1) < 0.1 or abs(b.x1 - b.x0) < 0.1:
            rules.append(f">\n{b.x0:.2f} {y0:.2f}\n{b.x1:.2f} {y1:.2f}")
        else:
            rules.append(f">\n{corners}\n{b.x0:.2f} {y0:.2f}")
    for t in page.texts:
        if t.text.strip():
            font = "Helvetica-Bold" if t.bold else "Helvetica"
            colour = f"gray{round(100 * t.grey)}" if t.grey else "black"
            text = _plain(t.text).replace("@", "\\100")  # pstext reads @ as its escape and drops "@@"; octal is kept
            texts.append(f"{t.x:.2f} {height - t.y:.2f} {t.size:.2f}p,{font},{colour} 0 BL {text}")
    return "\n".join(fills) + "\n", "\n".join(rules) + "\n", "\n".join(texts) + "\n"


def gmt(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "shaded_fields")
    with tempfile.TemporaryDirectory(prefix="h30-gmt-") as tmp:
        env = {**os.environ, "GMT_SESSION_NAME": f"h30-{turn}", "GMT_TMPDIR": tmp, "HOME": tmp}
        parts = []
        for n, page in enumerate(pages, 1):
            fills, rules, texts = (Path(tmp) / f"sida{n}.{ext}" for ext in ("fill", "rule", "text"))
            for path, data in zip((fills, rules, texts), gmt_inputs(page)):
                path.write_bytes(data.encode("latin-1"))
            ps = Path(tmp) / f"sida{n}.ps"
            with ps.open("wb") as sink:
                for args in (["psxy", str(fills), "-L", "-X0", "-Y0", "-P", "-K"],
                             ["psxy", str(rules), "-W0.5p,black", "-O", "-K"],
                             ["pstext", str(texts), "-F+f+a+j", "-N", "-O"]):  # fmt: skip
                    done = subprocess.run(["gmt", *args, *GMT_AREA, *GMT_PAGE], stdout=sink, stderr=subprocess.PIPE,
                                          cwd=tmp, env=env, timeout=120)  # fmt: skip
                    if done.returncode != 0:
                        raise RuntimeError(f"gmt {args[0]} failed: {done.stderr.decode(errors='replace')[-600:]}")
            _run(["gmt", "psconvert", str(ps), "-Tf", f"-Fsida{n}"], cwd=Path(tmp), env=env)
            parts.append(Path(tmp) / f"sida{n}.pdf")
        _run(["qpdf", str(parts[0]), "--pages", *map(str, parts), "--", str(out)])
    return len(pages)


# --- pydyf --------------------------------------------------------------------------------------------------------


def pydyf_pdf(pages: list[Page], out: Path) -> None:
    import pydyf

    pdf = pydyf.PDF()
    fonts = pydyf.Dictionary()
    for name, base in (("F1", "Helvetica"), ("F2", "Helvetica-Bold")):
        font = pydyf.Dictionary({"Type": "/Font", "Subtype": "/Type1", "BaseFont": "/" + base,
                                 "Encoding": "/WinAnsiEncoding"})  # fmt: skip
        pdf.add_object(font)
        fonts[name] = font.reference
    for page in pages:
        stream = pydyf.Stream()
        stream.set_line_width(0.5)
        for b in page.boxes:
            stream.stream.append(_box_ops(b, page.height))
        for t in page.texts:
            if not t.text.strip():
                continue
            stream.begin_text()
            stream.set_color_rgb(t.grey, t.grey, t.grey)
            stream.set_font_size("F2" if t.bold else "F1", round(t.size, 2))
            stream.set_text_matrix(1, 0, 0, 1, round(t.x, 2), round(page.height - t.y, 2))
            stream.show_text(b"<" + _cp1252(t.text).hex().encode() + b">")
            stream.end_text()
        pdf.add_object(stream)
        resources = pydyf.Dictionary({"Font": fonts})
        pdf.add_page(pydyf.Dictionary({"Type": "/Page", "Parent": pdf.pages.reference,
                                       "MediaBox": pydyf.Array([0, 0, page.width, page.height]),
                                       "Contents": stream.reference, "Resources": resources}))  # fmt: skip
    pdf.info["Producer"] = pydyf.String(f"pydyf {pydyf.__version__}")
    with out.open("wb") as sink:
        pdf.write(sink, compress=True)


def pydyf_qa(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "qa_pairs")
    pydyf_pdf(pages, out)
    return len(pages)


# --- groff mm -----------------------------------------------------------------------------------------------------


def _roff(text: str) -> str:
    """`text` as a roff text line: backslashes escaped, a leading dot or quote kept from being a request, the
    non-breaking space an unbreakable one."""
    text = text.replace("\\", "\\e").replace("\u00a0", "\\~").replace("\u2013", "\\[en]")
    return "\\&" + text if text[:1] in (".", "'") else text


def _mm_answer(section: Section) -> list[str]:
    out, listing = [], False
    for line in section.lines():
        if line.startswith("\u2022 "):
            if not listing:
                out.append(".BL")
                listing = True
            out += [".LI", _roff(line[2:])]
            continue
        if listing:
            out.append(".LE")
            listing = False
        out += [".P", _roff(line)]
    if listing:
        out.append(".LE")
    return out


def mm_source(form: Form, rng: random.Random) -> str:
    size = rng.choice((10, 11))
    hang = rng.choice(("4c", "4.5c", "5c"))
    header = f".PH \"'{_roff(form.running_header)}''{_roff(form.dnr)}'\""
    page = "\\\\\\\\nP"  # four backslashes: .PF copies its argument twice before the page's number is known
    footer = rng.choice((f".PF \"''Sida {page}''\"", f".PF \"'''{page}'\""))
    out = [".nr Hy 0", ".nr Hb 7", ".nr Hs 7", ".nr Ej 0", ".ds HF 3 3 3 3 3 3 3", f".S {size}", ".SA 0", ".nh", header,
           footer, ".P", f"\\fB\\s+4{_roff(form.title)}\\s0\\fP", ".sp"]  # fmt: skip
    short = form.header or [s for s in form.sections if s.key in ("projektnamn", "plats")]
    if short:
        out.append(f".VL {hang}")
        for section in short:
            out += [f'.LI "\\fB{_roff(section.label)}\\fP"', _roff(" ".join(section.lines())) or "\\&"]
        out.append(".LE")
    for section in form.sections:
        if section in short:
            continue
        heading = ".HU" if section.label[:1].isdigit() else ".H 1"  # a label numbered already is not numbered again
        out += [f'{heading} "{_roff(section.label)}"', *_mm_answer(section)]
        if section.key == form.stage_after and form.stage_marker:
            out += [".P", f"\\fB{_roff(form.stage_marker)}\\fP"]
    return "\n".join(out) + "\n"


def groff_mm(form: Form, rng: random.Random, out: Path, turn: int) -> None:
    with tempfile.TemporaryDirectory(prefix="h30-mm-") as tmp:
        source, ps = Path(tmp) / "blankett.mm", Path(tmp) / "blankett.ps"
        source.write_text(mm_source(form, rng), "utf-8")
        with ps.open("wb") as sink:
            done = subprocess.run(["groff", "-k", "-mm", "-Tps", "-dpaper=a4", "-P-pa4", str(source)], stdout=sink,
                                  stderr=subprocess.PIPE, timeout=120)  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"groff failed: {done.stderr.decode(errors='replace')[-800:]}")
        _run(["ps2pdf", "-sPAPERSIZE=a4", str(ps), str(out)])


__all__ = ["fpdf", "gmt", "groff_mm", "mm_source", "pydyf_qa", "reuse"]
