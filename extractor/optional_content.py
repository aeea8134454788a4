"""Optional content (layers): which of a document's groups a viewer shows by default (pure).

A PDF may put content in optional-content groups (OCGs) and switch some of them off in the
document's default configuration (/OCProperties /D): an instruction layer, a draft's notes, a
watermark. A viewer does not show that content, so it is not the document's text; pdfminer
draws it all. Content is marked as belonging to a group either directly or through a membership
dictionary (/OCMD) whose visibility policy or expression combines several groups (PDF 32000-1
8.11.2). Groups are named here by their object numbers; the reading of the PDF objects is in
visible_content.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

ON, OFF = "ON", "OFF"
ANY_ON, ALL_ON, ANY_OFF, ALL_OFF = "AnyOn", "AllOn", "AnyOff", "AllOff"
# Deeper visibility expressions than this are taken as shown (a loop or a malformed file).
_MAX_DEPTH = 20


@dataclass(frozen=True)
class Expression:
    """A visibility expression (/VE): "And", "Or" or "Not" over groups and further expressions."""

    operator: str
    operands: tuple[Union[int, Expression], ...]


@dataclass(frozen=True)
class Membership:
    """A membership dictionary (/OCMD): shown by its expression when it has one, else by its policy."""

    groups: tuple[int, ...]
    policy: str = ANY_ON
    expression: Expression | None = None


def groups_off(groups: list[int], base_state: str, on: list[int], off: list[int]) -> frozenset[int]:
    """The groups the default configuration switches off: those in /OFF, or with /BaseState /OFF
    every group not in /ON (/Unchanged reads as ON for a document just opened)."""
    if base_state == OFF:
        return frozenset(g for g in groups if g not in set(on)) | frozenset(off)
    return frozenset(g for g in off if g not in set(on))


def hidden(membership: int | Membership | Expression, off: frozenset[int], depth: int = 0) -> bool:
    """Whether content marked with `membership` (a group, a membership dictionary or an expression)
    is hidden when the groups `off` are switched off."""
    if depth > _MAX_DEPTH:
        return False
    if isinstance(membership, int):
        return membership in off
    if isinstance(membership, Expression):
        return not _shown(membership, off, depth)
    if membership.expression is not None:
        return not _shown(membership.expression, off, depth)
    states = [group not in off for group in membership.groups]
    if not states:  # a membership of no groups has no effect (8.11.2.2)
        return False
    shown = {
        ANY_ON: any(states),
        ALL_ON: all(states),
        ANY_OFF: not all(states),
        ALL_OFF: not any(states),
    }.get(membership.policy, any(states))
    return not shown


def _shown(expression: Expression, off: frozenset[int], depth: int) -> bool:
    values = [not hidden(operand, off, depth + 1) for operand in expression.operands]
    if expression.operator == "Not":
        return not values[0] if values else True
    if expression.operator == "And":
        return all(values)
    return any(values)  # "Or"
