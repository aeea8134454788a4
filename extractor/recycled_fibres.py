"""Grey recycled paper with dark fibres: a candidate page with the paper made white and the fibres paper,
read beside the plain page and kept only when it reads more common words (issue #12).

A form printed on recycled paper and scanned grey has paper of about 180-222 all over the sheet, evenly (no desk
round it, no lamp), dark ink on it, and hundreds of short pale fibres over paper and print alike. Read as it
was, most such pages went the phone-photo path (their paper is not white: page_photo.photographed), whose lines
were "straightened" by a bend no flat sheet has (lines made to wave, words lost), or the faded-print step's cells
and the fibres beside the words. c-image's step (thirty-fourth round) made every found page white with a knee and
lost on two fresh pages with nothing to catch it; here the cleaned page is only a candidate (ocr.read_page_image
reads both and keeps the cleaned one only when it reads clearly more common words, or as many and far less junk:
`reads_better`).

The candidate: the paper's light divided out (page_photo.flattened: paper 255), then a pixel is ink when it is
darker than halfway to the print's core (page_photo.ink_level) *and* lies within a stroke's half width of a core
pixel (fibres_core_share of the way from the core to the paper): a letter's every stroke has such a core, a fibre, a
pixel or two wide and 25-70 levels under the paper, has none, so its pixels away from print are paper. A darker
fibre keeps a core: what is left is told from print by its shape, not its darkness: a mark standing alone that is
long for its pixels (under fibres_width_points wide on average along its box's diagonal) is a fibre, since a body
letter's thinnest lone mark (an l, a slash, a hyphen) is wider; a fibre crossing print stays with it.
"""

from __future__ import annotations

from bilagor.extractor.scan_settings import SCAN_SETTINGS, ScanSettings


def recycled(grey, scale: float, s: ScanSettings = SCAN_SETTINGS) -> bool:
    """Whether page image `grey` (H x W uint8, `scale` px per pt) is dark print on evenly grey paper with fibres
    in both side margins."""
    import numpy as np
    from PIL import Image

    height, width = grey.shape
    cell = max(8, round(s.fibres_cell_points * scale))
    rows, cols = height // cell, width // cell
    if rows < 4 or cols < 4:
        return False
    blocks = grey[: rows * cell, : cols * cell].reshape(rows, cell, cols, cell)
    light = np.percentile(blocks, 80, axis=(1, 3)).astype(np.float32)
    level = float(np.median(light))
    low, high = np.percentile(light, [5, 95])
    if not s.fibres_min_paper <= level <= s.fibres_max_paper or float(high - low) > s.fibres_max_spread:
        return False
    if level - float(np.percentile(grey[::2, ::2], 0.5)) < s.fibres_min_contrast:
        return False
    paper = np.asarray(Image.fromarray(light, "F").resize((width, height), Image.Resampling.BILINEAR))
    middle = slice(round(0.05 * height), round(0.95 * height))
    for left, right in ((0.01, 0.06), (0.94, 0.99)):
        strip = (middle, slice(round(left * width), round(right * width)))
        if float((grey[strip] < paper[strip] - s.fibres_depth).mean()) < s.fibres_min_share:
            return False
    return True


def cleaned(grey, scale: float, s: ScanSettings = SCAN_SETTINGS):
    """`grey` with its paper white and every pale mark that lies away from a stroke's core made paper: black ink
    on white (uint8)."""
    import numpy as np
    from PIL import Image, ImageFilter

    from bilagor.extractor.page_photo import MID_GREY, black_on_white, flattened, ink_level

    flat = flattened(grey, scale)
    level = ink_level(flat)
    dark = flat[::2, ::2]
    dark = dark[dark < MID_GREY]
    core_grey = float(np.percentile(dark, 25)) if dark.size else 0.0
    core = flat < core_grey + s.fibres_core_share * (255.0 - core_grey)
    reach = max(1, round(s.fibres_core_reach_points * scale))
    near = Image.fromarray(np.where(core, np.uint8(255), np.uint8(0))).filter(ImageFilter.MaxFilter(2 * reach + 1))
    ink = (flat < level) & (np.asarray(near) > 0)
    return black_on_white(_without_thin_marks(ink, scale, s))


def _without_thin_marks(ink, scale: float, s: ScanSettings):
    """`ink` (H x W bool) without its lone marks that are long for their pixels: fibres."""
    import numpy as np

    from bilagor.extractor.photos import labelled_runs

    if not ink.any():
        return ink
    marks = labelled_runs(ink)  # a mark is an 8-connected area of ink
    diagonal = np.hypot(marks.bottom - marks.top, marks.right - marks.left)
    thin = (diagonal >= s.fibres_min_length_points * scale) & (marks.size < s.fibres_width_points * scale * diagonal)
    out = ink.copy()
    gone = thin[marks.area]
    for start, end, row in zip(marks.starts[gone], marks.ends[gone], marks.rows[gone], strict=True):
        out[row, start:end] = False
    return out


def common_words(texts, lexicon: frozenset[str]) -> int:
    """How many of a reading's word `texts` are common words of `lexicon` (lowercase), three letters or more."""
    import re

    count = 0
    for text in texts:
        word = re.sub(r"[^\wåäöÅÄÖéÉüÜ]|[\d_]", "", text).lower()
        count += len(word) >= 3 and word in lexicon
    return count


def junk_words(texts) -> int:
    """How many of a reading's word `texts` hold no two letters or digits in a row: marks read as words."""
    import re

    return sum(1 for text in texts if not re.search(r"[^\W_]{2}", text))


def reading_counts(texts, lexicon: frozenset[str]) -> tuple[int, int]:
    """A reading's (common words, junk words), the vote's counts."""
    return common_words(texts, lexicon), junk_words(texts)


def reads_better(plain: tuple[int, int], candidate: tuple[int, int], s: ScanSettings = SCAN_SETTINGS) -> bool:
    """Whether the candidate's reading is clearly better than the plain page's, by their `reading_counts`: clearly
    more common words, or no fewer and far less junk (the fibres the plain page read as marks). A cleaning that
    wiped print reads fewer common words, and is never taken."""
    (common, junk), (common_after, junk_after) = plain, candidate
    if common_after - common >= max(s.fibres_min_gain_words, s.fibres_min_gain_share * common):
        return True
    return (
        common_after >= common
        and junk - junk_after >= s.fibres_min_junk_drop
        and junk_after <= s.fibres_junk_share * junk
    )
