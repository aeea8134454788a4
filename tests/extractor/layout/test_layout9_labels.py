"""Issue #12, ninth round: labels of text-layer forms as their producers break them."""

from __future__ import annotations

from bilagor.extractor.labels import section_key
from layout_builders import TITLE, lay_as_extractor, summary, two_column

_RESULT_LINES = [
    "Beskrivning av slutresul-",
    "tat utifrån investeringens",
    "mål, syfte och platsens",
    "behov av trygghetsska-",
    "pande åtgärd",
]


def _page(rows):
    page = two_column(rows)
    page.words[:0] = list(TITLE)
    return page


def test_a_label_hyphenated_at_its_cell_edge_is_read_without_the_hyphen():
    # groff hyphenates a label in a narrow table cell as it does the answers ("slutresul-" / "tat").
    rows = [
        (["Projektnamn"], ["Belysning i parken"], 0),
        (_RESULT_LINES, ["Platsen upplevs som ljusare."], 0),
        (["Geografisk plats för in-", "vestering"], ["Vällingby torg"], 0),
    ]
    labels = [label for label, _, _ in summary(lay_as_extractor([_page(rows)]))]
    assert labels == [
        "Projektnamn",
        "Beskrivning av slutresultat utifrån investeringens mål, syfte och platsens behov av trygghetsskapande åtgärd",
        "Geografisk plats för investering",
    ]
    assert section_key(labels[1], "uppfoljning") == "slutresultat"


def test_a_real_hyphen_at_a_label_line_end_is_kept():
    rows = [(["Projektnamn"], ["Belysning i parken"], 0), (["E-", "post"], ["a@b.se"], 0)]
    labels = [label for label, _, _ in summary(lay_as_extractor([_page(rows)]))]
    assert labels == ["Projektnamn", "E-post"]
