"""Build the twenty-fourth held-out form set (a nineteenth independent generator): PDFs and their truth sidecars.

    .venv/bin/python bench/heldout24_forms/build.py --out DIR --seed N --count K [--families a,b]

Families, by producer or construction (none used by the fifth to twenty-third generators), drawn in turn (h24-000
the first, h24-007 the eighth, h24-008 the first again):
`htmldoc_table` (HTMLDOC's own HTML renderer and embedded Sans/Serif faces, cp1252: a label | answer table without rules, every
other row tinted, on even turns; each label bold and underlined above its answer on odd turns; h24_producers);
`sleeve_glare` (image-only: the sheet scanned inside a glossy plastic sleeve, a slanted band of glare washing the
print out, thinner reflections, the sleeve's edge, colour 200 dpi; h24_scan); `haru_caption` (libharu from a small
C program: answers typed on ruled writing lines, each label a small caption under its answer's last rule, short
fields two or three such cells a row; h24_producers); `qt_sidebar` (Qt 5's QPdfWriter from PyQt5: a letterhead
sidebar on the first page with the office's address and telephone, the form beside it, an application's short
fields a grid of label | value | label | value, the rest each label beside its answer over a rule;
h24_producers); `jbig2_symbols` (image-only: a bilevel 200 dpi scan coded by lossy JBIG2-like pattern matching and
substitution, glyphs printed from their class's first bitmap so look-alike letters may swap; h24_scan);
`pdfmake_cells` (pdfmake under Node: a ruled grid whose every cell holds a tiny caption in its top left corner over
the typed answer, short fields three or two cells a row; h24_producers); `dompdf_inline` (dompdf from PHP: "Label:"
bold and run in before its answer, an application's short fields a grid of two label | value pairs a row on odd
turns; h24_producers); `edge_cropped` (image-only: the sheet laid off the scanner's glass, its left edge cut just
inside the label column so labels lose their first letter or two, the lid's grey down the right edge, grey 240 dpi,
the tinted-rows layout only (its answers stand right of the labels); h24_scan).
The hand-placed families (libharu, Qt) and the scans lay their pages out by this generator's own geometry
(h24_layout: caption under ruled answer lines, corner captions in ruled cells, letterhead sidebar with a grid of
pairs, tinted rows, "Label:" run in), the glare and JBIG2 scans meeting every layout in turn; HTMLDOC, pdfmake and
dompdf by their own flow. Every form has a running header "Bilaga N" (or "Trafikkontoret") with its Dnr and a page
number.
Sections: every template and label variant of /work/shared/domain.md (follow-ups 5 and 7, applications 5b and 7,
the traffic office's "<Åtgärd> <plats>. Slutredovisning"), answers of one or two paragraphs, "•" lists, empty
answers and Word's placeholder, money in every format, old and new districts, long project names (h24_content).
A file is in the keep half when its number // 8 is even (score.py). A family whose producer is missing is skipped
with a note. The generator's own tools (htmldoc, gcc with libhpdf-dev, the system's Python with python3-pyqt5, node
with pdfmake from npm in .venv/h24-node, php with php-dompdf) are not project dependencies.
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

import h24_producers as producers  # noqa: E402
import h24_scan  # noqa: E402
from forms_generator import Generator  # noqa: E402
from h24_content import Form, make_form  # noqa: E402
from h24_layout import LAYOUTS, SIDE_LAYOUTS, label_x, layout  # noqa: E402

# family -> (producer, layer)
FAMILIES = {
    "htmldoc_table": ("htmldoc-1.9", "text"),
    "sleeve_glare": ("pillow-pdf+plastic-sleeve-glare", "image"),
    "haru_caption": ("libharu-2.3-c", "text"),
    "qt_sidebar": ("qt5-qpdfwriter", "text"),
    "jbig2_symbols": ("pillow-pdf+jbig2-symbol-substitution", "image"),
    "pdfmake_cells": ("node-pdfmake-0.2", "text"),
    "dompdf_inline": ("php-dompdf-2", "text"),
    "edge_cropped": ("pillow-pdf+edge-cropped-scan", "image"),
}
TURN = len(FAMILIES)
TEMPLATES = ("a5b", "f5", "traffic", "a7", "f7", "f5", "a5b")  # seven, so each family meets every template
NEEDS = {family: (lambda: True) for family in FAMILIES} | {
    "htmldoc_table": producers.htmldoc_available,
    "haru_caption": producers.haru_available,
    "qt_sidebar": producers.qt_available,
    "pdfmake_cells": producers.pdfmake_available,
    "dompdf_inline": producers.dompdf_available,
}


def draw(family: str, form: Form, rng: random.Random, out: Path, turn: int) -> int | None:
    """Draw `form` as `family` into `out`; its page count (None: read it from the file)."""
    if family == "htmldoc_table":
        producers.htmldoc(form, rng, out, turn)
        return None
    if family == "pdfmake_cells":
        producers.pdfmake(form, rng, out, turn)
        return None
    if family == "dompdf_inline":
        producers.dompdf(form, rng, out, turn)
        return None
    if family == "haru_caption":
        return producers.haru(form, rng, out, turn)
    if family == "qt_sidebar":
        return producers.qt(form, rng, out, turn)
    if family == "edge_cropped":
        name = SIDE_LAYOUTS[turn % len(SIDE_LAYOUTS)]
        return h24_scan.edge_cropped(layout(form, rng, name), out, rng, label_x(name))
    pages = layout(form, rng, LAYOUTS[(turn + list(FAMILIES).index(family)) % len(LAYOUTS)])
    if family == "sleeve_glare":
        return h24_scan.sleeve_glare(pages, out, rng)
    return h24_scan.jbig2_symbols(pages, out, rng)


GENERATOR = Generator("h24", FAMILIES, NEEDS, TEMPLATES, make_form, draw, seed_step=24019)


def build(out: Path, seed: int, count: int, families: list[str] | None = None) -> list[Path]:
    return GENERATOR.build(out, seed, count, families)


if __name__ == "__main__":
    GENERATOR.main(__doc__ or "")
