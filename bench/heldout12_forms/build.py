"""Build the twelfth held-out form set (a seventh independent generator): PDFs and their truth sidecars.

    .venv/bin/python bench/heldout12_forms/build.py --out DIR --seed N --count K [--families a,b]

Families, by producer or construction (none used by the fifth to eleventh generators), drawn in turn (h12-000 the
first, h12-007 the eighth, h12-008 the first again):
`draw_frames` (LibreOffice Draw: a flat ODF drawing written as XML, a text frame per label and per answer placed
anywhere on the page, exported by `soffice --headless`); `impress_slides` (LibreOffice Impress: the same frames on
landscape presentation pages); `mpl_canvas` (matplotlib's PDF backend: each line a figure text in an embedded
TrueType font, justified lines set word by word); `ps_widthshow` (PostScript written by hand, Helvetica re-encoded
to Latin-1 by the program, justified lines by `widthshow`, distilled by Ghostscript's ps2pdf); `crypt_sideways`
(the matplotlib pages turned into form XObjects drawn sideways on landscape pages that /Rotate 90 or 270 turns
upright, encrypted with an owner password only, AES-128 or AES-256, copying sometimes not permitted; pikepdf);
and image-only, from the PostScript pages rendered by Ghostscript and written into a PDF by hand: `bleed_jpx`
(300 dpi greyscale, the reverse side showing through, JPEG 2000), `strip_scan` (240 dpi colour, a sticky note
on the margin, each page stored as image strips), `cmyk_flip` (200 dpi CMYK JPEG from a copier, a red stamp, each
image stored upside down under /Rotate 180). Three families in eight are image-only.
Layouts vary per form: labels beside their answers (left- or right-aligned, rules under rows, boxes or none),
above them, or inline "Label: answer"; an application's header fields as a grid of boxed cells, 2-3 a row;
forms of one to three pages with answers split over page breaks, running header "Bilaga N" and Dnr, footers
"Sida x (y)", "Sida x av y" or "x/y"; landscape now and then; a drawn logo.
A file is in the keep half when its number // 8 is even (score.py). A family whose producer is missing is
skipped with a note. The generator's own tools (LibreOffice Draw and Impress, pikepdf) are not project
dependencies. Writes <name>.pdf and <name>.truth.json.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import h12_crypt  # noqa: E402
import h12_odf  # noqa: E402
import h12_ps  # noqa: E402
import h12_scans  # noqa: E402
from h12_content import Form, make_form  # noqa: E402
from h12_layout import Page, Style, layout, style_for  # noqa: E402

FAMILIES = (
    "draw_frames",
    "impress_slides",
    "mpl_canvas",
    "ps_widthshow",
    "crypt_sideways",
    "bleed_jpx",
    "strip_scan",
    "cmyk_flip",
)
PRODUCER = {
    "draw_frames": ("libreoffice-draw", "text"),
    "impress_slides": ("libreoffice-impress", "text"),
    "mpl_canvas": ("matplotlib", "text"),
    "ps_widthshow": ("ghostscript-ps2pdf", "text"),
    "crypt_sideways": ("matplotlib+pikepdf", "text"),
    "bleed_jpx": ("ghostscript+hand-pdf-jpx", "image"),
    "strip_scan": ("ghostscript+hand-pdf-strips", "image"),
    "cmyk_flip": ("ghostscript+hand-pdf-cmyk", "image"),
}


def _lo_module_present() -> bool:
    """Draw and Impress are packages of their own (libreoffice-draw/-impress); Writer alone cannot open a drawing."""
    exe = h12_odf.soffice()
    if not exe:
        return False
    program = Path(exe).resolve().parent
    return any((d / "libsdlo.so").exists() for d in (program, Path("/usr/lib/libreoffice/program")))


def _matplotlib() -> bool:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return False
    return True


def missing(family: str) -> str | None:
    """Why `family` cannot be built here, or None."""
    if family in ("draw_frames", "impress_slides") and not _lo_module_present():
        return "LibreOffice Draw/Impress (soffice with libsdlo) not installed"
    if family in ("mpl_canvas", "crypt_sideways") and not _matplotlib():
        return "matplotlib not installed"
    if family == "crypt_sideways" and not h12_crypt.available():
        return "pikepdf not installed"
    if family in ("ps_widthshow", "bleed_jpx", "strip_scan", "cmyk_flip") and not (
        shutil.which("gs") and shutil.which("ps2pdf")
    ):
        return "Ghostscript (gs, ps2pdf) not installed"
    return None


def _style(family: str, rng: random.Random, form: Form) -> Style:
    if family == "draw_frames":
        return style_for(rng, rng.choice(["sans", "serif"]), form, landscape=False)
    if family == "impress_slides":
        return style_for(
            rng, rng.choice(["dejavu", "sans"]), form, landscape=True, grid_header=form.form_kind == "ansokan"
        )
    if family in ("mpl_canvas", "crypt_sideways"):
        return style_for(
            rng, rng.choice(["dejavu", "serif"]), form, landscape=family == "mpl_canvas" and rng.random() < 0.25
        )
    return style_for(rng, "sans", form)  # PostScript Helvetica (Liberation Sans has its widths)


def _form(seed: int, number: int) -> tuple[random.Random, Form]:
    rng = random.Random(f"h12-{seed}-{number}")
    return rng, make_form(rng, long_project=rng.random() < 0.3, long_text=rng.random() < 0.35)


def build_one(family: str, out: Path, seed: int, number: int, work: Path, odf_queue: list[Path]) -> tuple[Path, dict]:
    """Draw form `number` as `family`; returns the PDF path (for Draw/Impress still to be converted) and its truth."""
    rng, form = _form(seed, number)
    style = _style(family, rng, form)
    pages = layout(form, style)
    name = f"h12-{number:03d}-{family}"
    pdf = out / f"{name}.pdf"
    scratch = Path(tempfile.mkdtemp(dir=work))
    if family in ("draw_frames", "impress_slides"):
        kind, ext = ("drawing", ".fodg") if family == "draw_frames" else ("presentation", ".fodp")
        src = work / f"{name}{ext}"
        src.write_text(h12_odf.document(pages, style.face, kind), encoding="utf-8")
        odf_queue.append(src)
    elif family == "mpl_canvas":
        import h12_mpl

        h12_mpl.write_pdf(pages, pdf, style.face)
    elif family == "crypt_sideways":
        import h12_mpl

        plain = scratch / "plain.pdf"
        h12_mpl.write_pdf(pages, plain, style.face)
        h12_crypt.sideways_encrypted(plain, pdf, rng)
    elif family == "ps_widthshow":
        h12_ps.write_pdf(pages, pdf)
    else:
        _scan(family, pages, style, rng, seed, number, scratch, pdf)
    producer, layer = PRODUCER[family]
    return pdf, form.truth(family, producer, layer, len(pages))


def _scan(
    family: str, pages: list[Page], style: Style, rng: random.Random, seed: int, number: int, scratch: Path, pdf: Path
) -> None:
    if family == "bleed_jpx":
        fronts = h12_ps.render(pages, scratch, 300)
        # the reverse side: another form printed on the back of the sheet
        back_rng, back_form = _form(seed + 7919, number)
        back_dir = scratch / "back"
        back_dir.mkdir()
        backs = h12_ps.render(layout(back_form, style_for(back_rng, "sans", back_form)), back_dir, 300)
        h12_scans.bleed_jpx(fronts, backs, rng, pdf)
    elif family == "strip_scan":
        h12_scans.strip_scan(h12_ps.render(pages, scratch, 240, "png16m"), rng, pdf, style.margin)
    else:
        h12_scans.cmyk_flip(h12_ps.render(pages, scratch, 200, "png16m"), rng, pdf)


def build(
    out: Path, seed: int, count: int, families: tuple[str, ...] = FAMILIES, note: Callable[[str], None] = print
) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    skipped = {f: why for f in families if (why := missing(f))}
    for family, why in skipped.items():
        note(f"skipped {family}: {why}")
    made: list[tuple[Path, dict]] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        queue: list[Path] = []
        for number in range(count):
            family = families[number % len(families)]
            if family in skipped:
                continue
            made.append(build_one(family, out, seed, number, work, queue))
        if queue:
            h12_odf.convert(queue, out, work / "lo-profile")
    written = []
    for pdf, truth in made:
        if not pdf.exists():
            note(f"not written: {pdf.name}")
            continue
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
    parser.add_argument("--families", help=f"comma-separated, of: {', '.join(FAMILIES)}")
    args = parser.parse_args()
    families = tuple(args.families.split(",")) if args.families else FAMILIES
    unknown = [f for f in families if f not in FAMILIES]
    if unknown:
        parser.error(f"unknown families: {', '.join(unknown)}")
    start = time.perf_counter()
    written = build(args.out, args.seed, args.count, families)
    print(f"{len(written)} PDFs in {args.out} ({time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()
