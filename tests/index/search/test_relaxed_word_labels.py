"""A relaxed search says how many reports hold each word, naming each as it was typed: a word inside a group's
brackets ("(kamera torg)", as the web's links write the page's query) and a field's phrase in the words'
fields (`projekt:"Nya lampor"`) were named by their index terms ("kamer", "lamp"), or a phrase by its last
word, with the field and its first words lost."""

from __future__ import annotations

import pytest
from factories import make_report

from bilagor.index.archive import Archive


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("relaxedlabels")
    with Archive.open(folder, writable=True) as opened:
        opened.add([make_report("a"), make_report("b", project="Belysning vid torget", sections=[])])
    with Archive.open_for_reading(folder) as reading:
        yield reading


@pytest.mark.parametrize(
    "query, labels",
    [
        ('kameraövervakning projekt:"Nya lampor"', ["kameraövervakning", 'projekt:"Nya lampor"']),
        ("(kameraövervakning torget) projekt:lampor", ["kameraövervakning", "torget", "projekt:lampor"]),
        ("kameraövervakning lamporna år:2018", ["kameraövervakning", "lamporna"]),
    ],
)
def test_each_word_is_named_as_typed(archive, query, labels):
    results = archive.search(query)
    assert results.relaxed
    assert list(results.words) == labels
