"""Click's own frame in Swedish: help headings, bracketed notes and usage errors.

Click (and the copy of it that recent Typer versions vendor) writes these
texts in English, some through gettext and some as plain f-strings, so a
gettext catalogue would translate only part of them. Instead the help is
written by a formatter that translates the few fixed words it is handed, and
usage errors are translated from Click's message as it reaches `cli.app.run`.
Both work the same on every Click/Typer version. Only `--help` and usage
errors come here: a plain `bilagor search` never imports this module.
"""

from __future__ import annotations

import re

HEADINGS = {
    "Usage": "Användning",
    "Options": "Flaggor",
    "Arguments": "Argument",
    "Commands": "Kommandon",
}
USAGE_PREFIX = f"{HEADINGS['Usage']}: "
# The notes Click puts in brackets after an option's help: [default: auto; required].
NOTE_WORDS = {"default": "standard", "env var": "miljövariabel", "required": "krävs"}
_NOTES = re.compile(r"\[([^\[\]]*)\]\s*$")
_NOTE = re.compile(r"^(default|env var)(?=: )|^required$")
DYNAMIC_DEFAULT = "(beräknas)"

# Click's usage errors, fragment by fragment (a message may hold several: an
# unknown option with its suggestions). Unknown messages pass unchanged.
_USAGE_ERRORS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"No such option: ", "okänd flagga: "),
        (r"\(Possible options: ", "(möjliga flaggor: "),
        (r"No such command (.+?)\.", r"okänt kommando \1."),
        (r"Did you mean (.+)\?", r"Menade du \1?"),
        (r"Missing command\.", "kommando saknas."),
        (r"Missing argument (.+?)\.", r"argumentet \1 saknas."),
        (r"Missing option (.+?)\.", r"flaggan \1 saknas."),
        (r"Missing parameter: ", "värde saknas: "),
        (r"Invalid value for (.+?): ", r"ogiltigt värde för \1: "),
        (r"Invalid value: ", "ogiltigt värde: "),
        (r"Value error, ", ""),
        (r" is not one of ", " är inte ett av "),
        (r"Input should be a valid integer[^.;]*", "ange ett heltal"),
        (r"Input should be a valid number[^.;]*", "ange ett tal"),
        (r"Input should be a valid boolean[^.;]*", "ange true eller false"),
        # A bound (`min=1`, as `open --page` and `extract --max-pages` have), as pydantic words it.
        (r"Input should be greater than or equal to ", "ange minst "),
        (r"Input should be greater than ", "ange mer än "),
        (r"Input should be less than or equal to ", "ange högst "),
        (r"Input should be less than ", "ange mindre än "),
        (r" is not a valid integer( range)?", " är inte ett heltal"),
        (r" is not a valid float( range)?", " är inte ett tal"),
        (r" is not a valid boolean", " är inte true eller false"),
        (r" is not in the range ", " ligger utanför intervallet "),
        (r"Option (.+?) requires an argument\.", r"flaggan \1 behöver ett värde."),
        (r"Option (.+?) requires (\d+) arguments\.", r"flaggan \1 behöver \2 värden."),
        (r"Option (.+?) does not take a value\.", r"flaggan \1 tar inget värde."),
        (r"Got unexpected extra argument(?:s|\(s\))? \((.+)\)", r"oväntade argument (\1)"),
        (r"\. Choose from:? ", ". Välj bland: "),
    )
]


def usage_error(message: str) -> str:
    """Click's English usage-error message in Swedish."""
    message = " ".join(message.split())  # Click lists choices one per line
    for pattern, replacement in _USAGE_ERRORS:
        message = pattern.sub(replacement, message)
    return message


def help_notes(text: str) -> str:
    """'…  [default: auto; required]' with the bracketed notes in Swedish."""

    def notes(match: re.Match[str]) -> str:
        parts = [_NOTE.sub(lambda m: NOTE_WORDS[m.group(0)], part.strip()) for part in match.group(1).split(";")]
        return "[" + "; ".join(p.replace("(dynamic)", DYNAMIC_DEFAULT) for p in parts) + "]"

    return _NOTES.sub(notes, text)


def _formatter_class(base: type) -> type:
    class SwedishHelpFormatter(base):
        def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
            super().write_usage(prog, args, USAGE_PREFIX if prefix is None else prefix)

        def write_heading(self, heading: str) -> None:
            super().write_heading(HEADINGS.get(heading, heading))

        def write_dl(self, rows, *args, **kwargs) -> None:
            super().write_dl([(term, help_notes(text)) for term, text in rows], *args, **kwargs)

    return SwedishHelpFormatter


def apply(command) -> None:
    """Make a Click command (and its subcommands) write its help with the Swedish frame."""
    context_class = getattr(command, "context_class", None)
    if context_class is not None and not getattr(context_class, "swedish", False):
        command.context_class = type(
            "SwedishContext",
            (context_class,),
            {"formatter_class": _formatter_class(context_class.formatter_class), "swedish": True},
        )
    for sub in getattr(command, "commands", {}).values():
        apply(sub)
