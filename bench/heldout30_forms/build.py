"""Build the thirtieth held-out form set (a twenty-fifth independent generator): PDFs and their truth sidecars.

    .venv/bin/python bench/heldout30_forms/build.py --out DIR --seed N --count K [--families a,b]

Families, by producer or construction (none used by the fifth to twenty-ninth generators), drawn in turn (h30-000
the first, h30-007 the eighth, h30-008 the first again):
`fpdf_right` (PHP's FPDF 1.84, core Helvetica in cp1252, not embedded, a generated script of `Text`, `Line` and
`Rect` calls: the labels in a narrow bold margin column at the RIGHT of the page, each on the line of its answer's
first line, the answers in the wide column from the left margin, a hairline down between the columns and under each
row; h30_producers); `binder_holes` (image-only: the four layouts in turn punched for a binder after printing, two
holes 80 mm apart or four 21/70/21 mm apart, 6 mm wide, centred 18–22 mm from the left edge so they bite 1–5 mm
into the text at the left margin (labels, or the answers of `fpdf_right`'s layout), dark where the lid shows through,
a pale pressed rim, now and then a torn flap in a hole; grey 200 dpi, skew up to 0.6°, JPEG 76–86; h30_scan);
`reuse_numbered` (Perl's PDF::Reuse, `prText` for every line in core Helvetica, `prAdd` for the rules: a paper
questionnaire, each field a numbered question, its running number (1, 2, 3 …, furniture) in a small ruled square in
the left margin, the bold label beside it, the answer typed on ruled writing lines under the label (a rule under every
answer line, the lines 1.25–1.45 times the print's leading apart), one or two spare empty ruled lines after each
answer, an empty answer only its empty lines; h30_producers); `gmt_shaded` (the Generic Mapping Tools 6.4 in classic
mode, `psxy` and `pstext` on a one-point-per-unit A4 map, PostScript Helvetica in ISO-8859-1, a page a PostScript file
made PDF by `gmt psconvert` through Ghostscript, joined by qpdf: Word's form fields shaded grey, every label in the
REGULAR weight (no bold anywhere but the title and stage marker), a short answer on a grey field at a tab stop
150–180 pt from the margin on its label's line, a longer answer (two lines or more, or several paragraphs) in a
grey block the full width under its label, an empty answer an empty grey field; list items after "-";
h30_producers); `sharpened_halo` (image-only: the four layouts in turn scanned soft and sharpened far too hard by the
driver, every stroke dark-cored inside a white halo and a faint second ring, then JPEG at quality 58–68; grey 200
dpi, skew up to 0.5°; h30_scan); `pydyf_qa` (pydyf, WeasyPrint's low-level writer, base-14 Helvetica in WinAnsi, each
line one `TJ` of a hex string: a question-and-answer protocol, each field "Fråga N:" (small, grey, furniture) at the
margin then the bold label at an indent of 54–64 pt, under it "Svar:" (small, grey, furniture) at the margin and
the answer at the label's indent, its first line on the "Svar:" line; h30_producers); `groff_mm` (groff's `mm`
macros to PostScript, made PDF by ps2pdf, Times: mm's own layout, the title bold at the head, the short fields
(an application's header, a follow-up's project name and place) a variable-item list `.VL` with the bold label
hanging 4–5 cm and the answer beside it, every other field a numbered bold heading "1. Projektets mål och syfte",
"2. …" (`.H 1`; a label already numbered, "1.1 Behovsanalys/problembeskrivning", unnumbered `.HU`) over its
answer's paragraphs, lists as mm's bullet lists `.BL`, the running header "Bilaga N" and the Dnr by `.PH`, the page
number "Sida N" or "N" by `.PF`, no hyphenation; h30_producers); `torn_taped` (image-only: the four layouts in turn
torn across from edge to edge, the tear wandering up to 8 mm about a straight line at 30–70 % of the height, and
mended with a straight strip of yellowed clear tape 20–26 mm wide laid along that line: the lower part shifted 3–9 px
down and up to 6 px sideways and turned up to 0.8° against the upper (the lines just under the tear cut or doubled),
the tear a 3–6 px dark gap with white fibres along it, the print under the tape tinted and slightly blurred, the
tape's edges light lines;
colour 200 dpi, JPEG 74–84; h30_scan).
FPDF, PDF::Reuse, GMT, pydyf and the three scans lay their pages out by this generator's own geometry (h30_layout:
right_labels, numbered_lines, shaded_fields, qa_pairs), the scans meeting each of the four layouts in turn; groff's
mm lays out by itself. Every form has a running header "Bilaga N" (or "Trafikkontoret") with its Dnr and a page
number. Sections: every template and label variant of /work/shared/domain.md (follow-ups 5 and 7, applications 5b
and 7, the traffic office's "<Åtgärd> <plats>. Slutredovisning"), answers of one or two paragraphs, lists, empty
answers and Word's placeholder, money in every format, old and new districts, long project names (h30_content).
A file is in the keep half when its number // 8 is even (score.py). A family whose producer is missing is skipped
with a note. The generator's own tools (php-cli, php-fpdf, libpdf-reuse-perl, groff and gmt from apt; pydyf from
pip) are not project dependencies.
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

import h30_producers as producers  # noqa: E402
import h30_scan  # noqa: E402
from forms_generator import Generator  # noqa: E402
from h30_content import Form, make_form  # noqa: E402
from h30_layout import LAYOUTS, layout  # noqa: E402

# family -> (producer, layer)
FAMILIES = {
    "fpdf_right": ("php-fpdf-1.84", "text"),
    "binder_holes": ("pillow-pdf+binder-holes", "image"),
    "reuse_numbered": ("perl-pdf-reuse-0.39", "text"),
    "gmt_shaded": ("gmt-6.4-psconvert", "text"),
    "sharpened_halo": ("pillow-pdf+oversharpened", "image"),
    "pydyf_qa": ("pydyf-0.13", "text"),
    "groff_mm": ("groff-1.22-mm+ps2pdf", "text"),
    "torn_taped": ("pillow-pdf+torn-taped", "image"),
}
TURN = len(FAMILIES)
TEMPLATES = ("f5", "a5b", "traffic", "f7", "a7", "a5b", "f5")  # seven, so each family meets every template
NEEDS = {family: (lambda: True) for family in FAMILIES} | {
    "fpdf_right": producers.fpdf_available,
    "reuse_numbered": producers.reuse_available,
    "gmt_shaded": producers.gmt_available,
    "pydyf_qa": producers.pydyf_available,
    "groff_mm": producers.groff_available,
}
SCANS = {"binder_holes": h30_scan.binder_holes, "sharpened_halo": h30_scan.sharpened_halo,
         "torn_taped": h30_scan.torn_taped}  # fmt: skip
TEXT = {"fpdf_right": producers.fpdf, "reuse_numbered": producers.reuse, "gmt_shaded": producers.gmt,
        "pydyf_qa": producers.pydyf_qa, "groff_mm": producers.groff_mm}  # fmt: skip


def draw(family: str, form: Form, rng: random.Random, out: Path, turn: int) -> int | None:
    """Draw `form` as `family` into `out`; its page count (None: read it from the file)."""
    if family in TEXT:
        return TEXT[family](form, rng, out, turn)
    pages = layout(form, rng, LAYOUTS[(turn + list(FAMILIES).index(family)) % len(LAYOUTS)])
    return SCANS[family](pages, out, rng)


GENERATOR = Generator("h30", FAMILIES, NEEDS, TEMPLATES, make_form, draw, seed_step=30011)


def build(out: Path, seed: int, count: int, families: list[str] | None = None) -> list[Path]:
    return GENERATOR.build(out, seed, count, families)


if __name__ == "__main__":
    GENERATOR.main(__doc__ or "")
