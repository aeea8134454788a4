"""Scans of a sheet crumpled and smoothed out again (tuning fixtures, issue #12, twenty-fourth round).

A sheet balled up and flattened keeps a web of creases: each a straight break across the page where the paper
folded, one side of it tilted towards the scanner's lamp and the other away. Scanned, a crease is a thin light
ridge beside a thin dark valley, the facets between creases a little lighter or darker than each other, and the
print on one side of a crease lies a pixel or two aside of where it would be (the paper did not lie flat: a warp
in steps). The forms are the project's own, drawn four ways in turn:

- `bands`: every label in white bold on a dark grey band across the page, its answer under the band (drawn here
  on boxforms' canvas; a short header field sometimes "Label:" in bold beside its answer instead);
- `numbered` and `boxes`: boxforms' case-system table under a shaded head row and its labels above framed boxes;
- `layout`: the layout families (`families.build_layout_corpus`: header grids, narrow label cells, captions ...).

    crumpled(image, rng, dpi)                             an RGB page image (uint8 H x W x 3) crumpled and shaded
    crumple_pdf(pdf_in, pdf_out, rng, dpi)               an image-only colour scan of a text-layer PDF, truth copied
    build_crumpled_corpus(out_dir, count, seed)          the four kinds of form in turn, 200 to 300 dpi

The truth sidecar is the source's, its `variant` naming the kind and `scan` what the page holds.
"""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

from .render import truth_path

KINDS = ("bands", "numbered", "boxes", "layout")
DPIS = (240, 200, 300, 240)
CREASES = (6, 13)  # creases a sheet keeps, fewest and most
STEP_PX = (0.8, 2.2)  # how far the print on one side of a crease lies aside
RIDGE = (25.0, 60.0)  # a crease's light ridge, grey levels above its paper
VALLEY = (12.0, 35.0)  # and its dark valley, below
FACET = 0.035  # a facet is lighter or darker by at most this share per crease
PAPERS = ((246, 240, 226), (242, 238, 230), (250, 247, 238), (238, 236, 232))  # cream to grey


def _creases(rng: random.Random, width: int, height: int) -> list[tuple[float, float, float, float, float, float]]:
    """(nx, ny, offset, step, ridge, valley) per crease: a line through a random point at a random angle, its
    unit normal and offset (the line is nx*x + ny*y = offset)."""
    import math

    lines = []
    for _ in range(rng.randint(*CREASES)):
        angle = rng.uniform(0, math.pi)
        x, y = rng.uniform(0.05, 0.95) * width, rng.uniform(0.05, 0.95) * height
        nx, ny = -math.sin(angle), math.cos(angle)
        lines.append(
            (
                nx,
                ny,
                nx * x + ny * y,
                rng.uniform(*STEP_PX) * rng.choice((1, -1)),
                rng.uniform(*RIDGE),
                rng.uniform(*VALLEY),
            )
        )
    return lines


def _sampled(image, sx, sy):
    """`image` (H x W x C float) read at the float coordinates (sx, sy), bilinear, edges clamped."""
    import numpy as np

    height, width = image.shape[:2]
    x0 = np.clip(np.floor(sx).astype(np.int32), 0, width - 2)
    y0 = np.clip(np.floor(sy).astype(np.int32), 0, height - 2)
    fx = np.clip(sx - x0, 0, 1)[..., None]
    fy = np.clip(sy - y0, 0, 1)[..., None]
    top = image[y0, x0] * (1 - fx) + image[y0, x0 + 1] * fx
    bottom = image[y0 + 1, x0] * (1 - fx) + image[y0 + 1, x0 + 1] * fx
    return top * (1 - fy) + bottom * fy


def crumpled(image, rng: random.Random, dpi: int):
    """`image` (an RGB page, uint8 H x W x 3, white paper) on crumpled paper: the print stepped aside across each
    crease, the facets shaded, each crease a light ridge beside a dark valley, the paper's tint, grain."""
    import numpy as np

    height, width = image.shape[:2]
    lines = _creases(rng, width, height)
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    sx, sy = xs.copy(), ys.copy()
    light = np.ones((height, width), np.float32)
    edge = np.zeros((height, width), np.float32)
    ridge_px = max(1.0, dpi / 150)
    for nx, ny, offset, step, ridge, valley in lines:
        side = nx * xs + ny * ys - offset  # signed distance from the crease, in pixels
        beyond = np.clip(side + 0.5, 0, 1)  # the step, a pixel soft
        sx -= step * nx * beyond
        sy -= step * ny * beyond
        light *= 1 + rng.uniform(-FACET, FACET) * np.where(side > 0, 1, -1)
        edge += ridge * np.exp(-(((side - ridge_px) / ridge_px) ** 2))
        edge -= valley * np.exp(-(((side + ridge_px) / ridge_px) ** 2))
    page = _sampled(image.astype(np.float32) / 255, sx, sy)
    del sx, sy, xs, ys
    paper = np.array(rng.choice(PAPERS), np.float32) / 255
    # the print multiplied into the paper's tint, then the lamp's light on each facet and the creases' edges
    page = page * paper[None, None, :] * light[..., None] * 255 + edge[..., None]
    page += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 3.5, (height, width, 1)).astype(np.float32)
    return np.clip(page, 0, 255).astype(np.uint8)


def crumple_pdf(pdf_in: str | Path, pdf_out: str | Path, rng: random.Random, dpi: int, kind: str) -> Path:
    """Every page of pdf_in printed, crumpled and scanned in colour at `dpi`; an image-only PDF with pdf_in's
    truth, its `variant` set to `kind`."""
    import numpy as np
    import pypdfium2
    from fpdf import FPDF
    from PIL import Image

    pdf_in, pdf_out = Path(pdf_in), Path(pdf_out)
    quality = rng.randint(70, 90)
    scans: list[tuple[tuple[float, float], bytes]] = []  # each page's size in points and its JPEG
    document = pypdfium2.PdfDocument(str(pdf_in))
    try:
        for page in document:
            rgb = np.asarray(page.render(scale=dpi / 72).to_pil().convert("RGB"))
            buffer = io.BytesIO()
            Image.fromarray(crumpled(rgb, rng, dpi), "RGB").save(buffer, "JPEG", quality=quality)
            scans.append((page.get_size(), buffer.getvalue()))
    finally:
        document.close()
    pdf = FPDF(unit="pt")
    for (width, height), jpeg in scans:
        pdf.add_page(format=(width, height))
        pdf.image(io.BytesIO(jpeg), x=0, y=0, w=width, h=height)
    pdf.output(str(pdf_out))
    truth = {
        **json.loads(truth_path(pdf_in).read_text(encoding="utf-8")),
        "variant": kind,
        "scan": f"{dpi} dpi colour, crumpled, JPEG {quality}",
    }
    truth_path(pdf_out).write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return pdf_out


def _draw_bands(spec, path: Path, seed: int) -> None:
    """The form with each label white on a dark band across the page and its answer under it (boxforms' canvas;
    a short header field, on some forms, "Label:" in bold beside its answer instead)."""
    from .boxforms import PAGE_W, _Pager, _short, _style, _wrap
    from .spec import MARKER, normalise

    rng = random.Random(f"{spec.name}-bands-{seed}")
    s = _style(rng, spec)
    pager = _Pager(path, s)
    pager.title(spec)
    lead, pad, width = s.size * 1.3, rng.choice((3.0, 4.0, 5.0)), PAGE_W - 2 * s.margin
    band_grey, inset = rng.uniform(0.18, 0.4), rng.choice((4.0, 6.0))
    header_beside = rng.random() < 0.5
    tab = rng.choice((120.0, 140.0))
    for row in spec.rows:
        label, lines = normalise(row.label), _wrap(row.text, s.font, s.size, width - 2 * inset)
        if row.style == MARKER:
            pager.y -= lead
            pager.text(s.margin + inset, pager.y, normalise(row.text), s.bold, s.size)
            pager.y -= 4
            continue
        if header_beside and _short(row) and len(lines) <= 1:
            if pager.y - lead < pager.bottom:
                pager.new_page()
            pager.y -= lead
            pager.text(s.margin, pager.y, f"{label}:", s.bold, s.size)
            pager.text(s.margin + tab, pager.y, lines[0] if lines else "", s.font, s.size)
            continue
        band = lead + 2 * pad
        if pager.y - band - (min(len(lines), 2) or 1) * lead - 8 < pager.bottom:
            pager.new_page()
        pager.y -= band + 6
        pager.c.setFillGray(band_grey)
        pager.c.rect(s.margin, pager.y, width, band, stroke=0, fill=1)
        pager.text(s.margin + inset, pager.y + pad + s.size * 0.3, label, s.bold, s.size, grey=1.0)
        pager.y -= 3
        for line in lines:
            if pager.y - lead < pager.bottom:
                pager.new_page()
            pager.y -= lead
            if line:
                pager.text(s.margin + inset, pager.y, line, s.font, s.size)
    pager.save()


def _band_forms(out: Path, indexes: list[int], seed: int) -> list[Path]:
    from .boxforms import BASES
    from .content import spec_in_turn
    from .html import write_truth

    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in indexes:
        spec, _ = spec_in_turn("crumpled-bands", "cb", ("bands",), BASES, index, seed, "reportlab-canvas")
        pdf = out / f"{spec.name}.pdf"
        _draw_bands(spec, pdf, seed)
        write_truth(spec, pdf, {"shape": "bands"})
        paths.append(pdf)
    return paths


def build_crumpled_corpus(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """`count` crumpled colour scans, the four kinds of form in turn (KINDS), the resolution in turn."""
    import tempfile

    from .boxforms import build_box_forms
    from .families import build_layout_corpus

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    turns = [(index, KINDS[index % len(KINDS)]) for index in range(count)]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sources: dict[str, list[Path]] = {
            "bands": _band_forms(folder / "bands", [i for i, k in turns if k == "bands"], seed),
            "layout": build_layout_corpus(folder / "layout", sum(k == "layout" for _, k in turns), seed),
        }
        # boxforms draws its two shapes in turn: numbered ones are its odd files, boxes its even ones
        boxed = build_box_forms(folder / "boxes", 2 * sum(k in ("numbered", "boxes") for _, k in turns), seed)
        sources["boxes"], sources["numbered"] = boxed[0::2], boxed[1::2]
        taken = dict.fromkeys(KINDS, 0)
        paths = []
        for index, kind in turns:
            source = sources[kind][taken[kind]]
            taken[kind] += 1
            rng = random.Random(f"crumpled-{seed}-{index}")
            paths.append(
                crumple_pdf(source, out / f"crm-{index:03d}-{kind}.pdf", rng, DPIS[index // 4 % len(DPIS)], kind)
            )
        return paths
