"""Swedish placeholders in `--help` instead of Python types (Typer shows <int>, <str>, <path> ...).

One table for every command, by parameter name, so the same option reads the
same everywhere; option names themselves stay as they are.
"""

from __future__ import annotations

METAVARS = {
    "archive": "SÖKVÄG",
    "archive_path": "SÖKVÄG",
    "paths": "SÖKVÄG",
    "path": "FIL",
    "file": "FIL",
    "output": "FIL",
    "chart": "FIL",
    "query": "FRÅGA",
    "words": "FRÅGA",
    "report_id": "ID",
    "reference": "ID|SÖKVÄG",
    "year": "ÅR",
    "district": "STADSDEL",
    "org": "ORG",
    "section": "AVSNITT",
    "dnr": "DNR",
    "sort": "ORDNING",
    "limit": "ANTAL",
    "workers": "ANTAL",
    "ocr": "LÄGE",
    "max_pages": "SIDOR",
    "page": "SIDA",
    "timeout": "SEKUNDER",
    "lock_timeout": "SEKUNDER",
    "memory_limit": "MB",
    "host": "ADRESS",
    "token": "NYCKEL",
    "password": "LÖSENORD",
    "fmt": "FORMAT",
    "index_name": "NAMN",
    "by": "GRUPP",
    "role": "ROLL",
    "which": "districts|orgs|sections",
    "role_decision": "rules|model",
}
# Flags that Typer itself adds.
FLAG_HELP = {
    "install_completion": "Installera kompletteringen för skalet du kör.",
    "show_completion": "Visa kompletteringen för ett skal (bash, zsh, fish, powershell), för att installera den själv.",
}
HELP_OPTION_HELP = "Visa denna hjälp och avsluta."
# For a parameter missing from the table: by its Python type, never the type's name.
BY_TYPE = {"int": "ANTAL", "float": "SEKUNDER", "path": "SÖKVÄG"}


def apply(command) -> None:
    """Give every parameter of a Click command (and its subcommands) a Swedish placeholder."""
    _swedish_help_option(command)
    for param in getattr(command, "params", []):
        if param.name in FLAG_HELP:
            param.help = FLAG_HELP[param.name]
        if getattr(param, "is_flag", False) or getattr(param, "count", False):
            continue
        type_name, choices = _type_of(param)
        name = METAVARS.get(param.name or "") or BY_TYPE.get(type_name, "VÄRDE")
        if choices and param.name not in ("which",):
            name = "|".join(str(getattr(c, "value", c)) for c in choices)
        param.metavar = name
        if param.param_type_name == "argument":
            # Typer prints an argument's Python type beside its name; the placeholder says enough.
            param.display_type_rich = lambda ctx: None
            param.display_type = lambda ctx: ""
    if hasattr(command, "options_metavar"):
        command.options_metavar = "[FLAGGOR]"
    if hasattr(command, "subcommand_metavar") and getattr(command, "commands", None):
        command.subcommand_metavar = "KOMMANDO [ARGUMENT]..."
    for sub in getattr(command, "commands", {}).values():
        apply(sub)


def _type_of(param) -> tuple[str, list]:
    """(type name, choices) of a parameter: Click's ParamType, or the type descriptor of Typer ≥ 0.25."""
    click_type = getattr(param, "type", None)
    if click_type is not None:
        return getattr(click_type, "name", ""), list(getattr(click_type, "choices", None) or [])
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is None:
        return "", []
    if descriptor.is_path:
        return "path", []
    choices = list(descriptor.choices or []) if descriptor.is_choice else []
    return getattr(descriptor.annotation, "__name__", ""), choices


def _swedish_help_option(command) -> None:
    """-h/--help is made on demand per command (Click's get_help_option): give it Swedish help."""
    original = getattr(command, "get_help_option", None)
    if original is None or getattr(original, "swedish", False):
        return

    def get_help_option(ctx):
        option = original(ctx)
        if option is not None:
            option.help = HELP_OPTION_HELP
        return option

    setattr(get_help_option, "swedish", True)  # noqa: B010  (marks the wrapper: applied once)
    command.get_help_option = get_help_option
