"""Query parameters of the pages: read, checked, and the ones that travel in links."""

from __future__ import annotations

from collections.abc import Mapping

from bilagor.extractor.errors import UsageError
from bilagor.index.filters import SearchFilters

# The search functions' filter keywords, from their one definition.
SEARCH_FILTERS = tuple(SearchFilters.__annotations__)
MAX_PARAM_LENGTH = 1000


def text(params: Mapping[str, str], name: str) -> str | None:
    """A parameter's text, stripped; None when absent or empty."""
    value = (params.get(name) or "").strip()
    if len(value) > MAX_PARAM_LENGTH:
        raise UsageError(f"{name}: longer than {MAX_PARAM_LENGTH} characters")
    return value or None


def number(params: Mapping[str, str], name: str, default: int, *, low: int, high: int) -> int:
    value = text(params, name)
    if value is None:
        return default
    try:
        result = int(value)
    except ValueError:
        raise UsageError(f"{name} '{value}': give a whole number") from None
    if not low <= result <= high:
        raise UsageError(f"{name} {result}: give a number from {low} to {high}")
    return result


def choice(params: Mapping[str, str], name: str, choices: tuple[str, ...], default: str) -> str:
    value = text(params, name) or default
    if value not in choices:
        raise UsageError(f"{name} '{value}': choose {', '.join(choices)}")
    return value


def flag(params: Mapping[str, str], name: str) -> bool:
    return (text(params, name) or "").lower() in ("1", "true", "yes", "on")


def search_filters(params: Mapping[str, str]) -> SearchFilters:
    return SearchFilters(
        year=text(params, "year"),
        district=text(params, "district"),
        org=text(params, "org"),
        section=text(params, "section"),
        file_number=text(params, "dnr"),
    )
