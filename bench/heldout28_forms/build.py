"""Build the twenty-eighth held-out form set (a twenty-third independent generator): PDFs and their truth sidecars.

    .venv/bin/python bench/heldout28_forms/build.py --out DIR --seed N --count K [--families a,b]

Families, by producer or construction (none used by the fifth to twenty-seventh generators), drawn in turn (h28-000
the first, h28-007 the eighth, h28-008 the first again):
`lilypond_smallcaps` (GNU LilyPond's markup pages, no music, made PDF through Ghostscript: each label in bold small
capitals above its answer (the text layer reads it in upper case), a hairline under each answer, the short fields
in two columns, a follow-up's stage as two tick boxes ☒ / ☐; h28_producers); `sunbleached_window` (image-only: a
form that hung in a sunny window, paper yellowed and print bleached to a faint blue-grey towards the light, a
covered strip along one edge still white and black, yellowed tape at the top corners; colour 200 dpi; h28_scan);
`emacs_asciitable` (a plain-text table ruled with +, - and |, label cell left and answer cell right, both wrapped
in their cells, printed by Emacs' ps-print in Courier with its two-line header and page number, made PDF by
ps2pdf; h28_producers); `dia_legend` (the Dia diagram editor, one drawing a page, exported by its cairo PDF
exporter and joined by qpdf: each answer in a frame whose top line the label interrupts, as a fieldset's legend,
the short fields two frames a row; h28_producers); `water_cockle` (image-only: a page that got wet, cockled in waves
that bend the lines and shade the sheet in bands, the ink bled and paled inside the wet patch, a tide line round
it; grey 200 dpi; h28_scan); `abc_runin` (abcm2ps, the ABC music typesetter, for its text blocks only: each label a
bold run-in head with a colon at the start of its justified answer paragraph in Times, made PDF by ps2pdf;
h28_producers); `gle_guided` (GLE, the Graphics Layout Engine, one script a page, made PDF through Ghostscript and
joined by qpdf: a label column and an answer column split by hairlines, under each bold label the form's help text
in small grey oblique ("Beskriv kortfattat …"), which is neither label nor answer; h28_producers);
`ocr_layer_scan` (a network scanner's searchable PDF: a grey 200 dpi JPEG a page over the scanner's own invisible
OCR words in render mode 3, with its misreadings (diacritics lost, l/1, rn/m, O/0, words run together, split or
missing); this generator's own PDF writer; counted with the image layer, since its page is a scan; h28_scan).
Dia, GLE and the three scans lay their pages out by this generator's own geometry (h28_layout: guided_rows,
legend_frames, ruled_checkbox, the last with a follow-up's stage as two tick boxes and every answer line typed on a
ruled writing line), the scans meeting each of the three layouts in turn; LilyPond, Emacs and abcm2ps lay out by
their own text. Every form has a running header "Bilaga N" (or "Trafikkontoret") with its Dnr and a page number.
Sections: every template and label variant of /work/shared/domain.md (follow-ups 5 and 7, applications 5b and 7,
the traffic office's "<Åtgärd> <plats>. Slutredovisning"), answers of one or two paragraphs, lists, empty answers
and Word's placeholder, money in every format, old and new districts, long project names (h28_content).
A file is in the keep half when its number // 8 is even (score.py). A family whose producer is missing is skipped
with a note. The generator's own tools (lilypond, emacs-nox, abcm2ps, dia, gle-graphics and qpdf from apt) are not
project dependencies.
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

import h28_producers as producers  # noqa: E402
import h28_scan  # noqa: E402
from forms_generator import Generator  # noqa: E402
from h28_content import Form, make_form  # noqa: E402
from h28_layout import LAYOUTS, layout  # noqa: E402

# family -> (producer, layer)
FAMILIES = {
    "lilypond_smallcaps": ("lilypond-2.24-markup+ghostscript", "text"),
    "sunbleached_window": ("pillow-pdf+sun-bleached-window", "image"),
    "emacs_asciitable": ("emacs-28-ps-print+ps2pdf", "text"),
    "dia_legend": ("dia-0.97-cairo-pdf", "text"),
    "water_cockle": ("pillow-pdf+water-cockle-bleed", "image"),
    "abc_runin": ("abcm2ps-8.14+ps2pdf", "text"),
    "gle_guided": ("gle-4.3-graphics-layout-engine", "text"),
    "ocr_layer_scan": ("scanner-jpeg+invisible-ocr-layer", "image"),
}
TURN = len(FAMILIES)
TEMPLATES = ("f5", "a5b", "traffic", "f7", "a7", "a5b", "f5")  # seven, so each family meets every template
NEEDS = {family: (lambda: True) for family in FAMILIES} | {
    "lilypond_smallcaps": producers.lilypond_available,
    "emacs_asciitable": producers.emacs_available,
    "dia_legend": producers.dia_available,
    "abc_runin": producers.abc_available,
    "gle_guided": producers.gle_available,
}
SCANS = {"sunbleached_window": h28_scan.sunbleached_window, "water_cockle": h28_scan.water_cockle,
         "ocr_layer_scan": h28_scan.ocr_layer_scan}  # fmt: skip
TEXT = {"lilypond_smallcaps": producers.lilypond, "emacs_asciitable": producers.emacs, "dia_legend": producers.dia,
        "abc_runin": producers.abc, "gle_guided": producers.gle}  # fmt: skip


def draw(family: str, form: Form, rng: random.Random, out: Path, turn: int) -> int | None:
    """Draw `form` as `family` into `out`; its page count (None: read it from the file)."""
    if family in TEXT:
        return TEXT[family](form, rng, out, turn)
    pages = layout(form, rng, LAYOUTS[(turn + list(FAMILIES).index(family)) % len(LAYOUTS)])
    return SCANS[family](pages, out, rng)


GENERATOR = Generator("h28", FAMILIES, NEEDS, TEMPLATES, make_form, draw, seed_step=28019)


def build(out: Path, seed: int, count: int, families: list[str] | None = None) -> list[Path]:
    return GENERATOR.build(out, seed, count, families)


if __name__ == "__main__":
    GENERATOR.main(__doc__ or "")
