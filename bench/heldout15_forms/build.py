"""Build the fifteenth held-out form set (a tenth independent generator): PDFs and their truth sidecars.

    .venv/bin/python bench/heldout15_forms/build.py --out DIR --seed N --count K [--families a,b]

Families, by producer or construction (none used by the fifth to fourteenth generators), drawn in turn (h15-000 the
first, h15-007 the eighth, h15-008 the first again):
`chromium_css` (headless Chromium printing an HTML/CSS web form: a CSS grid of label | answer rows, a table of
header pairs side by side with answers spanning columns by colspan, labels above answers in two CSS columns, or
flex rows "Label: answer"); `acro_widgets` (a hand-written PDF whose page text holds only the labels: every answer
is a filled form field's /V value, the applying committee a combo box, a follow-up's stage a radio group; with
appearance streams on even turns, /NeedAppearances on odd ones); `fax_fine` (image-only: a fax in standard
resolution, 204 × 98 dpi, CCITT G4, a fax header line, line noise); `glyph_runs` (every character placed by its
own Tm on even turns, runs of two to four letters by Td on odd ones, no space glyph anywhere); `case_print`
(a monospaced print from a case system, lines set here and typeset in Courier by groff straight to PDF through
gropdf); `speckle_copy` (image-only: a bilevel 150 dpi photocopy, skew up to 1.2° per page, toner speckle, a
dark lid band, 1-bit Flate); `hidden_ink` (a text form that also holds white text, text under a white box, text
outside the crop box and text hidden by an /OCMD membership policy: none of it may be read); `curl_photo`
(image-only: a phone photo of the curled page on a desk, keystone, lamp light and shadow, JPEG).
The hand-written families lay their pages out as a label column beside the answers, labels above them, "Label:
answer" run in, or the header fields as a grid of label | value pairs (h15_layout); every form has a running
header "Bilaga N" (or "Trafikkontoret") with its Dnr and a footer "Sida x (y)", "Sida x av y" or "x (y)".
Sections: every template and label variant of /work/shared/domain.md (follow-ups 5 and 7, applications 5b and 7,
the traffic office's "<Åtgärd> <plats>. Slutredovisning"), answers of one or two paragraphs, "•" lists, empty
answers and Word's placeholder, money in every format, old and new districts, long project names.
A file is in the keep half when its number // 8 is even (score.py). A family whose producer is missing is skipped
with a note. The generator's own tools (chromium, groff, Ghostscript) are not project dependencies.
Writes <name>.pdf and <name>.truth.json.
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import h15_chromium  # noqa: E402
import h15_groff  # noqa: E402
import h15_hidden  # noqa: E402
import h15_pdf  # noqa: E402
import h15_scan  # noqa: E402
import h15_widgets  # noqa: E402
from forms_generator import Generator  # noqa: E402
from h15_content import Form, make_form  # noqa: E402
from h15_layout import LAYOUTS, layout  # noqa: E402

# family -> (producer, layer)
FAMILIES = {
    "chromium_css": ("chromium", "text"),
    "acro_widgets": ("script-acroform", "fields"),
    "fax_fine": ("gs+ccitt-g4", "image"),
    "glyph_runs": ("positioned-glyphs", "text"),
    "case_print": ("groff-gropdf", "text"),
    "speckle_copy": ("gs+bilevel-flate", "image"),
    "hidden_ink": ("hand-written", "text"),
    "curl_photo": ("gs+jpeg-photo", "image"),
}
TURN = len(FAMILIES)
TEMPLATES = ("a5b", "f5", "traffic", "f7", "a7", "f5", "a5b")  # seven, so each family meets every template
NEEDS = {
    "chromium_css": h15_chromium.available,
    "acro_widgets": lambda: True,
    "fax_fine": h15_scan.available,
    "glyph_runs": lambda: True,
    "case_print": h15_groff.available,
    "speckle_copy": h15_scan.available,
    "hidden_ink": lambda: True,
    "curl_photo": h15_scan.available,
}


def draw(family: str, form: Form, rng: random.Random, out: Path, turn: int) -> int | None:
    """Draw `form` as `family` into `out`; its page count when the producer knows it."""
    if family == "chromium_css":
        h15_chromium.render(form, rng, out)
        return None
    if family == "acro_widgets":
        return h15_widgets.render(form, rng, out, with_ap=turn % 2 == 0)
    if family == "glyph_runs":
        return h15_pdf.render(
            layout(form, rng, rng.choice(LAYOUTS)), out, "glyph" if turn % 2 == 0 else "syllable", rng
        )
    if family == "case_print":
        h15_groff.render(form, rng, out)
        return None
    if family == "hidden_ink":
        return h15_hidden.render(form, rng, out)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "source.pdf"
        h15_pdf.render(layout(form, rng, rng.choice(LAYOUTS)), source, "line", rng)
        if family == "fax_fine":
            sent = f"{form.year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}"
            return h15_scan.fax(source, out, rng, f"{sent}  FAX 08-508 {rng.randint(10, 99)} {rng.randint(100, 999)}")
        if family == "speckle_copy":
            return h15_scan.speckle(source, out, rng)
        return h15_scan.curl(source, out, rng)


GENERATOR = Generator("h15", FAMILIES, NEEDS, TEMPLATES, make_form, draw, seed_step=10009)


def build(out: Path, seed: int, count: int, families: list[str] | None = None) -> list[Path]:
    return GENERATOR.build(out, seed, count, families)


if __name__ == "__main__":
    GENERATOR.main(__doc__ or "")
