"""Money amounts in Swedish text: pure parsing, no spaCy.

`find_money(text)` returns every amount with its character span, value in
whole kronor and whether it is hedged ("ca", "drygt" ...). `parse_amount(s)`
reads one written amount. Distractors (phone numbers, dates, percentages,
counts, years, page numbers) never carry a money unit, so a number is only
money when a unit follows it (or precedes it: "SEK 700,000"), except in a
field that is itself an amount ("Sökt belopp: 220 000"), see `bare=True`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from bilagor.extractor.entities.money_lists import (
    MIN_SUMMED_PARTS,
    declared_after,
    parts_before_total,
    parts_summing_to,
)
from bilagor.extractor.entities.money_tables import label_block_figures, table_figures
from bilagor.extractor.entities.money_words import (
    COUNT_CONTEXT_RE,
    MONEY_HINT_RE,
    MONEY_NOUN_RE,
    MONEY_VERB_RE,
    MONEY_WORD_RE,
)
from bilagor.extractor.entities.number_words import NUMBER_WORD, number_word_value

# Space, no-break space, thin space, narrow no-break space: all seen as
# thousands separators in Word exports.
SEP = "[ \u00a0\u2009\u202f]"
SPACE = "[ \t\u00a0\u2009\u202f]"
# Between hedge, number and unit a wrapped line may also put one line break.
GAP = rf"{SPACE}*\n?{SPACE}*"

HEDGES = (
    "ca",
    "ca.",
    "c:a",
    "cirka",
    "drygt",
    "knappt",
    "nära",
    "närmare",
    "över",
    "omkring",
    "runt",
    "ungefär",
    "nästan",
    "strax under",
    "strax över",
    "uppemot",
    "upp emot",
    "kring",
)
_HEDGE_RE = (
    r"(?:ca\.?|c:a|cirka|drygt|knappt|nära|närmare|strax\s+under|strax\s+över|över|omkring|runt|ungefär"
    r"|nästan|uppemot|upp\s+emot|kring)"
)

# Unit (lowercased, no trailing dot) -> multiplier. Matched case-insensitively.
UNITS: dict[str, int] = {
    "kr": 1,
    "kronor": 1,
    "kronorna": 1,
    "sek": 1,
    ":-": 1,
    "tkr": 1_000,
    "kkr": 1_000,
    "tsek": 1_000,
    "ksek": 1_000,
    "tusen kronor": 1_000,
    "tusen kr": 1_000,
    "mkr": 1_000_000,
    "mnkr": 1_000_000,
    "mn kr": 1_000_000,
    "msek": 1_000_000,
    "milj. kr": 1_000_000,
    "milj kr": 1_000_000,
    "miljoner kronor": 1_000_000,
    "miljoner kr": 1_000_000,
    "miljoner sek": 1_000_000,
    "miljon kronor": 1_000_000,
    "miljoner": 1_000_000,
    "miljon": 1_000_000,
    "miljonerna": 1_000_000,
    "miljonen": 1_000_000,
    "milj": 1_000_000,
    "million": 1_000_000,
    "millions": 1_000_000,
    "mdkr": 1_000_000_000,
    "mdr kr": 1_000_000_000,
    "mdr kronor": 1_000_000_000,
    "md kr": 1_000_000_000,
    "mdr": 1_000_000_000,
    "mdsek": 1_000_000_000,
    "miljarder kronor": 1_000_000_000,
    "miljard kronor": 1_000_000_000,
    "miljarder": 1_000_000_000,
    "miljard": 1_000_000_000,
    "billion": 1_000_000_000,
}
_UNIT_RE = "|".join(re.escape(u).replace(r"\ ", SPACE + "+") for u in sorted(UNITS, key=len, reverse=True))
_UNIT_RE = _UNIT_RE.replace(r"milj\.", r"milj\.?").replace("|milj|", r"|milj\.?|")
# A unit must end the word: "kr" but not "kronologi", "sek" but not "sekund".
UNIT = rf"(?P<unit>{_UNIT_RE})(?![\wåäöÅÄÖ])"

# Numbers: "1 650 000", "2,6", "1,842", "700,000" (English), "1.650.000", "5".
NUM_BODY = (
    # OCR drops a separator: "1260 000" is 1 260 000 (a year before a number is not joined).
    rf"(?!(?:19|20)\d\d{SEP})\d{{4,5}}(?:{SEP}\d{{3}})+(?:,\d+)?"
    rf"|\d{{1,3}}(?:{SEP}\d{{3}})+(?:,\d+)?"  # space-grouped, optional decimals
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # English 700,000 / 1,250,000.50
    r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?"  # dotted thousands 1.650.000
    r"|\d+(?:[,.]\d+)?"  # plain, optional decimal comma/point
)
# Not inside a larger token: no digit, letter, dash or dot-digit before it.
NUM = rf"(?<![\w.,:/])(?<!\d[-–−])(?P<num>{NUM_BODY})(?![\d])"

# "två miljoner", "en halv miljon", "tre och en halv miljon", "femhundra tusen kronor", "femtiotusen kronor".
# "en dryg halv miljon", "en knapp miljon": a hedge inside the amount (`inner_hedge`, so approximate).
_INNER_HEDGE = rf"(?P<inner_hedge>dryg|knapp|god){SPACE}+"
WORD_AMOUNT = (
    rf"(?P<words>(?:(?P<onlyhalf>en{SPACE}+(?:{_INNER_HEDGE})?halv)|(?P<one>en{SPACE}+(?P<one_hedge>dryg|knapp|god))"
    # "fyra komma fem miljoner": a decimal written out (4,5 miljoner), never "fem miljoner" alone
    rf"|(?P<w>{NUMBER_WORD})(?:{SPACE}+och{SPACE}+en{SPACE}+(?P<half>halv)|{SPACE}+komma{SPACE}+(?P<decimals>{NUMBER_WORD}))?"
    rf"|(?P<quarter>en{SPACE}+kvarts)|(?P<halfword>halvannan))"
    rf"(?:{SPACE}+|(?=tusen))(?P<wunit>miljon(?:er)?|miljard(?:er)?|tusen{SPACE}+(?:kronor|kr)(?![\wåäö])"
    # "tolvtusen femhundra kronor": the hundreds after the thousands belong to the amount
    rf"|tusen{SPACE}*(?P<below>{NUMBER_WORD}){SPACE}+(?:kronor|kr)(?![\wåäö]))"
    # "två miljoner tvåhundratusen kronor": the thousands after the millions belong to the amount
    rf"(?:{SPACE}+(?P<thousands>{NUMBER_WORD}){SPACE}*tusen(?![\wåäö]))?"
    rf"(?:{SPACE}+kronor)?)(?![\wåäö])"
)
_WORD_UNIT_HINT_RE = re.compile(r"(?i)miljon|miljard|tusen")  # every written-out amount has one
_HEDGE = rf"(?:(?<![\w.])(?P<hedge>{_HEDGE_RE})(?=\s){GAP})?"
# A minus sign is kept in the amount's text as written but not in its value: an amount is its
# size (the record's schema: sek >= 0) and the words say the direction ("underskott").
_SIGN = r"(?:(?<![\w.,])[-−–](?=\d))?"

# "13 326 (12 681) mnkr": the unit after the bracket applies to both.
BRACKET_PAIR_RE = re.compile(rf"(?i){_HEDGE}{_SIGN}{NUM}{GAP}\((?P<prior>{NUM_BODY})\){GAP}{UNIT}")
NUM_UNIT_RE = re.compile(rf"(?i){_HEDGE}{_SIGN}{NUM}{GAP}{UNIT}")
UNIT_NUM_RE = re.compile(  # English / table style "SEK 700,000", "kr 5 000", "SEK 2.5m"
    rf"(?i){_HEDGE}(?<![\wåäö])(?P<unit>sek|msek|tsek|kr){SPACE}+(?P<num>{NUM_BODY})(?![\d])"
    r"(?:(?P<mag>[mk])(?![\wåäö]))?"
)
_MAGNITUDE = {"m": 1_000_000, "k": 1_000}
WORDS_RE = re.compile(rf"(?i){_HEDGE}(?<![\wåäö]){WORD_AMOUNT}")
BARE_NUM_RE = re.compile(rf"{_HEDGE}{_SIGN}{NUM}")
# "mellan 10 och 20 miljoner", "2–3 mnkr", "från 300 000 till 400 000 kr": the
# unit after the upper bound holds for both; both bounds are kept.
_RANGE_LOW = rf"(?<![\w.,:/])(?P<low>{NUM_BODY})"
RANGE_RE = re.compile(
    rf"(?i){_HEDGE}(?:(?<![\wåäö])(?:mellan{SPACE}+{_RANGE_LOW}{SPACE}+och|från{SPACE}+{_RANGE_LOW.replace('low', 'from_low')}{SPACE}+till)"
    rf"|{_RANGE_LOW.replace('low', 'dash_low')}{SPACE}*[–—-]){SPACE}*(?P<num>{NUM_BODY})(?![\d]){GAP}{UNIT}"
)
# "2 till 3 miljoner kronor", "400 à 500 tkr": a range without "från"/"mellan" (its own pattern, run
# only on texts that have the word).
RANGE_TILL_RE = re.compile(
    rf"(?i){_HEDGE}{_RANGE_LOW.replace('low', 'till_low')}{SPACE}+(?:till|à){SPACE}+(?P<num>{NUM_BODY})(?![\d]){GAP}{UNIT}"
)
_TILL_RE = re.compile(rf"(?i)\d{SPACE}+(?:till|à){SPACE}+\d")  # a cheap test before RANGE_TILL_RE
# "mellan 500 000 kr och 1 mnkr": each bound with its own unit, still one range.
RANGE_UNITS_RE = re.compile(
    rf"(?i){_HEDGE}(?<![\wåäö])mellan{SPACE}+{_RANGE_LOW}{GAP}(?P<lowunit>{_UNIT_RE})(?![\wåäöÅÄÖ])"
    rf"{SPACE}+och{SPACE}+(?P<num>{NUM_BODY})(?![\d]){GAP}{UNIT}"
)
# "höjs från 2 000 till 2 500 kronor", "ökade från 12 till 15 miljoner": a change from one
# figure to another, so two amounts, not a range.
CHANGE_BEFORE_RE = re.compile(
    r"(?i)(?<![\wåäö])(?:höj|sänk|ök|minsk|ändr|juster|stig|steg|sjönk|sjunk|växt|växte|dr[ao]gs?\s+ned|räknas?\s+(?:upp|ned|ner))"
    r"[\wåäö]*(?:\s+[\wåäö]+){0,3}\s*$"
)
# A verb of change anywhere earlier in the sentence of "från X till Y" ("höjde kommunen bidraget till föreningen
# från 250 000 till 320 000 kronor", "budgeten hade höjts fyra gånger, från 80 till 132 miljoner").
CHANGE_VERB_RE = re.compile(
    r"(?i)(?<![\wåäö])(?:höj|sänk|ök|minsk|ändr|juster|stig|steg|sjönk|sjunk|växt|växte|skrev(?:s)?\s+(?:upp|ned|ner)"
    r"|räknades\s+(?:upp|ned|ner))[\wåäö]*"
)
YEAR_RE = re.compile(r"(?:19|20)\d\d")
CHANGE_BY_RE = re.compile(r"(?i)(?<![\wåäö])med\s*$")
# OCR splits a number into odd groups: "1 26 0 000 kr", "2 0 000 kr". Joined when the run has
# four groups or more, or an inner group that starts with 0; "3 25 000 kr" may be a count and a price.
OCR_RUN_RE = re.compile(
    rf"(?i){_HEDGE}(?<![\w.,:/])(?<!\d[-–−])(?P<num>\d{{1,3}}(?:{SEP}\d{{1,3}}){{2,}})(?![\d]){GAP}{UNIT}"
)
ODD_GROUP_RE = re.compile(rf"\d{SEP}\d{{1,2}}{SEP}\d")  # a cheap test before OCR_RUN_RE
ZERO_WORDS_RE = re.compile(r"(?i)(?<![\wåäö])noll(?:{SPACE}+)(?P<unit>kronor|kr)(?![\wåäö])".replace("{SPACE}", SPACE))
# No single amount in these reports comes near this (the whole city's budget
# is some 60 mdkr): a longer run of digit groups is several numbers in a row,
# "Kostnader (tkr): 450 300 120".
MAX_PLAUSIBLE_SEK = 100_000_000_000

# A unit declared once for the figures after it: "Kostnader (tkr): material 450".
UNIT_DECLARATION_RE = re.compile(
    r"(?i)\((?P<unit>tkr|kkr|kr|kronor|mnkr|mkr|mdkr|msek|tsek|ksek|sek|miljoner\s+kronor|tusen\s+kronor)\)"
    # "Belopp i tkr", and a table's caption naming its unit: "Tabellen anger tusental kronor", "… visar tkr"
    r"|(?<![\wåäö])(?:i|anger|visar)\s+(?P<unit2>tkr|kkr|mnkr|mkr|mdkr|tusentals?\s+kronor|miljoner\s+kronor|kronor|kr)"
    r"(?![\wåäö])"
)
# A declared-unit figure followed by a word is a count ("12 personer"), unless the word links
# it to the next figure ("2,5 och 3,1", "450 samt 300", "455,4 mot budgeterade 520,0").
_LETTER_AFTER_RE = re.compile(r"[ \t\u00a0]*(?!(?:och|samt|respektive|resp\.|varav|eller|mot)(?![\wåäö]))[a-zåäö]")
# The declaration holds to the end of its line or sentence.
DECLARATION_SCOPE_RE = re.compile(r"[^\n]*?(?=\n|\.\s|\.$|$)")
BLANK_LINE_RE = re.compile(r"\n[ \t\u00a0]*\n")  # ends the scope of a heading's unit

# A unit as a line's first word before a colon ("Tkr: budget 1 450, …") or ending a heading line
# ("Budget och utfall, kronor", "Belopp i kronor"): it holds for the figures after it.
UNIT_HEAD_RE = re.compile(
    r"(?im)^[ \t\u00a0]*(?P<unit>tkr|kkr|mnkr|mkr|mdkr|msek|tsek|ksek|sek|kr|kronor)[ \t\u00a0]*:"
    r"|(?:,|(?<![\wåäö])i)[ \t\u00a0]+(?P<unit2>kronor|kr|tkr|kkr|mnkr|mkr|mdkr)"
    # ending its line, or a heading sentence or label of its own inside a line ("Resultaträkning, mnkr. …",
    # "Driftredovisning, tkr: Budget …"): the colon or full stop is left for the scope to read
    r"(?:[ \t\u00a0]*[:.]?[ \t\u00a0]*$|(?=[ \t\u00a0]*[:.][ \t\u00a0]))"
)
_KR_HINT_RE = re.compile(r"(?i)kr|sek")  # every unit UNIT_HEAD_RE knows has one
# "mellan två och tre miljoner kronor": a range written out, the unit after the upper bound.
WORD_RANGE_RE = re.compile(
    rf"(?i){_HEDGE}(?<![\wåäö])mellan{SPACE}+(?P<low>{NUMBER_WORD}){SPACE}+och{SPACE}+{WORD_AMOUNT}"
)
# "1 260\n000 kr": a number wrapped at the end of a line.
WRAPPED_RE = re.compile(
    rf"(?i){_HEDGE}(?<![\w.,:/])(?<!\d[-–−])(?P<num>\d{{1,3}}(?:{SEP}\d{{3}})*{SPACE}*\n{SPACE}*\d{{3}}(?:{SEP}\d{{3}})*)"
    rf"(?![\d]){GAP}{UNIT}"
)
_WRAP_HINT_RE = re.compile(r"\d[ \t\u00a0]*\n[ \t\u00a0]*\d\d\d")
# The "0" or "00 0" before a unit after other digit groups: the tail of a split number.
SPLIT_TAIL_RE = re.compile(rf"\d{SEP}+$")
# "70 tusen" with no "kronor" after it: thousands of kronor in a text that names money elsewhere.
TUSEN_RE = re.compile(rf"(?i){_HEDGE}{NUM}{SPACE}+tusen(?![\wåäö])(?!{SPACE}+(?:kronor|kr)(?![\wåäö]))")
# "190–195 tusen": a range of thousands with no unit, both bounds kept (as "190–195 tusen kronor" is)
TUSEN_RANGE_RE = re.compile(
    rf"(?i){_HEDGE}{_RANGE_LOW}{SPACE}*[–—-]{SPACE}*(?P<num>{NUM_BODY})(?![\d]){SPACE}+tusen(?![\wåäö])"
    rf"(?!{SPACE}+(?:kronor|kr)(?![\wåäö]))"
)
# "de trettiotusen vi fick": thousands written out with no "kronor", in a text that names money elsewhere.
WORD_TUSEN_RE = re.compile(
    rf"(?i){_HEDGE}(?<![\wåäö])(?P<w>{NUMBER_WORD}){SPACE}*tusen(?![\wåäö])(?!{SPACE}+(?:kronor|kr)(?![\wåäö]))"
)
# A figure written in groups of three ("60 000", "1 062 000"), the form kronor take; a bare one is
# money only where the text says so (`_units_from_context`).
GROUPED_RE = re.compile(
    rf"{_HEDGE}{_SIGN}(?<![\w.,:/])(?<!\d[-–−])(?P<num>\d{{1,3}}(?:{SEP}\d{{3}})+(?:,\d{{1,2}})?)(?![\d])"
)
CLAUSE_WINDOW = 200  # characters read back for a figure's clause (a clause is rarely longer)
CLAUSE_BREAK_RE = re.compile(r"[.;:!?(]\s|,\s|\n|\s[–-]\s")
LABEL_BREAK_RE = re.compile(r"[.;!?]\s|,\s|\n")  # a label and its figure ("Antal deltagare: 45") stay together
WORD_AFTER_RE = re.compile(r"[ \t\u00a0]*([^\W\d_][\wåäöÅÄÖ]*)")
# Words that may follow an amount without being what it counts ("60 000 till arvoden").
FREE_WORD_RE = re.compile(
    r"(?i)och|samt|respektive|resp|varav|eller|till|för|i|på|av|mot|mer|mindre|än|under|över|som|vilket|men"
    r"|medan|inklusive|inkl|exkl|totalt|netto|brutto|per|ur|från|med|vid|kvar|jämfört|enligt"
    # a pronoun never is what a figure counts ("de trettiotusen vi fick")
    r"|vi|ni|jag|man|han|hon|de|dom"
    # nor a verb that moves money ("ca 3 600 betalar vi tillbaka", "8 000 återstår")
    r"|återstår|återstod|återstått|återförs|återfördes|återbetalas|återbetalades|återlämnas|återlämnades"
    r"|betalas|betalades|betalats|betalar|betalade|täcks|täcktes|finansieras|finansierades"
    # nor a verb that says what the figures are ("5 000 och 7 500 avser kronor")
    r"|avser"
)
KRONOR_END_RE = re.compile(r"(?i)(?:\d[ \u00a0]?(?:kr|kronor|kronorna|sek|:-)\.?$|^(?:sek|kr)[ \u00a0])")

PHONE_PREFIX_RE = re.compile(r"(?<!\d)0\d{1,3}[-–]\d{2,4}[ \u00a0]$")

# "1,5 miljoner resenärer" is a count, not money.
COUNT_NOUNS = re.compile(
    r"(?i)^[ \u00a0]*(?:besök|resor|kwh|invånar|människor|personer|resenärer|passagerare|kvadratmeter|"
    r"användare|visningar|sidvisningar|bilar|fordon|träd|ton|liter|timmar|kilometer|meter|"
    r"ärenden|brott|samtal|kameror|lampor|armaturer|elever|barn|ungdomar)"
)


@dataclass(frozen=True)
class MoneyMatch:
    start: int  # character offsets into the text
    end: int
    text: str  # as written, including a hedge word
    sek: int
    approx: bool
    prior_year: bool = False  # the bracketed figure of "13 326 (12 681) mnkr"
    high: int | None = None  # upper bound of a range ("2–3 mnkr"); `sek` is the lower one


def unit_multiplier(unit: str) -> int:
    key = re.sub(rf"{SPACE}+", " ", unit.strip().lower())
    if key.startswith("milj.") or key.startswith("milj "):
        return 1_000_000
    return UNITS[key]


def number_value(num: str, unit_multiplier_: int = 1, english: bool | None = None) -> Decimal:
    """The value of a written number. A single comma group of three digits is
    English thousands for kronor ("700,000 SEK") but a decimal comma for
    larger units ("1,842 mnkr")."""
    s = re.sub(SEP, "", num)
    if english is None:
        english = bool(re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?", s)) or (
            unit_multiplier_ == 1 and bool(re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s))
        )
    if english:
        s = s.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", ".")
    try:
        return Decimal(s)
    except InvalidOperation as exc:  # unreachable for regex-matched input
        raise ValueError(f"not a number: {num!r}") from exc


def _to_sek(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding="ROUND_HALF_UP"))


def _word_multiplier(m: re.Match) -> int:
    unit = m.group("wunit").lower()
    return 1_000 if unit.startswith("tusen") else 1_000_000_000 if unit.startswith("miljard") else 1_000_000


def _word_value(m: re.Match) -> Decimal:
    mult = _word_multiplier(m)
    thousands, below = m.groupdict().get("thousands"), m.groupdict().get("below")
    extra = number_word_value(thousands.lower()) * 1_000 if thousands and mult > 1_000 else 0
    extra += number_word_value(below.lower()) if below else 0
    if m.group("onlyhalf"):
        base = Decimal("0.5")
    elif m.groupdict().get("one"):
        base = Decimal(1)
    elif m.group("quarter"):
        base = Decimal("0.25")
    elif m.group("halfword"):
        base = Decimal("1.5")
    else:
        base = Decimal(number_word_value(m.group("w").lower())) + (Decimal("0.5") if m.group("half") else 0)
        if m.groupdict().get("decimals"):  # "komma fem" is ,5; "komma tjugofem" ,25
            base += Decimal(f"0.{number_word_value(m.group('decimals').lower())}")
    return base * mult + extra


def _word_hedged(m: re.Match) -> bool:
    """A hedge before the amount ("drygt två miljoner") or inside it ("en dryg halv miljon")."""
    groups = m.groupdict()
    return bool(groups.get("hedge") or groups.get("inner_hedge") or groups.get("one_hedge"))


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in taken)


class _Found:
    """The amounts found so far in one text, with the spans they take."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.amounts: list[MoneyMatch] = []
        self.taken: list[tuple[int, int]] = []

    def overlaps(self, span: tuple[int, int]) -> bool:
        return _overlaps(span, self.taken)

    def add(self, start: int, end: int, sek: int, approx: bool, prior: bool = False, high: int | None = None) -> None:
        self.amounts.append(MoneyMatch(start, end, self.text[start:end], sek, approx, prior, high))
        self.taken.append((start, end))

    def add_number(self, m: re.Match, mult: int, prior: bool = False) -> None:
        """A number with its multiplier; a run of digit groups too long to be
        one amount is read as one number per group."""
        value = number_value(m.group("num"), mult)
        if value * mult > MAX_PLAUSIBLE_SEK and re.search(SEP, m.group("num")):
            halves = _two_figures(m.group("num"))
            if halves:  # "Belysning 210 000 225 900": two columns of kronor
                for g0, g1 in halves:
                    start = m.start("num") + g0
                    self.add(
                        start, m.start("num") + g1, _to_sek(number_value(m.group("num")[g0:g1], mult) * mult), False
                    )
                return
            for g in re.finditer(r"\d+", m.group("num")):
                g0, g1 = m.start("num") + g.start(), m.start("num") + g.end()
                self.add(g0, g1, _to_sek(Decimal(g.group()) * mult), False)
            return
        if _zero_groups(m.group("num")) or (value == 0 and SPLIT_TAIL_RE.search(self.text, 0, m.start("num"))):
            return  # "000 kr", "0 000 kr", "1 260 00 0 kr": the tail of a number split apart, never 0 kr
        self.add(m.start(), m.end(), _to_sek(value * mult), bool(m.group("hedge")), prior)


def _two_figures(num: str) -> list[tuple[int, int]] | None:
    """A run of groups of three too long for one amount, split into the only two figures of two groups or
    more each whose second does not start with 0 ("210 000 225 900": 210 000 and 225 900); None when there
    is no such split or more than one."""
    groups = list(re.finditer(r"\d+", num))
    if any(len(g.group()) != 3 for g in groups[1:]) or "," in num or "." in num:
        return None
    splits = [i for i in range(2, len(groups) - 1) if not groups[i].group().startswith("0")]
    if len(splits) != 1:
        return None
    i = splits[0]
    return [(groups[0].start(), groups[i - 1].end()), (groups[i].start(), groups[-1].end())]


def find_money(text: str, bare: bool = False) -> list[MoneyMatch]:
    """Every money amount in `text`, in order of position.

    bare=True reads unit-less numbers too: use it for a field whose value is
    an amount ("Sökt belopp"); phone-like and year-like numbers stay out.
    """
    found = _Found(text)
    _with_units(text, found)
    _declared_units(text, found)
    _laid_out_figures(text, found)
    _declared_after(text, found)
    _units_from_context(text, found)
    _units_elided(text, found)
    _summed_parts(text, found)
    if bare and not found.amounts:
        for m in BARE_NUM_RE.finditer(text):
            if _looks_like_non_money(text, m):
                continue
            found.add_number(m, 1)
    return sorted(found.amounts, key=lambda a: a.start)


def _laid_out_figures(text: str, found: _Found) -> None:
    """Bare figures under a money column head or in a block of label lines about money (money_tables)."""
    for cell in table_figures(text) + label_block_figures(text):
        m = BARE_NUM_RE.fullmatch(text, cell.start, cell.end)
        if m is None or found.overlaps(m.span()) or _looks_like_non_money(text, m, column=True):
            continue
        found.add_number(m, unit_multiplier(cell.unit) if cell.unit else 1)


def _with_units(text: str, found: _Found) -> None:
    """The amounts that carry their own unit, ranges and written-out numbers first."""
    for m in BRACKET_PAIR_RE.finditer(text):
        mult = unit_multiplier(m.group("unit"))
        main = number_value(m.group("num"), mult)
        found.add(m.start(), m.end("num"), _to_sek(main * mult), bool(m.group("hedge")))
        p0, p1 = m.start("prior"), m.end("prior")
        found.add(p0, p1, _to_sek(number_value(m.group("prior"), mult) * mult), False, prior=True)

    has_mellan = "mellan" in text.lower()  # both "mellan" ranges below need the word
    for m in RANGE_UNITS_RE.finditer(text) if has_mellan else ():
        if found.overlaps(m.span()):
            continue
        low_mult, mult = unit_multiplier(m.group("lowunit")), unit_multiplier(m.group("unit"))
        low = number_value(m.group("low"), low_mult) * low_mult
        high = number_value(m.group("num"), mult) * mult
        if low < high:
            found.add(m.start(), m.end(), _to_sek(low), bool(m.group("hedge")), high=_to_sek(high))

    for m in WORD_RANGE_RE.finditer(text) if has_mellan else ():
        if found.overlaps(m.span()) or not m.group("w") or m.group("half"):
            continue
        high = _word_value(m)
        low = Decimal(number_word_value(m.group("low").lower())) * _word_multiplier(m)
        if low < high:
            found.add(m.start(), m.end(), _to_sek(low), bool(m.group("hedge")), high=_to_sek(high))

    ranges = list(RANGE_RE.finditer(text)) + (list(RANGE_TILL_RE.finditer(text)) if _TILL_RE.search(text) else [])
    for m in ranges:
        if found.overlaps(m.span()) or PHONE_PREFIX_RE.search(text, 0, m.start()):
            continue
        mult = unit_multiplier(m.group("unit"))
        bounds = m.groupdict()
        low_group = next(g for g in ("low", "from_low", "dash_low", "till_low") if bounds.get(g))
        low_text: str = bounds[low_group]
        # a low bound before "till" may instead be the first figure of a change ("från 2 000 till 2 500")
        before_till = low_group in ("from_low", "till_low")
        low, high = number_value(low_text, mult) * mult, number_value(m.group("num"), mult) * mult
        if low >= high and mult > 1 and re.search(SEP, low_text) and number_value(low_text) < high:
            low = number_value(low_text)  # "mellan 500 000 och 3 miljoner": the low bound is written in kronor
        low = _abbreviated_low(low_text, m.group("num"), low, high, mult)
        if "à" in m.group().lower() and low * ELIDED_RATIO < high:
            continue  # "3 à 12 400 kr": a count times a unit price, not a range; the price is read alone
        if low_group == "till_low" and (low >= high or YEAR_RE.fullmatch(low_text)):
            continue  # "för 2019 till 1,1 mnkr": a year, not a low bound
        if low_group in ("till_low", "dash_low") and _ORDINAL_BEFORE_RE.search(
            text, max(0, m.start(low_group) - 12), m.start(low_group)
        ):
            continue  # "och etapp 2 till 250 000 kr": a stage's number, not a low bound
        if low_group == "till_low" and CHANGE_BY_RE.search(text, max(0, m.start() - 30), m.start()):
            # "ökade med 200 000 till 1,2 mnkr": the change and the figure after it
            found.add(m.start(low_group), m.end(low_group), _to_sek(low), False)
            found.add(m.start("num"), m.end(), _to_sek(high), False)
            continue
        if (
            before_till
            and "till" in m.group().lower()
            and (
                low >= high
                or CHANGE_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
                or _change_sentence(text, m)
            )
        ):
            # "höjs från 2 000 till 2 500 kronor": the figure before and the figure after
            found.add(m.start(low_group), m.end(low_group), _to_sek(low), False)
            found.add(m.start("num"), m.end(), _to_sek(high), False)
            continue
        if low >= high:
            continue  # "5-4 mnkr" is no range; read the numbers one by one
        found.add(m.start(), m.end(), _to_sek(low), bool(m.group("hedge")), high=_to_sek(high))

    for m in OCR_RUN_RE.finditer(text) if ODD_GROUP_RE.search(text) else ():
        groups = re.split(SEP, m.group("num"))
        inner_zero = any(len(g) < 3 and g.startswith("0") for g in groups[1:-1])
        # "14 75 000 kr": a space moved inside a million; a count before a price starts with one digit
        moved_space = len(groups) == 3 and len(groups[0]) >= 2 and len(groups[1]) == 2 and len(groups[2]) == 3
        if (
            found.overlaps(m.span())
            or PHONE_PREFIX_RE.search(text, 0, m.start())
            or all(len(g) == 3 for g in groups[1:])  # regular grouping: read as usual
            or (len(groups[-1]) != 3 and len(groups) < 4)  # "12 600 00 kr" may be 12 600,00 kr
            or not (len(groups) >= 4 or inner_zero or moved_space)
        ):
            continue
        found.add(m.start(), m.end(), int("".join(groups)) * unit_multiplier(m.group("unit")), bool(m.group("hedge")))

    for m in WRAPPED_RE.finditer(text) if _WRAP_HINT_RE.search(text) else ():
        if found.overlaps(m.span()) or PHONE_PREFIX_RE.search(text, 0, m.start()):
            continue
        digits = re.sub(r"\s", "", m.group("num"))
        found.add(m.start(), m.end(), int(digits) * unit_multiplier(m.group("unit")), bool(m.group("hedge")))

    for regex in (NUM_UNIT_RE, UNIT_NUM_RE):
        for m in regex.finditer(text):
            if found.overlaps(m.span()):
                continue
            unit = m.group("unit")
            if unit.lower().startswith(("milj", "million")) and COUNT_NOUNS.match(text[m.end() :]):
                continue
            if PHONE_PREFIX_RE.search(text, 0, m.start()):
                continue  # the tail of "08-508 29 000"
            mag = m.group("mag") if "mag" in m.re.groupindex else None
            mult = unit_multiplier(unit) * (_MAGNITUDE[mag.lower()] if mag else 1)
            skip = ordinal_prefix(text, m.start("num"), m.group("num")) if mult == 1 else 0
            if skip:  # "etapp 2 280 000 kr": the stage's number, then the figure
                found.add(m.start("num") + skip, m.end(), _to_sek(number_value(m.group("num")[skip:])), False)
                continue
            found.add_number(m, mult, _in_brackets_after_amount(text, m.start(), m.end(), found.amounts))
            if regex is NUM_UNIT_RE:
                _listed_before(text, m.start(), mult, found)
                _parts_before(text, m.start(), mult, found)

    _brackets_after_units(text, found)

    for m in WORDS_RE.finditer(text) if _WORD_UNIT_HINT_RE.search(text) else ():
        if found.overlaps(m.span()) or COUNT_NOUNS.match(text[m.end() :]):
            continue
        found.add(m.start(), m.end(), _to_sek(_word_value(m)), _word_hedged(m))

    for m in ZERO_WORDS_RE.finditer(text):
        if not found.overlaps(m.span()):
            found.add(m.start(), m.end(), 0, False)


# "86,7 miljoner (92,1)": a bare figure in brackets right after an amount, the prior year's in the same unit.
BRACKET_AFTER_RE = re.compile(rf"{SPACE}*\((?P<num>{NUM_BODY})\)")


def _brackets_after_units(text: str, found: _Found) -> None:
    """The bracketed bare figure after an amount with its unit is the prior year's figure in that unit, when it
    is of the amount's size (a year, a count or a footnote is not)."""
    for anchor in list(found.amounts):
        m = BRACKET_AFTER_RE.match(text, anchor.end)
        unit = _UNIT_END_RE.search(anchor.text)
        if m is None or unit is None or anchor.high is not None or found.overlaps(m.span("num")):
            continue
        num = m.group("num")
        if YEAR_RE.fullmatch(num) or num.startswith("0"):
            continue
        mult = unit_multiplier(unit.group("unit"))
        value = _to_sek(number_value(num, mult) * mult)
        if anchor.sek and anchor.sek / ELIDED_RATIO <= value <= anchor.sek * ELIDED_RATIO:
            found.add(m.start("num"), m.end("num"), value, False, prior=True)


def _change_sentence(text: str, m: re.Match) -> bool:
    """Whether "från X till Y" follows a verb of change in its sentence: two figures, not a range."""
    if m.groupdict().get("from_low") is None:
        return False
    begin = max((b.end() for b in re.finditer(r"[.!?]\s|\n", text[: m.start()])), default=0)
    verbs = list(CHANGE_VERB_RE.finditer(text, begin, m.start()))
    verb = verbs[-1] if verbs else None
    # "Priset har ökat och ligger från 200 till 300 kr": another verb after the change states a range
    return verb is not None and not _RANGE_VERB_RE.search(text, verb.end(), m.start())


_RANGE_VERB_RE = re.compile(
    r"(?i)(?<![\wåäö])(?:och|ligger|låg|är|var|blir|blev|kostar|landar|hamnar|varierar|beräknas|bedöms)(?![\wåäö])"
)


def _abbreviated_low(low_text: str, high_text: str, low: Decimal, high: Decimal, mult: int) -> Decimal:
    """A lower bound written without its thousands ("40–50 000 kr", "mellan 30 och 35 000 kr") is read in the
    round upper bound's thousands when that puts it at half the upper bound or more ("2 à 15 000 kr" is a count
    and a price)."""
    groups = re.split(SEP, high_text)
    if not re.fullmatch(r"\d{1,3}", low_text) or len(groups) < 2 or any(g != "000" for g in groups[1:]):
        return low  # only a round upper bound leaves its thousands out of the lower one
    scaled = low * 1000 ** (len(groups) - 1)
    return scaled if high / 2 <= scaled < high and mult == 1 else low


# One figure of a list before an amount, with what joins it to the next: "118 000, ", "0,8 respektive ".
_LIST_ITEM_RE = re.compile(
    rf"(?<![\w.,:/])(?P<num>{NUM_BODY})(?P<join>{SPACE}*,{SPACE}*|{SPACE}+(?:och|eller|samt|respektive|resp\.){SPACE}+)$",
    re.IGNORECASE,
)
MAX_LIST_ITEMS = 8
# "1,4 mnkr år 1 och 0,9 mnkr år 2", "på fas 2 och 1 mnkr": a figure after a period or stage word numbers it
_ORDINAL_BEFORE_RE = re.compile(
    r"(?<![\wåäö])(?:år|etapp|fas|steg|del|vecka|v\.|nr|kvartal|termin|bilaga|punkt)[ \t\u00a0]*$", re.IGNORECASE
)


# A figure in kronor whose first group is one or two digits after a word that numbers a stage or a year
# ("etapp 2 280 000 kr", "under år 2 610 000 kronor"): the group is the number, the rest the figure.
# ("del" is left out: "stadsdelsnämndens del 1 230 000 kr" is a share, not part 1)
_ORDINAL_NOUN_RE = re.compile(r"(?i)(?<![\wåäö])(?:år|etapp|fas|steg)[ \t\u00a0]+$")
_ORDINAL_GROUPS_RE = re.compile(rf"(?P<ordinal>\d{{1,2}}){SEP}(?=[1-9]\d\d{SEP}\d{{3}}(?!\d))")
# "i år 2 640 000 kr" is this year's figure, "per år", "varje år": no year is numbered
_NOT_ORDINAL_YEAR_RE = re.compile(
    r"(?i)(?<![\wåäö])(?:i|per|om|varje|nästa|förra|detta|samma)[ \t\u00a0]+år[ \t\u00a0]+$"
)


def ordinal_prefix(text: str, num_start: int, num: str) -> int:
    """How many characters of `num` (at `num_start`) are a stage's or year's number before the figure: the
    first group and its space in "etapp 2 280 000 kr", "år 1 450 000 kr"; 0 when there is none. The figure
    after it must be one group of three digits and one more ("280 000"), not starting with 0."""
    noun = _ORDINAL_NOUN_RE.search(text, max(0, num_start - 30), num_start)
    groups = _ORDINAL_GROUPS_RE.match(num)
    if noun is None or groups is None or "," in num:
        return 0
    if _NOT_ORDINAL_YEAR_RE.search(text, max(0, num_start - 30), num_start):
        return 0
    return groups.end()


def _listed_before(text: str, start: int, mult: int, found: _Found) -> None:
    """The figures of a list whose unit follows its last figure take that unit: "118 000, 126 500 och
    131 000 kronor", "1,2, 0,8 respektive 2,1 mnkr". Only "och"/"eller"/… before the last figure, commas
    before the others; a year or, in kronor, a figure not written in groups of three ends the list."""
    items: list[re.Match] = []
    at = start
    while len(items) < MAX_LIST_ITEMS:
        item = _LIST_ITEM_RE.search(text, max(0, at - 40), at)
        if item is None or (items and "," not in item.group("join")):
            break
        num = item.group("num")
        if YEAR_RE.fullmatch(num) or (mult == 1 and not re.search(SEP, num)) or found.overlaps(item.span("num")):
            break
        if _ORDINAL_BEFORE_RE.search(text, max(0, item.start() - 12), item.start()):
            break
        items.append(item)
        at = item.start()
    for item in items:
        value = number_value(item.group("num"), mult) * mult
        if value > 0 and not _zero_groups(item.group("num")):
            found.add(item.start("num"), item.end("num"), _to_sek(value), False)


def _parts_before(text: str, start: int, mult: int, found: _Found) -> None:
    """The parts listed before the total at `start` take its unit ("hyra 18 000, material 12 000, totalt
    30 000 kr", "8 000 + 12 000 = 20 000 kr"): money_lists.parts_before_total."""
    for p0, p1 in parts_before_total(text, start, grouped=mult == 1):
        m = BARE_NUM_RE.fullmatch(text, p0, p1)
        if m is None or found.overlaps((p0, p1)) or _looks_like_non_money(text, m, column=True):
            continue
        if YEAR_RE.fullmatch(m.group("num")) or _ORDINAL_BEFORE_RE.search(text, max(0, p0 - 12), p0):
            continue  # "etapp 2 …": a stage's number, not a part
        found.add_number(m, mult)


def _declared_after(text: str, found: _Found) -> None:
    """The figures before a sentence that declares the unit of the amounts ("… Alla belopp i kronor.")."""
    for start, end, unit in declared_after(text):
        m = BARE_NUM_RE.fullmatch(text, start, end)
        if m is None or found.overlaps((start, end)) or _looks_like_non_money(text, m):
            continue
        if not _free_after(text, end) or COUNT_CONTEXT_RE.search(
            text, _clause_start(text, start, LABEL_BREAK_RE), start
        ):
            continue
        mult = 1_000 if unit.startswith("tusentals") else unit_multiplier(unit)
        found.add_number(m, mult)


def _declared_units(text: str, found: _Found) -> None:
    """Bare figures under a unit declared once: "Kostnader (tkr): material 450", "Tkr: budget
    1 450", a heading "Budget och utfall, kronor" over its lines, "… anges i mnkr." before a list.
    Under columns headed by years ("(mnkr) 2023 2022:") a row's figure in an earlier year's column
    is that year's, as a bracketed prior-year figure is."""
    for decl in _declarations(text):
        unit = (decl.group("unit") or decl.group("unit2")).lower()
        mult = 1_000 if unit.startswith("tusental") else unit_multiplier(unit)
        heads = _YEAR_COLUMNS_RE.match(text, decl.end())
        years = [int(y) for y in YEAR_RE.findall(heads.group())] if heads else []
        table_start = _table_above(text, decl)
        if table_start is not None:  # "Budget | Utfall\n500 | 463\n(tkr)": the unit line closes its table
            _declared_figures(text, found, table_start, decl.start(), mult, [])
        _declared_figures(text, found, decl.end(), _declaration_scope_end(text, decl), mult, years)


def _declared_figures(text: str, found: _Found, start: int, end: int, mult: int, years: list[int]) -> None:
    """The bare figures of text[start:end], in a declared unit; under year heads, by column."""
    column, last_end = 0, None
    for m in BARE_NUM_RE.finditer(text, start, end):
        if found.overlaps(m.span()) or _LETTER_AFTER_RE.match(text, m.end()):
            continue
        if _looks_like_non_money(text, m) and not _column_figure(text, m, found, start):
            continue
        if COUNT_CONTEXT_RE.search(text, _clause_start(text, m.start(), LABEL_BREAK_RE), m.start()):
            continue  # "Antal deltagare: 45" under a unit heading is a count
        in_row = last_end is not None and bool(_COLUMN_GAP_RE.fullmatch(text, last_end, m.start()))
        column = column + 1 if in_row else 0
        found.add_number(m, mult, prior=column < len(years) and years[column] < max(years))
        last_end = m.end()


# A table row of figures only ("500 | 463 | 37", "640\t655\t-15") and a unit alone on its line.
_FIGURE_ROW_RE = re.compile(r"[ \t\u00a0]*[-−–]?\d[\d \t\u00a0|;/,.−–-]*")
_UNIT_LINE_RE = re.compile(r"[ \t\u00a0]*\([^()\n]*\)[ \t\u00a0]*(?:\n|$)")


def _table_above(text: str, decl: re.Match) -> int | None:
    """Where the table starts whose unit a line of its own under it declares ("…\n500 | 463 | 37\n(tkr)"):
    the line right above is a row of figures only; the table is its block of lines up to a blank line."""
    line_start = text.rfind("\n", 0, decl.start()) + 1
    if line_start == 0 or not _UNIT_LINE_RE.fullmatch(text, line_start, _line_end(text, decl.end())):
        return None
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    if not _FIGURE_ROW_RE.fullmatch(text, above_start, line_start - 1):
        return None
    blank = [b.end() for b in BLANK_LINE_RE.finditer(text, 0, line_start)]
    return blank[-1] if blank else 0


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end + 1


# Column heads of years after a declared unit: "Resultaträkning (mnkr) 2023 2022:".
_YEAR_COLUMNS_RE = re.compile(r"[ \t\u00a0]*(?:(?:19|20)\d\d[ \t\u00a0]*){1,4}:")
# A figure in a row of columns: only spaces since the figure before it, or a signed one next ("-6 390 -6 058").
_COLUMN_GAP_RE = re.compile(r"[ \t\u00a0]+")
_NEXT_SIGNED_RE = re.compile(r"[ \t\u00a0]+[-−–]\d")


def _column_figure(text: str, m: re.Match, found: _Found, scope_start: int) -> bool:
    """A figure of a table row under a declared unit ("intäkter 1 204 1 151", "kostnader -6 390 -6 058"):
    the figure beside it is the row's next or last column, not the rest of a phone number or a range.
    Every other sign of non-money (a page, a year, a leading 0, a percentage) still counts."""
    before = max((a.end for a in found.amounts if scope_start <= a.end <= m.start()), default=None)
    after_column = before is not None and bool(_COLUMN_GAP_RE.fullmatch(text, before, m.start()))
    next_signed = bool(_NEXT_SIGNED_RE.match(text, m.end()))
    if not (after_column or next_signed):
        return False
    return not _looks_like_non_money(text, m, column=True)


def _declarations(text: str) -> list[re.Match]:
    matches = list(UNIT_DECLARATION_RE.finditer(text))
    taken = [d.span() for d in matches]
    heads = UNIT_HEAD_RE.finditer(text) if _KR_HINT_RE.search(text) else ()  # every unit it knows has "kr" or "sek"
    matches += [m for m in heads if not _overlaps(m.span(), taken)]
    return sorted(matches, key=lambda m: m.start())


def _declaration_scope_end(text: str, decl: re.Match) -> int:
    """A declaration holds to the end of its line or sentence; one that ends its line or
    sentence (a heading, "… i mnkr.") or heads columns of years ("(mnkr) 2023 2022:") holds for
    what follows up to a blank line."""
    scope = DECLARATION_SCOPE_RE.match(text, decl.end())
    end = scope.end() if scope else decl.end()
    # "Ekonomi (belopp i tkr)": a bracket closing the heading ends it as a full stop would
    if (
        text[decl.end() : end].strip(" \t\u00a0:.)") == ""
        or _YEAR_COLUMNS_RE.match(text, decl.end())
        or _heading_line(text, decl, end)
    ):
        blank = BLANK_LINE_RE.search(text, decl.end())
        return blank.start() if blank else len(text)
    # the list's total in the next sentence ("… Gata och park 154,9. Summa 455,4 mot budgeterade 520,0.")
    while (total := _TOTAL_LINE_RE.match(text, end)) is not None:
        following = DECLARATION_SCOPE_RE.match(text, total.end())
        end = following.end() if following else total.end()
    return end


# The end of a heading line: an optional full stop, then the line's end.
_HEADING_END_RE = re.compile(r"\.?[ \t\u00a0]*\n")


def _heading_line(text: str, decl: re.Match, end: int) -> bool:
    """A declaration inside a line of its own with no figure in it, words after the unit ("Ekonomiskt bistånd
    (tkr) enligt årsredovisningen.", "Fritidsgårdarna (tkr) efter tertial 2" is not: it has a figure): a heading,
    whose unit holds for the lines under it."""
    line_start = text.rfind("\n", 0, decl.start()) + 1
    return bool(_HEADING_END_RE.match(text, end)) and not re.search(r"\d", text[line_start:end])


# A sentence that sums the list before it: it is in the scope of the list's declared unit.
_TOTAL_LINE_RE = re.compile(r"\.[ \t\u00a0]+(?:Summa|Totalt|Sammanlagt|Totalsumma|Total)(?![\wåäö])", re.IGNORECASE)


def _units_from_context(text: str, found: _Found) -> None:
    """Figures whose unit the text gives elsewhere: "70 tusen" beside "95 tusen kronor"; a grouped
    figure in a clause about money ("beviljat 1 000 000, förbrukat 1 062 000") or after an amount
    in kronor ("57 200 kronor. Vi hade räknat med 60 000.")."""
    has_tusen = "tusen" in text.lower()
    named_money = bool(found.amounts)  # the text names money elsewhere, or the figure's sentence does
    for m in TUSEN_RANGE_RE.finditer(text) if has_tusen else ():
        if found.overlaps(m.span()) or not _free_after(text, m.end()):
            continue
        if named_money or _money_sentence(text, m.start(), m.end()):
            low, high = (_to_sek(number_value(m.group(g), 1_000) * 1_000) for g in ("low", "num"))
            if low < high:
                found.add(m.start(), m.end(), low, bool(m.group("hedge")), high=high)
    for m in TUSEN_RE.finditer(text) if has_tusen else ():
        if found.overlaps(m.span()) or not _free_after(text, m.end()):
            continue
        if named_money or _money_sentence(text, m.start(), m.end()):
            found.add_number(m, 1_000)
    for m in WORD_TUSEN_RE.finditer(text) if has_tusen else ():
        if found.overlaps(m.span()) or not _free_after(text, m.end()):
            continue
        if not (named_money or _money_sentence(text, m.start(), m.end())):
            continue
        found.add(m.start(), m.end(), number_word_value(m.group("w").lower()) * 1_000, bool(m.group("hedge")))
    first_kronor = min((a.end for a in found.amounts if _in_kronor(a)), default=None)
    if first_kronor is None and not (
        MONEY_HINT_RE.search(text) or MONEY_NOUN_RE.search(text) or MONEY_VERB_RE.search(text)
    ):
        return
    for m in GROUPED_RE.finditer(text):
        if found.overlaps(m.span()) or _looks_like_non_money(text, m):
            continue
        if _linked_to_kronor(text, m.end(), found):
            found.add_number(m, 1)  # "288 000 av 300 000 kronor": the pair shares the unit after it
            continue
        if not _free_after(text, m.end()):
            continue
        if COUNT_CONTEXT_RE.search(text, _clause_start(text, m.start(), LABEL_BREAK_RE), m.start()):
            continue  # "Antalet deltagare var 1 150"
        after_kronor = first_kronor is not None and first_kronor <= m.start()
        clause = _clause_start(text, m.start())
        if (
            after_kronor
            or MONEY_WORD_RE.fullmatch(_word_after(text, m.end()))  # "90 000 sökta"
            or MONEY_WORD_RE.search(text, clause, m.start())
            or _money_label_before(text, m.start())  # "Differens: -8 400"
            or MONEY_VERB_RE.search(text, clause, m.start())
            or _next_label_figure(text, m, found)
        ):
            found.add_number(m, 1)


_COLON_BEFORE_RE = re.compile(r":[ \t\u00a0]*$")


def _money_label_before(text: str, at: int) -> bool:
    """A figure right after a label's colon whose label names money ("Differens: –8 400", "Kalkyl: 95 000")."""
    colon = _COLON_BEFORE_RE.search(text, max(0, at - 4), at)
    if colon is None:
        return False
    return bool(MONEY_WORD_RE.search(text, _clause_start(text, colon.start(), LABEL_BREAK_RE), colon.start()))


# "288 000 av 300 000 kronor", "18 000 istället för 12 000 kr": a figure linked to an amount in kronor right
# after it is measured in the same unit.
_LINK_TO_NEXT_RE = re.compile(
    r"[ \t\u00a0]+(?:av|mot|i[ \t\u00a0]+stället[ \t\u00a0]+för|istället[ \t\u00a0]+för|jämfört[ \t\u00a0]+med)"
    r"[ \t\u00a0]+(?:(?:de|den|det|totalt|budgeterade|planerade|beviljade)[ \t\u00a0]+)?",
    re.IGNORECASE,
)


def _linked_to_kronor(text: str, at: int, found: _Found) -> bool:
    link = _LINK_TO_NEXT_RE.match(text, at)
    return link is not None and any(a.start == link.end() and _in_kronor(a) for a in found.amounts)


# A label of one or two words and its figure, after a comma: "…, använt 243 900, kvar 6 100".
_LABEL_PAIR_RE = re.compile(r",[ \t\u00a0]+(?:[^\W\d_][\wåäö]*[ \t\u00a0]+){1,2}$")


def _next_label_figure(text: str, m: re.Match, found: _Found) -> bool:
    """A grouped figure in a list of label-figure pairs whose pair before it is money in its sentence
    ("Beviljat belopp 250 000, använt 243 900, kvar 6 100")."""
    head = _LABEL_PAIR_RE.search(text, max(0, m.start() - 40), m.start())
    if head is None:
        return False
    return any(_COLUMN_GAP_RE.fullmatch(text, a.end, head.start()) or a.end == head.start() for a in found.amounts)


_SENTENCE_BREAK_RE = re.compile(r"[.!?]\s|\n")


def _money_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around text[start:end] has a word about money ("Av de fyrtiotusen som
    beviljades …"): the word may come after the figure."""
    begin = max((b.end() for b in _SENTENCE_BREAK_RE.finditer(text, 0, start)), default=0)
    stop = _SENTENCE_BREAK_RE.search(text, end)
    return bool(MONEY_WORD_RE.search(text, begin, stop.start() if stop else len(text)))


_UNIT_END_RE = re.compile(rf"(?i)\d{SPACE}*(?P<unit>{_UNIT_RE})$")
_PLAIN_FIGURE_RE = re.compile(r"\d+(?:,\d+)?")  # "6,9", "45": not grouped, no dotted thousands
_WORD_BEFORE_RE = re.compile(r"([^\W\d_][\wåäöÅÄÖ]*)[ \t\u00a0]+$")
# The word before a figure whose unit is left out: a preposition, a hedge, an adverb or a copula ("en budget på
# 2,5", "Notan blev 6,9").
_ELIDED_AFTER_RE = re.compile(
    r"(?i)på|om|till|mot|av|med|än|ca|cirka|drygt|knappt|slut|totalt|sammanlagt|bara|endast|blev|blir|landade"
    r"|hamnade|stannade|uppgick"
)
ELIDED_RATIO = 10  # a figure whose unit is left out is of the size of the amount before it


def _units_elided(text: str, found: _Found) -> None:
    """A plain figure after an amount in a larger unit in the same sentence, in a clause about money,
    takes that unit: "kostade 5,1 miljoner, jämfört med den budgeterade 4,6", "2,3 mnkr mot en budget
    på 2,5". A word after it that it counts ("2,5 år", "3,5 kilometer") or a per cent keeps it out."""
    for anchor in list(found.amounts):
        unit = _UNIT_END_RE.search(anchor.text)
        mult = unit_multiplier(unit.group("unit")) if unit else 1
        if mult == 1 or anchor.high is not None:
            continue
        stop = _SENTENCE_BREAK_RE.search(text, anchor.end)
        sentence_end = stop.start() if stop else len(text)
        # the next sentence too ("budgeterades till 2,2 miljoner. Det kostade 2,15."), for a decimal figure only
        after = _SENTENCE_BREAK_RE.search(text, stop.end()) if stop and stop.group() != "\n" else None
        next_end = (after.start() if after else len(text)) if stop and stop.group() != "\n" else sentence_end
        for m in BARE_NUM_RE.finditer(text, anchor.end, next_end):
            num = m.group("num")
            if found.overlaps(m.span()) or not _PLAIN_FIGURE_RE.fullmatch(num) or YEAR_RE.fullmatch(num):
                continue
            if m.start() > sentence_end and "," not in num:
                continue
            if _looks_like_non_money(text, m) or not _free_after(text, m.end()) or _word_after(text, m.end()):
                continue
            if not MONEY_WORD_RE.search(text, _clause_start(text, m.start()), m.start()):
                continue
            before = _WORD_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
            if before is None or not (
                MONEY_WORD_RE.fullmatch(before.group(1)) or _ELIDED_AFTER_RE.fullmatch(before.group(1))
            ):
                continue  # "efter tertial 2", "covid-19": the word before says what the figure counts
            value = number_value(num, mult) * mult
            if anchor.sek and anchor.sek / ELIDED_RATIO <= value <= anchor.sek * ELIDED_RATIO:
                found.add_number(m, mult)


MIN_PARTS_UNNAMED = 3  # a list summing to a bare figure, in a text with no other money, needs this many parts


def _summed_parts(text: str, found: _Found) -> None:
    """The figures listed before a figure that is exactly their sum are money in its unit: before an amount
    ("Hyra 12 000, ljud 7 500. Summa 19 500 kronor.") or before a bare grouped figure, which is then their
    total ("Löner 214 000\nLokal 36 000\n250 000"; three parts or more unless the text names money)."""
    for anchor in sorted(found.amounts, key=lambda a: a.start):
        if anchor.high is not None or anchor.prior_year or anchor.sek <= 0:
            continue
        unit = _UNIT_END_RE.search(anchor.text)
        mult = unit_multiplier(unit.group("unit")) if unit else 1
        _add_parts(text, found, parts_summing_to(text, anchor.start, Decimal(anchor.sek) / mult), mult)
    named_money = bool(found.amounts) or bool(MONEY_HINT_RE.search(text) or MONEY_NOUN_RE.search(text))
    for m in GROUPED_RE.finditer(text):
        if found.overlaps(m.span()) or m.group("hedge") or _looks_like_non_money(text, m, column=True):
            continue
        parts = parts_summing_to(text, m.start("num"), number_value(m.group("num")))
        if (
            len(parts) >= (MIN_SUMMED_PARTS if named_money else MIN_PARTS_UNNAMED)
            and not any(found.overlaps(span) for span in parts)
            and all(_free_after(text, p1) for _, p1 in parts)
        ):
            _add_parts(text, found, parts, 1)
            found.add_number(m, 1)


def _add_parts(text: str, found: _Found, parts: list[tuple[int, int]], mult: int) -> None:
    if not all(_free_after(text, p1) for _, p1 in parts):
        return  # "av 14 skolor … 46 miljoner … 60 miljoner": a part that counts something makes the sum a chance
    for p0, p1 in parts:
        m = BARE_NUM_RE.fullmatch(text, p0, p1)
        if m is not None and not found.overlaps((p0, p1)) and not _looks_like_non_money(text, m, column=True):
            found.add_number(m, mult)


def _in_kronor(amount: MoneyMatch) -> bool:
    """Written in kronor (or with ":-"), not in tkr or millions: its figures are whole kronor."""
    return bool(KRONOR_END_RE.search(amount.text))


def _clause_start(text: str, at: int, breaks: re.Pattern = CLAUSE_BREAK_RE) -> int:
    window = max(0, at - CLAUSE_WINDOW)
    return max((m.end() for m in breaks.finditer(text, window, at)), default=window)


def _word_after(text: str, at: int) -> str:
    """The word right after `at` on its line, "" if anything else comes first."""
    word = WORD_AFTER_RE.match(text, at)
    return word.group(1) if word else ""


def _free_after(text: str, at: int) -> bool:
    """What follows a bare figure: punctuation, a linking word or a money word, not a noun it counts."""
    word = _word_after(text, at)
    return not word or bool(FREE_WORD_RE.fullmatch(word)) or bool(MONEY_WORD_RE.fullmatch(word))


def _zero_groups(num: str) -> bool:
    """Only zeros before any decimals, more than one of them ("000", "0 000"): a number split
    apart by OCR or a line break, never a written 0 kr ("0 kr", "0,00 kr")."""
    whole = re.sub(SEP, "", re.split(r"[,.]", num)[0])
    return len(whole) > 1 and set(whole) == {"0"}


def _in_brackets_after_amount(text: str, start: int, end: int, found: list[MoneyMatch]) -> bool:
    """A "(12,7 mnkr)" right after another amount is the prior year's figure; a bracket that says more
    ("(90 000 kr enligt kalkylen)") is left to the role rules (roles, role_parts.bracket_role)."""
    before = text[:start].rstrip(" \u00a0")
    if not before.endswith("(") or not re.match(r"\s*\)", text[end:]):
        return False
    open_at = len(before) - 1
    return any(0 <= open_at - a.end <= 2 for a in found)


# A word that numbers what follows: a page, a case, a stage ("Etapp 2, prognos: 35" under "(mnkr)").
_NUMBERING_BEFORE_RE = re.compile(
    r"(?i)(sida|sidan|dnr|nr|tel\.?|telefon|bilaga|bilagan|punkt|kapitel|avsnitt|tabell|figur|vecka"
    r"|etapp|fas|steg|tertial|kvartal)\s*$"
)
_YEAR_BEFORE_RE = re.compile(r"(?<![\d.,:/-])(?:19|20)\d\d[ \t\u00a0]+$")


def _looks_like_non_money(text: str, m: re.Match, column: bool = False) -> bool:
    """Whether a bare figure is a page, phone number, date, year, percentage … rather than money.
    column: the figure is one of a table row's columns, so a figure or a signed figure beside it
    (`_column_figure`) is its neighbour, not a sign of a phone number or a range."""
    num = m.group("num")
    digits = re.sub(r"\D", "", num)
    after = text[m.end() : m.end() + 12].lstrip(" \u00a0")
    before = text[max(0, m.start() - 12) : m.start()]
    if column and _NEXT_SIGNED_RE.match(text, m.end()):
        after = ""
    # a dash to a figure is a range or a number's tail ("12 000–15 000", "08-508"); " – " between two
    # labelled figures only separates them ("Budget 75 000 – utfall 81 250")
    dash_apart = (
        after[:1] in ("-", "–")
        and text[m.end() : m.end() + 1] in (" ", "\u00a0")
        and bool(re.match(r"[-–][ \u00a0]+[^\W\d_]", after))
    )
    if (after[:1] in ("%", "-", "–") and not dash_apart) or after.lower().startswith(("procent", "st", "kb", "mb")):
        return True
    if _NUMBERING_BEFORE_RE.search(before) or (
        # a digit just before on the same line: the figure is the tail of another number, unless that is a year
        # ending a label ("Budget 2025 160 000", "Anslag 2026 800")
        not column and re.search(r"\d[-–\t \u00a0(]*$", before) and not _YEAR_BEFORE_RE.search(before)
    ):
        return True
    if re.fullmatch(r"(19|20)\d\d", digits) and not re.search(SEP, num):
        return True  # a year
    return num.startswith("0") and not re.match(r"0,\d", num)  # "08 ..." phone prefix; "0,8" (mnkr) is a figure


def parse_amount(text: str) -> tuple[int, bool] | None:
    """(kronor, approx) if `text` is exactly one written amount, else None."""
    stripped = text.strip()
    matches = find_money(stripped)
    if len(matches) == 1 and matches[0].start == 0 and matches[0].end == len(stripped):
        return matches[0].sek, matches[0].approx
    return None


def hedge_margin(sek: int) -> int:
    """How far a hedged figure may be from its written value: half its last written digit.

    "ca 2,6 mnkr" (2 600 000) is 2,55-2,65 mnkr: 50 000; "drygt 850 000 kr": 5 000;
    "ca 2 mnkr": 500 000. An exact figure has no margin.
    """
    value, place = abs(sek), 1
    if value == 0:
        return 0
    while value % 10 == 0:
        value //= 10
        place *= 10
    return place // 2
