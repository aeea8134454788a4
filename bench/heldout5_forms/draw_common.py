"""A reportlab canvas with a moving baseline, page furniture and per-section start pages.

Every family draws with `Pen`: no platypus, every line placed by hand the way an office's own
form-printing code would.
"""

from __future__ import annotations

import copy
import random
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from .content import Form

_TTF = {
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "DejaVuSansCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
}
FAMILIES = [("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold")]
for _name, _path in _TTF.items():
    if Path(_path).exists():
        pdfmetrics.registerFont(TTFont(_name, _path))
for _base in ("LiberationSans", "LiberationSerif", "DejaVuSansCondensed"):
    if _base in pdfmetrics.getRegisteredFontNames() and f"{_base}-Bold" in pdfmetrics.getRegisteredFontNames():
        FAMILIES.append((_base, f"{_base}-Bold"))


@dataclass
class Style:
    regular: str
    bold: str
    size: float
    leading: float  # points between baselines
    pagesize: tuple[float, float]
    left: float
    right: float
    top: float
    bottom: float
    header: bool = False  # running header and footer on every page
    footer_form: str = "Sida {p} av {n}"
    header_left: str = ""
    header_right: str = ""

    @property
    def width(self) -> float:
        return self.pagesize[0] - self.left - self.right


def random_style(rng: random.Random, header: bool) -> Style:
    regular, bold = rng.choice(FAMILIES)
    size = rng.choice((9.5, 10, 10.5, 11, 11.5, 12))
    return Style(
        regular=regular,
        bold=bold,
        size=size,
        leading=size * rng.uniform(1.18, 1.4),
        pagesize=LETTER if rng.random() < 0.2 else A4,
        left=rng.uniform(50, 80),
        right=rng.uniform(45, 75),
        top=rng.uniform(70, 90) if header else rng.uniform(50, 80),
        bottom=rng.uniform(70, 85) if header else rng.uniform(50, 75),
        header=header,
        footer_form=rng.choice(("Sida {p} av {n}", "Sida {p} ({n})", "{p} ({n})")),
    )


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    return simpleSplit(text, font, size, width) if text.strip() else []


@dataclass
class Pen:
    path: Path
    style: Style
    form: Form
    total_pages: int | None = None
    page: int = 1
    section_pages: dict[int, int] = field(default_factory=dict)  # row index -> page
    on_new_page: list = field(default_factory=list)  # callbacks(pen) after a page break (open boxes, rules)
    before_break: list = field(default_factory=list)  # callbacks(pen) before it

    def __post_init__(self) -> None:
        self.c = canvas.Canvas(str(self.path), pagesize=self.style.pagesize)
        self.c.setTitle("")
        self.y = self.style.pagesize[1] - self.style.top
        self._furniture()

    @property
    def x0(self) -> float:
        return self.style.left

    @property
    def x1(self) -> float:
        return self.style.pagesize[0] - self.style.right

    def _furniture(self) -> None:
        s = self.style
        if not s.header:
            return
        w, h = s.pagesize
        self.c.setFont(s.regular, 8)
        self.c.drawString(s.left, h - 40, s.header_left)
        self.c.drawRightString(w - s.right, h - 40, s.header_right)
        n = self.total_pages or 9
        self.c.drawCentredString(w / 2, 38, s.footer_form.format(p=self.page, n=n))

    def room(self) -> float:
        return self.y - self.style.bottom

    def new_page(self) -> None:
        for callback in self.before_break:
            callback(self)
        self.c.showPage()
        self.page += 1
        self.y = self.style.pagesize[1] - self.style.top
        self._furniture()
        for callback in self.on_new_page:
            callback(self)

    def need(self, height: float) -> bool:
        """Break the page when `height` does not fit; True when it broke."""
        if self.y - height < self.style.bottom:
            self.new_page()
            return True
        return False

    def text(self, x: float, y: float, s: str, font: str, size: float) -> None:
        self.c.setFont(font, size)
        self.c.drawString(x, y, s)

    def hline(self, y: float, x0: float | None = None, x1: float | None = None, width: float = 0.6) -> None:
        self.c.setLineWidth(width)
        self.c.line(self.x0 if x0 is None else x0, y, self.x1 if x1 is None else x1, y)

    def vline(self, x: float, y0: float, y1: float, width: float = 0.6) -> None:
        self.c.setLineWidth(width)
        self.c.line(x, y0, x, y1)

    def title(self, rng: random.Random) -> None:
        s = self.style
        size = s.size + rng.choice((3, 4, 5))
        for part in self.form.title.split("\n"):
            for line in wrap(part, s.bold, size, s.width):
                self.y -= size * 1.25
                self.text(self.x0, self.y, line, s.bold, size)
        self.y -= s.leading * rng.uniform(1.0, 2.0)

    def save(self) -> int:
        self.c.save()
        return self.page


def render_twice(draw, path: Path, style: Style, form: Form, rng_state) -> tuple[int, dict[int, int]]:
    """Draw once to count pages ("Sida 1 av N" needs N), then again for real with the same draws."""
    rng = random.Random()
    rng.setstate(rng_state)
    pen = Pen(path, style, copy.deepcopy(form))  # a family may add its own rows to the form
    draw(pen, rng)
    pages = pen.save()
    rng.setstate(rng_state)
    pen = Pen(path, style, form, total_pages=pages)
    draw(pen, rng)
    pen.save()
    return pen.page, pen.section_pages
