"""`pdftex_plain`: plain pdfTeX (no LaTeX) in Latin Modern T1 fonts, the rules drawn with `\\pdfliteral` as raw PDF
path operators. Ragged right, hyphenation off, TeX's own ligatures (fi, fl, ff) kept; `\\pdfgentounicode` on odd
turns only, so even turns name the ligature glyphs by the font's encoding alone. Two layouts: each label bold on
its own line above its answer with a drawn hairline under the label (`above`), or "Label:" run in before the answer
(`runin`, a hairline under each section); an application's short header fields as an `\\halign` grid of label | value | label | value. A running
head "Bilaga N ... Dnr" and a foot "Sida x (y)" or "Sida x av y" (the total from a first run).
"""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from h17_content import Form, Section, pair_rows

# bench/: the typesetters' probes, shared by the generators that call groff or TeX.
sys.path.append(str(Path(__file__).resolve().parents[1]))
from typesetters import tex_finds  # noqa: E402

LAYOUTS = ("above", "runin")
SPECIAL = {c: "\\char`\\" + c + " " for c in "\\{}$&#^_%~"}
BULLET = "{\\tc\\char136}"  # the TS1 font's bullet


def available() -> bool:
    """pdftex with the Latin Modern fonts the forms are set in (a TeX without lmodern cannot draw them)."""
    return shutil.which("pdftex") is not None and tex_finds("ec-lmr10.tfm", "ec-lmbx10.tfm", "ts1-lmr10.tfm")


def tex_text(text: str) -> str:
    """`text` for TeX's T1 fonts: specials as \\char, a non-breaking space a tie, the bullet from TS1."""
    out = []
    for c in text:
        if c in SPECIAL:
            out.append(SPECIAL[c])
        elif c == "\u00a0":
            out.append("~")
        elif c == "•":
            out.append(BULLET)
        elif c in "<>,-":
            out.append("{" + c + "}")  # no T1 ligature (<<, ,,, --)
        else:
            c.encode("latin-1")  # T1 matches Latin-1 for the letters used; anything else is a bug here
            out.append(c)
    return "".join(out)


def answer(section: Section, indent: float) -> str:
    """The answer's paragraphs and bullets (hanging), each a paragraph indented by `indent` points."""
    parts = []
    for line in section.lines():
        if line.startswith("• "):
            parts.append(f"\\par\\noindent\\hangindent={indent + 10}pt\\hskip{indent}pt{tex_text(line)}\\par")
        else:
            parts.append(f"\\par\\leftskip={indent}pt\\noindent {tex_text(line)}\\par\\vskip2pt")
    return "".join(parts) + "\\leftskip=0pt"


def rule(width: float) -> str:
    """A hairline drawn by a raw PDF path, from the current point across `width` points."""
    return f"\\pdfliteral{{q 0.4 w 0.35 G 0 -3 m {width:.1f} -3 l S Q}}"


def grid(sections: list[Section]) -> str:
    """Header fields two pairs a row; one with a long word (an e-mail address) takes a row of its own."""
    rows = pair_rows(sections, lambda s: max((len(w) for w in s.text.split()), default=0) > 16)
    lines = []
    for row in rows:
        cells = [f"{{\\bf {tex_text(s.label)}}}&{tex_text(' '.join(s.lines()))}" for s in row]
        if len(row) == 1:
            lines.append(
                f"{{\\bf {tex_text(row[0].label)}}}&\\multispan3\\vtop{{\\hsize=300pt\\rightskip=0pt plus 1fil\\noindent "
                f"{tex_text(' '.join(row[0].lines()))}\\strut}}\\hfil\\cr"
            )
        else:
            lines.append("&".join(cells) + "\\cr")
    preamble = (
        "\\vtop{\\hsize=80pt\\rightskip=0pt plus 1fil\\noindent #\\strut}\\quad&\\vtop{\\hsize=110pt\\rightskip=0pt plus 1fil\\noindent "
        "#\\strut}\\quad&\\vtop{\\hsize=80pt\\rightskip=0pt plus 1fil\\noindent #\\strut}\\quad&\\vtop{\\hsize=110pt"
        "\\rightskip=0pt plus 1fil\\noindent #\\strut}\\cr"
    )
    return "\\halign{" + preamble + "\\noalign{\\vskip2pt}".join(lines) + "}\\medskip"


def source(form: Form, rng: random.Random, layout: str, total: int, footer: str, unicode_map: bool) -> str:
    size = rng.choice(("10", "10.95", "11.5"))
    head = [
        "\\pdfoutput=1 \\pdfpagewidth=210mm \\pdfpageheight=297mm",
        "\\input glyphtounicode \\pdfgentounicode=1" if unicode_map else "",
        f"\\font\\rm=ec-lmr10 at {size}pt \\font\\bf=ec-lmbx10 at {size}pt \\font\\tc=ts1-lmr10 at {size}pt",
        "\\font\\small=ec-lmr10 at 8pt \\font\\big=ec-lmbx10 at 14pt",
        "\\rm \\hsize=160mm \\vsize=235mm \\hoffset=-0.4mm \\voffset=2mm \\parindent=0pt",
        "\\rightskip=0pt plus 1fil \\spaceskip=0.33em plus 0.1em \\xspaceskip=0.4em \\tolerance=10000 \\hyphenpenalty=10000 \\exhyphenpenalty=10000 \\lefthyphenmin=64 \\baselineskip=1.3em",
        "\\parskip=1pt plus 1pt",
        f"\\headline={{\\small {tex_text(form.running_header)}\\hfil {tex_text(form.dnr)}}}",
        "\\footline={\\small\\hfil " + footer.replace("{n}", "\\folio{}").replace("{total}", str(total)) + "}",
    ]
    body = ["{\\big\\noindent " + tex_text(form.title) + "\\par}\\bigskip"]
    header = form.header
    if header:
        body.append(grid(header))
    indent = 14.0
    for s in form.sections:
        if s in header:
            continue
        if layout == "above" or not s.lines():
            body.append(
                f"\\par\\noindent{{\\bf {tex_text(s.label)}}}\\par\\nobreak\\noindent{rule(450)}\\vskip4pt\\nobreak"
            )
            body.append(answer(s, indent if layout == "above" else 0))
        else:
            first, *rest = s.lines()
            body.append(f"\\par\\noindent{{\\bf {tex_text(s.label)}:}}\\enspace {tex_text(first)}\\par")
            for line in rest:
                body.append(f"\\par\\noindent {tex_text(line)}\\par")
            body.append(f"\\vskip2pt\\noindent{rule(450)}\\par")  # a hairline closes each run-in section
        if s.key == form.stage_after and form.stage_marker:
            body.append(f"\\par\\noindent\\hskip{indent}pt{{\\bf {form.stage_marker}}}\\par")
        body.append("\\medskip")
    return "\n".join(head + body + ["\\bye", ""])


def render(form: Form, rng: random.Random, path: Path, turn: int) -> int:
    layout = LAYOUTS[turn % 2 if rng.random() < 0.5 else rng.randrange(2)]
    footer = rng.choice(("Sida {n} ({total})", "Sida {n} av {total}"))
    state = rng.getstate()
    total = 1
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(3):  # the page total is known after a run; a second run prints it
            rng.setstate(state)
            tex = Path(tmp) / "form.tex"
            tex.write_bytes(source(form, rng, layout, total, footer, turn % 2 == 1).encode("latin-1"))
            done = subprocess.run(
                ["pdftex", "-interaction=nonstopmode", "-halt-on-error", "form.tex"],
                cwd=tmp,
                capture_output=True,
                text=True,
                encoding="latin-1",
            )
            if done.returncode:
                raise RuntimeError(done.stdout[-1500:])
            pages = int(re.findall(r"\((\d+) pages?", done.stdout)[-1])
            if pages == total:
                break
            total = pages
        shutil.copy(Path(tmp) / "form.pdf", path)
    return total
