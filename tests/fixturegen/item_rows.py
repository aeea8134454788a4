"""A small PDF of a form that runs several fields on in a row as items, drawn with reportlab in Helvetica
(not Chromium's flex rows, the tenth generator's construction): each item as wide as its label or its
answer, the next one an em and a half after it, so no item lines up with another row's; "Label: answer"
items, an item whose answer wraps under its own start, two labels side by side with their answers on
the line under them, and bold labels closed by a colon above plain answers.

    .venv/bin/python -m fixturegen.item_rows tests/data/item_rows   (from tests/, or with PYTHONPATH=tests)

The committed file in tests/data/item_rows is this module's output (a test checks it still is).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

HEIGHT, LEFT, SIZE, LEAD = 842.0, 60.0, 10.0, 13.0
ITEM_GAP = 1.5 * SIZE
BOLD, PLAIN = "Helvetica-Bold", "Helvetica"

# Rows of items; an item is (label, answer beside it, answer lines under it).
_ROWS: tuple[tuple[tuple[str, str, tuple[str, ...]], ...], ...] = (
    (("Namn på insats:", "Trygghetsbelysning vid Årsta torg", ()), ("Sökt belopp:", "", ("2 100 000 kr",))),
    (("Sökande nämnd:", "Södermalms stadsdelsnämnd", ()), ("Telefon:", "08-508 12 000", ())),
    (("Kontaktperson:", "", ("Eva Ek, områdeschef",)), ("E-post:", "", ("eva.ek@stockholm.se",))),
    (("Ev samverkan:", "", ("Polisen och AB Stockholmshem", "genom Trygg i Stockholm")),),
    (("1. Beskrivning (mål och syfte):", "", ("Belysningen ska göra torget tryggare på kvällen.",)),),
)


def item_rows_pdf() -> bytes:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=(595.0, HEIGHT), invariant=1)
    c.setFont(BOLD, 14)
    c.drawString(LEFT, HEIGHT - 70, "Bilaga 7 Ansökan om investeringsmedel för klimatinvesteringar")
    top = 120.0
    for row in _ROWS:
        x, depth = LEFT, 1
        for label, beside, under in row:
            c.setFont(BOLD, SIZE)
            c.drawString(x, HEIGHT - top, label)
            width = stringWidth(label, BOLD, SIZE)
            c.setFont(PLAIN, SIZE)
            if beside:
                c.drawString(x + width + 0.3 * SIZE, HEIGHT - top, beside)
                width += 0.3 * SIZE + stringWidth(beside, PLAIN, SIZE)
            for i, text in enumerate(under, start=1):
                c.drawString(x, HEIGHT - top - i * LEAD, text)
                width = max(width, stringWidth(text, PLAIN, SIZE))
            x += width + ITEM_GAP
            depth = max(depth, 1 + len(under))
        top += depth * LEAD + SIZE
    c.showPage()
    c.save()
    return out.getvalue()


FIXTURES = {"item-rows.pdf": item_rows_pdf}


if __name__ == "__main__":
    from fixturegen.viewer_layers import write_all

    for path in write_all(Path(sys.argv[1]), FIXTURES):
        print(path)
