"""Characters -> words: pdfplumber's word grouping over character dicts (from pdfminer or pdfium),
with fake-bold overprints left out and words parted at a word-sized gap (pure over plain dicts)."""

from __future__ import annotations

import re
from typing import Any

from bilagor.extractor.overdrawn import pieces
from bilagor.extractor.overstrike import without_overstrikes
from bilagor.extractor.reading_order import reading_order
from bilagor.extractor.text import hyphens_read_as_hyphens
from bilagor.extractor.words import Word

# pdfplumber's word grouping, as Page.extract_words applies it by default.
WORD_OPTIONS: dict[str, Any] = {
    "x_tolerance": 3,
    "y_tolerance": 3,
    "keep_blank_chars": False,
    "use_text_flow": False,
    "extra_attrs": ["fontname", "size"],
}

# Fake bold: a producer without a bold face draws each glyph again a fraction of a point to the
# side (overprint). A second copy of the same character, font and size whose origin is within this
# many points of the first is that overprint; two real glyphs of one letter are a glyph apart.
OVERPRINT_TOLERANCE = 1.0


def without_overprint(chars: list[dict]) -> list[dict]:
    """`chars` without the copies drawn over a character to make it look bold (pure, order kept).

    pdfplumber's own dedupe_chars does this, but in quadratic time on a page's characters.
    overstrike.without_overstrikes, run after this, also reads the same glyph twice as one, by box overlap; both
    are needed: this pass takes turned characters (that one reads upright ones only) and a narrow glyph drawn
    again up to a point aside ("l", "."), whose boxes overlap less than its OVERLAP_SHARE; that one takes a
    typewriter's strike more than a point aside and sizes differing in the last digits. Without this pass 5 of
    306 pages of pdfplumber's and pypdf's test PDFs read other words (another copy kept, or another order:
    docs/benchmarks.md, "Two passes over doubled glyphs").
    """
    groups: dict[tuple, list[int]] = {}
    for index, char in enumerate(chars):
        groups.setdefault((char["text"], char.get("fontname"), char.get("size"), char.get("upright")), []).append(index)
    dropped: set[int] = set()
    for indexes in groups.values():
        if len(indexes) < 2:
            continue
        kept: list[dict] = []
        for index in sorted(indexes, key=lambda i: (chars[i]["top"], chars[i]["x0"])):
            char = chars[index]
            while kept and kept[0]["top"] < char["top"] - OVERPRINT_TOLERANCE:
                kept.pop(0)
            if any(abs(k["x0"] - char["x0"]) <= OVERPRINT_TOLERANCE for k in kept):
                dropped.add(index)
            else:
                kept.append(char)
    return [char for index, char in enumerate(chars) if index not in dropped] if dropped else chars


# A word space written as a text offset (TJ) with no space character: pdfplumber parts words at a
# gap over a fixed 3 pt, which at 9-10 pt is wider than a typesetter's word space (a third of an
# em, less in a justified line), so such words ran together ("behovav"). A gap between two
# letters wider than this share of the font size (and at least MIN_WORD_GAP pt) parts them.
# Letter spacing and kerning stay well below it (a tenth of an em at most).
WORD_GAP_RATIO = 0.15
MIN_WORD_GAP = 1.0
# The word gap is measured against the line itself as well. Letter spacing (Tc) widens every gap of a
# line by the same amount (pdfminer draws horizontal scaling, Tz, with such gaps too): the gap at this
# quantile of a run's gaps between two letters or digits (most of them inside words) is its letter
# spacing, added to the word gap when it is wider than half a word gap (kerning moves letters by
# less). Runs of fewer such gaps are not judged; gaps beside punctuation say nothing (". . ." set
# with thin spaces is no letter spacing), nor do scripts written without word spaces (CJK set in
# vertical columns stands evenly apart across a row), nor gaps wider than MAX_SPACING_EM of an em.
SPACING_QUANTILE = 0.25
MIN_SPACING_GAPS = 4
MAX_SPACING_EM = 0.5
SPACED_SCRIPTS_END = 0x0590  # Latin, Greek and Cyrillic letters and the digits lie below
# In such a run the word space itself is measured by the run's glyphs as well: a gap wider than this share
# of its median glyph width (a glyph is about half an em at full width, so 0.15 em there), when that is
# narrower than the size's word gap (horizontally scaled type).
WIDTH_GAP_RATIO = 0.3
# pdfplumber first groups characters into runs up to this share of the font size apart: a
# letter-spaced or condensed line stays one run, which `parted` parts at its own word gaps.
RUN_GAP_RATIO = 1.0


# pdfplumber parts a word wherever its characters' sizes differ, and a producer that sets each glyph in its own
# scaled text matrix (font size 1, the size in the matrix) gives sizes that differ in the last digits
# (9.99994, 9.99995 …): every letter became a word of its own. Sizes this close are one size; a group never spans
# more than SIZE_NOISE_SPAN, so two real sizes (a tenth of a point apart at least) stay apart.
SIZE_NOISE = 0.005
SIZE_NOISE_SPAN = 0.02


def with_sizes_snapped(chars: list[dict]) -> list[dict]:
    """`chars` with sizes that differ by float noise set to one size, the one most of them have (pure)."""
    counts: dict[float, int] = {}
    for char in chars:
        size = char.get("size")
        if isinstance(size, (int, float)):
            counts[size] = counts.get(size, 0) + 1
    if len(counts) < 2:
        return chars
    snapped: dict[float, float] = {}
    group: list[float] = []
    for size in [*sorted(counts), None]:
        if group and (size is None or size - group[-1] > SIZE_NOISE or size - group[0] > SIZE_NOISE_SPAN):
            usual = max(group, key=lambda s: counts[s])
            snapped.update({s: usual for s in group if s != usual})
            group = []
        if size is not None:
            group.append(size)
    if not snapped:
        return chars
    return [{**char, "size": snapped[char["size"]]} if char.get("size") in snapped else char for char in chars]


def words_from_chars(chars: list[dict]) -> list[Word]:
    """pdfplumber's word grouping over character dicts (from pdfminer or pdfium), overprints left
    out, words parted at a word-sized gap of their line even without a space character."""
    from pdfplumber.utils import extract_words

    chars = without_overstrikes(without_overprint(chars))  # underlines typed over letters, double strikes, accents
    chars = reading_order(chars)  # glyphs drawn out of order: by line and x when the stream order is no guide
    chars = with_sizes_snapped(chars)  # a glyph set in its own scaled matrix: sizes differing in the last digits
    upright = [c for c in chars if c.get("upright", True)]
    # A run drawn over one already on its line (a word run on past its cell) grouped apart, not interleaved.
    runs = [
        run
        for piece in pieces(upright)
        for run in extract_words(piece, x_tolerance_ratio=RUN_GAP_RATIO, return_chars=True, **WORD_OPTIONS)
    ]
    grouped = joined_subsets([part for run in runs for part in parted(run)])
    if len(upright) < len(chars):  # turned text (a page set sideways): pdfplumber's grouping at the word gap
        turned = [c for c in chars if not c.get("upright", True)]
        grouped += extract_words(turned, x_tolerance_ratio=WORD_GAP_RATIO, **WORD_OPTIONS)
    grouped = [w for w in grouped if w["text"].strip()]
    # Hyphens set as minus signs or Unicode hyphens read as the hyphen the text has ("E−post" -> "E-post").
    texts = hyphens_read_as_hyphens([w["text"] for w in grouped])
    return [
        Word(
            text=text,
            x0=float(w["x0"]),
            x1=float(w["x1"]),
            top=float(w["top"]),
            bottom=float(w["bottom"]),
            fontname=str(w["fontname"] or ""),
            size=round(float(w["size"] or 0.0), 2),
        )
        for w, text in zip(grouped, texts)
    ]


# A font subset's tag: six capitals and "+" before the face's name (PDF 32000 9.6.4).
_SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")


def face(fontname: str | None) -> str:
    """A font's face: its name without the subset tag ("BLYVVA+DejaVuSans" -> "DejaVuSans")."""
    return _SUBSET_TAG.sub("", fontname or "")


def joined_subsets(words: list[dict]) -> list[dict]:
    """pdfplumber's words with the pieces of one word drawn from two subsets of the same face joined (pure).

    Producers that subset a TrueType font in pieces of 256 glyphs (matplotlib, ReportLab) draw a glyph of a
    later piece (a ligature, a rare letter) from a second font object with its own subset tag; pdfplumber
    parts words where the font changes ("Tra", "fi", "kverket"). Two neighbours on one line in the same face
    and size, closer than a word gap, are one word, as they would have been in one font object.
    """
    out: list[dict] = []
    last_font = None  # the font of the last piece joined (the word keeps its first piece's)
    for word in words:
        last = out[-1] if out else None
        if (
            last is not None
            and last_font != word["fontname"]
            and face(last["fontname"]) == face(word["fontname"])
            and last["size"] == word["size"]
            and abs(float(last["top"]) - float(word["top"])) <= WORD_OPTIONS["y_tolerance"]
            and float(word["x0"]) - float(last["x1"]) <= word_gap(word["size"])
        ):
            out[-1] = dict(
                last,
                text=last["text"] + word["text"],
                x1=max(float(last["x1"]), float(word["x1"])),
                top=min(float(last["top"]), float(word["top"])),
                bottom=max(float(last["bottom"]), float(word["bottom"])),
            )
        else:
            out.append(word)
        last_font = word["fontname"]
    return out


def word_gap(size: float | None) -> float:
    """The narrowest gap (pt) that parts two words at font size `size`."""
    return max(MIN_WORD_GAP, WORD_GAP_RATIO * float(size or 0.0))


def run_word_gap(chars: list[dict]) -> float:
    """The narrowest gap (pt) that parts two words in a run of characters of one line, font and size:
    the size's word gap, or in a letter-spaced run its letter spacing plus a word space by its glyphs (pure)."""
    limit = word_gap(chars[0].get("size"))
    gaps = sorted(float(b["x0"]) - float(a["x1"]) for a, b in zip(chars, chars[1:]) if _spaced(a) and _spaced(b))
    if len(gaps) < MIN_SPACING_GAPS:
        return limit
    spacing = gaps[int(len(gaps) * SPACING_QUANTILE)]
    if not limit / 2 < spacing <= MAX_SPACING_EM * float(chars[0].get("size") or 0.0):
        return limit
    widths = sorted(float(c["x1"]) - float(c["x0"]) for c in chars)
    return spacing + max(MIN_WORD_GAP, min(limit, WIDTH_GAP_RATIO * widths[len(widths) // 2]))


def _spaced(char: dict) -> bool:
    """A letter or digit of a script written with word spaces."""
    text = char["text"]
    return len(text) == 1 and text.isalnum() and ord(text) < SPACED_SCRIPTS_END


def parted(word: dict) -> list[dict]:
    """`word` (a run of pdfplumber's, with its chars) split where two letters stand a word gap apart."""
    from pdfplumber.utils.text import LIGATURES

    chars = word["chars"]
    if len(chars) < 2 or not chars[0].get("upright", True):  # pdfplumber groups words by uprightness
        return [word]
    limit = run_word_gap(chars)
    cuts = [i for i in range(1, len(chars)) if chars[i]["x0"] - chars[i - 1]["x1"] > limit]
    if not cuts:
        return [word]
    groups = [chars[a:b] for a, b in zip([0, *cuts], [*cuts, len(chars)])]
    return [
        {
            "text": "".join(LIGATURES.get(c["text"], c["text"]) for c in group),
            "x0": min(float(c["x0"]) for c in group),
            "x1": max(float(c["x1"]) for c in group),
            "top": min(float(c["top"]) for c in group),
            "bottom": max(float(c["bottom"]) for c in group),
            "fontname": group[0].get("fontname"),
            "size": group[0].get("size"),
        }
        for group in groups
    ]
