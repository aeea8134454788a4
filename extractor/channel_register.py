"""A colour scan whose red and blue channels lie out of register with the green (issue #12, thirty-fifth round).

A colour scanner whose sensor rows or carriage drift records each channel a few pixels apart: every stroke gets a
red fringe on one side and a blue-green one on the other, black only where the three overlap. The pen step took
the fringes for coloured ink and the grey page's strokes were doubled. The red and blue channels are found shifted
against the green by cross-correlating their ink (one crop of the page where ink is densest) and moved back, whole
pixels; the grey page is made again from the aligned channels (the middle of the three a pixel).

Safe when wrong: a channel is moved only when its correlation peak lies inside the reach looked in
(register_max_shift_points), not at zero, and is clearly higher than at zero (a page whose channels agree,
coloured print or stamps included, peaks at zero and is left as it was); a page with too little ink to measure is
left as it was.

    registered(colour, scale) -> (colour, grey, moves)   moves: ((dx, dy) of red, of blue) moved back, or None
"""

from __future__ import annotations

from bilagor.extractor.scan_settings import SCAN_SETTINGS, ScanSettings


def _ink(channel, s: ScanSettings):
    """How much darker than its paper (s.register_paper_percentile) each pixel of `channel` is (float32)."""
    import numpy as np

    values = channel.astype(np.float32)
    paper = float(np.percentile(values[::4, ::4], s.register_paper_percentile))
    return np.clip(paper - values, 0, None)


def _crops(green, size: int, s: ScanSettings) -> list[tuple[int, int]]:
    """The top-left corners of up to s.register_crops crops of `size` where the green channel's edges are densest
    (measured on every second pixel: the whole page's float copy cost a second)."""
    import numpy as np

    height, width = green.shape
    if height < size or width < size:
        return [(0, 0)]
    # sharp edges, not ink: a picture's smooth grey is ink enough but has no edge to match a channel by
    small = green[::2, ::2].astype(np.int16)
    edges = np.abs(np.diff(small, axis=1)) > s.register_edge_step
    step = size // 2
    cells = []
    for top in range(0, height - size + 1, step):
        for left in range(0, width - size + 1, step):
            cell = edges[top // 2 : (top + size) // 2, left // 2 : (left + size) // 2]
            cells.append((float(np.mean(cell)), top, left))
    cells.sort(reverse=True)
    return [(top, left) for _, top, left in cells[: s.register_crops]]


def _shift(reference, moving, reach: int, s: ScanSettings) -> tuple[int, int] | None:
    """(dx, dy) that `moving` lies right and down of `reference`, when clearly not zero, else None. The strokes'
    edges are correlated, not their ink: a thick stroke's ink matches itself almost as well a few pixels off."""
    import numpy as np

    correlation = np.zeros((reference.shape[0] - 1, reference.shape[1] - 1), np.float64)
    for axis in (1, 0):
        a = np.diff(reference, axis=axis)[: correlation.shape[0], : correlation.shape[1]]
        b = np.diff(moving, axis=axis)[: correlation.shape[0], : correlation.shape[1]]
        correlation += np.fft.irfft2(np.conj(np.fft.rfft2(a)) * np.fft.rfft2(b), s=a.shape)
    correlation = np.fft.fftshift(correlation)
    cy, cx = correlation.shape[0] // 2, correlation.shape[1] // 2
    window = correlation[cy - reach : cy + reach + 1, cx - reach : cx + reach + 1]
    y, x = np.unravel_index(int(np.argmax(window)), window.shape)
    dy, dx = int(y) - reach, int(x) - reach
    zero = float(window[reach, reach])
    peak = float(window[y, x])
    if max(abs(dx), abs(dy)) < s.register_min_shift_pixels or abs(dx) == reach or abs(dy) == reach:
        return None
    if peak <= 0 or peak < s.register_gain * max(zero, 0.0):
        return None
    return dx, dy


def _moved(channel, dx: int, dy: int):
    """`channel` moved dx px left and dy px up (undoing a shift right and down), its uncovered edge repeated."""
    import numpy as np

    height, width = channel.shape
    ys = np.clip(np.arange(height) + dy, 0, height - 1)
    xs = np.clip(np.arange(width) + dx, 0, width - 1)
    return channel[ys][:, xs]


def registered(colour, scale: float, s: ScanSettings = SCAN_SETTINGS):
    """(colour, grey, moves): the colour render (H x W x 3 uint8) with its red and blue channels moved back onto the
    green where they were found out of register, its grey made again from them; unchanged (grey None, moves None)
    otherwise."""
    import numpy as np

    colour = np.asarray(colour)
    reach = max(2, int(round(s.register_max_shift_points * scale)))
    size = min(s.register_crop, colour.shape[0], colour.shape[1])
    crops = []
    for top, left in _crops(colour[..., 1], size, s):
        green = _ink(colour[top : top + size, left : left + size, 1], s)
        if (green > s.register_ink_depth).mean() >= s.register_min_ink_share:
            crops.append((top, left, green))
    shifts: list[tuple[int, int] | None] = []
    for index in (0, 2):
        votes = [
            _shift(green, _ink(colour[top : top + size, left : left + size, index], s), reach, s)
            for top, left, green in crops
        ]
        found = [vote for vote in votes if vote is not None]
        # every measured crop must agree (within a pixel): a single crop's peak is no drift of the whole channel
        if not found or len(found) < len(votes):
            shifts.append(None)
            continue
        dx, dy = found[0]
        if any(abs(x - dx) > 1 or abs(y - dy) > 1 for x, y in found):
            shifts.append(None)
            continue
        shifts.append((dx, dy))
    if shifts[0] is None and shifts[1] is None:
        return colour, None, None
    channels = [colour[..., 0], colour[..., 1], colour[..., 2]]
    for index, shift in zip((0, 2), shifts, strict=True):
        if shift is not None:
            channels[index] = _moved(channels[index], *shift)
    aligned = np.stack(channels, axis=2)
    # the middle channel a pixel (a stroke dark in two of the three is print): the JPEG's luma carries every channel's
    # shifted strokes into the others, so each aligned channel keeps ghosts of the others' strokes where no other
    # channel has them, and the darkest channel a pixel doubled every rule and stroke (thirty-sixth round); a channel
    # not found (left where it lay) is outvoted the same way. Not the channels' weighted sum: it left the print pale
    # where the JPEG's halved colour blurred one channel's edge, and the overexposure and pale-layer steps wiped it.
    red, green, blue = channels
    grey = np.maximum(np.minimum(red, green), np.minimum(np.maximum(red, green), blue))  # the median of three
    moves = tuple(shift or (0, 0) for shift in shifts)
    return aligned, np.ascontiguousarray(grey), moves
