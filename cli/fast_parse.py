"""Parse a Typer command's arguments without Typer, for commands that must start fast.

Typer builds a pydantic adapter per parameter on every invocation (pydantic
alone costs ~0.1 s to import), which dominates a quick `bilagor search`.
`parse(func, argv)` reads the same `Annotated[..., typer.Option(...)]`
declarations the Typer command uses, so the options are declared once. It
handles only the plain cases (--opt VALUE, --opt=VALUE, --flag, one optional
positional argument, or one that takes every word left, a list of str); for anything else (--help, unknown options, bad values)
it returns None and the caller lets Typer handle it, with Typer's messages.
"""

from __future__ import annotations

import inspect
import os
import typing
from pathlib import Path
from typing import Any, Callable

from typer.models import ArgumentInfo, OptionInfo

_SCALARS = (str, int, float, bool, Path)


def _scalar(annotation) -> type | None:
    """The plain type behind Optional[...]; None when not a supported type."""
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if typing.get_origin(annotation) is typing.Union and len(args) == 1:
        annotation = args[0]
    return annotation if annotation in _SCALARS else None


def _is_word_list(annotation) -> bool:
    """Optional[list[str]]: an argument that takes every positional word (a query typed without quotes)."""
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if typing.get_origin(annotation) is typing.Union and len(args) == 1:
        annotation = args[0]
    return typing.get_origin(annotation) is list and typing.get_args(annotation) == (str,)


def parse(func: Callable, argv: list[str]) -> dict[str, Any] | None:
    """Keyword arguments for `func` from argv, or None to defer to Typer."""
    hints = typing.get_type_hints(func, include_extras=True)
    options: dict[str, tuple[str, type, Any]] = {}
    positional: list[tuple[str, type]] = []
    values: dict[str, Any] = {}
    for name, param in inspect.signature(func).parameters.items():
        hint = hints.get(name)
        info = next((m for m in getattr(hint, "__metadata__", ()) if isinstance(m, (OptionInfo, ArgumentInfo))), None)
        annotation = typing.get_args(hint)[0] if info else hint
        kind = list if isinstance(info, ArgumentInfo) and _is_word_list(annotation) else _scalar(annotation)
        if info is None or kind is None:
            return None
        values[name] = param.default if param.default is not inspect.Parameter.empty else None
        if isinstance(info, ArgumentInfo):
            positional.append((name, kind))
            continue
        if isinstance(info.envvar, str) and os.environ.get(info.envvar):
            values[name] = os.environ[info.envvar]  # as Typer would; converted below
        # In the Annotated style Typer takes a leading "--flag" as the first declaration.
        decls = [info.default] if isinstance(info.default, str) and info.default.startswith("-") else []
        decls += list(info.param_decls or ())
        for decl in decls or [f"--{name.replace('_', '-')}"]:
            options[decl] = (name, kind, info)
    for name, kind, _info in options.values():
        if isinstance(values[name], str) and kind is not str:
            values[name] = kind(values[name])
    rest = list(argv)
    while rest:
        word = rest.pop(0)
        if word == "--":
            return None
        if word.startswith("-") and word != "-":
            flag, _, inline = word.partition("=")
            if flag not in options:
                return None
            name, kind, _info = options[flag]
            if kind is bool:
                if inline:
                    return None
                values[name] = True
                continue
            if not inline and not rest:
                return None
            raw = inline or rest.pop(0)
        else:
            if not positional:
                return None
            name, kind = positional[0]
            if kind is list:  # takes this word and every later one
                values[name] = [*(values[name] or []), word]
                continue
            positional = positional[1:]
            raw = word
        try:
            values[name] = kind(raw)
        except ValueError:
            return None
    return values
