"""What every producer shares: answer parts (paragraphs and list items), system fonts, pages of sections."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .content import PLACEHOLDER, Form, normalise

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
LIBERATION = Path("/usr/share/fonts/truetype/liberation")
# (regular, bold) TrueType files by family name; a family is used only where its files exist.
FONT_FILES = {
    "DejaVuSans": (DEJAVU / "DejaVuSans.ttf", DEJAVU / "DejaVuSans-Bold.ttf"),
    "DejaVuSerif": (DEJAVU / "DejaVuSerif.ttf", DEJAVU / "DejaVuSerif-Bold.ttf"),
    "DejaVuSansCondensed": (DEJAVU / "DejaVuSansCondensed.ttf", DEJAVU / "DejaVuSansCondensed-Bold.ttf"),
    "LiberationSerif": (LIBERATION / "LiberationSerif-Regular.ttf", LIBERATION / "LiberationSerif-Bold.ttf"),
    "LiberationSans": (LIBERATION / "LiberationSans-Regular.ttf", LIBERATION / "LiberationSans-Bold.ttf"),
}


def fonts_available() -> list[str]:
    return [name for name, files in FONT_FILES.items() if all(f.exists() for f in files)]


@dataclass
class Part:
    kind: str  # "para" | "bullet" | "number"
    text: str
    mark: str = ""  # "1)" for a numbered item


def parts(text: str) -> list[Part]:
    """An answer as paragraphs and list items (one item a line)."""
    out: list[Part] = []
    for block in text.split("\n\n"):
        para: list[str] = []
        for line in block.split("\n"):
            if line.startswith("• "):
                out.append(Part("bullet", line[2:]))
            elif line[:1].isdigit() and line[1:3] == ") ":
                out.append(Part("number", line[3:], line[:2]))
            else:
                para.append(line)
                continue
            if para:  # text before a list in the same block ("Insatsen omfattar:")
                out.insert(len(out) - 1, Part("para", " ".join(para)))
                para = []
        if para:
            out.append(Part("para", " ".join(para)))
    return [p for p in out if p.text.strip()] or [Part("para", "")]


def is_placeholder(text: str) -> bool:
    return normalise(text) == PLACEHOLDER


def header_rows(form: Form) -> list[int]:
    """Indexes of the leading field rows whose answers are short enough for a header block."""
    return [i for i, r in enumerate(form.rows[: form.head]) if r.key and len(r.text) <= 90 and "\n" not in r.text]


def section_pages(pdf: Path, form: Form) -> tuple[int, dict[int, int]]:
    """(pages, row index -> page where its label is printed), found in the text layer, in order."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        texts = []
        for page in doc:
            textpage = page.get_textpage()
            texts.append(normalise(textpage.get_text_range()).lower())
            textpage.close()
            page.close()
    finally:
        doc.close()
    found: dict[int, int] = {}
    page, offset = 0, 0
    for i, row in enumerate(form.rows):
        if row.key is None:
            continue
        words = normalise(row.label).lower().split()[:3]
        probe = " ".join(words)
        hit = None
        for p in range(page, len(texts)):
            at = texts[p].find(probe, offset if p == page else 0)
            if at >= 0:
                hit = (p, at + len(probe))
                break
        if hit:
            page, offset = hit
        found[i] = page + 1
    return len(texts), found
