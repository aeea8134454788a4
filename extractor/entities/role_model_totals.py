"""A total and its parts in one answer of a follow-up report (the twenty-sixth round's report step): a pure rule
over one report's amounts, after the per-amount decision and the report-level rules.

A cost list with its total ("Odlingslådor X kr, jord Y kr, bevattning Z kr: T kr", "… Summa T kr", "… sammanlagt
T kr") states one figure of the report, the whole; its lines are details of it. Read figure by figure, the whole is
easily left `annat` or read as a grant while a line is taken as the outcome, and the report's sums go wrong. The
test here is structural, no word list: within one answer, a figure equal (within `tolerance`, for rounding) to the
sum of a run of three or more figures stated right before it or right after it is the whole (of two, where the whole
and both lines were read as one summed kind: that kind counted twice). Its parts become `annat` (the README's
convention for parts beside their total); the whole keeps an outcome, becomes the outcome where it was read as a
budget or grant and the rest of the report states a budget kind but no outcome (a follow-up states one of each),
and, read as neither, takes the summed kind the rest of the report lacks, else the one its answer's heading names
(the economy answer's "Ekonomiskt utfall": the outcome; a budget or cost estimate: the budget), else the one most of
its lines had (`_whole_role`).

A run is not a list of costs where it holds a deviation, an amount applied for or a forecast (budget = outcome +
deviation is other arithmetic), nor where its whole is an outcome and a line a budget or grant (a cost and who paid
it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bilagor.extractor.entities.number_words import NUMBER_WORDS
from bilagor.extractor.entities.roles import section_role
from bilagor.extractor.record import Amount

TOTAL_SOURCE = "report"  # the role_source of a role this step set (role_model_report.REPORT_SOURCE)
WHOLE_TOLERANCE = 0.005  # a whole within half a percent of its parts' sum: rounding ("ca 25 000 kr" for 24 900)
_BUDGETS = ("budget", "beviljat")
_SUMMED = (*_BUDGETS, "utfall")
_NOT_COST_LINES = ("avvikelse", "sokt", "prognos")  # a run holding one of these is other arithmetic
_WEAK_SOURCES = ("context", "section", "default")  # roles.decide's sources that read no word of the amount's own
_OUTCOME_HEADING = "utfall"  # a section key naming the outcome ("ekonomiskt_utfall")
# A list of two is too often other arithmetic: a grant = what was spent + what is left, a cost = a grant + another
# body's share, a gross cost = a net cost + income (every round's follow-ups, read in the twenty-sixth round); two
# lines are a list only where they and their whole were all read as one summed kind (the kind counted twice).
LEAST_PARTS = 3


def _plain(a: Amount) -> bool:
    return isinstance(a.sek, int) and a.sek > 0 and a.high is None


def _answers(amounts: Sequence[Amount]) -> list[list[int]]:
    """The indices of the plain figures of each answer with three or more (`_answer_runs`)."""
    return [run for run in _answer_runs(amounts) if len(run) >= 3]


def _within(whole: int, parts: int, tolerance: float) -> bool:
    return abs(whole - parts) <= max(1.0, tolerance * whole)


def _kind(role: str) -> str | None:
    return "budget" if role in _BUDGETS else "utfall" if role == "utfall" else None


def _cost_lines(amounts: Sequence[Amount], run: list[int]) -> bool:
    """Whether the figures of `run` can be lines of one cost list: two or more distinct values, none a deviation,
    an amount applied for or a forecast, not both a budget kind and an outcome."""
    if len({amounts[i].sek for i in run}) < 2 or any(amounts[i].role in _NOT_COST_LINES for i in run):
        return False
    return len({_kind(amounts[i].role) for i in run} - {None}) < 2


def _counted_twice(amounts: Sequence[Amount], whole: int, run: list[int]) -> bool:
    """Whether the whole and every line of `run` were read as one summed kind and the lines sum to it exactly ("har
    296 500 kr använts: 214 000 kr för A och 82 500 kr för B", all three outcomes); within rounding, two of a list
    of three lines match the third too often by chance ("virke 14 200 kr, verktyg 6 900 kr, lärare 21 000 kr")."""
    kind = _kind(amounts[whole].role)
    exact = sum(amounts[i].sek or 0 for i in run) == amounts[whole].sek
    return exact and kind is not None and all(_kind(amounts[i].role) == kind for i in run)


def _of_kind(amounts: Sequence[Amount], whole: int, run: list[int]) -> bool:
    """Whether `run` can be the lines of its whole's cost list by their kinds: an outcome with a budget or grant among
    its lines is a cost and who paid it ("kostade X: nämnden Y, bostadsbolaget Z …"), no cost list, unless that line's
    kind came from no word of its own (the text before it, the section, the default: "Beviljat bidrag X. Surfplattor
    Y kr, …, sammanlagt Z kr"). (A grant with outcomes among its lines can be one: what the grant was spent on, which
    `_whole_role` weighs.)"""
    if _kind(amounts[whole].role) != "utfall":
        return True
    return all(_kind(amounts[i].role) != "budget" or amounts[i].role_source in _WEAK_SOURCES for i in run)


def totals_and_parts(amounts: Sequence[Amount], tolerance: float = WHOLE_TOLERANCE) -> list[tuple[int, list[int]]]:
    """Each whole of a cost list in `amounts` (one report's, pooled in answer order) with its parts: (index of the
    whole, indices of its parts). Within an answer, a figure is a whole where a run of three or more smaller figures
    (two, all of its kind) right before it (ending just before it) or right after it (starting just after it) sums to
    it within `tolerance`: the closest sum first, then the largest whole, then the shortest run; a figure already in
    a list is neither a whole nor a part again."""
    found: list[tuple[int, list[int]]] = []
    for answer in _answers(amounts):
        candidates = []
        for at, whole in enumerate(answer):
            value = amounts[whole].sek or 0
            runs = [answer[start:at] for start in range(at - 2, -1, -1)] + [
                answer[at + 1 : end] for end in range(at + 3, len(answer) + 1)
            ]
            for run in [run for run in runs if len(run) >= LEAST_PARTS or _counted_twice(amounts, whole, run)]:
                off = abs(value - sum(amounts[i].sek or 0 for i in run))
                if all((amounts[i].sek or 0) < value for i in run) and _within(value, value - off, tolerance):
                    if _cost_lines(amounts, run) and _of_kind(amounts, whole, run):
                        candidates.append((off, len(run), whole, run))
        # the closest sum first (a total stated exactly beats a rounded grant beside it), then the largest whole (a
        # total over lines, one of which happens to be the sum of the lines after it), then the shortest run
        used: set[int] = set()
        for _, _, whole, run in sorted(candidates, key=lambda c: (c[0], -(amounts[c[2]].sek or 0), c[1], c[2])):
            if not used & {whole, *run}:
                found.append((whole, run))
                used.update([whole, *run])
    return sorted(found)


def _whole_role(amounts: Sequence[Amount], whole: int, parts: list[int]) -> str | None:
    """The summed kind the whole takes (None: the list is left as it is). A whole read as an outcome stays one. A
    whole read as a budget or grant is the outcome where the rest of the report has a budget kind and no outcome
    (the grant is stated elsewhere: the list is what was spent), stays what it is where the rest has an outcome (a
    budget's lines), and is left where the rest has neither (a grant and what it was spent on, line by line: the
    lines are the outcome). A whole of no summed kind takes the one the rest of the report lacks (none
    where it has both), else its
    heading's, else most of its parts'."""
    own, listed = amounts[whole].role, {whole, *parts}
    rest = {_kind(a.role) for i, a in enumerate(amounts) if i not in listed and _plain(a)} - {None}
    if own == "utfall":
        return own
    if own in _BUDGETS:
        return "utfall" if rest == {"budget"} else own if "utfall" in rest else None
    if rest == {"budget"}:
        return "utfall"
    if rest == {"utfall"}:
        return "budget" if any(a.role == "budget" for a in amounts) else "beviljat"
    if rest:  # the report has both kinds elsewhere: a whole of neither is a subtotal or a detail
        return None
    heading = (amounts[whole].section or "").lower()
    if _OUTCOME_HEADING in heading:
        return "utfall"
    named = section_role(heading)
    if named in _BUDGETS:
        return named
    kinds = [amounts[i].role for i in parts if amounts[i].role in _SUMMED]
    return max(sorted(set(kinds)), key=kinds.count) if kinds else None


def nets_and_parts(amounts: Sequence[Amount], skip: set[int] | None = None) -> list[tuple[int, list[int]]]:
    """Each net outcome of a cost list less its income in `amounts` (one report's, pooled in answer order), with its
    parts: (index of the net, indices of the lines and the income). Within an answer, an outcome is a net where a block
    of four or more figures right before it or right after it is three or more cost lines (`_cost_lines`) and, first
    or last in the block, one figure of income, not of a budget kind (a grant taken off leaves the body's own share,
    no outcome), and the lines less the income make the outcome exactly ("Intäkter: entré 19 000 kr / Kostnader: DJ 28
    000 kr, vakter 34 000 kr, hyra 11 000 kr / Nettokostnad: 54 000 kr"): no tolerance, as a difference matches by
    chance more easily than a sum. Figures in `skip` (a list's whole or parts already) are neither."""
    skip = skip or set()
    found: list[tuple[int, list[int]]] = []
    for answer in _answers(amounts):
        used = set(skip)
        for at, whole in enumerate(answer):
            if amounts[whole].role != "utfall" or whole in used:
                continue
            blocks = [answer[start:at] for start in range(at - 4, -1, -1)] + [
                answer[at + 1 : end] for end in range(at + 5, len(answer) + 1)
            ]
            for block in blocks:
                for income, lines in ((block[0], block[1:]), (block[-1], block[:-1])):
                    if used & {income, *lines} or _kind(amounts[income].role) == "budget":
                        continue
                    gross = sum(amounts[i].sek or 0 for i in lines)
                    if gross - (amounts[income].sek or 0) != amounts[whole].sek or not _cost_lines(amounts, lines):
                        continue
                    if (amounts[income].sek or 0) < gross and _of_kind(amounts, whole, lines):
                        found.append((whole, [*lines, income]))
                        used.update([whole, *lines, income])
                        break
                if whole in used:
                    break
    return sorted(found)


def whole_and_details(amounts: Sequence[Amount], tolerance: float = WHOLE_TOLERANCE) -> list[Amount]:
    """`amounts` of one follow-up report with each cost list's whole given its summed kind (`_whole_role`) and its
    parts made `annat`; a list whose whole gets no kind is left as it is. Then each net outcome of a list less its
    income (`nets_and_parts`, the thirty-fifth round's): its lines and its income made `annat`, the net the outcome
    it was read as."""
    out = list(amounts)
    listed: set[int] = set()
    for whole, parts in totals_and_parts(out, tolerance):
        role = _whole_role(out, whole, parts)
        if role is None:
            continue
        listed.update([whole, *parts])
        for i in parts:
            if out[i].role != "annat":
                out[i] = replace(out[i], role="annat", role_source=TOTAL_SOURCE, role_probability=None)
        if out[whole].role != role:
            out[whole] = replace(out[whole], role=role, role_source=TOTAL_SOURCE, role_probability=None)
    for _, parts in nets_and_parts(out, listed):
        for i in parts:
            if out[i].role != "annat":
                out[i] = replace(out[i], role="annat", role_source=TOTAL_SOURCE, role_probability=None)
    return out


# A written-out product in a follow-up's answer (the twenty-seventh round's step): "sex fågelholkar à 350 kr, alltså
# 2 100 kr", "450 kr i timmen i 48 timmar (21 600 kr)". The factor is a unit price (`annat`), the product a line of
# what the report states; read figure by figure, the product is often left `annat` (no cue of its own) and the
# report's outcome falls short by it. The test is arithmetic: within one sentence, a figure equal to a count written
# in the sentence times another figure of it.
PRODUCT_OVER = 0.02  # the outcome with the products read may pass the budget by at most 2 %


def _counts(sentence: str, amount_texts: Sequence[str]) -> set[int]:
    """The counts written in `sentence` outside its amounts: whole numbers up to four digits and number words."""
    rest = sentence
    for text in amount_texts:
        rest = rest.replace(text, " ")
    counts = {int(m) for m in re.findall(r"(?<![\d,.])\d{1,4}(?![\d,.])", rest)}
    return counts | {NUMBER_WORDS[w] for w in re.findall(r"[a-zåäö]+", rest.lower()) if w in NUMBER_WORDS}


def factors_and_products(amounts: Sequence[Amount]) -> list[tuple[int, int]]:
    """(index of the factor, index of the product) for each pair of plain figures of one sentence where the larger
    is a count written in the sentence times the smaller."""
    pairs = []
    for j, product in enumerate(amounts):
        texts = [a.text for a in amounts if a.sentence == product.sentence]
        for i, factor in enumerate(amounts):
            if i == j or factor.sentence != product.sentence or not (_plain(factor) and _plain(product)):
                continue
            small, large = factor.sek or 0, product.sek or 0
            if small < large and large % small == 0 and large // small in _counts(product.sentence, texts):
                pairs.append((i, j))
    return pairs


def products_read(amounts: Sequence[Amount], over: float | None = PRODUCT_OVER) -> list[Amount]:
    """`amounts` of one follow-up report with each written-out product read as a line (`factors_and_products`): the
    factor `annat` where it was read as a summed kind, the product kept where it was read as one, else the outcome
    where its factor or another figure of its answer is one. Kept only where the report's budget stays, its outcome
    comes closer to the budget and passes it by at most `over` (a product already inside a stated total would count
    twice). None: `amounts` as they are."""
    out = list(amounts)
    if over is None:
        return out
    for i, j in factors_and_products(out):
        factor, product = out[i], out[j]
        others = {_kind(a.role) for k, a in enumerate(out) if k not in (i, j) and a.section == product.section}
        if _kind(product.role) == "utfall" or (_kind(product.role) == "budget" and _kind(factor.role) != "utfall"):
            role = product.role
        elif "utfall" in others or _kind(factor.role) == "utfall":
            role = "utfall"
        else:
            continue
        if _kind(factor.role) is not None:
            out[i] = replace(factor, role="annat", role_source=TOTAL_SOURCE, role_probability=None)
        if product.role != role:
            out[j] = replace(product, role=role, role_source=TOTAL_SOURCE, role_probability=None)
    (budget, outcome), (new_budget, new_outcome) = summed_kinds(amounts), summed_kinds(out)
    if new_budget is None or new_outcome is None or new_budget != budget:
        return list(amounts)
    closer = outcome is None or abs(new_budget - new_outcome) < abs(budget - outcome)
    return out if closer and new_outcome <= new_budget * (1 + over) else list(amounts)


def summed_kinds(amounts: Sequence[Amount]) -> tuple[int | None, int | None]:
    """The report's (budget, outcome) as `bilagor amounts` sums them: each distinct value once, the budget from
    the `budget` figures, else the `beviljat` ones (None: no figure of the kind, or one without a plain value)."""
    values: dict[str, set[int]] = {}
    for a in amounts:
        if a.sek is not None and a.high is None:
            values.setdefault(a.role, set()).add(a.sek)
    budget = values.get("budget") or values.get("beviljat")
    outcome = values.get("utfall")
    return (sum(budget) if budget else None), (sum(outcome) if outcome else None)


# An outcome that holds one of its own parts (the thirtieth round's step): "Investeringen kostade 1 940 000 kr …
# idrottsförvaltningen bidrog med 200 000 kr … Nämndens del av kostnaden blev därmed 1 740 000 kr" (the remainder
# of a cost after another body's share), "… totalt 24 000 kr. Till det kom cyklar för 11 500 kr. Allt som allt 35 500
# kr" (a total of two lines), "… alltså 41 400 kr för sex turer. Med matsäck och entréer blev kostnaden 52 750 kr" (a
# running total that includes a line). Read figure by figure, the part and the whole are both outcomes and the
# report's outcome counts the part twice. Within one answer, a smaller outcome is a part of the answer's largest
# outcome where that whole less it is another figure of the answer or the sum of two (the arithmetic, as
# `totals_and_parts` reads it), or where it stands in an earlier sentence and the whole's own sentence says it
# includes more ("Med …", "Inklusive …", "Allt som allt …"). Kept only where the report's outcome then comes closer
# to its budget (a cost and a second, separate cost that happen to sum to a third figure are left).
_INCLUDES = re.compile(
    r"^\s*(?:med|inklusive|inkl\.?|inräknat|medräknat|tillsammans med)\b|\b(?:allt som allt|inklusive|inräknat"
    r"|medräknat)\b",
    re.IGNORECASE,
)


def _answer_runs(amounts: Sequence[Amount]) -> list[list[int]]:
    """The indices of each answer's plain figures, in order: a report's answers are consecutive runs of one
    section."""
    runs: list[list[int]] = []
    previous: object = object()
    for i, a in enumerate(amounts):
        if not runs or a.section != previous:
            runs.append([])
            previous = a.section
        if _plain(a):
            runs[-1].append(i)
    return runs


def _remainder_of(amounts: Sequence[Amount], whole: int, part: int, answer: list[int], tolerance: float) -> list[int]:
    """The other figures of `answer` that make up `whole` together with `part` (one, or two summed), or []."""
    rest = (amounts[whole].sek or 0) - (amounts[part].sek or 0)
    others = [i for i in answer if i not in (whole, part) and (amounts[i].sek or 0) < (amounts[whole].sek or 0)]
    for i in others:
        if _within(rest, amounts[i].sek or 0, tolerance):
            return [i]
    for x, i in enumerate(others):
        for j in others[x + 1 :]:
            if _within(rest, (amounts[i].sek or 0) + (amounts[j].sek or 0), tolerance):
                return [i, j]
    return []


def _includes_before(whole: Amount) -> bool:
    """Whether the whole's sentence, up to the whole, says it includes more than a line before it."""
    head = whole.sentence.split(whole.text)[0] if whole.text and whole.text in whole.sentence else whole.sentence
    return bool(_INCLUDES.search(head))


def outcome_parts_read(amounts: Sequence[Amount], tolerance: float | None = WHOLE_TOLERANCE) -> list[Amount]:
    """`amounts` of one follow-up report with each outcome that is a part of a larger outcome of its answer made
    `annat`, and the figures it makes that whole with, where read as a budget or grant, `annat` too (a co-funder's
    share read as a grant); kept only where the report's outcome then comes closer to its budget. None: `amounts`
    as they are."""
    out = list(amounts)
    budget, outcome = summed_kinds(out)
    if tolerance is None or budget is None or outcome is None:
        return out
    for answer in _answer_runs(out):
        outcomes = [i for i in answer if out[i].role == "utfall"]
        if len({out[i].sek for i in outcomes}) < 2:
            continue
        whole = max(outcomes, key=lambda i: (out[i].sek or 0, -i))
        for part in [i for i in outcomes if (out[i].sek or 0) < (out[whole].sek or 0)]:
            with_it = _remainder_of(out, whole, part, answer, tolerance)
            earlier = out[part].sentence != out[whole].sentence and part < whole
            if not with_it and not (earlier and _includes_before(out[whole])):
                continue
            for i in [part, *(i for i in with_it if _kind(out[i].role) is not None)]:
                out[i] = replace(out[i], role="annat", role_source=TOTAL_SOURCE, role_probability=None)
    new_budget, new_outcome = summed_kinds(out)
    if new_budget is None or new_outcome is None:
        return list(amounts)
    return out if abs(new_budget - new_outcome) < abs(budget - outcome) else list(amounts)
