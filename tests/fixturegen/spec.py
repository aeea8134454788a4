"""The one description every fixture PDF is rendered from, and its truth.

A `ReportSpec` holds the content (title, rows of label/text) and the layout
choices (fonts, page size, columns, borders, headers). `truth()` turns a spec
plus the pages its sections landed on into the expected record fields.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

PLACEHOLDER = "Klicka här för att ange text."
NBSP = "\u00a0"

# Row styles: a label/value pair of the two-column form, a heading line above
# its text (one-column layouts, numbered application sections), or a stage
# marker alone in the value column.
FIELD, HEADING, MARKER = "field", "heading", "marker"


@dataclass
class Row:
    label: str  # as printed; "\n" forces a label line break
    text: str  # value; "\n" forces a line break, a blank line starts a paragraph
    key: str | None  # canonical section key or slug; None for a stage marker
    style: str = FIELD
    # Which label line the value's first line shares: 0 = the first, 1 = the
    # second, -1 = the value starts below the whole label.
    value_offset: int = 0
    # A line under the row's picture (a caption or a file name), part of the answer.
    caption: str | None = None


@dataclass
class Layout:
    font: str = "helvetica"  # helvetica | times | courier | dejavu-sans | dejavu-serif
    size: float = 11.0
    page: str = "A4"  # A4 | Letter
    margins: tuple[float, float, float, float] = (70.0, 70.0, 60.0, 70.0)  # left, top, right, bottom (pt)
    label_width: float = 130.0  # pt, two-column label column
    column_gap: float = 12.0
    leading: float = 1.25  # line height as a multiple of the font size
    borders: bool = False
    label_bold: bool = False
    one_column: bool = False  # every field row drawn as a heading above its text
    heading_larger: bool = False  # headings larger instead of bold
    hyphenate: bool = False
    justify: bool = False  # value lines justified, drawn word by word
    pictures: bool = False  # a photo under "Bilder före/efter"
    title_size: float = 14.0
    header: list[str] = field(default_factory=list)  # running header lines (left, right ...)
    footer: str | None = None  # None | "sida" ("Sida 1 (2)") | "number"
    # Layout families (see families.py): the application's header fields as a grid of
    # label | value | label | value; label cells too narrow for their words (broken
    # mid-word, no hyphen); every field as "Label: answer" on full-width lines; the
    # running header's last part written differently after page 1.
    grid: bool = False
    narrow_labels: bool = False
    inline: bool = False
    header_continued: str | None = None
    header_size: float | None = None  # None: small print (8.5 pt)
    # Tuning family of issue #12 (capslabels.py): labels in capitals and/or at their own size,
    # centred on their answer; the first rows drawn as a header grid of N pairs per grid row.
    label_caps: bool = False
    label_size: float | None = None  # None: the body size
    label_centred: bool = False
    header_grid: tuple[int, ...] = ()
    # Sixth round (capsgrid6.py): wrapped label lines at the answers' leading, not their own size's;
    # the first rows as a header table with columns of its own (N pairs per table row, equal
    # pairs, the label cell this share of a pair; a lone pair's label cell this wide), drawn
    # with rules "none", "vertical" (between cells only) or "box".
    label_at_body_leading: bool = False
    header_table: tuple[int, ...] = ()
    header_label_share: float = 0.35
    header_single_label: float = 110.0
    header_rules: str = "none"


@dataclass
class ReportSpec:
    name: str  # file stem
    variant: str
    producer: str  # fpdf2 | reportlab
    title: str  # as printed; "\n" forces a line break
    rows: list[Row]
    layout: Layout
    form_kind: str
    appendix: str | None
    year: int | None
    district: str | None
    stage: str | None
    project: str | None = None  # None: the projektnamn/insats row's text
    location: str | None = None  # None: the plats row's text
    amounts: list[dict] = field(default_factory=list)  # {text, sek, approx, role, section}
    organisations: list[str] = field(default_factory=list)  # canonical names


def normalise(text: str) -> str:
    """Whitespace runs (NBSP included) to one space, as the truth stores text."""
    return " ".join(text.replace(NBSP, " ").split())


def slug(label: str) -> str:
    """Key of an unknown label: lowercase ASCII, å/ä->a, ö->o, underscores."""
    text = normalise(label).lower()
    text = text.replace("å", "a").replace("ä", "a").replace("ö", "o").replace("é", "e")
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


def section_text(row: Row) -> str:
    text = "" if normalise(row.text) == PLACEHOLDER else normalise(row.text)
    return normalise(f"{text} {row.caption}") if row.caption else text


def truth(spec: ReportSpec, section_pages: list[int], pages: int) -> dict:
    """Expected record fields; section_pages[i] is where section row i starts."""
    from bilagor.extractor import districts

    sections = []
    rows = [r for r in spec.rows if r.key is not None]
    for row, page in zip(rows, section_pages, strict=True):
        sections.append({"key": row.key, "label": normalise(row.label), "text": section_text(row), "page": page})
    by_key = {s["key"]: s["text"] for s in sections}
    project = spec.project if spec.project is not None else (by_key.get("projektnamn") or by_key.get("insats"))
    location = spec.location if spec.location is not None else by_key.get("plats")
    return {
        "title": normalise(spec.title),
        "form_kind": spec.form_kind,
        "appendix": spec.appendix,
        "year": spec.year,
        "district": spec.district,
        "district_today": districts.today(spec.district) if spec.district else None,
        "project": project,
        "location": location,
        "stage": spec.stage,
        "sections": sections,
        "amounts": spec.amounts,
        "organisations": sorted(set(spec.organisations)),
        "pages": pages,
        "variant": spec.variant,
        "producer": spec.producer,
        "layout": _layout_fields(spec.layout),
    }


FAMILY_FIELDS = (
    "grid",
    "narrow_labels",
    "inline",
    "header_continued",
    "header_size",
    "label_caps",
    "label_size",
    "label_centred",
    "header_grid",
    "label_at_body_leading",
    "header_table",
    "header_label_share",
    "header_single_label",
    "header_rules",
)


def _layout_fields(layout: Layout) -> dict:
    """The layout choices; a layout family's fields only where used (older truth files stay as they were)."""
    fields = asdict(layout)
    defaults = asdict(Layout())
    return {k: v for k, v in fields.items() if k not in FAMILY_FIELDS or v != defaults[k]}


# The record fields a fixture's truth is compared on, field by field (tests and bench/).
RECORD_FIELDS = (
    "title",
    "form_kind",
    "appendix",
    "year",
    "district",
    "district_today",
    "project",
    "location",
    "stage",
    "pages",
)
