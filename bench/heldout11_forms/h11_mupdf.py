"""PyMuPDF forms (pip install pymupdf into the generator's venv only).

`mupdf_story`: HTML laid out by MuPDF's Story (tables of label | answer with or without borders, or labels above
their answers; an application's header fields in a grid of two pairs a row; a logo), header and footer stamped
on each page afterwards.
`mupdf_cards`: every line placed by hand with an embedded TrueType font: each field a drawn card with its small
label above the answer, an application's header fields two or three cards a row, answers continued on the next
page where the page ends, landscape pages now and then, footer "Sida x (y)".
"""

from __future__ import annotations

import html
import random
from pathlib import Path

from h11_content import Form, Row

# DejaVu only: Liberation's cmap gives the hyphen glyph U+00AD too, and MuPDF's ToUnicode then reads "-" as a soft
# hyphen, a text-layer fault this family is not about.
_DV = "/usr/share/fonts/truetype/dejavu/"
FONT_FILES = {
    "dejavu": (_DV + "DejaVuSans.ttf", _DV + "DejaVuSans-Bold.ttf"),
    "dejavu_condensed": (_DV + "DejaVuSansCondensed.ttf", _DV + "DejaVuSansCondensed-Bold.ttf"),
    "dejavu_serif": (_DV + "DejaVuSerif.ttf", _DV + "DejaVuSerif-Bold.ttf"),
    "dejavu_serif_condensed": (_DV + "DejaVuSerifCondensed.ttf", _DV + "DejaVuSerifCondensed-Bold.ttf"),
}


def available() -> bool:
    try:
        import pymupdf  # noqa: F401
    except ImportError:
        return False
    return True


def stamp(doc, form: Form, rng: random.Random) -> None:
    """Running header (Bilaga/Dnr) and footer on every page, in base-14 Helvetica."""
    n = len(doc)
    style = rng.choice(["Sida {i} ({n})", "Sida {i} av {n}", "{i}/{n}"])
    for i, page in enumerate(doc, 1):
        w, h = page.rect.width, page.rect.height
        page.insert_text((40, 28), form.header[0], fontsize=8, fontname="helv")
        page.insert_text((w - 40 - 5 * len(form.header[1]), 28), form.header[1], fontsize=8, fontname="helv")
        page.insert_text((w / 2 - 20, h - 22), style.format(i=i, n=n), fontsize=8, fontname="helv")


# ------------------------------------------------------------------------------------------ Story


def _paras(row: Row) -> str:
    return "".join(f"<p>{html.escape(line)}</p>" for p in row.paragraphs for line in p.split("\n"))


def story_html(form: Form, rng: random.Random, logo: bool) -> tuple[str, str]:
    border = rng.random() < 0.5
    above = rng.random() < 0.35
    label_w = rng.choice([25, 30, 35])
    size = rng.choice([9.5, 10, 11])
    font = rng.choice(["sans-serif", "serif"])
    css = f"""
        body {{ font-family: {font}; font-size: {size}pt; }}
        h1 {{ font-size: {size + 4}pt; font-weight: bold; margin-bottom: 10pt; }}
        table {{ width: 100%; border-collapse: collapse; }}
        td {{ vertical-align: top; padding: 3pt 5pt; {"border: 0.6pt solid #444;" if border else ""} }}
        td.l {{ font-weight: {rng.choice(["bold", "normal"])}; }}
        p {{ margin: 0 0 4pt 0; }}
        div.lab {{ font-size: {size - 1.5}pt; color: #555; font-weight: bold; margin-top: 8pt; }}
        h3 {{ font-size: {size + 1}pt; font-weight: bold; margin: 12pt 0 4pt 0; }}
    """
    parts = ['<img src="logo.png" width="110"/>' if logo else "", f"<h1>{html.escape(form.title)}</h1>"]
    rows = form.rows
    grid = form.form_kind == "ansokan" and rng.random() < 0.7
    if above:
        for row in rows:
            if row.kind == "marker":
                parts.append(f"<p><b>{html.escape(row.text)}</b></p>")
            elif row.kind == "heading":
                parts.append(f"<h3>{html.escape(row.label)}</h3>{_paras(row)}")
            else:
                parts.append(f'<div class="lab">{html.escape(row.label)}</div>{_paras(row)}')
        return "".join(parts), css
    fields = [r for r in rows if r.kind != "heading"]
    parts.append('<table style="width:100%">')
    if grid:
        for a, b in zip(fields[0::2], fields[1::2] + [None]):
            cells = f'<td class="l" width="17%">{html.escape(a.label)}</td><td width="33%">{_paras(a)}</td>'
            if b is not None:
                cells += f'<td class="l" width="17%">{html.escape(b.label)}</td><td width="33%">{_paras(b)}</td>'
            parts.append(f"<tr>{cells}</tr>")
    else:
        for row in fields:
            label = "" if row.kind == "marker" else html.escape(row.label)
            body = f"<p>{html.escape(row.text)}</p>" if row.kind == "marker" else _paras(row)
            parts.append(
                f'<tr><td class="l" width="{label_w}%">{label}</td><td width="{100 - label_w}%">{body}</td></tr>'
            )
    parts.append("</table>")
    for row in rows:
        if row.kind == "heading":
            parts.append(f"<h3>{html.escape(row.label)}</h3>{_paras(row)}")
    return "".join(parts), css


def render_story(form: Form, rng: random.Random, out: Path, logo: Path) -> int:
    import pymupdf as fitz

    source, css = story_html(form, rng, rng.random() < 0.5)
    story = fitz.Story(html=source, user_css=css, archive=fitz.Archive(str(logo.parent)))
    paper = fitz.paper_rect(rng.choice(["a4", "a4", "letter"]))
    m = rng.choice([45, 56, 70])
    where = fitz.Rect(m, m, paper.width - m, paper.height - m)
    writer = fitz.DocumentWriter(str(out))
    more = 1
    while more:
        dev = writer.begin_page(paper)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    doc = fitz.open(str(out))
    stamp(doc, form, rng)
    doc.saveIncr()
    pages = len(doc)
    doc.close()
    return pages


# ------------------------------------------------------------------------------------------ cards


def wrap(text: str, font, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n"):
        line = ""
        for word in para.split():
            trial = f"{line} {word}" if line else word
            if line and font.text_length(trial, size) > width:
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
    return lines


class Cards:
    """Places text line by line, turning pages where the page ends."""

    def __init__(self, doc, form: Form, rng: random.Random, logo: Path):
        import pymupdf as fitz

        self.fitz, self.doc, self.rng = fitz, doc, rng
        regular, bold = FONT_FILES[rng.choice(sorted(FONT_FILES))]
        self.regular, self.bold = fitz.Font(fontfile=regular), fitz.Font(fontfile=bold)
        self.landscape = rng.random() < 0.3
        self.size = rng.choice([9.0, 10.0, 10.5])
        self.lead = self.size * rng.choice([1.25, 1.35])
        self.caps = rng.random() < 0.5
        self.margin = rng.choice([40, 50, 60])
        self.logo = logo
        self.new_page()

    def new_page(self) -> None:
        fitz = self.fitz
        rect = fitz.paper_rect("a4-l" if self.landscape else "a4")
        self.page = self.doc.new_page(width=rect.width, height=rect.height)
        self.y = self.margin + 10
        self.bottom = rect.height - self.margin

    @property
    def width(self) -> float:
        return self.page.rect.width - 2 * self.margin

    def text(self, x: float, s: str, font: str = "R", size: float | None = None, colour=(0, 0, 0)) -> None:
        # a TextWriter, not insert_text: insert_text's ToUnicode maps the hyphen glyph to U+00AD (soft hyphen)
        writer = self.fitz.TextWriter(self.page.rect, color=colour)
        writer.append((x, self.y), s, font=self.regular if font == "R" else self.bold, fontsize=size or self.size)
        writer.write_text(self.page)

    def card(self, x: float, w: float, row: Row) -> None:
        """A label above its answer in a box; continued on a new page when it does not fit."""
        top = self.y - self.size
        label = row.label.upper() if self.caps else row.label
        lsize = self.size - 2
        for line in wrap(label, self.bold, lsize, w - 12):
            self.y += lsize * 1.3
            self.text(x + 6, line, "B", lsize, (0.35, 0.35, 0.35))
        self.y += 2
        for p in row.paragraphs or [""]:
            for line in wrap(p, self.regular, self.size, w - 12):
                if self.y + self.lead > self.bottom:
                    self.page.draw_rect(self.fitz.Rect(x, top, x + w, self.y + 5), color=(0.5, 0.5, 0.5), width=0.6)
                    self.new_page()
                    top = self.y - self.size
                self.y += self.lead
                self.text(x + 6, line)
            self.y += self.lead * 0.4
        self.page.draw_rect(self.fitz.Rect(x, top, x + w, self.y + 5), color=(0.5, 0.5, 0.5), width=0.6)
        self.y += 16

    def grid(self, rows: list[Row], per_row: int) -> None:
        """Header fields side by side; each cell short enough to stay on its line."""
        w = (self.width - 8 * (per_row - 1)) / per_row
        for i in range(0, len(rows), per_row):
            y0, ends = self.y, []
            for j, row in enumerate(rows[i : i + per_row]):
                self.y = y0
                self.card(self.margin + j * (w + 8), w, row)
                ends.append(self.y)
            self.y = max(ends)


def render_cards(form: Form, rng: random.Random, out: Path, logo: Path) -> int:
    import pymupdf as fitz

    doc = fitz.open()
    c = Cards(doc, form, rng, logo)
    if rng.random() < 0.5:
        c.page.insert_image(fitz.Rect(c.margin, c.y - 8, c.margin + 90, c.y + 22), filename=str(logo))
        c.y += 40
    for line in wrap(form.title, c.bold, c.size + 5, c.width):
        c.y += (c.size + 5) * 1.3
        c.text(c.margin, line, "B", c.size + 5)
    c.y += 20
    rows = form.rows
    if form.form_kind == "ansokan":
        header = [r for r in rows if r.kind == "field" and r.key != "samverkan"]
        c.grid(header, rng.choice([2, 3]))
        rows = [r for r in rows if r not in header]
    for row in rows:
        if row.kind == "marker":
            c.y += c.lead
            c.text(c.margin + c.width * 0.35, row.text, "B")
            c.y += 16
        elif row.kind == "heading":
            c.y += c.lead
            c.text(c.margin, row.label, "B", c.size + 1.5)
            c.y += 8
            _flow(c, row)
        else:
            c.card(c.margin, c.width, row)
    stamp(doc, form, rng)
    # no subset_fonts(): its subsets map the hyphen glyph to U+00AD (soft hyphen) in ToUnicode
    doc.save(str(out), garbage=3, deflate=True)
    pages = len(doc)
    doc.close()
    return pages


def _flow(c: Cards, row: Row) -> None:
    """A numbered heading's answer: plain paragraphs under it, no card."""
    for p in row.paragraphs:
        for line in wrap(p, c.regular, c.size, c.width):
            if c.y + c.lead > c.bottom:
                c.new_page()
            c.y += c.lead
            c.text(c.margin, line)
        c.y += c.lead * 0.5
    c.y += 10
