"""Build the twenty-seventh held-out form set (a twenty-second independent generator): PDFs and their truth sidecars.

    .venv/bin/python bench/heldout27_forms/build.py --out DIR --seed N --count K [--families a,b]

Families, by producer or construction (none used by the fifth to twenty-sixth generators), drawn in turn (h27-000
the first, h27-007 the eighth, h27-008 the first again):
`fig2dev_combs` (xfig's FIG format written by the generator, one file a page, made PDF by fig2dev and joined by qpdf:
a form to fill in by hand, each label small above its empty frame, the short fields two frames a row, a phone number
or an amount in a comb of one cell per character, the long answers in full-width frames under bold labels; PostScript
Helvetica in Latin-1, the hyphen set as the minus glyph, a bullet from the Symbol font; h27_producers); `mimeo_stencil`
(image-only: a mimeograph copy, black oily ink through a stencil, counters filled, strokes swollen, starved and
flooded patches, a drum smear, rough paper with flecks; grey 200 dpi; h27_scan); `pyx_margin` (PyX's own PDF writer,
no TeX: a vertical rule down every page, each bold label flush right against it, the answer flush left beyond it, a
tick across the rule where a section starts; URW Nimbus Sans; h27_producers); `vim_hardcopy` (a plain-text form
printed by vim's :hardcopy in Courier, vim's print header carrying the running header, Dnr and page, made PDF by
ps2pdf: each label inline with its answer after a colon, the answer running on at the left margin, a blank line
between sections, cp1252; h27_producers); `inkjet_banding` (image-only: a home inkjet print with clogged
nozzles, thin white lines at the same rows of every print-head swath, every other swath shifted sideways, black
mixed brownish or greenish, fading as the cartridge ran low; colour 200 dpi; h27_scan); `pdfcreate_captions` (Perl's
PDF::Create, base-14 Times: the caption under the line, each short answer typed on a rule with its label small under
the rule, two a row, each long answer in a frame with its label small under the frame, so a label follows its
answer; h27_producers); `graphviz_table` (Graphviz's dot, an HTML-like table node a page through its cairo renderer,
joined by qpdf: the short fields two or three cells a row, each a small grey label over its value, every other
section a shaded full-width label row over its answer row; h27_producers); `dogear_fold` (image-only: a page whose
corner was folded over before scanning, the flap's blank back showing the corner's own print mirrored and faint, the
page under the flap hidden, the dark lid where the corner is gone, a shadow along the flap, a staple top left; grey
200 dpi; h27_scan).
The hand-placed families (fig2dev, PyX, PDF::Create) and the three scans lay their pages out by this generator's own
geometry (h27_layout: comb_grid, margin_rule, under_captions), the scans meeting each of the three layouts in turn;
vim and Graphviz lay out by their own text and table. Every form has a running header "Bilaga N" (or
"Trafikkontoret") with its Dnr and a page number (vim's: "Sida N" without the total).
Sections: every template and label variant of /work/shared/domain.md (follow-ups 5 and 7, applications 5b and 7,
the traffic office's "<Åtgärd> <plats>. Slutredovisning"), answers of one or two paragraphs, "•" lists, empty
answers and Word's placeholder, money in every format, old and new districts, long project names (h27_content).
A file is in the keep half when its number // 8 is even (score.py). A family whose producer is missing is skipped
with a note. The generator's own tools (fig2dev, python3-pyx, libpdf-create-perl, graphviz, vim and qpdf from apt)
are not project dependencies.
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

import h27_producers as producers  # noqa: E402
import h27_scan  # noqa: E402
from forms_generator import Generator  # noqa: E402
from h27_content import Form, make_form  # noqa: E402
from h27_layout import LAYOUTS, layout  # noqa: E402

# family -> (producer, layer)
FAMILIES = {
    "fig2dev_combs": ("fig2dev-3.2.8-xfig", "text"),
    "mimeo_stencil": ("pillow-pdf+mimeograph-stencil", "image"),
    "pyx_margin": ("pyx-0.16-python", "text"),
    "vim_hardcopy": ("vim-9.0-hardcopy+ps2pdf", "text"),
    "inkjet_banding": ("pillow-pdf+inkjet-clogged-nozzles", "image"),
    "pdfcreate_captions": ("pdf-create-1.46-perl", "text"),
    "graphviz_table": ("graphviz-2.42-dot-cairo", "text"),
    "dogear_fold": ("pillow-pdf+folded-corner-staple", "image"),
}
TURN = len(FAMILIES)
TEMPLATES = ("f5", "a5b", "traffic", "f7", "a7", "a5b", "f5")  # seven, so each family meets every template
NEEDS = {family: (lambda: True) for family in FAMILIES} | {
    "fig2dev_combs": producers.fig2dev_available,
    "pyx_margin": producers.pyx_available,
    "vim_hardcopy": producers.vim_available,
    "pdfcreate_captions": producers.pdfcreate_available,
    "graphviz_table": producers.graphviz_available,
}
SCANS = {"mimeo_stencil": h27_scan.mimeo_stencil, "inkjet_banding": h27_scan.inkjet_banding,
         "dogear_fold": h27_scan.dogear_fold}  # fmt: skip
TEXT = {"fig2dev_combs": producers.fig2dev, "pyx_margin": producers.pyx, "vim_hardcopy": producers.vim,
        "pdfcreate_captions": producers.pdfcreate, "graphviz_table": producers.graphviz}  # fmt: skip


def draw(family: str, form: Form, rng: random.Random, out: Path, turn: int) -> int | None:
    """Draw `form` as `family` into `out`; its page count (None: read it from the file)."""
    if family in TEXT:
        return TEXT[family](form, rng, out, turn)
    pages = layout(form, rng, LAYOUTS[(turn + list(FAMILIES).index(family)) % len(LAYOUTS)])
    return SCANS[family](pages, out, rng)


GENERATOR = Generator("h27", FAMILIES, NEEDS, TEMPLATES, make_form, draw, seed_step=27017)


def build(out: Path, seed: int, count: int, families: list[str] | None = None) -> list[Path]:
    return GENERATOR.build(out, seed, count, families)


if __name__ == "__main__":
    GENERATOR.main(__doc__ or "")
