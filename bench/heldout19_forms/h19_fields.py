"""`inherited_fields`: a hand-written PDF form whose page holds the title, the labels, the stage marker, the
furniture and rules; the answers are only in AcroForm text fields, in constructions no earlier generator used. On
even turns each answer's field is a parent node holding /FT, /Ff and /V, and the widgets are its kid *fields*
(partial names "svar", "svar2" … one a page the answer runs over) with neither /FT nor /V of their own: both are
inherited from the parent, so the value belongs to the terminal field "key.svar" by inheritance only. On odd turns
each answer is one multi-line field with its value in /V and widget kids whose normal appearance is an empty form
XObject, /NeedAppearances false: a viewer shows blank boxes, the text is only in /V. Values are UTF-16BE text strings
with a byte-order mark when not ASCII.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout17_forms"))
from h15_pdf import PdfFile, pdf_string, text_string  # noqa: E402
from h16_layout import Page  # noqa: E402
from h17_fields import STAGES, answer_pieces, text_op, write_form  # noqa: E402
from h19_content import Form  # noqa: E402

MULTILINE = 1 << 12


def render(form: Form, pages: list[Page], path: Path, turn: int) -> int:
    pdf = PdfFile()
    inherited = turn % 2 == 0
    sections = {s.key: s for s in form.sections}
    pieces, sizes = answer_pieces(pages)
    fields: list[int] = []
    widgets: dict[int, list[int]] = {}
    for key, where in pieces.items():
        value = "\n".join(sections[key].lines()).replace("\u00a0", " ")
        flags = MULTILINE if "\n" in value or len(value) > 50 else 0
        parent = pdf.add(b"")
        kids = []
        for k, (page, rect) in enumerate(where):
            if inherited:  # a kid field merged with its widget: a partial name, nothing else of a field's own
                own = b" /T %s" % pdf_string("svar" if k == 0 else f"svar{k + 1}")
            else:  # a pure widget whose appearance shows nothing
                x0, y0, x1, y1 = rect
                empty = pdf.stream(b"", b" /Type /XObject /Subtype /Form /BBox [0 0 %.2f %.2f]" % (x1 - x0, y1 - y0))
                own = b" /AP << /N %d 0 R >>" % empty
            kids.append(
                pdf.add(
                    b"<< /Type /Annot /Subtype /Widget /F 4 /Rect [%.2f %.2f %.2f %.2f] /Parent %d 0 R%s >>"
                    % (*rect, parent, own)
                )
            )
            widgets.setdefault(page, []).append(kids[-1])
        pdf.objects[parent] = b"<< /FT /Tx /T %s /Ff %d /V %s /DA (/Helv %.1f Tf 0 g) /Kids [%s] >>" % (
            pdf_string(key),
            flags,
            text_string(value),
            sizes[key],
            b" ".join(b"%d 0 R" % k for k in kids),
        )
        fields.append(parent)
    stage_ops: dict[int, list[bytes]] = {}  # write_form leaves out the stage marker: it is drawn here as text
    for n, page in enumerate(pages):
        stage_ops[n] = [text_op(r, page.height) for r in page.runs if r.kind == "furniture" and r.text in STAGES]
    count = write_form(pdf, pages, fields, widgets, stage_ops, path)
    if not inherited:  # no NeedAppearances (false): the empty appearances are what a viewer shows; blanks keep
        flag = b"/NeedAppearances true"  # the cross-reference offsets
        path.write_bytes(path.read_bytes().replace(flag, b" " * len(flag)))
    return count
