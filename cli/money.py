"""Money and percentages written the Swedish way, for the terminal.

The rule (lossless: the printed text always means exactly the stored kronor):
- below 1 000 000 kr: whole kronor with a space between thousands,
  "850 000 kr", "4 500 kr";
- from 1 000 000 kr, when the value is whole thousands: millions with a
  decimal comma and as many decimals as needed, at least one and at most
  three, "2,6 mnkr", "5,0 mnkr", "1,65 mnkr", "1,842 mnkr";
- from 1 000 000 kr otherwise: whole kronor, "1 650 001 kr".
The spaces are non-breaking (U+00A0) so a number never wraps in a table.
"""

from __future__ import annotations

NBSP = "\u00a0"
MINUS = "-"
MILLION = 1_000_000


def group_thousands(number: int, sep: str = NBSP) -> str:
    """12345678 -> '12 345 678' (non-negative integers)."""
    return f"{number:,}".replace(",", sep)


def format_sek(sek: int, *, signed: bool = False, sep: str = NBSP) -> str:
    """Kronor as a Swedish reader writes them (see the module docstring)."""
    sign = MINUS if sek < 0 else ("+" if signed and sek > 0 else "")
    value = abs(sek)
    if value >= MILLION and value % 1000 == 0:
        whole, rest = divmod(value, MILLION)
        decimals = f"{rest // 1000:03d}".rstrip("0") or "0"
        return f"{sign}{group_thousands(whole, sep)},{decimals}{sep}mnkr"
    return f"{sign}{group_thousands(value, sep)}{sep}kr"


def format_decimal(value: float, places: int = 1) -> str:
    """4.06 -> '4,1': a decimal comma, as in every other number bilagor prints."""
    return f"{value:.{places}f}".replace(".", ",")


def format_percent(value: float | None, *, signed: bool = True, sep: str = NBSP) -> str:
    """-48.0 -> '-48,0 %'; None -> '–' (no base to compare with)."""
    if value is None:
        return "–"
    value = round(value, 1) + 0.0  # + 0.0 turns -0.0 into 0.0
    sign = MINUS if value < 0 else ("+" if signed and value > 0 else "")
    return f"{sign}{format_decimal(abs(value))}{sep}%"


# -- one unit per table (bilagor amounts --unit) ----------------------------------

# unit -> (kronor per unit, decimals shown). Whole kronor stay in --detail, csv, xlsx and json.
UNITS = {"kr": (1, 0), "tkr": (1_000, 0), "mnkr": (MILLION, 2)}
DEFAULT_UNIT = "mnkr"


def _step(unit: str) -> tuple[int, int]:
    scale, decimals = UNITS[unit]
    return scale // 10**decimals, decimals


def rounded_steps(sek: int, unit: str) -> int:
    """Kronor rounded to the last shown digit of `unit`, counted in those steps (half away from zero)."""
    step, _ = _step(unit)
    steps, rest = divmod(abs(sek), step)
    steps += 2 * rest >= step
    return -steps if sek < 0 else steps


def format_steps(steps: int, unit: str, *, signed: bool = False, sep: str = NBSP) -> str:
    """A number of `rounded_steps` written with fixed decimals: 260 (mnkr) -> '2,60'."""
    _, decimals = _step(unit)
    sign = MINUS if steps < 0 else ("+" if signed and steps > 0 else "")
    whole, frac = divmod(abs(steps), 10**decimals) if decimals else (abs(steps), 0)
    text = group_thousands(whole, sep)
    return f"{sign}{text},{frac:0{decimals}d}" if decimals else f"{sign}{text}"


def format_in_unit(sek: int, unit: str, *, signed: bool = False, sep: str = NBSP) -> str:
    """Kronor in `unit` with that unit's fixed decimals, no unit word: 2 600 000 (mnkr) -> '2,60'."""
    return format_steps(rounded_steps(sek, unit), unit, signed=signed, sep=sep)


def hedge_shows(sek: int, margin: int, unit: str) -> bool:
    """Could hedged figures `margin` kronor off change the value shown in `unit`? Then it gets "ca"."""
    if margin <= 0:
        return False
    shown = rounded_steps(sek, unit)
    # The margin's ends are open: "ca 2,6 mnkr" is above 2,55 and below 2,65 mnkr.
    return rounded_steps(sek - margin + 1, unit) != shown or rounded_steps(sek + margin - 1, unit) != shown
