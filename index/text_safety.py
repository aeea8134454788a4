"""Text from PDFs made safe to show: control characters become visible escapes.

A PDF can carry any character in its text. Printed raw, an ESC or a C1
control (U+009B is a one-byte CSI) lets the document move the cursor, clear
the screen or retitle the terminal; openpyxl refuses most C0 controls in a
worksheet. Newline and tab are kept: they are layout, not commands.
"""

from __future__ import annotations

import json
import re
from typing import Any

_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible_controls(text: str) -> str:
    r"""'a\x1b[2J' -> 'a\\x1b[2J': every C0/C1 control but newline and tab as a \xNN escape."""
    return _CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def has_controls(text: str) -> bool:
    return _CONTROLS.search(text) is not None


_JSON_UNESCAPED = re.compile("[\x7f-\x9f]")


def json_dumps(data: Any, **options: Any) -> str:
    """json.dumps that also escapes DEL and the C1 controls (it escapes only C0), still valid JSON."""
    return _JSON_UNESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(data, **options))
