"""The Swedish words a user meets, each thing said one way (issue #14 §5).

Messages are written in Swedish where they are raised (in extractor/, index/
and cli/); this module holds the phrases that recur, so that they read the
same everywhere, and the word chosen for each thing, with the words not to use
for it. It lives in the lowest layer so that every layer can import it.
tests/cli/test_lang_messages.py checks the messages against AVOID.
"""

from __future__ import annotations

# How the command line starts its one-line messages on stderr.
ERROR_PREFIX = "bilagor: fel: "
WARNING_PREFIX = "bilagor: varning: "

# No archive yet, or one with nothing in it: the same sentence either way.
EMPTY_ARCHIVE = "Arkivet är tomt; lägg till rapporter med: bilagor import SÖKVÄG"
INTERRUPTED = "avbrutet"
CANNOT_READ = "kan inte läsas"
CANNOT_WRITE = "kan inte skrivas"
NO_SUCH_FILE = "filen finns inte"
DAMAGED_PDF = "skadad PDF"
NO_REPORT = "ingen rapport med id"
SEE_HELP = "se {command} --help"
# A stored path whose file was edited or replaced since the import: it holds another content than its report.
PATH_CHANGED = "filen har ändrats sedan importen: nästa bilagor import läser den"
# A write to the archive that the disk could not take (SQLite or the index): what was stored stays.
DISK_FULL = "disken är full; det som redan var lagrat finns kvar: frigör utrymme och kör kommandot igen"

# The word used for a thing, and words that must not be used for the same thing.
WORDS = {
    "arkiv": ("databas",),
    "rapport": ("dokument",),
    "mapp": ("katalog", "folder"),
    "sökväg": ("filväg",),
    "flagga": ("alternativ", "växel"),
    "stadsdel": ("distrikt",),
    "avsnitt": ("sektion",),
    "sökindex": ("sökregister",),
    "fel": ("error",),
    "varning": ("warning",),
}
AVOID = tuple(word for avoided in WORDS.values() for word in avoided)
