"""Scans that carry their own OCR text: trust that layer, or read the image ourselves (pure).

Scanners, archives and `tesseract … pdf` deliver a page image with the
recognised words drawn invisibly over it (text render mode 3). pdfminer reads
those words like any text, so such a page was never OCR'd by us, whatever the
layer was worth. Per page: a layer whose words read as words (by shape, see
text_layer.plausible_share) and which holds a known label word is used; any
other is replaced by our own OCR (never both). A used layer's words are given
what our OCR gives its words: one box per line (Tesseract's layer boxes each
word on its own skewed baseline) and one size per line, estimated from the
line's glyph widths (the layer's own sizes come from line heights, and a line
with descenders read 20 % larger, like a heading), snapped to the body size.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from bilagor.extractor.labels import is_label_word
from bilagor.extractor.ocr import mended_line, mended_lone_i, mended_word, separate_stacked_lines
from bilagor.extractor.text_layer import plausible_share
from bilagor.extractor.words import Page, Word

UNTRUSTED_LAYER = "skannad sida vars eget OCR-lager inte går att lita på"
OWN_LAYER_USED = "skannad sida, dess eget OCR-textlager används"
# A page counts as a scan with its own OCR layer when pictures cover this share of it and this
# share of its characters are invisible (render mode 3).
SCAN_COVER = 0.8
INVISIBLE_SHARE = 0.9
# Share of a layer's words (by characters) shaped like words for the layer to be used; stricter
# than for a born-digital page (text_layer.MIN_PLAUSIBLE): an OCR engine's misreads look like words.
MIN_PLAUSIBLE = 0.9
MIN_LABEL_WORD = 4  # letters a label word needs to show a form ("av", "och" are in labels and in any text)
BOX_UNITS = 100  # a layer word's box in hundredths of a point, for the OCR menders' whole-pixel boxes
CHAR_EM = 0.5  # average glyph width over a line, times the font size
# A line's width-estimated size this close to the body's (or to another size already given) is that
# size: the estimate of a short line (a label) is noisy, by a fifth either way on the tuning scans;
# a title is a third larger or more. Narrower (0.8-1.2) split label lines into sections of their own.
SAME_SIZE = (0.75, 1.3)
SPECK_MARKS = frozenset(".,'`|:;\"")
# A layer with more than this share of noise words (noise_share) is an engine's raw output on a
# poor scan: our OCR, which straightens the page, wipes dust and mends misreads, reads it better
# (on the tuning scans: sections 0.81 against 0.50 from the layer).
MAX_NOISE_SHARE = 0.01
ONE_LETTER_WORDS = frozenset("iIåöÅÖ")
DASHES = frozenset({"-", "–", "—", "&", "§"})
# A word of small letters broken by a "1" or "0" ("ti1l", "investeringsmede1", "sko1an") is an
# engine's misread of l, i or o: no Swedish word, number or code is written so. Tesseract on a
# clean scan does not write them; a poor engine does (one to eight a page on the nineteenth forms'
# dev-half sandwiches). One is enough: our own OCR read those pages better (sections 0.97 / 0.98
# against 0.59 / 0.60 from the layer), and on a good layer distrust only costs OCR time.
MAX_DIGIT_MISREADS = 0
_DIGIT_MISREAD = re.compile(r"[a-zåäöé]+[10][a-zåäöé]+|[a-zåäöé]{3,}[10]")
_CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ"
_INNER_CAPITAL = re.compile(r"[a-zåäö]{2}[A-ZÅÄÖ][a-zåäö]{2}")  # a word's capital first letter ("Bi1aga")
_EDGE = ".,:;!?()\"'”’"
# The shapes a poor OCR engine confuses, each read either way round: marks lost from å, ä, ö or
# swapped, strokes (l, 1, I), letters run together or parted (rn and m, cl and d, ii and ü), and
# round letters (e and c, o and 0, h and b, u and n).
CONFUSIONS = (
    ("å", "a"), ("ä", "a"), ("ö", "o"), ("å", "ä"), ("Å", "A"), ("Ä", "A"), ("Ö", "O"),
    ("l", "1"), ("l", "I"), ("rn", "m"), ("cl", "d"), ("ü", "ii"),
    ("e", "c"), ("O", "0"), ("o", "0"), ("h", "b"), ("u", "n"),
)  # fmt: skip
MIN_CONFUSED_LETTERS = 4  # shorter words have too many real neighbours a confusion away ("bar", "har")
# A layer with more words than this one confusion away from a word of the forms or from a word the
# same page spells otherwise more often ("projckt" beside "projekt" twice) is a poor engine's: our
# OCR, which mends such misreads and reads the image whole, reads it better. One is allowed: a
# good engine misreads a word a page now and then, and the layer's use saves the OCR's time.
MAX_CONFUSED = 1
# Letter runs no Swedish word is spelt with, which a poor engine writes for e, h or o: a "c" between two
# consonants other than before k or h ("stadsdclsnämnd", "torgct", "godkändcs": an e read as c), a "c" before a
# consonant no word puts after it ("ocb": an h read as b), and a letter O or l between figures ("2 554 0O0": a
# zero read as a letter). Judged on words of small letters only, so a name's or a code's capitals are left alone.
_CONSONANTS = "bdfgjlmnpqrstvwxz"
_NO_SWEDISH_SPELLING = re.compile(rf"[{_CONSONANTS}]c[{_CONSONANTS}]|c[bdfgjmnpqvwxz]")
_LETTER_IN_FIGURES = re.compile(r"\d[OoIl]\d")
MIN_SLOPE_WORDS = 3  # words a line needs to say how the page is skewed
MAX_SLOPE = 0.05  # about 3 degrees: a steeper "skew" is something else (a rotated stamp); left alone


def untrusted_reason(page: Page) -> str | None:
    """UNTRUSTED_LAYER when `page`'s own OCR layer is not to be used, None when it is."""
    texts = [w.text for w in page.words]
    labelled = any(len(t.strip(":")) >= MIN_LABEL_WORD and is_label_word(t.strip(":")) for t in texts)
    if plausible_share(texts) < MIN_PLAUSIBLE or not labelled:
        return UNTRUSTED_LAYER
    if noise_share(texts) > MAX_NOISE_SHARE or len(digit_misreads(texts)) > MAX_DIGIT_MISREADS:
        return UNTRUSTED_LAYER
    if len(misread_words(texts)) > MAX_CONFUSED:
        return UNTRUSTED_LAYER
    return None


def untrusted_layers(pages: list[Page]) -> dict[int, str]:
    """Page number -> UNTRUSTED_LAYER for each page of `pages` with an OCR layer not to be used: by its
    own words (untrusted_reason), or because the layers of the whole file show more misreads than
    MAX_CONFUSED between them. One engine wrote every page's layer; a page shows one or two of its
    misreads only where they fall on a label or a repeated word."""
    layers = [page for page in pages if page.ocr_layer and page.words]
    reasons = {page.number: reason for page in layers if (reason := untrusted_reason(page))}
    if len(misread_words([w.text for page in layers for w in page.words])) > MAX_CONFUSED:
        reasons = dict.fromkeys((page.number for page in layers), UNTRUSTED_LAYER)
    return reasons


def misread_words(texts: list[str]) -> list[str]:
    """The words of `texts` that show a poor engine's misreads: a digit for a letter (digit_misreads),
    one confusion away from a known word (confused_words), spelt as no Swedish word (misspelt_words), or a
    capital between small letters, an l read as I or two words run together ("SkoIor", "vidKungsträdgården")."""
    found = set(digit_misreads(texts)) | set(confused_words(texts)) | set(misspelt_words(texts))
    found |= {text for text in texts if _INNER_CAPITAL.search(text)}
    return sorted(found)


def misspelt_words(texts: list[str]) -> list[str]:
    """The words of `texts` spelt as no Swedish word is (_NO_SWEDISH_SPELLING, in a word of small letters
    only), or a number with a letter O or l among its figures ("0O0och")."""
    found = []
    for text in texts:
        word = text.strip(_EDGE)
        if (word.isalpha() and word.islower() and _NO_SWEDISH_SPELLING.search(word)) or _LETTER_IN_FIGURES.search(word):
            found.append(text)
    return found


def confused_words(texts: list[str]) -> list[str]:
    """The words of `texts` a poor engine misread: one confusion (CONFUSIONS) away from a word of the
    forms' labels, titles and stages, or from a word `texts` itself spells so at least twice and more
    often than this spelling; a word that is itself one of those is read right."""
    words = [text.strip(_EDGE) for text in texts]
    counts = Counter(word.lower() for word in words if len(word) >= MIN_CONFUSED_LETTERS)
    known = _form_words()
    found = []
    for word in words:
        lower = word.lower()
        if len(word) < MIN_CONFUSED_LETTERS or lower in known:
            continue
        for variant in _unconfused(word):
            low = variant.lower()
            if low in known or (counts[low] >= 2 and counts[low] > counts[lower]):
                found.append(word)
                break
    return found


def _unconfused(word: str) -> list[str]:
    """`word` with one confusion undone, every way it can be."""
    variants = []
    for a, b in CONFUSIONS:
        for old, new in ((a, b), (b, a)):
            start = word.find(old)
            while start >= 0:
                variants.append(word[:start] + new + word[start + len(old) :])
                start = word.find(old, start + 1)
    return variants


@lru_cache(maxsize=1)
def _form_words() -> frozenset[str]:
    """The words (lower case, MIN_CONFUSED_LETTERS or longer) of every template label, alias, stage marker
    and title word."""
    from bilagor.extractor.labels import vocabulary
    from bilagor.extractor.ocr_misreads import TITLE_WORDS

    vocab = vocabulary()
    phrases = list(vocab.spellings.values()) + ["Slutredovisning", "Delredovisning"] + list(TITLE_WORDS)
    return frozenset(
        word.lower()
        for phrase in phrases
        for word in re.findall(r"[^\W\d_]+", phrase)
        if len(word) >= MIN_CONFUSED_LETTERS
    )


def digit_misreads(texts: list[str]) -> list[str]:
    """The words of `texts` an engine misread with a digit for a letter: small letters broken by a
    "1" or "0" ("ti1l", "me1lan"), or a word of three letters or more ending in one ("mede1")."""
    return [text for text in texts if _DIGIT_MISREAD.fullmatch(text.strip(_EDGE).lstrip(_CAPITALS))]


def noise_share(texts: list[str]) -> float:
    """Share of `texts` that are an OCR engine's noise: a lone letter that is no Swedish word
    (dust read as "å", a word read letter by letter: "f ö rd j u") or lone punctuation."""
    noise = sum(
        1
        for text in texts
        if (len(text) == 1 and text.isalpha() and text not in ONE_LETTER_WORDS)
        or (text and not any(c.isalnum() for c in text) and text not in DASHES)
    )
    return noise / len(texts) if texts else 0.0


def image_cover(page: Page) -> float:
    """Share of the page that its pictures cover (overlaps counted once per picture, capped at 1)."""
    area = page.width * page.height
    if area <= 0:
        return 0.0
    covered = 0.0
    for x0, top, x1, bottom in page.images:
        w = min(x1, page.width) - max(x0, 0.0)
        h = min(bottom, page.height) - max(top, 0.0)
        covered += max(w, 0.0) * max(h, 0.0)
    return min(covered / area, 1.0)


def layer_words(words: list[Word]) -> list[Word]:
    """An OCR layer's words as our OCR gives them: lines one box each, one size per line."""
    lines = _lines(_straightened(words, _lines(words)))
    if not lines:
        return []
    lines = [_without_marks(line) for line in lines]
    lines = [line for line in lines if line]
    texts = mended_lone_i([[w.text for w in line] for line in lines])
    lines = [[replace(w, text=t) for w, t in zip(line, ts, strict=True)] for line, ts in zip(lines, texts, strict=True)]
    estimates = [_width_size(line) for line in lines]
    weights = [sum(len(w.text) for w in line) for line in lines]
    body_estimate = _weighted_median(estimates, weights)
    body = _weighted_median([w.size for line in lines for w in line], [len(w.text) for line in lines for w in line])
    scale = body / body_estimate if body_estimate else 1.0
    extents = separate_stacked_lines(
        [
            (min(w.x0 for w in ln), min(w.top for w in ln), max(w.x1 for w in ln), max(w.bottom for w in ln))
            for ln in lines
        ]
    )
    result = []
    sizes = [round(body, 1)]  # the sizes given so far: a size close to one of them is that size
    for line, estimate, (_, top, _, bottom) in zip(lines, estimates, extents, strict=True):
        size = estimate * scale
        same = next((known for known in sizes if SAME_SIZE[0] <= size / known <= SAME_SIZE[1]), None)
        if same is None:
            same = round(size, 1)
            sizes.append(same)
        size = same
        result += [Word(w.text, w.x0, w.x1, round(top, 2), round(bottom, 2), w.fontname, size) for w in line]
    return result


def skew_slope(lines: list[list[Word]]) -> float:
    """The page's skew as a slope (points down per point right): the median over lines of three
    or more words of their bottoms' least-squares slope (a crooked scan's lines all drift alike)."""
    slopes = []
    for line in lines:
        if len(line) < MIN_SLOPE_WORDS:
            continue
        xs = [(w.x0 + w.x1) / 2 for w in line]
        ys = [w.bottom for w in line]
        mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
        spread = sum((x - mean_x) ** 2 for x in xs)
        if spread:
            slopes.append(sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / spread)
    slopes.sort()
    return slopes[len(slopes) // 2] if slopes else 0.0


def _straightened(words: list[Word], lines: list[list[Word]]) -> list[Word]:
    """Words moved up or down by the page's skew, so a crooked scan's lines run level (as our own
    OCR straightens the image first): a label and its answer on one row share a height again."""
    slope = skew_slope(lines)
    if abs(slope) > MAX_SLOPE or not slope:
        return words
    return [
        Word(
            w.text,
            w.x0,
            w.x1,
            w.top - slope * (w.x0 + w.x1) / 2,
            w.bottom - slope * (w.x0 + w.x1) / 2,
            w.fontname,
            w.size,
        )
        for w in words
    ]


def _lines(words: list[Word]) -> list[list[Word]]:
    """Words grouped into lines: a word joins the line whose last word it follows on the right
    and whose middle lies within its height (a skewed baseline drifts along a line)."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.x0, w.top)):
        middle = (word.top + word.bottom) / 2
        best = None
        for line in lines:
            last = line[-1]
            if last.top <= middle <= last.bottom and word.x0 >= last.x1 - 1 and (best is None or last.x1 > best[-1].x1):
                best = line
        if best is None:
            lines.append([word])
        else:
            best.append(word)
    return sorted(lines, key=lambda line: (min(w.top for w in line), line[0].x0))


def _without_marks(line: list[Word]) -> list[Word]:
    """A line without specks read as punctuation (a word of dots, commas, quotes or bars alone: the
    layer boxes it as tall as a word, so ocr.without_lone_marks's shape test cannot tell), then
    mended as our OCR mends its lines (ocr.mended_line, ocr.mended_word)."""
    kept = [w for w in line if not set(w.text) <= SPECK_MARKS] if len(line) > 1 else line
    if not kept:
        return []
    # Those menders work on whole-pixel boxes: hundredths of a point serve.
    boxes = [(w.text, [round(v * BOX_UNITS) for v in (w.x0, w.top, w.x1, w.bottom)]) for w in kept]
    fontname, size = kept[0].fontname, kept[0].size
    words = []
    for text, (x0, top, x1, bottom) in mended_line(boxes):
        words.append(
            Word(mended_word(text), x0 / BOX_UNITS, x1 / BOX_UNITS, top / BOX_UNITS, bottom / BOX_UNITS, fontname, size)
        )
    return words


def _width_size(line: list[Word]) -> float:
    chars = sum(len(w.text) for w in line)
    return sum(w.x1 - w.x0 for w in line) / chars / CHAR_EM if chars else 0.0


def _weighted_median(values: list[float], weights: list[int]) -> float:
    pairs = sorted(zip(values, weights))
    total = sum(weights)
    seen = 0
    for value, weight in pairs:
        seen += weight
        if seen * 2 >= total:
            return value
    return 0.0
