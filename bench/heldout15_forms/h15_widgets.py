"""`acro_widgets`: a city e-service's filled PDF form. The page text holds the labels only; every answer is the
/V value of an interactive form field, filled by a script: multi-line text fields, the applying committee as a
combo box whose /Opt lists every committee, a follow-up's stage as a radio group (/V names the chosen button,
its two captions printed beside the buttons). Half the files carry appearance streams for the values, half have
none and ask the viewer to make them (/NeedAppearances true).
"""

from __future__ import annotations

import random
from pathlib import Path

from h15_content import OLD_DISTRICTS, Form, district_in, genitive
from h15_layout import Box, Page, Run, layout, text_width
from h15_pdf import PdfFile, page_content, pdf_string, text_string

STAGES = ("Slutredovisning", "Delredovisning")


def field_value(form: Form, key: str) -> str:
    """A field's value as the e-service stores it: paragraphs and bullets on lines of their own."""
    section = next(s for s in form.sections if s.key == key)
    return "\n".join(section.lines()) if section.blocks else ""


def appearance(pdf: PdfFile, box: Box, value_lines: list[str]) -> int:
    x0, y0, x1, y1 = box.rect
    ops = [b"/Tx BMC q BT /F1 %.1f Tf 0 g" % box.size]
    y = y1 - y0 - box.size - 2
    ops.append(b" 2 %.2f Td" % y)
    for k, line in enumerate(value_lines):
        ops.append(
            b" %s Tj" % pdf_string(line) if k == 0 else b" 0 %.2f Td %s Tj" % (-box.size * 1.3, pdf_string(line))
        )
    ops.append(b" ET Q EMC")
    return pdf.stream(
        b"".join(ops),
        b" /Type /XObject /Subtype /Form /BBox [0 0 %.2f %.2f] /Resources << /Font << /F1 5 0 R >> >>"
        % (x1 - x0, y1 - y0),
        compress=False,
    )


def text_field(pdf: PdfFile, form: Form, box: Box, with_ap: bool, n: int) -> int:
    value = field_value(form, box.key)
    x0, y0, x1, y1 = box.rect
    common = b"/Type /Annot /Subtype /Widget /F 4 /Rect [%.2f %.2f %.2f %.2f] /T %s /DA (/Helv %.1f Tf 0 g)" % (
        x0,
        y0,
        x1,
        y1,
        pdf_string(f"{box.key}_{n}"),
        box.size,
    )
    if box.key == "sokande_namnd":  # a combo box of every committee of the year
        year_committees = sorted({f"{genitive(district_in(d, form.year))} stadsdelsnämnd" for d in OLD_DISTRICTS})
        options = b" ".join(text_string(c) for c in year_committees)
        body = b"<< %s /FT /Ch /Ff 131072 /Opt [%s] /V %s" % (common, options, text_string(value))
    else:
        body = b"<< %s /FT /Tx /Ff %d" % (common, 4096 if len(box.lines) > 1 else 0)
        if value:
            body += b" /V %s" % text_string(value)
    if with_ap:
        body += b" /AP << /N %d 0 R >>" % appearance(pdf, box, box.lines if value else [])
    return pdf.add(body + b" >>")


def stage_buttons(pdf: PdfFile, page: Page, form: Form, with_ap: bool) -> tuple[int, list[int]]:
    """Replace the drawn stage marker by a radio group with its two captions; the group's and widgets' numbers."""
    marker = next(r for r in page.runs if r.kind == "furniture" and r.text == form.stage_marker)
    page.runs.remove(marker)
    chosen = form.stage_marker
    parent = pdf.add(b"")  # filled in below, once the kids have their numbers
    kids = []
    x = marker.x
    for name in STAGES:
        rect = (x, marker.y - 2, x + 10, marker.y + 8)
        state = name if name == chosen else "Off"
        ap = b""
        if with_ap:
            on = pdf.stream(b"q 0 g 2 2 6 6 re f Q", b" /Type /XObject /Subtype /Form /BBox [0 0 10 10]", False)
            off = pdf.stream(b"q 0 G 0.5 0.5 9 9 re S Q", b" /Type /XObject /Subtype /Form /BBox [0 0 10 10]", False)
            ap = b" /AP << /N << /%s %d 0 R /Off %d 0 R >> >>" % (name.encode(), on, off)
        kids.append(
            pdf.add(
                b"<< /Type /Annot /Subtype /Widget /F 4 /Parent %d 0 R /Rect [%.2f %.2f %.2f %.2f] /AS /%s%s >>"
                % (parent, *rect, state.encode(), ap)
            )
        )
        page.runs.append(Run(x + 14, marker.y, name, "F1", marker.size, "furniture"))
        x += 14 + text_width(name, "F1", marker.size) + 24
    pdf.objects[parent] = b"<< /FT /Btn /Ff 49152 /T (redovisning) /V /%s /Kids [%s] >>" % (
        str(chosen).encode(),
        b" ".join(b"%d 0 R" % k for k in kids),
    )
    return parent, kids


def render(form: Form, rng: random.Random, path: Path, with_ap: bool) -> int:
    pages = layout(form, rng, rng.choice(("beside", "above", "inline", "grid")), boxes=True)
    pdf = PdfFile()
    page_numbers, fields = [], []
    for page in pages:
        annots = []
        if form.stage_marker and any(r.text == form.stage_marker and r.kind == "furniture" for r in page.runs):
            group, kids = stage_buttons(pdf, page, form, with_ap)
            annots += kids
            fields.append(group)
        for n, box in enumerate(page.boxes):
            annots.append(text_field(pdf, form, box, with_ap, n))
            fields.append(annots[-1])
        listed = b" ".join(b"%d 0 R" % a for a in annots)
        page_numbers.append(pdf.page(page, page_content(page, "line", rng), b" /Annots [%s]" % listed))
    acroform = pdf.add(
        b"<< /Fields [%s] /DR << /Font << /Helv 5 0 R >> >> /DA (/Helv 0 Tf 0 g)%s >>"
        % (b" ".join(b"%d 0 R" % f for f in fields), b"" if with_ap else b" /NeedAppearances true")
    )
    pdf.write(path, page_numbers, b" /AcroForm %d 0 R" % acroform)
    return len(pages)
