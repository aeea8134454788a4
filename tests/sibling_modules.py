"""A test module's neighbour (its page builders) loaded by path: the tests are imported in importlib mode, so one
test file cannot import another by name."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType


def sibling(test_file: str, name: str) -> ModuleType:
    """The test module `name` of `test_file`'s folder, loaded by path under a name of its own."""
    path = Path(test_file).with_name(f"{name}.py")
    spec = importlib.util.spec_from_file_location(f"sibling_{path.parent.name}_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
