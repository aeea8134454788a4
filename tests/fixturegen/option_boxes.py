"""A small fillable PDF whose stage is chosen in a row of check boxes, written object by object (not the
tenth generator's radio group, whose states are named after their captions): two independent check
boxes whose export values are "Val1" and "Val2", each with its caption printed just right of it, the
second one ticked; the answers are printed.

    .venv/bin/python -m fixturegen.option_boxes tests/data/option_boxes   (from tests/, or with PYTHONPATH=tests)

The committed file in tests/data/option_boxes is this module's output (a test checks it still is).
"""

from __future__ import annotations

import sys
from pathlib import Path

from fixturegen.viewer_layers import HEIGHT, one_page, text_op, write_all

_PRINTED = (
    ("Bilaga 5 - Uppföljning trygghetsinvestering", 60, 70, 14, "F2"),
    ("Projektnamn", 60, 120, 10, "F2"),
    ("Belysning vid Årsta torg", 220, 120, 10, "F1"),
    ("Plats", 60, 150, 10, "F2"),
    ("Årsta torg, Södermalms stadsdelsnämnd", 220, 150, 10, "F1"),
    ("Slutredovisning", 76, 180, 10, "F1"),
    ("Delredovisning", 196, 180, 10, "F1"),
    ("Resultat", 60, 210, 10, "F2"),
    ("Fler rör sig på torget efter mörkrets inbrott.", 220, 210, 10, "F1"),
)


def _box(export: str, x: float, checked: bool) -> bytes:
    bottom = HEIGHT - 181
    state = export if checked else "Off"
    return (
        f"<< /Type /Annot /Subtype /Widget /FT /Btn /T ({export}) /F 4 /Rect [{x} {bottom} {x + 10} {bottom + 10}]"
        f" /V /{state} /AS /{state} /MK << /CA (8) >> >>"
    ).encode()


def option_boxes_pdf() -> bytes:
    content = b"\n".join(text_op(text, x, HEIGHT - top, size, font) for text, x, top, size, font in _PRINTED)
    return one_page(
        content,
        catalog_extra=b"/AcroForm << /Fields [7 0 R 8 0 R] >>",
        page_extra=b"/Annots [7 0 R 8 0 R]",
        more=[_box("Val1", 62, False), _box("Val2", 182, True)],
    )


FIXTURES = {"option-boxes.pdf": option_boxes_pdf}


if __name__ == "__main__":
    for path in write_all(Path(sys.argv[1]), FIXTURES):
        print(path)
