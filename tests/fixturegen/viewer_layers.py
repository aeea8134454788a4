"""Small PDFs whose text a viewer shows differently from what the content streams hold, written object by
object: answers typed as annotations (FreeText with rich text and no appearance, an appearance stream with
its own matrix, a stamp; hidden, no-view, popup and link annotations that show nothing), content in
optional-content groups switched off (directly, through a membership dictionary, by the base state, in a
form XObject), and words spaced only by positioning under wide letter spacing or horizontal scaling.

    .venv/bin/python -m fixturegen.viewer_layers tests/data/viewer   (from tests/, or with PYTHONPATH=tests)

The committed files in tests/data/viewer are this module's output (a test checks they still are).
"""

from __future__ import annotations

import sys
from pathlib import Path

import odd_pdfs

HEIGHT = 842
LABEL_X, ANSWER_X = 60, 220
_ROWS = (("Projektnamn", 120), ("Plats", 170), ("Resultat", 220))


def pdf_bytes(objects: list[bytes]) -> bytes:
    """A PDF of these objects (1, 2, ... in order; object 1 the catalog) with a correct xref table."""
    return odd_pdfs.pdf_bytes([body.decode("latin-1") for body in objects])


def stream(data: bytes, dictionary: bytes = b"") -> bytes:
    return b"<< " + dictionary + b" /Length " + str(len(data)).encode() + b" >>\nstream\n" + data + b"\nendstream"


def literal(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def text_op(text: str, x: float, y: float, size: float = 10, font: str = "F1") -> bytes:
    return f"BT /{font} {size} Tf 1 0 0 1 {x} {y} Tm ".encode() + literal(text) + b" Tj ET"


def labels() -> bytes:
    """The printed form: a title and three bold labels down the left column."""
    ops = [text_op("Uppföljning trygghetsinvestering", LABEL_X, HEIGHT - 70, 14, "F2")]
    ops += [text_op(label, LABEL_X, HEIGHT - top, 10, "F2") for label, top in _ROWS]
    return b"\n".join(ops)


FONTS = b"/Font << /F1 4 0 R /F2 5 0 R >>"
HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
HELVETICA_BOLD = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"


def one_page(
    content: bytes,
    *,
    catalog_extra: bytes = b"",
    page_extra: bytes = b"",
    resources_extra: bytes = b"",
    more: list[bytes] | None = None,
) -> bytes:
    """One A4 page: objects 1 catalog, 2 pages, 3 page, 4-5 fonts, 6 content, then `more` (7, 8, ...)."""
    return pdf_bytes(
        [
            b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b" >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R /Resources << "
            + FONTS
            + b" "
            + resources_extra
            + b" >> "
            + page_extra
            + b" >>",
            HELVETICA,
            HELVETICA_BOLD,
            stream(content),
            *(more or []),
        ]
    )


def _hex(text: str) -> bytes:
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def typed_annotations_pdf() -> bytes:
    """Answers typed with a viewer's text-box tool, three ways, and four annotations that show nothing:

    - row 1: FreeText with rich text (/RC) and no appearance stream (the viewer draws it);
    - row 2: FreeText whose appearance is drawn in a form space of its own (BBox from 100, a Matrix
      scaling by 2), set in Helvetica;
    - row 3: a Stamp whose appearance writes the answer;
    - a FreeText flagged Hidden, one flagged NoView, a Popup and a Link, each with text of its own.
    """
    rich = (
        '<?xml version="1.0"?><body xmlns="http://www.w3.org/1999/xhtml"><p>Belysning vid Rinkeby&#xE5;sen</p></body>'
    )
    ap_row2 = stream(
        b"BT /F1 5 Tf 102 102 Td " + literal("Rinkeby torg") + b" Tj ET",
        b"/Type /XObject /Subtype /Form /BBox [100 100 200 108] /Matrix [2 0 0 2 0 0] /Resources << " + FONTS + b" >>",
    )
    ap_row3 = stream(
        b"BT /F1 10 Tf 2 4 Td " + literal("Fler vistas på platsen") + b" Tj ET",
        b"/Type /XObject /Subtype /Form /BBox [0 0 200 16] /Resources << " + FONTS + b" >>",
    )
    annots = [
        b"<< /Type /Annot /Subtype /FreeText /Rect [220 715 520 735] /F 4 /DA (/Helv 10 Tf 0 g) /RC "
        + literal(rich)
        + b" /Contents (Belysning vid Rinkebyasen) >>",
        b"<< /Type /Annot /Subtype /FreeText /Rect [220 664 420 680] /F 4 /DA (/Helv 10 Tf 0 g) /AP << /N 14 0 R >>"
        b" /Contents " + _hex("Rinkeby torg") + b" >>",
        b"<< /Type /Annot /Subtype /Stamp /Rect [220 614 420 630] /F 4 /AP << /N 15 0 R >> /Contents (Stamp) >>",
        b"<< /Type /Annot /Subtype /FreeText /Rect [220 580 520 596] /F 6 /DA (/Helv 10 Tf 0 g) /Contents (dold ruta) >>",
        b"<< /Type /Annot /Subtype /FreeText /Rect [220 560 520 576] /F 36 /DA (/Helv 10 Tf 0 g) /Contents (skarm ruta) >>",
        b"<< /Type /Annot /Subtype /Popup /Rect [220 540 520 556] /Contents (en kommentar) /Open true >>",
        b"<< /Type /Annot /Subtype /Link /Rect [220 520 520 536] /Contents (en lank) /A << /S /URI /URI (http://x.se) >> >>",
        ap_row2,
        ap_row3,
    ]
    refs = b" ".join(f"{n} 0 R".encode() for n in range(7, 14))
    return one_page(labels(), page_extra=b"/Annots [" + refs + b"]", more=annots)


def typed_and_printed_pdf() -> bytes:
    """A FreeText answer that the page content also draws in its box (flattened, the annotation kept)."""
    content = labels() + b"\n" + text_op("Upprustning av torget", ANSWER_X + 2, HEIGHT - 120)
    annot = (
        b"<< /Type /Annot /Subtype /FreeText /Rect [220 715 520 735] /F 4 /DA (/Helv 10 Tf 0 g)"
        b" /Contents (Upprustning av torget) >>"
    )
    return one_page(content, page_extra=b"/Annots [7 0 R]", more=[annot])


def layers_pdf() -> bytes:
    """Answers on the page, and guidance in optional content a viewer does not show: a group in /OFF, a
    membership dictionary that needs both its groups on (/AllOn), a form XObject in the off group, and an
    annotation in it; a membership that is on when the off group is off (/VE [/Not ...]) is shown.

    Objects: 7 the off group, 8 the on group, 9 the /AllOn membership, 10 the /Not membership, 11 the
    form XObject, 12 an annotation in the off group.
    """
    content = b"\n".join(
        [
            labels(),
            text_op("Upprustning av torget", ANSWER_X, HEIGHT - 120),
            b"/OC /hint BDC " + text_op("Anvisning: ange namnet", LABEL_X, HEIGHT - 132, 7) + b" EMC",
            b"/OC /both BDC " + text_op("Anvisning: adress", LABEL_X, HEIGHT - 182, 7) + b" EMC",
            b"/OC /shown BDC " + text_op("Rinkeby torg", ANSWER_X, HEIGHT - 170) + b" EMC",
            b"q /Guide Do Q",
            text_op("Fler vistas på platsen", ANSWER_X, HEIGHT - 220),
        ]
    )
    xobject = stream(
        text_op("Anvisning: beskriv resultatet", LABEL_X, HEIGHT - 232, 7),
        b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /OC 7 0 R /Resources << " + FONTS + b" >>",
    )
    return one_page(
        content,
        catalog_extra=b"/OCProperties << /OCGs [7 0 R 8 0 R] /D << /ON [8 0 R] /OFF [7 0 R] >> >>",
        resources_extra=b"/Properties << /hint 7 0 R /both 9 0 R /shown 10 0 R >> /XObject << /Guide 11 0 R >>",
        page_extra=b"/Annots [12 0 R]",
        more=[
            b"<< /Type /OCG /Name (Anvisningar) >>",
            b"<< /Type /OCG /Name (Formular) >>",
            b"<< /Type /OCMD /OCGs [7 0 R 8 0 R] /P /AllOn >>",
            b"<< /Type /OCMD /OCGs [7 0 R] /VE [/Not 7 0 R] >>",
            xobject,
            b"<< /Type /Annot /Subtype /FreeText /Rect [300 580 520 596] /F 4 /OC 7 0 R /DA (/Helv 10 Tf 0 g)"
            b" /Contents (Anvisning i ruta) >>",
        ],
    )


def base_state_off_pdf() -> bytes:
    """/BaseState /OFF: every group not listed in /ON is off (the guidance group is listed nowhere)."""
    content = b"\n".join(
        [
            labels(),
            b"/OC /form BDC " + text_op("Upprustning av torget", ANSWER_X, HEIGHT - 120) + b" EMC",
            b"/OC /hint BDC " + text_op("Anvisning: ange namnet", LABEL_X, HEIGHT - 132, 7) + b" EMC",
        ]
    )
    return one_page(
        content,
        catalog_extra=b"/OCProperties << /OCGs [7 0 R 8 0 R] /D << /BaseState /OFF /ON [8 0 R] >> >>",
        resources_extra=b"/Properties << /hint 7 0 R /form 8 0 R >>",
        more=[b"<< /Type /OCG /Name (Anvisningar) >>", b"<< /Type /OCG /Name (Formular) >>"],
    )


def spaced_tj(words: list[str], gap: int) -> bytes:
    """One TJ array of `words` with no space character: each word space a kerning offset of `gap`
    thousandths of an em."""
    parts = []
    for index, word in enumerate(words):
        if index:
            parts.append(f" {-gap} ".encode())
        parts.append(literal(word))
    return b"[" + b"".join(parts) + b"] TJ"


def letter_spaced_pdf() -> bytes:
    """Answers set one TJ array a line, words spaced only by kerning: one line under wide letter spacing
    (2 pt Tc at 10 pt, wider than a plain word gap), one condensed to 50 % (Tz) with a narrow word space (1.25 pt)."""
    content = b"\n".join(
        [
            labels(),
            b"BT /F1 10 Tf 2 Tc 1 0 0 1 220 722 Tm " + spaced_tj(["Upprustning", "av", "torget"], 500) + b" ET",
            b"BT /F1 10 Tf 50 Tz 1 0 0 1 220 672 Tm " + spaced_tj(["Rinkeby", "torg", "norra", "delen"], 250) + b" ET",
            b"BT /F1 10 Tf 1 0 0 1 220 622 Tm " + spaced_tj(["Fler", "vistas", "på", "platsen"], 250) + b" ET",
        ]
    )
    return one_page(content)


FIXTURES = {
    "typed-annotations.pdf": typed_annotations_pdf,
    "typed-and-printed.pdf": typed_and_printed_pdf,
    "layers.pdf": layers_pdf,
    "layers-base-state-off.pdf": base_state_off_pdf,
    "letter-spaced.pdf": letter_spaced_pdf,
}


def write_all(folder: Path, fixtures: dict | None = None) -> list[Path]:
    """Write `fixtures` (name -> function making the bytes; default this module's) into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in (fixtures or FIXTURES).items():
        path = folder / name
        path.write_bytes(make())
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_all(Path(sys.argv[1])):
        print(path)
