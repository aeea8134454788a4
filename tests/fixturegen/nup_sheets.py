"""Tuning set for n-up scans: a form's pages reduced and scanned several on one sheet.

Takes built forms (PDF + truth sidecar, e.g. a burned generator's output) and scans each one's pages onto
A4 sheets laid out 2 x 1 (landscape), 1 x 2 (portrait, pages turned 90°), 2 x 2, or 2 x 2 with one page
turned on the sheet; at 150-300 dpi, grey or colour, each cell a little uneven in size and place, the sheet
turned slightly, a gutter's shadow down the fold, empty cells blank; `two_by_two_upper_row` holds only the
first page or two on each sheet (a form that ran out before the sheet's lower row); `four_cut` is a copier's
four pages on one sheet cut into quarters: each page filling its quarter (A4 on A6), turned by up to a degree on
its own, dashed cut marks between the quarters, no fold. The `*_across` layouts print three or four pages side by
side on one wide sheet (A4 or A3 landscape, or a strip three A5 pages wide), at 0.47 to 0.67 of their size, with
solid rules or dashed cut marks down the gutters or neither; a two-page form leaves the last cells blank. The
`landscape_columns*` layouts are no n-up sheets but their look-alikes: the form drawn anew on landscape pages, its
labels in a narrow column beside their answers, wide gutters, one or two pairs of columns, ruled or not
(landscape_columns), each page scanned alone. The truth is the source's (the same document, other paper), its variant
the layout's name.

    python -m tests.fixturegen.nup_sheets SOURCE_DIR OUT_DIR [--seed N] [--layouts NAME ...]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import tempfile
from pathlib import Path
from typing import NamedTuple

from . import landscape_columns
from .sheet_wear import worn

A4 = (595.0, 842.0)  # pt, portrait
A3 = (842.0, 1191.0)
STRIP = (595.0, 3 * 420.0)  # three A5 pages' width: a wide sheet fed through a large-format scanner


class Layout(NamedTuple):
    landscape: bool  # the sheet
    cols: int
    rows: int
    turn_all: bool  # every page turned 90° on the sheet
    turned: int | None  # index of one page turned 90° on the sheet
    most: int | None  # pages on a sheet at most (None: every cell)
    cut_marks: bool = False  # dashed lines between the cells, the pages filling them, no fold's shadow
    page_tilt: float = 0.0  # each page turned on its own by up to this many degrees
    paper: tuple[float, float] = A4  # the sheet's short and long side, pt
    rules: bool = False  # a solid line down each gutter (a print shop's n-up), the pages not filling their cells
    label_pairs: int = 0  # pages drawn anew, landscape, this many label and answer column pairs across (0: the form's)
    quarter: tuple[int, ...] = ()  # each cell's page turned this many degrees (counter-clockwise; the sheet's sign
    # drawn at random); beyond the tuple, as the last
    crease: bool = False  # a fold's crease across the sheet (sheet_wear)
    stain: bool = False  # a coffee cup's ring on the sheet (sheet_wear)
    dark_ring: bool = False  # the ring dried to a sharp dark grey rim (sheet_wear)
    jpeg: int = 85  # JPEG quality of the stored sheet


LAYOUTS = {
    "two_by_one": Layout(True, 2, 1, False, None, None),
    "one_by_two": Layout(False, 1, 2, True, None, None),
    "two_by_two": Layout(False, 2, 2, False, None, None),
    "two_by_two_turned": Layout(False, 2, 2, False, 1, None),
    "two_by_two_upper_row": Layout(False, 2, 2, False, None, 2),
    "four_cut": Layout(False, 2, 2, False, None, None, cut_marks=True, page_tilt=1.0),
    "three_across": Layout(True, 3, 1, False, None, None, paper=A3),
    "three_across_a4": Layout(True, 3, 1, False, None, None),
    "three_across_ruled": Layout(True, 3, 1, False, None, None, paper=STRIP, rules=True),
    "three_across_cut": Layout(True, 3, 1, False, None, None, cut_marks=True, page_tilt=1.0, paper=A3),
    "four_across": Layout(True, 4, 1, False, None, None, paper=A3),
    "four_across_ruled": Layout(True, 4, 1, False, None, None, paper=A3, rules=True),
    "landscape_columns": Layout(True, 1, 1, False, None, None, label_pairs=1),
    "landscape_columns_ruled": Layout(True, 1, 1, False, None, None, rules=True, label_pairs=1),
    "landscape_two_pairs": Layout(True, 1, 1, False, None, None, label_pairs=2),
    "landscape_two_pairs_ruled": Layout(True, 1, 1, False, None, None, rules=True, label_pairs=2),
}
# Each page turned a quarter on the sheet (h27/f-quarter): two pages (portrait sheet: one above the other; landscape
# sheet: side by side) turned the same way, opposite ways, or one of them; four on a portrait sheet; with a crease,
# a coffee ring and a low JPEG quality, or without.
LAYOUTS.update(
    {
        "quarter_same": Layout(False, 1, 2, False, None, None, quarter=(90, 90), crease=True, stain=True, jpeg=25),
        "quarter_opposite": Layout(False, 1, 2, False, None, None, quarter=(90, -90), crease=True, jpeg=30),
        "quarter_one": Layout(False, 1, 2, False, None, None, quarter=(90, 0), stain=True, jpeg=25),
        "quarter_clean": Layout(False, 1, 2, False, None, None, quarter=(90, 90)),
        "quarter_landscape": Layout(True, 2, 1, False, None, None, quarter=(90, 90), crease=True, stain=True, jpeg=25),
        "quarter_four": Layout(False, 2, 2, False, None, None, quarter=(90,), stain=True, jpeg=30),
        # h28/f-scans: a dried ring alone (a sharp dark grey rim), no crease, a middling JPEG, the ring beside the
        # text or over it; and the same with the crease
        "quarter_ring": Layout(False, 1, 2, False, None, None, quarter=(90, 90), stain=True, dark_ring=True, jpeg=40),
        "quarter_ring_crease": Layout(
            False, 1, 2, False, None, None, quarter=(90, -90), crease=True, stain=True, dark_ring=True, jpeg=30
        ),
    }
)
RING_LAYOUTS = ("quarter_ring", "quarter_ring_crease")  # turned pages under a dried coffee ring


def build_quarter_ring_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` forms of the layout families (most one page: the sheet's lower cell blank) scanned as two pages turned
    a quarter on a portrait sheet under a coffee ring (RING_LAYOUTS in turn)."""
    from .families import build_layout_corpus

    with tempfile.TemporaryDirectory() as tmp:
        build_layout_corpus(tmp, count, seed)
        return build(Path(tmp), Path(out_dir), seed, list(RING_LAYOUTS))


def page_images(pdf: Path, folder: Path, dpi: int = 200) -> list:
    """The PDF's pages as grey PIL images (pdftoppm)."""
    from PIL import Image

    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(folder / "p")], check=True)
    return [Image.open(p).convert("L") for p in sorted(folder.glob("p-*.png"), key=lambda p: int(p.stem[2:]))]


def sheet(pages: list, layout: str, rng: random.Random, dpi: int, colour: bool):
    """One scanned sheet (a PIL image) holding `pages` (at most the layout's cell count) in reading order."""
    from PIL import Image, ImageDraw, ImageFilter

    shape = LAYOUTS[layout]
    cols, rows = shape.cols, shape.rows
    width_pt, height_pt = (shape.paper[1], shape.paper[0]) if shape.landscape else shape.paper
    width, height = round(width_pt * dpi / 72), round(height_pt * dpi / 72)
    paper = rng.randint(232, 250)
    canvas = Image.new("L", (width, height), paper)
    cell_w, cell_h = width / cols, height / rows
    sign = 1 if rng.random() < 0.5 else -1  # which way a quarter turn goes on this sheet
    for index, page in enumerate(pages[: cols * rows]):
        col, row = index % cols, index // cols
        if shape.turn_all or index == shape.turned:
            page = page.rotate(90 if rng.random() < 0.5 else -90, expand=True, fillcolor=255)
        elif shape.quarter and shape.quarter[min(index, len(shape.quarter) - 1)]:
            page = page.rotate(sign * shape.quarter[min(index, len(shape.quarter) - 1)], expand=True, fillcolor=255)
        if shape.page_tilt:
            tilt = rng.uniform(-shape.page_tilt, shape.page_tilt)
            page = page.rotate(tilt, resample=Image.Resampling.BICUBIC, fillcolor=255)
        # uneven cells: each page reduced a little differently (a copier's quarters: filled to their edges)
        share = rng.uniform(0.97, 1.0) if shape.cut_marks else rng.uniform(0.88, 0.97)
        fit = min(cell_w * share / page.width, cell_h * share / page.height)
        small = page.resize(
            (max(1, round(page.width * fit)), max(1, round(page.height * fit))), Image.Resampling.LANCZOS
        )
        small = small.point(lambda v, p=paper: min(v, p))
        x = round(col * cell_w + (cell_w - small.width) * rng.uniform(0.3, 0.7))
        y = round(row * cell_h + (cell_h - small.height) * rng.uniform(0.3, 0.7))
        canvas.paste(small, (x, y))
    if shape.rules and cols > 1:  # a solid hairline down the middle of each gutter
        draw = ImageDraw.Draw(canvas)
        for col in range(1, cols):
            draw.line((col * width // cols, 0, col * width // cols, height), fill=90, width=max(1, dpi // 150))
    if shape.cut_marks:  # dashed lines where the sheet is cut into its cells
        draw, dash = ImageDraw.Draw(canvas), round(3 * dpi / 72)
        for col in range(1, cols):
            for y in range(0, height, 2 * dash):
                draw.line((col * width // cols, y, col * width // cols, y + dash), fill=150, width=max(1, dpi // 150))
        for row in range(1, rows):
            for x in range(0, width, 2 * dash):
                draw.line((x, row * height // rows, x + dash, row * height // rows), fill=150, width=max(1, dpi // 150))
    elif cols == 2:  # a fold's shadow down the middle
        shade = Image.new("L", (width, height), 0)
        band = round(rng.uniform(4, 10) * dpi / 72)
        ImageDraw.Draw(shade).rectangle((width // 2 - band, 0, width // 2 + band, height), fill=rng.randint(30, 60))
        shade = shade.filter(ImageFilter.GaussianBlur(band))
        canvas = Image.composite(Image.new("L", (width, height), 0), canvas, shade)
    canvas = canvas.rotate(rng.uniform(-0.7, 0.7), resample=Image.Resampling.BICUBIC, fillcolor=paper)
    canvas = worn(canvas, rng, crease=shape.crease, stain=shape.stain, dark_ring=shape.dark_ring)
    if colour:
        tint = Image.merge("RGB", (canvas, canvas.point(lambda v: v * 0.98), canvas.point(lambda v: v * 0.92)))
        return tint
    return canvas


def build(source: Path, out: Path, seed: int = 24, layouts: list[str] | None = None) -> list[Path]:
    """Every PDF in `source` with a truth sidecar scanned n-up into `out`, `layouts` (all by default) in turn."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    names = layouts or list(LAYOUTS)
    for number, pdf in enumerate(sorted(source.glob("*.pdf"))):
        truth_path = pdf.with_name(pdf.stem + ".truth.json")
        if not truth_path.exists():
            continue
        layout = names[number % len(names)]
        shape = LAYOUTS[layout]
        cols, rows, most = shape.cols, shape.rows, shape.most
        dpi, colour = rng.choice((150, 200, 300)), rng.random() < 0.4
        if (
            shape.cut_marks or cols > 2
        ):  # a quarter's type at 150 dpi is a 75 dpi page's: no copier scan is read at that
            dpi = max(dpi, 200)
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        with tempfile.TemporaryDirectory() as tmp:
            if shape.label_pairs:
                pages = landscape_columns.pages(truth, dpi, rng, shape.label_pairs, shape.rules)
            else:
                pages = page_images(pdf, Path(tmp))
            per = most or cols * rows
            if most:  # one page alone on some sheets: a blank cell beside it as well as the blank row
                per = rng.choice(range(1, most + 1))
            sheets = [sheet(pages[i : i + per], layout, rng, dpi, colour) for i in range(0, len(pages), per)]
            target = out / f"nup-{number:03d}-{layout}.pdf"
            sheets[0].save(target, "PDF", resolution=dpi, save_all=True, append_images=sheets[1:], quality=shape.jpeg)
        truth.update(variant=layout, producer=f"scan {dpi} dpi {'colour' if colour else 'grey'}", layer="image")
        target.with_name(target.stem + ".truth.json").write_text(
            json.dumps(truth, ensure_ascii=False), encoding="utf-8"
        )
        written.append(target)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=24)
    parser.add_argument("--layouts", nargs="+", choices=list(LAYOUTS), help="only these layouts, in turn")
    args = parser.parse_args()
    for path in build(args.source, args.out, args.seed, args.layouts):
        print(path)


if __name__ == "__main__":
    main()
