"""Which of a report's summed figures a person should look at: pure rules.

Used twice with one definition: the extractor writes the reasons into the
record's warnings, and `bilagor amounts --check` lists them per amount from
the archive (index/amounts.py). The amounts are any objects with `sek`,
`role`, `role_source`, `high`, `page`, `sentence` and `text`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

# Why a report's figures need a look (stable keys, for --json and tests).
ROLE_BY_DEFAULT = "role_by_default"
TWO_BUDGETS = "two_budgets"
OUTCOME_OVER_TWICE_BUDGET = "outcome_over_twice_budget"
RANGE_SUMMED = "range_summed"
BUDGET_REVISED = "budget_revised"
BASIS_GUESS = "basis_guess"
PART_OF_TOTAL = "part_of_total"
NET_GUESS = "net_guess"
FORECAST_TOTAL = "forecast_total"
OTHER_YEAR = "other_year"
MODEL_UNSURE = "model_unsure"
REPORT_UNSURE = "report_unsure"

REASON_TEXT = {
    ROLE_BY_DEFAULT: "inget ord i texten gav beloppet dess roll (avsnittet eller standard), och summorna bygger på det",
    TWO_BUDGETS: "två olika budgetbelopp; båda summeras",
    OUTCOME_OVER_TWICE_BUDGET: "utfallet är mer än dubbla budgeten",
    RANGE_SUMMED: "ett intervall; bara den nedre gränsen summeras",
    BUDGET_REVISED: "budgeten ändrades under projektet; bara den senaste summeras, den tidigare står som annat",
    BASIS_GUESS: (
        "utfallet anges både med och utan moms (eller brutto och netto) och budgeten säger inte vilket;"
        " det först nämnda summeras"
    ),
    PART_OF_TOTAL: "mindre belopp före en totalsumma räknas som delar av den och summeras inte, fast de inte går jämnt upp",
    NET_GUESS: (
        "utfallet anges före och efter avdrag för intäkter och budgeten säger inte vilket; nettokostnaden summeras"
    ),
    FORECAST_TOTAL: (
        "ett belopp som läses som utfall är det hittills bokförda plus kostnader som väntas; det räknas som prognos"
        " och summeras inte"
    ),
    OTHER_YEAR: "ett belopp som läses som ett annat års (tidigare eller kommande) summeras inte",
    MODEL_UNSURE: (
        "en inlärd modell gav beloppet en annan roll än reglerna, men är mindre säker än 80 %,"
        " och summorna bygger på det"
    ),
    REPORT_UNSURE: (
        "rapporten saknade en budget eller ett utfall och den inlärda modellen gav beloppet den rollen,"
        " men är mindre säker än 80 %; summorna bygger på det"
    ),
}

OUTCOME_RATIO = 2  # an outcome above this many budgets is more likely a misread role than an overrun
WEAK_SOURCES = ("section", "default")
# A role the learned decision gave against the rules (role_source "model") with a lower probability than this
# is as weak as a default role (--role-decision model; the override threshold itself is lower).
MODEL_CONFIDENCE = 0.8


@dataclass(frozen=True)
class Check:
    reason: str  # one of REASON_TEXT
    amount: Any  # the amount the reason points at

    def message(self) -> str:
        a = self.amount
        page = f", sida {a.page}" if a.page is not None else ""
        return f"belopp: '{a.text}'{page}: {REASON_TEXT[self.reason]}"


def budget_role(roles: set[str]) -> str:
    """The role summed as a report's budget: its budget figures, else its grants."""
    return "budget" if "budget" in roles else "beviljat"


def figure_checks(amounts: Sequence[Any]) -> list[Check]:
    """The reasons to look at one report's figures, each with its amount."""
    roles = {a.role for a in amounts}
    budget = budget_role(roles)
    summed = [a for a in amounts if a.role in (budget, "utfall") and a.sek is not None]
    checks = [Check(ROLE_BY_DEFAULT, a) for a in summed if getattr(a, "role_source", None) in WEAK_SOURCES]
    checks += [Check(MODEL_UNSURE, a) for a in summed if _unsure_model(a)]
    # a figure the per-report decision gave a report that lacked it (role_model_report), below the confidence
    checks += [Check(REPORT_UNSURE, a) for a in summed if _unsure_model(a, "report")]
    if budget not in roles or "utfall" not in roles:
        # A figure may be missing because its amount was left as "annat" for want of a cue, or moved by the model.
        checks += [Check(ROLE_BY_DEFAULT, a) for a in amounts if getattr(a, "role_source", None) == "default"]
        checks += [Check(MODEL_UNSURE, a) for a in amounts if a not in summed and _unsure_model(a)]
    budgets = list(dict.fromkeys(a.sek for a in summed if a.role == budget))
    if len(budgets) > 1:
        checks.append(Check(TWO_BUDGETS, next(a for a in summed if a.role == budget and a.sek == budgets[1])))
    outcome = sum(dict.fromkeys(a.sek for a in summed if a.role == "utfall"))
    total_budget = sum(budgets)
    if total_budget > 0 and outcome > OUTCOME_RATIO * total_budget:
        checks.append(
            Check(OUTCOME_OVER_TWICE_BUDGET, max((a for a in summed if a.role == "utfall"), key=lambda a: a.sek))
        )
    checks += [Check(RANGE_SUMMED, a) for a in summed if getattr(a, "high", None) is not None]
    checks += _revised(amounts, [a for a in summed if a.role == budget])
    checks += _basis_guess(amounts, [a for a in summed if a.role == budget])
    checks += _loose_parts(amounts, summed)
    checks += _net_guess(amounts, [a for a in summed if a.role == budget])
    # an outcome the report-level step read as the outcome so far plus the costs still expected (role_consistency)
    checks += [Check(FORECAST_TOTAL, a) for a in amounts if a.role == "prognos" and a.role_source == "consistency"]
    checks += _other_year(amounts)
    return checks


def _unsure_model(a: Any, source: str = "model") -> bool:
    """A role the learned decision gave against the rules (`source` "model": per amount, "report": per report)
    with less than MODEL_CONFIDENCE probability."""
    probability = getattr(a, "role_probability", None)
    return getattr(a, "role_source", None) == source and (probability is None or probability < MODEL_CONFIDENCE)


def _other_year(amounts: Sequence[Any]) -> list[Check]:
    """A figure the report-level step left out as another year's, or a coming year's (role_consistency)."""
    from bilagor.extractor.entities.role_consistency import of_other_year

    return [Check(OTHER_YEAR, a) for a in amounts if _set_aside(a) and a.sek is not None and of_other_year(a)]


def _net_guess(amounts: Sequence[Any], budgets: Sequence[Any]) -> list[Check]:
    """The summed net cost kept beside the gross cost the step left out (costs less income is the net; role_consistency)
    when the budget names no basis."""
    from bilagor.extractor.entities.role_bases import NETTO, basis_of, budget_basis

    if budget_basis(budgets) is not None:
        return []
    values = [a.sek for a in amounts]
    for net in amounts:
        if net.role != "utfall" or net.sek is None or basis_of(net.sentence or "", net.text) != NETTO:
            continue
        for gross in amounts:
            if _set_aside(gross) and gross.sek is not None and gross.sek > net.sek and gross.sek - net.sek in values:
                return [Check(NET_GUESS, net)]
    return []


def _loose_parts(amounts: Sequence[Any], summed: Sequence[Any]) -> list[Check]:
    """A named total the report-level step left parts out beside, though they do not add up to it (role_totals):
    each part left out belongs to the first larger named total after it in its section."""
    from bilagor.extractor.entities.role_totals import named_total

    totals = [i for i, a in enumerate(amounts) if a in summed and named_total(a.sentence or "", a.text)]
    parts: dict[int, list[int]] = {}
    for i, a in enumerate(amounts):
        if not _set_aside(a) or a.sek is None:
            continue
        owner = next(
            (t for t in totals if t > i and amounts[t].section == a.section and (amounts[t].sek or 0) > a.sek), None
        )
        if owner is not None:
            parts.setdefault(owner, []).append(a.sek)
    return [
        Check(PART_OF_TOTAL, amounts[t]) for t, values in parts.items() if sum(dict.fromkeys(values)) != amounts[t].sek
    ]


def _revised(amounts: Sequence[Any], budgets: Sequence[Any]) -> list[Check]:
    """The summed budget, where the report-level step left out a figure a revision replaced (role_revisions)."""
    from bilagor.extractor.entities.role_revisions import EARLIER, INCREMENT, REVISED, revision_of

    aside = [a for a in amounts if _set_aside(a)]
    revised = any(revision_of(a.sentence or "", a.text) == REVISED for a in budgets)
    replaced = any(revision_of(a.sentence or "", a.text) in (EARLIER, INCREMENT) for a in aside)
    return [Check(BUDGET_REVISED, budgets[-1])] if budgets and aside and (revised or replaced) else []


def _basis_guess(amounts: Sequence[Any], budgets: Sequence[Any]) -> list[Check]:
    """The summed outcome kept of two bases when the budget names neither (role_bases)."""
    from bilagor.extractor.entities.role_bases import off_basis

    both = [a for a in amounts if a.sek is not None and (a.role == "utfall" or _set_aside(a))]
    dropped, guessed = off_basis(both, budgets)
    kept = [a for i, a in enumerate(both) if i not in dropped and a.role == "utfall"]
    return [Check(BASIS_GUESS, kept[0])] if dropped and guessed and kept else []


def _set_aside(a: Any) -> bool:
    """Left out of the sums by the report-level step."""
    return a.role == "annat" and getattr(a, "role_source", None) == "consistency"


def figure_warnings(amounts: Sequence[Any]) -> list[str]:
    """One warning line per check, for the report's record."""
    return [c.message() for c in figure_checks(amounts)]
