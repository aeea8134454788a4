"""Tuning queries of the fourth search round (issue #12), over reports of their own: written before the fixes.

Over the corpus of search_corpus.py, the reports of search_heldout.py and
search_heldout3.py (both burned, tuning data now) and twelve more (EXTRA4;
four without a district, as a report has when extraction found none).
Classes: compound parts (modifiers that drop a final -a or -e or turn it
into -u/-o: "skolgården" for "skola", "gatubelysning" for "gata",
"pojkgrupper" for "pojke"; a two-letter "el-"; three parts with a short one;
inflected heads), synonyms a user expects (lekplats/lekpark,
kameraövervakning/kamerabevakning, cykelväg/cykelbana), and filters:
district (reports without a district found by their place; a merged
district's new name finds its predecessors' reports, and a predecessor's
name finds the new district's reports at places in its area), year ranges as
typed ("2019-20", "2017 – 2018", `år:2023-2025`), organisations by part or
other case ("bostäder", "exergi", "polis"), sections by the words of their
label ("resultat", "syfte", "utfall", "Beskrivning av slutresultat"). The
judgments were written from the report texts, not from search results.
These are tuning data (look at the misses freely):

    PYTHONPATH=tests .venv/bin/python tests/search_tuning4.py [--misses]
"""

from __future__ import annotations

# Same columns as search_corpus.CORPUS.
EXTRA4 = [
    (
        "skolgard-bagarmossen-2020",
        2020,
        "Skarpnäck",
        "Trygg skolgård i Bagarmossen",
        "Bagarmossens skola",
        "slutredovisning",
        ["Utbildningsförvaltningen"],
        "Skolgården är mörk efter skoltid och används som genväg till tunnelbanan.",
        "Skolgårdens belysning är utbytt och buskarna vid entrén är nedklippta.",
        "Inga avvikelser.",
        "Utfall 480 000 kr.",
        500_000,
        480_000,
    ),
    (
        "gatubelysning-hjulsta-2018",
        2018,
        "Spånga-Tensta",
        "Ny gatubelysning på Hjulstavägen",
        "Hjulstavägen",
        "slutredovisning",
        ["Trafikkontoret"],
        "Gatubelysningen längs Hjulstavägen är gammal och hälften av lamporna är trasiga.",
        "Trettio nya gatlyktor med LED har satts upp på sträckan.",
        "Arbetet försenades av ledningsarbeten i gatan.",
        "Utfall 1,3 mnkr.",
        1_200_000,
        1_300_000,
    ),
    (
        "kyrkogard-satra-2019",
        2019,
        "Skärholmen",
        "Belysning längs kyrkogårdsmuren i Sätra",
        "Sätra kyrka",
        "slutredovisning",
        [],
        "Gångvägen längs kyrkogårdsmuren är ensam och mörk, och många boende undviker den.",
        "Kyrkogårdsmuren har fått belysning och gångvägen har breddats.",
        "Inga avvikelser.",
        "Utfall 310 000 kr.",
        300_000,
        310_000,
    ),
    (
        "elskap-rinkeby-2024",
        2024,
        "Järva",
        "Målning av elskåp mot klotter",
        "Rinkebystråket",
        "slutredovisning",
        [],
        "Elskåpen längs stråket är fulla av klotter, vilket gör platsen ovårdad och otrygg.",
        "Tolv elskåp har målats med motiv som unga i området har tagit fram.",
        "Två skåp klottrades igen och fick målas om.",
        "Utfall 140 000 kr.",
        150_000,
        140_000,
    ),
    (
        "fotbollsplan-satra-2021",
        2021,
        "Skärholmen",
        "Belysning på fotbollsplanen vid Sätra IP",
        "Sätra IP",
        "slutredovisning",
        ["Idrottsförvaltningen"],
        "Fotbollsplanen är populär men mörk på vinterkvällarna, och unga samlas bakom omklädningsrummen.",
        "Planen har fått åtta nya ljusmaster och omklädningsrummens baksida är upplyst.",
        "Inga avvikelser.",
        "Utfall 1,4 mnkr.",
        1_500_000,
        1_400_000,
    ),
    (
        "cykelbana-liljeholmen-2022",
        2022,
        "Hägersten-Älvsjö",
        "Belyst cykelbana vid Liljeholmen",
        "Liljeholmen",
        "slutredovisning",
        ["Trafikkontoret"],
        "Cykelbanan under bron vid Liljeholmen är mörk och upplevs som otrygg.",
        "Cykelbanan har belysning i hela sin längd och en spegel vid den skymda kurvan.",
        "Inga avvikelser.",
        "Utfall 820 000 kr.",
        800_000,
        820_000,
    ),
    (
        "lekpark-solberga-2021",
        2021,
        None,
        "Ny belysning i lekparken",
        "Solbergaparken",
        "slutredovisning",
        [],
        "Lekparken i Solbergaparken är oupplyst och föräldrar undviker den på vinterkvällar.",
        "Lekparken har fått fyra nya stolpar med belysning och en ny rutschkana.",
        "Inga avvikelser.",
        "Utfall 260 000 kr.",
        250_000,
        260_000,
    ),
    (
        "kamerabevakning-brommaplan-2017",
        2017,
        None,
        "Kamerabevakning vid Brommaplan",
        "Brommaplan",
        "delredovisning",
        ["Polisen"],
        "Kamerabevakning av bussterminalen vid Brommaplan för att minska rån och skadegörelse.",
        "Sex kameror är uppsatta vid terminalen och på plattformarna.",
        "Tillståndet kom ett halvår senare än planerat.",
        "Upparbetat 700 000 kr.",
        1_100_000,
        700_000,
    ),
    (
        "vaktare-husby-2024",
        2024,
        None,
        "Väktare vid Husby centrum",
        "Husby centrum",
        "slutredovisning",
        [],
        "Väktare kvällstid vid Husby centrum under vinterhalvåret.",
        "Väktarna har gått rundor fyra kvällar i veckan.",
        "Inga avvikelser.",
        "Utfall 600 000 kr.",
        600_000,
        600_000,
    ),
    (
        "humlegarden-belysning-2025",
        2025,
        "Norra innerstaden",
        "Trygghetsskapande belysning i Humlegården",
        "Humlegården",
        "delredovisning",
        ["Trafikkontoret"],
        "Parkens gångar är mörka och många genar inte genom Humlegården efter mörkrets inbrott.",
        "Hälften av de nya armaturerna är monterade längs huvudgången.",
        "Leveransen av stolpar försenades en månad.",
        "Upparbetat 1,0 mnkr.",
        2_000_000,
        1_000_000,
    ),
    (
        "samtalsgrupper-tensta-2019",
        2019,
        "Spånga-Tensta",
        "Pojkgrupper och flickgrupper på fritidsgården",
        "Tensta träff",
        "slutredovisning",
        [],
        "Samtalsgrupper för unga om trygghet, med pojkgrupper och flickgrupper varje vecka.",
        "Fyra grupper har träffats hela terminen och flickgruppen fortsätter i höst.",
        "Pojkgruppen startade senare än planerat.",
        "Utfall 90 000 kr.",
        100_000,
        90_000,
    ),
    (
        "laddplatser-sodermalm-2023",
        2023,
        None,
        "Laddplatser för elbilar vid Skanstull",
        "Skanstull",
        "slutredovisning",
        ["Stockholm Exergi"],
        "Klimatinvestering: fler laddplatser för elbilar i garaget vid Skanstull.",
        "Tjugo laddplatser är i drift och används varje dag.",
        "Elanslutningen blev dyrare än beräknat.",
        "Utfall 1,7 mnkr mot budget 1,5 mnkr.",
        1_500_000,
        1_700_000,
    ),
]

KAMERA_WORD = {
    "cam-norrmalm-2018",
    "cam-jarva-2024",
    "cam-skarholmen-2020",
    "cam-kungstradgarden-2017",
    "cam-medborgarplatsen-2022",
    "cam-farsta-2023",
    "ansokan-cam-2025",
    "kameror-fridhemsplan-2020",
    "kamerabevakning-brommaplan-2017",
}
PLAYGROUNDS = {"lekplats-hagersten-2023", "lekpark-bromma-2022", "lekplats-husbygard-2019", "lekpark-solberga-2021"}
CYCLE_PATHS = {"cykelvag-arstafaltet-2022", "cykelbana-liljeholmen-2022"}
POLICE_CAMERAS = {
    "cam-norrmalm-2018",
    "cam-husby-2019",
    "cam-jarva-2024",
    "cam-skarholmen-2020",
    "cam-kungstradgarden-2017",
    "cam-medborgarplatsen-2022",
    "cam-farsta-2023",
    "ansokan-cam-2025",
    "kameror-fridhemsplan-2020",
    "kamerabevakning-brommaplan-2017",
}
CAMERA_RESULTS = {
    "cam-norrmalm-2018",
    "cam-husby-2019",
    "cam-jarva-2024",
    "cam-skarholmen-2020",
    "cam-kungstradgarden-2017",
    "cam-medborgarplatsen-2022",
    "vallingby-torg-2016",
    "kameror-fridhemsplan-2020",
    "kamerabevakning-brommaplan-2017",
}
UNSAFE_PURPOSE = {
    "cam-husby-2019",
    "light-farsta-2016",
    "trygghetsvandring-bromma-2015",
    "vandringar-staden-2018",
    "cykelvag-arstafaltet-2022",
    "elskap-rinkeby-2024",
    "cykelbana-liljeholmen-2022",
}

# (query, filters, relevant keys, class)
TUNING4 = [
    # 1. compound parts
    ("skola", {}, {"skolvag-bromma-2020", "vantor-staket-2017", "skolgard-bagarmossen-2020"}, "compound"),
    ("gata", {}, {"pollare-ostermalm-2021", "lekpark-bromma-2022", "gatubelysning-hjulsta-2018"}, "compound"),
    ("kyrka", {}, {"kyrkogard-satra-2019"}, "compound"),
    ("mur", {}, {"kyrkogard-satra-2019"}, "compound"),
    ("skåp", {}, {"elskap-rinkeby-2024"}, "compound"),
    ("boll", {}, {"bollplan-hokarangen-2017", "fotbollsplan-satra-2021"}, "compound"),
    ("fotboll", {}, {"fotbollsplan-satra-2021"}, "compound"),
    ("pojke", {}, {"samtalsgrupper-tensta-2019"}, "compound"),
    ("flicka", {}, {"samtalsgrupper-tensta-2019"}, "compound"),
    ("grupp", {}, {"platssamverkan-medborgarplatsen-2021", "samtalsgrupper-tensta-2019"}, "compound"),
    ("lykta", {}, {"gatubelysning-hjulsta-2018"}, "compound"),
    ("terminal", {}, {"kamerabevakning-brommaplan-2017"}, "compound"),
    ("mast", {}, {"fotbollsplan-satra-2021"}, "compound"),
    ("omklädningsrum", {}, {"fotbollsplan-satra-2021"}, "compound"),
    ("anslutning", {}, {"laddplatser-sodermalm-2023"}, "compound"),
    # 2. synonyms a user expects
    ("lekplats", {}, PLAYGROUNDS, "synonym"),
    ("lekpark", {}, PLAYGROUNDS, "synonym"),
    ("kamerabevakning", {}, KAMERA_WORD, "synonym"),
    ("kameraövervakning", {}, KAMERA_WORD, "synonym"),
    ("cykelbana", {}, CYCLE_PATHS, "synonym"),
    ("cykelväg", {}, CYCLE_PATHS, "synonym"),
    # 3. district filters: no district (found by place), merged districts both ways
    ("belysning", {"district": "Skarpnäck"}, {"skolgard-bagarmossen-2020", "trappa-hammarbyhojden-2019"}, "district"),
    ("kameror", {"district": "Bromma"}, {"kamerabevakning-brommaplan-2017"}, "district"),
    ("väktare", {"district": "Järva"}, {"vaktare-husby-2024", "bevakning-kista-2018"}, "district"),
    ("väktare", {"district": "Rinkeby-Kista"}, {"vaktare-husby-2024", "bevakning-kista-2018"}, "district"),
    ("lekpark", {"district": "Älvsjö"}, {"lekpark-solberga-2021", "lekplats-hagersten-2023"}, "district"),
    ("lekpark", {"district": "Hägersten-Älvsjö"}, {"lekpark-solberga-2021", "lekplats-hagersten-2023"}, "district"),
    (
        "belysning",
        {"district": "Hägersten-Liljeholmen"},
        {"torg-axelsberg-2018", "liljeholmen-tunnel-2018", "cykelbana-liljeholmen-2022"},
        "district",
    ),
    ("belysning", {"district": "Östermalm"}, {"park-ostermalm-2019", "humlegarden-belysning-2025"}, "district"),
    ("laddplatser", {"district": "Södermalm"}, {"laddplatser-sodermalm-2023"}, "district"),
    ("kameror", {"district": "kungsholmen", "year": "2019-2021"}, {"kameror-fridhemsplan-2020"}, "district"),
    # 4. year ranges as typed
    ("kameror", {"year": "2019-20"}, {"cam-husby-2019", "cam-skarholmen-2020", "kameror-fridhemsplan-2020"}, "year"),
    (
        "kameror",
        {"year": "2017 – 2018"},
        {"cam-norrmalm-2018", "cam-kungstradgarden-2017", "kamerabevakning-brommaplan-2017"},
        "year",
    ),
    ("kameror år:2023-2025", {}, {"cam-jarva-2024", "cam-farsta-2023", "ansokan-cam-2025"}, "year"),
    ("skola", {"year": "2020"}, {"skolvag-bromma-2020", "skolgard-bagarmossen-2020"}, "year"),
    # 5. organisation filters by part or other case
    (
        "belysning",
        {"org": "trafikkontoret", "year": "2021-2025"},
        {
            "light-norra-2024",
            "belysning-kungsholmen-2021",
            "kista-belysning-2021",
            "cykelvag-arstafaltet-2022",
            "cykelbana-liljeholmen-2022",
            "humlegarden-belysning-2025",
        },
        "org",
    ),
    ("torg", {"org": "bostäder"}, {"torg-axelsberg-2018", "torg-husby-2021"}, "org"),
    ("laddplatser", {"org": "exergi"}, {"laddplatser-sodermalm-2023"}, "org"),
    ("kameror", {"org": "polis"}, POLICE_CAMERAS, "org"),
    ("skolgård", {"org": "utbildningsförvaltning"}, {"skolgard-bagarmossen-2020"}, "org"),
    ("fotboll", {"org": "IDROTTSFÖRVALTNINGEN"}, {"fotbollsplan-satra-2021"}, "org"),
    # 6. section filters by the words of the label
    ("kameror", {"section": "resultat"}, CAMERA_RESULTS, "section"),
    ("otrygg", {"section": "syfte"}, UNSAFE_PURPOSE, "section"),
    (
        "gungor",
        {"section": "Beskrivning av slutresultat"},
        {"lekpark-bromma-2022", "lekplats-husbygard-2019"},
        "section",
    ),
    (
        "budget",
        {"section": "utfall", "year": "2020-2025"},
        {
            "cam-jarva-2024",
            "pollare-ostermalm-2021",
            "utegym-arsta-2022",
            "klimat-solceller-2021",
            "torg-husby-2021",
            "elljusspar-grimsta-2020",
            "laddplatser-sodermalm-2023",
        },
        "section",
    ),
    ("avsnitt:resultat kameror", {}, CAMERA_RESULTS, "section"),
    ("avsnitt:syfte otrygg", {}, UNSAFE_PURPOSE, "section"),
    # 7. the same in the query text, and inflected or definite forms of the new words
    ("stadsdel:Älvsjö lekplats", {}, {"lekpark-solberga-2021", "lekplats-hagersten-2023"}, "district"),
    ("org:exergi", {}, {"klimat-solceller-2021", "laddplatser-sodermalm-2023"}, "org"),
    ("cykelbana", {"org": "trafikkontor"}, CYCLE_PATHS, "org"),
    ("lekparker", {}, PLAYGROUNDS, "synonym"),
    ("cykelbanor", {}, CYCLE_PATHS, "synonym"),
    ("gatubelysning", {}, {"gatubelysning-hjulsta-2018"}, "compound"),
    ("kyrkogården", {}, {"kyrkogard-satra-2019"}, "compound"),
    ("elskåpen", {}, {"elskap-rinkeby-2024"}, "compound"),
    ("fotbollsplanen", {}, {"fotbollsplan-satra-2021"}, "compound"),
    ("skolgård", {}, {"skolgard-bagarmossen-2020", "vantor-staket-2017"}, "compound"),
]

CLASSES = ("compound", "synonym", "district", "year", "org", "section")


def build_tuning4_archive(folder):
    """The search corpus, the reports of both burned held-out sets and EXTRA4, stored in `folder`."""
    import search_corpus
    import search_heldout
    import search_heldout3
    from search_scoring import build_archive

    return build_archive(folder, search_corpus.CORPUS + search_heldout.EXTRA + search_heldout3.EXTRA3 + EXTRA4)


def score(archive, key_of, judged=TUNING4, misses=None):
    """Per query (query, class, recall@10, reciprocal rank), and the means; a query whose filter
    is refused (QueryError) scores 0."""
    from search_scoring import score as score_queries

    return score_queries(archive, key_of, judged, misses)


def per_class(rows) -> dict[str, tuple[int, float, float]]:
    """Class -> (queries, mean recall@10, MRR)."""
    from search_scoring import per_class as per_class_of

    return per_class_of(rows, CLASSES)


def main() -> None:
    """Print the aggregate figures (per class too); with --misses each imperfect query."""
    import search_scoring

    search_scoring.main(build_tuning4_archive, TUNING4, CLASSES)


if __name__ == "__main__":
    main()
