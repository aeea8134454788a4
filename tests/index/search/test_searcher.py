"""Search through the library API: fields, filters, facets, snippets, sorting."""

from __future__ import annotations

import pytest

from bilagor.extractor.errors import QueryError


def keys(corpus, query, **filters):
    archive, key_of = corpus
    return [key_of[h.id] for h in archive.search(query, limit=50, **filters).hits]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("projekt:pollare", {"pollare-ostermalm-2021"}),
        ("titel:ansökan", {"ansokan-cam-2025"}),
        ("plats:vasaparken", {"light-norra-2024"}),
        ("skede:delredovisning kameror", {"cam-husby-2019", "cam-skarholmen-2020", "cam-farsta-2023"}),
        ("form:ansokan", {"ansokan-cam-2025"}),
        ("org:stokab", {"cam-norrmalm-2018", "cam-jarva-2024", "cam-medborgarplatsen-2022"}),
        ('org:"svenska bostäder"', {"torg-axelsberg-2018", "sly-rinkeby-2016", "torg-husby-2021"}),  # "AB " optional
        ("utfall:>3000000", {"cam-jarva-2024", "torg-husby-2021"}),
        ("budget:[3000000 TO 3500000]", {"cam-jarva-2024", "klimat-solceller-2021", "torg-husby-2021"}),
        ("år:2016 belysning", {"light-farsta-2016", "vallingby-torg-2016"}),
        (
            "år:[2023 TO 2025]",
            {"lekplats-hagersten-2023", "cam-farsta-2023", "cam-jarva-2024", "light-norra-2024", "ansokan-cam-2025"},
        ),
        ("stadsdel:sodermalm klotter", {"klotter-sodermalm-2016"}),
        ('stadsdel:"norra innerstaden" kameror', {"cam-norrmalm-2018", "cam-kungstradgarden-2017"}),
        ("avsnitt:avvikelser pandemin", {"platssamverkan-medborgarplatsen-2021"}),
        ("fil:pollare-ostermalm-2021.pdf", {"pollare-ostermalm-2021"}),
        ("S:t Erik", {"cam-kungstradgarden-2017"}),  # "S:" is not a field
        ('org:"S:t Erik Kommunikation"', {"cam-kungstradgarden-2017"}),
    ],
)
def test_fields(corpus, query, expected):
    assert set(keys(corpus, query)) == expected


def test_section_restricts_the_text_search(corpus):
    # "polisen" occurs in several reports' aims but in no avvikelser section
    assert keys(corpus, "polisen")
    assert keys(corpus, "polisen", section="avvikelser") == []
    assert keys(corpus, "avsnitt:avvikelser polisen") == []
    # A unique prefix; in a section, as in the default fields, "tillståndet" also finds "tillståndsprocessen".
    assert set(keys(corpus, "tillståndet", section="avvik")) == {"cam-farsta-2023", "cam-norrmalm-2018"}


def test_unknown_section_is_a_query_error(corpus):
    with pytest.raises(QueryError, match="okänt avsnitt"):
        keys(corpus, "kameror", section="nosuchsection")


@pytest.mark.parametrize(
    "filters, expected",
    [
        ({"year": 2019}, {"cam-husby-2019"}),
        ({"year": "2017-2018"}, {"cam-norrmalm-2018", "cam-kungstradgarden-2017"}),
        ({"district": "östermalm"}, set()),
        ({"district": "NORRMALM"}, {"cam-norrmalm-2018", "cam-kungstradgarden-2017"}),
        ({"district": "Norra innerstaden"}, {"cam-norrmalm-2018", "cam-kungstradgarden-2017"}),
        ({"district": "jarva"}, {"cam-husby-2019", "cam-jarva-2024", "ansokan-cam-2025"}),  # + Rinkeby-Kista
        ({"org": "POLISEN", "year": 2020}, {"cam-skarholmen-2020"}),
    ],
)
def test_filters(corpus, filters, expected):
    assert set(keys(corpus, "kameror", **filters)) == expected


def test_district_by_part_of_its_name(corpus):
    # "ansokan-cam-2025" is Järva's, at Rinkeby torg: in Rinkeby-Kista before the merger
    assert set(keys(corpus, "kameror", district="Kista")) == {"cam-husby-2019", "ansokan-cam-2025"}
    assert set(keys(corpus, "stadsdel:kista kameror")) == {"cam-husby-2019", "ansokan-cam-2025"}
    assert set(keys(corpus, None, district="arsta")) == {"utegym-arsta-2022", "vantor-staket-2017"}


def test_district_filter_follows_lineage_by_place(corpus):
    # a merged district's name finds its predecessors' reports; a predecessor's name finds a merged
    # district's report whose place lay in it ("light-norra-2024": Vasaparken, in Norrmalm), not others
    assert set(keys(corpus, None, district="Norrmalm")) == {
        "cam-norrmalm-2018",
        "cam-kungstradgarden-2017",
        "light-norra-2024",
    }
    assert "light-norra-2024" not in keys(corpus, None, district="Östermalm")
    assert "light-norra-2024" in keys(corpus, None, district="Norra innerstaden")


@pytest.mark.parametrize("bad", ["2019-2017", "nittonhundra", "20199"])
def test_bad_year_option(corpus, bad):
    with pytest.raises(QueryError):
        keys(corpus, "kameror", year=bad)


def test_unknown_district(corpus):
    with pytest.raises(QueryError, match="ingen stadsdelsnämnd i Stockholm"):
        keys(corpus, "kameror", district="Atlantis")


@pytest.mark.parametrize("bad", ['"kameror', "(kameror", "foo:bar", "år:abc", "budget:[1 TO", "och", "kameror)"])
def test_malformed_queries(corpus, bad):
    with pytest.raises(QueryError):
        keys(corpus, bad)


def test_inflections_and_prefix(corpus):
    assert "cam-husby-2019" in keys(corpus, "kamera")  # text has "kameror", "Kamerorna"
    assert keys(corpus, "laddstolp*") == ["klimat-laddstolpar-2022"]
    assert "konst-tunnel-2019" in keys(corpus, "konstnär*")


def test_plurals_that_drop_the_e_find_the_singular_and_back(corpus):
    singular = {"light-farsta-2016", "liljeholmen-tunnel-2018"}  # "gångtunnel", "Gångtunneln"
    plural = {"konst-tunnel-2019"}  # "gångtunnlar", "tunnlar"
    assert singular | plural <= set(keys(corpus, "tunnel"))
    assert singular | plural <= set(keys(corpus, "tunnlar"))


def test_facets_count_all_matches_not_only_the_page(corpus):
    archive, _ = corpus
    results = archive.search("belysning", limit=2)
    assert len(results.hits) == 2 and results.total > 10
    assert sum(results.facets["year"].values()) == results.total
    assert sum(results.facets["district"].values()) == results.total
    assert results.facets["district"]["Farsta"] == 1
    assert results.facets["year"]["2016"] == 2


def test_snippet_has_section_page_and_highlight(corpus):
    archive, key_of = corpus
    hit = next(h for h in archive.search("pandemin").hits if key_of[h.id] == "platssamverkan-medborgarplatsen-2021")
    assert hit.section == "avvikelser"
    assert hit.section_label.startswith("Beskrivning av eventuella avvikelser")
    assert hit.page == 2
    assert "**Pandemin**" in hit.snippet


def test_snippet_highlights_compounds_and_unaccented_queries(corpus):
    archive, key_of = corpus
    hit = next(h for h in archive.search("overvakning").hits if key_of[h.id] == "cam-jarva-2024")
    assert "**kameraövervakning**" in hit.snippet.lower()


def test_sort_by_year_newest_first(corpus):
    archive, _ = corpus
    hits = archive.search("kameror", sort="year", limit=50).hits
    years = [h.year for h in hits]
    assert years == sorted(years, reverse=True) and len(years) > 3
    assert all(h.score is None for h in hits)


def test_relevance_ranks_project_matches_first(corpus):
    # "pollare" is the project of one report and appears nowhere else
    assert keys(corpus, "pollare")[0] == "pollare-ostermalm-2021"
    assert keys(corpus, "trygghetsvandringar")[0] == "trygghetsvandring-bromma-2015"


def test_limit_and_bad_sort(corpus):
    archive, _ = corpus
    assert len(archive.search("belysning", limit=3).hits) == 3
    with pytest.raises(QueryError):
        archive.search("belysning", sort="size")
    with pytest.raises(QueryError):
        archive.search("belysning", limit=0)


def test_to_dict_shape(corpus):
    archive, _ = corpus
    data = archive.search("kameror", limit=2).to_dict()
    assert set(data) >= {"query", "total", "hits", "facets"}
    assert data["query"] == "kameror"
    assert set(data["facets"]) == {"year", "district"}
    assert set(data["hits"][0]) >= {
        "id",
        "path",
        "filename",
        "score",
        "title",
        "project",
        "year",
        "district",
        "section",
        "page",
        "snippet",
    }


def test_matching_ids_has_no_limit_and_takes_none(corpus):
    archive, key_of = corpus
    everything = archive.matching_ids()
    assert len(everything) == len(key_of)
    light = archive.matching_ids("belysning")
    assert len(light) > 10 and len(light) == archive.search("belysning").total
    assert {key_of[i] for i in archive.matching_ids(None, year=2019, district="Rinkeby-Kista")} == {"cam-husby-2019"}
    assert {key_of[i] for i in archive.matching_ids(None, section="avvikelser", org="Stokab")} == {
        "cam-norrmalm-2018",
        "cam-jarva-2024",
        "cam-medborgarplatsen-2022",
    }


def test_search_by_folder_path(corpus):
    from bilagor.index.search.searcher import search

    archive, _ = corpus

    assert search(archive.folder, "pollare").total == 1


def test_no_report_with_every_word_falls_back_to_any_word(corpus):
    archive, key_of = corpus
    results = archive.search("pollare utegym")
    assert results.relaxed
    # the reports with the words as typed first; "utomhusgym" (a near-term of "utegym") after them
    assert {key_of[h.id] for h in results.hits[:2]} == {"pollare-ostermalm-2021", "utegym-arsta-2022"}
    assert {key_of[h.id] for h in results.hits[2:]} <= {"gym-tensta-2019"}
    # field terms stay required
    results = archive.search("år:2021 pollare utegym")
    assert [key_of[h.id] for h in results.hits] == ["pollare-ostermalm-2021"] and results.relaxed
    # a report with more of the words ranks first
    assert keys(corpus, "pollare stureplan utegym")[0] == "pollare-ostermalm-2021"
    assert not archive.search("pollare stureplan").relaxed
    assert archive.search("pollare zzzqqq").total == 1
    assert archive.search("zzzqqq yyyxxx").total == 0 and not archive.search("zzzqqq yyyxxx").relaxed


def test_matching_ids_never_relaxes(corpus):
    archive, _ = corpus
    assert archive.matching_ids("pollare utegym") == []
