"""Tuning set of issue #12's thirtieth round (h35/c-text2): forms typeset by groff's `mm` macros (`groff -mm -Tps`,
made PDF by ps2pdf, Times), mm's own layout:

- `mm_headed`: the title bold at the head; the first short fields (no line break, one line's length) a
  variable-item list `.VL` with the bold label hanging 4-5 cm and the answer beside it; every other field a
  numbered bold heading (`.H 1`, "2. Projektets mål och syfte"; a label numbered already, "1.1 Behov…", unnumbered
  `.HU`) over its answer's paragraphs; lists as mm's bullet lists `.BL`; the stage marker bold on a line of its
  own; the running header "Bilaga N" (or "Trafikkontoret") and the Dnr by `.PH`, "Sida N" or "N" by `.PF`; no
  hyphenation, ragged right.

groff and ps2pdf are not project dependencies: without them the set is skipped. Seeds 30 and 31 tuning, 3002 kept
aside (aggregate only):

    PYTHONPATH=tests .venv/bin/python -m fixturegen.groffmm30 [--seed 30] [--count 8] [--keep DIR]
"""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from . import boxforms
from .html import _as_bullets, draw_in_turn
from .spec import MARKER, ReportSpec, normalise
from .undercaps import _dnr

SHAPES = ("mm_headed",)
_NUMBERED = re.compile(r"^\d+(?:\.\d+)*\.?\s")


def available() -> bool:
    return bool(shutil.which("groff") and shutil.which("ps2pdf"))


def _esc(text: str) -> str:
    """groff input: backslashes escaped, a line never opening with a control character."""
    text = text.replace("\\", "\\e").replace("\u00a0", "\\~")  # groff's own unbreakable space
    return "\\&" + text if text[:1] in ".'" else text


def _paragraphs(text: str) -> list[str]:
    """mm requests for an answer: paragraphs `.P`, a run of '• ' lines a bullet list `.BL`."""
    out: list[str] = []
    for para in [p for p in text.split("\n\n") if p.strip()]:
        lines = para.split("\n")
        if all(line.startswith("• ") for line in lines):
            out.append(".BL")
            for line in lines:
                out += [".LI", _esc(line[2:])]
            out.append(".LE")
        else:
            out += [".P", *(_esc(line) + ("\n.br" if k < len(lines) - 1 else "") for k, line in enumerate(lines))]
    return out


def to_mm(spec: ReportSpec, rng: random.Random) -> str:
    office = f"Bilaga {spec.appendix}" if spec.appendix else "Trafikkontoret"
    dnr = _dnr(spec, random.Random(spec.name))
    folio = rng.choice(("Sida \\\\\\\\nP", "\\\\\\\\nP"))
    out = [
        ".nh",
        ".ds HF 3 3 3 3 3 3 3",
        ".ds HP 0 0 0 0 0 0 0",
        f".S {rng.choice((10, 11, 12))}",
        f".PH \"'{office}''{dnr}'\"",
        f".PF \"''{folio}''\"",
        ".SA 0",
        ".ce 10",
        *(f"\\s+4\\fB{_esc(line)}\\fP\\s0" for line in normalise(spec.title).split("\n")),
        ".ce 0",
        ".sp",
    ]
    rows = list(spec.rows)
    hang = rng.choice(("4c", "4.5c", "5c"))
    head = []
    while rows and rows[0].style != MARKER and "\n" not in rows[0].text and len(normalise(rows[0].text)) <= 60:
        head.append(rows.pop(0))
    if head:
        out.append(f".VL {hang}")
        for row in head:
            out += [f'.LI "\\fB{_esc(normalise(row.label))}\\fP"', _esc(normalise(row.text)) or "\\&"]
        out.append(".LE")
    for row in rows:
        if row.style == MARKER:
            out += [".sp", f"\\fB{_esc(normalise(row.text))}\\fP", ".br"]
            continue
        label = normalise(row.label)
        out.append(f'.HU "{label}"' if _NUMBERED.match(label) else f'.H 1 "{label}"')
        out += _paragraphs(row.text)
    return "\n".join(out) + "\n"


def _draw(spec: ReportSpec, pdf: Path, seed: int) -> None:
    rng = random.Random(f"{spec.name}-{seed}")
    if rng.random() < 0.5:
        _as_bullets(spec, rng)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "form.mm"
        source.write_text(to_mm(spec, rng), encoding="utf-8")
        ps = subprocess.run(
            ["groff", "-k", "-mm", "-Tps", str(source)], check=True, capture_output=True, timeout=60
        ).stdout
        (Path(tmp) / "form.ps").write_bytes(ps)
        subprocess.run(["ps2pdf", str(Path(tmp) / "form.ps"), str(pdf)], check=True, timeout=60)


def build_groff_mm_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` groff mm PDFs (with .truth.json) into out_dir; none without groff and ps2pdf."""
    if not available():
        return []
    return draw_in_turn(out_dir, count, seed, ("groffmm30", "mm", "groff-mm"), SHAPES, boxforms.BASES, _draw)


__all__ = ["SHAPES", "available", "build_groff_mm_forms", "to_mm"]

if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_groff_mm_forms, 30, 8, "name the files that missed")
