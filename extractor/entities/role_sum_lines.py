"""Cost lines before their bare sum: a pure rule over one passage's amounts (role_passage).

"Virke 6 200 kr. Färg och beslag 2 750 kr. Snickare 6 400 kr. Det blev alltså 15 350 kr.": no word names the last
figure the total, but the figures right before it add up to it, so it is their sum. The lines are `annat` (the
README's convention: parts beside their total are not summed twice); the sum keeps the role its words gave it, the
outcome in a follow-up's Ekonomi, the budget in a plan. Only arithmetic decides, not words.
"""

from __future__ import annotations

from collections.abc import Sequence

LINE_ROLES = ("budget", "utfall")  # the roles a cost list's lines and their sum are read with
ROUNDING = 0.001  # lines may differ from their sum by this share of it (figures in tkr or mnkr rounded); a
# line 100 kr off a sum of 21 000 kr is a line of its own, not a part


def lines_summing_to(values: Sequence[int], total: int) -> int:
    """How many of `values` (the figures right before a sum, in order), counted back from the last, add up to
    `total` within rounding: 0 if no run of two or more does. Only a run ending right before the sum counts: a
    list's lines stand together above their sum."""
    running = 0
    for count, value in enumerate(reversed(values), start=1):
        running += value
        if count >= 2 and abs(running - total) <= total * ROUNDING:
            return count
        if running > total * (1 + ROUNDING):
            return 0
    return 0


def lines_before_sum(values: Sequence[int | None], roles: Sequence[str]) -> set[int]:
    """The indices of the amounts (plain values, None for a range; their roles, in order) that are lines of a
    later amount of their role that they add up to, standing right before it."""
    lines: set[int] = set()
    for t, (total, role) in enumerate(zip(values, roles)):
        if total is None or role not in LINE_ROLES:
            continue
        run: list[int] = []  # the amounts right before the sum with its role, nearest last
        for i in range(t - 1, -1, -1):
            if roles[i] != role or values[i] is None or i in lines:
                break
            run.insert(0, i)
        count = lines_summing_to([values[i] or 0 for i in run], total)
        lines.update(run[len(run) - count :] if count else ())
    return lines


def paid_lines_before_outcome(values: Sequence[int | None], roles: Sequence[str]) -> set[int]:
    """In a follow-up, the indices of the amounts right before an outcome that add up to it, two or more, whatever
    each one's words made it: an outcome or nothing (`annat`). A cost line is told with any verb ("Körledaren fick
    X", "jord Y", "konserten kostade Z. Totalkostnaden: W") and the rules read each alone, so the arithmetic, not
    the lines' own roles, says they are the outcome's parts (`lines_before_sum` wants one role for the whole run).
    A plan's or a grant's figure stops the run: money given is no line of what it paid for."""
    lines: set[int] = set()
    for t, (total, role) in enumerate(zip(values, roles)):
        if total is None or role != "utfall":
            continue
        run: list[int] = []
        for i in range(t - 1, -1, -1):
            if roles[i] not in ("utfall", "annat") or values[i] is None or i in lines:
                break
            run.insert(0, i)
        count = lines_summing_to([values[i] or 0 for i in run], total)
        lines.update(run[len(run) - count :] if count else ())
    return lines


# The roles of money that is shared out: a plan or a grant. What was paid is told by its payers (role_payers), and
# deviations add up with their signs ("5 mnkr över budget … ett överskott på 3 mnkr … ett underskott på 2 mnkr").
SHARED_ROLES = ("budget", "beviljat", "prognos", "sokt")


def shares_after_total(values: Sequence[int | None], roles: Sequence[str]) -> set[int]:
    """The indices of the amounts that share out an amount right before them: two or more in a row, of one role,
    that add up to it within rounding ("sammanlagt 210 000 kr … A fick 90 000 kr, B 70 000 kr och C 50 000 kr",
    "budgeterar 14 mnkr. Av dem går 9 mnkr till … och 5 mnkr till …"), a plan's or a grant's. They are parts beside their total,
    `annat`, as lines before their sum are. Their role must be the total's, or the total none the rules could
    give (`annat`): cost lines of another role beside a grant ("Vi fick 45 000 kr. Resorna kostade 25 000 kr och
    lokalen 20 000 kr.") are what the grant paid for, not its shares."""
    shares: set[int] = set()
    for t, total in enumerate(values):
        if total is None or t + 2 > len(values) - 1 or t in shares:
            continue
        role = roles[t + 1]
        if role not in SHARED_ROLES or roles[t] not in (role, "annat"):
            continue
        run: list[int] = []  # the amounts right after the total with the first one's role
        for i in range(t + 1, len(values)):
            if roles[i] != role or values[i] is None:
                break
            run.append(i)
        running = 0
        for count, i in enumerate(run, start=1):
            running += values[i] or 0
            if count >= 2 and abs(running - total) <= total * ROUNDING:
                shares.update(run[:count])
                break
            if running > total * (1 + ROUNDING):
                break
    return shares


def bare_sum(values: Sequence[int | None], roles: Sequence[str], sources: Sequence[str]) -> set[int]:
    """The indices of the amounts no word gave a role (`annat` by default) that the default-`annat` amounts right
    before them add up to exactly, two or more: a list's bare total line ("Löner 214 000 / Lokal 36 000 /
    250 000"), which the arithmetic makes the list's sum though no word names it."""
    totals: set[int] = set()
    for t, total in enumerate(values):
        if total is None or roles[t] != "annat" or sources[t] != "default":
            continue
        run: list[int] = []
        for i in range(t - 1, -1, -1):
            if roles[i] != "annat" or sources[i] != "default" or values[i] is None:
                break
            run.insert(0, i)
        if lines_summing_to([values[i] or 0 for i in run], total):
            totals.add(t)
    return totals
