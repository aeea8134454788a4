"""Check a built set against its own PDFs, WITHOUT the extractor: does each truth answer appear in the
PDF's text layer or its form-field values? Run it on a seed that is NOT the scored one.

    .venv/bin/python bench/heldout7_forms/check.py DIR

Text-layer and form-field families must hold every answer's words in order (a two-column page drawn
line by line interleaves label and answer lines; whole-string hits are counted too); an OCR layer is
reported as the share of answer words found; an image-only scan must have no text at all.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout7_forms.content import normalise  # noqa: E402


def page_text(pdf: Path) -> str:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        parts = []
        for page in doc:
            textpage = page.get_textpage()
            parts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(parts)
    finally:
        doc.close()


def field_values(pdf: Path) -> list[str]:
    """The /V of every AcroForm field (what the applicant typed), decoded."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    with pdf.open("rb") as handle:
        doc = PDFDocument(PDFParser(handle))
        form = resolve1(doc.catalog.get("AcroForm"))
        if not form:
            return []
        values = []
        for ref in resolve1(form.get("Fields", [])):
            value = resolve1(resolve1(ref).get("V"))
            if isinstance(value, bytes):
                values.append(decode_text(value))
        return values


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def in_order(needle: list[str], hay: list[str]) -> bool:
    """Every word of the answer, in order, in the text (columns interleaved line by line still pass)."""
    it = iter(hay)
    return all(any(word == h for h in it) for word in needle)


def check(folder: Path) -> Counter:
    counts: Counter = Counter()
    for path in sorted(folder.glob("*.pdf")):
        truth = json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))
        family = truth["variant"]
        text = normalise(page_text(path))
        if family == "scan_image":
            counts["image: no text"] += not text.strip()
            counts["image: docs"] += 1
            continue
        haystack = text + " " + " ".join(normalise(v) for v in field_values(path))
        if family == "scan_ocr":
            found = set(words(haystack))
            for s in truth["sections"]:
                w = words(s["text"])
                counts["ocr: answer words"] += len(w)
                counts["ocr: found"] += sum(x in found for x in w)
            continue
        for field in ("title", "project"):
            counts[f"{family}: {field} found"] += normalise(truth[field]) in haystack
            counts[f"{family}: {field} total"] += 1
        hay = words(haystack)
        for s in truth["sections"]:
            counts[f"{family}: answers found whole"] += normalise(s["text"]) in haystack
            ok = in_order(words(s["text"]), hay)
            counts[f"{family}: answers found in order"] += ok
            counts[f"{family}: answers"] += 1
            if not ok:
                print(f"  missing in {path.name}: {s['key']}: {s['text'][:80]!r}")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    for key, value in sorted(check(args.folder).items()):
        print(f"{key:40} {value}")


if __name__ == "__main__":
    main()
