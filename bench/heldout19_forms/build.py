"""Build the nineteenth held-out form set (a fourteenth independent generator): PDFs and their truth sidecars.

    .venv/bin/python bench/heldout19_forms/build.py --out DIR --seed N --count K [--families a,b]

Families, by producer or construction (none used by the fifth to eighteenth generators), drawn in turn (h19-000 the
first, h19-007 the eighth, h19-008 the first again):
`typewriter_overstrike` (a typewritten form in base-14 Courier at a fixed pitch, labels underlined by underscores
struck over the letters: a second string at the line's origin on even turns, a backspace and an underscore after
every letter inside one `TJ` array on odd turns; labels in the first 22 columns beside the answer, or on a line above
it; h19_typewriter); `sticky_note` (image-only: a colour scan with a yellow sticky note over part of an answer;
h19_scan); `glyphs_shuffled` (a hand-written PDF, every character placed by its own `Tm` without space glyphs, the
page's glyphs in a random order on even turns, from the foot up and right to left on odd turns; h19_shuffle);
`incremental_update` (a hand-written PDF rewritten by qpdf into object streams and a cross-reference stream, then
corrected by one or two appended incremental updates that replace a page's content stream, the draft answer left in
the file; h19_incremental); `a5_twoup` (image-only: two A5 pages scanned side by side on one landscape sheet;
h19_scan); `inherited_fields` (a hand-written AcroForm, answers only in fields: kid fields inheriting /FT and /V from
their parent on even turns, multi-line fields whose text is only in /V behind empty appearances on odd turns;
h19_fields); `poor_ocr_sandwich` (a scan under an invisible text layer of its own from a poor OCR engine: misread
letters, lines a little off and out of order; h19_scan); `diazo` (image-only: a blueprint, light letters on a
mottled blue ground; h19_scan).
The hand-drawn families but the typewriter lay their pages out by the eleventh generator's page geometry (h16_layout:
right-aligned label column, labels stacked above answers, "Label: answer" run in, or the header fields as a grid of
label | value pairs, drawn in turn so each family meets each); the typewriter by its own character grid. Every form
has a running header "Bilaga N" (or "Trafikkontoret") with its Dnr and a page number.
Sections: every template and label variant of /work/shared/domain.md (follow-ups 5 and 7, applications 5b and 7,
the traffic office's "<Åtgärd> <plats>. Slutredovisning"), answers of one or two paragraphs, "•" lists, empty
answers and Word's placeholder, money in every format, old and new districts, long project names (h19_content).
A file is in the keep half when its number // 8 is even (score.py). A family whose producer is missing is skipped
with a note. The generator's own tool (qpdf) is not a project dependency.
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

import h19_fields  # noqa: E402
import h19_incremental  # noqa: E402
import h19_scan  # noqa: E402
import h19_shuffle  # noqa: E402
import h19_typewriter  # noqa: E402
from forms_generator import Generator  # noqa: E402
from h16_layout import LAYOUTS, layout  # noqa: E402
from h19_content import Form, make_form  # noqa: E402

# family -> (producer, layer)
FAMILIES = {
    "typewriter_overstrike": ("script-courier-overstrike", "text"),
    "sticky_note": ("pillow-pdf+sticky-note", "image"),
    "glyphs_shuffled": ("script-glyphs-shuffled", "text"),
    "incremental_update": ("script+qpdf-incremental", "text"),
    "a5_twoup": ("pillow-pdf+a5-twoup", "image"),
    "inherited_fields": ("script-acroform-inherited", "fields"),
    "poor_ocr_sandwich": ("script-poor-ocr-sandwich", "ocr"),
    "diazo": ("pillow-pdf+diazo", "image"),
}
TURN = len(FAMILIES)
TEMPLATES = ("f5", "a5b", "f7", "traffic", "a7", "a5b", "f5")  # seven, so each family meets every template
NEEDS = {family: (lambda: True) for family in FAMILIES} | {"incremental_update": h19_incremental.available}


def draw(family: str, form: Form, rng: random.Random, out: Path, turn: int) -> int | None:
    """Draw `form` as `family` into `out`; its page count."""
    if family == "typewriter_overstrike":
        return h19_typewriter.render(form, out, rng, turn)
    pages = layout(form, rng, LAYOUTS[(turn + list(FAMILIES).index(family)) % len(LAYOUTS)])
    if family == "glyphs_shuffled":
        return h19_shuffle.render(pages, out, rng, scattered=turn % 2 == 0)
    if family == "incremental_update":
        return h19_incremental.render(form, pages, out, rng, turn)
    if family == "inherited_fields":
        return h19_fields.render(form, pages, out, turn)
    if family == "poor_ocr_sandwich":
        return h19_scan.poor_ocr_sandwich(pages, out, rng)
    if family == "sticky_note":
        return h19_scan.sticky_note(pages, out, rng)
    if family == "a5_twoup":
        return h19_scan.a5_twoup(pages, out, rng)
    return h19_scan.diazo(pages, out, rng)


GENERATOR = Generator("h19", FAMILIES, NEEDS, TEMPLATES, make_form, draw, seed_step=10039)


def build(out: Path, seed: int, count: int, families: list[str] | None = None) -> list[Path]:
    return GENERATOR.build(out, seed, count, families)


if __name__ == "__main__":
    GENERATOR.main(__doc__ or "")
