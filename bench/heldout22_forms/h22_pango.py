"""`pango_view`: Pango markup set by `pango-view` (Pango's shaping, cairo's PDF surface), one call a page.

The lines are broken here (Liberation Sans widths, h16_layout's `wrap`, so a line never overflows in the narrower
serif) and each page's lines are handed to pango-view as markup, one paragraph a line; a page comes out as tall as
its text, so each is set twice, the second time with the bottom margin that makes it A4. Even turns: Liberation
Serif, the label run in ("<b>Label:</b> answer" in one paragraph). Odd turns: Liberation Sans, the label in bold on a line of its own above its answer, the answer one
point smaller. Each page opens with the running header and the Dnr and ends with "Sida n av N". qpdf joins the
pages.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import tempfile
from html import escape
from pathlib import Path

from h16_layout import text_width, wrap
from h22_content import Form

__all__ = ["available", "render"]

WIDTH = 480.0  # points of text across the page (A4 less the margins)
LINES_A_PAGE = 46


def available() -> bool:
    return shutil.which("pango-view") is not None and shutil.which("qpdf") is not None


def _lines(form: Form, size: float, run_in: bool) -> list[str]:
    """The form's lines as Pango markup, broken to WIDTH."""
    out = [
        f'<span size="{(size + 4) * 1024:.0f}"><b>{escape(line)}</b></span>'
        for line in wrap(form.title, size + 4, WIDTH, True)
    ]
    out.append("")
    small = f'<span size="{(size - 1) * 1024:.0f}">{{}}</span>'
    for section in form.sections:
        answer = section.lines()
        if run_in:
            label = f"{section.label}:"
            first = WIDTH - text_width(label + "  ", size, True)
            paragraphs = answer or [""]
            broken = wrap(paragraphs[0], size, WIDTH, first=first) if paragraphs[0] else [""]
            out.append(f"<b>{escape(label)}</b> {escape(broken[0])}".rstrip())
            out += [escape(line) for line in broken[1:]]
            for paragraph in paragraphs[1:]:
                out += [escape(line) for line in wrap(paragraph, size, WIDTH)]
        else:
            out += [f"<b>{escape(line)}</b>" for line in wrap(section.label, size, WIDTH, True)]
            for paragraph in answer:
                out += [small.format(escape(line)) for line in wrap(paragraph, size - 1, WIDTH)]
        if section.key == form.stage_after and form.stage_marker:
            out.append(f"<b>{escape(form.stage_marker)}</b>")
        out.append("")
    return out


def _pages(lines: list[str]) -> list[list[str]]:
    pages = [lines[i : i + LINES_A_PAGE] for i in range(0, len(lines), LINES_A_PAGE)]
    return [page for page in pages if any(page)] or [[]]


def _set(markup: Path, font: str, out: Path, bottom: float) -> float:
    """pango-view's page of the `markup` file (margins top, sides, bottom: pango-view refuses four); its height."""
    subprocess.run(
        ["pango-view", "--no-display", "--markup", f"--font={font}", f"--width={WIDTH:.0f}", "--wrap=word",
         "--dpi=72", f"--margin=50 57 {bottom:.0f}", f"--output={out}", str(markup)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    info = subprocess.run(["pdfinfo", str(out)], check=True, capture_output=True, text=True).stdout
    size_line = next(line for line in info.splitlines() if line.startswith("Page size:"))
    return float(size_line.split()[4])


def render(form: Form, rng: random.Random, path: Path, turn: int) -> None:
    run_in = turn % 2 == 0
    size = rng.choice((10.0, 10.5, 11.0))
    font = f"Liberation {'Serif' if run_in else 'Sans'} {size}"
    pages = _pages(_lines(form, size, run_in))
    head = f'<span size="{8.5 * 1024:.0f}">{escape(form.running_header)}    {escape(form.dnr)}</span>'
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for number, lines in enumerate(pages, 1):
            foot = f'<span size="{8.5 * 1024:.0f}">Sida {number} av {len(pages)}</span>'
            filler = [""] * (LINES_A_PAGE - len(lines))
            markup = Path(tmp) / f"page{number}.txt"
            markup.write_text("\n".join([head, "", *lines, *filler, foot]), encoding="utf-8")
            out = Path(tmp) / f"page{number}.pdf"
            height = _set(markup, font, out, 50)
            if height < 842:
                _set(markup, font, out, 50 + 842 - height)
            files.append(str(out))
        # the first page as the base keeps cairo's document information (Producer)
        subprocess.run(["qpdf", files[0], "--pages", *files, "--", str(path)], check=True, capture_output=True)
