"""Scans by stage: which image step fires on a page, and how many of the truth's words each one gains or loses
(issue #12, thirty-seventh round, f-scans).

    .venv/bin/python bench/scan_stage_words_42.py FILE.pdf ... [--ablate]

For each file (its `.truth.json` beside it): the truth's words (title and every section's label and text, three
letters or more, lower case, counted with repeats) found in Tesseract's words of the page as rendered (no step at
all: `raw`), and in the OCR path's words (`ocr._recognise`, every step: `all`), with the notes the steps left.
`--ablate` reads the file once more for each step whose note is there, that step switched off (its function made
the identity where read_page_image looks it up): a step whose `off` count is higher than `all` costs words.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

WORD = re.compile(r"\w{3,}")

# A note's start -> the module and function that left it, switched off by returning the page unchanged.
STEPS = {
    "brandskadad": ("burnt_edges", "without_burnt_edges", "pair"),
    "blek eller fläckig": ("faded", "mended", "pair"),
    "blyerts": ("grey_marks", "without_grey_marks", "pair"),
    "blekt lager": ("pale_layer", "without_pale_layer", "pair"),
    "tunt papper": ("show_through", "without_show_through", "pair"),
    "blänk": ("glare", "without_glare", "pair"),
    "vikt papper": ("folds", "without_folds", "pair"),
    "sidan låg i en ram": ("ocr_frame", "without_frame", "pair"),
    "en mörk remsa": ("edge_strip", "without_edge_strips", "pair"),
    "fotograferad sida": ("page_photo", "photographed", "false"),
    "överexponerad": ("overexposed", "without_overexposure", "pair"),
    "tonern": ("toner_band", "without_toner_band", "pair"),
    "vågigt": ("cockle", "without_cockle", "pair"),
    "arket låg utanför": ("edge_strip", "without_side_strips", "pair"),
    "ett förstoringsglas": ("magnifier", "without_magnifier", "pair"),
}


def truth_words(pdf: Path) -> Counter:
    truth = json.loads(pdf.with_suffix(".truth.json").read_text())
    text = [truth.get("title") or ""]
    for section in truth.get("sections", []):
        text += [section.get("label") or "", section.get("text") or ""]
    return Counter(WORD.findall(" ".join(text).lower()))


def found(truth: Counter, words: list[str]) -> int:
    read = Counter(WORD.findall(" ".join(words).lower()))
    return sum(min(count, read[word]) for word, count in truth.items())


def raw_words(pdf: Path, folder: Path) -> list[str]:
    import pypdfium2 as pdfium
    from PIL import Image

    from bilagor.extractor.ocr import render_scale, run_tesseract, words_from_hocr

    words: list[str] = []
    document = pdfium.PdfDocument(str(pdf))
    for index in range(len(document)):
        page = document[index]
        scale = render_scale(*page.get_size())
        grey = page.render(scale=scale, grayscale=True).to_numpy()
        grey = grey.reshape(grey.shape[0], grey.shape[1])
        hocr = run_tesseract(Image.fromarray(grey), folder, f"raw-{index}")
        words += [word.text for word in words_from_hocr(hocr, scale)]
    document.close()
    return words


def path_words(pdf: Path, folder: Path) -> tuple[list[str], list[str]]:
    import pypdfium2 as pdfium

    from bilagor.extractor import ocr

    count = len(pdfium.PdfDocument(str(pdf)))
    pages, notes = ocr._recognise(pdf, list(range(1, count + 1)), None, folder)
    return [word.text for page in pages for word in page.words], notes


def switched_off(module_name: str, name: str, kind: str):
    import importlib

    module = importlib.import_module(f"bilagor.extractor.{module_name}")
    original = getattr(module, name)

    def identity(grey, *args, **kwargs):
        return False if kind == "false" else (grey, False)

    setattr(module, name, identity)
    return module, name, original


def restore(module, name: str, original) -> None:
    setattr(module, name, original)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--ablate", action="store_true")
    args = parser.parse_args()
    totals: Counter = Counter()
    for pdf in args.files:
        truth = truth_words(pdf)
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            raw = found(truth, raw_words(pdf, folder))
            words, notes = path_words(pdf, folder)
            every = found(truth, words)
            print(f"{pdf.name}: truth {sum(truth.values())} raw {raw} all {every}")
            totals.update(truth=sum(truth.values()), raw=raw, all=every)
            fired = sorted({key for note in notes for key in STEPS if key in note})
            for note in notes:
                print(f"    note: {note[:110]}")
            if args.ablate:
                for key in fired:
                    from bilagor.extractor import ocr

                    module, name, original = switched_off(*STEPS[key])
                    imported = getattr(ocr, name, None)  # a step ocr imports at its top is looked up there
                    if imported is original:
                        setattr(ocr, name, getattr(module, name))
                    try:
                        off = found(truth, path_words(pdf, folder)[0])
                    finally:
                        restore(module, name, original)
                        if imported is original:
                            restore(ocr, name, original)
                    print(f"    off {key!r}: {off} ({off - every:+d})")
                    totals[f"off {key}"] += off - every
        sys.stdout.flush()
    print("total:", dict(totals))


if __name__ == "__main__":
    main()
