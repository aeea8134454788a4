"""Build the seventeenth held-out form set (a twelfth independent generator): PDFs and their truth sidecars.

    .venv/bin/python bench/heldout17_forms/build.py --out DIR --seed N --count K [--families a,b]

Families, by producer or construction (none used by the fifth to sixteenth generators), drawn in turn (h17-000 the
first, h17-007 the eighth, h17-008 the first again):
`pdftex_plain` (plain pdfTeX in Latin Modern T1 fonts, rules as `\\pdfliteral` path operators, TeX's ligatures,
labels above their answers or run in with a colon, an application's header an `\\halign` grid of pairs; h17_tex);
`show_through` (image-only: a grey scan of thin paper, the back page's print showing through mirrored; h17_scan);
`radio_rich_fields` (a hand-written AcroForm: answers only in fields whose /V is a hex string, PDFDocEncoding or
UTF-16BE, long answers also rich text in /RV, the stage a radio group whose states are "0"/"1" with export values
in /Opt, the committee a combo box whose /V is an export code; h17_fields); `docx_tabs` (a WordprocessingML
document written by hand, label, tab and answer in one paragraph with a hanging indent, the header fields a Word
table, converted by LibreOffice; h17_docx); `trifold` (image-only: a colour scan of a letter folded in three, fold
shadows across the text; h17_scan); `scrambled_order` (a hand-written PDF whose content stream draws answers
before labels and every column from the foot up, soft hyphens with an empty /ActualText on odd turns;
h17_scramble); `css_areas_dl` (headless Chromium: header fields placed by `grid-template-areas` with read-only
inputs, sections a `<dl>` with floated or stacked `<dt>`; h17_web); `mobile_app` (image-only: a phone scanner
app's output, over-sharpened, contrast pushed, a watermark strip at the foot; h17_scan).
The hand-drawn families (fields, scrambled order, scans) lay their pages out by the eleventh generator's page
geometry (h16_layout: right-aligned label column, labels stacked above answers, "Label: answer" run in, or the
header fields as a grid of label | value pairs); every form has a running header "Bilaga N" (or "Trafikkontoret")
with its Dnr, and, but for Chromium's, a footer "Sida x (y)", "Sida x av y" or "x (y)".
Sections: every template and label variant of /work/shared/domain.md (follow-ups 5 and 7, applications 5b and 7,
the traffic office's "<Åtgärd> <plats>. Slutredovisning"), answers of one or two paragraphs, "•" lists, empty
answers and Word's placeholder, money in every format, old and new districts, long project names (h17_content).
A file is in the keep half when its number // 8 is even (score.py). A family whose producer is missing is skipped
with a note. The generator's own tools (pdftex with the lm fonts, soffice, chromium) are not project dependencies.
Writes <name>.pdf and <name>.truth.json.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

# this generator's modules, the shared build loop, and the earlier generators' modules some of them build on
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout16_forms"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout15_forms"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout14_forms"))

import h17_docx  # noqa: E402
import h17_fields  # noqa: E402
import h17_scan  # noqa: E402
import h17_scramble  # noqa: E402
import h17_tex  # noqa: E402
import h17_web  # noqa: E402
from forms_generator import Generator  # noqa: E402
from h16_layout import LAYOUTS, layout  # noqa: E402
from h17_content import Form, make_form  # noqa: E402

# family -> (producer, layer)
FAMILIES = {
    "pdftex_plain": ("pdftex", "text"),
    "show_through": ("pillow-pdf+show-through", "image"),
    "radio_rich_fields": ("script-acroform-hex", "fields"),
    "docx_tabs": ("docx+libreoffice", "text"),
    "trifold": ("pillow-pdf+folds", "image"),
    "scrambled_order": ("script-scrambled", "text"),
    "css_areas_dl": ("chromium-areas", "text"),
    "mobile_app": ("pillow-pdf+scanner-app", "image"),
}
TURN = len(FAMILIES)
TEMPLATES = ("f5", "a5b", "f7", "traffic", "a7", "a5b", "f5")  # seven, so each family meets every template
NEEDS = {
    "pdftex_plain": h17_tex.available,
    "show_through": lambda: True,
    "radio_rich_fields": lambda: True,
    "docx_tabs": h17_docx.available,
    "trifold": lambda: True,
    "scrambled_order": lambda: True,
    "css_areas_dl": h17_web.available,
    "mobile_app": lambda: True,
}


def draw(family: str, form: Form, rng: random.Random, out: Path, turn: int) -> int | None:
    """Draw `form` as `family` into `out`; its page count when the producer knows it."""
    if family == "pdftex_plain":
        return h17_tex.render(form, rng, out, turn)
    if family == "docx_tabs":
        h17_docx.render(form, rng, out)
        return None
    if family == "css_areas_dl":
        h17_web.render(form, rng, out)
        return None
    if family == "radio_rich_fields":
        pages = layout(form, rng, rng.choice(("right_labels", "stacked", "pairs")))
        return h17_fields.render(form, pages, out, rng, turn)
    pages = layout(form, rng, rng.choice(LAYOUTS))
    if family == "scrambled_order":
        return h17_scramble.render(pages, out, rng, hyphenate=turn % 2 == 1)
    if family == "show_through":
        back = make_form(rng)
        return h17_scan.show_through(pages, layout(back, rng, rng.choice(LAYOUTS)), out, rng)
    if family == "trifold":
        return h17_scan.trifold(pages, out, rng)
    return h17_scan.mobile_app(pages, out, rng)


GENERATOR = Generator("h17", FAMILIES, NEEDS, TEMPLATES, make_form, draw, seed_step=10009)


def build(out: Path, seed: int, count: int, families: list[str] | None = None) -> list[Path]:
    return GENERATOR.build(out, seed, count, families)


if __name__ == "__main__":
    GENERATOR.main(__doc__ or "")
