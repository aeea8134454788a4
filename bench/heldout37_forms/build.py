"""Build a thirty-seventh held-out forms set: a thirty-second independent generator (issue #12), test tooling only.

    .venv/bin/python bench/heldout37_forms/build.py --out DIR --seed 37083 --count 120 [--families a,b]

Written without reading the extractor: its Swedish text is its own (h37_content), the page model is the eighteenth
generator's (h23_layout), the producers, the layouts and the damage are ones no earlier generator used (each name
grepped in every earlier `bench/heldout*_forms/` first). Eight families, drawn in turn (a file's family is its
number % 8), three of them image-only:
`peculiar_chat` (text; Node's @peculiar/pdf-doc 1.17 (npm): each line `text().font().color().move().show()` in the
standard Helvetica / Helvetica-Bold (unembedded, WinAnsi), boxes `graphics().rect()`; no Producer; the
`chat_thread` pages: the form as a MESSAGING APP's export: each LABEL in a light-grey filled bubble at the LEFT
(wrapped within 55 % of the text width, regular weight), its ANSWER below in a white outlined bubble at the RIGHT
(wrapped within 62 %, lines left-aligned inside, the bubble's right edge on the right margin); no answer bubble for
an empty answer; a long answer cut into one bubble a page; the stage marker bold and CENTRED between bubbles);
`mould_spotted` (image-only, grey 200 dpi: the four layouts in turn on a page spotted with MILDEW: three to eight
colonies (each 20–70 soft dark spots 3–18 px round a centre within 40–170 px, the paper there down to 35–60 %, a
faint brownish halo ring round the colony), print under a spot sunk into it, faint damp mottling (4–9 levels);
paper 226–240, ink 25–50, JPEG 84–90; h37_scan);
`campdf_interview` (text; Perl's CAM::PDF 1.60 (Debian's libcam-pdf-perl) growing the file from a one-page seed
(`duplicatePage`, `setPageContent`, `addFont` WinAnsi Helvetica / Helvetica-Bold, `cleanoutput`), content streams
written by the generator (`Tm` placed lines, uncompressed); no Producer; the `interview` pages: a TRANSCRIPT: each
label after a bold "F:" at the left margin, the label bold at 22 pt in; the answer on the next line after a regular
"S:" at the margin, every line and paragraph of the answer at 22 pt in (hanging under the prefix); "S:" alone for
an empty answer; the stage marker bold at the margin);
`oxide_cards` (text; Python's pdf_oxide 0.3 (PyPI, a Rust library) through its DocumentBuilder: `font("Helvetica",
size).at(x, y).text(…)`, `filled_rect`, `stroke_rect`, `stroke_line`; Creator "pdf_oxide"; the `index_cards` pages:
each field on an outlined INDEX CARD, TWO CARDS ABREAST (each (text width − 12–18 pt) / 2 wide), the label bold at
the card's top over a grey header rule, the answer inside below it; both cards of a row start at the same height
(the row as tall as its taller card); a card taller than 45 % of the page is laid FULL WIDTH on a row of its own
and, cut by the page's end, goes on in a card WITHOUT a header on the next page; the stage marker bold at the margin
on a line of its own between card rows);
`wand_scanned` (image-only, grey 200 dpi: the four layouts in turn on a page taken with a HAND-HELD WAND SCANNER:
rows stretched and squeezed along the height by an uneven pull (local scale 0.85–1.2), each row shifted sideways
by a smooth wander of ±4–14 px, the page taken in TWO SWEEPS joined at a vertical SEAM 40–60 % across (the right
sweep 2–7 px lower, 1–4 px across, 4–10 levels brighter), one or two light streaks 2–5 rows high where the wand lost
contact; paper 236–248, ink 25–45, JPEG 84–90; h37_scan);
`folio_staircase` (text; Python's folio-pdf 0.2 (PyPI, bindings to the Go library folio): `Document(w, h)`,
`add_page`, `Page.add_text(text, Font(StandardPDFFont.HELVETICA / HELVETICA_BOLD), size, x, y)`, `add_line`,
`add_rect`, `add_rect_filled`; the `staircase` pages: each LABEL bold and INLINE WITH A COLON, the answer starting
after the colon on the same line and wrapping under the label's start; each field indented one STEP further than the
one before (steps of 14–22 pt: margin, +1, +2, +3 steps, then back to the margin), so the labels do not share a
left edge; the stage marker bold at the margin);
`minpdf_chat` (text; Python's minpdf-core 0.1 (PyPI, a one-file C11 writer): `PDF.text` with Liberation Sans
Regular / Bold registered as embedded TrueType fonts (named "MinPDF0" / "MinPDF1"), `rect`, `line`; no Producer;
the same `chat_thread` as `peculiar_chat`);
`silverfish_grazed` (image-only, grey 200 dpi: the four layouts in turn on a page GRAZED BY SILVERFISH: four to
nine grazed patches (scalloped blobs 30–160 px across, more often near the edges and the top) where the surface
with its print is 60–100 % eaten away to a rougher lighter fibre layer; one to three small dark THROUGH-HOLES (4–14 px)
in the larger patches; paper 230–244, ink 25–50, JPEG 84–90; h37_scan).
The layouts (h37_layout): chat_thread, interview, index_cards, staircase. A scan family's file of turn t (= number
// 8) is drawn in layout (t // 2 + the family's index) % 4, so both halves of every scan family meet all four
layouts. Every form has a running header "Bilaga N" (or "Trafikkontoret") with its Dnr and a page number ("Sida N
(M)", "Sida N av M", "N/M", "- N -" or "N (M)"). Sections: every template and label variant of /work/shared/domain.md
(follow-ups 5 and 7, applications 5b and 7, the traffic office's "<Åtgärd> <plats>. Slutredovisning"), answers of
one or two paragraphs, lists ("•"), empty answers and Word's placeholder, money in every format, old and new
districts, long project names (h37_content, this generator's own wording). The truth's labels are the templates'.
A file is in the keep half when its number // 8 is even (score.py). A family whose producer is missing is skipped with
a note. The generator's own tools (libcam-pdf-perl from apt; pdf-oxide, folio-pdf and minpdf-core from PyPI into
.venv; @peculiar/pdf-doc from npm into /tmp/h37-node (`npm install --prefix /tmp/h37-node @peculiar/pdf-doc`)) are
not project dependencies.

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

import h37_producers as producers  # noqa: E402
import h37_scan  # noqa: E402
from forms_generator import Generator  # noqa: E402
from h37_content import Form, make_form  # noqa: E402
from h37_layout import LAYOUTS, layout  # noqa: E402

# family -> (producer, layer)
FAMILIES = {
    "peculiar_chat": ("node-peculiar-pdf-doc-1.17", "text"),
    "mould_spotted": ("pillow-pdf+mould-spotted", "image"),
    "campdf_interview": ("perl-cam-pdf-1.60", "text"),
    "oxide_cards": ("python-pdf-oxide-0.3", "text"),
    "wand_scanned": ("pillow-pdf+wand-scanned", "image"),
    "folio_staircase": ("python-folio-pdf-0.2", "text"),
    "minpdf_chat": ("python-minpdf-core-0.1", "text"),
    "silverfish_grazed": ("pillow-pdf+silverfish-grazed", "image"),
}
TURN = len(FAMILIES)
TEMPLATES = ("f7", "a5b", "traffic", "f5", "a7", "a5b", "f5")  # seven, so each family meets every template
NEEDS = {family: (lambda: True) for family in FAMILIES} | {
    "peculiar_chat": producers.peculiar_available,
    "campdf_interview": producers.campdf_available,
    "oxide_cards": producers.oxide_available,
    "folio_staircase": producers.folio_available,
    "minpdf_chat": producers.minpdf_available,
}
SCANS = {"mould_spotted": h37_scan.mould_spotted, "wand_scanned": h37_scan.wand_scanned,
         "silverfish_grazed": h37_scan.silverfish_grazed}  # fmt: skip
TEXT = {"peculiar_chat": producers.peculiar_chat, "campdf_interview": producers.campdf_interview,
        "oxide_cards": producers.oxide_cards, "folio_staircase": producers.folio_staircase,
        "minpdf_chat": producers.minpdf_chat}  # fmt: skip


def scan_layout(family: str, turn: int) -> str:
    """The layout a scan family draws on turn `turn`: two turns (one of each half) a layout, then the next."""
    return LAYOUTS[(turn // 2 + list(FAMILIES).index(family)) % len(LAYOUTS)]


def draw(family: str, form: Form, rng: random.Random, out: Path, turn: int) -> int | None:
    """Draw `form` as `family` into `out`; its page count (None: read it from the file)."""
    if family in TEXT:
        return TEXT[family](form, rng, out, turn)
    return SCANS[family](layout(form, rng, scan_layout(family, turn)), out, rng)


GENERATOR = Generator("h37", FAMILIES, NEEDS, TEMPLATES, make_form, draw, seed_step=37061)


def build(out: Path, seed: int, count: int, families: list[str] | None = None) -> list[Path]:
    return GENERATOR.build(out, seed, count, families)


if __name__ == "__main__":
    GENERATOR.main(__doc__ or "")
