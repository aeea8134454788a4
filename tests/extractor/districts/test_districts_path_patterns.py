"""A district named in a file's path is found without compiling a pattern per form and place on each call.

The district forms and the gazetteer's places outnumber `re`'s own pattern cache, so searching with pattern
strings compiled every one of them anew for each folder of each path: 0.35 s a path, which made `reindex` of a
few hundred records take minutes (docs/benchmarks.md, h23/f-robust).
"""

import re

from bilagor.extractor import districts


def test_a_path_is_read_with_patterns_compiled_once(monkeypatch):
    districts.from_path("uppvärmning/bilaga.pdf")  # the patterns of the forms tried so far are made here
    searches = []
    real_search = re.search

    def counted(*args, **kwargs):
        searches.append(args[0])
        return real_search(*args, **kwargs)

    monkeypatch.setattr(re, "search", counted)
    assert districts.from_path("/arkiv/2019/trygghet/bilaga 5 kameror.pdf") is None
    assert districts.from_path("arkiv/skarpnack/2017/bilaga5.pdf") == "Skarpnäck"
    assert searches == []  # no pattern given as a string, so none compiled again


def test_path_forms_keep_their_readings():
    assert districts.from_path("Bilaga 5 Enskede-Årsta-Vantör.pdf") == "Enskede-Årsta-Vantör"
    assert districts.from_path("enskedearstavantor/bilaga.pdf") == "Enskede-Årsta-Vantör"  # several words as one
    assert districts.from_path("farsta/2017/trygghet/bilaga5.pdf") == "Farsta"
    assert districts.from_path("skarpnack/husby-torg.pdf") == "Rinkeby-Kista"  # the nearest part first
    assert districts.from_path("rapporter/2020/bilaga.pdf") is None
