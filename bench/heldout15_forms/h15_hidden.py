"""`hidden_ink`: a text-layer form that also holds text no reader sees, which must not be read. Four kinds, one
to three a page: white text; text painted over by a white box (drawn before the page's own text, so the box
hides only it); text outside the crop box (the media box reaches further left); and text in a marked-content
sequence whose optional-content membership dictionary (/OCMD, policy /AllOff over a layer that is on) hides it.
Each on a line of its own (above the title or below the last answer) or left of the crop box, so that a reader
that drops hidden text gets the form's lines exactly.
"""

from __future__ import annotations

import random
from pathlib import Path

from h15_content import Form
from h15_layout import LAYOUTS, Page, layout, text_width
from h15_pdf import PdfFile, page_content, pdf_string

HIDDEN = (
    "Utkast: sökt belopp 990 000 kr enligt första kalkylen.",
    "Intern kommentar: kontrollera uppgifterna med ekonomienheten innan utskick.",
    "Tidigare version: resultatet redovisas i nästa tertialrapport.",
    "Mall version 2.3 reviderad av registraturen.",
    "Ej för publicering: underlag från handläggaren.",
    "Projektnamn: Gammal arbetstitel för insatsen.",
)
KINDS = ("white", "boxed", "outside", "ocmd")


def hidden_words() -> set[str]:
    return {w for phrase in HIDDEN for w in phrase.split()}


def hidden_ops(page: Page, rng: random.Random, kinds: list[str]) -> bytes:
    """The hidden text of `kinds`, each on a line of its own: between the running header and the title, or
    between the last answer and the footer (overlapping no visible word), or left of the crop box."""
    out = []
    slots = rng.sample((page.height - 48, page.height - 59, 46.0), 3)
    for kind in kinds:
        phrase = rng.choice(HIDDEN)
        size = rng.choice((8.0, 9.0))
        y = rng.choice(page.runs).y if kind == "outside" else slots.pop()
        x = -190.0 if kind == "outside" else rng.uniform(60, 200)
        text = b"BT /F1 %.1f Tf %.2f %.2f Td %s Tj ET\n" % (size, x, y, pdf_string(phrase))
        if kind == "white":
            out.append(b"q 1 1 1 rg " + text + b"Q\n")
        elif kind == "boxed":
            width = text_width(phrase, "F1", size)
            out.append(
                b"q 0 g " + text + b"1 1 1 rg %.2f %.2f %.2f %.2f re f Q\n" % (x - 2, y - 3, width + 4, size + 4)
            )
        elif kind == "outside":
            out.append(b"q 0 g " + text + b"Q\n")
        else:
            out.append(b"/OC /MC0 BDC q 0 g " + text + b"Q EMC\n")
    return b"".join(out)


def render(form: Form, rng: random.Random, path: Path) -> int:
    pages = layout(form, rng, rng.choice(LAYOUTS))
    pdf = PdfFile()
    ocg = pdf.add(b"<< /Type /OCG /Name (Arbetsanteckningar) >>")
    ocmd = pdf.add(b"<< /Type /OCMD /OCGs [%d 0 R] /P /AllOff >>" % ocg)
    numbers = []
    for n, page in enumerate(pages):
        kinds = rng.sample(KINDS, rng.randint(1, 3)) if n else list(KINDS)  # the first page has every kind
        content = hidden_ops(page, rng, kinds) + page_content(page, "line", rng)
        extra = b" /CropBox [0 0 %.2f %.2f]" % (page.width, page.height)
        numbers.append(pdf.page(page, content, extra, b"/Properties << /MC0 %d 0 R >>" % ocmd))
        pdf.objects[numbers[-1]] = pdf.objects[numbers[-1]].replace(b"/MediaBox [0 0", b"/MediaBox [-200 0", 1)
    pdf.write(
        path, numbers, b" /OCProperties << /OCGs [%d 0 R] /D << /ON [%d 0 R] /Order [%d 0 R] >> >>" % (ocg, ocg, ocg)
    )
    return len(pages)
