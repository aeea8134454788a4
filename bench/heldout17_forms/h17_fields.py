"""`radio_rich_fields`: a hand-written PDF form whose page holds only the title, the labels and the furniture;
the answers are in AcroForm fields written in ways no earlier generator used. Every text field's /V is a hex
string: PDFDocEncoding bytes on even turns, UTF-16BE with a byte-order mark on odd turns; an answer of more than
one paragraph or bullet is also in /RV as rich text (XHTML paragraphs, the field flagged RichText). A follow-up's
stage is a radio group whose two buttons' states are "0" and "1" and whose /Opt holds the export values
("Slutredovisning", "Delredovisning": both words on the page beside their buttons); an application's committee is
a combo box whose /Opt pairs an export code with the committee's name and whose /V is the code. No appearance
streams; /NeedAppearances true.
"""

from __future__ import annotations

import random
from pathlib import Path

from h15_pdf import PdfFile, pdf_string, rule_ops
from h16_layout import Page, Run, text_width
from h17_content import Form, Section

MULTILINE, RADIO, NO_TOGGLE_OFF, COMBO, RICH = 1 << 12, 1 << 15, 1 << 14, 1 << 17, 1 << 25
STAGES = ("Slutredovisning", "Delredovisning")
PDFDOC = {"•": 0x80, "–": 0x85}  # PDFDocEncoding's bullet and en dash; Latin-1 otherwise


def hex_string(text: str, utf16: bool) -> bytes:
    """`text` as a hex string: UTF-16BE with a BOM, or PDFDocEncoding bytes."""
    if utf16:
        return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"
    raw = bytes(PDFDOC.get(c, 0) or ord(c.encode("latin-1")) for c in text)
    return b"<" + raw.hex().encode() + b">"


def rich_text(section: Section) -> str:
    """The answer as the XHTML body a rich-text field keeps in /RV, one <p> a paragraph or bullet."""
    escape = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
    paras = "".join(f"<p>{line.translate(escape)}</p>" for line in section.lines())
    return (
        '<?xml version="1.0"?><body xmlns="http://www.w3.org/1999/xhtml" xmlns:xfa="http://www.xfa.org/schema/'
        f'xfa-data/1.0/" xfa:APIVersion="Acrobat:11.0.0" xfa:spec="2.0.2">{paras}</body>'
    )


def text_op(run: Run, flip: float) -> bytes:
    font = b"F2" if run.bold else b"F1"
    return b"BT /%s %.1f Tf %.2f %.2f Td %s Tj ET\n" % (font, run.size, run.left, flip - run.y, pdf_string(run.text))


def _rect(runs: list[Run], flip: float) -> tuple[float, float, float, float]:
    left = min(r.left for r in runs) - 2
    right = max(r.left + text_width(r.text, r.size, r.bold) for r in runs) + 4
    return (left, flip - max(r.y + r.size * 0.35 for r in runs), right, flip - min(r.y - r.size for r in runs))


class Fields:
    def __init__(self, pdf: PdfFile, utf16: bool) -> None:
        self.pdf, self.utf16 = pdf, utf16
        self.fields: list[int] = []
        self.widgets: dict[int, list[int]] = {}  # page index -> widget annotations

    def _widgets(self, parent: int, pieces: list[tuple[int, tuple]], extra: bytes = b"") -> list[int]:
        out = []
        for page, rect in pieces:
            w = self.pdf.add(
                b"<< /Type /Annot /Subtype /Widget /F 4 /Rect [%.2f %.2f %.2f %.2f] /Parent %d 0 R%s >>"
                % (*rect, parent, extra)
            )
            self.widgets.setdefault(page, []).append(w)
            out.append(w)
        return out

    def _field(self, body: bytes, pieces: list[tuple[int, tuple]], widget_extra: bytes = b"") -> None:
        parent = self.pdf.add(b"")
        kids = self._widgets(parent, pieces, widget_extra)
        self.pdf.objects[parent] = b"<< %s /Kids [%s] >>" % (body, b" ".join(b"%d 0 R" % k for k in kids))
        self.fields.append(parent)

    def text(self, name: str, section: Section, pieces: list[tuple[int, tuple]], size: float) -> None:
        lines = section.lines()
        value = "\n".join(lines).replace("\u00a0", " ")
        flags = MULTILINE if len(lines) > 1 or len(value) > 60 else 0
        rich = b""
        if len(lines) > 1:
            flags |= RICH
            rich = b" /RV " + hex_string(rich_text(section).replace("\u00a0", " "), self.utf16)
        shown = b" /V " + hex_string(value, self.utf16) if value else b""
        body = b"/FT /Tx /T %s /Ff %d /DA (/Helv %.1f Tf 0 g)%s%s" % (pdf_string(name), flags, size, shown, rich)
        self._field(body, pieces)

    def combo(
        self, name: str, page: int, rect: tuple, options: list[tuple[str, str]], chosen: str, size: float
    ) -> None:
        opts = b" ".join(b"[%s %s]" % (pdf_string(code), hex_string(shown, self.utf16)) for code, shown in options)
        body = b"/FT /Ch /T %s /Ff %d /DA (/Helv %.1f Tf 0 g) /Opt [%s] /V %s" % (
            pdf_string(name),
            COMBO,
            size,
            opts,
            pdf_string(chosen),
        )
        self._field(body, [(page, rect)])

    def radio(self, name: str, page: int, boxes: list[tuple], chosen: int) -> None:
        parent = self.pdf.add(b"")
        kids = []
        for k, rect in enumerate(boxes):
            x0, y0, x1, y1 = rect
            r = (x1 - x0) / 2
            bbox = b" /Type /XObject /Subtype /Form /BBox [0 0 %.2f %.2f]" % (x1 - x0, y1 - y0)
            dot = self.pdf.stream(b"q 0 g %.2f %.2f %.2f %.2f re f Q" % (r * 0.5, r * 0.5, r, r), bbox)
            blank = self.pdf.stream(b"", bbox)
            state = b"/%d" % k if k == chosen else b"/Off"
            extra = b" /MK << /BC [0 0 0] >> /AS %s /AP << /N << /%d %d 0 R /Off %d 0 R >> >>" % (state, k, dot, blank)
            kids += self._widgets(parent, [(page, rect)], extra)
        opts = b" ".join(pdf_string(s) for s in STAGES)
        self.pdf.objects[parent] = b"<< /FT /Btn /T %s /Ff %d /Opt [%s] /V /%d /Kids [%s] >>" % (
            pdf_string(name),
            RADIO | NO_TOGGLE_OFF,
            opts,
            chosen,
            b" ".join(b"%d 0 R" % k for k in kids),
        )
        self.fields.append(parent)


def committee_options(form: Form, rng: random.Random, chosen: str) -> tuple[list[tuple[str, str]], str]:
    """The combo box's options (export code, committee) with the form's committee among them, and its code."""
    from h14_content import OLD_DISTRICTS, district_in, genitive

    names = sorted({f"{genitive(district_in(d, form.year))} stadsdelsnämnd" for d in OLD_DISTRICTS} | {chosen})
    start = rng.randint(10, 60)
    options = [(f"SDN{start + k:03d}", name) for k, name in enumerate(names)]
    return options, dict((n, c) for c, n in options)[chosen]


def render(form: Form, pages: list[Page], path: Path, rng: random.Random, turn: int) -> int:
    pdf = PdfFile()
    fields = Fields(pdf, utf16=turn % 2 == 1)
    sections = {s.key: s for s in form.sections}
    pieces, sizes = answer_pieces(pages)
    extra_ops: dict[int, list[bytes]] = {}
    for n, page in enumerate(pages):
        flip = page.height
        for r in page.runs:
            if r.kind == "furniture" and r.text in STAGES:
                y, x, boxes = flip - r.y, r.x, []
                for stage in STAGES:
                    boxes.append((x, y - 1, x + r.size, y + r.size - 1))
                    extra_ops.setdefault(n, []).append(
                        text_op(Run(x + r.size + 4, r.y, stage, r.size, False, "furniture"), flip)
                    )
                    x += r.size + 16 + text_width(stage, r.size)
                fields.radio("redovisning", n, boxes, STAGES.index(r.text))
    for key, where in pieces.items():
        section = sections[key]
        if key == "sokande_namnd":
            options, code = committee_options(form, rng, section.text)
            fields.combo(key, where[0][0], where[0][1], options, code, sizes[key])
        else:
            fields.text(key, section, where, sizes[key])
    return write_form(pdf, pages, fields.fields, fields.widgets, extra_ops, path)


def answer_pieces(pages: list[Page]) -> tuple[dict[str, list[tuple[int, tuple]]], dict[str, float]]:
    """Each section's answer rectangles (page index, PDF rectangle), one a page it runs over, and its text size."""
    pieces: dict[str, list[tuple[int, tuple]]] = {}
    sizes: dict[str, float] = {}
    for n, page in enumerate(pages):
        for key in dict.fromkeys(r.key for r in page.runs if r.kind == "answer"):
            runs = [r for r in page.runs if r.kind == "answer" and r.key == key]
            pieces.setdefault(key, []).append((n, _rect(runs, page.height)))
            sizes[key] = runs[0].size
    return pieces, sizes


def write_form(
    pdf: PdfFile,
    pages: list[Page],
    fields: list[int],
    widgets: dict[int, list[int]],
    extra_ops: dict[int, list[bytes]],
    path: Path,
    frames: dict[int, list[tuple[float, float, float, float]]] | None = None,
) -> int:
    """Write the pages (labels, furniture and rules, no answers; `frames`: more rules a page, in PDF coordinates)
    with their widgets and the AcroForm of `fields` to `path`; the page count."""
    numbers = []
    for n, page in enumerate(pages):
        flip = page.height
        rules = [(x0, flip - y0, x1, flip - y1) for x0, y0, x1, y1 in page.rules]
        ops = [rule_ops(rules + (frames or {}).get(n, []))]
        ops += [
            text_op(r, flip)
            for r in page.runs
            if r.kind != "answer" and not (r.kind == "furniture" and r.text in STAGES)
        ]
        ops += extra_ops.get(n, [])
        annots = b" /Annots [%s]" % b" ".join(b"%d 0 R" % w for w in widgets[n]) if widgets.get(n) else b""
        numbers.append(pdf.page(page, b"".join(ops), extra=annots))  # type: ignore[arg-type]
    acro = b" /AcroForm << /Fields [%s] /NeedAppearances true /DA (/Helv 0 Tf 0 g) /DR << /Font << /Helv 5 0 R >> >> >>"
    pdf.write(path, numbers, acro % b" ".join(b"%d 0 R" % f for f in fields))
    return len(numbers)
