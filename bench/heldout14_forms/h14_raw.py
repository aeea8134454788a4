"""Text spaced by positioning, with an instruction layer switched off (optional content).

Every line is one TJ array of its words with no space character: the gap between words is a kerning offset
(a space's width, plus a little more in some forms, as justified lines have), sometimes under letter spacing (Tc)
or horizontal scaling (Tz). A guidance text under each label ("Anvisning: ...") lies in an optional-content group
that the document's default configuration turns OFF: a viewer does not show it, and it must not be read. In some
forms the visible page sits in a second group that is ON. Labels beside or above their answers, boxes or none.
"""

from __future__ import annotations

import random
from pathlib import Path

from h14_content import Form
from h14_geometry import Line, layout, wrap
from h14_pdfobj import Writer, pdf_string, stream

SPACE = 278  # Helvetica's space, in thousandths of an em
GUIDANCE = {
    "projektnamn": "Ange projektets namn som i ansökan.",
    "plats": "Ange adress eller platsens namn.",
    "mal_och_syfte": "Beskriv kortfattat vad investeringen skulle uppnå.",
    "slutresultat": "Beskriv vad som blev gjort och hur det har tagits emot.",
    "avvikelser": "Beskriv förseningar och ändringar.",
    "ekonomiskt_utfall": "Ange budget och utfall i kronor.",
    "bilder_fore": "Bifoga foton tagna före.",
    "bilder_efter": "Bifoga foton tagna efter.",
    "insats": "Kort namn på insatsen.",
    "sokt_belopp": "Belopp i kronor.",
    "beskrivning": "Max en halv sida.",
    "behovsanalys": "Hänvisa gärna till trygghetsvandringar.",
}


def _tj(text: str, extra: int) -> bytes:
    parts = []
    for i, word in enumerate(text.split(" ")):
        if i:
            parts.append(f" {-(SPACE + extra)} ".encode())
        parts.append(pdf_string(word))
    return b"[" + b"".join(parts) + b"] TJ"


def _content(
    lines: list[Line], height: float, mode: str, extra: int, hidden: list[Line], boxes: list, layer_on: bool
) -> bytes:
    out = [b"/OC /oc2 BDC"] if layer_on else []
    out.append(b"0.6 G 0.5 w")
    for b in boxes:
        out.append(f"{b.x:.2f} {height - b.y - b.h:.2f} {b.w:.2f} {b.h:.2f} re S".encode())
    for line in lines:
        font = b"/F2" if line.font == "bold" else b"/F1"
        grey = b"0.45 g" if line.role == "placeholder" else b"0 g"
        setup = {"tc": b"0.25 Tc", "tz": b"90 Tz", "tj": b""}[mode]
        out.append(
            b"BT "
            + grey
            + b" "
            + font
            + f" {line.size} Tf ".encode()
            + setup
            + f" 1 0 0 1 {line.x:.2f} {height - line.y:.2f} Tm ".encode()
            + _tj(line.text, extra)
            + b" ET"
        )
    if layer_on:
        out.append(b"EMC")
    if hidden:
        out.append(b"/OC /oc1 BDC")
        for line in hidden:
            out.append(
                b"BT 0.3 0.3 0.6 rg /F1 "
                + f"{line.size} Tf 1 0 0 1 {line.x:.2f} {height - line.y:.2f} Tm ".encode()
                + _tj(line.text, 0)
                + b" ET"
            )
        out.append(b"EMC")
    return b"\n".join(out)


def render(form: Form, rng: random.Random, out: Path) -> int:
    page, lines, boxes = layout(form, rng, "sans", placeholder=True, landscape=rng.random() < 0.15)
    mode = rng.choice(("tj", "tc", "tz"))
    extra = rng.choice((0, 0, 40, 90))
    show_boxes = rng.random() < 0.5
    layer_on = rng.random() < 0.5
    # guidance under the labels (in the label column), in the hidden layer
    hidden: list[Line] = []
    last_label = {ln.key: ln for ln in lines if ln.role == "label"}  # each label's last line
    for key, ln in last_label.items():
        if key in GUIDANCE:
            for j, part in enumerate(wrap("Anvisning: " + GUIDANCE[key], 125, 7, "sans")):
                hidden.append(Line(ln.page, ln.x, ln.y + 10 + 8.5 * j, 7, "sans", part, "hidden"))
    w = Writer()
    catalog, pages_id, ocg_off, ocg_on = w.reserve(), w.reserve(), w.reserve(), w.reserve()
    f1 = w.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = w.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    w.add(b"<< /Type /OCG /Name (Anvisningar) >>", ocg_off)
    w.add(b"<< /Type /OCG /Name (Formul\xe4r) >>", ocg_on)
    count = max(ln.page for ln in lines) + 1
    kids = []
    for p in range(count):
        content = _content(
            [ln for ln in lines if ln.page == p],
            page.height,
            mode,
            extra,
            [ln for ln in hidden if ln.page == p],
            [b for b in boxes if b.page == p] if show_boxes else [],
            layer_on,
        )
        c = w.add(stream(b"", content))
        kids.append(
            w.add(
                f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {page.width:.0f} {page.height:.0f}] /Contents {c} 0 R "
                f"/Resources << /Font << /F1 {f1} 0 R /F2 {f2} 0 R >> /Properties << /oc1 {ocg_off} 0 R "
                f"/oc2 {ocg_on} 0 R >> >> >>".encode()
            )
        )
    w.add(f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {count} >>".encode(), pages_id)
    w.add(
        f"<< /Type /Catalog /Pages {pages_id} 0 R /OCProperties << /OCGs [{ocg_off} 0 R {ocg_on} 0 R] "
        f"/D << /ON [{ocg_on} 0 R] /OFF [{ocg_off} 0 R] /Order [{ocg_on} 0 R {ocg_off} 0 R] >> >> >>".encode(),
        catalog,
    )
    info = w.add(b"<< /Producer (h14 positioned-text writer) /Title " + pdf_string(form.title) + b" >>")
    out.write_bytes(w.bytes(catalog, info))
    return count
