"""Small monospaced prints of a form, as a case system or a line printer prints one, written object by
object in Courier (not groff, the tenth generator's producer): a letterhead line of a sender, a file
reference and a print date parted by runs of spaces; a title; a rule typed out of "=" or "-"; labels
written inline ("Label: answer") whose long template labels wrap with a hanging indent of their own
depth, and labels alone on a line above answers set in; a listing whose labels are padded with dots to
a colon.

    .venv/bin/python -m fixturegen.case_prints tests/data/case_prints   (from tests/, or with PYTHONPATH=tests)

The committed files in tests/data/case_prints are this module's output (a test checks they still are).
"""

from __future__ import annotations

import sys
from pathlib import Path

from fixturegen.viewer_layers import literal, pdf_bytes, stream, write_all

HEIGHT = 842
LEFT = 56
SIZE = 10
PITCH = 12  # points from baseline to baseline: a line printer's six lines an inch
COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"


def courier_page(lines: list[str]) -> bytes:
    """One A4 page printing `lines` one under the other in 10 pt Courier (blank strings skip a line)."""
    ops = [
        f"BT /F1 {SIZE} Tf 1 0 0 1 {LEFT} {HEIGHT - 60 - PITCH * i} Tm ".encode() + literal(text) + b" Tj ET"
        for i, text in enumerate(lines)
        if text
    ]
    return pdf_bytes(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R"
            b" /Resources << /Font << /F1 4 0 R >> >> >>",
            COURIER,
            stream(b"\n".join(ops)),
        ]
    )


def inline_labels_pdf() -> bytes:
    """Inline labels, the long ones wrapped with a three-space hanging indent; an "=" rule under the title."""
    return courier_page(
        [
            "Stadsdelsförvaltningen    Diarienr SDN 2019/44      Utskriven 5 mars 2019",
            "",
            "Bilaga 5 - Uppföljning trygghetsinvestering",
            "=" * 72,
            "",
            "Projektets namn: Belysning av gångvägen vid Farsta strand",
            "",
            "Beskrivning av slutresultat utifrån investeringens mål, syfte och",
            "   platsens behov av trygghetsskapande åtgärd: Fler rör sig nu på",
            "   gångvägen efter mörkrets inbrott.",
            "",
            "Beskrivning av ekonomiskt utfall och eventuell avvikelse mot",
            "   kalkylerade utgifter: Kostnaden blev 410 000 kr.",
            "",
            "Bilder före: Se bilaga.",
        ]
    )


def stacked_labels_pdf() -> bytes:
    """A title in the body type with no "Bilaga" to open it, under a letterhead line; "-" rules; labels alone
    on their line, the answers set in under them."""
    return courier_page(
        [
            "Exploateringskontoret         Dnr E2020-00312          2020-11-02",
            "",
            "Konstnärlig gestaltning i gångtunneln vid Hökarängen. Delredovisning",
            "-" * 72,
            "",
            "Plats",
            "      Hökarängen, Farsta stadsdelsnämnd",
            "",
            "Syfte och mål",
            "      Boende har länge undvikit tunneln på kvällen. Konsten och",
            "      ljuset ska göra den till en plats man går igenom.",
            "-" * 72,
        ]
    )


def _leader_row(label: str, answer: str, column: int = 30) -> str:
    """A listing's row: the label padded with dots run on to a colon at `column`, then the answer."""
    return f"{label.ljust(column, '.')}: {answer}".rstrip()


def dot_leaders_pdf() -> bytes:
    """A report program's listing (not enscript's layout): labels in capitals with dots run on to the
    colon, a label too long for its column wrapped above its dots, answers wrapped under the answer
    column, a label with no answer, then a print line and a page line under the last row."""
    indent = " " * 32
    return courier_page(
        [
            "Bilaga 3 Ansökan om investeringsmedel",
            "",
            _leader_row("NAMN PÅ INSATS", "Bänkar och belysning vid Vällingbyplan"),
            _leader_row("PLATS", "Vällingbyplan, Hässelby-Vällingby"),
            "BESKRIVNING AV EKONOMISKT",
            "UTFALL OCH EVENTUELL AVVIKELSE",
            _leader_row("MOT KALKYLERADE UTGIFTER", "Inköpen kostade 212 000 kr, och"),
            indent + "monteringen ryms i driftbudgeten.",
            _leader_row("EV SAMVERKAN", ""),
            _leader_row("KONTAKTPERSON", "Maja Lind"),
            "",
            "KÖRD 2021-04-12 14:05",
            "",
            "                                                              SIDA 1 (1)",
        ]
    )


FIXTURES = {
    "inline-hanging.pdf": inline_labels_pdf,
    "stacked-letterhead.pdf": stacked_labels_pdf,
    "dot-leaders.pdf": dot_leaders_pdf,
}


if __name__ == "__main__":
    for path in write_all(Path(sys.argv[1]), FIXTURES):
        print(path)
