"""`a2ps_twoup`: a plain-text listing of the form printed two pages up on a landscape A4 sheet by GNU a2ps (its
framed virtual pages, a sheet header with the running header "Bilaga N", a sheet footer "Sida x (y)"), distilled
by Ghostscript's ps2pdf. The text is Mac Roman (a2ps's only encoding with å, ä, ö, "•" and "–" together); the
sections are set as h18_plain's `above`, `colon` or `columns`.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from h18_content import Form
from h18_plain import STYLES, form_lines

WIDTH = 78


def available() -> bool:
    return shutil.which("a2ps") is not None and shutil.which("ps2pdf") is not None


def render(form: Form, rng: random.Random, path: Path) -> None:
    style = rng.choice(STYLES)
    lines = form_lines(form, style, WIDTH, rng.randint(20, 26), rng.choice(("", "-" * WIDTH)))
    with tempfile.TemporaryDirectory() as tmp:
        source, ps = Path(tmp) / "form.txt", Path(tmp) / "form.ps"
        source.write_bytes("\n".join(lines).encode("mac_roman") + b"\n")
        titles = [f"--{where}-title=" for where in ("center", "left", "right")]
        subprocess.run(
            ["a2ps", "-q", "-2", "-l", str(WIDTH + 2), "--encoding=mac", "--medium=A4", "--borders=yes",
             f"--header={form.running_header}", *titles, "--left-footer=", "--right-footer=",
             "--footer=Sida %s. (%s#)", "-o", str(ps), str(source)],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        subprocess.run(["ps2pdf", "-sPAPERSIZE=a4", str(ps), str(path)], check=True, capture_output=True, timeout=180)
