"""Money as Swedish reports write it, with the value the text means.

Every formatter returns (text, sek): the text as printed and its value in
whole kronor, so the truth never has to parse what the generator wrote.
"""

from __future__ import annotations

import random

from .spec import NBSP

HEDGES = ("ca", "cirka", "drygt", "knappt", "omkring", "runt", "närmare")
SPELLED = {
    500_000: "en halv miljon kronor",
    1_000_000: "en miljon kronor",
    2_000_000: "två miljoner kronor",
    3_000_000: "tre miljoner kronor",
    4_000_000: "fyra miljoner kronor",
}
# Style -> the step a value must be a multiple of to be written exactly.
STEPS = {"mnkr": 100_000, "mnkr2": 10_000, "kr": 1_000, "tkr": 1_000, "sek_en": 1_000, "msek": 100_000}


def group(n: int, sep: str = " ") -> str:
    """1650000 -> '1 650 000' with the given thousands separator."""
    return f"{n:,}".replace(",", sep)


def decimal_comma(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}".replace(".", ",")


def format_amount(rng: random.Random, sek: int, style: str) -> str:
    if style in ("mnkr", "mnkr2"):
        unit = rng.choice(("mnkr", "mnkr", "mkr", "Mkr", "miljoner kronor"))
        return f"{decimal_comma(sek / 1e6, 1 if style == 'mnkr' else 2)} {unit}"
    if style == "msek":
        return f"{decimal_comma(sek / 1e6, 1)} MSEK"
    if style == "kr":
        sep = rng.choice((" ", NBSP))
        return f"{group(sek, sep)} {rng.choice(('kr', 'kronor'))}"
    if style == "tkr":
        return f"{group(sek // 1000, rng.choice((' ', NBSP)))} tkr"
    if style == "sek_en":
        return f"SEK {group(sek, ',')}"
    if style == "spelled":
        return SPELLED[sek]
    raise ValueError(style)


def pick_style(rng: random.Random) -> str:
    return rng.choices(("mnkr", "mnkr2", "kr", "tkr", "sek_en", "msek"), weights=(6, 1, 4, 3, 1, 1))[0]


def round_to(sek: float, style: str) -> int:
    step = STEPS[style]
    return max(step, int(round(sek / step)) * step)


class Amounts:
    """Collects the amounts a report's texts mention, for the truth."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.items: list[dict] = []
        self.section: str | None = None

    def write(self, sek: int, style: str, role: str, hedge: bool = False) -> str:
        text = format_amount(self.rng, sek, style)
        if hedge:
            text = f"{self.rng.choice(HEDGES)} {text}"
        self.items.append(
            {
                "text": " ".join(text.replace(NBSP, " ").split()),
                "sek": sek,
                "approx": hedge,
                "role": role,
                "section": self.section,
            }
        )
        return text

    def bare(self, sek: int, role: str) -> str:
        """A number without unit, as in the application's 'Sökt belopp' field."""
        text = group(sek, self.rng.choice((" ", NBSP)))
        self.items.append(
            {"text": text.replace(NBSP, " "), "sek": sek, "approx": False, "role": role, "section": self.section}
        )
        return text
