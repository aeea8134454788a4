"""Build the twenty-ninth held-out form set (a twenty-fourth independent generator): PDFs and their truth sidecars.

    .venv/bin/python bench/heldout29_forms/build.py --out DIR --seed N --count K [--families a,b]

Families, by producer or construction (none used by the fifth to twenty-eighth generators), drawn in turn (h29-000
the first, h29-007 the eighth, h29-008 the first again):
`textpdf_tabs` (Perl's Text::PDF, the low-level ancestor of PDF::API2, base-14 Helvetica in WinAnsi: the form cut
into parts "Del A. Om projektet", "Del B. Syfte" …, each part marked by a dark tab down the left margin with its
heading turned a quarter in white, reading upwards; beside it a bold label column and the answers, a hairline under
each row; h29_producers); `feeder_slip` (image-only: a document feeder whose rollers slipped, bands of the page
stretched tall or squeezed flat, a smear at each slip, slight skew; grey 200 dpi; h29_scan); `gri_watermark` (Gri,
the scientific graphing language, one script a form made PDF by ps2pdf: a large pale word "UTKAST", "KOPIA" or
"ARKIVEXEMPLAR" set diagonally across every page under the form, in the text layer too; "Label:" in a column of
its own with the answer at a tab stop beside it; h29_producers); `ploticus_rules` (ploticus' annotate and line
procedures through PostScript and ps2pdf: each long section's bold label centred on a horizontal rule that runs out
to both margins, the answer under it, the title centred; the short fields "Label: answer" inline pairs, two a row;
h29_producers); `keystone_phone` (image-only: a phone photo of the sheet on a dark desk from a steep angle, strong
keystone, the page's head much narrower and smaller than its foot, light falling off towards the far edge; colour
170 dpi; h29_scan); `grace_vcentre` (Grace's gracebat, a project a page in viewport units, printed to PostScript,
made PDF by ps2pdf and joined by qpdf: a ruled label | answer table whose label cells are vertically centred on
their answers, as Word's cell alignment "centre" sets them, so a long answer's label sits halfway down its row;
h29_producers); `html2ps_steps` (html2ps' own HTML layout in Times through ps2pdf: an e-service's summary print, a
step bar "1 Sökande › 2 Insatsen › 3 Skicka" at the head, the form's parts as headings "Steg 2 av 3: Syfte" over
bordered tables with shaded label cells, an application's short fields two pairs a row; h29_producers);
`toner_pencil` (image-only: a laser printout low on toner, a pale vertical band where the print is faint and
broken, scanned grey at 200 dpi with a reader's pencil in it: underlines, a bracket and tick in the left margin,
scribbled notes in the right; h29_scan).
Text::PDF, Gri, ploticus, Grace and the three scans lay their pages out by this generator's own geometry (h29_layout:
side_tabs, draft_watermark, centred_rules, vcentre_cells), the scans meeting each of the four layouts in turn;
html2ps lays out by itself. Every form has a running header "Bilaga N" (or "Trafikkontoret") with its Dnr and a page
number. Sections: every template and label variant of /work/shared/domain.md (follow-ups 5 and 7, applications 5b
and 7, the traffic office's "<Åtgärd> <plats>. Slutredovisning"), answers of one or two paragraphs, lists, empty
answers and Word's placeholder, money in every format, old and new districts, long project names (h29_content).
A file is in the keep half when its number // 8 is even (score.py). A family whose producer is missing is skipped
with a note. The generator's own tools (libtext-pdf-perl, gri, ploticus, grace, html2ps and qpdf from apt) are not
project dependencies.
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

import h29_producers as producers  # noqa: E402
import h29_scan  # noqa: E402
from forms_generator import Generator  # noqa: E402
from h29_content import Form, make_form  # noqa: E402
from h29_layout import LAYOUTS, layout  # noqa: E402

# family -> (producer, layer)
FAMILIES = {
    "textpdf_tabs": ("perl-text-pdf-0.31", "text"),
    "feeder_slip": ("pillow-pdf+feeder-slip", "image"),
    "gri_watermark": ("gri-2.12+ps2pdf", "text"),
    "ploticus_rules": ("ploticus-2.42+ps2pdf", "text"),
    "keystone_phone": ("pillow-pdf+keystone-phone-photo", "image"),
    "grace_vcentre": ("gracebat-5.1+ps2pdf", "text"),
    "html2ps_steps": ("html2ps-1.0b7+ps2pdf", "text"),
    "toner_pencil": ("pillow-pdf+low-toner-pencil", "image"),
}
TURN = len(FAMILIES)
TEMPLATES = ("f5", "a5b", "traffic", "f7", "a7", "a5b", "f5")  # seven, so each family meets every template
NEEDS = {family: (lambda: True) for family in FAMILIES} | {
    "textpdf_tabs": producers.textpdf_available,
    "gri_watermark": producers.gri_available,
    "ploticus_rules": producers.ploticus_available,
    "grace_vcentre": producers.grace_available,
    "html2ps_steps": producers.html2ps_available,
}
SCANS = {"feeder_slip": h29_scan.feeder_slip, "keystone_phone": h29_scan.keystone_phone,
         "toner_pencil": h29_scan.toner_pencil}  # fmt: skip
TEXT = {"textpdf_tabs": producers.textpdf, "gri_watermark": producers.gri, "ploticus_rules": producers.ploticus,
        "grace_vcentre": producers.grace, "html2ps_steps": producers.html2ps}  # fmt: skip


def draw(family: str, form: Form, rng: random.Random, out: Path, turn: int) -> int | None:
    """Draw `form` as `family` into `out`; its page count (None: read it from the file)."""
    if family in TEXT:
        return TEXT[family](form, rng, out, turn)
    pages = layout(form, rng, LAYOUTS[(turn + list(FAMILIES).index(family)) % len(LAYOUTS)])
    return SCANS[family](pages, out, rng)


GENERATOR = Generator("h29", FAMILIES, NEEDS, TEMPLATES, make_form, draw, seed_step=29017)


def build(out: Path, seed: int, count: int, families: list[str] | None = None) -> list[Path]:
    return GENERATOR.build(out, seed, count, families)


if __name__ == "__main__":
    GENERATOR.main(__doc__ or "")
