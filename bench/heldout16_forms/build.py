"""Build the sixteenth held-out form set (an eleventh independent generator): PDFs and their truth sidecars.

    .venv/bin/python bench/heldout16_forms/build.py --out DIR --seed N --count K [--families a,b]

Families, by producer or construction (none used by the fifth to fifteenth generators), drawn in turn (h16-000 the
first, h16-007 the eighth, h16-008 the first again):
`svg_rsvg` (each page an SVG drawn here, absolutely placed text, converted by librsvg's rsvg-convert; every word its
own tspan on odd turns); `field_tree` (a hand-written AcroForm whose page holds only the labels: answers in parent
fields with unnamed kid widgets, split answers as named kid fields, comb fields for the telephone and the amount,
a list box for the committee, the stage a list box or two check boxes; no appearances and no /NeedAppearances on
even turns, appearance streams on odd ones); `tile_mosaic` (image-only: a grey 200 dpi scan of coloured paper with
punch holes, each page a mosaic of Flate and JPEG image tiles); `xobject_answers` (a hand-written PDF whose answers
are each a separately placed form XObject, drawn in shuffled order, words of each line set in reverse order on
odd turns); `line_printer` (a case system's 132-column listing, labels in capitals with dot leaders, set by GNU
enscript in Courier and distilled by ps2pdf); `carbon_turned` (image-only: a faint violet carbon copy, colour
JPEG stored a quarter turned under /Rotate 90 or 270); `css_controls` (headless Chromium printing an e-service
form whose answers are `<input>` and `<textarea>` controls, laid out by `display: table`, floats or fieldsets);
`fluoro_phone` (image-only: a phone photo of the flat page under fluorescent light, moiré, green cast, JPEG).
The hand-drawn families lay their pages out with a right-aligned label column, labels stacked above their
answers, "Label: answer" run in, or the header fields as a grid of label | value pairs (h16_layout); every form
has a running header "Bilaga N" (or "Trafikkontoret") with its Dnr, and, but for Chromium's, a footer
"Sida x (y)", "Sida x av y" or "x (y)".
Sections: every template and label variant of /work/shared/domain.md (follow-ups 5 and 7, applications 5b and 7,
the traffic office's "<Åtgärd> <plats>. Slutredovisning"), answers of one or two paragraphs, "•" lists, empty
answers and Word's placeholder, money in every format, old and new districts, long project names.
A file is in the keep half when its number // 8 is even (score.py). A family whose producer is missing is skipped
with a note. The generator's own tools (rsvg-convert from librsvg2-bin, enscript, Ghostscript, chromium) are not
project dependencies. Writes <name>.pdf and <name>.truth.json.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

# this generator's modules, the shared build loop, and the earlier generators' modules some of them build on
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout15_forms"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout14_forms"))

import h16_chromium  # noqa: E402
import h16_fields  # noqa: E402
import h16_lineprint  # noqa: E402
import h16_scan  # noqa: E402
import h16_svg  # noqa: E402
import h16_xobject  # noqa: E402
from forms_generator import Generator  # noqa: E402
from h16_content import Form, make_form  # noqa: E402
from h16_layout import LAYOUTS, layout  # noqa: E402

# family -> (producer, layer)
FAMILIES = {
    "svg_rsvg": ("rsvg-convert", "text"),
    "field_tree": ("script-acroform-tree", "fields"),
    "tile_mosaic": ("rsvg+image-tiles", "image"),
    "xobject_answers": ("script-form-xobjects", "text"),
    "line_printer": ("enscript+ps2pdf", "text"),
    "carbon_turned": ("rsvg+rotated-jpeg", "image"),
    "css_controls": ("chromium-controls", "text"),
    "fluoro_phone": ("rsvg+phone-jpeg", "image"),
}
TURN = len(FAMILIES)
TEMPLATES = ("a5b", "f5", "traffic", "f7", "a7", "f5", "a5b")  # seven, so each family meets every template
NEEDS = {
    "svg_rsvg": h16_svg.available,
    "field_tree": lambda: True,
    "tile_mosaic": h16_scan.available,
    "xobject_answers": lambda: True,
    "line_printer": h16_lineprint.available,
    "carbon_turned": h16_scan.available,
    "css_controls": h16_chromium.available,
    "fluoro_phone": h16_scan.available,
}
SCANS = {"tile_mosaic": h16_scan.mosaic, "carbon_turned": h16_scan.carbon, "fluoro_phone": h16_scan.fluoro}


def draw(family: str, form: Form, rng: random.Random, out: Path, turn: int) -> int | None:
    """Draw `form` as `family` into `out`; its page count when the producer knows it."""
    if family == "css_controls":
        h16_chromium.render(form, rng, out)
        return None
    if family == "line_printer":
        printed = f"{form.year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}"
        return h16_lineprint.render(form, out, printed)
    if family == "field_tree":
        pages = layout(form, rng, rng.choice(("right_labels", "stacked", "pairs")))
        return h16_fields.render(form, pages, out, turn)
    pages = layout(form, rng, rng.choice(LAYOUTS))
    if family == "svg_rsvg":
        return h16_svg.render(pages, out, word_by_word=turn % 2 == 1)
    if family == "xobject_answers":
        return h16_xobject.render(pages, out, rng, backwards=turn % 2 == 1)
    return SCANS[family](pages, out, rng)


GENERATOR = Generator("h16", FAMILIES, NEEDS, TEMPLATES, make_form, draw, seed_step=10007)


def build(out: Path, seed: int, count: int, families: list[str] | None = None) -> list[Path]:
    return GENERATOR.build(out, seed, count, families)


if __name__ == "__main__":
    GENERATOR.main(__doc__ or "")
