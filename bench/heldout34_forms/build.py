"""Build the thirty-fourth held-out form set (a twenty-ninth independent generator): PDFs and their truth sidecars.

    .venv/bin/python bench/heldout34_forms/build.py --out DIR --seed N --count K [--families a,b]

Families, by producer or construction (none used by the fifth to thirty-third generators), drawn in turn (h34-000 the
first, h34-007 the eighth, h34-008 the first again):
`gofpdf_bands` (Go's gofpdf (jung-kurt/gofpdf from Debian, Producer "FPDF 1.7") from a small Go program: each line a
`Text` in the core font Helvetica / Helvetica-Bold, unembedded, WinAnsi through gofpdf's cp1252 translator; h34_layout's
`grey_bands`: each field ONE ROW, the label regular at the left in a 130–160 pt column (wrapped there), the answer
beside it; the rows on ALTERNATING GREY (0.88) AND WHITE BANDS the full width, the first field's band grey, and NO
RULE OR FRAME ANYWHERE; the stage marker bold in the answer column at the foot of its field's band; a long answer's
band is cut at the page break and goes on, same shade, at the top of the next page with the label cell empty;
h34_producers);
`recycled_fibres` (image-only, grey 200 dpi: the four layouts in turn printed on GREY RECYCLED PAPER: paper 196–214
(so the contrast of ink 40–70 to paper is low) with a blotchy unevenness of ±6 levels, 900–1500 dark fibres (short
curved strokes 4–18 px long, 1 px wide, 25–70 levels darker than the paper) and 150–300 light flecks over the whole
page, text included; skew up to 0.5°, JPEG 84–90; h34_scan);
`jgraph_footnotes` (jgraph, the graph language: each line a `newstring hjl vjb` at its point of a graph whose axes
span the page in points, in Helvetica / Helvetica-Bold re-encoded to ISO Latin-1 by a `preamble` ("•" and "–" given
as "-"), written as PostScript by jgraph and made PDF by Ghostscript (Creator "jgraph", fonts embedded Type 1C
subsets); h34_layout's `footnote_markers`: the answers in the body with NO LABEL BESIDE OR ABOVE THEM, each answer
opened by a RAISED MARKER NUMBER "1", "2", … (0.65 of the text size, raised 0.38 of it) at the margin, its lines 12 pt
in; the labels only as NUMBERED FOOTNOTES at the foot of the page where their answer starts, under a 120 pt rule,
each "n Label" 2 pt smaller (the number smaller still); the stage marker bold in the body after its field; an empty
answer a marker alone on its line; h34_producers);
`ipe_landscape` (the Ipe drawing editor's `ipetoipe -pdf -export`: each line an Ipe label text at its point, set by
pdfLaTeX in T1 Latin Modern Sans (embedded Type 1 subsets) with an explicit `\\fontsize`, Ipe writing the PDF itself
(Creator and Producer "ipetoipe 7.2.26"); h34_layout's `landscape_triples`: A4 LANDSCAPE pages, THREE COLUMNS OF
LABEL/ANSWER PAIRS side by side (each column about 245 pt: the label bold and 1 pt smaller in a 78 pt cell, wrapped
there, the answer beside it), the fields flowing DOWN THE FIRST COLUMN, THEN THE SECOND, THEN THE THIRD, then the next
page; a long answer goes on at the top of the next column (or page) with its label cell empty; thin vertical rules
between the columns; the title across the top; text 8–9 pt; h34_producers);
`magnifier_bulge` (image-only, grey 200 dpi: the four layouts in turn scanned with a MAGNIFYING GLASS LYING ON THE
PAGE: inside a circle of radius 0.16–0.24 of the page width, centred anywhere in the middle two thirds of the page,
the print is magnified 1.5–1.9 times at the centre and less towards the rim (a bulge: lines under it large and
curved, what the lens covers away from its centre pushed out of sight), the lens's rim a dark ring 5–8 px wide with a
soft shadow outside, the area under the lens a little lighter; paper 232–246, skew up to 0.4°, JPEG 85–90; h34_scan);
`forme_smallcaps` (Forme, the WebAssembly PDF engine of PyPI's formepdf (Creator and Producer "Forme"): each line an
absolutely placed `Text` in the standard Helvetica / Helvetica-Bold (unembedded, WinAnsi), the quote bars absolutely
placed grey `View`s; h34_layout's `margin_smallcaps`: each label in the LEFT MARGIN (a 112–136 pt column, as wide as
the form's longest label word when that is wider: about 190 pt for "Behovsanalys/problembeskrivning") in SMALL
CAPITALS, each word's first letter at the text size and the rest CAPITALS 0.74 TIMES AS LARGE, as separate runs
("P" + "ROJEKTNAMN": the text layer gives the label in capitals); the answer beside it INDENTED AS A BLOCK QUOTE, 30
pt from the label column and 24 pt in from the right margin, with a GREY QUOTE BAR 2 pt wide at its left (cut at a
page break and begun again on the next page); the stage marker bold under its field's answer; h34_producers);
`scribus_landscape` (Scribus 1.5.8 run by its Python scripter under Xvfb (`scribus -g -ns -py`): each line a text
frame of its own placed so that its first baseline is the line's, in Liberation Sans Regular / Bold embedded whole as
TrueType, written by Scribus's own PDF library (Creator "Scribus 1.5.8", Producer "Scribus PDF Library 1.5.8"); A
HYPHEN BETWEEN LETTERS COMES OUT OF ITS TEXT LAYER AS A SOFT HYPHEN U+00AD ("E\\u00adpost"), a hyphen by a digit
stays; the same `landscape_triples` as `ipe_landscape`; h34_producers);
`rolled_flatbed` (image-only, grey 200 dpi: the four layouts in turn on a page that had been ROLLED UP and was
scanned on a flatbed: the sheet lifts off the glass over the 40–55 % of the page towards one long edge (top or
bottom), where the lines BOW (a vertical displacement growing with the square of the distance into the lifted part, up
to 14–26 px at the edge and varying across the width), the print BLURS (up to 1.2–1.8 px) and the page DARKENS (up
to 45–70 levels at the edge); the flat part clean; paper 228–244, no skew, JPEG 84–90; h34_scan).
gofpdf, jgraph, Forme, Ipe, Scribus and the three scans lay their pages out by this generator's own geometry
(h34_layout: grey_bands, margin_smallcaps, footnote_markers, landscape_triples). A scan family's file of turn t (=
number // 8) is drawn in layout (t // 2 + the family's index) % 4, so both halves of every scan family meet all four
layouts (turns 0 and 1 the same layout, 2 and 3 the next, …). Every form has a running header "Bilaga N" (or
"Trafikkontoret") with its Dnr and a page number ("Sida N (M)", "Sida N av M", "N/M" or "- N -").
Sections: every template and label variant of /work/shared/domain.md (follow-ups 5 and 7, applications 5b and 7, the
traffic office's "<Åtgärd> <plats>. Slutredovisning"), answers of one or two paragraphs, lists ("•"), empty answers and
Word's placeholder, money in every format, old and new districts, long project names (h34_content, this generator's
own wording).
A file is in the keep half when its number // 8 is even (score.py). A family whose producer is missing is skipped with
a note. The generator's own tools (golang-go with golang-github-jung-kurt-gofpdf-dev, jgraph, ipe, scribus from apt;
formepdf and wasmtime from PyPI into .venv; Ghostscript, Xvfb and pdfLaTeX came with the machine) are not project
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

import h34_producers as producers  # noqa: E402
import h34_scan  # noqa: E402
from forms_generator import Generator  # noqa: E402
from h34_content import Form, make_form  # noqa: E402
from h34_layout import LAYOUTS, layout  # noqa: E402

# family -> (producer, layer)
FAMILIES = {
    "gofpdf_bands": ("go-gofpdf", "text"),
    "recycled_fibres": ("pillow-pdf+recycled-fibres", "image"),
    "jgraph_footnotes": ("jgraph+ghostscript", "text"),
    "ipe_landscape": ("ipe-ipetoipe", "text"),
    "magnifier_bulge": ("pillow-pdf+magnifier-bulge", "image"),
    "forme_smallcaps": ("formepdf-forme", "text"),
    "scribus_landscape": ("scribus-scripter", "text"),
    "rolled_flatbed": ("pillow-pdf+rolled-flatbed", "image"),
}
TURN = len(FAMILIES)
TEMPLATES = ("f7", "a5b", "traffic", "f5", "a7", "a5b", "f5")  # seven, so each family meets every template
NEEDS = {family: (lambda: True) for family in FAMILIES} | {
    "gofpdf_bands": producers.gofpdf_available,
    "jgraph_footnotes": producers.jgraph_available,
    "ipe_landscape": producers.ipe_available,
    "forme_smallcaps": producers.forme_available,
    "scribus_landscape": producers.scribus_available,
}
SCANS = {"recycled_fibres": h34_scan.recycled_fibres, "magnifier_bulge": h34_scan.magnifier_bulge,
         "rolled_flatbed": h34_scan.rolled_flatbed}  # fmt: skip
TEXT = {"gofpdf_bands": producers.gofpdf_bands, "jgraph_footnotes": producers.jgraph_footnotes,
        "ipe_landscape": producers.ipe_landscape, "forme_smallcaps": producers.forme_smallcaps,
        "scribus_landscape": producers.scribus_landscape}  # fmt: skip


def scan_layout(family: str, turn: int) -> str:
    """The layout a scan family draws on turn `turn`: two turns (one of each half) a layout, then the next."""
    return LAYOUTS[(turn // 2 + list(FAMILIES).index(family)) % len(LAYOUTS)]


def draw(family: str, form: Form, rng: random.Random, out: Path, turn: int) -> int | None:
    """Draw `form` as `family` into `out`; its page count (None: read it from the file)."""
    if family in TEXT:
        return TEXT[family](form, rng, out, turn)
    return SCANS[family](layout(form, rng, scan_layout(family, turn)), out, rng)


GENERATOR = Generator("h34", FAMILIES, NEEDS, TEMPLATES, make_form, draw, seed_step=34039)


def build(out: Path, seed: int, count: int, families: list[str] | None = None) -> list[Path]:
    return GENERATOR.build(out, seed, count, families)


if __name__ == "__main__":
    GENERATOR.main(__doc__ or "")
