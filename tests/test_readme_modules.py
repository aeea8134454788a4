"""README's "Layout of the code" names every module of `extractor/` and `index/` that exists, and none that does not.

The top level of each package is listed by file (each module, and extractor's data files), its subpackages by
folder (`layout/`, `entities/`, `search/`, ...): a file named inside a package's part of the list is one of that
package's files, at its top or in a subpackage.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("extractor", "index")


def layout_parts() -> dict[str, str]:
    """The layout block's lines under each top-level folder (`extractor/`, `index/`, ...), by folder name."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Layout of the code", 1)[1].split("```", 2)[1]
    parts: dict[str, str] = {}
    current = None
    for line in block.splitlines():
        head = re.match(r"([a-z]+)/ ", line)
        if head:
            current = head.group(1)
        if current:
            parts[current] = parts.get(current, "") + line + "\n"
    return parts


def named_files(text: str) -> set[str]:
    """The file names (`name.py`, `name.json`) a part of the block names, folder prefixes dropped."""
    return set(re.findall(r"(?<![\w./])(?:\w+/)*(\w+(?:\.\w+)*\.(?:py|json))\b", text))


def named_folders(text: str) -> set[str]:
    """The subfolders (`name/`) a part of the block names."""
    return set(re.findall(r"(?<![\w./])(\w+)/", text))


@pytest.mark.parametrize("package", PACKAGES)
def test_every_top_level_module_and_subpackage_is_named(package: str) -> None:
    text = layout_parts()[package]
    top = {p.name for p in (ROOT / package).iterdir() if p.suffix in (".py", ".json") and p.name != "__init__.py"}
    folders = {p.name for p in (ROOT / package).iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert not top - named_files(text), (
        f"{package}/ modules the README does not name: {sorted(top - named_files(text))}"
    )
    assert not folders - named_folders(text), (
        f"{package}/ subpackages not named: {sorted(folders - named_folders(text))}"
    )


@pytest.mark.parametrize("package", PACKAGES)
def test_every_named_module_exists(package: str) -> None:
    text = layout_parts()[package]
    files = {p.name for p in (ROOT / package).rglob("*") if p.is_file()}
    # `bench/...` scripts are named as where a file comes from, not as the package's modules
    named = named_files(re.sub(r"bench/\S+", "", text))
    assert not named - files, f"files the README names under {package}/ that do not exist: {sorted(named - files)}"


def test_the_checks_see_a_missing_name() -> None:
    """The parsing the tests above rest on: a module left out of a part is found missing, a folder is a folder."""
    text = "extractor/   PDF\n  ocr.py, report.schema.json   Tesseract\n  layout/ (settings in layout/settings.py)\n"
    assert named_files(text) == {"ocr.py", "report.schema.json", "settings.py"}
    assert named_folders(text) == {"extractor", "layout"}
