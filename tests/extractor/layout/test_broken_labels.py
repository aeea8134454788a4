"""Layout: labels broken mid-word by a label column narrower than their words."""

from bilagor.extractor.labels import is_label, is_label_word, stage_of
from bilagor.extractor.layout import layout_pages

from layout_builders import summary, two_column


def lay(pages):
    return layout_pages(pages, is_label=is_label, stage_of=stage_of, is_label_word=is_label_word)


def test_a_word_cut_at_the_label_columns_edge_is_joined_again():
    page = two_column(
        [
            (["Kontaktperso", "n"], ["Eva Lind, trygghetssamordnare"], 0),
            (["Projektets", "mål och", "syfte"], ["Ökad trygghet på torget kvällstid."], 0),
            (["Ekonomiskt", "utfall"], ["Kostnaden blev 410 000 kr."], 0),
            (["Trygghetsska", "pande", "åtgärder"], ["Belysning och röjning av buskage."], 0),
            # At the edge but two known words: a whole word wrapped, not a broken one.
            (["Beskrivning", "i ekonomiskt", "utfall"], ["Se ovan."], 0),
            # Words no template uses: the edge alone tells.
            (["Övriga komme", "ntarer"], ["Inga."], 0),
        ]
    )
    labels = [label for label, _, _ in summary(lay([page]))]
    assert labels == [
        "Kontaktperson",
        "Projektets mål och syfte",
        "Ekonomiskt utfall",
        "Trygghetsskapande åtgärder",
        "Beskrivning i ekonomiskt utfall",
        "Övriga kommentarer",
    ]


def _right_aligned(rows, edge=190.0, top=100.0):
    """rows: (label lines, answer): label lines set flush right against `edge`, answers beside them."""
    from bilagor.extractor.words import Page

    from factories import words
    from layout_builders import LEAD, VALUE_X

    ws, y = [], top
    for labels, answer in rows:
        for i, line in enumerate(labels):
            width = sum(0.5 * 11 * len(t) for t in line.split()) + 0.28 * 11 * (len(line.split()) - 1)
            ws += words(line, edge - width, y)
            if i == 0:
                ws += words(answer, VALUE_X, y)
            y += LEAD
        y += 8
    return Page(1, 595.0, 842.0, ws)


def test_in_a_right_aligned_label_column_every_line_ends_at_the_edge_and_the_edge_tells_nothing():
    page = _right_aligned(
        [
            (["Projektnamn"], "Trygga gångstråk"),
            (["Kommentarer från", "förvaltningen"], "Inga."),
            (["Ekonomiskt", "utfall"], "Kostnaden blev 410 000 kr."),
            (["Övriga synpunkter", "från boende"], "Inga."),
            # a known word cut by the cell is still joined: the words tell
            (["Kontaktperso", "n"], "Eva Lind"),
        ]
    )
    labels = [label for label, _, _ in summary(lay([page]))]
    assert labels == [
        "Projektnamn",
        "Kommentarer från förvaltningen",
        "Ekonomiskt utfall",
        "Övriga synpunkter från boende",
        "Kontaktperson",
    ]


def test_the_widest_label_line_alone_does_not_mark_the_columns_edge():
    """A page whose only wrapped label is its widest line: no other label reaches that edge, so the edge is
    no evidence of a cut word (a second page of a form: a comment label and the picture labels)."""
    page = two_column(
        [
            (["Projektnamn"], ["Trygga gångstråk"], 0),
            (["Plats"], ["Farsta strand"], 0),
            (["Kommentarer från", "förvaltningen"], ["Inga synpunkter."], 0),
            (["Bilder före"], [""], 0),
            (["Bilder efter"], [""], 0),
        ]
    )
    labels = [label for label, _, _ in summary(lay([page]))]
    assert labels == ["Projektnamn", "Plats", "Kommentarer från förvaltningen", "Bilder före", "Bilder efter"]
