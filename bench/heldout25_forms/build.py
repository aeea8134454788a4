"""Build the twenty-fifth held-out form set (a twentieth independent generator): PDFs and their truth sidecars.

    .venv/bin/python bench/heldout25_forms/build.py --out DIR --seed N --count K [--families a,b]

Families, by producer or construction (none used by the fifth to twenty-fourth generators), drawn in turn (h25-000
the first, h25-007 the eighth, h25-008 the first again):
`podofo_office` (PoDoFo from a small C++ program: an application form as printed for signing, the office's box
"Fylls i av förvaltningen" with empty rules at the first page's top right, labels divided from their answers by a
vertical rule, a signature block of empty captioned rules at the end; h25_producers); `dotmatrix_tractor`
(image-only: a dot-matrix printout of the form as monospaced lines, "[n] Label" over its indented answer, on
tractor-feed paper with sprocket holes, perforations and pale green bars, the ribbon wearing pale, colour 200 dpi;
h25_scan); `itext_help` (iText 5 from Java: each label followed by its visible guidance in small grey italics, the
answer indented behind a grey bar; h25_producers); `pdflib_legend` (pdf-lib under Node: every answer framed, its
label on the frame's top edge as a legend breaking the rule, an application's short fields two frames a row;
h25_producers); `redpen_review` (image-only: a reviewer's red pen over the print, ticks beside labels, words struck
through with a scrawled correction over them, an amount ringed, initials at the foot, colour 200 dpi; h25_scan);
`texttopdf_plain` (cups-filters' texttopdf: the monospaced lines at 12 cpi on A4, the running header and page
number typed into the text, pages cut by form feeds; h25_producers); `pdfkit_pairs` (PDFKit under Node by its own
flow: the short fields a grid of pairs three or two a row, a small grey label over its value, the other sections
each a label right-aligned against a vertical rule with its answer right of it; h25_producers); `monitor_photo`
(image-only: a phone photo of the form shown on a computer screen, the screen's red, green and blue stripes and
pixel grid beating into moiré, a reflection, a dim corner, colour; h25_scan).
The hand-placed families (PoDoFo, iText, pdf-lib) and two of the scans lay their pages out by this generator's own
geometry (h25_layout: office box and signature block, visible guidance with an answer bar, legends on frames), the
red-pen and screen scans meeting each of those layouts in turn; the dot-matrix scan and texttopdf print the
monospaced lines (h25_layout.plain_pages); PDFKit lays out by its own flow. Every form has a running header
"Bilaga N" (or "Trafikkontoret") with its Dnr and a page number.
Sections: every template and label variant of /work/shared/domain.md (follow-ups 5 and 7, applications 5b and 7,
the traffic office's "<Åtgärd> <plats>. Slutredovisning"), answers of one or two paragraphs, "•" lists, empty
answers and Word's placeholder, money in every format, old and new districts, long project names (h25_content).
A file is in the keep half when its number // 8 is even (score.py). A family whose producer is missing is skipped
with a note. The generator's own tools (g++ with libpodofo-dev, Java with libitext5-java, cups-filters' texttopdf
with Ghostscript's generic PPD, node with pdf-lib, fontkit and pdfkit from npm in .venv/h25-node) are not project
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

import h25_producers as producers  # noqa: E402
import h25_scan  # noqa: E402
from forms_generator import Generator  # noqa: E402
from h25_content import Form, make_form  # noqa: E402
from h25_layout import LAYOUTS, layout, plain_pages  # noqa: E402

# family -> (producer, layer)
FAMILIES = {
    "podofo_office": ("podofo-0.9-cpp", "text"),
    "dotmatrix_tractor": ("pillow-pdf+dot-matrix-tractor-feed", "image"),
    "itext_help": ("itext-5.5-java", "text"),
    "pdflib_legend": ("node-pdf-lib-1.17", "text"),
    "redpen_review": ("pillow-pdf+red-pen-review", "image"),
    "texttopdf_plain": ("cups-filters-texttopdf-1.28", "text"),
    "pdfkit_pairs": ("node-pdfkit-0.15", "text"),
    "monitor_photo": ("pillow-pdf+screen-photo-moire", "image"),
}
TURN = len(FAMILIES)
TEMPLATES = ("a5b", "f5", "traffic", "a7", "f7", "f5", "a5b")  # seven, so each family meets every template
NEEDS = {family: (lambda: True) for family in FAMILIES} | {
    "podofo_office": producers.podofo_available,
    "itext_help": producers.itext_available,
    "pdflib_legend": producers.pdflib_available,
    "texttopdf_plain": producers.texttopdf_available,
    "pdfkit_pairs": producers.pdfkit_available,
}
DOT_COLUMNS, DOT_LINES = 76, 66  # 10 characters an inch, 6 lines an inch, on 12-inch paper


def draw(family: str, form: Form, rng: random.Random, out: Path, turn: int) -> int | None:
    """Draw `form` as `family` into `out`; its page count (None: read it from the file)."""
    if family == "podofo_office":
        return producers.podofo(form, rng, out, turn)
    if family == "itext_help":
        return producers.itext(form, rng, out, turn)
    if family == "pdflib_legend":
        return producers.pdflib(form, rng, out, turn)
    if family == "texttopdf_plain":
        return producers.texttopdf(form, rng, out, turn)
    if family == "pdfkit_pairs":
        producers.pdfkit(form, rng, out, turn)
        return None
    if family == "dotmatrix_tractor":
        return h25_scan.dotmatrix_tractor(plain_pages(form, rng, DOT_COLUMNS, DOT_LINES), out, rng)
    pages = layout(form, rng, LAYOUTS[(turn + list(FAMILIES).index(family)) % len(LAYOUTS)])
    if family == "redpen_review":
        return h25_scan.redpen_review(pages, out, rng)
    return h25_scan.monitor_photo(pages, out, rng)


GENERATOR = Generator("h25", FAMILIES, NEEDS, TEMPLATES, make_form, draw, seed_step=25013)


def build(out: Path, seed: int, count: int, families: list[str] | None = None) -> list[Path]:
    return GENERATOR.build(out, seed, count, families)


if __name__ == "__main__":
    GENERATOR.main(__doc__ or "")
