"""Helpers of the held-out generators' own tests: load a generator's script under a name of its own, and the words
of a truth sidecar as a text layer or OCR should give them back.
"""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from pathlib import Path
from types import ModuleType


def load_module(name: str, path: Path) -> ModuleType:
    """The module at `path` under `name` (each generator has a build.py: they must not share one module name)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tokens(text: str) -> list[str]:
    """Lowercase words, split at slashes and hyphens (a line may wrap after one), end punctuation dropped."""
    out = []
    for raw in re.split(r"[\s/\-–]+", text):
        word = raw.strip(".,:;()\"'").lower()
        if word:
            out.append(word)
    return out


def truth_tokens(truth: dict) -> Counter:
    """The words of a truth's title, labels and answers, with their counts."""
    texts = [truth["title"]] + [s["label"] for s in truth["sections"]] + [s["text"] for s in truth["sections"]]
    return Counter(t for text in texts for t in tokens(text))
