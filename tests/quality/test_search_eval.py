"""Judged-query evaluation: recall@10 and MRR over a small varied archive.

The judgments were written from the report texts in search_corpus.py (what a
reader would want for each query), not from the search results.
"""

from __future__ import annotations


CAMERA_WORD = {
    "cam-norrmalm-2018",
    "cam-jarva-2024",
    "cam-skarholmen-2020",
    "cam-kungstradgarden-2017",
    "cam-medborgarplatsen-2022",
    "cam-farsta-2023",
    "ansokan-cam-2025",
}
CAMERAS = CAMERA_WORD | {"cam-husby-2019", "vallingby-torg-2016"}
LIGHT = {
    "light-tanto-2017",
    "light-farsta-2016",
    "torg-axelsberg-2018",
    "light-norra-2024",
    "skolvag-bromma-2020",
    "park-ostermalm-2019",
    "belysning-kungsholmen-2021",
    "lekplats-hagersten-2023",
    "torg-husby-2021",
    "alvsjo-belysning-2019",
    "vallingby-torg-2016",
    "hasselby-strand-2022",
    "liljeholmen-tunnel-2018",
    "kista-belysning-2021",
}

# (query, filters, relevant keys)
JUDGED = [
    ("kameraövervakning", {}, CAMERA_WORD),
    ("kameraovervakning", {}, CAMERA_WORD),  # typed without ö
    ("övervakning", {}, CAMERA_WORD),  # compound part
    ("overvakning", {}, CAMERA_WORD),
    ("kamerövervakning~", {}, CAMERA_WORD),  # fuzzy
    ("kameror", {}, CAMERAS),  # inflected
    ("kamera", {}, CAMERAS),  # compound part + inflection
    ("belysning", {}, LIGHT),
    ("trygghetsbelysning", {}, {"light-tanto-2017", "light-norra-2024", "kista-belysning-2021"}),
    ("gångtunnlar", {}, {"konst-tunnel-2019"}),
    ("tunnel", {}, {"light-farsta-2016", "liljeholmen-tunnel-2018", "konst-tunnel-2019"}),  # tunneln, tunnlar
    ("röjning", {}, {"rojning-skarholmen-2019", "sly-rinkeby-2016"}),
    ("rojning", {}, {"rojning-skarholmen-2019", "sly-rinkeby-2016"}),
    ("buskage", {}, {"rojning-skarholmen-2019"}),
    ("pollare", {}, {"pollare-ostermalm-2021"}),
    ("genomsiktliga staket", {}, {"staket-spanga-2020", "vantor-staket-2017"}),
    ("utegym", {}, {"utegym-arsta-2022"}),
    ("Sergels torg", {}, {"cam-norrmalm-2018"}),
    ("Medborgarplatsen", {}, {"platssamverkan-medborgarplatsen-2021", "cam-medborgarplatsen-2022"}),
    ("husby torg", {}, {"cam-husby-2019", "torg-husby-2021"}),
    ("kungstradgarden", {}, {"cam-kungstradgarden-2017"}),
    ("stokab", {}, {"cam-norrmalm-2018", "cam-jarva-2024", "cam-medborgarplatsen-2022"}),
    ("kameror", {"org": "stokab"}, {"cam-norrmalm-2018", "cam-jarva-2024", "cam-medborgarplatsen-2022"}),
    (
        "trafikkontoret",
        {},
        {
            "light-tanto-2017",
            "light-farsta-2016",
            "pollare-ostermalm-2021",
            "light-norra-2024",
            "skolvag-bromma-2020",
            "belysning-kungsholmen-2021",
            "alvsjo-belysning-2019",
            "liljeholmen-tunnel-2018",
            "kista-belysning-2021",
        },
    ),
    ("svenska bostader", {}, {"torg-axelsberg-2018", "sly-rinkeby-2016", "torg-husby-2021"}),
    (
        "sodermalm",
        {},
        {
            "light-tanto-2017",
            "platssamverkan-medborgarplatsen-2021",
            "cam-medborgarplatsen-2022",
            "klotter-sodermalm-2016",
        },
    ),
    ("kameror", {"district": "Norra innerstaden"}, {"cam-norrmalm-2018", "cam-kungstradgarden-2017"}),
    (
        "belysning",
        {"year": "2016-2018"},
        {
            "light-tanto-2017",
            "light-farsta-2016",
            "torg-axelsberg-2018",
            "vallingby-torg-2016",
            "liljeholmen-tunnel-2018",
        },
    ),
    ("år:2019 kameror", {}, {"cam-husby-2019"}),
    ("klimatinvestering", {}, {"klimat-solceller-2021", "klimat-laddstolpar-2022"}),
    ("elbil", {}, {"klimat-laddstolpar-2022"}),
    ("solceller", {}, {"klimat-solceller-2021"}),
    ("nattvandrare", {}, {"nattvandring-farsta-2018"}),
    ("trygghetsvandringar", {}, {"trygghetsvandring-bromma-2015", "platssamverkan-medborgarplatsen-2021"}),
    ("vandringar", {}, {"trygghetsvandring-bromma-2015", "platssamverkan-medborgarplatsen-2021"}),
    ("ordningsvakter", {}, {"bevakning-kista-2018"}),
    ("klotter", {}, {"klotter-sodermalm-2016", "konst-tunnel-2019"}),
    ('"2,6 mnkr"', {}, {"cam-norrmalm-2018"}),
    ("1 650 000", {}, {"cam-husby-2019"}),
    (
        "försenades",
        {"section": "avvikelser"},
        {"light-tanto-2017", "klimat-solceller-2021", "park-ostermalm-2019", "torg-husby-2021", "cam-skarholmen-2020"},
    ),
    ("Integritetsskyddsmyndigheten", {}, {"cam-jarva-2024", "cam-farsta-2023"}),
]


def evaluate(archive, key_of):
    rows = []
    for query, filters, relevant in JUDGED:
        hits = archive.search(query, limit=10, **filters).hits
        ranked = [key_of[h.id] for h in hits]
        found = relevant & set(ranked)
        recall = len(found) / min(len(relevant), 10)
        first = next((i for i, key in enumerate(ranked, 1) if key in relevant), None)
        rows.append((query, filters, recall, 1 / first if first else 0.0, sorted(relevant - found)))
    return rows


def test_recall_and_mrr(corpus):
    archive, key_of = corpus
    rows = evaluate(archive, key_of)
    recall = sum(r[2] for r in rows) / len(rows)
    mrr = sum(r[3] for r in rows) / len(rows)
    print(f"\n{'query':<34} {'filters':<28} recall@10   RR  missed")
    for query, filters, r, rr, missed in rows:
        print(f"{query:<34} {str(filters):<28} {r:9.2f} {rr:4.2f}  {', '.join(missed)}")
    print(f"{len(rows)} queries: recall@10 {recall:.3f}, MRR {mrr:.3f}")
    assert len(rows) >= 30
    assert recall >= 0.95
    assert mrr >= 0.85
