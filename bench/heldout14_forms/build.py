"""Build the fourteenth held-out form set (a ninth independent generator): PDFs and their truth sidecars.

    .venv/bin/python bench/heldout14_forms/build.py --out DIR --seed N --count K [--families a,b]

Families, by producer or construction (none used by the fifth to thirteenth generators), drawn in turn (h14-000 the
first, h14-007 the eighth, h14-008 the first again):
`fop_table` (Apache FOP 2.8 from XSL-FO: an fo:table of label | answer rows ruled all round, under each row or not
at all, labels bold or shaded, an application's header two pairs a row, a running header "Bilaga N" / Dnr in
fo:static-content, footer "Sida x (y)" or "Sida x av y" by page-number-citation, an SVG crest, landscape now and
then); `lua_fontspec` (LuaLaTeX with fontspec and a system TrueType font, no space glyphs between words: labels
as headings above their answers, beside them in a hanging list, or run in "Label: answer"; fancyhdr and
lastpage); `tiff_dither` (image-only: LuaLaTeX or AbiWord pages at 300 dpi, error-diffused to 1 bit, multi-page
TIFF in PackBits or LZW through libtiff's tiff2pdf); `abiword_rtf` (an RTF table converted by AbiWord 3.0);
`typewriter_fill` (a flat blank form drawn by FOP, filled in with a viewer's typewriter tool: the answers as
FreeText annotations with appearance streams, or as Courier text appended to each page in an incremental update);
`halftone_scan` (image-only: a FOP form with shaded label cells as a 1-bit AM halftone at 300 dpi, LZW TIFF,
tiff2pdf); `tj_layers` (each line one TJ array with no space character, words spaced by kerning under Tc or Tz
sometimes; a guidance text under each label in an optional-content layer switched OFF, which must not be read);
`colour_scan` (image-only: a pre-printed colour form, labels in blue or red on tinted cells, scanned in colour
at 200 or 300 dpi, a handwritten signature and a red "INKOM" date stamp over the last answer; an LZW TIFF
that tiff2pdf stores as JPEG). Three families in eight are image-only; one more keeps its answers in annotations half the time.
Sections: every template and label variant of /work/shared/domain.md (follow-up 5 and 7, applications 5b and 7,
the traffic office's "<Åtgärd> <plats>. Slutredovisning"), answers of one or two paragraphs, "•" lists, empty
answers and Word's placeholder, money in every format, old and new districts, long project names.
A file is in the keep half when its number // 8 is even (score.py). A family whose producer is missing is
skipped with a note. The generator's own tools (fop, lualatex with texlive-luatex, abiword, tiff2pdf from
libtiff-tools; Ghostscript) are not project dependencies. Writes <name>.pdf and <name>.truth.json.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import h14_abiword  # noqa: E402
import h14_fop  # noqa: E402
import h14_lua  # noqa: E402
import h14_raw  # noqa: E402
import h14_scan  # noqa: E402
import h14_typewriter  # noqa: E402
from h14_content import Form, make_form  # noqa: E402

# family -> (producer, layer)
FAMILIES = {
    "fop_table": ("fop", "text"),
    "lua_fontspec": ("lualatex", "text"),
    "tiff_dither": ("tiff2pdf", "image"),
    "abiword_rtf": ("abiword", "text"),
    "typewriter_fill": ("fop+typewriter", "text"),
    "halftone_scan": ("tiff2pdf", "image"),
    "tj_layers": ("positioned-text", "text"),
    "colour_scan": ("tiff2pdf", "image"),
}
TURN = len(FAMILIES)
TEMPLATES = ("f5", "a5b", "f7", "traffic", "a5b", "f5", "a7")  # seven, so each family meets every template
NEEDS = {
    "fop_table": h14_fop.available,
    "lua_fontspec": h14_lua.available,
    "tiff_dither": lambda: h14_scan.available() and (h14_lua.available() or h14_abiword.available()),
    "abiword_rtf": h14_abiword.available,
    "typewriter_fill": h14_typewriter.available,
    "halftone_scan": lambda: h14_scan.available() and h14_fop.available(),
    "tj_layers": lambda: True,
    "colour_scan": lambda: h14_scan.available() and h14_fop.available(),
}


def page_count(pdf: Path) -> int:
    out = subprocess.run(
        ["gs", "-q", "-dNODISPLAY", "-dNOSAFER", "-c", f"({pdf}) (r) file runpdfbegin pdfpagecount = quit"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(out.stdout.strip().splitlines()[-1])


def draw(family: str, form: Form, rng: random.Random, out: Path, turn: int) -> tuple[str, str, int | None]:
    """Draw `form` as `family` into `out`; the producer and layer of the file, and its page count when known."""
    producer, layer = FAMILIES[family]
    pages = None
    if family == "fop_table":
        h14_fop.render(form, rng, out)
    elif family == "lua_fontspec":
        h14_lua.render(form, rng, out)
    elif family == "abiword_rtf":
        h14_abiword.render(form, rng, out)
    elif family == "typewriter_fill":
        how = "annot" if turn % 2 == 0 else "append"
        pages = h14_typewriter.render(form, rng, out, how)
        layer = "annotations" if how == "annot" else "text"
    elif family == "tj_layers":
        pages = h14_raw.render(form, rng, out)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp) / "source.pdf"
            if family == "tiff_dither":
                use_lua = h14_lua.available() and (turn % 2 == 0 or not h14_abiword.available())
                (h14_lua if use_lua else h14_abiword).render(form, rng, source)
                producer = ("lualatex" if use_lua else "abiword") + "+tiff2pdf"
                pages = h14_scan.scan(source, out, rng, "dither")
            elif family == "halftone_scan":
                h14_fop.render(form, rng, source, colour=True)
                producer = "fop+tiff2pdf"
                pages = h14_scan.scan(source, out, rng, "halftone")
            else:
                h14_fop.render(form, rng, source, colour=True)
                producer = "fop+tiff2pdf"
                date = f"{form.year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                pages = h14_scan.scan(source, out, rng, "colour", stamp_date=date)
    return producer, layer, pages


def build(out: Path, seed: int, count: int, families: list[str] | None = None) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    chosen = families or list(FAMILIES)
    missing = [f for f in chosen if not NEEDS[f]()]
    for family in missing:
        print(f"skipped {family}: its producer is not installed", file=sys.stderr)
    written = []
    for number in range(count):
        family = list(FAMILIES)[number % TURN]
        if family not in chosen or family in missing:
            continue
        rng = random.Random(seed * 10007 + number)
        turn = number // TURN
        form = make_form(rng, TEMPLATES[turn % len(TEMPLATES)])
        pdf = out / f"h14-{number:03d}-{family}.pdf"
        producer, layer, pages = draw(family, form, rng, pdf, turn)
        truth = form.truth(family, producer, layer)
        truth["pages"] = pages or page_count(pdf)
        pdf.with_name(pdf.stem + ".truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), "utf-8")
        written.append(pdf)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--families", help="comma-separated subset of: " + ", ".join(FAMILIES))
    args = parser.parse_args()
    families = args.families.split(",") if args.families else None
    unknown = [f for f in families or [] if f not in FAMILIES]
    if unknown:
        parser.error(f"unknown families: {', '.join(unknown)}")
    paths = build(args.out, args.seed, args.count, families)
    print(f"{len(paths)} PDFs in {args.out}")


if __name__ == "__main__":
    main()
