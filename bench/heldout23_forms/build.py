"""Build the twenty-third held-out form set (an eighteenth independent generator): PDFs and their truth sidecars.

    .venv/bin/python bench/heldout23_forms/build.py --out DIR --seed N --count K [--families a,b]

Families, by producer or construction (none used by the fifth to twenty-second generators), drawn in turn (h23-000
the first, h23-007 the eighth, h23-008 the first again):
`tcpdf_html` (PHP's TCPDF printing HTML by `writeHTML`, as municipal e-services print: a bordered table, each label
in a shaded cell beside its answer (numbered sections a heading row across the table), a follow-up's stage as Word-like check boxes "☒ Slutredovisning ☐
Delredovisning", an application's header two pairs a row on even turns; DejaVu Sans or DejaVu Serif Condensed as CID fonts;
h23_tcpdf); `drum_ghost` (image-only: a laser print from a worn drum, faint repeats of the print a drum's turn lower
down the sheet, a pale low-toner stripe down the page, grey 200 dpi; h23_scan); `pdfapi2_tabs` (Perl's PDF::API2,
core fonts re-encoded to cp1252: "Label:" in a column of its own with the answer at a tab stop beside it, or on a
line of its own with the answer indented under it; h23_placed); `jspdf_boxes` (jsPDF under Node, an e-service's
receipt: small grey labels above framed answer boxes, the header fields three boxes a row; h23_placed);
`crumpled_scan` (image-only: a crumpled sheet smoothed out, a web of creases shading and pushing the print, cream
paper, colour 240 dpi; h23_scan); `pdfbox_numbered` (Apache PDFBox 1.8 from Java, a case system's print: a table of
running number | label | answer under a shaded column-header row repeated on every page; h23_placed);
`prawn_bands` (Ruby's Prawn with prawn-table: labels in white on dark bands above their answers, or bold over a
rule, an application's header a table of label rows over answer rows, three a row; h23_prawn); `kopia_watermark`
(image-only: an archive copier's copy with "KOPIA" or "ARKIVEXEMPLAR" large and light across every page and the
copier's date line at the foot, grey 200 dpi; h23_scan).
The hand-placed families and the scans lay their pages out by this generator's own geometry (h23_layout: tab stop,
label above with an indented answer, boxed fields, numbered table, label bands), the scans meeting every layout in
turn; TCPDF and Prawn by their own flow. Every form has a running header "Bilaga N" (or "Trafikkontoret") with its
Dnr and a page number.
Sections: every template and label variant of /work/shared/domain.md (follow-ups 5 and 7, applications 5b and 7,
the traffic office's "<Åtgärd> <plats>. Slutredovisning"), answers of one or two paragraphs, "•" lists, empty
answers and Word's placeholder, money in every format, old and new districts, long project names (h23_content).
A file is in the keep half when its number // 8 is even (score.py). A family whose producer is missing is skipped
with a note. The generator's own tools (php with php-tcpdf, perl with libpdf-api2-perl, node with jsPDF from npm
in .venv/h23-node, java with Debian's PDFBox 1.8, ruby with ruby-prawn and ruby-prawn-table) are not project
dependencies.
Writes <name>.pdf and <name>.truth.json.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

# this generator's modules, the shared build loop
HERE = Path(__file__).resolve().parent
for folder in (HERE, HERE.parent):
    sys.path.insert(0, str(folder))

import h23_placed  # noqa: E402
import h23_prawn  # noqa: E402
import h23_scan  # noqa: E402
import h23_tcpdf  # noqa: E402
from forms_generator import Generator  # noqa: E402
from h23_content import Form, make_form  # noqa: E402
from h23_layout import LAYOUTS, layout  # noqa: E402

# family -> (producer, layer)
FAMILIES = {
    "tcpdf_html": ("php-tcpdf-writehtml", "text"),
    "drum_ghost": ("pillow-pdf+laser-drum-ghost", "image"),
    "pdfapi2_tabs": ("perl-pdf-api2", "text"),
    "jspdf_boxes": ("node-jspdf", "text"),
    "crumpled_scan": ("pillow-pdf+crumpled-sheet", "image"),
    "pdfbox_numbered": ("java-pdfbox-1.8", "text"),
    "prawn_bands": ("ruby-prawn-table", "text"),
    "kopia_watermark": ("pillow-pdf+copier-watermark", "image"),
}
TURN = len(FAMILIES)
TEMPLATES = ("f5", "a5b", "traffic", "f7", "a7", "a5b", "f5")  # seven, so each family meets every template
NEEDS = {family: (lambda: True) for family in FAMILIES} | {
    "tcpdf_html": h23_tcpdf.available,
    "pdfapi2_tabs": h23_placed.pdfapi2_available,
    "jspdf_boxes": h23_placed.jspdf_available,
    "pdfbox_numbered": h23_placed.pdfbox_available,
    "prawn_bands": h23_prawn.available,
}


def draw(family: str, form: Form, rng: random.Random, out: Path, turn: int) -> int | None:
    """Draw `form` as `family` into `out`; its page count (None: read it from the file)."""
    if family == "tcpdf_html":
        h23_tcpdf.render(form, rng, out, turn)
        return None
    if family == "prawn_bands":
        h23_prawn.render(form, rng, out, turn)
        return None
    if family == "pdfapi2_tabs":
        return h23_placed.pdfapi2(form, rng, out, turn)
    if family == "jspdf_boxes":
        return h23_placed.jspdf(form, rng, out, turn)
    if family == "pdfbox_numbered":
        return h23_placed.pdfbox(form, rng, out, turn)
    pages = layout(form, rng, LAYOUTS[(turn + list(FAMILIES).index(family)) % len(LAYOUTS)])
    if family == "drum_ghost":
        return h23_scan.drum_ghost(pages, out, rng)
    if family == "crumpled_scan":
        return h23_scan.crumpled_scan(pages, out, rng)
    return h23_scan.kopia_watermark(pages, out, rng, form.year)


GENERATOR = Generator("h23", FAMILIES, NEEDS, TEMPLATES, make_form, draw, seed_step=23011)


def build(out: Path, seed: int, count: int, families: list[str] | None = None) -> list[Path]:
    return GENERATOR.build(out, seed, count, families)


if __name__ == "__main__":
    GENERATOR.main(__doc__ or "")
