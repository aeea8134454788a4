"""A report's answers read against each other: pure rules over one report's amounts (role_consistency runs them).

A follow-up states its budget (or grant) and outcome in one answer and says more in others; summing every figure
of a role counts some of them twice or counts another period's. Each rule here names what the other figure is:

- Another period's figure: of two or more figures of a summed kind, one whose words name a year, a coming period
  or the year before, in an answer that states no figure of the other kind, while the answer that states both
  kinds names no such period ("Budgeten för läslovet 2023 var X" beside "hade en budget på Y … drog Z"; "Budget
  2025 är satt till X" beside "Budget 2024: Y / Utfall: Z"), is that period's (`annat`). Within one answer, an
  outcome named for another year than the budget's ("Utfall 2024: X. Budget 2024: Y. Utfall 2023: Z") and an
  outcome told as the year or season before ("Förra säsongen kostade samma aktivitet X", "… X året innan") are.
- A cost item in the deviation answer: a weak outcome in the answer that explains deviations, smaller than the
  outcome an outcome answer states beside a budget, is one item of it ("en ny motor kostade X"): `annat`, as the
  README's convention has a cost item that explains an overrun.
- A corrected figure: "Korrekt utfall är X" (rätt, korrigerat, rättat) in an answer after an outcome of another
  value makes the earlier outcome `annat`: the figure given wrongly, which the correction replaces.
- A sum or product on one line ("3 × 12 000 kr = 36 000 kr", "22 000 kr + 15 500 kr = 37 500 kr"): when the
  arithmetic holds, the terms are parts (`annat`) and the result is the figure of the terms' summed role.

A rule changes a role given by a word bound to the amount (source "cue") only where the period, the correction or
the arithmetic is written out; two figures of two years of one project told plainly ("Första året kostade X och
andra året Y") name no period of their own and are both kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bilagor.extractor.entities.checks import budget_role
from bilagor.extractor.entities.role_cues import YEAR_BEFORE
from bilagor.extractor.entities.role_revisions import clause_before, revision_of
from bilagor.extractor.entities.role_totals import named_total, outcome_section
from bilagor.extractor.record import Amount

ACROSS = "consistency"  # the role_source of a role set here (the report step's, as role_consistency's)
SUMMED = ("budget", "beviljat", "utfall")
WEAK = ("clause", "context", "section", "default")

_YEAR_RE = re.compile(r"(?<![\d/])((?:19|20)\d\d)(?:/\d\d)?(?!\d)")
# "förra säsongen", "i fjol", "året innan", "nästa år", "inför kommande säsong": a period other than the report's
_OTHER_PERIOD_RE = re.compile(
    rf"(?<![\wåäö])(?:{YEAR_BEFORE}|förra\s+(?:säsongen|terminen|omgången|perioden|sommaren|vintern|hösten|våren)"
    r"|(?:nästa|kommande|nästkommande|följande)\s+(?:år|års|säsong|termin|period|verksamhetsår)|inför\s+nästa)"
    r"(?![\wåäö])",
    re.IGNORECASE,
)
# "X för 2023", "X under 2024": the year right after the amount
_YEAR_AFTER_RE = re.compile(r"\s*(?:kr|kronor|tkr|mnkr)?\s*(?:för|under|år)\s+((?:19|20)\d\d)(?!\d)", re.IGNORECASE)
# the answer that explains deviations (a form's "Avvikelser" field)
_DEVIATION_SECTION_RE = re.compile(r"avvikelse", re.IGNORECASE)
# "Korrekt utfall är X", "Rätt belopp: X", "det korrigerade utfallet, X", "Rättat utfall X"
_CORRECTED_RE = re.compile(
    r"(?<![\wåäö])(?:rätt|rätta|korrekt|korrekta|korrigerad|korrigerade|korrigerat|rättad|rättade|rättat)\s+"
    r"(?:utfall\w*|belopp\w*|kostnad\w*|slutkostnad\w*|siffr\w*|summ\w*)[^.;\d]{0,20}$",
    re.IGNORECASE,
)
# between the terms of a sum on one line: a plus, perhaps a label after it ("+ lokalhyra 3 000 kr")
_PLUS_RE = re.compile(r"\s*\+\s*(?:[^\W\d_][\wåäö]*\s+){0,3}", re.IGNORECASE)
_EQUALS_RE = re.compile(r"\s*=\s*")
# "3 × ", "6 x ", "2 st à ", "4 á ": a count before a price
_TIMES_RE = re.compile(r"(?<![\d,])(\d{1,4})\s*(?:[×xX*]|st\.?\s*[àáa@]|[àá@])\s*$")


def across_answers(amounts: list[Amount]) -> None:
    """Settle in place what the report's answers say of each other (the rules above, in order)."""
    _sum_lines(amounts)
    _other_periods(amounts)
    _deviation_items(amounts)
    _corrected(amounts)
    _so_far_and_expected(amounts)
    _grant_paid_out(amounts)


# "Utfallet hittills", "Utgifter t.o.m. 30 juni", "Bokförda kostnader per 30 september", "fram till augusti"
_SO_FAR_RE = re.compile(
    r"(?<![\wåäö])(?:hittills|t\.\s?o\.\s?m\.?|till\s+och\s+med|per\s+\d|fram\s+till|efter\s+\w+\s+månader)",
    re.IGNORECASE,
)
# "Förväntat helår:", "landar vi troligen på", "väntas bli", "räknar med": the expected final figure
_EXPECTED_RE = re.compile(
    r"(?<![\wåäö])(?:förväntad\w*|förväntat|väntas|troligen|sannolikt|räknar\s+(?:vi\s+)?med|beräknas|bedöm\w*"
    # "enligt byggaren blir slutkostnaden X": the final cost in the present, beside what is paid so far
    r"|prognos\w*|helårsprognos\w*|blir\s+(?:[\wåäö]+\s+)?slut\w*)(?![\wåäö])",
    re.IGNORECASE,
)


def _so_far_and_expected(amounts: list[Amount]) -> None:
    """Beside the cost booked so far ("Utfallet hittills är O"), a larger outcome in the same answer told as
    expected ("landar vi troligen på X", "Förväntat helår: X") is the forecast of the final cost (`prognos`), as the
    README's convention for a delredovisning has it; the cost so far stays the outcome."""
    so_far = [a for a in amounts if a.role == "utfall" and _SO_FAR_RE.search(clause_before(a.sentence, a.text) or "")]
    for i, x in enumerate(amounts):
        if x.role != "utfall" or x.sek is None or any(o is x for o in so_far):
            continue
        if not _EXPECTED_RE.search(clause_before(x.sentence, x.text) or ""):
            continue
        if any(o.section == x.section and (_value(o) or 0) < x.sek for o in so_far):
            _set(amounts, i, "prognos")


# "Utbetalt av bidraget hittills", "Utbetalt bidrag:", "utbetalningen av stödet": grant money paid out
_PAID_OUT_RE = re.compile(
    r"(?<![\wåäö])(?:utbetal\w*\s+(?:av\s+)?(?:bidrag|stöd|medl)\w*|utbetalt\s+(?:hittills\s+)?(?:av\s+)?(?:bidrag|stöd)\w*)",
    re.IGNORECASE,
)


def _grant_paid_out(amounts: list[Amount]) -> None:
    """Beside a grant and another outcome, a weak outcome its clause names as grant money paid out ("Utbetalt av
    bidraget hittills X") is the grant's payment, not a cost (`annat`, as train12's and train13's convention)."""
    if not any(a.role in ("beviljat", "budget") for a in amounts):
        return
    for i, a in enumerate(amounts):
        if a.role != "utfall" or a.role_source not in WEAK or _value(a) is None:
            continue
        if not _PAID_OUT_RE.search(clause_before(a.sentence, a.text) or ""):
            continue
        if any(b is not a and b.role == "utfall" and _value(b) not in (None, _value(a)) for b in amounts):
            _set(amounts, i, "annat")


def _value(a: Amount) -> int | None:
    return a.sek if isinstance(a.sek, int) and a.sek > 0 and a.high is None else None


def _set(amounts: list[Amount], i: int, role: str) -> None:
    if amounts[i].role != role:
        amounts[i] = replace(amounts[i], role=role, role_source=ACROSS)


def _sentence_year(a: Amount) -> str | None:
    """The one year the amount's sentence names before it ("Etapp 2 planeras till 2026 och är kalkylerad till X")."""
    where = re.search(r"(?<![\w,.])" + re.escape(a.text), a.sentence)
    years = set(_YEAR_RE.findall(a.sentence[: where.start()])) if where else set()
    return years.pop() if len(years) == 1 and revision_of(a.sentence, a.text) is None else None


def _period_named(a: Amount) -> str | None:
    """The period the amount's own words name: a year in its clause before it or right after it ("Budget 2025:",
    "för 2023"), or a word for another period anywhere in its sentence ("förra säsongen", "året innan")."""
    if revision_of(a.sentence, a.text) is not None:
        return None  # "I juni 2024 utökades budgeten till X" is the budget revised, not another year's
    head = clause_before(a.sentence, a.text) or ""
    where = re.search(r"(?<![\w,.])" + re.escape(a.text), a.sentence)
    # right after the amount, up to the next figure ("X året innan"; not "X, 5 000 kr mer än i fjol")
    tail = re.split(r"\d", a.sentence[where.end() : where.end() + 25])[0] if where else ""
    other = _OTHER_PERIOD_RE.search(head) or _OTHER_PERIOD_RE.search(tail)
    if other:
        return other.group().lower()
    years = set(_YEAR_RE.findall(head))
    if where:
        after = _YEAR_AFTER_RE.match(a.sentence, where.end())
        if after:
            years.add(after.group(1))
    return years.pop() if len(years) == 1 else None


def _other_periods(amounts: list[Amount]) -> None:
    # a budget and a grant are one kind here: "Vi fick X" beside "För nästa år har nämnden budgeterat Y"
    kinds: tuple[tuple[str, ...], tuple[str, ...]] = (("budget", "beviljat"), ("utfall",))
    for kind, other_kind in (kinds, kinds[::-1]):
        mine = [i for i, a in enumerate(amounts) if a.role in kind and _value(a) is not None]
        if len({_value(amounts[i]) for i in mine}) < 2:
            continue
        both = {a.section for a in amounts if a.role in other_kind and _value(a) is not None}
        anchors = [i for i in mine if amounts[i].section in both]
        periods = {i: _period_named(amounts[i]) for i in mine}
        anchor_periods = {periods[i] for i in anchors}
        if not anchors:
            continue
        # in another answer: a named period the answer with both kinds does not name
        anchor_years = {_sentence_year(amounts[i]) for i in anchors}
        gone = [
            i
            for i in mine
            if amounts[i].section not in both
            and (
                (periods[i] is not None and periods[i] not in anchor_periods)
                or (periods[i] is None and _sentence_year(amounts[i]) not in anchor_years | {None})
            )
        ]
        # in the answer with both kinds: the year before, or another year than the other kind's one year
        other_years = {_period_named(a) for a in amounts if a.role in other_kind and _value(a) is not None}
        for i in anchors:
            named = periods[i]
            if named is None:
                continue
            if _OTHER_PERIOD_RE.fullmatch(named) or (
                len(other_years) == 1 and None not in other_years and named not in other_years
            ):
                gone.append(i)
        if gone and len(set(mine) - set(gone)) >= 1:
            for i in gone:
                _set(amounts, i, "annat")


def _deviation_items(amounts: list[Amount]) -> None:
    roles = {a.role for a in amounts}
    if not any(a.role == budget_role(roles) and _value(a) is not None for a in amounts):
        return
    stated = [v for a in amounts if a.role == "utfall" and outcome_section(a.section) and (v := _value(a)) is not None]
    if not stated:
        return
    for i, a in enumerate(amounts):
        v = _value(a)
        if (
            v is not None
            and a.role == "utfall"
            and a.role_source in WEAK
            and a.section
            and _DEVIATION_SECTION_RE.search(a.section)
            and not outcome_section(a.section)
            and not named_total(a.sentence, a.text)
            and all(v < s for s in stated)
        ):
            _set(amounts, i, "annat")


def _corrected(amounts: list[Amount]) -> None:
    for k, fixed in enumerate(amounts):
        value = _value(fixed)
        if value is None or fixed.role not in SUMMED:
            continue
        if not _CORRECTED_RE.search(clause_before(fixed.sentence, fixed.text) or ""):
            continue
        for i, a in enumerate(amounts[:k]):
            if a.role == fixed.role and _value(a) not in (None, value) and a.section != fixed.section:
                _set(amounts, i, "annat")


def _sum_lines(amounts: list[Amount]) -> None:
    """ "A + B = C", "N × A = C" within one sentence, the amounts in their order there."""
    by_sentence: dict[str, list[int]] = {}
    for i, a in enumerate(amounts):
        by_sentence.setdefault(a.sentence, []).append(i)
    for sentence, members in by_sentence.items():
        if "=" not in sentence:
            continue
        spans = _spans(sentence, [amounts[i] for i in members])
        if spans is None:
            continue
        terms: list[tuple[int, int]] = []  # (index into amounts, its count)
        for k, i in enumerate(members):
            start, end = spans[k]
            times = _TIMES_RE.search(sentence, 0, start)
            count = int(times.group(1)) if times and times.end() == start else 1
            terms.append((i, count))
            if k + 1 == len(members):
                break
            gap = sentence[end : spans[k + 1][0]]
            if _EQUALS_RE.fullmatch(gap):
                result = members[k + 1]
                _settle_sum(amounts, terms, result)
                terms = []
            elif not (_PLUS_RE.fullmatch(gap) or _TIMES_RE.search(gap)):
                terms = []


def _spans(sentence: str, found: Sequence[Amount]) -> list[tuple[int, int]] | None:
    spans, at = [], 0
    for a in found:
        where = re.compile(r"(?<![\w,.])" + re.escape(a.text)).search(sentence, at)
        if where is None:
            return None
        spans.append(where.span())
        at = where.end()
    return spans


def _settle_sum(amounts: list[Amount], terms: list[tuple[int, int]], result: int) -> None:
    total = _value(amounts[result])
    values = [(_value(amounts[i]), n) for i, n in terms]
    if total is None or not terms or any(v is None for v, _ in values):
        return
    if len(terms) == 1 and terms[0][1] == 1:
        return  # "X = Y" alone is a restatement, not a sum
    if abs(sum((v or 0) * n for v, n in values) - total) > len(terms):
        return
    summed = [amounts[i].role for i, _ in terms if amounts[i].role in SUMMED]
    if amounts[result].role not in SUMMED and summed and len(set(summed)) == 1:
        _set(amounts, result, summed[0])
    for i, _ in terms:
        if amounts[i].role in SUMMED:
            _set(amounts, i, "annat")
