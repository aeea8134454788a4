"""Build the thirty-second held-out form set (a twenty-seventh independent generator): PDFs and their truth sidecars.

    .venv/bin/python bench/heldout32_forms/build.py --out DIR --seed N --count K [--families a,b]

Families, by producer or construction (none used by the fifth to thirty-first generators), drawn in turn (h32-000 the
first, h32-007 the eighth, h32-008 the first again):
`pdfium_tables` (Google's PDFium, through pypdfium2's raw API, used as a PDF WRITER: each line a text object of the
standard, unembedded Helvetica / Helvetica-Bold (WinAnsi; list bullets printed "-", which PDFium cannot encode) placed by a matrix, every cell a rectangle path; h32_layout's
`header_tables`: the fields as STACKED HORIZONTAL TABLES: a table's header row holds two to four labels side by side
(2, 3, 3 or 4 columns a form, equal widths over the 483 pt measure), each label BOLD in a cell filled light grey (0.88),
possibly wrapped to three lines; the row under it holds their answers, each in the cell under its own label, so the
labels of one table read left to right on one line and their answers on the next lines in the same columns; a field
whose answer needs more than four lines in a cell (or whose label more than three) gets a table of its own: one
full-width grey header cell and one answer cell under it; a long answer broken by a page break goes on in a ruled cell
with no header row at the next page's top; tables 8–14 pt apart; h32_producers);
`highlighter_coffee` (image-only, COLOUR 200 dpi: the four layouts in turn with 3–7 translucent highlighter strokes
(yellow, green or pink, multiplied over the print, 1.1–1.5 line heights tall, slightly slanted) over printed lines
(labels and answers alike, 60–420 pt of each line) and one or two coffee rings (brown, 55–85 mm across, a 1–3 mm rim,
often broken on one side, a faint stain inside) over the text; skew up to 0.5°, JPEG 80–90; h32_scan);
`psimple_questions` (Perl's PostScript::Simple 0.09 writing PostScript, fonts re-encoded ISO Latin-1 (a list's "•"
and a dash "–" printed "-"), made PDF by Ghostscript's ps2pdf; h32_layout's `questionnaire`: each label printed as a
NUMBERED QUESTION "N. <label>?" in bold (the number counts every field from 1, a trailing colon dropped, a "?"
appended), on the next line two 7 pt tick boxes each followed by its word, "Ja" and "Nej" (the first, or none, marked
with a small solid square), then the free-text answer under them indented 14 pt (an empty answer a blank line); the
stage marker after its field, indented; h32_producers);
`java2d_sideheads` (OpenJDK's Java2D printing: a `Printable` drawing each line with `drawString` in the logical font
SansSerif (mapped to Helvetica by the JDK's PostScript printer, which prints every hyphen as a MINUS SIGN U+2212: "E−post", "Dnr 1.4.1−123−2019", "08−508 …"; list bullets and en dashes given to it as "-", since Java prints a whole line holding a character the
PostScript font lacks as glyph outlines), glyphs advanced by Java's own font widths, wider than Helvetica's,
so lines run wider than the layout measured (long lines reach x ≈ 589 pt of 595) and a bold line's letters stand up
to 2 pt apart; printed by the JDK's own PostScript StreamPrintService,
made PDF by ps2pdf; h32_layout's `side_heads`: the labels as SIDE HEADS in a wide left margin 120–150 pt wide,
REGULAR weight 1 pt smaller than the answer, each line RIGHT-ALIGNED against the gutter (measured by Java, so the labels' left edges are
ragged), wrapped in that margin; the answer's first line on the label's first baseline 12 pt right of the gutter; a
HAIRLINE the full width under every field (Java strokes it into a thin filled outline, not a stroked line); a long answer goes on over a page break in the answer column with the
margin empty; h32_producers);
`dithered_150` (image-only: the four layouts in turn scanned BITONAL at 150 dpi with Floyd–Steinberg error diffusion:
the print rendered grey (ink 40–90 on a greyish paper 228–246 with noise), levelled to the scanner's white point (paper just under white, ink 30) and dithered to black and white, so the
paper is a sparse dot pattern, grey header fills a denser one, and strokes have dotted edges; skew up to 0.4°, stored
1-bit; h32_scan);
`asy_runin` (Asymptote 2.85, one picture a page, every line a `label` typeset by LaTeX (helvet, T1, utf8) and
placed at its baseline, rules drawn, each page a PDF by Asymptote's dvips + Ghostscript route, joined by qpdf;
h32_layout's `runin_caps`: each label in CAPITALS 1.5 pt smaller than the answer (the look of small capitals),
regular weight, ending in a colon, the answer RUN IN on the same line after it and wrapping UNDER the label at the left
margin, so the label is the start of a paragraph of running text; further paragraphs and list items start lines of
their own at the margin; a label wider than the line wraps, the answer running in after its last line; an empty answer
leaves the label alone on its line; h32_producers);
`rinoh_fields` (rinohtype 0.5.6 laying the form out ITSELF from reStructuredText with its article template (no table
of contents): the title as the document title centred, an instruction sentence ("Fyll i samtliga fält." …), then a
reST FIELD LIST: each label a field name in BOLD in a field-name column, the first paragraph of its answer beside a
short label on the same line, and a label too wide for that column alone on its line with the answer UNDER it,
indented; further paragraphs and "•" list items indented under it; the stage marker a bold paragraph between two field
lists; TeX Gyre Pagella (body and bold field names, justified, hyphenation off) and Heros (the title) embedded as CID
fonts, "fi" set as a ligature glyph; running header (Bilaga/Dnr) and
"Sida N (M)" or "N" footer from its page template; rinohtype's own page breaks; h32_producers);
`small_jpeg` (image-only: the four layouts in turn scanned at 300 dpi, blurred slightly (0.4–0.9 px) and then saved
SMALL: downsampled to 100 dpi grey and stored as JPEG of quality 25–45, so body text is 13–15 px high with block
artefacts round every letter; skew up to 0.3°; h32_scan).
PDFium, PostScript::Simple, Java2D, Asymptote and the three scans lay their pages out by this generator's own geometry
(h32_layout: header_tables, questionnaire, side_heads, runin_caps), the scans meeting each of the four layouts in turn;
rinohtype lays out by itself. Every form has a running header "Bilaga N" (or "Trafikkontoret") with its Dnr and a
page number. Sections: every template and label variant of /work/shared/domain.md (follow-ups 5 and 7, applications
5b and 7, the traffic office's "<Åtgärd> <plats>. Slutredovisning"), answers of one or two paragraphs, lists, empty
answers and Word's placeholder, money in every format, old and new districts, long project names (h32_content, this
generator's own wording).
A file is in the keep half when its number // 8 is even (score.py). A family whose producer is missing is skipped with
a note. The generator's own tools (libpostscript-simple-perl and asymptote from apt, OpenJDK's javac/java, ghostscript,
qpdf, texlive's helvet; pypdfium2 from the project's .venv; rinohtype from PyPI into .venv: `.venv/bin/pip install
rinohtype==0.5.6`) are not project dependencies.
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

import h32_producers as producers  # noqa: E402
import h32_scan  # noqa: E402
from forms_generator import Generator  # noqa: E402
from h32_content import Form, make_form  # noqa: E402
from h32_layout import LAYOUTS, layout  # noqa: E402

# family -> (producer, layer)
FAMILIES = {
    "pdfium_tables": ("pdfium-pypdfium2-writer", "text"),
    "highlighter_coffee": ("pillow-pdf+highlighter-coffee", "image"),
    "psimple_questions": ("perl-postscript-simple+ps2pdf", "text"),
    "java2d_sideheads": ("java2d-postscript+ps2pdf", "text"),
    "dithered_150": ("pillow-pdf+dithered-150dpi", "image"),
    "asy_runin": ("asymptote-2.85", "text"),
    "rinoh_fields": ("rinohtype-0.5.6", "text"),
    "small_jpeg": ("pillow-pdf+small-jpeg-100dpi", "image"),
}
TURN = len(FAMILIES)
TEMPLATES = ("f7", "a5b", "traffic", "f5", "a7", "a5b", "f5")  # seven, so each family meets every template
NEEDS = {family: (lambda: True) for family in FAMILIES} | {
    "pdfium_tables": producers.pdfium_available,
    "psimple_questions": producers.psimple_available,
    "java2d_sideheads": producers.java_available,
    "asy_runin": producers.asy_available,
    "rinoh_fields": producers.rinoh_available,
}
SCANS = {"highlighter_coffee": h32_scan.highlighter_coffee, "dithered_150": h32_scan.dithered_150,
         "small_jpeg": h32_scan.small_jpeg}  # fmt: skip
TEXT = {"pdfium_tables": producers.pdfium_tables, "psimple_questions": producers.psimple_questions,
        "java2d_sideheads": producers.java2d_sideheads, "asy_runin": producers.asy_runin,
        "rinoh_fields": producers.rinoh_fields}  # fmt: skip


def draw(family: str, form: Form, rng: random.Random, out: Path, turn: int) -> int | None:
    """Draw `form` as `family` into `out`; its page count (None: read it from the file)."""
    if family in TEXT:
        return TEXT[family](form, rng, out, turn)
    pages = layout(form, rng, LAYOUTS[(turn + list(FAMILIES).index(family)) % len(LAYOUTS)])
    return SCANS[family](pages, out, rng)


GENERATOR = Generator("h32", FAMILIES, NEEDS, TEMPLATES, make_form, draw, seed_step=32027)


def build(out: Path, seed: int, count: int, families: list[str] | None = None) -> list[Path]:
    return GENERATOR.build(out, seed, count, families)


if __name__ == "__main__":
    GENERATOR.main(__doc__ or "")
