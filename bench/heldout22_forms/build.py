"""Build the twenty-second held-out form set (a seventeenth independent generator): PDFs and their truth sidecars.

    .venv/bin/python bench/heldout22_forms/build.py --out DIR --seed N --count K [--families a,b]

Families, by producer or construction (none used by the fifth to twenty-first generators), drawn in turn (h22-000
the first, h22-007 the eighth, h22-008 the first again):
`pango_view` (Pango markup set by `pango-view` through cairo, a call a page joined by qpdf: Liberation Serif with
the label run in with a colon on even turns, Liberation Sans with the label on a line of
its own above a smaller answer on odd turns; h22_pango); `quarter_2up` (image-only: two pages each turned a quarter
on one portrait sheet at A5 size, a crease across and a coffee ring, a grey 300 dpi scan as a low-quality JPEG, a
blank half when the page count is odd; h22_scan); `type3_bitmap` (a hand-written PDF whose font is Type 3 with every
glyph a 1-bit inline image mask, codes in order of first use named by /Differences, no ToUnicode; a line a `Tj` on
even turns, a word a `Td` with no space glyph on odd turns; h22_type3img); `pandoc_odt` (HTML converted by pandoc to
an ODT exported by LibreOffice: a two-column table, label cell beside answer cell, on even turns; a definition list,
label above its indented answer, with the short header fields of an application as a grid of two label | value
pairs a row, on odd turns; h22_pandoc); `woodgrain_photo` (image-only: each page photographed flat from above on a
wooden table, turned a few degrees, with a drop shadow and the photographer's hand's shadow over a corner, a warm
light, a phone's JPEG; h22_scan); `eps_ashow` (hand-written EPS, a page each, every line by `ashow` with letter
spacing, set into the page by a PostScript wrapper at a scale of 0.9 to 0.97 as a document embeds a figure, printed
by `ps2pdf`; h22_eps); `enscript_columns` (plain text in Courier set two columns up on a landscape sheet by GNU
enscript with its own header, the label run in on even turns and above a row of dashes on odd turns, its Latin-1
vector mended to carry "•", printed by `ps2pdf`; h22_enscript); `fax_streaks` (image-only: a fine 204 × 196 fax
whose feed ran skewed, with thin black streaks down every page from dirt on the scanner glass, CCITT G4; h22_scan).
The hand-drawn families (Type 3, EPS, the scans) lay their pages out by the eleventh generator's page geometry
(h16_layout: right-aligned label column, labels stacked above answers, "Label: answer" run in, or the header fields
as a grid of label | value pairs, drawn in turn so each family meets each); Pango, pandoc/LibreOffice and enscript
by their own.
Sections: every template and label variant of /work/shared/domain.md (follow-ups 5 and 7, applications 5b and 7,
the traffic office's "<Åtgärd> <plats>. Slutredovisning"), answers of one or two paragraphs, "•" lists, empty
answers and Word's placeholder, money in every format, old and new districts, long project names (h22_content).
A file is in the keep half when its number // 8 is even (score.py). A family whose producer is missing is skipped
with a note. The generator's own tools (pango-view, pandoc, LibreOffice, Ghostscript, enscript, qpdf, fontTools)
are not project dependencies.
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

import h22_enscript  # noqa: E402
import h22_eps  # noqa: E402
import h22_pandoc  # noqa: E402
import h22_pango  # noqa: E402
import h22_scan  # noqa: E402
import h22_type3img  # noqa: E402
from forms_generator import Generator  # noqa: E402
from h16_layout import LAYOUTS, layout  # noqa: E402
from h22_content import Form, make_form  # noqa: E402

# family -> (producer, layer)
FAMILIES = {
    "pango_view": ("pango-view-cairo", "text"),
    "quarter_2up": ("pillow-pdf+quarter-turned-2up", "image"),
    "type3_bitmap": ("script-type3-image-glyphs", "text"),
    "pandoc_odt": ("pandoc-odt+libreoffice", "text"),
    "woodgrain_photo": ("pillow-pdf+woodgrain-photo", "image"),
    "eps_ashow": ("script-eps-ashow+ps2pdf", "text"),
    "enscript_columns": ("enscript-two-columns+ps2pdf", "text"),
    "fax_streaks": ("pillow-pdf+fax-fine-streaks-g4", "image"),
}
TURN = len(FAMILIES)
TEMPLATES = ("a5b", "f5", "f7", "traffic", "a7", "f5", "a5b")  # seven, so each family meets every template
NEEDS = {family: (lambda: True) for family in FAMILIES} | {
    "pango_view": h22_pango.available,
    "pandoc_odt": h22_pandoc.available,
    "eps_ashow": h22_eps.available,
    "enscript_columns": h22_enscript.available,
}


def draw(family: str, form: Form, rng: random.Random, out: Path, turn: int) -> int | None:
    """Draw `form` as `family` into `out`; its page count (None: read it from the file)."""
    if family == "pango_view":
        h22_pango.render(form, rng, out, turn)
        return None
    if family == "pandoc_odt":
        h22_pandoc.render(form, rng, out, turn)
        return None
    if family == "enscript_columns":
        h22_enscript.render(form, rng, out, turn)
        return None
    layout_name = LAYOUTS[(turn + list(FAMILIES).index(family)) % len(LAYOUTS)]
    if family == "type3_bitmap":
        return h22_type3img.render(form, rng, out, turn, layout_name)
    if family == "eps_ashow":
        return h22_eps.render(form, rng, out, turn, layout_name)
    pages = layout(form, rng, layout_name)
    if family == "quarter_2up":
        return h22_scan.quarter_2up(pages, out, rng)
    if family == "woodgrain_photo":
        return h22_scan.woodgrain_photo(pages, out, rng)
    return h22_scan.fax_streaks(pages, out, rng)


GENERATOR = Generator("h22", FAMILIES, NEEDS, TEMPLATES, make_form, draw, seed_step=22013)


def build(out: Path, seed: int, count: int, families: list[str] | None = None) -> list[Path]:
    return GENERATOR.build(out, seed, count, families)


if __name__ == "__main__":
    GENERATOR.main(__doc__ or "")
