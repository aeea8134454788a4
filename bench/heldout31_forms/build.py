"""Build the thirty-first held-out form set (a twenty-sixth independent generator): PDFs and their truth sidecars.

    .venv/bin/python bench/heldout31_forms/build.py --out DIR --seed N --count K [--families a,b]

Families, by producer or construction (none used by the fifth to thirtieth generators), drawn in turn (h31-000 the
first, h31-007 the eighth, h31-008 the first again): `tex_leaders` (Knuth's TeX in the plain format writing DVI, made
PDF by dvipdfmx, URW Times (Nimbus Roman, T1 encoding) embedded; TeX's own layout on a 160 mm measure, ragged right,
no hyphenation: a field whose answer is one paragraph and whose label fits is ONE line-start row: the label in the
REGULAR weight, then a row of dot leaders (each dot its own word in the text layer, about 5.5 pt apart) running to a
tab stop 55–65 % across the measure, where the answer starts; the answer's further lines hang at that stop (a
one-paragraph answer of many sentences is a long hanging block beside the label). A field whose answer has two
paragraphs or more, or a list, or whose label is too wide for the stop, has its label BOLD on a line of its own and
the answer's paragraphs under it at the margin with no leaders, list items after "–" (an en dash); the running header
and Dnr by plain TeX's headline, "Sida N" or "N" by its footline; h31_producers); `pencil_notes` (image-only: the four
layouts in turn with a reader's soft graphite notes: 3–6 scribbled cursive-like notes of one to three lines, 3–4 mm
high, in the left margin (2–6 mm from the edge) or the right margin (17–19 mm from the edge), two to five scribbled
notes of 25–60 mm in the white gaps between printed lines, two to five pencil underlines under printed lines, one to
three ticks at the right margin; pencil grey 110–170 and grainy, never as dark as the print; grey 200 dpi, skew up to
0.5°, JPEG 78–88; h31_scan); `builder_corner` (Perl's PDF::Builder 3.025, core Helvetica encoded cp1252, a `text` and
a `gfx` object a page, placing h31_layout's `corner_boxes`: every answer inside a ruled box the full width, its label
SMALL (2.5 pt under the answer's 9.5–10.5 pt, regular weight) in the box's top-left corner, the answer's lines under
it inside the box; two short one-line fields in a row (an application's header: project name, amount, committee …)
four times in five share the row as two half-width boxes side by side, so two labels and two answers stand on the same
two lines; a long answer broken by a page break goes on in a box without a label at the next page's top;
h31_producers); `mpost_band` (MetaPost 2.02, one figure a page, every line `infont` URW Helvetica (phvr8r/phvb8r)
embedded by `prologues := 3`, the bands filled and the frames drawn, each figure an EPS made PDF by Ghostscript's
ps2pdf (-dEPSCrop) and joined by qpdf; h31_layout's `band_boxes`: every label in the REGULAR weight on a light grey
band (grey 0.84) the full width, the answer under the band, band and answer framed together as one box, an empty
answer an empty frame one line high, a long answer broken by a page break going on in a frame with no band;
h31_producers); `generation_loss` (image-only: the four layouts in turn photocopied three to five times over, each
generation blurred 0.45–0.7 px, its contrast raised round a threshold 125–150, scaled 0.99–1.01 and turned up to 0.4°
about the centre, with toner specks: the strokes kept hard-edged, the hairlines of boxes and pale grey bands thin out or drop, specks
pile up; grey 200 dpi, JPEG 80–90; h31_scan); `pdfjs_columns` (rkusa's pdfjs 2.5.4 for Node, base-14 Helvetica, every
line an absolutely placed cell and every rule a filled cell (a rect in the file), and NO space characters: words are
placed one by one about a space's width (2.6–2.9 pt) apart; h31_layout's `two_columns`: the page in two columns 18–26
pt apart with a rule down the gutter, each label BOLD on a line of its own and its answer under it in the column, a
long answer flowing from the foot of the left column to the top of the right, and from the right column to the next
page's left; so the right column's top often holds the middle of an answer whose label is in the left column, and a
label's lines and the following answer may be split across the columns; h31_producers); `xetex_turned` (XeTeX in the
plain format, Liberation Sans (embedded) through fontconfig, every line placed absolutely by kerns, rules as
vrules, the turned labels by xdvipdfmx's `x:rotate 90` special, made PDF by xdvipdfmx; NO space characters either
(words a space's width apart); h31_layout's `turned_labels`: a table of rows, each label turned 90° reading upwards
(from the row's foot toward its top) in a narrow left column 30–38 pt wide, wrapped into up to three turned lines side
by side, the answer upright beside it in the wide column, every row at least 90 pt tall (as tall as the longer of
label and answer), rows and the column split ruled; a long answer broken by a page break goes on in a row with no
label; h31_producers); `lid_open` (image-only: the four layouts in turn scanned with the lid open: the sheet shrunk
3–9 mm from each side and off-centre on a near-black surround (grey 8–24), one long edge (left or right) falling off
into shadow across 10–25 mm where the page lifted off the glass, the print in that band squeezed to 80–90 % of its
width toward the edge, blurred and darkened; grey 200 dpi, skew up to 0.6°, JPEG 72–84; h31_scan).
PDF::Builder, MetaPost, pdfjs, XeTeX and the three scans lay their pages out by this generator's own geometry
(h31_layout: corner_boxes, band_boxes, two_columns, turned_labels), the scans meeting each of the four layouts in turn
(the turned labels drawn turned); plain TeX lays out by itself. Every form has a running header "Bilaga N" (or
"Trafikkontoret") with its Dnr and a page number. Sections: every template and label variant of /work/shared/domain.md
(follow-ups 5 and 7, applications 5b and 7, the traffic office's "<Åtgärd> <plats>. Slutredovisning"), answers of one
or two paragraphs, lists, empty answers and Word's placeholder, money in every format, old and new districts, long
project names (h31_content, this generator's own wording).
A file is in the keep half when its number // 8 is even (score.py). A family whose producer is missing is skipped with
a note. The generator's own tools (tex, dvipdfmx, mpost, xetex from texlive (texlive-metapost and texlive-xetex from
apt), libpdf-builder-perl from apt, qpdf, ghostscript; pdfjs 2.5.4 from npm in .venv/h31-node: `cd .venv/h31-node &&
npm install pdfjs@2.5.4`) are not project dependencies.
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

import h31_producers as producers  # noqa: E402
import h31_scan  # noqa: E402
from forms_generator import Generator  # noqa: E402
from h31_content import Form, make_form  # noqa: E402
from h31_layout import LAYOUTS, layout  # noqa: E402

# family -> (producer, layer)
FAMILIES = {
    "tex_leaders": ("tex-plain+dvipdfmx", "text"),
    "pencil_notes": ("pillow-pdf+pencil-notes", "image"),
    "builder_corner": ("perl-pdf-builder-3.025", "text"),
    "mpost_band": ("metapost+ps2pdf", "text"),
    "generation_loss": ("pillow-pdf+generation-loss", "image"),
    "pdfjs_columns": ("node-pdfjs-2.5", "text"),
    "xetex_turned": ("xetex-plain+xdvipdfmx", "text"),
    "lid_open": ("pillow-pdf+lid-open", "image"),
}
TURN = len(FAMILIES)
TEMPLATES = ("a7", "f5", "traffic", "a5b", "f7", "f5", "a5b")  # seven, so each family meets every template
NEEDS = {family: (lambda: True) for family in FAMILIES} | {
    "tex_leaders": producers.tex_available,
    "builder_corner": producers.builder_available,
    "mpost_band": producers.mpost_available,
    "pdfjs_columns": producers.pdfjs_available,
    "xetex_turned": producers.xetex_available,
}
SCANS = {"pencil_notes": h31_scan.pencil_notes, "generation_loss": h31_scan.generation_loss,
         "lid_open": h31_scan.lid_open}  # fmt: skip
TEXT = {"tex_leaders": producers.tex_leaders, "builder_corner": producers.builder_corner,
        "mpost_band": producers.mpost_band, "pdfjs_columns": producers.pdfjs_columns,
        "xetex_turned": producers.xetex_turned}  # fmt: skip


def draw(family: str, form: Form, rng: random.Random, out: Path, turn: int) -> int | None:
    """Draw `form` as `family` into `out`; its page count (None: read it from the file)."""
    if family in TEXT:
        return TEXT[family](form, rng, out, turn)
    pages = layout(form, rng, LAYOUTS[(turn + list(FAMILIES).index(family)) % len(LAYOUTS)])
    return SCANS[family](pages, out, rng)


GENERATOR = Generator("h31", FAMILIES, NEEDS, TEMPLATES, make_form, draw, seed_step=31013)


def build(out: Path, seed: int, count: int, families: list[str] | None = None) -> list[Path]:
    return GENERATOR.build(out, seed, count, families)


if __name__ == "__main__":
    GENERATOR.main(__doc__ or "")
