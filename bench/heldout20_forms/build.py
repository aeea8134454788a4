"""Build the twentieth held-out form set (a fifteenth independent generator): PDFs and their truth sidecars.

    .venv/bin/python bench/heldout20_forms/build.py --out DIR --seed N --count K [--families a,b]

Families, by producer or construction (none used by the fifth to nineteenth generators), drawn in turn (h20-000 the
first, h20-007 the eighth, h20-008 the first again):
`ms_boxed` (groff's `ms` macros, each section a boxed `tbl` table printed by gropdf: the label in a bold cell beside
its answer on even turns, in a row above it inside one box on odd turns; h20_ms); `date_stamp` (image-only: a colour
scan with a red or violet "INKOM" date stamp pressed half over an answer and a paper clip's shadow at the top edge;
h20_scan); `cff_scrambled` (a hand-written PDF in a bare CFF font, `/FontFile3 /Type1C` from URW Nimbus Sans, its
codes handed out in the order of first use through `/Differences` and no `/ToUnicode`; words placed one by one
without space glyphs on odd turns; h20_cff); `css_columns` (headless Chromium, the body in two CSS columns with a
rule between them, sections breaking from one column to the next, labels run in with a colon on even turns and on a
line above the answer on odd turns; h20_columns); `thermal_streaks` (image-only: a black-and-white thermal fax print
at 204 × 196 dpi with dead print-head columns as white vertical streaks, stored by img2pdf; h20_scan);
`qpdf_flattened` (a hand-written AcroForm whose answers are text fields with their own appearance streams, flattened
into the page by `qpdf --flatten-annotations=all`; h20_flatten); `cairosvg_words` (one SVG a page, every word its own
`<tspan>` placed by x on even turns and by dx on odd turns, converted by CairoSVG, pages joined by qpdf; h20_svg);
`four_a6` (image-only: four pages printed A6 on one A4 sheet, two by two, dashed cut marks, a grey 300 dpi scan;
h20_scan).
The hand-drawn families (CFF, flattened form, SVG, the scans) lay their pages out by the eleventh generator's page
geometry (h16_layout: right-aligned label column, labels stacked above answers, "Label: answer" run in, or the header
fields as a grid of label | value pairs, drawn in turn so each family meets each); groff and Chromium by their own.
Every form has a running header "Bilaga N" (or "Trafikkontoret") with its Dnr.
Sections: every template and label variant of /work/shared/domain.md (follow-ups 5 and 7, applications 5b and 7,
the traffic office's "<Åtgärd> <plats>. Slutredovisning"), answers of one or two paragraphs, "•" lists, empty
answers and Word's placeholder, money in every format, old and new districts, long project names (h20_content).
A file is in the keep half when its number // 8 is even (score.py). A family whose producer is missing is skipped
with a note. The generator's own tools (groff, Chromium, qpdf, CairoSVG, img2pdf, fontTools) are not project
dependencies.
Writes <name>.pdf and <name>.truth.json.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

# this generator's modules, the shared build loop, and the earlier generators' modules some of them build on
HERE = Path(__file__).resolve().parent
for folder in (HERE, HERE.parent, *(HERE.parent / f"heldout{n}_forms" for n in (17, 16, 15, 14))):
    sys.path.insert(0, str(folder))

import h20_cff  # noqa: E402
import h20_columns  # noqa: E402
import h20_flatten  # noqa: E402
import h20_ms  # noqa: E402
import h20_scan  # noqa: E402
import h20_svg  # noqa: E402
from forms_generator import Generator  # noqa: E402
from h16_layout import LAYOUTS, layout  # noqa: E402
from h20_content import Form, make_form  # noqa: E402

# family -> (producer, layer)
FAMILIES = {
    "ms_boxed": ("groff-ms-tbl-gropdf", "text"),
    "date_stamp": ("pillow-pdf+date-stamp", "image"),
    "cff_scrambled": ("script-bare-cff-differences", "text"),
    "css_columns": ("chromium-css-columns", "text"),
    "thermal_streaks": ("img2pdf+thermal-streaks", "image"),
    "qpdf_flattened": ("script-acroform+qpdf-flatten", "text"),
    "cairosvg_words": ("cairosvg+qpdf", "text"),
    "four_a6": ("pillow-pdf+four-a6", "image"),
}
TURN = len(FAMILIES)
TEMPLATES = ("a5b", "f7", "f5", "traffic", "a7", "f5", "a5b")  # seven, so each family meets every template
NEEDS = {family: (lambda: True) for family in FAMILIES} | {
    "ms_boxed": h20_ms.available,
    "cff_scrambled": h20_cff.available,
    "css_columns": h20_columns.available,
    "thermal_streaks": h20_scan.img2pdf_available,
    "qpdf_flattened": h20_flatten.available,
    "cairosvg_words": h20_svg.available,
}


def draw(family: str, form: Form, rng: random.Random, out: Path, turn: int) -> int | None:
    """Draw `form` as `family` into `out`; its page count (None: read it from the file)."""
    if family == "ms_boxed":
        h20_ms.render(form, rng, out, turn)
        return None
    if family == "css_columns":
        h20_columns.render(form, rng, out, turn)
        return None
    layout_name = LAYOUTS[(turn + list(FAMILIES).index(family)) % len(LAYOUTS)]
    if family == "cff_scrambled":
        return h20_cff.render(form, rng, out, turn, layout_name)
    if family == "qpdf_flattened":
        return h20_flatten.render(form, rng, out, turn, layout_name)
    if family == "cairosvg_words":
        return h20_svg.render(form, rng, out, turn, layout_name)
    pages = layout(form, rng, layout_name)
    if family == "date_stamp":
        return h20_scan.date_stamp(pages, out, rng, form.year)
    if family == "thermal_streaks":
        return h20_scan.thermal_streaks(pages, out, rng)
    return h20_scan.four_a6(pages, out, rng)


GENERATOR = Generator("h20", FAMILIES, NEEDS, TEMPLATES, make_form, draw, seed_step=20011)


def build(out: Path, seed: int, count: int, families: list[str] | None = None) -> list[Path]:
    return GENERATOR.build(out, seed, count, families)


if __name__ == "__main__":
    GENERATOR.main(__doc__ or "")
