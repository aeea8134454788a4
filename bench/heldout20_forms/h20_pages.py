"""What the hand-drawn text families share: the laid-out pages (the eleventh generator's h16_layout geometry, y down
from the top) turned into PDF coordinates, and the rules as PDF path operators."""

from __future__ import annotations

import sys
from pathlib import Path

for number in (17, 16, 15):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / f"heldout{number}_forms"))

from h15_pdf import PdfFile, pdf_string, rule_ops  # noqa: E402
from h16_layout import LAYOUTS, Page, Run, layout, text_width  # noqa: E402

__all__ = ["LAYOUTS", "Page", "PdfFile", "Run", "layout", "page_rules", "pdf_string", "text_width"]


def page_rules(page: Page) -> bytes:
    """The page's rules in PDF coordinates (y up)."""
    flip = page.height
    return rule_ops([(x0, flip - y0, x1, flip - y1) for x0, y0, x1, y1 in page.rules])
