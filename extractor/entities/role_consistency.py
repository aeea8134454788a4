"""A report's amounts constrain each other: pure rules over one report's amounts.

Runs once per report, after every amount has its role from its own words (entities.find_entities).
Where the arithmetic of the report's figures is unambiguous, it changes a role the rules left weak
(from a clause, the text before, the section or no word at all; never a word bound to the amount or
its nearest cue) and says so (`role_source` "consistency"):

- The difference of a budget (or grant) and an outcome, named as a difference in its sentence (a
  deviation cue of role_cues: "Diff", "överskridandet", "dyrare än" …, a change noun bound to it: "en
  ökning med", or a written sign), is the deviation, not a second budget or outcome ("Slutkostnaden är
  8,3 mnkr, en ökning med 0,8 mnkr"; "Diff: +2 tkr"); named as money left over or handed back ("Det som
  blev över, 13 300 kr, betalas tillbaka") it is `annat`, as the README's convention has it.
- A deviation the size of the outcome (within a tenth) in a report with no budget or grant is the
  budget: as a deviation it would make the budget twice the outcome or nothing ("Ingen avvikelse …
  kalkylen var 615 000 kr" beside an outcome of 612 450 kr).
- A second, weak budget that is the budget less another figure of the report is what is left of it
  (`annat`: "Återstående budget, 209 000 kr" beside a budget of 300 000 kr and 91 000 kr); that other
  figure, left without a word in a report with no outcome, is what was spent.
- A second, weak budget equal to the outcome a cue states is the outcome said again.
- Parts listed before their total in one section, of the total's summed role, are not summed beside
  it ("Belysning: 320 000 / 331 500 … Summa: 400 000 / 392 500"), when exactly one set of them
  adds up to it. This holds whatever gave the parts their role: a cue over a list ("Kostnaderna:
  material 18 500, hyra 4 200 … Summa 24 000 kr") names what the parts are, and the total keeps
  that role; the README's convention makes parts beside their total `annat` so nothing counts twice.
  A set may also hold figures of a role the report does not sum (an ask; a grant beside a budget)
  given weakly: "nettokostnad 540 000 kr" after a grant of 300 000 kr is a part of the gross
  840 000 kr. Those keep their role; money of no summed role (`annat`) is never a part, for which of
  a net and a gross figure is the outcome differs from report to report (but see the two bases below).
- A figure named as the total ("totalt", "sammanlagt", "Summa", "hela projektet"): the smaller figures of its
  summed role before it in its form section are parts, `annat`, even when they do not add up to it; a total no
  word gave a role whose parts add up to it, in an outcome section of a report with no outcome, is the
  outcome (role_totals).
- A budget (or grant) revised during the project: the figure the revision arrived at is the budget, the one
  it replaced and an increment that led to it are `annat` ("Ursprungligen budgeterades X, men budgeten
  justerades upp till Y"; "en tilläggsbudget på X, så att den totala budgeten blev Y"; role_revisions),
  whatever gave them their role: the revision is told in words, not guessed from the arithmetic.
- One outcome on two bases (with and without VAT, gross and net of income): the figure on the budget's
  basis is the outcome, the other `annat`; with no basis for the budget the first named stays (role_bases;
  checks flags it).

- A budget's revision told in a sentence that opens with it ("Budgeten räknades om i september … och landade då på
  X"), in any answer: X is the budget, whatever weak role it had, and the figure it replaced is `annat`.
- The outcome so far plus a forecast of the costs still to come (O + P = X, within a hedged figure's precision):
  a weak outcome X is the forecast total (`prognos`); checks flags the report (forecast_total).
- Parts of an outcome in one answer before its named total in a later one ("… 35 000 kr till hyra och 25 000 kr
  till ledare" then "Totalt användes 60 000 kr") are parts, as within one section.
- A budget named for a coming year ("Inför nästa år har nämnden avsatt X") beside this year's and an outcome is
  `annat`; money its own relative clause keeps out of the accounts ("…, som inte belastar projektet") is `annat`.
- Figures taken out of a total named before them ("Av den gick A till … och B till …", "varav"), adding up to
  it exactly, are its parts.
- In a report with no budget, the one figure labelled a budget of the outcomes' year ("Budget 2025: X") that the
  sentence rule for other years left `annat` is the budget.
- A rounded figure restated exactly in brackets ("0,8 mnkr (812 450 kr)") is one figure, the exact one.

Not settled here: a grant above an ask (a pot and the most one applicant may ask for look the same),
and a forecast equal to the outcome (it changes no summed figure).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import islice

from bilagor.extractor.entities.checks import budget_role
from bilagor.extractor.entities.role_across import across_answers
from bilagor.extractor.entities.role_attached import attached_role
from bilagor.extractor.entities.role_bases import BRUTTO, NETTO, basis_of, budget_basis, deducted, off_basis
from bilagor.extractor.entities.money import hedge_margin
from bilagor.extractor.entities.role_cues import DEVIATION, YEAR_BEFORE, find_cues
from bilagor.extractor.entities.role_details import details_of_outcome
from bilagor.extractor.entities.role_kept_out import kept_out_of_accounts
from bilagor.extractor.entities.role_parts import subsets_summing
from bilagor.extractor.entities.role_revisions import clause_before, revised_subject, revision_of, superseded
from bilagor.extractor.entities.role_stage import is_form_section
from bilagor.extractor.entities.role_totals import named_total, outcome_section, parts_before
from bilagor.extractor.record import Amount

CONSISTENCY = "consistency"  # the role_source of a role set here
SUMMED = ("budget", "beviljat", "utfall")  # the roles `bilagor amounts` may sum
BUDGETS = ("budget", "beviljat")
# Roles the rules gave without a word bound to the amount; "cue" (a word bound to it, or its nearest
# plain cue) is what the text states outright and is never changed.
WEAK = ("clause", "context", "section", "default")
MAX_PARTS = 12  # more candidate parts than this before a total: too many subsets to call one unique
SAME_SIZE = 0.1  # a deviation within this share of the outcome is "the size of the outcome"

_SIGN_RE = re.compile(r"[+\-−–]\s*$")
# "dvs. 15 400 kr under", "1 500 kr under de 80 000 kr vi fick", "12 000 kr mer": a direction right after the
# amount names it a difference ("under 2023", "under hösten" name a time)
_DIRECTION_AFTER_RE = re.compile(
    r"\s*(?:kr|kronor|tkr|mnkr|:-)?\s*(?:(?:under|över)(?=\s*(?:[.,;)]|$|än\b|budget|ram|kalkyl|de\b|den\b|det\b|vad\b"
    r"|planer|beräkn|bevilj|prognos))|(?:mindre|mer|lägre|högre|billigare|dyrare)(?![\wåäö]))"
    # "40 000 kr mer än i fjol" is a change over time (role_cues), not a deviation
    rf"(?!\s+än\s+(?:{YEAR_BEFORE}|i\s+år|(?:19|20)\d\d))",
    re.IGNORECASE,
)
NEAR = 60  # characters around the amount in its sentence where the difference must be named
_MASK = "#"  # what role_cues reads in place of an amount


def consistent_roles(amounts: Sequence[Amount]) -> list[Amount]:
    """The report's amounts, in the same order, with the roles its arithmetic settles (new objects;
    the input is left as it is)."""
    result = list(amounts)
    _deviations(result)
    _deviation_as_budget(result)
    _left_over(result)
    _outcome_restated(result)
    _parts_of_totals(result)
    _total_of_parts(result)
    _parts_before_total(result)
    _parts_taken_out(result)
    _revised_budgets(result)
    _one_basis(result)
    _gross_less_income(result)
    _outcome_from_deviation(result)
    _outcome_from_budget(result)
    _line_instead_of_plan(result)
    _restated_hedged(result)
    _restated_in_brackets(result)
    _shares(result)
    _other_year_budgets(result)
    _coming_year_budgets(result)
    _earlier_year_outcomes(result)
    _forecast_totals(result)
    _outside_accounts(result)
    _application_estimates(result)
    for i in details_of_outcome(result):
        result[i] = replace(result[i], role="annat", role_source=CONSISTENCY)
    across_answers(result)
    return result


def _value(a: Amount) -> int | None:
    """A single plain value: ranges and amounts without a value take part in no arithmetic."""
    return a.sek if isinstance(a.sek, int) and a.sek > 0 and a.high is None else None


def _weak(a: Amount) -> bool:
    return a.role_source in WEAK


def _values(amounts: list[Amount], roles: Sequence[str]) -> set[int]:
    return {v for a in amounts if a.role in roles and (v := _value(a)) is not None}


def _named_as(a: Amount) -> str | None:
    """What the words around the amount name it: "avvikelse" (a difference: a deviation cue of
    role_cues, a change noun bound to it, a written sign), "annat" (money left over or handed back, or
    another cue that keeps a figure out of the sums), or None."""
    # the amount's own place in its sentence ("2 tkr" is not the tail of "62 tkr")
    where = re.search(r"(?<![\w,.])" + re.escape(a.text), a.sentence)
    if where is None:
        return _cue_role(a.sentence)
    at, end = where.start(), where.end()
    if _SIGN_RE.search(a.sentence, max(0, at - 2), at) and a.text[:1] not in "-−–":
        return "avvikelse"  # "+2 tkr": a plus is not kept in the amount's text
    if a.text[:1] in "-−–+":
        return "avvikelse"
    if _DIRECTION_AFTER_RE.match(a.sentence, end):
        return "avvikelse"
    masked = a.sentence[:at] + _MASK + a.sentence[end:]
    if attached_role(masked, at, at + 1) == "avvikelse":
        return "avvikelse"  # "en ökning med X"
    lo = max(0, at - NEAR)
    return _cue_role(masked[lo : at + 1 + NEAR])


# Names of the gap between a budget (or grant) and a larger outcome, right before the amount in its clause:
# "Det överskjutande beloppet, X", "Mellanskillnaden X" (a deviation); "Egen insats: X", "föreningens egna medel
# X" (the part the grant did not cover, money of no summed role). Only with the arithmetic of _deviations.
_GAP_NAME_RE = re.compile(
    r"(?<![\wåäö])(?:(?P<avvikelse>överskjutande|överskridande\w*|mellanskillnad\w*|det\s+som\s+saknades"
    # a noun of its own for the overrun or shortfall ("Merkostnaden, X, beror på …", "Det saknade beloppet, X")
    r"|merkostnad\w*|fördyring\w*|överdrag\w*|underskott\w*|saknade\s+belopp\w*|beloppet\s+som\s+saknades)"
    r"|(?P<annat>egen\s+insats|egna\s+insats\w*|eget\s+bidrag|egen\s+finansiering|egenfinansiering\w*|egna\s+medel"
    r"|egeninsats\w*|självfinansiering\w*|medfinansiering\w*))(?![\wåäö])[^.;:]{0,30}[:,]?\s*$",
    re.IGNORECASE,
)


def _gap_named(a: Amount) -> str | None:
    """What a gap name right before the amount in its clause calls it: "avvikelse", "annat" or None."""
    head = clause_before(a.sentence, a.text)
    found = _GAP_NAME_RE.search(head) if head else None
    return next((k for k, v in found.groupdict().items() if v), None) if found else None


def _cue_role(window: str) -> str | None:
    cues = find_cues(window)
    if any(c.role == "avvikelse" for c in cues):
        return "avvikelse"
    if any(c.role == "annat" and c.rank == DEVIATION for c in cues):
        return "annat"
    return None


def _deviations(amounts: list[Amount]) -> None:
    budgets = _values(amounts, BUDGETS)
    outcomes = _values(amounts, ("utfall",))
    for i, a in enumerate(amounts):
        d = _value(a)
        weak_summed = a.role in SUMMED and _weak(a)
        unnamed = a.role == "annat" and a.role_source == "default"
        if d is None or not (weak_summed or unnamed):
            continue
        # the difference of two figures other than itself, each larger than it
        between = any(abs(u - b) == d and min(b, u) > d for b in budgets - {d} for u in outcomes - {d})
        # or of two budget figures, one the outcome a weak role called a budget ("Vi fick 260 000 kr men var
        # tvungna att lägga 283 500 kr. Det saknade beloppet, 23 500 kr, …"), if a gap noun names it
        of_budgets = any(abs(b2 - b) == d and min(b, b2) > d for b in budgets - {d} for b2 in budgets - {d, b})
        if not between and not (of_budgets and _gap_named(a) == "avvikelse"):
            continue
        named = _named_as(a) or _gap_named(a)
        if named == "avvikelse" or (named == "annat" and weak_summed):
            amounts[i] = replace(a, role=named, role_source=CONSISTENCY)


def _deviation_as_budget(amounts: list[Amount]) -> None:
    """A weak deviation the size of the report's only outcome, in a report with no budget or grant."""
    outcomes = _values(amounts, ("utfall",))
    if _values(amounts, BUDGETS) or len(outcomes) != 1:
        return
    (outcome,) = outcomes
    for i, a in enumerate(amounts):
        d = _value(a)
        if a.role == "avvikelse" and _weak(a) and d is not None and abs(d - outcome) <= SAME_SIZE * outcome:
            amounts[i] = replace(a, role="budget", role_source=CONSISTENCY)


def _left_over(amounts: list[Amount]) -> None:
    """A weak second budget R that is a budget B less another figure X (X + R = B): R is what is left
    (as is an R a cue names left over, "Resterande 174 000 kr återförs"). X, if it is an outcome, stays one; if no word gave it a role and the report has no outcome, it is the
    outcome. A weak outcome as X says nothing of which is spent, so nothing is changed for it."""
    has_outcome = bool(_values(amounts, ("utfall",)))
    for r_i, r in enumerate(amounts):
        rest = _value(r)
        weak_budget = r.role in BUDGETS and _weak(r)
        named_left = r.role == "annat" and r.role_source == "cue" and _named_as(r) == "annat"
        if rest is None or not (weak_budget or named_left):
            continue
        for b in amounts:
            whole = _value(b)
            if b is r or whole is None or b.role not in BUDGETS or whole <= rest:
                continue
            spent = [
                x_i
                for x_i, x in enumerate(amounts)
                if x is not r
                and x is not b
                and _value(x) == whole - rest
                and (
                    (x.role == "utfall" and x.role_source == "cue")
                    or (x.role == "annat" and x.role_source == "default" and not has_outcome)
                )
            ]
            if len(spent) != 1:
                continue
            x_i = spent[0]
            if weak_budget:
                amounts[r_i] = replace(r, role="annat", role_source=CONSISTENCY)
            if amounts[x_i].role == "annat":
                amounts[x_i] = replace(amounts[x_i], role="utfall", role_source=CONSISTENCY)
            break


def _outcome_restated(amounts: list[Amount]) -> None:
    """A weak budget equal to an outcome a cue states, beside another budget, is that outcome again."""
    stated = {v for a in amounts if a.role == "utfall" and a.role_source == "cue" and (v := _value(a)) is not None}
    for i, a in enumerate(amounts):
        v = _value(a)
        if v is None or a.role not in BUDGETS or not _weak(a) or v not in stated:
            continue
        if any(b is not a and b.role == a.role and b.sentence == a.sentence and _value(b) != v for b in amounts):
            continue  # one share of a pot listed with the others ("90 000 kr till föreningen och 60 000 kr till …")
        if _values(amounts, BUDGETS) - {v}:
            amounts[i] = replace(a, role="utfall", role_source=CONSISTENCY)


def _parts_of_totals(amounts: list[Amount]) -> None:
    roles = {a.role for a in amounts}
    # roles the report does not sum: an ask always, a grant beside a budget (checks.budget_role)
    unsummed = {"sokt"} | ({"beviljat"} if budget_role(roles) == "budget" else set())
    for t, total in enumerate(amounts):
        value = _value(total)
        if value is None or total.role not in SUMMED:
            continue
        candidates = [
            i
            for i, a in enumerate(amounts[:t])
            if (v := _value(a)) is not None
            and v < value
            and (
                (a.section == total.section and (a.role == total.role or (a.role in unsummed and _weak(a))))
                # an outcome's parts in an earlier answer than its named total ("Totalt användes X")
                or (a.role == total.role == "utfall" and _weak(a) and named_total(total.sentence, total.text))
            )
        ]
        if len(candidates) < 2 or len(candidates) > MAX_PARTS:
            continue
        numbers = [_value(amounts[i]) or 0 for i in candidates]
        found = list(
            islice(
                (
                    [candidates[k] for k in subset]
                    for subset in subsets_summing(numbers, value)
                    if any(amounts[candidates[k]].role == total.role for k in subset)
                ),
                2,
            )
        )
        if len(found) == 1:
            for i in found[0]:
                if amounts[i].role == total.role:
                    amounts[i] = replace(amounts[i], role="annat", role_source=CONSISTENCY)


def _revised_budgets(amounts: list[Amount]) -> None:
    """Of the report's summed budget role, the figures a later revision replaced are `annat`. A figure a weak role
    gave, that a sentence opening with the budget's revision arrives at ("Budgeten räknades om … och landade på X"),
    is the budget first."""
    for i, a in enumerate(amounts):
        named = revised_subject(a.sentence, a.text) if _weak(a) and a.role not in SUMMED else None
        if named and _value(a) is not None:
            amounts[i] = replace(a, role=named, role_source=CONSISTENCY)
    role = budget_role({a.role for a in amounts})
    mine = [i for i, a in enumerate(amounts) if a.role == role]
    gone = superseded(
        [amounts[i].sentence for i in mine], [amounts[i].text for i in mine], [_value(amounts[i]) for i in mine]
    )
    for k in gone:
        i = mine[k]
        amounts[i] = replace(amounts[i], role="annat", role_source=CONSISTENCY)


def _one_basis(amounts: list[Amount]) -> None:
    """An outcome given on two bases counts once: the other basis's figure is `annat`."""
    outcomes = [i for i, a in enumerate(amounts) if a.role == "utfall" and _value(a) is not None]
    budgets = [a for a in amounts if a.role == budget_role({b.role for b in amounts})]
    other, _ = off_basis([amounts[i] for i in outcomes], budgets)
    if any(basis_of(amounts[i].sentence, amounts[i].text) == NETTO for i in outcomes):
        # income taken off the gross cost beside a net outcome is neither figure
        other |= {k for k, i in enumerate(outcomes) if deducted(amounts[i].sentence, amounts[i].text)}
    for k in other:
        i = outcomes[k]
        amounts[i] = replace(amounts[i], role="annat", role_source=CONSISTENCY)


def _total_of_parts(amounts: list[Amount]) -> None:
    """A named total left `annat` without a cue, whose parts before it add up to it, in an outcome section of a
    report with no outcome, is the outcome."""
    if _values(amounts, ("utfall",)):
        return
    for t, total in enumerate(amounts):
        value = _value(total)
        if (
            value is None
            or total.role != "annat"
            or total.role_source == "cue"
            or not outcome_section(total.section)
            or not named_total(total.sentence, total.text)
        ):
            continue
        before = [_value(a) if a.section == total.section else None for a in amounts[:t]]
        if parts_before(before, value):
            amounts[t] = replace(total, role="utfall", role_source=CONSISTENCY)
            return


def _parts_before_total(amounts: list[Amount]) -> None:
    """The smaller figures of a named total's summed role before it in its section are its parts, if together
    (each value once) they do not exceed it."""
    for t, total in enumerate(amounts):
        value = _value(total)
        # in a form every figure is one project's; elsewhere a total may be another pot's ("Totalt delades X ut")
        if (
            value is None
            or total.role not in SUMMED
            or not is_form_section(total.section)
            or not named_total(total.sentence, total.text)
        ):
            continue
        parts = [
            i
            for i, a in enumerate(amounts[:t])
            if a.role == total.role
            and a.section == total.section
            and (v := _value(a)) is not None
            and v < value
            and not named_total(a.sentence, a.text)  # a table's other column total is no part
        ]
        if sum({_value(amounts[i]) or 0 for i in parts}) > value:
            continue  # the figures named before add up to more than the total: not its parts
        for i in parts:
            amounts[i] = replace(amounts[i], role="annat", role_source=CONSISTENCY)


# "Av den gick A till …", "Av utfallet avser A …", "varav A …": a sentence or clause taking its amounts out of a whole
_TAKEN_OUT_RE = re.compile(r"(?:^\s*av\s+(?!att(?![\wåäö]))|(?<![\wåäö])varav\s)", re.IGNORECASE)


def _parts_taken_out(amounts: list[Amount]) -> None:
    """Figures after a total of a summed role, in its section, in sentences that take their amounts out of a whole
    ("Totalt utfall 612 tkr. Av utfallet avser 380 tkr kameror och 232 tkr fiber"), that add up to it exactly (one
    set of two or more) are its parts: those of a summed role are `annat`, whatever their weak role; but of a budget,
    the money spent beside money left over is the outcome."""
    for t, total in enumerate(amounts):
        value = _value(total)
        if value is None or total.role not in SUMMED:
            continue
        later = [
            i
            for i, a in enumerate(amounts[t + 1 :], start=t + 1)
            if a.section == total.section
            and a.sentence != total.sentence
            and _TAKEN_OUT_RE.search(a.sentence)
            and (v := _value(a)) is not None
            and v < value
            and (_weak(a) or a.role == "annat")
        ]
        if not 2 <= len(later) <= MAX_PARTS:
            continue
        found = list(islice(subsets_summing([_value(amounts[i]) or 0 for i in later], value), 2))
        members = [amounts[later[k]].role for k in found[0]] if len(found) == 1 else []
        if total.role in BUDGETS and "utfall" in members and set(members) <= {"utfall", "annat"}:
            continue  # "Av dessa har X använts, och de Y som blev över återlämnas": spent and left over
        if len(found) == 1:
            for k in found[0]:
                i = later[k]
                if amounts[i].role in SUMMED:
                    amounts[i] = replace(amounts[i], role="annat", role_source=CONSISTENCY)


def _gross_less_income(amounts: list[Amount]) -> None:
    """Costs G less income I is the net cost N (G - I = N, three figures of the report, N named net): one outcome
    on two bases that neither names as a pair. On a gross budget G is the outcome, on a net one N; the income is
    neither. With no basis for the budget the net cost, the one the text names, is kept and checks flags the
    report (net_guess). With no budget at all both stay: nothing says which the report measures."""
    budgets = [a for a in amounts if a.role == budget_role({b.role for b in amounts}) and _value(a) is not None]
    if not budgets:
        return
    wanted = budget_basis(budgets)
    for n_i, net in enumerate(amounts):
        n = _value(net)
        net_named = basis_of(net.sentence, net.text) == NETTO
        if n is None or not net_named or not (net.role == "utfall" or (net.role == "annat" and _weak(net))):
            continue
        for g_i, gross in enumerate(amounts):
            g = _value(gross)
            if g is None or g <= n or gross.role != "utfall" or basis_of(gross.sentence, gross.text) == NETTO:
                continue
            income = [
                i
                for i, a in enumerate(amounts)
                if i not in (n_i, g_i) and _value(a) == g - n and a.role in ("annat", "utfall")
            ]
            if len(income) != 1:
                continue
            keep, drop = (g_i, n_i) if wanted == BRUTTO else (n_i, g_i)
            for i, role in ((keep, "utfall"), (drop, "annat"), (income[0], "annat")):
                if amounts[i].role != role:
                    amounts[i] = replace(amounts[i], role=role, role_source=CONSISTENCY)
            return


def _outcome_from_budget(amounts: list[Amount]) -> None:
    """In a report with no outcome, the one weak budget figure X that is another budget figure B plus a stated
    deviation D is the outcome: the budget and the money laid out, the gap between them named ("Vi fick B men
    var tvungna att lägga X. Det saknade beloppet, D, …")."""
    if _values(amounts, ("utfall",)):
        return
    budgets = _values(amounts, BUDGETS)
    deviations = _values(amounts, ("avvikelse",))
    found = [
        i
        for i, a in enumerate(amounts)
        if a.role in BUDGETS
        and _weak(a)
        and (x := _value(a)) is not None
        and any(x == b + d for b in budgets - {x} for d in deviations - {x})
    ]
    if len(found) == 1:
        amounts[found[0]] = replace(amounts[found[0]], role="utfall", role_source=CONSISTENCY)


def _outcome_from_deviation(amounts: list[Amount]) -> None:
    """In a report with no outcome, a weak deviation X that is a budget (or grant) B less or plus a stated
    deviation D, and larger than D, is the outcome ("12 300 kr under budget (200 000 kr) på totalt 187 700 kr")."""
    if _values(amounts, ("utfall",)):
        return
    budgets = _values(amounts, BUDGETS)
    deviations = _values(amounts, ("avvikelse",))
    found = [
        i
        for i, a in enumerate(amounts)
        if a.role == "avvikelse"
        and _weak(a)
        and (x := _value(a)) is not None
        and any(x in (b - d, b + d) and x > d for b in budgets for d in deviations - {x})
    ]
    if len(found) == 1:
        amounts[found[0]] = replace(amounts[found[0]], role="utfall", role_source=CONSISTENCY)


_INSTEAD_OF_RE = re.compile(
    r"\s*(?:kr|kronor|:-)?\s*,?\s*i\s*stället\s+för\s+(?:(?:de|den|det)\s+)?(?:planerade\s+|budgeterade\s+|beräknade\s+)?$",
    re.IGNORECASE,
)


def _instead_of(sentence: str, first: str, second: str) -> bool:
    """Whether the sentence reads "<first> i stället för <second>"."""
    at = sentence.find(first)
    end = sentence.find(second, at + len(first)) if at >= 0 else -1
    return end >= 0 and bool(_INSTEAD_OF_RE.fullmatch(sentence, at + len(first), end))


def _line_instead_of_plan(amounts: list[Amount]) -> None:
    """A cost line "X i stället för Y" beside the project's budget B and outcome O, where O - B = X - Y, is a
    line of both, not a second budget or outcome: X and Y are parts (`annat`). The whole project's "X i stället
    för Y" has no other budget beside it and is left alone."""
    for y_i, y in enumerate(amounts):
        planned = _value(y)
        if planned is None or y.role not in BUDGETS or not _weak(y):
            continue
        for x_i, x in enumerate(amounts):
            spent = _value(x)
            if (
                spent is None
                or x_i == y_i
                or x.role not in ("utfall", "annat")
                or not _instead_of(y.sentence, x.text, y.text)
            ):
                continue
            budgets = _values(amounts, BUDGETS) - {planned}
            outcomes = _values(amounts, ("utfall",)) - {spent}
            if any(o - b == spent - planned for b in budgets for o in outcomes):
                for i in (x_i, y_i):
                    if amounts[i].role != "annat":
                        amounts[i] = replace(amounts[i], role="annat", role_source=CONSISTENCY)


def _restated_hedged(amounts: list[Amount]) -> None:
    """A hedged figure of a summed role within its precision (half its last written digit) of an exact figure of
    the same role is that figure told again ("runt 2,3 mnkr" beside "Utfall 2 284 500 kr"): `annat`."""
    for i, a in enumerate(amounts):
        v = _value(a)
        if v is None or not a.approx or a.role not in SUMMED:
            continue
        exact = {e for b in amounts if b.role == a.role and not b.approx and (e := _value(b)) is not None and e != v}
        if any(abs(e - v) <= hedge_margin(v) for e in exact):
            amounts[i] = replace(a, role="annat", role_source=CONSISTENCY)


def _restated_in_brackets(amounts: list[Amount]) -> None:
    """A rounded summed figure restated exactly in brackets right after it ("kostade 0,8 mnkr (812 450 kr)", the
    exact figure within the rounded one's precision) is one figure: the exact one takes its role, the rounded one is
    `annat`. The bracket read alone is a prior year's figure (role_parts.bracket_role), which a figure equal to the
    one before it, to its last written digit, cannot be; so this is the one rule here that changes a cue's role."""
    for i, a in enumerate(amounts):
        rounded = _value(a)
        if rounded is None or a.role not in SUMMED:
            continue
        for k, b in enumerate(amounts):
            exact = _value(b)
            if (
                exact is None
                or b.role != "annat"
                or b.sentence != a.sentence
                or exact == rounded
                or abs(exact - rounded) >= hedge_margin(rounded)
                # written to a far finer digit ("400 tkr (350 tkr)" is two years' figures)
                or hedge_margin(exact) * 100 > hedge_margin(rounded)
                or not re.search(re.escape(a.text) + r"\s*\(\s*" + re.escape(b.text) + r"\s*\)", a.sentence)
            ):
                continue
            amounts[k] = replace(b, role=a.role, role_source=CONSISTENCY)
            amounts[i] = replace(a, role="annat", role_source=CONSISTENCY)
            break


# "motsvarade 4 % av entreprenaden, X", "5 procent av byggkostnaden": a share named before the amount
_SHARE_RE = re.compile(r"(?<![\d,])(\d{1,2}(?:,\d+)?)\s*(?:%|procent)\s+av\b")


def _shares(amounts: list[Amount]) -> None:
    """A weak summed figure named as a share of something, equal to that share of another figure of its role in
    the report, is a part of it (`annat`): "1 % av byggkostnaden, 84 000 kronor" beside a building cost of 8,4 mnkr."""
    for i, a in enumerate(amounts):
        v = _value(a)
        head = clause_before(a.sentence, a.text) if v is not None and a.role in SUMMED and _weak(a) else None
        shares = [float(m.group(1).replace(",", ".")) for m in _SHARE_RE.finditer(head or "")]
        # of a figure of its own role: a share of the budget spent ("92 procent av budgeten, eller X") is the outcome
        wholes = {
            w for b in amounts if b is not a and b.role == a.role and (w := _value(b)) is not None and w > (v or 0)
        }
        if v is not None and any(abs(w * p / 100 - v) <= max(1, v / 200) for p in shares for w in wholes):
            amounts[i] = replace(a, role="annat", role_source=CONSISTENCY)


_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _year_named(a: Amount) -> str | None:
    """The one year the words right before the amount in its clause name ("Budget 2024:", "utfall för 2023")."""
    head = clause_before(a.sentence, a.text) or ""
    years = set(_YEAR_RE.findall(head[-30:]))
    return years.pop() if len(years) == 1 else None


def _other_year_budgets(amounts: list[Amount]) -> None:
    """Beside outcomes of one named year, a budget named for another year is that year's, not the report's
    (`annat`), if a budget of the outcomes' year or of no year stays: "Budget 2023: X. Utfall 2023: Y. Budget
    2024: Z". In a report with no budget, the one figure labelled a budget of the outcomes' year is it."""
    outcome_years = {_year_named(a) for a in amounts if a.role == "utfall" and _value(a) is not None}
    if len(outcome_years) != 1 or None in outcome_years:
        return
    (year,) = outcome_years
    if not _values(amounts, BUDGETS):
        # "Utfall 2024: X (utfall 2023: Y). Budget 2024: Z": a budget labelled with the outcomes' year, that the
        # sentence rule for other years left `annat`, is the budget
        labelled = [
            i
            for i, a in enumerate(amounts)
            if a.role == "annat"
            and a.role_source == "clause"
            and _value(a) is not None
            and _year_named(a) == year
            and any(c.role == "budget" for c in find_cues(clause_before(a.sentence, a.text) or ""))
        ]
        if len(labelled) == 1:
            amounts[labelled[0]] = replace(amounts[labelled[0]], role="budget", role_source=CONSISTENCY)
    role = budget_role({a.role for a in amounts})
    budgets = [(i, _year_named(a)) for i, a in enumerate(amounts) if a.role == role and _value(a) is not None]
    other = [i for i, named in budgets if named is not None and named != year]
    if other and len(other) < len(budgets):
        for i in other:
            amounts[i] = replace(amounts[i], role="annat", role_source=CONSISTENCY)


# "Inför nästa år har nämnden avsatt X", "För kommande år …": a coming period's money
_COMING_PERIOD_RE = re.compile(
    r"(?<![\wåäö])(?:(?:nästa|kommande|nästkommande|följande)\s+(?:år|års|verksamhetsår|säsong)|inför\s+nästa)(?![\wåäö])",
    re.IGNORECASE,
)


def _coming_year_budgets(amounts: list[Amount]) -> None:
    """Beside an outcome, a budget its clause names for a coming year is that year's (`annat`), if a budget of no
    coming year stays: "Budgeten för året var X och utfallet Y. För kommande år har nämnden avsatt Z"."""
    if not _values(amounts, ("utfall",)):
        return
    role = budget_role({a.role for a in amounts})
    budgets = [(i, _COMING_PERIOD_RE.search(clause_before(a.sentence, a.text) or "")) for i, a in enumerate(amounts)]
    budgets = [(i, coming) for i, coming in budgets if amounts[i].role == role and _value(amounts[i]) is not None]
    coming = [i for i, named in budgets if named]
    if coming and len(coming) < len(budgets):
        for i in coming:
            amounts[i] = replace(amounts[i], role="annat", role_source=CONSISTENCY)


# "I ansökan beräknades insatsen kosta X", "Enligt den ursprungliga ansökan skulle …": the application named as the
# source of the figure, in its clause before it
_FROM_APPLICATION_RE = re.compile(
    r"(?<![\wåäö])(?:i|enligt)\s+(?:(?:den|vår|er)\s+)?(?:ursprungliga\s+|första\s+)?ansökan(?![\wåäö])", re.IGNORECASE
)


def _application_estimates(amounts: list[Amount]) -> None:
    """In a follow-up with a grant, a weak budget its clause takes from the application ("I ansökan beräknades
    insatsen kosta X, och nämnden beviljade Y") is what was asked for then, replaced by the grant: `annat`."""
    if not _values(amounts, ("beviljat",)):
        return
    for i, a in enumerate(amounts):
        if a.role != "budget" or not _weak(a) or _value(a) is None:
            continue
        if _FROM_APPLICATION_RE.search(clause_before(a.sentence, a.text) or ""):
            amounts[i] = replace(a, role="annat", role_source=CONSISTENCY)


def _forecast_totals(amounts: list[Amount]) -> None:
    """A weak outcome X that is another outcome O plus a forecast P (O + P = X, within a hedged figure's precision)
    is the forecast total, not a second outcome: "Hittills har O bokförts. Återstående fakturor på ca P väntas, så
    slutkostnaden blir ca X". The outcome so far stays; checks flags the report (forecast_total)."""
    forecasts = [a for a in amounts if a.role == "prognos" and _value(a) is not None]
    found = []
    for i, x in enumerate(amounts):
        total = _value(x)
        if total is None or x.role != "utfall" or not _weak(x):
            continue
        margin = hedge_margin(total) if x.approx else 0
        for o in amounts:
            so_far = _value(o)
            if o is x or o.role != "utfall" or so_far is None or so_far >= total:
                continue
            if any(
                abs(so_far + (p_value := _value(p) or 0) - total) <= margin + (hedge_margin(p_value) if p.approx else 0)
                for p in forecasts
            ):
                found.append(i)
                break
    if len(found) == 1:
        amounts[found[0]] = replace(amounts[found[0]], role="prognos", role_source=CONSISTENCY)


def _outside_accounts(amounts: list[Amount]) -> None:
    """A weak summed figure that its own sentence keeps out of the project's accounts (role_kept_out: "egna timmar
    värda X, som inte belastar projektet", "…kostade X; den belastar inte nämndens bidrag") is `annat`."""
    for i, a in enumerate(amounts):
        where = re.search(r"(?<![\w,.])" + re.escape(a.text), a.sentence) if a.role in SUMMED and _weak(a) else None
        if where and kept_out_of_accounts(a.sentence, where.start(), where.end()):
            amounts[i] = replace(a, role="annat", role_source=CONSISTENCY)


# "Under 2022 kostade samma verksamhet X", "(…, 2023 kostade det X)": a year's figure told as a comparison (or in
# brackets beside the figures)
_COMPARED_RE = re.compile(r"(?<![\wåäö])(?:samma|motsvarande|jämfört|jämförelse)(?![\wåäö])", re.IGNORECASE)
# "blev 64 000 kr för 2024": the year right after the amount
_YEAR_AFTER_RE = re.compile(r"\s*(?:kr|kronor|tkr|mnkr)?\s*(?:för|under|år)\s+((?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def _outcome_year(a: Amount) -> int | None:
    """The year the words at an outcome name: right before it in its clause, else right after it."""
    named = _year_named(a)
    if named:
        return int(named)
    where = re.search(r"(?<![\w,.])" + re.escape(a.text), a.sentence)
    after = _YEAR_AFTER_RE.match(a.sentence, where.end()) if where else None
    return int(after.group(1)) if after else None


def _earlier_year_outcomes(amounts: list[Amount]) -> None:
    """A weak outcome named for a year and told as a comparison ("Under 2022 kostade samma verksamhet X", "(…, 2023
    kostade det X)"), beside an outcome of a later year or of no year, is that year's (`annat`). Two years of one
    project told plainly ("År 2023 kostade första etappen X och 2024 …") are both the outcome."""
    outcomes = [(i, _outcome_year(a)) for i, a in enumerate(amounts) if a.role == "utfall" and _value(a) is not None]
    for i, year in outcomes:
        a = amounts[i]
        head = clause_before(a.sentence, a.text) or ""
        in_brackets = head.count("(") > head.count(")")
        if year is None or not _weak(a) or not (_COMPARED_RE.search(head) or in_brackets):
            continue
        if any(k != i and (other is None or other > year) for k, other in outcomes):
            amounts[i] = replace(a, role="annat", role_source=CONSISTENCY)


def of_other_year(a: Amount) -> bool:
    """Whether the words at an amount name a year or a coming period (what the year rules above read), and no
    revision of a budget: for checks, which says when a figure left out of the sums rests on them."""
    if not a.sentence or revision_of(a.sentence, a.text) is not None:
        return False
    return bool(_COMING_PERIOD_RE.search(clause_before(a.sentence, a.text) or "")) or _outcome_year(a) is not None
