"""A report's summed figures: budget, outcome and the sum per role.

One definition, used by the search index's numeric fields (`budget:>N`,
`utfall:>N`), by `bilagor amounts` and by its exports. The rules (README,
"Summing rules" 1 and 2):

1. Budget of a report = its `budget` figures. A report with no `budget`
   figure but with `beviljat` figures uses those instead (a grant is the
   budget the project was given). Outcome = its `utfall` figures.
   `sokt`, `prognos`, `avvikelse` and `annat` (bracketed prior-year figures,
   "varav" parts, co-financing ...) are never summed into budget or outcome.
2. Within one report, each distinct value of a role is counted once: the
   same budget repeated in several sections is one budget; two different
   budget values are summed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from bilagor.extractor.entities.checks import budget_role as budget_of
from bilagor.extractor.record import MAX_PLAUSIBLE_SEK

# How each amount of a report was treated; shown by `bilagor amounts --detail`.
BUDGET, OUTCOME = "budget", "outcome"
REPEATED, NOT_SUMMED, SUPERSEDED = "repeated", "not_summed", "superseded"


class AmountLike(Protocol):
    """What the rules read of an amount (a record's Amount or a stored amount row)."""

    @property
    def sek(self) -> int | None: ...

    @property
    def role(self) -> str: ...

    @property
    def approx(self) -> bool: ...


@dataclass
class Figures:
    """What one report contributes."""

    budget: int = 0
    outcome: int = 0
    has_budget: bool = False
    has_outcome: bool = False
    approx: bool = False
    roles: dict[str, int] = field(default_factory=dict)  # distinct-value sum per role
    # How each amount was treated, in the order the amounts were given.
    status: list[str] = field(default_factory=list)


def has_value(amount: AmountLike) -> bool:
    """Whether an amount has a plausible value in kronor (only those are summed)."""
    return isinstance(amount.sek, int) and abs(amount.sek) <= MAX_PLAUSIBLE_SEK


def report_figures(amounts: Iterable[AmountLike]) -> Figures:
    """Budget, outcome and per-role sums of one report's amounts, in document order."""
    amounts = list(amounts)
    figures = Figures()
    seen: dict[str, set[int]] = {}
    for amount in amounts:
        sek = amount.sek
        if sek is None or not has_value(amount):
            figures.status.append(NOT_SUMMED)  # no value, or an implausible one: never summed
            continue
        values = seen.setdefault(amount.role, set())
        if sek in values:
            figures.status.append(REPEATED)
            continue
        values.add(sek)
        figures.roles[amount.role] = figures.roles.get(amount.role, 0) + sek
        figures.status.append(NOT_SUMMED)
    budget_role = budget_of(set(seen))
    summed = {budget_role: BUDGET, "utfall": OUTCOME}
    for i, amount in enumerate(amounts):
        if amount.role not in summed or not has_value(amount):
            continue
        if figures.status[i] == NOT_SUMMED:
            figures.status[i] = summed[amount.role]
        # A hedged repeat of a summed value still makes the figure approximate.
        figures.approx = figures.approx or amount.approx
    figures.has_budget = budget_role in seen
    figures.has_outcome = "utfall" in seen
    figures.budget = figures.roles.get(budget_role, 0) if figures.has_budget else 0
    figures.outcome = figures.roles.get("utfall", 0)
    return figures
