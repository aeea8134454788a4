"""Fifth set of held-out judged queries for the search (issue #12): written 2026-12-03, before any fix of this round.

Over the corpus of search_corpus.py, the reports added by search_heldout.py,
search_heldout3.py and search_heldout4.py, and fourteen more of its own
(EXTRA5; four of them have no district, as a report does when extraction
found none, and four carry a district name that no longer exists). Six
classes, about ten queries each:

- compound: parts of compounds: heads and modifiers ("garage" in
  "parkeringsgarage", "ledstång" in "ledstångsbelysning"), a linking -s- or
  -e- ("ungdom" in "ungdomsgården", "fisk" in "fiskebryggan"), a first part
  that drops its -a/-e ("gunga" in "gungställning", "pojke" in
  "pojkgrupper"), the last part of a three-part word ("perrong" in
  "pendeltågsperrongen"), and a compound query whose parts stand as separate
  words in the report ("snöröjning" for "röjning av snö");
- ordinary: other inflections and verb forms ("spegel" for "speglar",
  "gallra" for "gallrats") and near-terms a reader clearly expects
  ("graffiti" for "klotter", "droger" for "narkotika", "tjejer" for "flickor");
- phrase: quoted phrases, which match the words as written, in order;
- place: place names and definite place forms ("kanalen", "biblioteket");
- filter: district (also a name from before a merger, today's merged name,
  and reports without a district whose place lies in it), year, year range,
  organisation and section, each with words;
- natural: several words as a person types them ("ljus i tunneln").

The judgments say what a reader would want, written from the report texts,
not from search results. Never tune on these, and never print which queries
miss:

    PYTHONPATH=tests .venv/bin/python tests/search_heldout5.py

Burned since (scored twice). The sixth round splits it by index parity, fixed
before any miss was looked at: `--half dev` (even indexes; --misses allowed)
and `--half keep` (odd indexes; aggregates only):

    PYTHONPATH=tests .venv/bin/python tests/search_heldout5.py --half dev --misses
    PYTHONPATH=tests .venv/bin/python tests/search_heldout5.py --half keep
"""

from __future__ import annotations

# key, year, district (None: extraction found none), project, location, stage, orgs,
# syfte, resultat, avvikelser, ekonomi, budget, utfall
EXTRA5 = [
    (
        "fiskebrygga-hammarby-2021",
        2021,
        "Södermalm",
        "Belysning vid fiskebryggan i Hammarby sjöstad",
        "Hammarby sjöstad, promenaden längs Hammarbykanalen",
        "slutredovisning",
        ["Trafikkontoret"],
        "Promenaden längs kanalen är mörk mellan fiskebryggan och färjeläget, och boende klagar på fylla och bråk sent på kvällarna.",
        "Promenaden har fått ledstångsbelysning längs hela sträckan och fiskebryggan har fått två nya lyktstolpar.",
        "Ledstångsarmaturerna fick specialbeställas från en tillverkare i Danmark.",
        "Utfall 1,3 mnkr mot budget 1,2 mnkr.",
        1_200_000,
        1_300_000,
    ),
    (
        "pendeltag-spanga-2018",
        2018,
        "Spånga-Tensta",
        "Trygg väg till pendeltåget i Spånga",
        "Spånga station",
        "slutredovisning",
        ["Trafikverket", "Polisen"],
        "Gångvägen från Solhem till pendeltågsperrongen går genom ett skogsparti där flera rån har anmälts.",
        "Skogspartiet har gallrats, gångvägen har fått ny belysning och en väderskyddad cykelparkering har byggts vid stationsentrén.",
        "Trafikverkets tillstånd för arbete nära spåret dröjde en månad.",
        "Kostnad 890 tkr.",
        900_000,
        890_000,
    ),
    (
        "ungdomsgard-hagsatra-2022",
        2022,
        None,
        "Lördagsöppet på ungdomsgården",
        "Hagsätra, ungdomsgården vid Hagsätra torg",
        "slutredovisning",
        ["Socialförvaltningen"],
        "Unga i Hagsätra saknar en trygg plats att vara på lördagskvällar, och polisen ser oroligheter vid tunnelbanestationen.",
        "Ungdomsgården har haft öppet varje lördag till midnatt med fritidsledare och i snitt fyrtio besökare.",
        "Två lördagar i juli hölls gården stängd på grund av personalbrist.",
        "Kostnad 260 tkr.",
        300_000,
        260_000,
    ),
    (
        "graffiti-vastertorp-2019",
        2019,
        "Hägersten-Liljeholmen",
        "Snabbare graffitisanering i Västertorp",
        "Västertorps centrum",
        "slutredovisning",
        ["Stockholmshem"],
        "Graffiti på fasader och elskåp kring centrum får platsen att se övergiven ut.",
        "Ett saneringsavtal gör att nya taggar tas bort inom 48 timmar, och elskåpen har målats med antiklotterfärg.",
        "Inga avvikelser.",
        "Utfall 190 tkr.",
        200_000,
        190_000,
    ),
    (
        "overvakning-hotorget-2020",
        2020,
        None,
        "Övervakningskameror vid Hötorget",
        "Hötorget, tunnelbanans uppgång vid Konserthuset",
        "delredovisning",
        ["Polisen"],
        "Fickstölder och langning av narkotika vid uppgången till tunnelbanan ska motverkas med övervakningskameror.",
        "Fem övervakningskameror är monterade på Konserthusets fasad; ansökan om ytterligare två ligger hos Integritetsskyddsmyndigheten.",
        "Fastighetsägaren krävde ett nytt avtal om fästpunkterna.",
        "Upparbetat 620 tkr.",
        1_000_000,
        620_000,
    ),
    (
        "fotgangartunnel-bandhagen-2017",
        2017,
        "Enskede-Årsta-Vantör",
        "Ljus och speglar i fotgängartunneln i Bandhagen",
        "Bandhagens tunnelbanestation",
        "slutredovisning",
        ["Trafikkontoret"],
        "Fotgängartunneln under Trollesundsvägen är lång och saknar överblick, så många väljer att springa över vägen i stället.",
        "Tunnelns tak har fått nya armaturer och hörnen har fått konvexa speglar; färre korsar nu vägen utanför övergångsstället.",
        "Ett av takfästena var rostigt och fick bytas.",
        "Utfall 470 tkr mot budget 500 tkr.",
        500_000,
        470_000,
    ),
    (
        "pojkgrupper-hasselby-2023",
        2023,
        "Hässelby-Vällingby",
        "Pojkgrupper och föräldravandringar i Hässelby",
        "Hässelby gård, fritidsgården",
        "slutredovisning",
        ["Socialförvaltningen", "Polisen"],
        "Yngre pojkar rekryteras till kriminella nätverk; samtalsgrupper och vuxna ute på helgerna ska bryta mönstret.",
        "Tre pojkgrupper har träffats varje vecka och ett fyrtiotal föräldrar har vandrat i området på fredagskvällarna.",
        "Föräldravandringarna kom i gång först i oktober.",
        "Utfall 450 tkr mot budget 500 tkr.",
        500_000,
        450_000,
    ),
    (
        "lekplats-kronoberg-2016",
        2016,
        None,
        "Ny gungställning och staket vid lekplatsen i Kronobergsparken",
        "Kronobergsparken",
        "slutredovisning",
        [],
        "Lekplatsen ligger nära en trafikerad gata och föräldrar oroar sig för att små barn springer ut.",
        "Lekplatsen har fått ett lågt staket med två grindar, en ny gungställning och fallskydd under klätterställningen.",
        "Inga avvikelser.",
        "Utfall 430 tkr.",
        450_000,
        430_000,
    ),
    (
        "gangvagar-solberga-2019",
        2019,
        "Älvsjö",
        "Säkra gångvägar för äldre i Solberga",
        "Solberga",
        "slutredovisning",
        ["Trafikkontoret"],
        "Äldre boende vågar inte gå ut på vintern eftersom gångvägarna till centrum är hala och dåligt upplysta.",
        "Röjning av snö och is sker nu före klockan sju, sandlådor har ställts ut och gångvägen har fått ny belysning och räcken i backarna.",
        "Den milda vintern gjorde att insatserna blev färre än planerat.",
        "Utfall 310 tkr mot budget 400 tkr.",
        400_000,
        310_000,
    ),
    (
        "observatorielunden-2024",
        2024,
        "Norra innerstaden",
        "Trygghetsåtgärder i Observatorielunden",
        "Observatorielunden",
        "slutredovisning",
        ["Polisen"],
        "Parken på kullen har blivit en samlingsplats för narkotikaförsäljning och många föräldrar undviker lekplatsen.",
        "Buskarna på kullens sluttningar har glesats ur, två nya gatlyktor har satts upp vid trapporna och en parkvärd finns på plats eftermiddagar.",
        "Parkvärden kom i tjänst först efter sommaren.",
        "Utfall 1,2 mnkr mot budget 1,0 mnkr.",
        1_000_000,
        1_200_000,
    ),
    (
        "hallplatser-skarpnack-2022",
        2022,
        None,
        "Ljusare busshållplatser i Skarpnäck",
        "Skarpnäcks gård, busshållplatserna",
        "slutredovisning",
        ["Region Stockholm", "Trafikkontoret"],
        "Busshållplatserna ligger glest och mörkt, och många som åker hem sent får vänta i mörker.",
        "Sex hållplatser har fått väderskydd med belysning i taket och skyltar med avgångstider i realtid.",
        "Två väderskydd fick flyttas efter synpunkter från trafikföretaget.",
        "Kostnad 1,6 mnkr.",
        1_700_000,
        1_600_000,
    ),
    (
        "garage-akalla-2018",
        2018,
        "Rinkeby-Kista",
        "Säkrare parkeringsgarage i Akalla",
        "Akalla centrum, parkeringsgaraget",
        "slutredovisning",
        ["Stockholms Stads Parkerings AB", "Polisen"],
        "Bilbränder och inbrott i bilar har ökat i garaget under centrumhuset.",
        "Garaget har fått vitmålade väggar, ljusare armaturer, nya övervakningskameror och ett passersystem vid infarten.",
        "Passersystemet togs i drift två månader senare än planerat.",
        "Utfall 2,7 mnkr mot budget 2,5 mnkr.",
        2_500_000,
        2_700_000,
    ),
    (
        "promenadslinga-langsjon-2021",
        2021,
        "Hägersten-Älvsjö",
        "Tryggare promenadslinga runt Långsjön",
        "Långsjön, Älvsjö",
        "slutredovisning",
        [],
        "Promenadslingan runt sjön är populär men helt obelyst, och flera överfall har anmälts de senaste vintrarna.",
        "Slingan har fått 90 lågt placerade armaturer och ny grusbädd, och buskaget vid badplatsen har röjts.",
        "Armaturerna placerades lägre än planerat för att inte störa fladdermössen.",
        "Utfall 2,2 mnkr mot budget 2,4 mnkr.",
        2_400_000,
        2_200_000,
    ),
    (
        "bibliotek-skarholmen-2025",
        2025,
        "Skärholmen",
        "Trygg entré till Skärholmens bibliotek",
        "Skärholmens centrum, biblioteket",
        "delredovisning",
        ["Kulturförvaltningen"],
        "Entrén till biblioteket har blivit en plats där unga trakasseras av äldre gäng, särskilt tjejer på väg hem.",
        "Entrén har byggts om med glasväggar och bättre ljus, och biblioteket har förlängt öppettiderna på vardagskvällar.",
        "Glasväggarna levererades i fel storlek.",
        "Upparbetat 800 tkr.",
        1_500_000,
        800_000,
    ),
]

HELDOUT5 = [
    # 1. parts of compounds
    ("fisk", {}, {"fiskebrygga-hammarby-2021"}, "compound"),
    ("brygga", {}, {"fiskebrygga-hammarby-2021", "hasselby-strand-2022", "utebad-farsta-2021"}, "compound"),
    ("perrong", {}, {"pendeltag-spanga-2018"}, "compound"),
    ("ledstång", {}, {"fiskebrygga-hammarby-2021"}, "compound"),
    ("gunga", {}, {"lekplats-kronoberg-2016", "lekpark-bromma-2022", "lekplats-husbygard-2019"}, "compound"),
    ("ungdom", {}, {"ungdomsgard-hagsatra-2022", "sommarjobb-rinkeby-2020"}, "compound"),
    ("garage", {}, {"garage-akalla-2018", "cykelgarage-odenplan-2025"}, "compound"),
    ("väderskydd", {}, {"hallplatser-skarpnack-2022", "pendeltag-spanga-2018"}, "compound"),
    ("snöröjning", {}, {"gangvagar-solberga-2019"}, "compound"),
    ("fotgängare", {}, {"fotgangartunnel-bandhagen-2017"}, "compound"),
    ("pojke", {}, {"pojkgrupper-hasselby-2023", "flickfotboll-rinkeby-2021"}, "compound"),
    # 2. other inflections, verb forms and near-terms
    (
        "graffiti",
        {},
        {"graffiti-vastertorp-2019", "klotter-sodermalm-2016", "konst-tunnel-2019", "mural-karlaplan-2017"},
        "ordinary",
    ),
    (
        "klottret",
        {},
        {"graffiti-vastertorp-2019", "klotter-sodermalm-2016", "konst-tunnel-2019", "mural-karlaplan-2017"},
        "ordinary",
    ),
    ("droger", {}, {"cam-skarholmen-2020", "overvakning-hotorget-2020", "observatorielunden-2024"}, "ordinary"),
    ("ordningsvakt", {}, {"bevakning-kista-2018", "vakter-farsta-2024"}, "ordinary"),
    ("bilbrand", {}, {"garage-akalla-2018"}, "ordinary"),
    ("spegel", {}, {"liljeholmen-tunnel-2018", "fotgangartunnel-bandhagen-2017"}, "ordinary"),
    ("gallra", {}, {"pendeltag-spanga-2018"}, "ordinary"),
    ("trakasserier", {}, {"bibliotek-skarholmen-2025"}, "ordinary"),
    ("rånen", {}, {"cam-kungstradgarden-2017", "kameror-fridhemsplan-2020", "pendeltag-spanga-2018"}, "ordinary"),
    ("pensionärer", {}, {"motesplats-seniorer-bromma-2022", "gangvagar-solberga-2019"}, "ordinary"),
    ("halka", {}, {"gangvagar-solberga-2019"}, "ordinary"),
    (
        "tjejer",
        {},
        {"bibliotek-skarholmen-2025", "flickfotboll-rinkeby-2021", "idrottsplats-kristineberg-2022"},
        "ordinary",
    ),
    ("stöld", {}, {"overvakning-hotorget-2020", "cykelgarage-odenplan-2025", "cykeltak-gubbangen-2020"}, "ordinary"),
    # 3. quoted phrases: the words as written, in order
    ('"röjning av snö"', {}, {"gangvagar-solberga-2019"}, "phrase"),
    ('"nya armaturer"', {}, {"light-tanto-2017", "fotgangartunnel-bandhagen-2017"}, "phrase"),
    ('"konvexa speglar"', {}, {"fotgangartunnel-bandhagen-2017"}, "phrase"),
    ('"sent på kvällarna"', {}, {"fiskebrygga-hammarby-2021"}, "phrase"),
    ('"två nya gatlyktor"', {}, {"observatorielunden-2024"}, "phrase"),
    ('"kriminella nätverk"', {}, {"pojkgrupper-hasselby-2023"}, "phrase"),
    ('"nya övervakningskameror"', {}, {"garage-akalla-2018"}, "phrase"),
    ('"väderskydd med belysning"', {}, {"hallplatser-skarpnack-2022"}, "phrase"),
    ('"budget 1,2 mnkr"', {}, {"fiskebrygga-hammarby-2021"}, "phrase"),
    ('"trygg plats"', {}, {"ungdomsgard-hagsatra-2022"}, "phrase"),
    # 4. place names and definite place forms
    ("kanalen", {}, {"fiskebrygga-hammarby-2021"}, "place"),
    ("Hammarby sjöstad", {}, {"fiskebrygga-hammarby-2021"}, "place"),
    ("Hötorget", {}, {"overvakning-hotorget-2020"}, "place"),
    ("Konserthuset", {}, {"overvakning-hotorget-2020"}, "place"),
    ("Akalla", {}, {"garage-akalla-2018"}, "place"),
    ("Bandhagen", {}, {"fotgangartunnel-bandhagen-2017"}, "place"),
    ("Långsjön", {}, {"promenadslinga-langsjon-2021"}, "place"),
    ("parkeringsgaraget", {}, {"garage-akalla-2018"}, "place"),
    ("Spånga station", {}, {"pendeltag-spanga-2018"}, "place"),
    ("Kronobergsparken", {}, {"lekplats-kronoberg-2016"}, "place"),
    ("biblioteket", {}, {"bibliotek-skarholmen-2025", "grannsamverkan-hasselby-2018"}, "place"),
    (
        "hållplatserna",
        {},
        {
            "hallplatser-skarpnack-2022",
            "alvsjo-belysning-2019",
            "gatubelysning-bagarmossen-2016",
            "papperskorgar-slussen-2023",
        },
        "place",
    ),
    ("Hagsätra", {}, {"ungdomsgard-hagsatra-2022"}, "place"),
    ("Västertorp", {}, {"graffiti-vastertorp-2019"}, "place"),
    # 5. filters with words
    ("graffiti", {"district": "Hägersten-Älvsjö"}, {"graffiti-vastertorp-2019"}, "filter"),
    (
        "kameror",
        {"district": "Norrmalm"},
        {"cam-norrmalm-2018", "cam-kungstradgarden-2017", "overvakning-hotorget-2020"},
        "filter",
    ),
    (
        "belysning",
        {"district": "Älvsjö", "year": "2015-2019"},
        {"alvsjo-belysning-2019", "gangvagar-solberga-2019"},
        "filter",
    ),
    ("ungdomsgård", {"district": "Enskede-Årsta-Vantör"}, {"ungdomsgard-hagsatra-2022"}, "filter"),
    (
        "kameror",
        {"year": "2018-2020"},
        {
            "cam-norrmalm-2018",
            "cam-husby-2019",
            "cam-skarholmen-2020",
            "kameror-fridhemsplan-2020",
            "overvakning-hotorget-2020",
            "garage-akalla-2018",
        },
        "filter",
    ),
    ("belysning", {"org": "Region Stockholm"}, {"hallplatser-skarpnack-2022"}, "filter"),
    (
        "narkotika",
        {"org": "polisen"},
        {"cam-skarholmen-2020", "overvakning-hotorget-2020", "observatorielunden-2024"},
        "filter",
    ),
    (
        "leverans",
        {"section": "avvikelser"},
        {
            "pollare-ostermalm-2021",
            "klimat-solceller-2021",
            "cykelvag-arstafaltet-2022",
            "skolgard-hjulsta-2019",
            "papperskorgar-slussen-2023",
            "bibliotek-skarholmen-2025",
        },
        "filter",
    ),
    (
        "armaturer",
        {"section": "resultat"},
        {
            "light-tanto-2017",
            "gatubelysning-bagarmossen-2016",
            "mural-karlaplan-2017",
            "fotgangartunnel-bandhagen-2017",
            "garage-akalla-2018",
            "promenadslinga-langsjon-2021",
        },
        "filter",
    ),
    ("lekplats", {"district": "Kungsholmen"}, {"lekplats-kronoberg-2016"}, "filter"),
    (
        "kameror",
        {"district": "Järva"},
        {"cam-jarva-2024", "ansokan-cam-2025", "cam-husby-2019", "garage-akalla-2018"},
        "filter",
    ),
    ("tunnel", {"year": 2017}, {"mural-karlaplan-2017", "fotgangartunnel-bandhagen-2017"}, "filter"),
    # 6. several words, as a person types them
    (
        "belysning vid busshållplatser",
        {},
        {"hallplatser-skarpnack-2022", "alvsjo-belysning-2019", "gatubelysning-bagarmossen-2016"},
        "natural",
    ),
    ("inbrott i bilar", {}, {"garage-akalla-2018"}, "natural"),
    ("snö och is på gångvägarna", {}, {"gangvagar-solberga-2019"}, "natural"),
    (
        "stölder vid tunnelbanan",
        {},
        {"overvakning-hotorget-2020", "cykeltak-gubbangen-2020", "cykelgarage-odenplan-2025"},
        "natural",
    ),
    ("narkotika i parken", {}, {"observatorielunden-2024"}, "natural"),
    ("tjejer som trakasseras", {}, {"bibliotek-skarholmen-2025"}, "natural"),
    ("äldre som inte vågar gå ut", {}, {"gangvagar-solberga-2019"}, "natural"),
    ("graffiti på elskåp", {}, {"graffiti-vastertorp-2019"}, "natural"),
    (
        "ljus i tunneln",
        {},
        {"light-farsta-2016", "liljeholmen-tunnel-2018", "fotgangartunnel-bandhagen-2017", "mural-karlaplan-2017"},
        "natural",
    ),
    ("samtalsgrupper för pojkar", {}, {"pojkgrupper-hasselby-2023"}, "natural"),
    ("lekplats nära trafikerad gata", {}, {"lekplats-kronoberg-2016"}, "natural"),
    ("kameror i garaget", {}, {"garage-akalla-2018"}, "natural"),
]

CLASSES = ("compound", "ordinary", "phrase", "place", "filter", "natural")

# The sixth round's split, fixed before any miss was looked at: queries at even indexes of HELDOUT5 are the
# dev half (misses may be listed and tuned on), odd indexes the keep half (scored in aggregate only, at the
# start and at the end of the round).
HELDOUT5_DEV = HELDOUT5[0::2]
HELDOUT5_KEEP = HELDOUT5[1::2]
HALVES = {"all": HELDOUT5, "dev": HELDOUT5_DEV, "keep": HELDOUT5_KEEP}


def build_heldout5_archive(folder):
    """search_corpus.CORPUS, the EXTRA rows of the first, third and fourth held-out sets and EXTRA5,
    stored in `folder`; returns key -> report."""
    import search_corpus
    import search_heldout
    import search_heldout3
    import search_heldout4
    from search_scoring import build_archive

    rows = search_corpus.CORPUS + search_heldout.EXTRA + search_heldout3.EXTRA3 + search_heldout4.EXTRA4 + EXTRA5
    return build_archive(folder, rows)


def score(archive, key_of, judged=HELDOUT5):
    """Per query (query, class, recall@10, reciprocal rank), and the means."""
    from search_scoring import score as score_queries

    return score_queries(archive, key_of, judged)


def per_class(rows) -> dict[str, tuple[int, float, float]]:
    """Class -> (queries, mean recall@10, MRR)."""
    from search_scoring import per_class as per_class_of

    return per_class_of(rows, CLASSES)


def main() -> None:
    """Print the aggregate figures (per class too); `--half dev|keep` scores one half of the split.

    --misses lists each imperfect query (both halves are burned now).
    """
    import search_scoring

    search_scoring.main_by_half(build_heldout5_archive, HALVES, CLASSES)


if __name__ == "__main__":
    main()
