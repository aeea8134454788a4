"""The tolerances of the image steps a scanned page goes through before Tesseract, named, in one place (as
layout.settings.LayoutSettings keeps the layout's).

Distances are in PDF points (a step multiplies them by its image's pixels per point) unless a field says px or a
share of something; grey levels are of 255. Gathered so far: the burnt edges (burn_*), the channel register
(register_*), the print probe (probe_*) and recycled paper's fibres (fibres_*). What stays in the modules: word
lists, and a step's candidate values (magnifier's gains) that are tried rather than measured against.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ScanSettings:
    # --- a page rescued from a fire: burnt-away edges (burnt_edges, thirty-sixth round)
    # Darker than this is the burnt part or its charred rim (the lid 15-40, the rim 35-70).
    burn_level: int = 100
    # A burnt edge's dark run reaches at least this far in ...
    burn_min_points: float = 3.0
    # ... along this share of the edge's middle (a fire's wave dips to the edge in places: 0.4-1.0 of it).
    burn_min_share: float = 0.35
    # An edge is measured on its middle (this share of each end left out): near a corner the run from the other
    # edge's burn, or a burnt corner, reaches the whole strip's depth.
    burn_corner_share: float = 0.15
    # Deeper dark runs are a picture, a dark page or a desk, left alone.
    burn_max_points: float = 90.0
    # Three or four dark edges are a frame or a desk all round (ocr_frame's, page_photo's).
    burn_max_edges: int = 2
    # The burn line waves along the edge: its depth, a straight line fitted and taken off (a slanted sheet's border
    # or desk edge is one), still spans this much between its 5th and 95th percentiles (a fire's 12-36 px waves at
    # 200 dpi span 8-25 pt; a scanner's border, JPEG-blurred, under 1 pt).
    burn_min_wave_points: float = 3.0
    # The paper just inside the burn line (from burn_rim_points to burn_rim_points + burn_beside_points past it)
    # is browned: its light at most this share of the page's paper (a fire's browned band 0.55-0.75 at its rim;
    # clean paper 1.0).
    burn_brown_share: float = 0.9
    burn_rim_points: float = 2.0
    burn_beside_points: float = 10.0
    # px: a dark run ends where this many light pixels follow in a row.
    burn_edge_gap: int = 3
    # The burnt part is made paper this much further in: the rim's blurred inner edge.
    burn_grow_points: float = 2.5
    # The paper's light is measured on cells this size (the browned band fades over 20-60 pt) ...
    burn_light_cell_points: float = 4.0
    # ... as this percentile of a cell's greys: its paper.
    burn_light_percentile: int = 90
    # A burnt cell takes its neighbours' light, reaching this many cells (past the rim).
    burn_fill_cells: int = 8
    # A cell lit less than this share of the paper holds no paper: burnt, made paper.
    burn_min_light_share: float = 0.3
    # The paper is evened out in a strip this deep past the deepest burn (the band 90-260 px).
    burn_band_points: float = 110.0

    # --- a colour scan's red and blue channels out of register (channel_register, thirty-fifth round)
    # The farthest a channel is looked for (6 px at 200 dpi is 2.2 pt).
    register_max_shift_points: float = 2.4
    # px: a channel a pixel off or more is moved back.
    register_min_shift_pixels: int = 1
    # The shifted peak must beat the zero offset's correlation by this much (in every crop).
    register_gain: float = 1.03
    # px: the side of the square crops the shift is measured on (their edges 512, a fast FFT) ...
    register_crop: int = 513
    # ... at most this many of them, where the green channel's edges are densest;
    register_crops: int = 3
    # a green edge is a step of more than this many grey levels between neighbouring pixels;
    register_edge_step: int = 40
    # a crop with less ink (this many levels under its paper) than this share of its pixels measures nothing.
    register_ink_depth: int = 40
    register_min_ink_share: float = 0.01
    # The paper a channel's ink is measured under: this percentile of its greys.
    register_paper_percentile: int = 90

    # --- does a page at the pixel cap hold print at all (print_probe, thirty-sixth round)
    # The probe's drawing: about 1 000 x 1 450 px for an A4 page (125 dpi), where 8 pt type is still 8-10 px a
    # line, and a twentieth of the pixels of a page at OCR's cap (render and test cost about a tenth of a second).
    probe_pixels: int = 1_500_000
    # Never drawn finer than OCR itself draws.
    probe_dpi: int = 300
    # A pixel is ink when it is this many grey levels darker than the mean of the pixels around it (a window
    # probe_background_share of the image's shorter side in radius: a few lines of text, so its mean is the
    # paper's, and an uneven light (a photo, a shadow) is followed).
    probe_ink_contrast: int = 40
    probe_background_share: float = 1 / 60
    # The image is cut into this many vertical strips (each at least probe_min_strip_px wide): a strip is a letter
    # or two wide, so a line of text inks a band of its rows with paper above and below, and a page turned by a
    # degree keeps a line level from one strip to the next.
    probe_strips: int = 96
    probe_min_strip_px: int = 4
    # A band of inked rows is a line of text when it is at least probe_min_line_px tall (dust, a rule) and at most
    # probe_max_line_share of the image's height or probe_max_line_points, whichever is more (a picture, or lines
    # run together): a photographed page's print is tall in points, a small page's (a label, a slip) tall beside
    # the page.
    probe_min_line_px: int = 3
    probe_max_line_share: float = 1 / 40
    probe_max_line_points: float = 30.0
    # Bands in neighbouring strips are the same line when they overlap by this share of the rows they span together.
    probe_same_line_overlap: float = 0.5
    # A line runs on across at least this many strips (a word of five letters); a photo's texture makes shorter
    # pieces ...
    probe_min_line_strips: int = 5
    # ... and is made of strokes: over those strips its rows leave at least this many columns of paper between
    # letters and words (the edge of a pale shape on a dark ground, a picture's outline, inks a band with no gap).
    probe_min_line_gaps: int = 2
    # A page with fewer such lines (pieces of a line between word spaces count apart) holds no print. A camera
    # photo's texture and outlines made at most two; a page of a scanned form the fewest measured five (a heading,
    # a label and its answer, a page number). A page of a line or two of print alone may be taken for a photo.
    probe_min_lines: int = 3
    # A blank page's lightest and darkest few pixels (this percentile from either end) differ by less than
    # probe_blank_contrast grey levels (paper's grain, a speck or two); a picture's, even a dark one's, by more.
    probe_blank_percentile: float = 0.1
    probe_blank_contrast: int = 40

    # --- grey recycled paper with dark fibres (recycled_fibres, thirty-fourth round)
    # The paper's median level: grey, not white, not dark.
    fibres_min_paper: float = 170.0
    fibres_max_paper: float = 224.0
    # The paper's light across the sheet (cells' 95th less 5th percentile): even, as on a flatbed.
    fibres_max_spread: float = 30.0
    # The paper less the ink's darkest half percent: dark print, not a faded copy.
    fibres_min_contrast: float = 110.0
    # A fibre's pixel is this much under the paper's light.
    fibres_depth: float = 20.0
    # The share of such pixels in each side margin's strip (1-6 % of the width in): fibres in both.
    fibres_min_share: float = 5e-4
    # The paper's light is measured on cells this size.
    fibres_cell_points: float = 15.0
    # A stroke's core is darker than this share of the way from the print's core to the paper.
    fibres_core_share: float = 0.35
    # An ink pixel lies this near a core pixel (a body stroke's half width and its blur).
    fibres_core_reach_points: float = 0.6
    # A mark whose pixels over its length (its box's diagonal) are fewer is a thin line: ...
    fibres_width_points: float = 0.55
    # ... a fibre, when that long (an umlaut's dot, a full stop is shorter); a stroke is wider.
    fibres_min_length_points: float = 1.5
    # The cleaned page reads at least this many more common words than the plain page ...
    fibres_min_gain_words: int = 3
    # ... and this share of the plain page's;
    fibres_min_gain_share: float = 0.02
    # or no fewer common words and at least this many fewer marks read as junk ...
    fibres_min_junk_drop: int = 10
    # ... and at most this share of the plain page's (fibres read as "-", "~", "'").
    fibres_junk_share: float = 0.5


SCAN_SETTINGS = ScanSettings()
