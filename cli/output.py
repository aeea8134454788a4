"""Printing helpers shared by commands."""

from __future__ import annotations

import sys
from typing import Any


def shown(value: Any) -> str:
    """Text from a PDF (or a file name) as it may reach a terminal: controls made visible.

    JSON output needs no such step: print_json escapes every control character.
    """
    from bilagor.index.text_safety import visible_controls

    return visible_controls(str(value))


def print_json(data: Any) -> None:
    from bilagor.index.text_safety import json_dumps

    sys.stdout.write(json_dumps(data, ensure_ascii=False, indent=2) + "\n")
