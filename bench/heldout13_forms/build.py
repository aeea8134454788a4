"""Build the thirteenth held-out form set (an eighth independent generator): PDFs and their truth sidecars.

    .venv/bin/python bench/heldout13_forms/build.py --out DIR --seed N --count K [--families a,b]

Families, by producer or construction (none used by the fifth to twelfth generators), drawn in turn (h13-000 the
first, h13-007 the eighth, h13-008 the first again):
`typst_grid` (Typst, its own layout engine and CID font embedding: a table of label | answer rows, ruled all
round, between rows or not at all, labels bold, shaded or plain, an application's header two pairs a row, rows
broken over pages with the label cell empty, a drawn crest, running header and footer); `wk_table` (wkhtmltopdf,
Qt WebKit's PDF engine: an HTML table of th labels and answers, header pairs two a row, a "Bilaga N" / Dnr line
on the first page only, no footer: Debian's build on unpatched Qt prints no running header); `highlight_scan` (image-only: the pages rendered at 200 dpi colour,
a highlighter pen stroked over some lines, skew under a degree, heavy JPEG stored as is by img2pdf);
`typst_stacked` (Typst: labels as headings above their answers, sometimes in two newspaper columns, or beside
them right-aligned, or run in "Label: answer"); `cid_broken` (a Typst form whose fonts lost their /ToUnicode:
the text layer gives glyph numbers while the page looks right; pikepdf); `wk_dl` (wkhtmltopdf: a definition
list, labels above their answers, floated beside them right-aligned, or run in); `screenshot_scan` (image-only:
the pages captured as screen images at 96-110 dpi in a viewer's grey frame, lossless PNG through img2pdf);
`outline_text` (Ghostscript pdfwrite with -dNoOutputFonts: every glyph a vector path, no text layer and no
image). Three families in eight have no text layer, a fourth a broken one. Landscape pages now and then; forms
of one to three pages. Sections: every template and label variant of /work/shared/domain.md (follow-up 5 and 7,
applications 5b and 7, the traffic office's "<Åtgärd>. Slutredovisning"), long and short labels, answers of one
to three paragraphs, bullet lists, empty answers and Word's placeholder.
A file is in the keep half when its number // 8 is even (score.py). A family whose producer is missing is
skipped with a note. The generator's own tools (typst, img2pdf, pikepdf and numpy from pip; wkhtmltopdf and
Ghostscript from apt) are not project dependencies. Writes <name>.pdf and <name>.truth.json.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from importlib.util import find_spec
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import h13_html  # noqa: E402
import h13_pages  # noqa: E402
import h13_typst  # noqa: E402
from h13_content import Form, make_form  # noqa: E402

FAMILIES = (
    "typst_grid",
    "wk_table",
    "highlight_scan",
    "typst_stacked",
    "cid_broken",
    "wk_dl",
    "screenshot_scan",
    "outline_text",
)
PRODUCER = {
    "typst_grid": "typst",
    "typst_stacked": "typst",
    "wk_table": "wkhtmltopdf",
    "wk_dl": "wkhtmltopdf",
    "cid_broken": "typst+pikepdf",
    "outline_text": "ghostscript-outlines",
    "highlight_scan": "img2pdf-jpeg",
    "screenshot_scan": "img2pdf-png",
}
LAYER = {"cid_broken": "broken-font", "outline_text": "outlines", "highlight_scan": "image", "screenshot_scan": "image"}


def missing(family: str) -> str | None:
    """What this family's producer lacks here, or None."""
    needs = {
        "typst_grid": ["typst"],
        "typst_stacked": ["typst"],
        "wk_table": ["wkhtmltopdf"],
        "wk_dl": ["wkhtmltopdf"],
        "cid_broken": ["typst", "pikepdf"],
        "outline_text": ["gs", "wkhtmltopdf", "typst"],
        "highlight_scan": ["gs", "img2pdf", "numpy", "typst", "wkhtmltopdf"],
        "screenshot_scan": ["gs", "img2pdf", "typst", "wkhtmltopdf"],
    }[family] + ["pikepdf"]  # every family's truth counts its pages with pikepdf (h13_pages.page_count)
    lacking = [
        n
        for n in dict.fromkeys(needs)
        if (shutil.which(n) is None if n in ("gs", "wkhtmltopdf") else find_spec(n) is None)
    ]
    return ", ".join(lacking) or None


def draw(form: Form, rng: random.Random, layout: str, landscape: bool, workdir: Path, pdf: Path) -> None:
    """Draw `form` with one of the four text-layer layouts."""
    if layout == "typst_grid":
        h13_typst.compile_pdf(h13_typst.grid_source(form, rng, landscape), workdir, pdf)
    elif layout == "typst_stacked":
        h13_typst.compile_pdf(h13_typst.stacked_source(form, rng, landscape), workdir, pdf)
    elif layout == "wk_table":
        h13_html.print_pdf(h13_html.table_html(form, rng), form, rng, landscape, workdir, pdf)
    else:
        h13_html.print_pdf(h13_html.dl_html(form, rng), form, rng, landscape, workdir, pdf)


def make(family: str, form: Form, rng: random.Random, workdir: Path, pdf: Path) -> None:
    landscape = rng.random() < 0.2
    if family in ("typst_grid", "typst_stacked", "wk_table", "wk_dl"):
        draw(form, rng, family, landscape, workdir, pdf)
        return
    base = workdir / (pdf.stem + "-base.pdf")
    layouts = (
        ("typst_grid", "typst_stacked")
        if family == "cid_broken"
        else ("typst_grid", "typst_stacked", "wk_table", "wk_dl")
    )
    draw(form, rng, rng.choice(layouts), landscape, workdir, base)
    if family == "cid_broken":
        h13_pages.strip_tounicode(base, pdf)
    elif family == "outline_text":
        h13_pages.outline_text(base, pdf)
    elif family == "highlight_scan":
        h13_pages.highlight_scan(base, pdf, workdir, rng)
    else:
        h13_pages.screenshot_scan(base, pdf, workdir, rng)


def build(out: Path, seed: int, count: int, families: tuple[str, ...] = FAMILIES) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    lacking = {f: missing(f) for f in families}
    for family, what in lacking.items():
        if what:
            print(f"skipped {family}: {what} missing", file=sys.stderr)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(count):
            family = FAMILIES[i % len(FAMILIES)]
            if family not in families or lacking[family]:
                continue
            rng = random.Random(f"h13-{seed}-{i}")
            form = make_form(rng)
            pdf = out / f"h13-{i:03d}-{family}.pdf"
            make(family, form, rng, Path(tmp), pdf)
            truth = form.truth(family, PRODUCER[family], LAYER.get(family, "text"), h13_pages.page_count(pdf))
            pdf.with_name(pdf.stem + ".truth.json").write_text(
                json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8"
            )
            written.append(pdf)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--families", help="comma-separated subset of: " + ", ".join(FAMILIES))
    args = parser.parse_args()
    families = tuple(args.families.split(",")) if args.families else FAMILIES
    unknown = [f for f in families if f not in FAMILIES]
    if unknown:
        parser.error(f"unknown families: {', '.join(unknown)}")
    started = time.perf_counter()
    written = build(args.out, args.seed, args.count, families)
    print(f"{len(written)} PDFs in {args.out} ({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
