"""English words in user-facing text: shared by the language tests (tests/cli/test_lang_*.py)."""

from __future__ import annotations

import re

# Words that are English only (not also Swedish words or option values) and the phrases Click uses.
ENGLISH = re.compile(
    r"\b(the|and|of|with|to|this|that|these|from|only|each|every|must|should|cannot|give|write|wrote|prints?|"
    r"reports?|files?|folders?|archive|search index|usage|options|commands|arguments|default|required|"
    r"show|message|exit|error|warning|missing|invalid|such|no|not|yet|than|more|unknown|interrupted|"
    r"imported|updated|unchanged|failed|group|list|restrict|matching|query|year|range|district|"
    r"possible|mean|try|help|input|value|valid|integer|number|requires|expected|is|are|was|has|have|"
    r"while|already|again|there|empty|read|busy|damaged|pages?|needs?|empty)\b",
    re.IGNORECASE,
)
PYTHON_TYPES = re.compile(
    r"\b(INTEGER|TEXT|PATH|FLOAT|BOOLEAN|FILENAME|DIRECTORY|CHOICE)\b|<(int|str|float|path|bool)>"
)
COMMANDS = ["extract", "search", "show", "stats", "reindex", "import", "amounts", "export", "open", "prune", "list"]
_COMMAND_NAMES = "|".join([*COMMANDS, "serve"])


def english_in(text: str, *inputs: str) -> list[str]:
    """The English words in `text`, leaving out what is not prose: option names, values, commands."""
    for given in inputs:
        text = text.replace(given, " ")
    # An example command line ("  bilagor amounts --by district,year   per stadsdel och år") is a command up to
    # the gap before its description, which is prose.
    text = re.sub(r"^\s*bilagor\s.*?(?=\s{3}|$)", " ", text, flags=re.M)
    text = re.sub(r"(?<![\w|,])--?[\w-]+", " ", text)  # option names stay English (not "-today" in a choice)
    text = re.sub(r"\S*\|\S*", " ", text)  # choices: year|district|...
    text = re.sub(r"\[standard: [^\]]*\]", " ", text)  # a default is an option value
    text = re.sub(r"'[^']*'|\"[^\"]*\"|`[^`]*`", " ", text)  # quoted values and commands
    text = re.sub(rf"\bbilagor(\s+({_COMMAND_NAMES}))?\b", " ", text)
    text = re.sub(rf"^\s*({_COMMAND_NAMES})\b", " ", text, flags=re.M)  # the command list
    text = re.sub(r"\b(auto|always|never)\b|\b(relevance|year)\b(?=\s*(\(|$))", " ", text)  # values of --ocr, --sort
    text = re.sub(r"\b(NOT|OR|AND)\b", " ", text)  # query syntax
    return sorted({m.group(0).lower() for m in ENGLISH.finditer(text)})
