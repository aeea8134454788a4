"""Forms written as RTF and converted by AbiWord (`abiword --to=pdf`, apt `abiword`): AbiWord's own layout engine.

An RTF table of label | answer rows (\\trowd ... \\cellx), rules under each row, all round or none, labels bold or
shaded; an application's header as rows of two pairs; a running header "Bilaga N" / Dnr and a footer with a PAGE
field; the answers' paragraphs and "•" lists inside their cells.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from h14_content import PLACEHOLDER, Form, Section


def available() -> bool:
    return shutil.which("abiword") is not None


def rtf(text: str) -> str:
    out = []
    for c in text:
        if c in "\\{}":
            out.append("\\" + c)
        elif ord(c) > 127:
            code = ord(c)
            out.append(f"\\u{code if code < 32768 else code - 65536}?")
        else:
            out.append(c)
    return "".join(out)


def _answer(section: Section) -> str:
    if not section.blocks:
        return r"{\cf2 " + rtf(PLACEHOLDER) + "}" if section.placeholder else ""
    paras = []
    for block in section.blocks:
        if isinstance(block, list):
            paras.extend(r"\u8226? " + rtf(item) for item in block)
        else:
            paras.append(rtf(block))
    return r"\par ".join(paras)


def form_rtf(form: Form, rng: random.Random) -> str:
    rules = rng.choice(("none", "rows", "grid"))
    width = 9600
    label_w = rng.choice((2600, 3000, 3400))
    shade = rules != "none" and rng.random() < 0.4
    size = rng.choice((20, 21, 22, 24))  # half-points
    font = rng.choice(("Liberation Sans", "Liberation Serif", "DejaVu Sans"))

    def cell_def(right: int, label: bool) -> str:
        border = {
            "none": "",
            "rows": r"\clbrdrb\brdrs\brdrw10",
            "grid": r"\clbrdrt\brdrs\brdrw10\clbrdrl\brdrs\brdrw10\clbrdrb\brdrs\brdrw10\clbrdrr\brdrs\brdrw10",
        }[rules]
        return border + (r"\clcbpat3" if label and shade else "") + f"\\cellx{right}"

    def row(pairs: list[tuple[str, str]]) -> str:
        step = width // len(pairs)
        lw = label_w if len(pairs) == 1 else step * 2 // 5
        small = "" if len(pairs) == 1 else r"\fs18 "  # the header grid in a smaller type
        defs, cells = r"\trowd\trgaph100", ""
        for i, (label, answer) in enumerate(pairs):
            defs += cell_def(i * step + lw, True) + cell_def((i + 1) * step, False)
            cells += r"\pard\intbl" + small + r"{\b " + label + r"}\cell\pard\intbl" + small + " " + answer + r"\cell"
        return defs + cells + r"\row" + "\n"

    rows = []
    header = form.header if rng.random() < 0.6 else []
    for i in range(0, len(header), 2):
        rows.append(row([(rtf(s.label), _answer(s)) for s in header[i : i + 2]]))
    for s in form.sections:
        if s in header:
            continue
        rows.append(row([(rtf(s.label), _answer(s))]))
        if form.stage_after == s.key and form.stage:
            rows.append(row([("", form.stage.capitalize())]))
    head = f"Bilaga {form.appendix}" if form.appendix else "Trafikkontoret"
    footer = rng.choice((r"Sida {\field{\*\fldinst PAGE}{\fldrslt 1}}", r"{\field{\*\fldinst PAGE}{\fldrslt 1}}"))
    return (
        r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 " + font + r";}}"
        r"{\colortbl;\red0\green0\blue0;\red120\green120\blue120;\red225\green228\blue234;}"
        r"\paperw11906\paperh16838\margl1300\margr1100\margt1200\margb1200" + f"\\f0\\fs{size}\n"
        r"{\header\pard\fs16 " + rtf(head) + r"\tab\tab " + rtf(form.dnr) + r"\par}"
        r"{\footer\pard\qr\fs16 " + footer + r"\par}"
        r"\pard{\b\fs"
        + str(size + 8)
        + " "
        + rtf(form.title)
        + r"\par}\pard\par"
        + "\n"
        + "".join(rows)
        + r"\pard\par}"
    )


def render(form: Form, rng: random.Random, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "form.rtf"
        src.write_text(form_rtf(form, rng), encoding="ascii")
        subprocess.run(
            ["abiword", "--to=pdf", f"--to-name={Path(tmp) / 'form.pdf'}", str(src)],
            check=True,
            capture_output=True,
            timeout=300,
        )
        shutil.copyfile(Path(tmp) / "form.pdf", out)
