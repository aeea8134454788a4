"""`prawn_bands`: the form set by Ruby's Prawn with prawn-table, the way web applications written in Rails print.

Each label in white bold on a dark band across the page (a one-cell table) with its answer under it on even turns;
a bold label over a rule on odd turns; an application's header fields a table whose shaded rows hold the labels and
the rows under them the answers, three a row (two when an e-mail address would not fit). Prawn's own line breaking and page breaks, its `repeat` for the
running header and `number_pages` for the page numbers; Liberation Serif on even turns, DejaVu Sans on odd,
subset-embedded TrueType (h23_prawn.rb).
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from h23_content import PLACEHOLDER, Form
from h23_layout import text_width

SCRIPT = Path(__file__).resolve().parent / "h23_prawn.rb"
FONTS = {
    0: (
        "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    ),
    1: ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
}


def available() -> bool:
    if shutil.which("ruby") is None:
        return False
    probe = subprocess.run(["ruby", "-e", 'require "prawn"; require "prawn/table"'], capture_output=True)
    return probe.returncode == 0


def _per_row(texts: list[str], size: float) -> int:
    """Three header cells a row, or two when a word (an e-mail address) would not fit a third of the page: Prawn
    breaks such a word inside its cell anywhere."""
    longest = max((text_width(w, size) for t in texts for w in t.split()), default=0)
    return 3 if longest * 1.15 < 483 / 3 - 12 else 2


def render(form: Form, rng: random.Random, out: Path, turn: int) -> None:
    grid = form.header
    regular, bold = FONTS[turn % 2]
    size = rng.choice((9.5, 10, 10.5))
    job = {
        "title": form.title,
        "header": form.running_header,
        "dnr": form.dnr,
        "footer": rng.choice(("Sida <page> (<total>)", "Sida <page> av <total>", "<page> (<total>)")),
        "font": regular,
        "bold_font": bold,
        "size": size,
        "per_row": _per_row([" ".join(s.lines()) for s in grid], size),
        "band": rng.choice(("333333", "1F3A5F", "4A4A4A")),
        "bands": turn % 2 == 0,
        "placeholder": PLACEHOLDER,
        "grid": [{"label": s.label, "text": " ".join(s.lines())} for s in grid],
        "sections": [
            {
                "label": s.label,
                "lines": s.lines(),
                "stage": form.stage_marker if s.key == form.stage_after else None,
            }
            for s in form.sections
            if s not in grid
        ],
    }
    with tempfile.TemporaryDirectory(prefix="h23-prawn-") as tmp:
        data = Path(tmp) / "job.json"
        data.write_text(json.dumps(job, ensure_ascii=False), "utf-8")
        subprocess.run(["ruby", str(SCRIPT), str(data), str(out)], check=True, capture_output=True, timeout=120)
