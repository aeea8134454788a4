"""`field_tree`: a hand-written PDF form whose page text holds only the title, the labels and the furniture; every
answer is in an AcroForm field of a kind the earlier generators did not use. Each field is a parent (name, value,
/DA) whose widget is a kid without a name, so the value is inherited; an answer split over a page break is a
parent with one named kid field a page, each holding the part drawn there. The telephone number and the amount
applied for are comb fields (/MaxLen their length), the applying committee a list box (not a combo box) of the
committees of the form's year, paragraphs and bullets of an answer are lines of one multi-line value. A
follow-up's stage is a list box on even turns and two check boxes ("Slutredovisning", "Delredovisning", their
words on the page, one of them on) on odd turns. Even turns have no appearance streams and no /NeedAppearances
(the values are only in /V with a /DA); odd turns draw every value in an appearance stream.
"""

from __future__ import annotations

from pathlib import Path

from h15_pdf import PdfFile, pdf_string, rule_ops, text_string
from h16_content import OLD_DISTRICTS, Form, Section, district_in, genitive
from h16_layout import Page, Run, text_width
from h16_xobject import line_ops

MULTILINE, COMB = 1 << 12, 1 << 24
STAGES = ("Slutredovisning", "Delredovisning")


class FieldWriter:
    """Fields, their widgets and appearance streams, added to `pdf`; `fields` the top-level fields in order."""

    def __init__(self, pdf: PdfFile, with_ap: bool) -> None:
        self.pdf, self.with_ap = pdf, with_ap
        self.fields: list[int] = []

    def appearance(self, rect: tuple[float, float, float, float], runs: list[Run]) -> bytes:
        """The /AP entry drawing `runs` (page coordinates) in the widget's box, or nothing on a turn without."""
        if not self.with_ap:
            return b""
        x0, y0, x1, y1 = rect
        body = b"/Tx BMC q " + b"".join(line_ops(r, r.left - x0, r.y - y0, False) for r in runs) + b"Q EMC"
        body = body.replace(b"/F1 ", b"/Helv ").replace(b"/F2 ", b"/Helv ")
        ap = self.pdf.stream(
            body,
            b" /Type /XObject /Subtype /Form /BBox [0 0 %.2f %.2f] /Resources << /Font << /Helv 5 0 R >> >>"
            % (x1 - x0, y1 - y0),
        )
        return b" /AP << /N %d 0 R >>" % ap

    def widget(self, rect: tuple[float, float, float, float], parent: int, extra: bytes = b"") -> int:
        return self.pdf.add(
            b"<< /Type /Annot /Subtype /Widget /F 4 /Rect [%.2f %.2f %.2f %.2f] /Parent %d 0 R%s >>"
            % (*rect, parent, extra)
        )

    def text_field(
        self, name: str, pieces: list[tuple[int, tuple, list[Run]]], values: list[str], flags: int, extra: bytes = b""
    ) -> dict[int, list[int]]:
        """A parent text field; `pieces` (page index, rect, runs) become its kids, `values` their values. Returns the
        widgets per page."""
        size = pieces[0][2][0].size if pieces[0][2] else 10.0
        da = b" /DA (/Helv %.1f Tf 0 g)" % size
        parent = self.pdf.add(b"")
        widgets: dict[int, list[int]] = {}
        kids = []
        if len(pieces) == 1:
            page, rect, runs = pieces[0]
            w = self.widget(rect, parent, self.appearance(rect, runs))
            widgets.setdefault(page, []).append(w)
            kids.append(w)
            value = b" /V " + text_string(values[0])
        else:
            value = b""
            for k, (page, rect, runs) in enumerate(pieces, 1):
                kid = self.pdf.add(b"")
                w = self.widget(rect, kid, self.appearance(rect, runs))
                self.pdf.objects[kid] = b"<< /T %s /Parent %d 0 R /V %s /Kids [%d 0 R] >>" % (
                    pdf_string(str(k)),
                    parent,
                    text_string(values[k - 1]),
                    w,
                )
                widgets.setdefault(page, []).append(w)
                kids.append(kid)
        self.pdf.objects[parent] = b"<< /FT /Tx /T %s /Ff %d%s%s%s /Kids [%s] >>" % (
            pdf_string(name),
            flags,
            da,
            value,
            extra,
            b" ".join(b"%d 0 R" % k for k in kids),
        )
        self.fields.append(parent)
        return widgets

    def list_box(self, name: str, page: int, rect: tuple, options: list[str], chosen: str, size: float) -> dict:
        parent = self.pdf.add(b"")
        run = Run(rect[0] + 2, rect[1] + 3, chosen, size, False, "answer")
        w = self.widget(rect, parent, self.appearance(rect, [run]))
        opts = b" ".join(text_string(o) for o in options)
        self.pdf.objects[parent] = (
            b"<< /FT /Ch /T %s /Ff 0 /DA (/Helv %.1f Tf 0 g) /Opt [%s] /V %s /Kids [%d 0 R] >>"
            % (pdf_string(name), size, opts, text_string(chosen), w)
        )
        self.fields.append(parent)
        return {page: [w]}

    def check_box(self, name: str, page: int, rect: tuple, on: bool) -> dict:
        x0, y0, x1, y1 = rect
        cross = self.pdf.stream(
            b"q 0.8 w %.2f %.2f m %.2f %.2f l %.2f %.2f m %.2f %.2f l S Q"
            % (1, 1, x1 - x0 - 1, y1 - y0 - 1, 1, y1 - y0 - 1, x1 - x0 - 1, 1),
            b" /Type /XObject /Subtype /Form /BBox [0 0 %.2f %.2f]" % (x1 - x0, y1 - y0),
        )
        blank = self.pdf.stream(b"", b" /Type /XObject /Subtype /Form /BBox [0 0 %.2f %.2f]" % (x1 - x0, y1 - y0))
        state = b"/Yes" if on else b"/Off"
        ap = b" /AS %s /AP << /N << /Yes %d 0 R /Off %d 0 R >> >>" % (state, cross, blank)
        parent = self.pdf.add(b"")
        w = self.widget(rect, parent, ap)
        self.pdf.objects[parent] = b"<< /FT /Btn /T %s /V %s /Kids [%d 0 R] >>" % (pdf_string(name), state, w)
        self.fields.append(parent)
        return {page: [w]}


def committees(year: int) -> list[str]:
    return sorted({f"{genitive(district_in(d, year))} stadsdelsnämnd" for d in OLD_DISTRICTS})


def _rect(runs: list[Run], flip: float) -> tuple[float, float, float, float]:
    left = min(r.left for r in runs) - 2
    right = max(r.left + text_width(r.text, r.size, r.bold) for r in runs) + 4
    return (left, flip - max(r.y + r.size * 0.35 for r in runs), right, flip - min(r.y - r.size for r in runs))


def render(form: Form, pages: list[Page], path: Path, turn: int) -> int:
    pdf = PdfFile()
    writer = FieldWriter(pdf, with_ap=turn % 2 == 1)
    by_key: dict[str, list[tuple[int, tuple, list[Run]]]] = {}
    widgets: dict[int, list[int]] = {}
    extra_ops: dict[int, list[bytes]] = {}
    for n, page in enumerate(pages):
        flip = page.height
        for key in dict.fromkeys(r.key for r in page.runs if r.kind == "answer"):
            runs = [r for r in page.runs if r.kind == "answer" and r.key == key]
            flipped = [Run(r.x, flip - r.y, r.text, r.size, r.bold, r.kind, r.anchor, r.key) for r in runs]
            by_key.setdefault(key, []).append((n, _rect(runs, flip), flipped))
        for r in page.runs:
            if r.kind == "furniture" and r.text in STAGES:
                y = flip - r.y
                if turn % 2 == 0:
                    rect = (r.x - 2, y - 4, r.x + 110, y + r.size + 2)
                    found = writer.list_box("redovisning", n, rect, list(STAGES), r.text, r.size)
                else:
                    found, x = {}, r.x
                    for stage in STAGES:
                        box = (x, y - 1, x + r.size, y + r.size - 1)
                        for p, ws in writer.check_box(stage.lower(), n, box, stage == r.text).items():
                            found.setdefault(p, []).extend(ws)
                        label = Run(x + r.size + 4, y, stage, r.size, False, "furniture")
                        extra_ops.setdefault(n, []).append(line_ops(label, label.x, y, False))
                        x += r.size + 14 + text_width(stage, r.size)
                for p, ws in found.items():
                    widgets.setdefault(p, []).extend(ws)
    sections = {s.key: s for s in form.sections}
    for key, pieces in by_key.items():
        section = sections[key]
        if key == "sokande_namnd":
            n, rect, runs = pieces[0]
            chosen = section.text
            found = writer.list_box(key, n, rect, committees(form.year), chosen, runs[0].size)
        else:
            comb = key in ("telefon", "sokt_belopp")
            flags = COMB if comb else MULTILINE
            extra = b" /MaxLen %d" % len(section.text) if comb else b""
            values = [_value(section, runs, len(pieces)) for _, _, runs in pieces]
            found = writer.text_field(key, pieces, values, flags, extra)
        for p, ws in found.items():
            widgets.setdefault(p, []).extend(ws)
    numbers = []
    for n, page in enumerate(pages):
        flip = page.height
        ops = [rule_ops([(x0, flip - y0, x1, flip - y1) for x0, y0, x1, y1 in page.rules])]
        ops += [
            line_ops(r, r.left, flip - r.y, False)
            for r in page.runs
            if r.kind != "answer" and not (r.kind == "furniture" and r.text in STAGES)
        ]
        ops += extra_ops.get(n, [])
        annots = b" /Annots [%s]" % b" ".join(b"%d 0 R" % w for w in widgets.get(n, [])) if widgets.get(n) else b""
        numbers.append(pdf.page(page, b"".join(ops), extra=annots))  # type: ignore[arg-type]
    fields = b" ".join(b"%d 0 R" % f for f in writer.fields)
    pdf.write(
        path,
        numbers,
        b" /AcroForm << /Fields [%s] /DA (/Helv 0 Tf 0 g) /DR << /Font << /Helv 5 0 R >> >> >>" % fields,
    )
    return len(numbers)


def _value(section: Section, runs: list[Run], pieces: int) -> str:
    """The value of one piece: the whole answer's lines (paragraphs and bullets on lines of their own) when the
    answer is on one page, else the words drawn in this piece."""
    if pieces == 1:
        return "\n".join(section.lines()).replace("\u00a0", " ")
    return " ".join(r.text for r in runs).replace("\u00a0", " ")
