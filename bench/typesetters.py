"""Whether an outside typesetter can draw a generator's forms here, not only whether its program is on PATH.

A machine can hold a program without the parts a generator needs: Debian's groff-base has `groff` but neither the
`ms` macros nor the `pdf` device (those come with the full groff package), texlive-base has `latex` but not fancyhdr,
geometry or microtype. A generator that only asks `shutil.which` then fails in the middle of a build; these probes ask
for the same parts (a one-line document through the same groff options, the LaTeX files by kpsewhich), once per
process. Test-only tooling, like the generators that use it.
"""

from __future__ import annotations

import shutil
import subprocess
from functools import cache


@cache
def groff_typesets(*options: str) -> bool:
    """groff with these options (macros, preprocessors, device) typesets a one-line document without an error."""
    if shutil.which("groff") is None:
        return False
    try:
        done = subprocess.run(["groff", *options], input=b".LP\nprov\n", capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0 and bool(done.stdout)


@cache
def tex_finds(*files: str) -> bool:
    """kpsewhich finds every one of these TeX files (packages, font metrics, language files)."""
    if shutil.which("kpsewhich") is None:
        return False
    try:
        found = subprocess.run(["kpsewhich", *files], capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return found.returncode == 0 and len(found.stdout.split()) == len(files)
