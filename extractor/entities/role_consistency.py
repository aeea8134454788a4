"""Report-level consistency of amount roles (placeholder: no change yet)."""

from __future__ import annotations


def consistent_roles(amounts: list) -> list:
    return list(amounts)
