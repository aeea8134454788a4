"""Make a faded or stained scan read like a clean one before OCR.

An old copy fades: its ink is a mid grey (100-140 where a fresh scan's ink is near 0) on light grey
paper, and a coffee ring or a lid left open darkens the paper in places. The rule, speck and skew
finders take grey under a fixed level for ink, so faint strokes and thin rules fall out of them, and
Tesseract's own threshold splits a faint letter's thin strokes ("Syttet" for "Syftet", "tastigheter").
Pure functions over pixel arrays (uint8, ink dark):

- `ink_ratio` / `faded_print`: the ink's typical grey over the paper's light: under a third on a
  scan, a fax or a phone photo, near a half on faded print;
- `restored`: the paper's light divided out (page_photo.flattened: paper white everywhere, a stain
  or a lighting gradient with it) and the ink stretched back to black, its grey edges kept (a grey
  stroke edge tells Tesseract a letter's shape; a threshold here would thin the faint strokes again).
"""

from __future__ import annotations

# Darker than this share of the paper's own light is ink, for measuring the ink's grey.
INK_SHARE = 0.7
# A page whose ink's median grey is more than this share of its paper's light is faded print: scans,
# faxes and phone photos measured 0.00-0.32 (ink medians 3-64 on paper 185-255), faded copies 0.46-0.58.
FADED_INK = 0.4
MIN_INK_SHARE = 0.002  # share of the page that must be ink for the page to be judged (not a blank page)
SOLID_INK_PERCENTILE = 10  # of the ink pixels' grey: the solid middle of a stroke (edges are lighter)


def ink_ratio(grey, paper: float) -> float:
    """The median grey of the ink of `grey` (2-D uint8) over the `paper` light; 0 for a page without ink."""
    import numpy as np

    if paper <= 0:
        return 0.0
    ink = grey[grey < INK_SHARE * paper]
    if ink.size < MIN_INK_SHARE * grey.size:
        return 0.0
    return float(np.median(ink)) / paper


def paper_light(grey, scale: float) -> float:
    """The paper's typical light (median over the page of the brightest grey near each spot)."""
    import numpy as np

    from bilagor.extractor.page_photo import paper_light_grid

    return float(np.median(paper_light_grid(grey, scale)))


def print_ratio(grey, scale: float) -> float:
    """ink_ratio of page image `grey` (`scale` px per pt), its punched holes left out (they are solid
    dark: on a page of little text they pulled the ink's grey to black)."""
    from bilagor.extractor.holes import without_holes

    paper = paper_light(grey, scale)
    return ink_ratio(without_holes(grey, scale, paper), paper)


def faded_print(grey, scale: float) -> bool:
    """Whether page image `grey` (`scale` px per pt) is faded print: its ink a light grey for its paper."""
    return print_ratio(grey, scale) > FADED_INK


def restored(grey, scale: float):
    """`grey` with its paper made white (stains and uneven light divided out) and its ink stretched to
    black, the grey between scaled alike; punched holes (holes) are paper too."""
    from bilagor.extractor.holes import without_holes

    return _restored_without_holes(without_holes(grey, scale, paper_light(grey, scale)), scale)


def mended(grey, scale: float):
    """A scanned page before OCR: its punched holes wiped and, when its print is faded, restored; with
    whether it was restored. The paper is measured and the holes looked for once (`faded_print` and
    `restored` each do both, for a caller holding an untouched page)."""
    from bilagor.extractor.holes import without_holes

    paper = paper_light(grey, scale)
    grey = without_holes(grey, scale, paper)
    if ink_ratio(grey, paper) <= FADED_INK:
        return grey, False
    return _restored_without_holes(grey, scale), True


def _restored_without_holes(grey, scale: float):
    import numpy as np

    from bilagor.extractor.page_photo import flattened

    flat = flattened(grey, scale)
    ink = flat[flat < INK_SHARE * 255]
    if not ink.size:
        return flat
    solid = float(np.percentile(ink, SOLID_INK_PERCENTILE))
    if solid >= 254:
        return flat
    # One stretch per grey level, looked up: float copies of a whole page are 4 bytes a pixel each.
    levels = (np.arange(256, dtype=np.float32) - solid) * (255.0 / (255.0 - solid))
    return np.clip(levels, 0, 255).astype(np.uint8)[flat]
