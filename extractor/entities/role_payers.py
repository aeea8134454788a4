"""Other payers and the sources of a total, read across a passage's sentences: pure rules over its amounts'
values and roles (role_passage).

- In a follow-up, money an outside payer gave ("Familjebostäder betalade dessutom X", "Sedan Stiftelsen Y lagt
  till X", "bekostades också av Z med X"), in a passage that also names the city's money (a grant, or money said to
  come from the city), is co-funding, `annat` (tests/data/roles/README.md: in a form every figure is one project's,
  the city committee's money is the grant); `role_funders` reads the same within one sentence only.
- The sources of a total: grants and co-funding standing right before a budget they add up to ("Nämnden beviljade
  X och Stiftelsen Y. Den totala budgeten blev Z") are `annat`, the total keeps its role (the twenty-second sets'
  convention: a grant's sources beside the total budget they make are parts). Only arithmetic decides which
  figures are the sources, as `role_sum_lines` decides a cost list's lines.
"""

from __future__ import annotations

from collections.abc import Sequence

from bilagor.extractor.entities.role_sum_lines import lines_summing_to

SOURCE_ROLES = ("beviljat", "annat", "budget")  # the roles money given or found for a plan is read with
TOTAL_ROLES = ("budget",)


def sources_of_total(values: Sequence[int | None], roles: Sequence[str]) -> set[int]:
    """The indices of the amounts (plain values, None for a range; their roles, in order) that are sources of a
    later budget they add up to, standing right before it: two or more grants, co-funding or budget figures, at
    least one of them not already `annat`."""
    sources: set[int] = set()
    for t, (total, role) in enumerate(zip(values, roles)):
        if total is None or role not in TOTAL_ROLES:
            continue
        run: list[int] = []  # the amounts right before the total read as money given, nearest last
        for i in range(t - 1, -1, -1):
            if roles[i] not in SOURCE_ROLES or values[i] is None or i in sources:
                break
            run.insert(0, i)
        count = lines_summing_to([values[i] or 0 for i in run], total)
        picked = run[len(run) - count :] if count else []
        if any(roles[i] != "annat" for i in picked):
            sources.update(picked)
    return sources


def outside_payers(payers: Sequence[str | None], roles: Sequence[str], from_city: Sequence[bool]) -> set[int]:
    """The indices of the amounts (the kind of payer each one's clause names, "city", "outside" or None; their
    roles; whether its words say it comes from the city) that an outside payer gave, in a passage that names the
    city's money too: a grant, or a figure a city payer gave or that comes from the city."""
    city = [k == "city" or c or r == "beviljat" for k, c, r in zip(payers, from_city, roles)]
    return {
        i
        for i, kind in enumerate(payers)
        if kind == "outside" and roles[i] != "annat" and any(c for j, c in enumerate(city) if j != i)
    }
