"""Issue #14 §5: the messages a user can meet are Swedish in the source, and said one way.

The CLI test (test_lang_swedish_cli.py) runs the common paths; this one reads
the source, so a message on a path no test runs is checked too: the text of
every error raised for a user (BilagorError and its subclasses) in
extractor/, index/ and cli/, of the library's logged warnings (they become
"bilagor: varning: …" lines), of import summary warnings, of what is added to
a record's warnings, and of what cli/
prints. cli/web/ (HTML pages) is left to its own tests.
"""

from __future__ import annotations

import ast
import re

import pytest
from factories import ROOT, make_report
from lang_words import english_in

from bilagor.extractor import errors, glossary

USER_ERRORS = {name for name, value in vars(errors).items() if isinstance(value, type)} | {"WorkerStartError"}
USER_ERRORS -= {"ExitCode", "IntEnum", "Path"}
SOURCES = [
    path
    for folder in ("extractor", "index", "cli")
    for path in sorted((ROOT / folder).rglob("*.py"))
    if "web" not in path.relative_to(ROOT).parts
]


def _called(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _user_facing_calls(tree: ast.AST, in_cli: bool) -> list[ast.Call]:
    calls = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and _called(node.exc) in USER_ERRORS:
            calls.append(node.exc)
        elif isinstance(node, ast.Call):
            name = _called(node)
            # Logged and Python warnings, import failures and summary warnings, and what cli/ prints.
            if name in ("warning", "warn", "Failure", "_count") or (in_cli and name == "print"):
                calls.append(node)
            elif name in ("append", "extend") and _receiver(node).endswith("warnings"):
                calls.append(node)  # a record's warnings (tests/cli/test_warnsv_record_warnings.py makes each one)
    return calls


def _receiver(node: ast.Call) -> str:
    """`warnings` in warnings.append(...), report.warnings.append(...)."""
    target = getattr(node.func, "value", None)
    return target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")


def _texts(node: ast.AST, constants: dict[str, str]) -> list[str]:
    """The string pieces of a call's arguments: literals, f-string parts, module-level string constants."""
    keys = {id(part.slice) for part in ast.walk(node) if isinstance(part, ast.Subscript)}  # row['value']
    found = []
    for part in ast.walk(node):
        if id(part) in keys:
            continue
        if isinstance(part, ast.Constant) and isinstance(part.value, str):
            found.append(part.value)
        elif isinstance(part, ast.Name) and part.id in constants:
            found.append(constants[part.id])
    return found


def _module_strings(tree: ast.Module) -> dict[str, str]:
    strings = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            value = node.value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                strings[node.targets[0].id] = value.value
    return strings


def user_messages() -> list[tuple[str, int, str]]:
    """(file, line, text) for every piece of text a user can be shown, from the source."""
    messages = []
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = _module_strings(tree)
        in_cli = path.relative_to(ROOT).parts[0] == "cli"
        for call in _user_facing_calls(tree, in_cli):
            for text in _texts(call, constants):
                messages.append((str(path.relative_to(ROOT)), call.lineno, text))
    return messages


def test_the_scan_finds_the_messages():
    # The scan must see the kinds of messages it checks, or it checks nothing.
    texts = [text for _, _, text in user_messages()]
    assert len(texts) > 150
    assert any("kan inte läsas" in t for t in texts)  # BadInputError in extractor/
    assert any("söker i det som finns" in t for t in texts)  # a logged warning in index/
    assert any("importerade" in t for t in texts)  # a print in cli/


def test_messages_for_users_are_swedish():
    english = [(f, line, text, words) for f, line, text in user_messages() if (words := english_in(text))]
    assert not english, "\n".join(f"{f}:{line}: {words}: {text!r}" for f, line, text, words in english)


def test_the_english_check_would_see_an_english_message():
    assert english_in("no archive yet; add reports with: bilagor import PATH") == [
        "archive",
        "no",
        "reports",
        "with",
        "yet",
    ]
    assert english_in("--district 'x': ingen stadsdelsnämnd i Stockholm (kända: Bromma)") == []


@pytest.mark.parametrize("avoided", glossary.AVOID)
def test_one_word_for_each_thing(avoided):
    pattern = re.compile(rf"\b{avoided}\w*", re.IGNORECASE)
    found = [(f, line, text) for f, line, text in user_messages() if pattern.search(text)]
    assert not found, found


def test_an_empty_archive_is_said_one_way():
    said = [(f, line) for f, line, text in user_messages() if re.search(r"rkivet är tomt|inget arkiv|tomt arkiv", text)]
    assert not said, f"write glossary.EMPTY_ARCHIVE instead: {said}"
    sources = "".join(p.read_text(encoding="utf-8") for p in SOURCES if p.name != "glossary.py")
    assert "Arkivet är tomt" not in sources and "no archive yet" not in sources


def test_show_says_codes_in_words(tmp_path, capsys):
    from bilagor.cli.app import run
    from bilagor.index.archive import Archive

    with Archive.open(tmp_path / "arkiv", writable=True) as archive:
        archive.add([make_report()])
    assert run(["show", make_report().id[:8], "--archive", str(tmp_path / "arkiv")]) == 0
    out = capsys.readouterr().out
    assert "uppföljning" in out and "uppfoljning" not in out  # form_kind
    assert "2018 (ur texten)" in out  # year_source "text"
    assert "utfall" in out and "(myndighet, 2×)" in out
