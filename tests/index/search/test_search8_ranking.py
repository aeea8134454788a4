"""Several words as typed are ranked by how many of them a report holds (eighth round, issue #12).

Bare words must all match; but a report that holds all but one of three or more words typed
("bilister" where the user typed "bilar") is what the user means more often than not, so when
fewer reports than the page holds have every word, those holding all but one follow them
(`partial` counts them). When no report has every word, the reports with the most of them come
first, whatever the rarity of the single words (a rare word alone no longer outranks three common
ones). A misspelt long word that no report holds finds the word one letter away.
"""

from __future__ import annotations


# stored and searched by conftest.py's fixtures
REPORTS = {
    "alla-ord": "Föräldrar säger att bilar kör för fort förbi skolan.",
    "utom-ett": "Bilister kör ofta för fort förbi skolan på morgonen.",
    "ett-ord": "Skolan har fått ny belysning på gården.",
    "tre-vanliga": "Nya bänkar och papperskorgar i parken vid torget.",
    "sallsynt": "Fontänen har lagats.",
    "park-1": "Parken har fått bänkar.",
    "park-2": "Parken och torget har städats.",
    "park-3": "Bänkar vid torget.",
    "elsparkcyklar": "Elsparkcyklar parkeras vid tunnelbaneuppgången.",
}


def _keys(archive, query, **options):
    opened, key_of = archive
    results = opened.search(query, **options)
    return [key_of[h.id] for h in results.hits], results


def test_reports_with_all_words_but_one_follow_those_with_every_word(archive):
    keys, results = _keys(archive, "bilar kör fort skolan")
    assert keys == ["alla-ord", "utom-ett"]
    assert results.partial == 1 and not results.relaxed and results.total == 2


def test_no_report_with_all_but_one_word_of_two_is_added(archive):
    keys, results = _keys(archive, "bilar skolan")
    assert keys == ["alla-ord"] and results.partial == 0


def test_a_full_page_shows_the_reports_with_every_word_and_counts_the_others(archive):
    # the total is the same on every page
    keys, results = _keys(archive, "bilar kör fort skolan", limit=1)
    assert keys == ["alla-ord"] and results.partial == 1 and results.total == 2


def test_without_any_report_holding_every_word_more_words_rank_first(archive):
    keys, results = _keys(archive, "fontän bänkar papperskorgar torget skridskor")
    assert results.relaxed
    assert keys[0] == "tre-vanliga"  # three common words before one rare one
    assert keys.index("park-3") < keys.index("sallsynt")  # two before one


def test_a_misspelt_word_no_report_holds_finds_the_word_one_letter_away(archive):
    keys, _ = _keys(archive, "elsparkcycklar vid tunnelbanan")
    assert keys[0] == "elsparkcyklar"
    assert _keys(archive, "elsparkcycklar")[0] == ["elsparkcyklar"]


def test_a_word_the_user_excludes_stays_excluded(archive):
    # NOT is no word to leave out: "alla-ord" holds "bilar" and must not come back as a partial hit
    keys, results = _keys(archive, "kör fort skolan NOT bilar")
    assert keys == ["utom-ett"] and results.partial == 0


def test_the_terminal_says_how_many_hits_lack_one_word(archive):
    from bilagor.cli.views.search import search_result_lines

    _, results = _keys(archive, "bilar kör fort skolan")
    styles = {name: "{}" for name in ("b", "dim", "it", "mark")}
    lines = search_result_lines(results, str, styles)
    assert "1 av träffarna saknar ett av orden; de visas sist." in lines
