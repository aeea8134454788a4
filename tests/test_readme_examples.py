"""The README's "Using it from Python" examples run as written (paths pointed at a temporary archive)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from factories import ROOT


def _python_examples() -> list[str]:
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("## Using it from Python", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, re.S)


def test_the_readme_shows_the_public_api():
    examples = _python_examples()
    assert len(examples) >= 2
    imports = "".join(examples)
    assert "from bilagor.index import" in imports
    # Only the packages' public names, never a module inside them.
    assert not re.search(r"from bilagor\.index\.\w+", imports)


@pytest.mark.slow
def test_the_readme_examples_run(tmp_path):
    archive = tmp_path / "my-archive"
    for number, example in enumerate(_python_examples()):
        script = tmp_path / f"example{number}.py"
        script.write_text(example.replace('"my-archive"', repr(str(archive))), "utf-8")
        proc = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=600)
        assert proc.returncode == 0, proc.stderr
        assert "Traceback" not in proc.stderr
    # The second example found the reports the first stored and the rest it imported.
    assert "Kameraövervakning" in proc.stdout or "kamera" in proc.stdout.lower()
