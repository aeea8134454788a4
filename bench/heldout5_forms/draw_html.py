"""A web form (HTML and CSS written here) printed to PDF by headless Chromium, offline.

A table with the label column beside the answer: ruled all round, ruled under each row only, or
bare; labels bold or not, left or right aligned; numbered application sections as headings with
their text below. About one in three keeps the browser's own header and footer lines.
"""

from __future__ import annotations

import html
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

import pypdfium2 as pdfium

from .content import HEADING, MARKER, Form, Row

FONTS = (
    '"Liberation Sans", Arial, sans-serif',
    '"Liberation Serif", "Times New Roman", serif',
    '"DejaVu Sans", Verdana, sans-serif',
    "Georgia, serif",
)


def available() -> bool:
    return shutil.which("chromium") is not None


def _answer(row: Row) -> str:
    paras = [p for p in row.paragraphs if p.strip()]
    return "".join(f'<p class="{"li" if p[:2] in ("– ", "- ") else "p"}">{html.escape(p)}</p>' for p in paras)


def page_html(form: Form, rng: random.Random) -> str:
    rules = rng.choice(("all", "under", "none"))
    border = {"all": "td, th { border: 0.6pt solid #444; }", "under": "tr { border-bottom: 0.6pt solid #888; }"}
    size = rng.choice((9.5, 10, 10.5, 11, 12))
    label_w = rng.randint(28, 38)
    css = f"""
    @page {{ size: {rng.choice(("A4", "letter"))}; margin: {rng.randint(14, 24)}mm {rng.randint(14, 22)}mm; }}
    body {{ font-family: {rng.choice(FONTS)}; font-size: {size}pt; line-height: {rng.uniform(1.15, 1.4):.2f}; }}
    h1 {{ font-size: {size + rng.choice((4, 5, 6))}pt; margin: 0 0 10pt 0; }}
    h3 {{ font-size: {size + 1}pt; margin: 12pt 0 3pt 0; }}
    table {{ border-collapse: collapse; width: 100%; }}
    th {{ width: {label_w}%; text-align: {rng.choice(("left", "left", "right"))}; vertical-align: top;
          font-weight: {rng.choice(("bold", "normal"))}; padding: 4pt 8pt 4pt 3pt; }}
    td {{ vertical-align: top; padding: 4pt 3pt; }}
    {border.get(rules, "")}
    p {{ margin: 0 0 {rng.choice((0, 4, 6))}pt 0; }}
    p.li {{ margin: 0; }}
    """
    title = "<br>".join(html.escape(t) for t in form.title.split("\n"))
    body = [f"<h1>{title}</h1>", "<table>"]
    headings = []
    for row in form.rows:
        if row.style == HEADING:
            headings.append(f"<h3>{html.escape(row.label)}</h3>{_answer(row)}")
        elif row.style == MARKER:
            body.append(f"<tr><th></th><td>{html.escape(row.paragraphs[0])}</td></tr>")
        else:
            body.append(f"<tr><th>{html.escape(row.label)}</th><td>{_answer(row)}</td></tr>")
    body.append("</table>")
    body += headings
    return (
        f'<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>{html.escape(form.project)}</title>'
        f"<style>{css}</style></head><body>{''.join(body)}</body></html>"
    )


def print_pdf(form: Form, path: Path, rng: random.Random) -> tuple[int, dict[int, int], dict]:
    browser_furniture = rng.random() < 0.33
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "form.html"
        page.write_text(page_html(form, rng), encoding="utf-8")
        command = [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={tmp}/profile",
            f"--print-to-pdf={path}",
        ]
        if not browser_furniture:
            command.append("--no-pdf-header-footer")
        subprocess.run([*command, page.as_uri()], check=True, capture_output=True, timeout=120)
    pdf = pdfium.PdfDocument(str(path))
    texts = [" ".join(p.get_textpage().get_text_range().split()) for p in pdf]
    pdf.close()
    section_pages = {}
    for i, row in enumerate(form.rows):
        if row.key is None:
            continue
        probe = " ".join(row.label.split()[:3])
        section_pages[i] = next((n for n, t in enumerate(texts, 1) if probe in t), 1)
    return len(texts), section_pages, {"browser_furniture": browser_furniture}
