"""Records that once broke the whole archive, for the poison-proofing tests."""

from __future__ import annotations

from factories import make_report

from bilagor.extractor.record import Amount, Section

# An OCR'd sentence taken as a label: its slug is longer than a file name may be.
LONG_LABEL = (
    "Under året har stadsdelsförvaltningen tillsammans med polisen och fastighetsägarna "
    "genomfört trygghetsvandringar i området och resultatet visar att belysningen behöver "
    "förbättras längs gångvägarna vid torget"
)
LONG_KEY = "under_aret_har_stadsdelsforvaltningen_" + "x" * 260
HUGE_SEK = 450_300_120_800_900_200_700  # "450 300 120 800 900 200 700" read as one number


def poison_reports() -> list:
    """Long labels, huge numbers, no district, no year, no amounts, control characters."""
    return [
        make_report(
            "long-label",
            sections=[
                Section("projektnamn", "Projektnamn", "Trygghetsvandring", 1),
                Section(LONG_KEY, LONG_LABEL, "Belysningen byttes mot LED-armaturer vid torget.", 1),
            ],
            project="Trygghetsvandring",
        ),
        make_report(
            "huge-amount",
            amounts=[
                Amount(
                    "450 300 120 800 900 200 700 tkr", HUGE_SEK, False, "budget", "ekonomiskt_utfall", 1, "Kostnader"
                ),
                Amount("2**63 kr", 2**63 + 7, False, "utfall", "ekonomiskt_utfall", 1, "Utfall"),
                Amount("5,0 mnkr", 5_000_000, False, "budget", "ekonomiskt_utfall", 1, "Budget 5,0 mnkr."),
            ],
        ),
        make_report("no-district", district=None, district_today=None, year=None, amounts=[]),
        make_report(
            "control-chars",
            project="Kamera\x00\x07\x1b[31m",
            sections=[
                Section("okand\x00rubrik", "Rubrik\x0b", "Text med \x00 och \u202e och \ufeff kamera", 2**70),
            ],
            year=2**40,
            pages=2**70,
        ),
    ]
