"""Clean scans of text-layer forms: the OCR layout's own loss, apart from any scan damage (issue #12,
twenty-seventh round, h32/f-ocrlayout).

    PYTHONPATH=tests nice .venv/bin/python bench/clean_scans.py build DIR [--seed 2732] [--families 3]
    PYTHONPATH=tests nice .venv/bin/python bench/clean_scans.py score DIR --part tuning|heldout [--layer scan]
        [--only SOURCE,SOURCE] [--misses] [--records OUT]

`build` makes text-layer forms of many layout families (the burned held-out generators' text families, three
drawn per generator among those whose producer is installed, one form each; the tuning generators of tests/fixturegen, three forms each; since the twenty-eighth
round the twenty-seventh round's text layouts, `t_ocrlayouts`, twelve forms, and nine more kept aside; since the
twenty-ninth the twenty-eighth round's, `t_ocrlayouts29`, as many) into DIR/text,
and rasterises every page of each to a clean grey 200 dpi image-only PDF (pdftoppm, then Pillow: no noise, no
skew) into DIR/scan with the same truth sidecar. `score` extracts both copies (entities off) and prints core
fields and section precision / recall per source and family on the tuning part, the total only on the held-out
part: the gap between the two layers is what OCR'd words lose in the layout, not in the pixels.

A third of the sources are held out, drawn below by a fixed seed before any result was seen (HELD_OUT): score
them in aggregate only (`--misses` and `--records` refuse that part).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH.parent / "tests"), str(BENCH)]

from layout_scoring import Scores  # noqa: E402

DPI = 200
# The burned held-out generators' text-layer families (form fields, OCR sandwiches, broken fonts and scans left out).
HELDOUT_TEXT = {
    "h6": "word_table fpdf_stacked fpdf_caps_table receipt_grid receipt_stacked platypus_ruled word_runin",
    "h7": "calc_sheet writer_tabs mail_print twoup",
    "h8": "raw_right raw_cards groff_tbl groff_runin",
    "h10": "weasy_cards weasy_flex xhtml_inline cairo_abs",
    "h11": "tex_table tex_headings mupdf_story mupdf_cards",
    "h12": "draw_frames impress_slides mpl_canvas ps_widthshow",
    "h13": "typst_grid wk_table typst_stacked wk_dl",
    "h14": "fop_table lua_fontspec abiword_rtf typewriter_fill tj_layers",
    "h15": "chromium_css glyph_runs case_print hidden_ink",
    "h16": "svg_rsvg xobject_answers line_printer css_controls",
    "h17": "pdftex_plain docx_tabs scrambled_order css_areas_dl",
    "h18": "fieldset_before a2ps_twoup tj_kerning mainframe_xshow",
    "h19": "typewriter_overstrike glyphs_shuffled incremental_update",
    "h20": "ms_boxed cff_scrambled css_columns qpdf_flattened cairosvg_words",
    "h21": "mom_runin type42_ps pdfa_fodt clip_outlines dvips_latex",
    "h22": "pango_view type3_bitmap pandoc_odt eps_ashow enscript_columns",
    "h23": "tcpdf_html pdfapi2_tabs jspdf_boxes pdfbox_numbered prawn_bands",
    "h24": "htmldoc_table haru_caption qt_sidebar pdfmake_cells dompdf_inline",
    "h25": "podofo_office itext_help pdflib_legend texttopdf_plain pdfkit_pairs",
}
TURNS = {"h6": 9, "h7": 8, "h8": 6, "h10": 8, "h11": 8, "h12": 8, "h13": 8}  # families per turn; 8 elsewhere
# The tuning generators of tests/fixturegen (module, builder, seed): three forms each, the families in turn.
TUNING = {
    "t_families": ("fixturegen.families", "build_layout_corpus", 1),
    "t_layout10": ("fixturegen.layout10", "build_layout10_corpus", 1),
    "t_boxforms": ("fixturegen.boxforms", "build_box_forms", 28),
    "t_gridbands": ("fixturegen.gridbands", "build_grid_bands", 29),
    "t_capslabels": ("fixturegen.capslabels", "build_caps_corpus", 1),
    "t_cells7": ("fixturegen.cells7", "build_cells7_corpus", 1),
}
TUNING_COUNT = 3
# Added in the twenty-eighth round (h33/f-ocrlayout): the layouts text layers learnt to read in the twenty-seventh
# (a label small under its rule or frame, comb fields, labels flush right against a rule down the page), one seed
# for tuning and one kept aside (module, builder, seed, count). Added after the draw below, which they leave as it
# was.
ADDED = {
    "t_ocrlayouts": ("fixturegen.marginrule", "build_ocr_layout_forms", 28, 12),
    "t_ocrlayouts_kept": ("fixturegen.marginrule", "build_ocr_layout_forms", 2801, 9),
    # Twenty-ninth round (h34/f-ocrlayout): the twenty-eighth forms' three layouts (help text under labels, a legend
    # in a frame's top line, writing lines with tick boxes), `fixturegen.legendlines`.
    "t_ocrlayouts29": ("fixturegen.legendlines", "build_ocr_layout29_forms", 29, 12),
    "t_ocrlayouts29_kept": ("fixturegen.legendlines", "build_ocr_layout29_forms", 2901, 9),
}
DRAWN = sorted(HELDOUT_TEXT) + sorted(TUNING)
SOURCES = DRAWN + sorted(ADDED)
# Drawn once, before any clean scan was built or scored: a third of the sources, never read case by case.
HELD_OUT = sorted(random.Random(2732).sample(DRAWN, len(DRAWN) // 3) + ["t_ocrlayouts_kept", "t_ocrlayouts29_kept"])


def part_of(source: str) -> str:
    return "heldout" if source in HELD_OUT else "tuning"


def build_source(source: str, out: Path, seed: int, families: int) -> list[Path]:
    """The text-layer PDFs (with truth sidecars) of one source in `out`."""
    out.mkdir(parents=True, exist_ok=True)
    if source in TUNING or source in ADDED:
        import importlib

        module, builder, tuning_seed, count = ADDED.get(source) or (*TUNING[source], TUNING_COUNT)
        return list(getattr(importlib.import_module(module), builder)(out, count, tuning_seed))
    script = BENCH / f"heldout{source[1:]}_forms" / "build.py"
    command = [sys.executable, str(script), "--out", str(out), "--seed", str(seed)]
    command += ["--count", str(TURNS.get(source, 8)), "--families", ",".join(HELDOUT_TEXT[source].split())]
    subprocess.run(command, check=False, cwd=BENCH.parent, capture_output=True, text=True, timeout=1800)
    first: dict[str, Path] = {}  # family -> its first form; the families whose producer is not installed are absent
    for pdf in sorted(out.glob("*.pdf")):
        truth = pdf.with_name(pdf.stem + ".truth.json")
        if truth.exists():
            first.setdefault(json.loads(truth.read_text("utf-8"))["variant"], pdf)
    chosen = random.Random(f"{seed}-{source}").sample(sorted(first), min(families, len(first)))
    for path in list(out.iterdir()):
        if not any(path.name.startswith(first[f].stem + ".") for f in chosen):
            shutil.rmtree(path) if path.is_dir() else path.unlink()
    return sorted(first[f] for f in chosen)


def rasterise(pdf: Path, target: Path) -> None:
    """Every page of `pdf` as a clean grey DPI image, one image-only PDF (no noise, no skew)."""
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-gray", "-r", str(DPI), "-png", str(pdf), f"{tmp}/p"], check=True)
        pages = [Image.open(p).convert("L") for p in sorted(Path(tmp).glob("p-*.png"))]
        pages[0].save(target, save_all=True, append_images=pages[1:], resolution=DPI, quality=95)
    shutil.copy(pdf.with_name(pdf.stem + ".truth.json"), target.with_name(target.stem + ".truth.json"))


def build(folder: Path, seed: int, families: int) -> None:
    for source in SOURCES:
        text = folder / "text" / source
        if text.exists():
            continue
        pdfs = build_source(source, text, seed, families)
        (folder / "scan" / source).mkdir(parents=True, exist_ok=True)
        for pdf in pdfs:
            rasterise(pdf, folder / "scan" / source / pdf.name)
        print(f"{source}: {len(pdfs)} forms")


def score(folder: Path, part: str, layers: list[str], only: list[str], misses: bool, records: Path | None) -> None:
    from bilagor.extractor import extract_report

    sources = [s for s in SOURCES if part_of(s) == part and (not only or s in only)]
    rows: dict[str, dict[str, Scores]] = {layer: defaultdict(Scores) for layer in layers}
    totals = {layer: Scores() for layer in layers}
    for source in sources:
        for layer in layers:
            for pdf in sorted((folder / layer / source).glob("*.pdf")):
                truth = json.loads(pdf.with_name(pdf.stem + ".truth.json").read_text("utf-8"))
                try:
                    record = extract_report(pdf, entities=False).to_dict()
                except Exception as error:  # a crash scores as an empty record, as the held-out scorers do
                    print(f"raised on {source}/{pdf.name}: {type(error).__name__}", file=sys.stderr)
                    record = {name: None for name in truth} | {"sections": []}
                if records is not None:
                    (records / layer / source).mkdir(parents=True, exist_ok=True)
                    (records / layer / source / (pdf.stem + ".json")).write_text(
                        json.dumps(record, ensure_ascii=False, indent=1), "utf-8"
                    )
                totals[layer].add(f"{source}/{pdf.name}", record, truth)
                rows[layer][f"{source}/{truth['variant']}"].add(f"{source}/{pdf.name}", record, truth)
    header = f"{'':34} {'docs':>4}" + "".join(f" {layer + ' core':>10} {'P':>6} {'R':>6}" for layer in layers)

    def line(name: str, by_layer: list[Scores]) -> str:
        cells = "".join(f" {s.core:10.3f} {s.section_precision:6.3f} {s.section_recall:6.3f}" for s in by_layer)
        return f"{name:34} {by_layer[0].documents:4d}" + cells

    print(header)
    if part == "tuning":
        for name in sorted(rows[layers[0]]):
            print(line(name, [rows[layer][name] for layer in layers]))
    print(line(f"all ({part}, {len(sources)} sources)", [totals[layer] for layer in layers]))
    if misses:
        for layer in layers:
            for what, names in sorted(totals[layer].misses.items()):
                print(f"  {layer} {what}: {' '.join(names)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    build_cmd = commands.add_parser("build")
    build_cmd.add_argument("folder", type=Path)
    build_cmd.add_argument("--seed", type=int, default=2732)
    build_cmd.add_argument("--families", type=int, default=3, help="text families drawn per held-out generator")
    score_cmd = commands.add_parser("score")
    score_cmd.add_argument("folder", type=Path)
    score_cmd.add_argument("--part", choices=("tuning", "heldout"), required=True)
    score_cmd.add_argument("--layer", choices=("both", "scan", "text"), default="both")
    score_cmd.add_argument("--only", default="", help="comma-separated sources")
    score_cmd.add_argument("--misses", action="store_true")
    score_cmd.add_argument("--records", type=Path, help="write each extracted record here (tuning part only)")
    args = parser.parse_args()
    if args.command == "build":
        build(args.folder, args.seed, args.families)
        return
    if args.part == "heldout" and (args.misses or args.records or args.only):
        parser.error("the held-out part is scored in aggregate only")
    layers = ["text", "scan"] if args.layer == "both" else [args.layer]
    only = [s for s in args.only.split(",") if s]
    score(args.folder, args.part, layers, only, args.misses, args.records)


if __name__ == "__main__":
    main()
