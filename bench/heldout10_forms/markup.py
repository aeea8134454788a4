"""Forms as HTML/CSS for WeasyPrint and xhtml2pdf (three families).

- `weasy_cards`: a definition list, small-capital labels above their answers; an application's header fields
  as a CSS grid of cards (three a row); running header (Dnr) and footer "Sida x (y)" from @page; a logo.
- `weasy_flex`: flexbox rows, label beside its answer (right- or left-aligned); some pages landscape, some
  forms set in two newspaper columns.
- `xhtml_inline`: xhtml2pdf, "Label: answer" paragraphs with a bold label and colon; an application's header
  as a table of two pairs a row.
"""

from __future__ import annotations

import base64
import html
import random

from content import Block, Field, Form

_SERIF = ("Liberation Serif", "DejaVu Serif", "P052", "Nimbus Roman")
_SANS = ("Liberation Sans", "DejaVu Sans", "Nimbus Sans", "URW Gothic")

LOGO_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="44" viewBox="0 0 48 44">'
    '<rect width="48" height="44" rx="4" fill="#1d3f8a"/><circle cx="12" cy="18" r="4" fill="#fff"/>'
    '<circle cx="24" cy="14" r="4" fill="#fff"/><circle cx="36" cy="18" r="4" fill="#fff"/>'
    '<rect x="10" y="26" width="28" height="6" fill="#fff"/></svg>'
)


def _blocks(blocks: list[Block]) -> str:
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(f"<p>{html.escape(b)}</p>")
        else:  # drawn as "• item" lines so the text layer holds the bullet the truth has
            out.append("".join(f'<p class="item">• {html.escape(item)}</p>' for item in b))
    return "".join(out) or "<p>&nbsp;</p>"


def _head(form: Form) -> str:
    return f'<div class="org">Stockholms stad</div><h1>{html.escape(form.title)}</h1>'


def cards(form: Form, rng: random.Random) -> str:
    font = rng.choice(_SANS + _SERIF)
    size = rng.choice((9.5, 10, 10.5, 11))
    grid = [f for f in form.fields if f.short and form.kind == "ansokan"]
    parts = [_head(form)]
    if grid:
        cells = "".join(
            f'<div class="card"><div class="lab">{html.escape(f.label)}</div>{_blocks(f.blocks)}</div>' for f in grid
        )
        parts.append(f'<div class="grid">{cells}</div>')
    items = []
    for f in form.fields:
        if f in grid:
            continue
        label = f"<dt>{html.escape(f.label)}</dt>" if f.key else "<dt></dt>"
        items.append(f"{label}<dd>{_blocks(f.blocks)}</dd>")
    parts.append(f"<dl>{''.join(items)}</dl>")
    css = f"""
    @page {{ size: A4; margin: 26mm 20mm 24mm 22mm;
      @top-right {{ content: "{form.dnr}"; font-size: 8pt; }}
      @top-left {{ content: url("data:image/svg+xml;base64,{base64.b64encode(LOGO_SVG.encode()).decode()}"); }}
      @bottom-center {{ content: "Sida " counter(page) " (" counter(pages) ")"; font-size: 8pt; }} }}
    body {{ font-family: "{font}"; font-size: {size}pt; line-height: 1.35; }}
    h1 {{ font-size: {size + 5}pt; margin: 0 0 14pt 0; }}
    .org {{ font-size: 9pt; font-weight: bold; margin-bottom: 4pt; }}
    .grid {{ display: grid; grid-template-columns: repeat(3, 1fr); gap: 6pt; margin-bottom: 14pt; }}
    .card {{ border: 0.6pt solid #777; padding: 4pt 6pt; }}
    .lab, dt {{ font-variant: small-caps; font-size: {size - 1}pt; color: #333; letter-spacing: 0.3pt; }}
    dt {{ margin-top: 10pt; font-weight: bold; }}
    dd {{ margin: 2pt 0 0 0; }}
    p {{ margin: 0 0 5pt 0; }}
    """
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{''.join(parts)}</body></html>"


def flex(form: Form, rng: random.Random) -> str:
    font = rng.choice(_SERIF + _SANS)
    size = rng.choice((9.5, 10, 10.5))
    landscape = rng.random() < 0.35
    columns = not landscape and rng.random() < 0.3
    align = rng.choice(("right", "left"))
    label_w = rng.choice((28, 32, 36)) if not columns else 40
    rows = []
    for f in form.fields:
        rows.append(
            f'<div class="row"><div class="lab">{html.escape(f.label)}</div><div class="ans">{_blocks(f.blocks)}</div></div>'
        )
    css = f"""
    @page {{ size: A4 {"landscape" if landscape else "portrait"}; margin: 22mm 18mm 22mm 20mm;
      @bottom-right {{ content: "Sida " counter(page) " av " counter(pages); font-size: 8pt; }}
      @top-left {{ content: "{html.escape(form.dnr)}"; font-size: 8pt; }} }}
    body {{ font-family: "{font}"; font-size: {size}pt; line-height: 1.3; }}
    h1 {{ font-size: {size + 4}pt; }}
    .org {{ font-size: 9pt; }}
    .body {{ {"columns: 2; column-gap: 14mm;" if columns else ""} }}
    .row {{ display: flex; gap: 5mm; padding: 4pt 0; border-bottom: 0.4pt solid #bbb; }}
    .lab {{ flex: 0 0 {label_w}%; text-align: {align}; font-weight: bold; }}
    .ans {{ flex: 1; }}
    p {{ margin: 0 0 4pt 0; }}
    """
    return (
        f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{_head(form)}"
        f'<div class="body">{"".join(rows)}</div></body></html>'
    )


def inline(form: Form, rng: random.Random) -> str:
    font = rng.choice(("Liberation Sans", "Liberation Serif", "DejaVu Sans", "Liberation Mono"))
    faces = "".join(  # embedded TrueType (base-14 fonts would lose the bullet)
        f"@font-face {{ font-family: form; src: url(data:font/ttf;base64,{_b64(path)}); {'font-weight: bold;' if bold else ''} }}"
        for path, bold in _face_files(font)
    )
    size = rng.choice((10, 10.5, 11))
    header = [f for f in form.fields if f.short and form.kind == "ansokan"]
    parts = [f"<p class='org'>Stockholms stad &nbsp; {html.escape(form.dnr)}</p><h1>{html.escape(form.title)}</h1>"]
    if header:
        cells = []
        for i in range(0, len(header), 2):
            pair = header[i : i + 2]
            tds = "".join(f"<td class='lab'>{html.escape(f.label)}</td><td>{_plain(f)}</td>" for f in pair)
            cells.append(f"<tr>{tds}</tr>")
        parts.append(f"<table>{''.join(cells)}</table>")
    for f in form.fields:
        if f in header:
            continue
        if not f.key:
            parts.append(f"<p><i>{_plain(f)}</i></p>")
            continue
        first, *rest = f.blocks or [""]
        head = first if isinstance(first, str) else ""
        parts.append(f"<p><b>{html.escape(f.label)}:</b> {html.escape(head)}</p>")
        if not isinstance(first, str):
            rest = [first, *rest]
        parts.append(_blocks(rest) if rest else "")
    css = f"""
    @page {{ size: a4 portrait; margin: 2cm; @frame footer {{ -pdf-frame-content: foot; bottom: 1cm; height: 1cm; margin-left: 2cm; }} }}
    {faces}
    body {{ font-family: form; font-size: {size}pt; }}
    h1 {{ font-size: {size + 4}pt; }}
    table {{ width: 100%; margin-bottom: 10pt; }}
    td {{ vertical-align: top; padding: 2pt; border: 0.5pt solid #888; }}
    td.lab {{ font-weight: bold; width: 18%; }}
    p {{ margin: 0 0 5pt 0; }}
    """
    foot = "<div id='foot' style='font-size: 8pt'>Sida <pdf:pagenumber> av <pdf:pagecount></div>"
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{foot}{''.join(parts)}</body></html>"


def _b64(path: str) -> str:
    """A font file as a data URI's payload (xhtml2pdf reads no file outside the working folder)."""
    from pathlib import Path

    return base64.b64encode(Path(path).read_bytes()).decode()


def _face_files(font: str) -> list[tuple[str, bool]]:
    """The regular and bold TrueType files of `font` (fontconfig's choice)."""
    import subprocess

    files = []
    for bold in (False, True):
        spec = f"{font}:bold" if bold else font
        path = subprocess.run(["fc-match", "-f", "%{file}", spec], capture_output=True, text=True, check=True).stdout
        files.append((path, bold))
    return files


def _plain(f: Field) -> str:
    return html.escape(" ".join(b if isinstance(b, str) else " ".join("• " + i for i in b) for b in f.blocks))
