"""The text-layer families: five producers none of the earlier generators used.

`textpdf_tabs` (Perl's Text::PDF, the low-level ancestor of PDF::API2, from a small Perl driver: base-14 Helvetica in
WinAnsi, not embedded, each page's operators written by this generator from h29_layout's `side_tabs`, the parts'
headings turned a quarter on their dark tabs); `gri_watermark` (Gri, the scientific graphing language, one script
for the whole form placing h29_layout's `draft_watermark` in PostScript Helvetica, the pale diagonal word drawn first
on every page, then the form; `new page` between pages; made PDF by ps2pdf); `ploticus_rules` (ploticus, the
data-display engine, its `annotate` and `line` procedures placing h29_layout's `centred_rules`, `#proc page` between
pages; PostScript made PDF by ps2pdf); `grace_vcentre` (Grace's batch printer gracebat, one project a page whose
strings and lines are placed in viewport units from h29_layout's `vcentre_cells`, printed to PostScript, made PDF by
ps2pdf and joined by qpdf); `html2ps_steps` (html2ps, the Perl HTML-to-PostScript converter, with its own layout and
Times fonts, printing an e-service's summary page: a step bar "1 Sökande › 2 Insatsen › …" at the head, the form's
parts as headings "Steg 2 av 3: Syfte" above a table of label | answer rows, the label cells shaded and the short
fields two pairs a row; PostScript made PDF by ps2pdf).
"""

from __future__ import annotations

import html
import math
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from h29_content import GROUPS, Form, Section
from h29_layout import Page, Turned, text_width
from h29_layout import layout as place

CM = 2.54 / 72  # centimetres a point
IN = 1 / 72  # inches a point


def _run(command: list[str], cwd: Path | None = None) -> None:
    done = subprocess.run(command, capture_output=True, timeout=300, cwd=cwd)
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} failed: {(done.stderr or done.stdout).decode(errors='replace')[-800:]}")


def _latin1(text: str) -> str:
    """`text` in Latin-1, as the PostScript producers' fonts are encoded: the dash and bullet as hyphens."""
    return text.replace("\u2013", "-").replace("\u2022", "-").replace("\u00a0", " ")


def textpdf_available() -> bool:
    if shutil.which("perl") is None:
        return False
    return subprocess.run(["perl", "-MText::PDF::File", "-e", "1"], capture_output=True).returncode == 0


def gri_available() -> bool:
    return shutil.which("gri") is not None and shutil.which("ps2pdf") is not None


def ploticus_available() -> bool:
    return shutil.which("ploticus") is not None and shutil.which("ps2pdf") is not None


def grace_available() -> bool:
    return all(shutil.which(t) for t in ("gracebat", "ps2pdf", "qpdf"))


def html2ps_available() -> bool:
    return shutil.which("html2ps") is not None and shutil.which("ps2pdf") is not None


# --- Text::PDF ----------------------------------------------------------------------------------------------------


def _pdf_string(text: str) -> bytes:
    raw = text.replace("\u00a0", " ").encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def page_ops(page: Page) -> bytes:
    """A page's content stream: boxes (filled grey or stroked rules), then texts; y turned up from the foot."""
    height = page.height
    ops = [b"0.5 w"]
    for b in page.boxes:
        y0, y1 = height - b.y0, height - b.y1
        if b.fill is not None:
            ops.append(b"%.2f g %.2f %.2f %.2f %.2f re f 0 g" % (b.fill, b.x0, y1, b.x1 - b.x0, y0 - y1))
        elif abs(y0 - y1) < 0.1 or abs(b.x1 - b.x0) < 0.1:
            ops.append(b"%.2f %.2f m %.2f %.2f l S" % (b.x0, y0, b.x1, y1))
        else:
            ops.append(b"%.2f %.2f %.2f %.2f re S" % (b.x0, y1, b.x1 - b.x0, y0 - y1))
    for t in page.texts:
        if not t.text.strip():
            continue
        angle = math.radians(t.angle) if isinstance(t, Turned) else 0.0
        c, s = math.cos(angle), math.sin(angle)
        ops.append(
            b"BT %.2f g /F%d %.2f Tf %.4f %.4f %.4f %.4f %.2f %.2f Tm %s Tj ET"
            % (t.grey, int(t.bold), t.size, c, s, -s, c, t.x, height - t.y, _pdf_string(t.text))
        )
    return b"\n".join(ops) + b"\n"


TEXTPDF_DRIVER = r"""
use strict;
use Text::PDF::File; use Text::PDF::Page; use Text::PDF::SFont; use Text::PDF::Utils;
my ($out, @parts) = @ARGV;
my $pdf = Text::PDF::File->new;
my $root = Text::PDF::Pages->new($pdf);
$root->proc_set("PDF", "Text");
$root->bbox(0, 0, 595, 842);
my $n = 0;
foreach my $face ("Helvetica", "Helvetica-Bold") {
    my $font = Text::PDF::SFont->new($pdf, $face, "F" . $n++);
    $font->{"Encoding"} = PDFName("WinAnsiEncoding");
    $root->add_font($font);
}
foreach my $part (@parts) {
    open(my $fh, "<:raw", $part) or die $!;
    local $/; my $ops = <$fh>; close($fh);
    my $page = Text::PDF::Page->new($pdf, $root);
    $page->add($ops);
}
my $info = PDFDict();
$info->{"Producer"} = PDFStr("Text::PDF $Text::PDF::File::VERSION");
$info->{"Creator"} = PDFStr("blankett.pl");
$pdf->new_obj($info);
$pdf->{"Info"} = $info;
$pdf->out_file($out);
"""


def textpdf(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "side_tabs")
    with tempfile.TemporaryDirectory(prefix="h29-textpdf-") as tmp:
        driver = Path(tmp) / "blankett.pl"
        driver.write_text(TEXTPDF_DRIVER, "utf-8")
        parts = []
        for n, page in enumerate(pages, 1):
            part = Path(tmp) / f"sida{n}.ops"
            part.write_bytes(page_ops(page))
            parts.append(str(part))
        _run(["perl", str(driver), str(out), *parts])
    return len(pages)


# --- Gri ----------------------------------------------------------------------------------------------------------


def _gri_string(text: str) -> str:
    text = _latin1(text)
    if set(text) & set('"\\$'):
        raise ValueError(f"Gri markup in {text!r}")
    return '"' + text + '"'


def gri_script(pages: list[Page]) -> str:
    out = ["set page size A4", "set font encoding isolatin1", "set line width 0.5"]
    for n, page in enumerate(pages):
        if n:
            out.append("new page")
        for b in page.boxes:
            x0, y0, x1, y1 = b.x0 * CM, (page.height - b.y0) * CM, b.x1 * CM, (page.height - b.y1) * CM
            out.append(f"draw line from {x0:.3f} {y0:.3f} to {x1:.3f} {y1:.3f} cm")
        for t in page.texts:
            if not t.text.strip():
                continue
            grey = 0.82 if t.grey else 0.0
            out += [f"set graylevel {grey:.2f}", f"set font to {'HelveticaBold' if t.bold else 'Helvetica'}",
                    f"set font size {t.size:.1f}"]  # fmt: skip
            turned = f" rotated {t.angle:.1f}" if isinstance(t, Turned) else ""
            at = f"{t.x * CM:.3f} {(page.height - t.y) * CM:.3f}"
            out.append(f"draw label {_gri_string(t.text)} at {at} cm{turned}")
        out.append("set graylevel 0")
    return "\n".join(out) + "\n"


def gri(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "draft_watermark")
    with tempfile.TemporaryDirectory(prefix="h29-gri-") as tmp:
        source, ps = Path(tmp) / "blankett.gri", Path(tmp) / "blankett.ps"
        source.write_bytes(gri_script(pages).encode("latin-1"))
        _run(["gri", "-batch", "-output", str(ps), str(source)], cwd=Path(tmp))
        _run(["ps2pdf", "-sPAPERSIZE=a4", "-dFIXEDMEDIA", str(ps), str(out)])
    return len(pages)


# --- ploticus -----------------------------------------------------------------------------------------------------


def _ploticus_text(text: str) -> str:
    return _latin1(text).replace("@", "@@").strip()


PLOTICUS_SHIFT = (14.0, 8.0)  # ploticus' PostScript moves the whole drawing this far right and up, in points


def ploticus_script(pages: list[Page]) -> str:
    dx, dy = PLOTICUS_SHIFT
    out: list[str] = []
    for page in pages:
        out += ["#proc page", "pagesize: 8.27 11.69", ""]
        for b in page.boxes:
            y0, y1 = (page.height - b.y0 - dy) * IN, (page.height - b.y1 - dy) * IN
            out += ["#proc line", "linedetails: width=0.5",
                    f"points: {(b.x0 - dx) * IN:.4f} {y0:.4f} {(b.x1 - dx) * IN:.4f} {y1:.4f}", ""]  # fmt: skip
        for t in page.texts:
            if not t.text.strip():
                continue
            font = "/Helvetica-Bold" if t.bold else "/Helvetica"  # annotate's location is the line's baseline
            out += ["#proc annotate", f"location: {(t.x - dx) * IN:.4f} {(page.height - t.y - dy) * IN:.4f}",
                    f"textdetails: size={int(t.size)} font={font} align=L", f"text: {_ploticus_text(t.text)}",
                    ""]  # fmt: skip
    return "\n".join(out) + "\n"


def ploticus(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "centred_rules", whole=True)  # ploticus sets whole point sizes only
    with tempfile.TemporaryDirectory(prefix="h29-pl-") as tmp:
        source, ps = Path(tmp) / "blankett.pl", Path(tmp) / "blankett.ps"
        source.write_bytes(ploticus_script(pages).encode("latin-1"))
        _run(["ploticus", "-ps", "-o", str(ps), str(source)], cwd=Path(tmp))
        _run(["ps2pdf", "-sPAPERSIZE=a4", "-dFIXEDMEDIA", str(ps), str(out)])
    return len(pages)


# --- Grace --------------------------------------------------------------------------------------------------------

GRACE_PT = 16.66  # points of one unit of Grace's character size


def grace_project(page: Page) -> str:
    """One page as a Grace project: viewport units, the page's width 1.0 wide, y up from the foot."""
    unit = page.width
    out = ["@version 50125", f"@page size {page.width:.0f}, {page.height:.0f}",
           '@map font 0 to "Helvetica", "Helvetica"', '@map font 1 to "Helvetica-Bold", "Helvetica-Bold"',
           "@g0 on", "@g0 hidden true"]  # fmt: skip
    for b in page.boxes:
        coords = f"{b.x0 / unit:.5f}, {(page.height - b.y0) / unit:.5f}, {b.x1 / unit:.5f}, {(page.height - b.y1) / unit:.5f}"
        out += ["@with line", "@    line on", "@    line loctype view", f"@    line {coords}",
                "@    line linewidth 0.5", "@    line color 1", "@line def"]  # fmt: skip
    for t in page.texts:
        if not t.text.strip():
            continue
        text = _latin1(t.text)
        if "\\" in text:
            raise ValueError(f"Grace markup in {text!r}")
        out += ["@with string", "@    string on", "@    string loctype view",
                f"@    string {t.x / unit:.5f}, {(page.height - t.y) / unit:.5f}", "@    string color 1",
                "@    string rot 0", f"@    string font {int(t.bold)}", "@    string just 0",
                f"@    string char size {t.size / GRACE_PT:.4f}", f'@    string def "{text.replace(chr(34), chr(39))}"']  # fmt: skip
    return "\n".join(out) + "\n"


def grace(form: Form, rng: random.Random, out: Path, turn: int) -> int:
    pages = place(form, rng, "vcentre_cells")
    with tempfile.TemporaryDirectory(prefix="h29-grace-") as tmp:
        parts = []
        for n, page in enumerate(pages, 1):
            source, ps, part = (Path(tmp) / f"sida{n}.{ext}" for ext in ("agr", "ps", "pdf"))
            source.write_bytes(grace_project(page).encode("latin-1"))
            _run(["gracebat", "-hardcopy", "-hdevice", "PostScript", "-printfile", str(ps), str(source)], cwd=Path(tmp))
            _run(["ps2pdf", "-sPAPERSIZE=a4", "-dFIXEDMEDIA", str(ps), str(part)])
            parts.append(part)
        _run(["qpdf", str(parts[0]), "--pages", *map(str, parts), "--", str(out)])
    return len(pages)


# --- html2ps ------------------------------------------------------------------------------------------------------


def _h(text: str) -> str:
    return html.escape(text, quote=False)


def _answer_html(section: Section) -> str:
    out, items = [], []
    for line in section.lines():
        if line.startswith("• "):
            items.append(f"<li>{_h(line[2:])}</li>")
            continue
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            items = []
        out.append(f"<p>{_h(line)}</p>" if len(section.lines()) > 1 else _h(line))
    if items:
        out.append("<ul>" + "".join(items) + "</ul>")
    return "".join(out) or "&nbsp;"


def _parts(form: Form) -> list[tuple[str, list[Section]]]:
    parts: list[tuple[str, list[Section]]] = []
    for section in form.sections:
        heading = GROUPS.get(section.key)
        if heading or not parts:
            parts.append((heading.split(". ", 1)[-1] if heading else "Uppgifter", []))
        parts[-1][1].append(section)
    return parts


def steps_html(form: Form, rng: random.Random) -> str:
    parts = _parts(form)
    shade = rng.choice(("#e4e4e4", "#dde6ee", "#ece8dc"))
    label_w = rng.choice((28, 32, 36))
    steps = " &rsaquo; ".join(f"{k}&nbsp;{_h(name)}" for k, (name, _) in enumerate(parts, 1))
    out = [
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
        f"<title>{_h(form.title)}</title></head><body>",
        f'<table width="100%" border="0" cellpadding="2"><tr><td>{_h(form.running_header)}</td>'
        f'<td align="right">{_h(form.dnr)}</td></tr></table>',
        f'<table width="100%" border="1" cellpadding="3"><tr><td bgcolor="{shade}">{steps} &rsaquo; '
        f"{len(parts) + 1}&nbsp;Skicka</td></tr></table>",
        f"<h2>{_h(form.title)}</h2>",
    ]
    for k, (name, sections) in enumerate(parts, 1):
        out.append(f"<h3>Steg {k} av {len(parts)}: {_h(name)}</h3>")
        out.append('<table width="100%" border="1" cellpadding="4" cellspacing="0">')
        short = [s for s in sections if s in form.header] if form.header else []
        for start in range(0, len(short), 2):
            row = short[start : start + 2]
            cells = "".join(f'<td bgcolor="{shade}" width="18%"><b>{_h(s.label)}</b></td><td width="32%">'
                            f"{_answer_html(s)}</td>" for s in row)  # fmt: skip
            out.append(f"<tr>{cells}{'<td></td><td></td>' if len(row) == 1 else ''}</tr>")
        for section in sections:
            if section in short:
                continue
            span = ' colspan="3"' if short else ""
            out.append(f'<tr><td bgcolor="{shade}" width="{label_w}%" valign="top"><b>{_h(section.label)}</b></td>'
                       f'<td valign="top"{span}>{_answer_html(section)}</td></tr>')  # fmt: skip
            if section.key == form.stage_after and form.stage_marker:
                out.append(f'<tr><td bgcolor="{shade}"></td><td{span}><b>{_h(form.stage_marker)}</b></td></tr>')
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


HTML2PS_CONFIG = """@html2ps {
  paper { type: A4; }
  option { number: 1; }
  footer { right: "Sida $N"; }
  font { times { names: "Times-Roman Times-Italic Times-Bold Times-BoldItalic"; } }
}
BODY { font-size: %spt; }
H2 { font-size: %spt; }
H3 { font-size: %spt; }
"""


def html2ps(form: Form, rng: random.Random, out: Path, turn: int) -> None:
    with tempfile.TemporaryDirectory(prefix="h29-html2ps-") as tmp:
        page, ps, config = Path(tmp) / "blankett.html", Path(tmp) / "blankett.ps", Path(tmp) / "blankett.rc"
        page.write_bytes(steps_html(form, rng).encode("latin-1", errors="xmlcharrefreplace"))
        size = rng.choice((10, 11))
        config.write_text(HTML2PS_CONFIG % (size, size + 5, size + 2), "latin-1")
        _run(["html2ps", "-f", str(config), "-o", str(ps), str(page)], cwd=Path(tmp))
        _run(["ps2pdf", "-sPAPERSIZE=a4", str(ps), str(out)])


__all__ = ["grace", "gri", "html2ps", "page_ops", "ploticus", "steps_html", "text_width", "textpdf"]
