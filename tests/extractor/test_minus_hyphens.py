"""Hyphens set as minus signs (U+2212, as R's pdf() device writes every "-") or as Unicode's hyphens read as "-"
where the text layer is read (h31/c-text, issue #12); a minus sign before a figure stays an amount's sign unless
the page sets such a character between letters too."""

from __future__ import annotations

from bilagor.extractor.glyphs import words_from_chars
from bilagor.extractor.text import hyphens_read_as_hyphens


def chars(text: str, x0: float = 50.0, top: float = 100.0) -> list[dict]:
    out, x = [], x0
    for letter in text:
        if letter != " ":
            out.append(
                {
                    "text": letter,
                    "x0": x,
                    "x1": x + 5.0,
                    "top": top,
                    "bottom": top + 10.0,
                    "doctop": top,
                    "upright": True,
                    "fontname": "Helvetica",
                    "size": 10.0,
                }
            )
        x += 5.0 if letter != " " else 4.0
    return out


def test_minus_inside_words_and_numbers_reads_as_hyphen() -> None:
    words = hyphens_read_as_hyphens(["Hässelby−Vällingby", "1.5.3−260−2025", "08−508", "E‑post", "−"])
    assert words == ["Hässelby-Vällingby", "1.5.3-260-2025", "08-508", "E-post", "-"]


def test_minus_before_a_figure_stays_a_sign_on_a_page_without_hyphened_letters() -> None:
    assert hyphens_read_as_hyphens(["Resultat", "−5", "000", "kr", "(−12)", "2023−2024"]) == [
        "Resultat",
        "−5",
        "000",
        "kr",
        "(−12)",
        "2023-2024",
    ]


def test_a_page_with_hyphened_letters_reads_every_minus_as_hyphen() -> None:
    assert hyphens_read_as_hyphens(["E−post", "−5", "000"]) == ["E-post", "-5", "000"]


def test_en_dash_stays() -> None:
    assert hyphens_read_as_hyphens(["2023–2024", "–"]) == ["2023–2024", "–"]


def test_words_from_chars_reads_minus_as_hyphen() -> None:
    words = words_from_chars(chars("Rinkeby−Kista stadsdelsnämnd"))
    assert [w.text for w in words] == ["Rinkeby-Kista", "stadsdelsnämnd"]
