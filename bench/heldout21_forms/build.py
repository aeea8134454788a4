"""Build the twenty-first held-out form set (a sixteenth independent generator): PDFs and their truth sidecars.

    .venv/bin/python bench/heldout21_forms/build.py --out DIR --seed N --count K [--families a,b]

Families, by producer or construction (none used by the fifth to twentieth generators), drawn in turn (h21-000 the
first, h21-007 the eighth, h21-008 the first again):
`mom_runin` (groff's `mom` macros by `pdfmom`: the label run in with a colon before its answer on even turns, on a
line of its own above it on odd turns; mom's own bullet lists, header and page numbers; h21_mom); `tablecloth_photo`
(image-only: each page photographed at an angle lying on a checked tablecloth, the sheet a turned trapezoid lit
from one side, a phone's JPEG; h21_scan); `type42_ps` (hand-written PostScript whose fonts are Type 42, Liberation
Sans subset by fontTools into `/sfnts` with `/CharStrings` naming glyph numbers and codes handed out in the order of
first use, printed by Ghostscript's `ps2pdf`; a line a `show` on even turns, a word a `moveto` on odd turns;
h21_type42); `pdfa_fodt` (a hand-written flat OpenDocument file exported by LibreOffice as PDF/A-2b: each section a
ruled table row, label cell beside answer cell, on even turns; the label a bold paragraph above its answer and an
application's header fields a grid of two label | value pairs a row on odd turns; h21_pdfa); `three_across`
(image-only: three pages printed side by side on one wide sheet, framed cells, a grey 300 dpi scan, blank cells when
the form is short; h21_scan); `clip_outlines` (a hand-written PDF whose visible text is glyph outlines used as a
clipping path over a filled rectangle, with an invisible render-mode-3 text layer over it, interleaved line by line
on even turns, all after the outlines on odd turns; h21_outlines); `dvips_latex` (LaTeX to DVI, `dvips`, then
`ps2pdf`: Type 1 Times or Helvetica by dvips's font map, labels hanging in a bold column to the left of their
answers on even turns, bold lines above them on odd turns; h21_dvips); `fax_jitter` (image-only: a 204 × 98
standard-resolution black-and-white fax whose row feed slipped, runs of rows dropped or repeated, with a header
line of digits, CCITT G4 pages with their own x and y resolutions; h21_scan).
The hand-drawn families (PostScript, outlines, the scans) lay their pages out by the eleventh generator's page
geometry (h16_layout: right-aligned label column, labels stacked above answers, "Label: answer" run in, or the header
fields as a grid of label | value pairs, drawn in turn so each family meets each); groff, LibreOffice and LaTeX by
their own.
Every form has a running header "Bilaga N" (or "Trafikkontoret") with its Dnr.
Sections: every template and label variant of /work/shared/domain.md (follow-ups 5 and 7, applications 5b and 7,
the traffic office's "<Åtgärd> <plats>. Slutredovisning"), answers of one or two paragraphs, "•" lists, empty
answers and Word's placeholder, money in every format, old and new districts, long project names (h21_content).
A file is in the keep half when its number // 8 is even (score.py). A family whose producer is missing is skipped
with a note. The generator's own tools (groff, Ghostscript, LibreOffice, LaTeX and dvips, fontTools) are not project
dependencies.
Writes <name>.pdf and <name>.truth.json.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

# this generator's modules, the shared build loop, and the earlier generators' modules some of them build on
HERE = Path(__file__).resolve().parent
for folder in (HERE, HERE.parent, *(HERE.parent / f"heldout{n}_forms" for n in (20, 17, 16, 15, 14))):
    sys.path.insert(0, str(folder))

import h21_dvips  # noqa: E402
import h21_glyphs  # noqa: E402
import h21_mom  # noqa: E402
import h21_outlines  # noqa: E402
import h21_pdfa  # noqa: E402
import h21_scan  # noqa: E402
import h21_type42  # noqa: E402
from forms_generator import Generator  # noqa: E402
from h16_layout import LAYOUTS, layout  # noqa: E402
from h21_content import Form, make_form  # noqa: E402

# family -> (producer, layer)
FAMILIES = {
    "mom_runin": ("groff-mom-pdfmom", "text"),
    "tablecloth_photo": ("pillow-pdf+tablecloth-photo", "image"),
    "type42_ps": ("script-postscript-type42+ps2pdf", "text"),
    "pdfa_fodt": ("fodt+libreoffice-pdfa", "text"),
    "three_across": ("pillow-pdf+three-across", "image"),
    "clip_outlines": ("script-clip-outlines+invisible-text", "text"),
    "dvips_latex": ("latex-dvips-ps2pdf", "text"),
    "fax_jitter": ("pillow-pdf+fax-jitter-g4", "image"),
}
TURN = len(FAMILIES)
TEMPLATES = ("f5", "a5b", "traffic", "f7", "a5b", "a7", "f5")  # seven, so each family meets every template
NEEDS = {family: (lambda: True) for family in FAMILIES} | {
    "mom_runin": h21_mom.available,
    "type42_ps": h21_type42.available,
    "pdfa_fodt": h21_pdfa.available,
    "clip_outlines": h21_glyphs.available,
    "dvips_latex": h21_dvips.available,
}


def draw(family: str, form: Form, rng: random.Random, out: Path, turn: int) -> int | None:
    """Draw `form` as `family` into `out`; its page count (None: read it from the file)."""
    if family == "mom_runin":
        h21_mom.render(form, rng, out, turn)
        return None
    if family == "pdfa_fodt":
        h21_pdfa.render(form, rng, out, turn)
        return None
    if family == "dvips_latex":
        h21_dvips.render(form, rng, out, turn)
        return None
    layout_name = LAYOUTS[(turn + list(FAMILIES).index(family)) % len(LAYOUTS)]
    if family == "type42_ps":
        return h21_type42.render(form, rng, out, turn, layout_name)
    if family == "clip_outlines":
        return h21_outlines.render(form, rng, out, turn, layout_name)
    pages = layout(form, rng, layout_name)
    if family == "tablecloth_photo":
        return h21_scan.tablecloth_photo(pages, out, rng)
    if family == "three_across":
        return h21_scan.three_across(pages, out, rng)
    return h21_scan.fax_jitter(pages, out, rng, form.year)


GENERATOR = Generator("h21", FAMILIES, NEEDS, TEMPLATES, make_form, draw, seed_step=21011)


def build(out: Path, seed: int, count: int, families: list[str] | None = None) -> list[Path]:
    return GENERATOR.build(out, seed, count, families)


if __name__ == "__main__":
    GENERATOR.main(__doc__ or "")
