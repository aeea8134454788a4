"""Producer: matplotlib's PDF backend. A figure per page, each line a figure text in an embedded TrueType font
(pdf.fonttype 42); a justified line is drawn word by word (each with its space) at computed positions; rules and
boxes are artists.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("pdf")

from h12_layout import FACES, Box, Page, Rule, Text, width  # noqa: E402
from matplotlib.backends.backend_pdf import PdfPages  # noqa: E402
from matplotlib.font_manager import FontProperties  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402
from matplotlib.pyplot import close, figure  # noqa: E402

matplotlib.rcParams["pdf.fonttype"] = 42


def _draw(fig, page: Page, face: str, turn: int = 0) -> None:
    pw, ph = page.width, page.height
    fx = lambda x: x / pw  # noqa: E731
    fy = lambda y: 1 - y / ph  # noqa: E731
    for item in page.items:
        if isinstance(item, Box):
            fig.add_artist(
                Rectangle(
                    (fx(item.x), fy(item.y + item.h)),
                    item.w / pw,
                    item.h / ph,
                    transform=fig.transFigure,
                    facecolor=item.fill or "none",
                    edgecolor="black" if item.stroke else "none",
                    linewidth=0.6,
                )
            )
        elif isinstance(item, Rule):
            fig.add_artist(
                Line2D(
                    [fx(item.x0), fx(item.x1)],
                    [fy(item.y0), fy(item.y1)],
                    transform=fig.transFigure,
                    color="black",
                    linewidth=item.width,
                )
            )
        elif isinstance(item, Text):
            prop = FontProperties(fname=FACES[face][item.bold], size=item.size)
            base = fy(item.y + item.size * 0.93)
            words = item.text.split(" ")
            if item.justify_to and len(words) > 1:
                natural = sum(width(w, face, item.bold, item.size) for w in words)
                gap = (item.justify_to - natural) / (len(words) - 1)
                x = item.x
                for i, w in enumerate(words):
                    # each word keeps its space character: the text layer still says where words end
                    shown = w if i == len(words) - 1 else w + " "
                    fig.text(fx(x), base, shown, fontproperties=prop, va="baseline")
                    x += width(w, face, item.bold, item.size) + gap
            else:
                fig.text(fx(item.x), base, item.text, fontproperties=prop, va="baseline", ha=item.align)


def write_pdf(pages: list[Page], out: Path, face: str) -> None:
    with PdfPages(out, metadata={"Creator": "h12 matplotlib form"}) as pdf:
        for page in pages:
            fig = figure(figsize=(page.width / 72, page.height / 72))
            _draw(fig, page, face)
            pdf.savefig(fig)
            close(fig)
