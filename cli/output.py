"""Printing helpers shared by commands."""

from __future__ import annotations

import json
import sys
from typing import Any


def shown_year(year: int | None, year_source: str | None) -> str | None:
    """'2018', or '2018?' when the year is only the PDF's creation date (year_source "metadata")."""
    if year is None:
        return None
    return f"{year}?" if year_source == "metadata" else str(year)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
