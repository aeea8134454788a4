"""Swedish analyzers: numbers, stemming, stop words, accent folding, compounds."""

from bilagor.index.search.analysis import folded_analyzer, keyword_analyzer, squeeze_number, stemmed_analyzer


def tokens(analyzer, text, mode="index"):
    return [t.text for t in analyzer(text, mode=mode)]


def test_numbers_stay_whole():
    got = tokens(stemmed_analyzer(), "ca 2,6 mnkr och 1 650 000 kr samt 1\u00a0842 000 kr, dnr 1.5.3-219-2019")
    assert "2,6" in got and "1650000" in got and "1842000" in got and "1.5.3" in got


def test_years_beside_counts_are_not_joined():
    assert tokens(stemmed_analyzer(), "under 2018 200 kameror")[:2] == ["2018", "200"]


def test_squeeze_number():
    assert squeeze_number("1 650 000") == "1650000"


def test_stemming_and_stop_words():
    got = tokens(stemmed_analyzer(), "Kamerorna och investeringar på torget", mode="query")
    assert got == ["kamer", "investering", "torget"]
    assert tokens(stemmed_analyzer(), "kamera", mode="query") == ["kamer"]


def test_index_adds_folded_twin_and_compound_parts():
    got = tokens(stemmed_analyzer(), "Kameraövervakningen")
    assert {"kameraövervakning", "kameraovervakning", "kamer", "övervakning", "overvakning"} <= set(got)


def test_query_mode_adds_nothing():
    assert tokens(stemmed_analyzer(), "kameraövervakning", mode="query") == ["kameraövervakning"]


def test_variants_share_position_and_characters():
    got = [
        (t.text, t.pos, t.startchar, t.endchar)
        for t in stemmed_analyzer()("Ny trygghetsbelysning", mode="index", positions=True, chars=True)
    ]
    parts = [g for g in got if g[0] in ("trygg", "belysning")]
    assert parts and all(g[1:] == (1, 3, 21) for g in parts)


def test_folded_field_is_unstemmed_and_folded():
    assert tokens(folded_analyzer(), "Södermalms kameror", mode="query") == ["sodermalms", "kameror"]
    assert "for" not in tokens(folded_analyzer(), "kameror for torget", mode="query")  # folded stop word


def test_keyword_values_fold_whole_names():
    assert tokens(keyword_analyzer(), "Norra innerstaden\nEnskede-Årsta-Vantör") == [
        "norra-innerstaden",
        "enskede-arsta-vantor",
    ]


def test_definite_forms_also_index_their_base():
    indexed = set(tokens(stemmed_analyzer(), "Torget vid tunneln"))
    assert {"torg", "tunnel"} <= indexed
    assert tokens(stemmed_analyzer(), "torg tunnel", mode="query") == ["torg", "tunnel"]
