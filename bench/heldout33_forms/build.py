"""Build the thirty-third held-out form set (a twenty-eighth independent generator): PDFs and their truth sidecars.

    .venv/bin/python bench/heldout33_forms/build.py --out DIR --seed N --count K [--families a,b]

Families, by producer or construction (none used by the fifth to thirty-second generators), drawn in turn (h33-000 the
first, h33-007 the eighth, h33-008 the first again):
`skia_combs` (Google's Skia through skia-python 144, its own PDF backend (`skia.PDF.MakeDocument`, Producer
"Skia/PDF m144"): each line a `drawString` in Liberation Sans / Liberation Sans Bold, embedded as CID TrueType subsets,
rules and boxes Skia rects; h33_layout's `comb_boxes`: each label ALONE ON ITS LINE in regular weight at the margin,
its answer under it: a one-line answer of at most 32 characters (names, amounts, the phone number, the e-mail address,
the committee, short project names, the placeholder when it fits) written in COMB BOXES, one character centred in each
of a row of touching 12 pt wide ruled boxes (a space an empty box, the row padded to 14–24 boxes; an empty answer a
row of empty boxes), so such an answer's characters are single-character words about 12 pt apart; a longer answer as
lines of text inside a ruled frame the full width (a frame closed at a page break and opened again on the next page);
h33_producers);
`thermal_faded` (image-only, grey 200 dpi: the four layouts in turn printed on THERMAL PAPER that has FADED UNEVENLY:
the ink's darkness varies over the page by a smooth random field (from near black to at most 62 % of the way to the
paper in the palest patches), one or two vertical bands paler still, warm light grey paper 232–244 with fine noise;
skew up to 0.4°, JPEG 85–92; h33_scan);
`tk_tabs` (Tcl/Tk 8.6's canvas under Xvfb at 72 dpi, each line a canvas text item in a named Tk font mapped by
`-fontmap` to Helvetica / Helvetica-Bold in WHOLE POINTS (9.5 and 10.5 pt lines printed at 10 pt, so lines run a
little wider or narrower than laid out), placed by the text's bottom-left corner; the canvas written out by Tk's
own `postscript` command (an EPS a page, ISO Latin-1, "•" and "–" given to it as "-"), the pages made one PDF by
Ghostscript's pdfwrite (fonts embedded as subsets); h33_layout's `dark_tabs`: each label WHITE in bold on a BLACK
TAB (a filled rectangle as wide as the label plus 5 pt a side, wrapped labels making a taller tab), the answer in a
ruled frame the full width right under the tab (its lines 5 pt in), fields 9–14 pt apart; a long answer's frame
closed at a page break and a new frame with no tab on the next page; an empty answer an empty frame one line high;
h33_producers);
`plotutils_outline` (GNU plotutils 2.6's pic2plot: the page as a pic picture (every line a `"text" ljust at (x,y)`,
bold by the `\\fB` escape, rules pic `line`s), drawn by GNU libplot's PostScript driver (Creator "GNU libplot"),
made PDF by Ghostscript. Its quirks are kept: ONE FONT SIZE FOR THE WHOLE PAGE (title, part headings and answers
alike, Helvetica / Helvetica-Bold), the whole page SHRUNK BY ABOUT 0.92 and centred (libplot fits the 842 pt high
picture into its square viewport: margins wider, text about 9 pt), and EVERY HYPHEN PRINTED AS A MINUS SIGN U+2212
("E−post", "Rinkeby−Kista", "Dnr 2.3.1−302−2014", "08−508 …"); h33_layout's `outline_numbered`: the labels as
OUTLINE-NUMBERED HEADINGS: a bold part heading "1 Projektet" (or "1 Uppgifter om insatsen") over the fields up to the
stage marker and "2 Redovisning" (or "2 Beskrivning") over those after it (an application, with no stage marker, has
only part 1), each label bold as "1.1 <label>", "1.2 <label>" … with the number in a 26 pt column and the label's
text after it, the answer UNDER the label aligned with the label's text (26 pt in); a label that starts with its own
number ("1. Beskrivning (mål och syfte)", "1.1 Behovsanalys/problembeskrivning") printed as it is, its number in
the number column, so an application shows "1.1 Namn på insats" and later "1.1 Behovsanalys/…" again; h33_producers);
`posterised_palette` (image-only, 200 dpi: the four layouts in turn scanned grey, blurred 0.6–1.0 px and saved as a
PALETTE image of FOUR TO SIX GREYS spaced evenly from ink to paper, every pixel snapped to the nearest without
dithering (anti-aliased letter edges jump to a few levels, thin strokes thicken or break), stored losslessly as an
Indexed image; no skew; h33_scan);
`freehep_underrule` (the FreeHEP VectorGraphics library's PDFGraphics2D, Java, writing the PDF itself (Creator
"FreeHEP Graphics2D Driver"): each line a Graphics2D `drawString` in the logical font SansSerif, which FreeHEP
writes as the standard unembedded Helvetica with a custom encoding, ALWAYS REGULAR (bold is lost: the title and the
stage marker print regular) and in WHOLE POINTS (a 7.5 pt label prints at 8 pt, 9.5 at 10), "–" given as "-" ("•"
kept); rules `Line2D`s; h33_layout's `under_rule`: each answer written ON A RULE and its LABEL SMALL UNDER THE RULE
(as under a signature line): the answer's lines 2 pt in from the margin, a hairline the full width 3 pt under the
last line, then the label 2.5 pt smaller in grey 0.3 under the rule, so every label follows its answer; two short
fields (one-line answers, one-line labels) side by side on two half-width rules with their labels under each; a long
answer's lines go on over a page break and its rule and label come after its last line on the next page; an empty
answer a bare rule with its label; h33_producers);
`context_table` (ConTeXt MkIV (LuaTeX) typesetting the form ITSELF (Producer "LuaTeX", Creator "ConTeXt"): the title
bold and large, then an xtable of two framed columns (label 4.2–5.0 cm, answer the rest) whose HEADER ROW ("Uppgift |
Svar" or "Rubrik | Uppgifter", bold on light grey) is REPEATED at the top of every page the table runs over; each
label in the left cell of its first row, regular weight, wrapped in its column; an answer's paragraphs and list items
("•") each a ROW OF ITS OWN with the label cell empty (every row framed), so a long answer runs over a page break row
by row; the stage marker a bold row of its own in the answer column; Latin Modern Sans (two in three) or Roman,
embedded CFF, hyphenation off; header "Bilaga N"/Dnr, footer "Sida N (M)" or "Sida N av M"; h33_producers);
`motion_blur` (image-only, grey 200 dpi: the four layouts in turn photographed by a MOVING HAND: the page smeared
along one direction at any angle by a line kernel 3–7 px long, a light vignette darkening the corners by 4–9 %, paper
215–240, noise; skew up to 1°, JPEG 80–88; h33_scan).
Skia, Tk, plotutils, FreeHEP and the three scans lay their pages out by this generator's own geometry (h33_layout:
under_rule, dark_tabs, outline_numbered, comb_boxes), the scans meeting each of the four layouts in turn; ConTeXt
lays out by itself. Every form has a running header "Bilaga N" (or "Trafikkontoret") with its Dnr and a page number.
Sections: every template and label variant of /work/shared/domain.md (follow-ups 5 and 7, applications 5b and 7, the
traffic office's "<Åtgärd> <plats>. Slutredovisning"), answers of one or two paragraphs, lists, empty answers and
Word's placeholder, money in every format, old and new districts, long project names (h33_content, this generator's
own wording).
A file is in the keep half when its number // 8 is even (score.py). A family whose producer is missing is skipped with
a note. The generator's own tools (skia-python from PyPI into .venv; xvfb, xauth, python3-tk, plotutils, context and
the libfreehep-*-java jars from apt; OpenJDK's javac/java and Ghostscript came with the machine) are not project
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

import h33_producers as producers  # noqa: E402
import h33_scan  # noqa: E402
from forms_generator import Generator  # noqa: E402
from h33_content import Form, make_form  # noqa: E402
from h33_layout import LAYOUTS, layout  # noqa: E402

# family -> (producer, layer)
FAMILIES = {
    "skia_combs": ("skia-python-pdf", "text"),
    "thermal_faded": ("pillow-pdf+thermal-faded", "image"),
    "tk_tabs": ("tk-canvas-postscript+ghostscript", "text"),
    "plotutils_outline": ("gnu-plotutils-pic2plot+ps2pdf", "text"),
    "posterised_palette": ("pillow-pdf+posterised-palette", "image"),
    "freehep_underrule": ("freehep-pdfgraphics2d", "text"),
    "context_table": ("context-mkiv", "text"),
    "motion_blur": ("pillow-pdf+motion-blur", "image"),
}
TURN = len(FAMILIES)
TEMPLATES = ("a5b", "f7", "f5", "traffic", "a7", "f5", "a5b")  # seven, so each family meets every template
NEEDS = {family: (lambda: True) for family in FAMILIES} | {
    "skia_combs": producers.skia_available,
    "tk_tabs": producers.tk_available,
    "plotutils_outline": producers.plotutils_available,
    "freehep_underrule": producers.freehep_available,
    "context_table": producers.context_available,
}
SCANS = {"thermal_faded": h33_scan.thermal_faded, "posterised_palette": h33_scan.posterised_palette,
         "motion_blur": h33_scan.motion_blur}  # fmt: skip
TEXT = {"skia_combs": producers.skia_combs, "tk_tabs": producers.tk_tabs,
        "plotutils_outline": producers.plotutils_outline, "freehep_underrule": producers.freehep_underrule,
        "context_table": producers.context_table}  # fmt: skip


def draw(family: str, form: Form, rng: random.Random, out: Path, turn: int) -> int | None:
    """Draw `form` as `family` into `out`; its page count (None: read it from the file)."""
    if family in TEXT:
        return TEXT[family](form, rng, out, turn)
    pages = layout(form, rng, LAYOUTS[(turn + list(FAMILIES).index(family)) % len(LAYOUTS)])
    return SCANS[family](pages, out, rng)


GENERATOR = Generator("h33", FAMILIES, NEEDS, TEMPLATES, make_form, draw, seed_step=33029)


def build(out: Path, seed: int, count: int, families: list[str] | None = None) -> list[Path]:
    return GENERATOR.build(out, seed, count, families)


if __name__ == "__main__":
    GENERATOR.main(__doc__ or "")
