"""Sixth set of held-out judged queries for the search (issue #12): written 2026-12-04, before any fix of this round.

Over the corpus of search_corpus.py, the reports added by search_heldout.py,
search_heldout3.py, search_heldout4.py and search_heldout5.py, and seventeen
more of its own (EXTRA6; four of them have no district, as a report does when
extraction found none, and five carry a district name that no longer exists).
Six classes, about a dozen queries each:

- compound: parts of compounds: short heads and modifiers ("boj" in
  "livbojar", "grill" in "grillplats"), longer parts ("assistent" in
  "fältassistenter"), a linking -s- ("odling" in "odlingsförening"), a first
  part that drops its -a/-e ("stuga" in "tvättstugorna", "källare" in
  "källarplanet"), the last part of a three-part word ("utrustning" in
  "livräddningsutrustning", "bom" in "avstängningsbommar"), and compound
  queries whose parts stand as separate words in the report ("häckklippning"
  for "klippning av häckarna");
- ordinary: other inflections, verb forms and participles ("livbojen" for
  "livbojar", "tömma" for "töms", "vandaliserad" for "vandaliserades") and
  near-terms a reader clearly expects, both ways ("defibrillator" and
  "hjärtstartare", "kolonilotter" for a koloniområde);
- phrase: quoted phrases, which match the words as written, in order;
- place: place names and definite or genitive place forms ("Fruängen" for
  "Fruängstorget", "simhallen");
- filter: district (also a name from before a merger, today's merged name,
  and reports without a district whose place lies in it), year, year range,
  organisation and section, each with words;
- natural: several words as a person types them ("inbrott i kolonistugor").

Queries that must not find a report are not judged: the scorer measures
recall and the rank of the first relevant hit only.

The judgments say what a reader would want, written from the report texts,
not from search results. Never tune on these, and never print which queries
miss:

    PYTHONPATH=tests .venv/bin/python tests/search_heldout6.py
"""

from __future__ import annotations

# key, year, district (None: extraction found none), project, location, stage, orgs,
# syfte, resultat, avvikelser, ekonomi, budget, utfall
EXTRA6 = [
    (
        "badplats-langholmen-2019",
        2019,
        "Södermalm",
        "Tryggare badplats vid Långholmen",
        "Långholmen, klippbaden vid Västerbron",
        "slutredovisning",
        ["Idrottsförvaltningen"],
        "Vid klippbaden på Långholmen har flera drunkningstillbud inträffat sommartid. Risken för drunkning är stor"
        " när badande hoppar från klipporna, och det saknas livräddningsutrustning.",
        "Sex livbojar och två räddningsstegar har satts upp längs klipporna, och sommarvärdar har funnits på plats"
        " under juli och augusti.",
        "Två livbojar stals under den första veckan och fick ersättas.",
        "Utfall 240 000 kr mot budget 250 000 kr.",
        250_000,
        240_000,
    ),
    (
        "koloni-langbro-2017",
        2017,
        "Älvsjö",
        "Belysning och stängsel vid koloniområdet i Långbro",
        "Långbro koloniområde",
        "slutredovisning",
        ["Fastighetskontoret"],
        "Koloniträdgårdsföreningen har under flera år haft inbrott i stugor och redskapsbodar, och gångvägen genom"
        " området är helt mörk på hösten.",
        "Ett nytt stängsel med grindar som låses nattetid har satts upp, och gångvägen har fått tolv lampor med"
        " rörelsedetektorer.",
        "Grindarna levererades i fel höjd och fick bytas ut.",
        "Kostnaden blev 530 000 kr mot kalkylerade 500 000 kr.",
        500_000,
        530_000,
    ),
    (
        "boule-tessinparken-2022",
        2022,
        "Östermalm",
        "Boulebana och grillplats i Tessinparken",
        "Tessinparken, Gärdet",
        "slutredovisning",
        [],
        "Parkens norra del står tom om kvällarna och har blivit samlingsplats för berusade ungdomar på helgerna."
        " Fler vuxna behöver vistas där.",
        "En boulebana med fyra spelfält och en grillplats med fasta grillar har anlagts. Boende grillar och spelar"
        " boule på kvällarna.",
        "Inga avvikelser.",
        "Utfall 410 000 kr, budget 450 000 kr.",
        450_000,
        410_000,
    ),
    (
        "pulkabacke-karrtorp-2020",
        2020,
        "Skarpnäck",
        "Belysning i pulkabacken i Kärrtorp",
        "Kärrtorp, backen vid Kärrtorps IP",
        "slutredovisning",
        ["Trafikkontoret"],
        "Barnfamiljer åker pulka i backen efter mörkrets inbrott, och föräldrar oroar sig för kollisioner och för"
        " ungdomsgäng som samlas vid backens topp.",
        "Åtta strålkastare lyser upp backen från klockan sexton till tjugotvå under vintermånaderna.",
        "Snöfattiga vintrar gjorde att belysningen användes mindre än beräknat.",
        "Kostnad 380 000 kr.",
        400_000,
        380_000,
    ),
    (
        "julbelysning-fruangen-2021",
        2021,
        "Hägersten-Älvsjö",
        "Ljusslingor och julgran på Fruängstorget",
        "Fruängens centrum, Fruängstorget",
        "slutredovisning",
        ["Fastighetsägarna Stockholm"],
        "Torget upplevs ödsligt under den mörka årstiden sedan flera butiker har stängt.",
        "Träden på torget har klätts med ljusslingor, och en julgran ställdes upp i december i samarbete med"
        " fastighetsägarna. Handlarna berättar om fler besökare på kvällarna.",
        "Ljusslingorna fick monteras om efter en storm i januari.",
        "Utfall 160 000 kr.",
        150_000,
        160_000,
    ),
    (
        "toalett-bjornstradgard-2023",
        2023,
        None,
        "Offentlig toalett i Björns trädgård",
        "Björns trädgård, entrén mot Götgatan",
        "slutredovisning",
        [],
        "Bristen på offentliga toaletter gör att människor uträttar sina behov i portar och buskage runt parken,"
        " vilket boende upplever som otryggt.",
        "En självrengörande toalett har ställts upp vid parkens entré och är öppen dygnet runt.",
        "Toaletten var ur funktion i tre veckor efter skadegörelse.",
        "Utfall 1,1 mnkr mot budget 0,9 mnkr.",
        900_000,
        1_100_000,
    ),
    (
        "faltassistenter-centralen-2019",
        2019,
        "Norrmalm",
        "Förstärkt uppsökande arbete vid Centralen",
        "Centralstationen och Klarabergsviadukten",
        "slutredovisning",
        ["Socialförvaltningen", "Polisen"],
        "Unga som vistas kring Centralen sent på kvällarna riskerar att utnyttjas och dras in i kriminalitet.",
        "Två extra fältassistenter har arbetat kvällar och helger och fått kontakt med ett fyrtiotal ungdomar, av"
        " vilka flera har fått stöd av socialtjänsten.",
        "En av tjänsterna var vakant under hösten.",
        "Utfall 820 000 kr, budget 900 000 kr.",
        900_000,
        820_000,
    ),
    (
        "buskorning-akalla-2022",
        2022,
        "Rinkeby-Kista",
        "Farthinder mot buskörning i Akalla",
        "Akalla, gång- och cykelvägarna vid Sibeliusgången",
        "slutredovisning",
        ["Trafikkontoret", "Polisen"],
        "Buskörning med mopeder och crossmotorcyklar på gång- och cykelvägarna skrämmer boende och har lett till"
        " olyckor.",
        "Fem farthinder och två avstängningsbommar har byggts, och polisen har gjort riktade kontroller av mopeder.",
        "Bommarna fick flyttas eftersom räddningstjänsten inte kom fram.",
        "Kostnaden uppgick till 690 000 kr.",
        700_000,
        690_000,
    ),
    (
        "tjejsim-tensta-2016",
        2016,
        "Spånga-Tensta",
        "Kvällssim för tjejer i Tensta simhall",
        "Tensta simhall",
        "slutredovisning",
        ["Idrottsförvaltningen"],
        "Många flickor i området kan inte simma och saknar en trygg plats att träffas på kvällstid.",
        "Simhallen har varit stängd för allmänheten två kvällar i veckan med kvinnliga simlärare och badvärdar, och"
        " sextio tjejer har lärt sig simma. En defibrillator har köpts in till simhallen.",
        "Höstterminen började senare eftersom bassängen renoverades.",
        "Utfall 270 000 kr.",
        300_000,
        270_000,
    ),
    (
        "stadsodling-rinkeby-2024",
        2024,
        "Järva",
        "Stadsodling på gårdarna i Rinkeby",
        "Rinkeby, gårdarna längs Rinkebystråket",
        "delredovisning",
        ["AB Svenska Bostäder"],
        "Gemensam odling ska få fler boende att vistas ute och lära känna sina grannar.",
        "Fyrtio pallkragar har byggts och odlas av hyresgäster, och en odlingsförening har bildats.",
        "Vatten till odlingslotterna fanns på plats först i juli.",
        "Hittills har 150 000 kr använts av beviljade 300 000 kr.",
        300_000,
        150_000,
    ),
    (
        "innergardar-ostberga-2018",
        2018,
        "Enskede-Årsta-Vantör",
        "Tryggare innergårdar i Östberga",
        "Östberga, innergårdarna vid Östbergahöjden",
        "slutredovisning",
        ["Stockholmshem"],
        "Hyresgästerna undviker innergårdarna efter mörkrets inbrott på grund av dålig belysning och täta häckar.",
        "Efter klippning av häckarna syns entréerna från gatan. Nya stolpbelysningar har satts upp och trapphusen"
        " har fått belysta husnummer.",
        "Arbetet försenades av en lång period med regn.",
        "Kostnad 1 450 000 kr, budget 1 500 000 kr.",
        1_500_000,
        1_450_000,
    ),
    (
        "tvattstugor-satra-2021",
        2021,
        None,
        "Tryggare tvättstugor",
        "Sätra, kvarteren vid Sätra torg",
        "slutredovisning",
        ["Familjebostäder"],
        "Boende, särskilt kvinnor, känner sig otrygga i tvättstugorna i källarplanet och bokar hellre tider mitt på"
        " dagen.",
        "Tvättstugorna har flyttats från källaren till bottenvåningen med fönster mot gården, och bokningen sker med"
        " bricka i passagesystemet.",
        "En av tvättstugorna kunde inte flyttas på grund av avloppet.",
        "Utfall 2,3 mnkr mot budget 2,0 mnkr.",
        2_000_000,
        2_300_000,
    ),
    (
        "hjartstartare-vasterort-2022",
        2022,
        None,
        "Hjärtstartare vid idrottsplatser i västerort",
        "Flera idrottsplatser i västerort",
        "slutredovisning",
        ["Idrottsförvaltningen"],
        "Vid plötsligt hjärtstopp under matcher och träningar ska en hjärtstartare finnas inom två minuters"
        " gångavstånd.",
        "Elva hjärtstartare har monterats i värmeskåp på idrottsplatserna, och ledare i föreningarna har utbildats i"
        " hjärt-lungräddning.",
        "Två skåp vandaliserades, och larmet kopplades därefter till ett vaktbolag.",
        "Utfall 330 000 kr.",
        350_000,
        330_000,
    ),
    (
        "sittbankar-mariatorget-2016",
        2016,
        "Södermalm",
        "Sittbänkar och blomlådor på Mariatorget",
        "Mariatorget",
        "slutredovisning",
        ["Trafikkontoret"],
        "Torget behöver fler sittplatser och mer grönska så att fler vistas där under dagen och kvällen.",
        "Tjugo nya sittbänkar och åtta stora blomlådor har placerats runt fontänen.",
        "Blomlådorna fick förankras bättre efter att två hade välts omkull en natt.",
        "Utfall 520 000 kr.",
        500_000,
        520_000,
    ),
    (
        "atervinning-blackeberg-2017",
        2017,
        "Bromma",
        "Flytt av återvinningsstationen i Blackeberg",
        "Blackebergs torg",
        "slutredovisning",
        ["Stockholm Vatten och Avfall"],
        "Återvinningsstationen bakom torget är skymd och nedskräpad och används som tillhåll på nätterna.",
        "Stationen har flyttats till en öppen och belyst yta vid parkeringen, och containrarna töms oftare.",
        "Inga avvikelser.",
        "Utfall 290 000 kr mot budget 300 000 kr.",
        300_000,
        290_000,
    ),
    (
        "kvinnofrid-kista-2020",
        2020,
        None,
        "Information om våld i nära relationer",
        "Kista, Husby och Akalla",
        "slutredovisning",
        ["Socialförvaltningen"],
        "Sprida kunskap om var den som utsätts för våld i nära relationer kan få stöd, även på andra språk än svenska.",
        "Affischer och broschyrer på åtta språk har delats ut i portar, på vårdcentralen och på biblioteket, och fyra"
        " informationsträffar har hållits.",
        "Två träffar ställdes in på grund av pandemin.",
        "Utfall 140 000 kr.",
        150_000,
        140_000,
    ),
    (
        "ansokan-gangbro-2025",
        2025,
        "Bromma",
        "Belysning av gångbron över Bällstaån",
        "Bällstaån vid Ulvsunda",
        None,
        ["Trafikkontoret"],
        "Gångbron är den enda förbindelsen mellan bostäderna och busshållplatsen och saknar helt belysning.",
        "",
        "",
        "Sökt belopp 450 000 kr.",
        450_000,
        0,
    ),
]

# query, filters, relevant keys, class
HELDOUT6 = [
    # 1. parts of compounds
    ("boj", {}, {"badplats-langholmen-2019", "utebad-farsta-2021"}, "compound"),
    ("räddningsutrustning", {}, {"badplats-langholmen-2019", "utebad-farsta-2021"}, "compound"),
    ("koloni", {}, {"koloni-langbro-2017"}, "compound"),
    ("grill", {}, {"boule-tessinparken-2022"}, "compound"),
    ("backe", {}, {"pulkabacke-karrtorp-2020", "gangvagar-solberga-2019"}, "compound"),
    ("slinga", {}, {"julbelysning-fruangen-2021", "promenadslinga-langsjon-2021"}, "compound"),
    ("gran", {}, {"julbelysning-fruangen-2021"}, "compound"),
    ("assistent", {}, {"faltassistenter-centralen-2019", "skarpnack-ungdom-2020"}, "compound"),
    ("hinder", {}, {"buskorning-akalla-2022", "skolvag-bromma-2020"}, "compound"),
    ("bom", {}, {"buskorning-akalla-2022"}, "compound"),
    ("lärare", {}, {"tjejsim-tensta-2016"}, "compound"),
    ("odling", {}, {"stadsodling-rinkeby-2024"}, "compound"),
    ("krage", {}, {"stadsodling-rinkeby-2024"}, "compound"),
    ("stuga", {}, {"tvattstugor-satra-2021", "koloni-langbro-2017", "isbanor-soderort-2019"}, "compound"),
    ("källare", {}, {"tvattstugor-satra-2021", "kodlas-hogdalen-2022"}, "compound"),
    ("häckklippning", {}, {"innergardar-ostberga-2018"}, "compound"),
    ("drunkningsrisk", {}, {"badplats-langholmen-2019"}, "compound"),
    # 2. other inflections, verb forms and near-terms
    ("livbojen", {}, {"badplats-langholmen-2019", "utebad-farsta-2021"}, "ordinary"),
    ("stängslet", {}, {"koloni-langbro-2017", "skolgard-hjulsta-2019"}, "ordinary"),
    (
        "grind",
        {},
        {"koloni-langbro-2017", "skolgard-hjulsta-2019", "park-ostermalm-2019", "lekplats-kronoberg-2016"},
        "ordinary",
    ),
    (
        "strålkastaren",
        {},
        {"pulkabacke-karrtorp-2020", "bollplan-hokarangen-2017", "isbanor-soderort-2019"},
        "ordinary",
    ),
    ("simning", {}, {"tjejsim-tensta-2016"}, "ordinary"),
    ("grillade", {}, {"boule-tessinparken-2022"}, "ordinary"),
    (
        "vandaliserad",
        {},
        {
            "hjartstartare-vasterort-2022",
            "cykeltak-gubbangen-2020",
            "toalett-bjornstradgard-2023",
            "skolgard-hjulsta-2019",
        },
        "ordinary",
    ),
    ("mopeden", {}, {"buskorning-akalla-2022"}, "ordinary"),
    ("kollision", {}, {"pulkabacke-karrtorp-2020"}, "ordinary"),
    ("butik", {}, {"julbelysning-fruangen-2021"}, "ordinary"),
    ("defibrillator", {}, {"tjejsim-tensta-2016", "hjartstartare-vasterort-2022"}, "ordinary"),
    ("hjärtstartaren", {}, {"hjartstartare-vasterort-2022", "tjejsim-tensta-2016"}, "ordinary"),
    ("kolonilotter", {}, {"koloni-langbro-2017"}, "ordinary"),
    ("ödslig", {}, {"julbelysning-fruangen-2021"}, "ordinary"),
    ("hyresgästernas", {}, {"innergardar-ostberga-2018", "stadsodling-rinkeby-2024"}, "ordinary"),
    ("tömma", {}, {"atervinning-blackeberg-2017", "papperskorgar-slussen-2023"}, "ordinary"),
    # 3. quoted phrases
    ('"våld i nära relationer"', {}, {"kvinnofrid-kista-2020"}, "phrase"),
    ('"offentliga toaletter"', {}, {"toalett-bjornstradgard-2023"}, "phrase"),
    ('"offentlig toalett"', {}, {"toalett-bjornstradgard-2023"}, "phrase"),
    ('"sommarvärdar"', {}, {"badplats-langholmen-2019"}, "phrase"),
    ('"riktade kontroller"', {}, {"buskorning-akalla-2022"}, "phrase"),
    (
        '"efter mörkrets inbrott"',
        {},
        {"pulkabacke-karrtorp-2020", "innergardar-ostberga-2018", "elljusspar-grimsta-2020"},
        "phrase",
    ),
    ('"dygnet runt"', {}, {"toalett-bjornstradgard-2023"}, "phrase"),
    ('"mörka årstiden"', {}, {"julbelysning-fruangen-2021"}, "phrase"),
    ('"gemensam odling"', {}, {"stadsodling-rinkeby-2024"}, "phrase"),
    ('"hjärt-lungräddning"', {}, {"hjartstartare-vasterort-2022"}, "phrase"),
    ('"fasta grillar"', {}, {"boule-tessinparken-2022"}, "phrase"),
    ('"plötsligt hjärtstopp"', {}, {"hjartstartare-vasterort-2022"}, "phrase"),
    ('"belysta husnummer"', {}, {"innergardar-ostberga-2018"}, "phrase"),
    ('"tvattstugorna"', {}, {"tvattstugor-satra-2021"}, "phrase"),
    ('"uppsökande arbete"', {}, {"faltassistenter-centralen-2019"}, "phrase"),
    ('"livbojar stals"', {}, {"badplats-langholmen-2019"}, "phrase"),
    # 4. place names and definite place forms
    ("Långholmen", {}, {"badplats-langholmen-2019"}, "place"),
    (
        "badplatsen",
        {},
        {"badplats-langholmen-2019", "hasselby-strand-2022", "promenadslinga-langsjon-2021", "utebad-farsta-2021"},
        "place",
    ),
    ("Tessinparken", {}, {"boule-tessinparken-2022"}, "place"),
    ("Gärdet", {}, {"boule-tessinparken-2022"}, "place"),
    ("Kärrtorp", {}, {"pulkabacke-karrtorp-2020"}, "place"),
    ("Fruängen", {}, {"julbelysning-fruangen-2021"}, "place"),
    ("Björns trädgård", {}, {"toalett-bjornstradgard-2023"}, "place"),
    ("Centralen", {}, {"faltassistenter-centralen-2019"}, "place"),
    ("Akalla", {}, {"buskorning-akalla-2022", "garage-akalla-2018", "kvinnofrid-kista-2020"}, "place"),
    ("Östberga", {}, {"innergardar-ostberga-2018"}, "place"),
    ("Sätra", {}, {"tvattstugor-satra-2021"}, "place"),
    ("Mariatorget", {}, {"sittbankar-mariatorget-2016"}, "place"),
    ("Blackeberg", {}, {"atervinning-blackeberg-2017"}, "place"),
    ("Långbro", {}, {"koloni-langbro-2017"}, "place"),
    ("simhallen", {}, {"tjejsim-tensta-2016"}, "place"),
    ("Bällstaån", {}, {"ansokan-gangbro-2025"}, "place"),
    # 5. filters with words
    ("stängsel", {"district": "Älvsjö"}, {"koloni-langbro-2017"}, "filter"),
    ("koloni", {"district": "Hägersten-Älvsjö"}, {"koloni-langbro-2017"}, "filter"),
    ("grillplats", {"district": "Norra innerstaden"}, {"boule-tessinparken-2022"}, "filter"),
    ("toalett", {"district": "Södermalm"}, {"toalett-bjornstradgard-2023"}, "filter"),
    ("våld", {"district": "Järva"}, {"kvinnofrid-kista-2020", "cam-jarva-2024"}, "filter"),
    ("tvättstuga", {"district": "Skärholmen"}, {"tvattstugor-satra-2021"}, "filter"),
    ("fältassistenter", {"district": "norrmalm", "year": 2019}, {"faltassistenter-centralen-2019"}, "filter"),
    ("pulka", {"district": "Skarpnäck", "year": "2019-2021"}, {"pulkabacke-karrtorp-2020"}, "filter"),
    ("hyresgäster", {"year": "2017-2019"}, {"innergardar-ostberga-2018"}, "filter"),
    ("strålkastare", {"year": "2017-2019"}, {"bollplan-hokarangen-2017", "isbanor-soderort-2019"}, "filter"),
    ("simning", {"org": "Idrottsförvaltningen"}, {"tjejsim-tensta-2016"}, "filter"),
    ("odling", {"org": "Svenska Bostäder"}, {"stadsodling-rinkeby-2024"}, "filter"),
    ("moped", {"org": "polis"}, {"buskorning-akalla-2022"}, "filter"),
    ("hjärtstartare", {"org": "idrott"}, {"hjartstartare-vasterort-2022", "tjejsim-tensta-2016"}, "filter"),
    ("storm", {"section": "avvikelser"}, {"julbelysning-fruangen-2021"}, "filter"),
    ("hyresgäster", {"section": "resultat"}, {"stadsodling-rinkeby-2024"}, "filter"),
    ("bänkar", {"section": "resultat", "year": 2016}, {"sittbankar-mariatorget-2016"}, "filter"),
    # 6. several words as typed
    ("livbojar på badplatser", {}, {"badplats-langholmen-2019", "utebad-farsta-2021"}, "natural"),
    ("belysning i pulkabacke", {}, {"pulkabacke-karrtorp-2020"}, "natural"),
    ("buskörning med moped", {}, {"buskorning-akalla-2022"}, "natural"),
    ("otrygga tvättstugor", {}, {"tvattstugor-satra-2021"}, "natural"),
    ("inbrott i kolonistugor", {}, {"koloni-langbro-2017"}, "natural"),
    ("julgran på torget", {}, {"julbelysning-fruangen-2021"}, "natural"),
    ("toalett öppen dygnet runt", {}, {"toalett-bjornstradgard-2023"}, "natural"),
    ("fältassistenter vid Centralen", {}, {"faltassistenter-centralen-2019"}, "natural"),
    ("hjärtstartare på idrottsplatser", {}, {"hjartstartare-vasterort-2022"}, "natural"),
    ("odla tillsammans med grannar", {}, {"stadsodling-rinkeby-2024"}, "natural"),
    ("boule och grill i parken", {}, {"boule-tessinparken-2022"}, "natural"),
    ("blomlådor på torget", {}, {"sittbankar-mariatorget-2016"}, "natural"),
    ("flytta återvinningsstationen", {}, {"atervinning-blackeberg-2017"}, "natural"),
    ("klippa häckar på innergården", {}, {"innergardar-ostberga-2018"}, "natural"),
    ("simskola för tjejer", {}, {"tjejsim-tensta-2016"}, "natural"),
    ("information om våld på flera språk", {}, {"kvinnofrid-kista-2020"}, "natural"),
]

CLASSES = ("compound", "ordinary", "phrase", "place", "filter", "natural")

# The seventh round's split, fixed before any miss was looked at: queries at even indexes of HELDOUT6 are the
# dev half (misses may be listed and tuned on), odd indexes the keep half (scored in aggregate only, at the
# start and at the end of the round).
HELDOUT6_DEV = HELDOUT6[0::2]
HELDOUT6_KEEP = HELDOUT6[1::2]
HALVES = {"all": HELDOUT6, "dev": HELDOUT6_DEV, "keep": HELDOUT6_KEEP}


def build_heldout6_archive(folder):
    """search_corpus.CORPUS, the EXTRA rows of the first, third, fourth and fifth held-out sets and EXTRA6,
    stored in `folder`; returns key -> report."""
    import search_corpus
    import search_heldout
    import search_heldout3
    import search_heldout4
    import search_heldout5
    from search_scoring import build_archive

    rows = (
        search_corpus.CORPUS
        + search_heldout.EXTRA
        + search_heldout3.EXTRA3
        + search_heldout4.EXTRA4
        + search_heldout5.EXTRA5
        + EXTRA6
    )
    return build_archive(folder, rows)


def score(archive, key_of, judged=HELDOUT6):
    """Per query (query, class, recall@10, reciprocal rank), and the means."""
    from search_scoring import score as score_queries

    return score_queries(archive, key_of, judged)


def per_class(rows) -> dict[str, tuple[int, float, float]]:
    """Class -> (queries, mean recall@10, MRR)."""
    from search_scoring import per_class as per_class_of

    return per_class_of(rows, CLASSES)


def main() -> None:
    """Print the aggregate figures (per class too); `--half dev|keep` scores one half of the set.

    --misses lists each imperfect query (both halves are burned now: the keep half was scored at the
    seventh round's start and end).
    """
    import search_scoring

    search_scoring.main_by_half(build_heldout6_archive, HALVES, CLASSES)


if __name__ == "__main__":
    main()
