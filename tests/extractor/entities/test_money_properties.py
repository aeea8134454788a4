"""Property tests for the amount parser: any supported way of writing a value
reads back as that value; distractor shapes never read as money."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bilagor.extractor.entities.money import HEDGES, find_money, parse_amount

SEPARATORS = (" ", "\u00a0", "\u2009", "\u202f")
WORDS = ("en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv")


def grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def decimal_comma(units: int, decimals: int) -> str:
    """units / 10**decimals written with a decimal comma: (2600, 3) -> '2,600'."""
    whole, frac = divmod(units, 10**decimals)
    return f"{whole},{frac:0{decimals}d}" if decimals else str(whole)


@st.composite
def written_amounts(draw) -> tuple[str, int]:
    style = draw(st.sampled_from(("kr", "tkr", "mnkr", "mdkr", "english", "english_after", "words")))
    sep = draw(st.sampled_from(SEPARATORS + ("",)))
    if style == "kr":
        sek = draw(st.integers(0, 999_999_999))
        return f"{grouped(sek, sep)} {draw(st.sampled_from(('kr', 'kronor', 'SEK')))}", sek
    if style == "tkr":
        thousands = draw(st.integers(0, 999_999))
        return f"{grouped(thousands, sep)} {draw(st.sampled_from(('tkr', 'Tkr')))}", thousands * 1000
    if style == "mnkr":
        decimals = draw(st.integers(0, 3))
        units = draw(st.integers(0, 999 * 10**decimals))
        unit = draw(st.sampled_from(("mnkr", "mkr", "Mkr", "MSEK", "miljoner kronor", "miljoner", "mn kr")))
        return f"{decimal_comma(units, decimals)} {unit}", units * 10 ** (6 - decimals)
    if style == "mdkr":
        units = draw(st.integers(0, 999))
        return f"{decimal_comma(units, 1)} {draw(st.sampled_from(('mdkr', 'miljarder kronor')))}", units * 10**8
    if style == "english":
        sek = draw(st.integers(1_000, 99_999_999))
        return f"SEK {grouped(sek, ',')}", sek
    if style == "english_after":
        sek = draw(st.integers(1_000, 99_999_999))
        return f"{grouped(sek, ',')} SEK", sek
    index = draw(st.integers(0, len(WORDS) - 1))
    half = draw(st.booleans())
    count = index + 1
    if half and index == 0 and draw(st.booleans()):
        return "en halv miljon" + draw(st.sampled_from(("", " kronor"))), 500_000
    unit = "miljon" if count == 1 and not half else draw(st.sampled_from(("miljoner", "miljon")))
    text = WORDS[index] + (" och en halv" if half else "") + f" {unit}" + draw(st.sampled_from(("", " kronor")))
    return text, count * 1_000_000 + (500_000 if half else 0)


@settings(max_examples=400, deadline=None)
@given(written_amounts(), st.sampled_from((None,) + HEDGES))
def test_written_amount_parses_back(written, hedge):
    text, sek = written
    if hedge:
        text = f"{hedge} {text}"
    assert parse_amount(text) == (sek, hedge is not None)


@settings(max_examples=200, deadline=None)
@given(written_amounts(), st.sampled_from(("Utfallet blev {}.", "Budget: {}", "({})", "Kostnaden, {}, betalades.")))
def test_amount_found_inside_a_sentence(written, template):
    text, sek = written
    assert [m.sek for m in find_money(template.format(text))] == [sek]


MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)
COUNT_NOUNS = ("kameror", "armaturer", "pollare", "meter", "träd", "deltagare", "trygghetsvandringar", "platser")
digits = st.integers


@st.composite
def distractors(draw) -> tuple[str, bool]:
    """(text, also safe in an amount field): shapes that are numbers but not money."""
    kind = draw(st.sampled_from(("phone", "dnr", "iso_date", "date", "percent", "count", "year", "page", "size")))
    year = draw(digits(1990, 2035))
    if kind == "phone":
        return (
            f"0{draw(digits(8, 99))}-{draw(digits(100, 999))} {draw(digits(10, 99))} {draw(digits(0, 999)):03d}"
        ), True
    if kind == "dnr":
        return f"Dnr {draw(digits(1, 9))}.{draw(digits(1, 9))}.{draw(digits(1, 9))}-{draw(digits(1, 999))}-{year}", True
    if kind == "iso_date":
        return f"{year}-{draw(digits(1, 12)):02d}-{draw(digits(1, 28)):02d}", True
    if kind == "date":
        return f"{draw(digits(1, 31))} {draw(st.sampled_from(MONTHS))} {year}", False
    if kind == "percent":
        return f"{draw(digits(0, 100))}{draw(st.sampled_from((' %', '%', ' procent')))}", True
    if kind == "count":
        return f"{draw(digits(1, 5000))} {draw(st.sampled_from(COUNT_NOUNS))}", False
    if kind == "year":
        return f"år {year}", True
    if kind == "page":
        total = draw(digits(1, 40))
        return f"Sida {draw(digits(1, total))} ({total})", True
    return f"{draw(digits(1, 999))} {draw(st.sampled_from(('kB', 'MB', 'KB')))}", False


@settings(max_examples=400, deadline=None)
@given(distractors())
def test_distractors_never_parse_as_money(distractor):
    text, safe_in_field = distractor
    assert find_money(text) == []
    assert find_money(f"Se {text} för detaljer.") == []
    if safe_in_field:
        assert find_money(text, bare=True) == []
