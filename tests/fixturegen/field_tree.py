"""A small fillable PDF whose answers are only in a field tree, written object by object: the page prints the
title and labels; each answer is a parent field holding the type, value and /DA, its widget a kid with no name
(everything inherited). The project name is a multiline field one row tall that fits its value only at
Helvetica's real widths; the applying committee a list box (no combo flag) whose value is an export value
/Opt pairs with its display text, in a box two rows tall; the stage a list box
with no /V, chosen by its index (/I); the result a parent whose two named kid fields hold a part each. No
appearance streams and no /NeedAppearances: the values are only in /V.

    .venv/bin/python -m fixturegen.field_tree tests/data/field_tree   (from tests/, or with PYTHONPATH=tests)

The committed file in tests/data/field_tree is this module's output (a test checks it still is).
"""

from __future__ import annotations

import sys
from pathlib import Path

from fixturegen.viewer_layers import HEIGHT, literal, one_page, text_op, write_all

_PRINTED = (
    ("Bilaga 3 - Uppföljning trygghetsinvestering", 60, 70, 14, "F2"),
    ("Projektnamn", 60, 120, 10, "F2"),
    ("Sökande nämnd", 60, 151, 10, "F2"),
    ("Redovisning", 60, 200, 10, "F2"),
    ("Resultat", 60, 230, 10, "F2"),
)
_FIRST = 7  # the number of the first object after one_page's six
MULTILINE = 1 << 12
DA = b"/DA (/Helv 10 Tf 0 g)"


def _rect(x0: float, top: float, x1: float, bottom: float) -> bytes:
    return b"/Rect [%.2f %.2f %.2f %.2f]" % (x0, HEIGHT - bottom, x1, HEIGHT - top)


def field_tree_pdf() -> bytes:
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return _FIRST + len(objects) - 1

    def kid_widget(parent: int, rect: bytes) -> bytes:
        return b"<< /Type /Annot /Subtype /Widget /F 4 " + rect + b" /Parent %d 0 R >>" % parent

    # Each parent is object n, its widget n + 1 (added right after it).
    widgets, fields = [], []
    number = _FIRST
    project = literal("Belysning och trygghetsvandring vid Årsta torg i Skarpnäck")
    committees = b"[(sdn-farsta) %s] [(sdn-skarpnack) %s]" % (
        literal("Farsta stadsdelsnämnd"),
        literal("Skarpnäcks stadsdelsnämnd"),
    )
    parents = [
        (b"/FT /Tx /T (projektnamn) /Ff %d %s /V %s" % (MULTILINE, DA, project), _rect(218, 112, 488, 126)),
        (b"/FT /Ch /T (sokande) %s /Opt [%s] /V (sdn-skarpnack)" % (DA, committees), _rect(218, 142, 318, 170)),
        (
            b"/FT /Ch /T (redovisning) %s /Opt [(Slutredovisning) (Delredovisning)] /I [0]" % DA,
            _rect(218, 192, 330, 206),
        ),
    ]
    for entries, rect in parents:
        add(b"<< " + entries + b" /Kids [%d 0 R] >>" % (number + 1))
        widgets.append(add(kid_widget(number, rect)))
        fields.append(number)
        number += 2
    # The result: a parent with two named kid fields, a part each, each with an unnamed widget.
    result = number
    add(b"<< /FT /Tx /T (resultat) /Ff %d %s /Kids [%d 0 R %d 0 R] >>" % (MULTILINE, DA, result + 1, result + 3))
    for k, (part, top) in enumerate((("Fler rör sig på torget", 222), ("efter mörkrets inbrott.", 236)), 1):
        kid = add(b"<< /T (%d) /Parent %d 0 R /V %s /Kids [%d 0 R] >>" % (k, result, literal(part), result + 2 * k))
        widgets.append(add(kid_widget(kid, _rect(218, top, 450, top + 14))))
    fields.append(result)
    content = b"\n".join(text_op(text, x, HEIGHT - top, size, font) for text, x, top, size, font in _PRINTED)
    refs = lambda numbers: b" ".join(b"%d 0 R" % n for n in numbers)  # noqa: E731
    return one_page(
        content,
        catalog_extra=b"/AcroForm << /Fields [" + refs(fields) + b"] /DA (/Helv 0 Tf 0 g) >>",
        page_extra=b"/Annots [" + refs(widgets) + b"]",
        more=objects,
    )


FIXTURES = {"field-tree.pdf": field_tree_pdf}


if __name__ == "__main__":
    for path in write_all(Path(sys.argv[1]), FIXTURES):
        print(path)
