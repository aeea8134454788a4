"""Build the eighteenth held-out form set (a thirteenth independent generator): PDFs and their truth sidecars.

    .venv/bin/python bench/heldout18_forms/build.py --out DIR --seed N --count K [--families a,b]

Families, by producer or construction (none used by the fifth to seventeenth generators), drawn in turn (h18-000 the
first, h18-007 the eighth, h18-008 the first again):
`fieldset_before` (headless Chromium: every section a `<fieldset>` with the label as its `<legend>` on even turns,
labels as CSS `::before` generated content beside or above the answer on odd turns, an application's header a table
with `colspan` label cells and answers in nested `<div>`s; h18_web); `thermal_fax` (image-only: a faded thermal fax
roll, 204 × 196 dpi dots, the print fading down the roll, dropped print-head columns, the roll's curl; h18_scan);
`kid_value_fields` (a hand-written AcroForm: answers only in fields whose /V lives on their kid widgets, never on
the field, short answers in comb fields with /MaxLen and drawn cells, the stage a list of check boxes; h18_fields);
`a2ps_twoup` (a plain-text listing printed two pages up on a landscape sheet by GNU a2ps, through ps2pdf;
h18_a2ps); `stamp_tick` (image-only: a 300 dpi scan stored as a low-quality JPEG, a red "INKOM" stamp across part of
an answer, ballpoint ticks and underlining across the labels; h18_scan); `tj_kerning` (a hand-written PDF: every
line one `TJ` array without a space glyph, the word gaps kerning numbers (wider than a space in answers), small kerns inside words, whole
lines in /ActualText spans on odd turns; h18_kern); `mainframe_xshow` (a 132-column mainframe report in hand-written
PostScript, every line one `xshow`, labels and answers in fixed columns without a colon, a ruler of dashes, through
ps2pdf; h18_xshow); `microfilm` (image-only: a microfilm reader's print, low contrast, grain, scratches and a
vignette, a negative on odd turns; h18_scan).
The hand-drawn families (fields, kerning, scans) lay their pages out by the eleventh generator's page geometry
(h16_layout: right-aligned label column, labels stacked above answers, "Label: answer" run in, or the header fields
as a grid of label | value pairs); the monospaced ones by h18_plain. Every form has a running header "Bilaga N" (or
"Trafikkontoret") with its Dnr, and, but for Chromium's, a page number.
Sections: every template and label variant of /work/shared/domain.md (follow-ups 5 and 7, applications 5b and 7,
the traffic office's "<Åtgärd> <plats>. Slutredovisning"), answers of one or two paragraphs, "•" lists, empty
answers and Word's placeholder, money in every format, old and new districts, long project names (h18_content).
A file is in the keep half when its number // 8 is even (score.py). A family whose producer is missing is skipped
with a note. The generator's own tools (chromium, a2ps, ghostscript) are not project dependencies.
Writes <name>.pdf and <name>.truth.json.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

# this generator's modules, the shared build loop, and the earlier generators' modules some of them build on
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout17_forms"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout16_forms"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout15_forms"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout14_forms"))

import h18_a2ps  # noqa: E402
import h18_fields  # noqa: E402
import h18_kern  # noqa: E402
import h18_scan  # noqa: E402
import h18_web  # noqa: E402
import h18_xshow  # noqa: E402
from forms_generator import Generator  # noqa: E402
from h16_layout import LAYOUTS, layout  # noqa: E402
from h18_content import Form, make_form  # noqa: E402

# family -> (producer, layer)
FAMILIES = {
    "fieldset_before": ("chromium-fieldset", "text"),
    "thermal_fax": ("pillow-pdf+thermal-fax", "image"),
    "kid_value_fields": ("script-acroform-kids", "fields"),
    "a2ps_twoup": ("a2ps+ps2pdf", "text"),
    "stamp_tick": ("pillow-pdf+stamp-ballpoint", "image"),
    "tj_kerning": ("script-tj-kerning", "text"),
    "mainframe_xshow": ("postscript-xshow+ps2pdf", "text"),
    "microfilm": ("pillow-pdf+microfilm", "image"),
}
TURN = len(FAMILIES)
TEMPLATES = ("f5", "a5b", "f7", "traffic", "a7", "a5b", "f5")  # seven, so each family meets every template
NEEDS = {
    "fieldset_before": h18_web.available,
    "thermal_fax": lambda: True,
    "kid_value_fields": lambda: True,
    "a2ps_twoup": h18_a2ps.available,
    "stamp_tick": lambda: True,
    "tj_kerning": lambda: True,
    "mainframe_xshow": h18_xshow.available,
    "microfilm": lambda: True,
}


def draw(family: str, form: Form, rng: random.Random, out: Path, turn: int) -> int | None:
    """Draw `form` as `family` into `out`; its page count when the producer knows it."""
    if family == "fieldset_before":
        h18_web.render(form, rng, out, turn)
        return None
    if family == "a2ps_twoup":
        h18_a2ps.render(form, rng, out)
        return None
    if family == "mainframe_xshow":
        return h18_xshow.render(form, rng, out)
    if family == "kid_value_fields":
        pages = layout(form, rng, rng.choice(("right_labels", "stacked", "pairs")))
        return h18_fields.render(form, pages, out, rng)
    pages = layout(form, rng, rng.choice(LAYOUTS))
    if family == "tj_kerning":
        return h18_kern.render(pages, out, rng, actual_text=turn % 2 == 1)
    if family == "thermal_fax":
        return h18_scan.thermal_fax(pages, out, rng)
    if family == "stamp_tick":
        return h18_scan.stamp_tick(pages, out, rng)
    return h18_scan.microfilm(pages, out, rng, negative=turn % 2 == 1)


GENERATOR = Generator("h18", FAMILIES, NEEDS, TEMPLATES, make_form, draw, seed_step=10037)


def build(out: Path, seed: int, count: int, families: list[str] | None = None) -> list[Path]:
    return GENERATOR.build(out, seed, count, families)


if __name__ == "__main__":
    GENERATOR.main(__doc__ or "")
