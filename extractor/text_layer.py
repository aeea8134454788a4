"""Is a page's text layer readable?

A font embedded without a map back to Unicode (no /ToUnicode, a custom
encoding) gives `(cid:12)` for each glyph, or letters that are glyph numbers
read as characters: "Eed4M5 hi5jln55". Stored as they are, such pages are
unsearchable and look fine to nobody. Pure functions over a page's words:
the share of words a `(cid:N)` breaks (a lone one is a symbol), and the share of words that could be Swedish (or
numbers, codes and abbreviations) by their shape: letters with a vowel, no
digits inside letters, no capitals inside lower case, no long consonant runs.
That shape is the shape of Latin words; a word in another script (Chinese,
Japanese, Cyrillic, Greek, Arabic...) is text when its letters keep to that one
script, as glyph numbers read as code points do not. Web and e-mail addresses
are words too: a contact page or a list of links is mostly addresses.
Codes mapped to the wrong characters (a ToUnicode map one code point off)
give words of the right shape, but never the short words every text is full
of ("och", "att", "the"): a page of many words without them is no text either.
A glyph chart (a font's characters shown one by one: a type specimen, a table of symbols) is words of one
glyph each; one glyph says nothing of a map, and OCR reads no more of such a page, so it is not judged.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from bilagor.extractor.words import Page

NO_UNICODE_MAP = "typsnitt utan Unicode-tabell"
NO_COMMON_WORDS = "inga vanliga ord: fel teckentabell"
BROKEN_FONT_REASONS = (NO_UNICODE_MAP, NO_COMMON_WORDS)  # the printed text's own layer, read wrongly
MIN_WORDS = 8  # fewer words than this are not judged by shape (a page number, a signature line)
# A readable page whose few glyphs have no Unicode map (an Italian text's apostrophes, a bullet) keeps
# its text layer, the "(cid:N)" left out: at most this share of its words are broken by one, that is
# hold one beside other glyphs ("d(cid:0)investimento"); a lone "(cid:N)" is a symbol and breaks none.
# A Swedish page whose å, ä and ö are unmapped has a quarter of its words broken: OCR reads it better.
MAX_BROKEN_WORD_SHARE = 0.1
MIN_PLAUSIBLE = 0.6  # share of the page's words (by characters) that look like words
# A text layer whose codes are mapped to the wrong characters (a ToUnicode map a code point off, a subset
# font's custom encoding read as WinAnsi) gives words shaped like words ("ibs", "qmbo") but none of the
# short words every Swedish or English text is full of. A page of this many letter words with fewer
# common words than MIN_COMMON_SHARE of them, and not all shaped like words, is no text.
MIN_LETTER_WORDS = 30
# A page of GLYPH_CHART_WORDS words at least, GLYPH_CHART_SHARE of them a single glyph (a letter, a symbol,
# a lone "(cid:N)"), is a glyph chart: prose, forms and tables keep most words longer than one character. One
# whose glyphs are half or more without a Unicode map is that font's text, unreadable, whatever its layout.
GLYPH_CHART_WORDS = 50
GLYPH_CHART_SHARE = 0.8
MIN_COMMON_SHARE = 0.03  # Swedish prose has a third; a form page of labels and short answers a tenth
MAX_PLAUSIBLE_WITHOUT_COMMON = 0.95  # a list of names has no common words, but every name is word-shaped
COMMON_WORDS = frozenset(
    "och i att det som en på är av för med till den har de inte om ett vid under från så kan var eller men "
    "efter även sig ska skulle blev har hade nu där när vi man också mot genom samt inom utan alla detta "
    "denna dessa sin sina sitt vara varit blir bli the of and to in is for on with that by as at from this "
    "are be was it an or".split()
)

_CID = re.compile(r"\(cid:\d+\)")
# WinAnsiEncoding, the standard fonts' usual encoding, shows its unused codes over 40 octal as a bullet (the PDF
# reference's note to its table); reportlab sets "•" in a standard font as code 127, which pdfminer leaves as
# "(cid:127)": a list item's bullet, read so in a base-14 text font (not in an embedded font's own codes).
_WIN_ANSI_BULLET = re.compile(r"\(cid:(?:127|129|141|143|144|157)\)")
_BASE14_TEXT = re.compile(r"(?:Helvetica|Times|Courier)(?:$|[-,])")
_VOWELS = frozenset("aeiouyåäöéüæøAEIOUYÅÄÖÉÜÆØ")
_EDGE_PUNCTUATION = "\"'.,;:!?()[]«»”“’‘–—-*/•"
_NUMBER = re.compile(r"^[\d\s.,:%/+\-–−]+(kr|tkr|mnkr|st|m|km|m2|m²|%)?$", re.IGNORECASE)
_CODE = re.compile(r"^[A-ZÅÄÖ]{0,6}[\d.\-/:]+[A-Za-zÅÄÖåäö]{0,2}$")  # "Dnr", "1.5.3-219-2019", "CM4", "5b"
# Source code: what joins identifiers inside a word, and a camelCase hump (a lower-case letter before a capital,
# or an acronym's last capital before a capitalised word: "PDFDocument").
_CODE_JOINS = re.compile(r"[.,;:(){}\[\]<>=+*&|!?'\"`_#@$%/\\-]+")
_NUMBERED_NAME = re.compile(r"^[A-Za-z]{1,3}\d{1,4}$")  # a short name with a number: x1, y2, h3, n0
_HEX_COLOUR = re.compile(r"^#[0-9A-Fa-f]{3,8}$")  # a colour in code: "#eee", "#1a2b3c"
_CAMEL_HUMP = re.compile(r"(?<=[a-zåäö])(?=[A-ZÅÄÖ])|(?<=[A-ZÅÄÖ])(?=[A-ZÅÄÖ][a-zåäö])")
_CONSONANT_RUN = re.compile(r"[^aeiouyåäöéüæø\W\d_]{6,}", re.IGNORECASE)
# Addresses: a URL with its scheme or "www.", an e-mail address, a bare domain under a top-level
# domain Swedish reports use ("stockholm.se"). Host parts are dotted labels; the top level is letters.
_URL = re.compile(r"^(?:(?:https?|ftps?)://|www\.)[\w-]+(?:\.[\w-]+)+(?:[/?#:]\S*)?$", re.IGNORECASE)
_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$", re.IGNORECASE)
_DOMAIN = re.compile(r"^[a-zåäö0-9-]+(?:\.[a-zåäö0-9-]+)*\.(?:se|nu|com|org|net|eu|info|stockholm)(?:/\S*)?$")
# Scripts written together in one word: Japanese mixes kanji, hiragana and katakana; full-width
# forms and the prolonged sound mark belong to the same text. Keyed by the first word of a
# letter's Unicode name.
_CJK_SCRIPTS = frozenset({"CJK", "HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA", "HALFWIDTH", "FULLWIDTH", "HANGUL"})


# Symbol-encoded TrueType fonts (a Word document's font embedded with a (3,0) cmap) map each
# code c to the private-use code point U+F000 + c, and a ToUnicode map written from such a
# font gives those: "\uf050\uf072\uf06f" for "Pro". Code c is the byte of the Windows
# code page; fonts that are symbols (Wingdings' bullets) keep their code points.
SYMBOL_FONT_RANGE = (0xF020, 0xF0FF)
_SYMBOL_FONT_NAMES = ("symbol", "wingding", "webding", "dingbat")


def glyph_text(text: str, fontname: str = "") -> str:
    """A character's text as read, with a symbol-encoded font's private-use code points made
    the characters they stand for (pure)."""
    low, high = SYMBOL_FONT_RANGE
    if not text or not all(low <= ord(c) <= high for c in text):
        return text
    if any(name in fontname.lower() for name in _SYMBOL_FONT_NAMES):
        return text
    return bytes(ord(c) - 0xF000 for c in text).decode("cp1252", "replace")


def unreadable_reason(page: Page) -> str | None:
    """Why the text layer of `page` cannot be used (NO_UNICODE_MAP), or None when it reads as text."""
    texts = [w.text for w in page.words]
    total = sum(len(t) for t in texts)
    if not total:
        return None
    if _unmapped_glyphs(texts):
        return NO_UNICODE_MAP
    chart = glyph_chart(texts)  # its single glyphs say nothing of a map: its fonts' longer words are judged
    if not chart and len(texts) >= MIN_WORDS and (share := plausible_share(texts)) < MIN_PLAUSIBLE:
        return NO_UNICODE_MAP
    if not chart and len(texts) >= MIN_WORDS and share < MAX_PLAUSIBLE_WITHOUT_COMMON and not common_words(texts):
        return NO_COMMON_WORDS
    if _broken_font(page):
        return NO_UNICODE_MAP
    return None


def glyph_chart(texts: list[str]) -> bool:
    """Whether `texts` are a glyph chart's (pure): GLYPH_CHART_WORDS words or more, GLYPH_CHART_SHARE of them
    one glyph each, fewer than half unmapped (pdf-lib's standard fonts demo: every character of Times,
    Helvetica, Courier, Symbol and ZapfDingbats apart, taken for a wrong character map and sent to OCR)."""
    if len(texts) < GLYPH_CHART_WORDS:
        return False
    unmapped = sum(bool(_CID.fullmatch(t)) for t in texts)
    single = unmapped + sum(len(t) == 1 for t in texts)
    return single >= GLYPH_CHART_SHARE * len(texts) and 2 * unmapped < len(texts)


def _unmapped_glyphs(texts: list[str]) -> bool:
    """Whether too many words of `texts` are broken by glyphs without a Unicode map to use the text
    (pure): more than MAX_BROKEN_WORD_SHARE of them, with three such glyphs at least."""
    if sum(len(_CID.findall(t)) for t in texts) < 3:
        return False
    return sum(_broken_word(t) for t in texts) > MAX_BROKEN_WORD_SHARE * len(texts)


def _broken_word(text: str) -> bool:
    """Whether a word holds an unmapped glyph beside other glyphs: "(cid:3)" alone is a symbol (pure)."""
    word = text.strip(_EDGE_PUNCTUATION.replace("(", "").replace(")", ""))
    return "(cid:" in word and not _CID.fullmatch(word)


def _broken_font(page: Page) -> bool:
    """Whether one font of the page reads as no text while the page as a whole does (pure): bold labels
    set in a font without a Unicode map beside answers in a good one; its words are too few a share of
    the page's to tip the page's own shares. A font is judged by its words of two letters or more, or broken
    by an unmapped glyph: a math or symbol font's words ("{", "~", "∗", a bracket read "ð", a lone
    "(cid:3)") say nothing about its map."""
    by_font: dict[str, list[str]] = {}
    for word in page.words:
        if _broken_word(word.text) or sum(c.isalpha() for c in _CID.sub("", word.text)) >= 2:
            by_font.setdefault(word.fontname, []).append(word.text)
    return any(len(texts) >= MIN_WORDS and plausible_share(texts) < MIN_PLAUSIBLE for texts in by_font.values())


def common_words(texts: list[str]) -> bool:
    """Whether `texts` hold the share of common short words any text has, or are too few letter words to
    tell (pure)."""
    letters = [w.lower() for t in texts if (w := t.strip(_EDGE_PUNCTUATION)) and w.isalpha()]
    if len(letters) < MIN_LETTER_WORDS:
        return True
    return sum(w in COMMON_WORDS for w in letters) >= MIN_COMMON_SHARE * len(letters)


def without_unmapped_glyphs(page: Page) -> Page:
    """`page` with the "(cid:N)" of single glyphs left out of its words (pure): on a page that reads
    as text they are symbols without a Unicode map (arrows, ticks), which no reader can use."""
    if not any("(cid:" in w.text for w in page.words):
        return page
    words = []
    for word in page.words:
        text = _WIN_ANSI_BULLET.sub("•", word.text) if _BASE14_TEXT.match(word.fontname) else word.text
        text = _CID.sub("", text) if "(cid:" in text else text
        if text.strip():
            words.append(word if text == word.text else replace(word, text=text))
    return replace(page, words=words)


def plausible_share(texts: list[str]) -> float:
    """Share of the characters of `texts` in words shaped like words, numbers or codes."""
    good = total = 0
    for text in texts:
        size = len(text)
        total += size
        good += size if plausible_word(text) else 0
    return good / total if total else 1.0


def plausible_word(text: str) -> bool:
    word = text.strip(_EDGE_PUNCTUATION)
    if not word:
        return True  # punctuation alone: says nothing either way
    if _NUMBER.match(word) or _CODE.match(word) or _URL.match(word) or _EMAIL.match(word) or _DOMAIN.match(word):
        return True
    scripts = _scripts(word)
    if scripts and scripts != {"LATIN"}:
        if "LATIN" not in scripts:
            return len(scripts) == 1  # glyph numbers read as code points mix scripts
        if scripts == {"LATIN", "CJK"}:
            # CJK is written without spaces: an abbreviation or name sits inside the word
            # ("样本类型:EDTA抗凝血"); each Latin run is judged as a word of its own.
            runs = "".join(" " if _script(c) == "CJK" else c for c in word).split()
            return all(plausible_word(run) for run in runs)
        return False
    parts = [p for p in re.split(r"[-/–]", word) if p]
    return bool(parts) and all(_plausible_part(p) for p in parts) or _plausible_code(word)


def _plausible_code(word: str) -> bool:
    """Whether `word` is source code made of word-shaped pieces (pure): identifiers joined by dots, brackets,
    quotes and operators, or written in camelCase ("doc.pipe(fs.createWriteStream('/path/to/file.pdf'));",
    "toBlobURL"), as a programming guide's listings are. Each piece must be word-shaped, and a camelCase hump
    a word's length with a vowel or an acronym, and most letters in pieces of three with a vowel; a short name
    with a number ("x1") may stand between them, and a colour ("#eee") is code too. Glyph soup ("Eed4M5",
    "hiJk", "7HQ]LM") keeps a piece no word has."""
    if "cid:" in word:  # an unmapped glyph, "(cid:40)", is no identifier
        return False
    if _HEX_COLOUR.match(word):
        return True
    parts = [part for part in _CODE_JOINS.split(word) if part]
    if len(parts) < 2 and not _CAMEL_HUMP.search(word):
        return False
    # most letters in pieces that read as words: glyph numbers read as code points ("7HQ]LM") are short runs
    worded = sum(len(h) for p in parts for h in _CAMEL_HUMP.split(p) if len(h) >= 3 and any(c in _VOWELS for c in h))
    letters = sum(c.isalpha() for c in word)
    if letters >= 4 and 2 * worded < letters:
        return False
    for part in parts:
        humps = _CAMEL_HUMP.split(part)
        if len(humps) == 1:
            if not (_plausible_part(part) or _NUMBERED_NAME.match(part)):
                return False
        elif not all(_plausible_hump(hump, joined=len(parts) > 1) for hump in humps):
            return False
    return bool(parts)


def _plausible_hump(hump: str, *, joined: bool) -> bool:
    """A camelCase identifier's piece: a word of two letters or more with a vowel ("create", "Write", "to")
    or an acronym ("PDF", "URL") (pure). A lone capital ("centerX") only in a word `joined` as code
    ("ellipse(centerX"): alone, it ends a word drawn mirrored as often ("eziS tnoF")."""
    if hump.isupper() and hump.isalpha():
        return (2 if not joined else 1) <= len(hump) <= 6
    return len(hump) >= 2 and any(c in _VOWELS for c in hump) and _plausible_part(hump)


def _scripts(word: str) -> set[str]:
    """The scripts of the letters of `word` (pure)."""
    return {_script(c) for c in word if c.isalpha()}


def _script(char: str) -> str:
    """A letter's script by the first word of its Unicode name, the CJK scripts as one."""
    script = unicodedata.name(char, "?").split(" ", 1)[0]
    return "CJK" if script in _CJK_SCRIPTS else script


def _plausible_part(part: str) -> bool:
    if _NUMBER.match(part) or _CODE.match(part):
        return True
    if not part.isalpha():
        return False
    if not (part.islower() or part.isupper() or (part[0].isupper() and part[1:].islower())):
        return False  # "BBe", "hiJk": capitals where no word has them
    if len(part) > 4 and not any(c in _VOWELS for c in part):
        return False  # short vowel-less words are abbreviations: "kr", "tkr", "st", "Dnr"
    return not _CONSONANT_RUN.search(part)
