"""Phone photos of pages for the photo tests (issue #12): a page image placed in perspective on a darker
desk, on tinted paper lit unevenly (numpy uint8 in and out)."""

from __future__ import annotations

import numpy as np
from PIL import Image

DESK = 60
# Where the sheet's corners land in the photo (TL, TR, BR, BL), for a 1600 x 1200 frame.
SHEET = ((70.0, 40.0), (1540.0, 90.0), (1570.0, 1170.0), (30.0, 1130.0))


def lamp(shape, darkest=0.58):
    """Light falling off from the top-left corner to `darkest` at the opposite one."""
    height, width = shape
    ys, xs = np.mgrid[0:height, 0:width]
    distance = np.hypot(xs / width, ys / height) / np.sqrt(2)
    return 1.0 - (1.0 - darkest) * distance


def shaded(page, paper=236, darkest=0.58):
    """`page` printed on tinted paper of grey `paper` and lit by `lamp`."""
    tinted = page.astype(np.float32) * (paper / 255.0)
    return (tinted * lamp(page.shape, darkest)).astype(np.uint8)


def hot_lamp(shape, brightest=1.6, darkest=0.5):
    """A lamp close over the top-left corner: most of a white sheet burnt out to white, the far corner dim."""
    return brightest * lamp(shape, darkest / brightest)


def on_desk(page, sheet=SHEET):
    """`page` with its corners at `sheet` in a frame of its size, the desk round it (unlit)."""
    height, width = page.shape
    frame = ((0, 0), (width, 0), (width, height), (0, height))
    # Each photo pixel looks up the page pixel: the perspective from the sheet's corners to the page's.
    rows, values = [], []
    for (x, y), (u, v) in zip(sheet, frame):
        rows += [[x, y, 1, 0, 0, 0, -u * x, -u * y], [0, 0, 0, x, y, 1, -v * x, -v * y]]
        values += [u, v]
    coefficients = tuple(np.linalg.solve(np.array(rows, float), np.array(values, float)))
    placed = Image.fromarray(page).transform(
        (width, height), Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BICUBIC, fillcolor=DESK
    )
    return np.asarray(placed)


def photo_of(page, sheet=SHEET):
    """`page` as a photo: its corners at `sheet` in a frame of its size, a desk round it, then shaded."""
    return shaded(on_desk(page, sheet))
