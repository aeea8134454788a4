"""Build a thirty-sixth held-out forms set: a thirty-first independent generator (issue #12), test tooling only.

    .venv/bin/python bench/heldout36_forms/build.py --out DIR --seed 36083 --count 120 [--families a,b]

Written without reading the extractor: its Swedish text is its own (h36_content), the page model is the eighteenth
generator's (h23_layout), the producers, the layouts and the damage are ones no earlier generator used (each name
grepped in every earlier `bench/heldout*_forms/` first). Eight families, drawn in turn (a file's family is its
number % 8), three of them image-only:
`origami_excel` (text; Ruby's Origami 2.1 (Debian's ruby-origami): each line `Page#write` in the standard Helvetica /
Helvetica-Bold, unembedded, with Origami's MacRomanEncoding; boxes `draw_rectangle`, rules `draw_line`; no Producer;
the `excel_sheet` pages: A SPREADSHEET PRINTED WITH GRIDLINES AND HEADINGS: a grey heading row of column letters
"A"–"F" across the top of every page, a grey column of ROW NUMBERS (1, 2, 3, … counting on over the pages) down the
left, a gridline under every row; the title bold in the first row(s); the label bold in column A, wrapped into rows
of its own; the answer in column B on, ONE LINE A ROW, each row numbered; an empty numbered row between fields; the
stage marker bold in column B of a row of its own; a long field runs on over the page break with column A empty);
`fire_scorched` (image-only, grey 200 dpi: the four layouts in turn on a page RESCUED FROM A FIRE: along one or two
edges the paper BURNT AWAY to a ragged line 30–140 px in (a wavy line, ±12–36 px) (dark 15–40 there), a CHARRED RIM 6–14 px dark (35–70), a
BROWNED BAND 90–260 px wide fading inward in which the paper darkens by up to 30–45 % and the print loses up to half
its contrast; SOOT SPECKS 1–3 px (denser near the burn) and a faint uneven smoke haze (3–8 levels); paper 228–242, ink 25–50,
JPEG 84–90; h36_scan);
`pstoedit_slides` (text; PostScript written by the generator (Helvetica / Helvetica-Bold re-encoded to Latin-1,
each line one `show`) turned into PDF by pstoedit 3.78's own PDF driver (Debian's pstoedit, Producer "pstoedit by
…"): the `slides` pages: a PRESENTATION EXPORT on LANDSCAPE pages 842 x 595: the title alone, large (25–28 pt bold),
on the first slide; then each field's LABEL AS A SLIDE HEADING (17–20 pt bold, dark grey) with a short grey bar
under it and the ANSWER below as body text (12–13 pt) from the same left edge (48 pt); as many fields a slide as
fit; a long answer goes on at the top of the next slide with no heading; the stage marker bold in body size on a
line of its own; a footer line at the bottom (running header, Dnr, slide number "N/M", "Sida N (M)", …), grey);
`pyhanko_stepper` (text; Python's pyHanko (PyPI) writing the file with its own PdfFileWriter (Producer "pyHanko …"),
the content streams written by the generator (`Tm` placed lines, WinAnsi Helvetica unembedded); the `stepper`
pages: a PROGRESS TIMELINE: a thin VERTICAL LINE 7 pt right of the left margin through the fields of each page, a
CIRCLE (radius 4.5–6 pt) on it at each field, FILLED DARK when the field is answered and HOLLOW when it is empty or
holds Word's placeholder; the LABEL BOLD BESIDE ITS CIRCLE (24–32 pt right of the margin), the answer's lines under
the label at the same x; the stage marker bold at that x);
`thumb_held` (image-only, grey 200 dpi: the four layouts in turn on a page HELD FLAT BY THE OPERATOR'S THUMBS: one
or two thumbs (left, right or both) reaching in from the page's edge at 10–35°, each a rounded blob about 150 x 260
px of skin grey 150–185 with a darker outline, a lighter NAIL near its tip and a soft shadow, the tip 60–200 px in, so
it covers the margin and sometimes the first or last letters of the lines beside it; two to four greasy
FINGERPRINTS (ellipses of concentric ridges 4–5 px apart, 6–14 levels darker) on the page, some over the print; paper
236–248, ink 25–50, JPEG 84–90; h36_scan);
`camlpdf_receipt` (text; OCaml's CamlPDF 2.5 (Debian's libcamlpdf-ocaml-dev) writing the file, Flate content
streams written by the generator, WinAnsi Helvetica unembedded, no Producer; the `receipt_right` pages: a SUMMARY
LIKE A RECEIPT: each label FLUSH LEFT (bold on half of the files, regular on the others, wrapped within 45 % of the
width) and, when the answer is one line that fits, the ANSWER FLUSH RIGHT against the right margin ON THE SAME LINE;
a longer answer under its label in lines each RIGHT-ALIGNED (ragged left) against the right margin, over the right
three quarters of the width; the stage marker bold and flush right; a hairline across the text width under every
field);
`reactpdf_excel` (text; Node's @react-pdf/renderer 4 (npm) with React, every line an absolutely placed `<Text>` in
the standard Helvetica / Helvetica-Bold (WinAnsi, unembedded), rules and boxes `<View>` borders (drawn as curves),
circles `<Svg>`; Producer and Creator "react-pdf"; the same `excel_sheet` as `origami_excel`);
`laminated_bubbles` (image-only, grey 200 dpi: the four layouts in turn on a page SEALED IN A LAMINATING POUCH: the
sheet 4–7 % smaller inside a clear border whose sealed edge is a thin grey rounded outline near the scan's edges; a
GLOSSY SHEEN, a diagonal band 80–220 px wide (25–65° from the horizontal) where the print is washed out 30–60 %
towards white; three to seven AIR BUBBLES (wobbly ellipses 40–200 px across) in which the print is shifted 1–3 px
and paler, with a bright inner rim and a dark refraction line round each; paper 238–250, ink 25–45, JPEG 86–92;
h36_scan).
The layouts (h36_layout): excel_sheet, slides, stepper, receipt_right. A scan family's file of turn t (= number //
8) is drawn in layout (t // 2 + the family's index) % 4, so both halves of every scan family meet all four layouts
(turns 0 and 1 the same layout, 2 and 3 the next, …). Every form has a running header "Bilaga N" (or
"Trafikkontoret") with its Dnr and a page number ("Sida N (M)", "Sida N av M", "N/M", "- N -" or "N (M)").
Sections: every template and label variant of /work/shared/domain.md (follow-ups 5 and 7, applications 5b and 7, the
traffic office's "<Åtgärd> <plats>. Slutredovisning"), answers of one or two paragraphs, lists ("•"), empty answers and
Word's placeholder, money in every format, old and new districts, long project names (h36_content, this generator's
own wording). The truth's labels are the templates'.
A file is in the keep half when its number // 8 is even (score.py). A family whose producer is missing is skipped with
a note. The generator's own tools (ruby-origami, pstoedit, ocaml-nox with ocaml-findlib and libcamlpdf-ocaml-dev
from apt; pyhanko from PyPI into .venv; @react-pdf/renderer and react from npm into /tmp/h36-node (`npm install
--prefix /tmp/h36-node @react-pdf/renderer react`)) are not project dependencies.

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

import h36_producers as producers  # noqa: E402
import h36_scan  # noqa: E402
from forms_generator import Generator  # noqa: E402
from h36_content import Form, make_form  # noqa: E402
from h36_layout import LAYOUTS, layout  # noqa: E402

# family -> (producer, layer)
FAMILIES = {
    "origami_excel": ("ruby-origami-2.1", "text"),
    "fire_scorched": ("pillow-pdf+fire-scorched", "image"),
    "pstoedit_slides": ("ps+pstoedit-3.78-pdf", "text"),
    "pyhanko_stepper": ("python-pyhanko-writer", "text"),
    "thumb_held": ("pillow-pdf+thumb-held", "image"),
    "camlpdf_receipt": ("ocaml-camlpdf-2.5", "text"),
    "reactpdf_excel": ("node-react-pdf-renderer", "text"),
    "laminated_bubbles": ("pillow-pdf+laminated-bubbles", "image"),
}
TURN = len(FAMILIES)
TEMPLATES = ("a7", "f5", "traffic", "a5b", "f7", "f5", "a5b")  # seven, so each family meets every template
NEEDS = {family: (lambda: True) for family in FAMILIES} | {
    "origami_excel": producers.origami_available,
    "pstoedit_slides": producers.pstoedit_available,
    "pyhanko_stepper": producers.pyhanko_available,
    "camlpdf_receipt": producers.camlpdf_available,
    "reactpdf_excel": producers.reactpdf_available,
}
SCANS = {"fire_scorched": h36_scan.fire_scorched, "thumb_held": h36_scan.thumb_held,
         "laminated_bubbles": h36_scan.laminated_bubbles}  # fmt: skip
TEXT = {"origami_excel": producers.origami_excel, "pstoedit_slides": producers.pstoedit_slides,
        "pyhanko_stepper": producers.pyhanko_stepper, "camlpdf_receipt": producers.camlpdf_receipt,
        "reactpdf_excel": producers.reactpdf_excel}  # fmt: skip


def scan_layout(family: str, turn: int) -> str:
    """The layout a scan family draws on turn `turn`: two turns (one of each half) a layout, then the next."""
    return LAYOUTS[(turn // 2 + list(FAMILIES).index(family)) % len(LAYOUTS)]


def draw(family: str, form: Form, rng: random.Random, out: Path, turn: int) -> int | None:
    """Draw `form` as `family` into `out`; its page count (None: read it from the file)."""
    if family in TEXT:
        return TEXT[family](form, rng, out, turn)
    return SCANS[family](layout(form, rng, scan_layout(family, turn)), out, rng)


GENERATOR = Generator("h36", FAMILIES, NEEDS, TEMPLATES, make_form, draw, seed_step=36061)


def build(out: Path, seed: int, count: int, families: list[str] | None = None) -> list[Path]:
    return GENERATOR.build(out, seed, count, families)


if __name__ == "__main__":
    GENERATOR.main(__doc__ or "")
