"""Tuning set of issue #12's thirty-first round (h36/c-text2): forms typeset by Knuth's TeX in the plain format,
made PDF by dvipdfmx, Times (ptmr8t / ptmb8t, T1), TeX's own layout on a 150–165 mm measure, ragged right, no
hyphenation:

- `tex_leaders`: a field whose answer is one paragraph and whose label fits is one row: the label in the regular
  weight (a colon after it in one form of four), a row of dot leaders (`\\leaders\\hbox to 4.5–6 pt{\\hss.\\hss}`,
  each dot a word of its own) to a stop 55–65 % across, the answer from the stop, its further lines hanging there
  (`\\hangindent`); an empty answer leaves the leaders ending at the stop. A field with two paragraphs or more, a
  list, or a label too wide for the stop has its label bold on a line of its own over its paragraphs at the
  margin, list items after an en dash. The stage marker on a line of its own (bold in one form of two); the title
  bold and larger; the running header "Bilaga N" (or "Trafikkontoret") and the Dnr in plain TeX's headline,
  "Sida N" or "N" in its footline.

tex and dvipdfmx are not project dependencies: without them the set is skipped. Seeds 31 and 32 tuning, 3101 kept
aside (aggregate only):

    PYTHONPATH=tests .venv/bin/python -m fixturegen.texleaders31 [--seed 31] [--count 8] [--keep DIR]
"""

from __future__ import annotations

import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from . import boxforms
from .html import _as_bullets, draw_in_turn
from .spec import MARKER, NBSP, ReportSpec, normalise
from .undercaps import _dnr

SHAPES = ("tex_leaders",)
_DASH = "– "
# Characters TeX's plain format would read as commands, and the few the T1 encoding puts elsewhere than Latin-1.
_SPECIAL = {
    "\\": "$\\backslash$",
    "{": "$\\{$",
    "}": "$\\}$",
    "$": "\\$",
    "&": "\\&",
    "#": "\\#",
    "%": "\\%",
    "_": "\\_",
    "^": "\\^{}",
    "~": "\\~{}",
    NBSP: "~",
    "–": "--",
    "—": "---",
    "’": "'",
    "‘": "`",
    "”": "''",
    "“": "``",
    "§": '\\char"9F ',
    "•": "--",
    "×": "x",
}


def available() -> bool:
    return bool(shutil.which("tex") and shutil.which("dvipdfmx"))


def _esc(text: str) -> str:
    """TeX input: specials escaped; letters of Latin-1's upper half stay as bytes (T1 puts them at the same
    codes); anything else outside ASCII is an error here rather than a missing glyph in the PDF."""
    out = []
    for ch in text:
        if ch in _SPECIAL:
            out.append(_SPECIAL[ch])
        elif ord(ch) < 128 or 0xC0 <= ord(ch) <= 0xFF and ch not in "×÷":
            out.append(ch)
        else:
            raise ValueError(f"no T1 spelling for {ch!r}")
    return "".join(out)


def _paragraphs(text: str) -> list[str]:
    """The answer's paragraphs at the margin; a run of '– ' lines an en-dash list."""
    out: list[str] = []
    for para in [p for p in text.split("\n\n") if p.strip()]:
        lines = para.split("\n")
        if all(line.startswith(_DASH) for line in lines):
            out += [f"{{\\parindent=12pt \\item{{--}}{_esc(line[2:])}\\par}}" for line in lines]
        else:
            out.append("\\noindent " + "\\hfil\\break ".join(_esc(line) for line in lines) + "\\par")
    return out


def _fits_stop(label: str, stop_pt: float, size: float) -> bool:
    """Whether the label (in Times, about 0.45 of the size a character) leaves room for a few dots."""
    return len(label) * size * 0.45 + 4 * size < stop_pt


def to_tex(spec: ReportSpec, rng: random.Random) -> str:
    office = f"Bilaga {spec.appendix}" if spec.appendix else "Trafikkontoret"
    dnr = _dnr(spec, random.Random(spec.name))
    size = rng.choice((10.0, 10.5, 11.0))
    measure = rng.choice((150, 155, 160, 165))
    stop = measure * 72.27 / 25.4 * rng.uniform(0.55, 0.65)
    dot = rng.choice((4.5, 5.0, 5.5, 6.0))
    colon = ":" if rng.random() < 0.25 else ""
    marker_bold = rng.random() < 0.5
    folio = rng.choice(("Sida \\folio", "\\folio"))
    out = [
        f"\\font\\rm=ptmr8t at {size}pt \\font\\bf=ptmb8t at {size}pt \\font\\title=ptmb8t at {size + 4}pt",
        f"\\font\\small=ptmr8t at {size - 1}pt",
        "\\rm \\hyphenpenalty=10000 \\exhyphenpenalty=10000 \\raggedright \\parindent=0pt",
        f"\\hsize={measure}mm \\vsize=235mm \\hoffset=0mm \\voffset=0mm \\baselineskip={size * 1.25:.1f}pt",
        f"\\parskip={size * 0.5:.1f}pt plus 2pt",
        f"\\headline={{\\small {_esc(office)}\\hfil {_esc(dnr)}}}",
        f"\\footline={{\\hfil\\small {folio}\\hfil}}",
        f"\\def\\leaderrow#1{{\\noindent\\hangindent={stop:.1f}pt \\hangafter=1"
        f"\\hbox to {stop:.1f}pt{{#1\\leaders\\hbox to {dot}pt{{\\hss.\\hss}}\\hfil}}\\ignorespaces}}",
        "{\\title " + "\\hfil\\break ".join(_esc(x) for x in normalise(spec.title).split("\n")) + "\\par}",
        f"\\vskip {size}pt",
    ]
    for row in spec.rows:
        if row.style == MARKER:
            text = _esc(normalise(row.text))
            out.append(f"\\noindent{{\\bf {text}}}\\par" if marker_bold else f"\\noindent {text}\\par")
            continue
        label = normalise(row.label)
        paragraphs = [p for p in row.text.split("\n\n") if p.strip()]
        one_paragraph = len(paragraphs) <= 1 and not any(ln.startswith(_DASH) for ln in row.text.split("\n"))
        if one_paragraph and _fits_stop(label + colon, stop, size):
            out.append(f"\\leaderrow{{{_esc(label + colon)}}}{_esc(normalise(row.text))}\\par")
        else:
            out.append(f"\\noindent{{\\bf {_esc(label)}}}\\par\\nobreak")
            out += _paragraphs(row.text)
    out.append("\\bye")
    return "\n".join(out) + "\n"


def _draw(spec: ReportSpec, pdf: Path, seed: int) -> None:
    rng = random.Random(f"{spec.name}-{seed}")
    if rng.random() < 0.5:
        _as_bullets(spec, rng)
        for row in spec.rows:  # the truth as printed: an en dash before each item, not a bullet
            row.text = row.text.replace("• ", _DASH)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "form.tex"
        source.write_bytes(to_tex(spec, rng).encode("latin-1"))
        subprocess.run(
            ["tex", "-interaction=batchmode", "form.tex"], cwd=tmp, check=True, capture_output=True, timeout=60
        )
        subprocess.run(
            ["dvipdfmx", "-q", "-p", "a4", "-o", str(pdf.resolve()), "form.dvi"],
            cwd=tmp,
            check=True,
            capture_output=True,
            timeout=60,
        )


def build_tex_leader_forms(out_dir: str | Path, count: int, seed: int) -> list[Path]:
    """Write `count` plain TeX PDFs (with .truth.json) into out_dir; none without tex and dvipdfmx."""
    if not available():
        return []
    return draw_in_turn(out_dir, count, seed, ("texleaders31", "tl", "tex-dvipdfmx"), SHAPES, boxforms.BASES, _draw)


__all__ = ["SHAPES", "available", "build_tex_leader_forms", "to_tex"]

if __name__ == "__main__":
    from layout_scoring import corpus_command

    corpus_command(build_tex_leader_forms, 31, 8, "name the files that missed")
