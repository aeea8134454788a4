"""Build a thirty-fifth held-out forms set: a thirtieth independent generator (issue #12), test tooling only.

    .venv/bin/python bench/heldout35_forms/build.py --out DIR --seed 35083 --count 120 [--families a,b]

Written without reading the extractor: its Swedish text is its own (h35_content), the page model is the eighteenth
generator's (h23_layout), the producers, the layouts and the damage are ones no earlier generator used (each name
grepped in every earlier `bench/heldout*_forms/build.py` first). Eight families, drawn in turn (a file's family is its
number % 8), three of them image-only:
`rbpdf_rounded` (text; Ruby's RBPDF 1.20, the Ruby port of TCPDF (Debian's ruby-rbpdf), Producer "RBPDF 5.2.000":
each line one `Text` in the core Helvetica / Helvetica-Bold, unembedded, WinAnsi; RBPDF always adds an invisible 1 pt
"Powered by TCPDF (www.tcpdf.org)" at the foot of the last page; the `rounded_labels` pages: EACH LABEL INSIDE A
ROUNDED BOX (corner radius 7 pt drawn as Bézier curves, light grey fill 0.92, thin black outline) in a 120–150 pt
column at the left, bold, wrapped inside the box; the ANSWER BESIDE THE BOX, 14 pt to its right, from the box's first
line; a long answer goes on below the box's bottom and onto the next page with no box there; h35_producers);
`clear_ruler` (image-only, grey 200 dpi: the four layouts in turn with a CLEAR PLASTIC RULER lying across the page at
4–25° from the horizontal, 3 cm (about 240 px) wide, through a point in the middle half of the page: the print under
it SHIFTED 2–4 px right and down and 8–16 levels paler, its two long edges dark lines 2–3 px, TICK MARKS every
millimetre along one edge (longer at 5 and 10) and the ruler's own CENTIMETRE NUMBERS 0–30 printed beside them
(words that are not the form's); paper 232–246, ink 25–50, no skew, JPEG 85–90; h35_scan);
`horde_spread` (text; PHP's Horde_Pdf_Writer (Debian's php-horde-pdf), Producer "Horde PDF": each line `text()` in
the core Helvetica / Helvetica-Bold, WinAnsi, unembedded, rules `line()`; the `facing_spread` pages: the form as
TWO-PAGE SPREADS: every odd PDF page (1, 3, …) the left-hand page with ONLY THE LABELS, bold, RIGHT-ALIGNED AGAINST
THE SPINE (the page's right margin), each at the height where its answer starts, and the title at its top; every even
page (2, 4, …) the right-hand page with ONLY THE ANSWERS, from the left margin, at those heights; a thin rule across
both pages above each field; a long answer goes on on the next spread's right-hand page with nothing on its left-hand
page there; the stage marker bold on the right-hand page; the running header and page number on every page);
`libpdf_questions` (text; Node's @libpdf/core 0.4 (npm, TypeScript), Creator and Producer "@libpdf/core": each line
`drawText` in the standard Helvetica / Helvetica-Bold, WinAnsi, unembedded; "•" and "–" printed "-"; the
`question_dash` pages: each field ONE PARAGRAPH opened by ITS LABEL AS A QUESTION, bold, ending in "?" (a trailing
colon dropped: "Projektnamn?", "Sökt belopp?"), then a DASH ("-") and the ANSWER RUN IN on the same line in regular
type, its lines wrapping back to the left margin; a label too long for one line wraps first and the answer starts
after its last line; an empty answer leaves the question and the dash alone; an answer's later paragraphs and list
items on lines of their own from the left margin; the stage marker bold on a line of its own);
`rgb_misregister` (image-only, COLOUR 200 dpi: the four layouts in turn scanned by a scanner whose COLOUR CHANNELS ARE
OUT OF REGISTER: the red channel shifted 2–4 px right (and 0 or 2–4 px down), the blue 2–4 px the other way, so
every stroke has a red and a blue-green fringe and the black is only black where the three overlap; warm paper
236–248, ink 20–45, JPEG 86–92; h35_scan);
`pdfrw_lined` (text; Python's pdfrw 0.4 writing the file (Producer "pdfrw 0.4"; the content streams written by this
module: `BT /F1 size Tf x y Td (text) Tj ET`, Helvetica / Helvetica-Bold unembedded, WinAnsi); the `lined_paper`
pages: a LINED-PAPER background: a pale grey rule (a filled rectangle 0.4 pt high, grey 0.55) under every line pitch
down the whole page from the top margin to the bottom, 24 pt wider than the text on each side, and an upright margin
rule 10 pt left of the text; every text baseline 2 pt above a rule; the title above the first rule; each label bold
on a ruled line of its own at the left margin, its answer on the ruled lines below it from the same margin, one
empty ruled line between fields);
`syncfusion_spread` (text; Syncfusion's ej2-pdf-export (npm, TypeScript) under Node, no Producer or Creator in the
file: each line `drawString` in the standard Helvetica / Helvetica-Bold, WinAnsi, unembedded; "•" and "–" printed "-";
rules `drawLine`s; the same `facing_spread` as `horde_spread`);
`stapled_stack` (image-only, grey 200 dpi: the four layouts in turn as the TOP SHEET OF A STAPLED STACK: the page
shrunk by the stack's reach and TURNED 0.8–2.0° about its top-left corner, two or three SHEETS BELOW PEEKING OUT 6–18
px each past its right and bottom edges with soft shadows, the lowest reaching the scan's edges, a dark line along
the top sheet's right and bottom edges; a STAPLE (a 6 px metallic grey bar 60–90 px long with a highlight, its two
dimples as rings at its ends) lying at 30–60° over the top-left corner, 70–140 px from the left and 90–150 px from
the top, over the running header or the title where they reach it; paper 230–244, JPEG 85–90; h35_scan).
The layouts (h35_layout): facing_spread, lined_paper, rounded_labels, question_dash. A scan family's file of turn t
(= number // 8) is drawn in layout (t // 2 + the family's index) % 4, so both halves of every scan family meet all
four layouts (turns 0 and 1 the same layout, 2 and 3 the next, …). Every form has a running header "Bilaga N" (or
"Trafikkontoret") with its Dnr and a page number ("Sida N (M)", "Sida N av M", "N/M" or "- N -").
Sections: every template and label variant of /work/shared/domain.md (follow-ups 5 and 7, applications 5b and 7, the
traffic office's "<Åtgärd> <plats>. Slutredovisning"), answers of one or two paragraphs, lists ("•"), empty answers and
Word's placeholder, money in every format, old and new districts, long project names (h35_content, this generator's
own wording). The truth's labels are the templates' (a question's "?" is the layout's, not the label's).
A file is in the keep half when its number // 8 is even (score.py). A family whose producer is missing is skipped with
a note. The generator's own tools (ruby-rbpdf with ruby-actionview, php-horde-pdf from apt; @libpdf/core and
@syncfusion/ej2-pdf-export from npm into /tmp/h35-node (`npm install --prefix /tmp/h35-node …`); pdfrw from PyPI into
.venv) are not project dependencies.

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

import h35_producers as producers  # noqa: E402
import h35_scan  # noqa: E402
from forms_generator import Generator  # noqa: E402
from h35_content import Form, make_form  # noqa: E402
from h35_layout import LAYOUTS, layout  # noqa: E402

# family -> (producer, layer)
FAMILIES = {
    "rbpdf_rounded": ("ruby-rbpdf", "text"),
    "clear_ruler": ("pillow-pdf+clear-ruler", "image"),
    "horde_spread": ("php-horde-pdf", "text"),
    "libpdf_questions": ("node-libpdf-core", "text"),
    "rgb_misregister": ("pillow-pdf+rgb-misregister", "image"),
    "pdfrw_lined": ("python-pdfrw", "text"),
    "syncfusion_spread": ("node-syncfusion-ej2-pdf-export", "text"),
    "stapled_stack": ("pillow-pdf+stapled-stack", "image"),
}
TURN = len(FAMILIES)
TEMPLATES = ("f7", "a5b", "traffic", "f5", "a7", "a5b", "f5")  # seven, so each family meets every template
NEEDS = {family: (lambda: True) for family in FAMILIES} | {
    "rbpdf_rounded": producers.rbpdf_available,
    "horde_spread": producers.horde_available,
    "libpdf_questions": producers.libpdf_available,
    "pdfrw_lined": producers.pdfrw_available,
    "syncfusion_spread": producers.syncfusion_available,
}
SCANS = {"clear_ruler": h35_scan.clear_ruler, "rgb_misregister": h35_scan.rgb_misregister,
         "stapled_stack": h35_scan.stapled_stack}  # fmt: skip
TEXT = {"rbpdf_rounded": producers.rbpdf_rounded, "horde_spread": producers.horde_spread,
        "libpdf_questions": producers.libpdf_questions, "pdfrw_lined": producers.pdfrw_lined,
        "syncfusion_spread": producers.syncfusion_spread}  # fmt: skip


def scan_layout(family: str, turn: int) -> str:
    """The layout a scan family draws on turn `turn`: two turns (one of each half) a layout, then the next."""
    return LAYOUTS[(turn // 2 + list(FAMILIES).index(family)) % len(LAYOUTS)]


def draw(family: str, form: Form, rng: random.Random, out: Path, turn: int) -> int | None:
    """Draw `form` as `family` into `out`; its page count (None: read it from the file)."""
    if family in TEXT:
        return TEXT[family](form, rng, out, turn)
    return SCANS[family](layout(form, rng, scan_layout(family, turn)), out, rng)


GENERATOR = Generator("h35", FAMILIES, NEEDS, TEMPLATES, make_form, draw, seed_step=35053)


def build(out: Path, seed: int, count: int, families: list[str] | None = None) -> list[Path]:
    return GENERATOR.build(out, seed, count, families)


if __name__ == "__main__":
    GENERATOR.main(__doc__ or "")
