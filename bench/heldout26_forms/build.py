"""Build the twenty-sixth held-out form set (a twenty-first independent generator): PDFs and their truth sidecars.

    .venv/bin/python bench/heldout26_forms/build.py --out DIR --seed N --count K [--families a,b]

Families, by producer or construction (none used by the fifth to twenty-fifth generators), drawn in turn (h26-000
the first, h26-007 the eighth, h26-008 the first again):
`rpdf_cells` (R's own pdf() device from a small R driver: a printed fillable form, every answer in a framed cell
whose label is a small grey caption in the cell's top-left corner, an application's short fields two cells a row;
base-14 Helvetica, whole-point sizes, hyphens written as R writes them, as the minus sign's glyph; h26_producers);
`foxed_archive` (image-only: an archive copy on yellowed paper browning towards its edges, foxing spots single and
in clusters, a tide line, the ink faded warm brown; colour 200 dpi; h26_scan); `gnuplot_leaders` (gnuplot's pdfcairo
terminal, every text a label on an empty plot: a typewriter-filled paper form, the bold label, a dotted leader to
the answer's tab stop, the answer on dotted rules to the right margin, one rule a line; h26_producers);
`borb_table` (borb 3, a pure-Python PDF library: a bordered table with shaded label cells, an application's short
fields four cells a row (label, value, label, value), every other section a row, a long answer's row continued on
the next page under an empty shaded label cell; h26_producers); `overexposed_scan` (image-only: a grey scan exposed
far too bright, light print, thin strokes, shaded fills and grey captions blown out or broken, a brighter lamp band;
200 dpi; h26_scan); `inkscape_badges` (Inkscape 1.2 exporting this generator's SVG pages to PDF, joined by qpdf:
each section headed by a dark square badge with a white letter A, B, C … and the bold label beside it, the answer
on a pale grey panel under it; h26_producers); `gnumeric_sheet` (Gnumeric's ssconvert printing a workbook written
with openpyxl: A4 landscape, a grey header row "Fråga | Svar | Förvaltningens kommentar" repeated on every page,
one sheet row a line, the label down column A, the answer's lines down column B, column C empty, the sections' rows
shaded in turn, the running header and page number in the sheet's own header and footer; h26_producers);
`ditto_copy` (image-only: a spirit-duplicator copy in violet aniline ink spread into thin off-white paper, paler
towards the foot and in blotches, a faint second image a few pixels off; colour 200 dpi; h26_scan).
The hand-placed families (R, gnuplot, borb, Inkscape) and the three scans lay their pages out by this generator's
own geometry (h26_layout: caption cells, dotted leaders, badges and panels, a pair table), the scans meeting each of
the four layouts in turn; Gnumeric lays out by its own sheet. Every form has a running header "Bilaga N" (or
"Trafikkontoret") with its Dnr and a page number.
Sections: every template and label variant of /work/shared/domain.md (follow-ups 5 and 7, applications 5b and 7,
the traffic office's "<Åtgärd> <plats>. Slutredovisning"), answers of one or two paragraphs, "•" lists, empty
answers and Word's placeholder, money in every format, old and new districts, long project names (h26_content).
A file is in the keep half when its number // 8 is even (score.py). A family whose producer is missing is skipped
with a note. The generator's own tools (r-base-core, gnuplot-nox, inkscape, gnumeric and qpdf from apt; borb and
openpyxl from pip in `.venv/h26-tools`) are not project dependencies.
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

import h26_producers as producers  # noqa: E402
import h26_scan  # noqa: E402
from forms_generator import Generator  # noqa: E402
from h26_content import Form, make_form  # noqa: E402
from h26_layout import LAYOUTS, layout  # noqa: E402

# family -> (producer, layer)
FAMILIES = {
    "rpdf_cells": ("r-4.2-pdf-device", "text"),
    "foxed_archive": ("pillow-pdf+foxed-yellowed-archive", "image"),
    "gnuplot_leaders": ("gnuplot-5.4-pdfcairo", "text"),
    "borb_table": ("borb-3.0-python", "text"),
    "overexposed_scan": ("pillow-pdf+overexposed-blown-out", "image"),
    "inkscape_badges": ("inkscape-1.2-svg", "text"),
    "gnumeric_sheet": ("gnumeric-1.12-ssconvert", "text"),
    "ditto_copy": ("pillow-pdf+spirit-duplicator-violet", "image"),
}
TURN = len(FAMILIES)
TEMPLATES = ("f5", "a5b", "traffic", "f7", "a7", "a5b", "f5")  # seven, so each family meets every template
NEEDS = {family: (lambda: True) for family in FAMILIES} | {
    "rpdf_cells": producers.rpdf_available,
    "gnuplot_leaders": producers.gnuplot_available,
    "borb_table": producers.borb_available,
    "inkscape_badges": producers.inkscape_available,
    "gnumeric_sheet": producers.gnumeric_available,
}
SCANS = {"foxed_archive": h26_scan.foxed_archive, "overexposed_scan": h26_scan.overexposed_scan,
         "ditto_copy": h26_scan.ditto_copy}  # fmt: skip


def draw(family: str, form: Form, rng: random.Random, out: Path, turn: int) -> int | None:
    """Draw `form` as `family` into `out`; its page count (None: read it from the file)."""
    if family == "rpdf_cells":
        return producers.rpdf(form, rng, out, turn)
    if family == "gnuplot_leaders":
        return producers.gnuplot(form, rng, out, turn)
    if family == "borb_table":
        return producers.borb(form, rng, out, turn)
    if family == "inkscape_badges":
        return producers.inkscape(form, rng, out, turn)
    if family == "gnumeric_sheet":
        producers.gnumeric(form, rng, out, turn)
        return None
    pages = layout(form, rng, LAYOUTS[(turn + list(FAMILIES).index(family)) % len(LAYOUTS)])
    return SCANS[family](pages, out, rng)


GENERATOR = Generator("h26", FAMILIES, NEEDS, TEMPLATES, make_form, draw, seed_step=26017)


def build(out: Path, seed: int, count: int, families: list[str] | None = None) -> list[Path]:
    return GENERATOR.build(out, seed, count, families)


if __name__ == "__main__":
    GENERATOR.main(__doc__ or "")
