"""Report-level consistency of amount roles (placeholder: no change yet)."""

from __future__ import annotations

CONSISTENCY = "consistency"


def consistent_roles(amounts: list) -> list:
    return list(amounts)
