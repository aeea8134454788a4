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
