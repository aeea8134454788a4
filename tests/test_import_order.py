"""Every module of the package imports on its own, whichever is imported first: a cycle between two modules that
only works in one order (the layout's text-column step and extractor/text_columns.py once) made `bilagor import`
fail with an internal error in a fresh process while the test suite, importing in another order, passed."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import importlib, pkgutil, sys
names = []
for package in ("bilagor.extractor", "bilagor.index", "bilagor.cli"):
    path = importlib.import_module(package).__path__
    names += [package] + [m.name for m in pkgutil.walk_packages(path, package + ".")]
failed = []
for name in names:
    for loaded in [m for m in sys.modules if m.startswith("bilagor.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except ImportError as error:
        failed.append(f"{name}: {error}")
print("\\n".join(failed))
print(len(names), "modules")
"""


def test_every_module_imports_first():
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=600, check=True).stdout
    *failed, count = out.strip().splitlines()
    assert int(count.split()[0]) > 100
    assert failed == [] or failed == [""], failed
