"""A small archive of varied reports (own texts) for the search tests.

Each entry: key, year, district, project, location, stage, organisations,
section texts (mal_och_syfte, slutresultat, avvikelser, ekonomiskt_utfall),
budget and outcome in kronor. `build_archive(folder)` stores them all.
Also the helpers the search tests share: a word's index and query terms, and
`searching`, a search over reports of a test's own.
"""

from __future__ import annotations

from contextlib import contextmanager

import pytest

from bilagor.extractor import districts
from bilagor.extractor.record import Amount, Organisation, Section

# key, year, district, project, location, stage, orgs, syfte, resultat, avvikelser, ekonomi, budget, utfall
CORPUS = [
    (
        "cam-norrmalm-2018",
        2018,
        "Norrmalm",
        "Kameraövervakning",
        "Sergels torg",
        "slutredovisning",
        ["Polisen", "Stokab"],
        "Öka tryggheten och motverka brott vid Sergels torg genom kameraövervakning i samverkan med polisen.",
        "Tio kameror har monterats och polisen bedömer att utredningsarbetet har underlättats.",
        "Färre kameror än planerat sattes upp eftersom tillståndsprocessen drog ut på tiden.",
        "Utfallet blev ca 2,6 mnkr jämfört med budget på 5,0 mnkr.",
        5_000_000,
        2_600_000,
    ),
    (
        "cam-husby-2019",
        2019,
        "Rinkeby-Kista",
        "Kameror på Husby torg",
        "Husby torg",
        "delredovisning",
        ["Polisen"],
        "Minska otryggheten på Husby torg med kameror som polisen kan använda vid utredningar.",
        "Kamerorna är installerade och bilderna lagras i trettio dagar.",
        "Inga avvikelser.",
        "Kostnaden uppgick till 1 650 000 kr mot budgeterade 1 800 000 kr.",
        1_800_000,
        1_650_000,
    ),
    (
        "light-tanto-2017",
        2017,
        "Södermalm",
        "Trygghetsbelysning i Tantolunden",
        "Tantolunden",
        "slutredovisning",
        ["Trafikkontoret"],
        "Bättre belysning längs gångvägarna i Tantolunden så att parken känns trygg kvällstid.",
        "Fyrtio nya armaturer med LED lyser upp stigarna och upplevd trygghet har ökat enligt enkäten.",
        "Arbetet blev försenat på grund av tjälen.",
        "Utfall 850 tkr, budget 900 tkr.",
        900_000,
        850_000,
    ),
    (
        "light-farsta-2016",
        2016,
        "Farsta",
        "Belysning av gångtunnel vid Farsta centrum",
        "Farsta centrum",
        "slutredovisning",
        ["Trafikkontoret"],
        "Gångtunneln under Magelungsvägen upplevs som mörk och otrygg.",
        "Tunneln har fått ny belysning och väggarna har målats ljusa.",
        "Inga avvikelser mot plan.",
        "Projektet kostade 420 000 kr.",
        450_000,
        420_000,
    ),
    (
        "rojning-skarholmen-2019",
        2019,
        "Skärholmen",
        "Röjning av buskage och sly",
        "Bredängsparken",
        "slutredovisning",
        ["Skärholmens Fastighetsägare"],
        "Skapa överblick och siktlinjer genom att röja buskage och sly längs promenadstråken.",
        "Röjningen är klar och fastighetsägarna har bidragit med skötsel.",
        "Röjningen tog längre tid eftersom fåglar häckade under våren.",
        "Utfallet uppgick till 310 000 kr.",
        350_000,
        310_000,
    ),
    (
        "pollare-ostermalm-2021",
        2021,
        "Östermalm",
        "Pollare vid Stureplan",
        "Stureplan",
        "slutredovisning",
        ["Polisen", "Trafikkontoret"],
        "Förhindra fordon att köra in på gågatan vid Stureplan.",
        "Tolv pollare har placerats och biltrafiken på torget har upphört.",
        "Pollarna levererades sent från tillverkaren.",
        "Kostnaden blev 1,2 mnkr mot budget 1,0 mnkr, en budgetavvikelse på 0,2 mnkr.",
        1_000_000,
        1_200_000,
    ),
    (
        "staket-spanga-2020",
        2020,
        "Spånga-Tensta",
        "Genomsiktliga staket vid Spånga IP",
        "Spånga IP",
        "slutredovisning",
        [],
        "Ersätta täta plank med genomsiktliga staket kring idrottsplatsen.",
        "Det nya staketet gör platsen mer överblickbar och föreningarna är nöjda.",
        "Inga avvikelser.",
        "Utfall 760 000 kr.",
        800_000,
        760_000,
    ),
    (
        "torg-axelsberg-2018",
        2018,
        "Hägersten-Liljeholmen",
        "Upprustning av Axelsbergs torg",
        "Axelsbergs torg",
        "slutredovisning",
        ["AB Svenska Bostäder"],
        "Rusta upp torget med nya bänkar, planteringar och belysning.",
        "Torget har fått nya sittplatser och fler människor vistas där kvällstid.",
        "Planteringarna fick skjutas till hösten.",
        "Totalt 2,1 mnkr, vilket är inom budget.",
        2_200_000,
        2_100_000,
    ),
    (
        "utegym-arsta-2022",
        2022,
        "Enskede-Årsta-Vantör",
        "Utegym vid Årsta IP",
        "Årsta IP",
        "slutredovisning",
        [],
        "Ett utegym ska locka fler att röra sig i området och skapa liv på platsen.",
        "Utegymmet används flitigt av både unga och äldre.",
        "Marken behövde förstärkas vilket fördyrade projektet.",
        "Utfallet blev 640 000 kr mot budget 500 000 kr.",
        500_000,
        640_000,
    ),
    (
        "konst-tunnel-2019",
        2019,
        "Kungsholmen",
        "Konst i gångtunnlar",
        "Rålambshovsparken",
        "slutredovisning",
        ["Stiftelsen Tryggare Sverige"],
        "Göra gångtunnlarna under Drottningholmsvägen mer välkomnande med konst.",
        "Unga konstnärer har målat väggmålningar i tre tunnlar.",
        "Klotter på en av målningarna har sanerats.",
        "Kostnad 275 000 kr.",
        300_000,
        275_000,
    ),
    (
        "platssamverkan-medborgarplatsen-2021",
        2021,
        "Södermalm",
        "Platssamverkan Medborgarplatsen",
        "Medborgarplatsen",
        "delredovisning",
        ["Polisen", "Fastighetsägarna Stockholm"],
        "Etablera platssamverkan mellan staden, polisen och fastighetsägare kring Medborgarplatsen.",
        "En samverkansgrupp träffas varje månad och gemensamma trygghetsvandringar har genomförts.",
        "Pandemin gjorde att mötena fick hållas digitalt.",
        "Utfall 180 000 kr.",
        200_000,
        180_000,
    ),
    (
        "cam-jarva-2024",
        2024,
        "Järva",
        "Kameraövervakning Tensta centrum",
        "Tensta centrum",
        "slutredovisning",
        ["Polisen", "Stokab"],
        "Stödja polisens arbete mot våldsbrott med kameraövervakning i Tensta centrum.",
        "Åtta kameror är i drift och kopplade till polisens ledningscentral via Stokabs fibernät.",
        "Integritetsskyddsmyndighetens handläggning tog längre tid än väntat.",
        "Utfallet blev 3,4 mnkr mot budget 3,0 mnkr.",
        3_000_000,
        3_400_000,
    ),
    (
        "light-norra-2024",
        2024,
        "Norra innerstaden",
        "Trygghetsbelysning i Vasaparken",
        "Vasaparken",
        "slutredovisning",
        ["Trafikkontoret"],
        "Förbättra belysningen i Vasaparken där många går hem sent.",
        "Parkens gångstråk har fått ny trygghetsbelysning med styrning efter tid på dygnet.",
        "Inga avvikelser.",
        "Utfall 1,1 mnkr.",
        1_100_000,
        1_100_000,
    ),
    (
        "trygghetsvandring-bromma-2015",
        2015,
        "Bromma",
        "Trygghetsvandringar i Bromma",
        "Brommaplan",
        "slutredovisning",
        ["Polisen"],
        "Kartlägga otrygga platser tillsammans med boende genom trygghetsvandringar.",
        "Sex vandringar har genomförts och en åtgärdslista har lämnats till fastighetsägare.",
        "Färre deltagare än väntat.",
        "Kostnad 45 000 kr.",
        50_000,
        45_000,
    ),
    (
        "klimat-solceller-2021",
        2021,
        "Hässelby-Vällingby",
        "Solceller på Vällingby parkeringshus",
        "Vällingby centrum",
        "slutredovisning",
        ["Stockholm Exergi"],
        "Klimatinvestering: minska utsläppen genom egen elproduktion med solceller.",
        "Anläggningen producerar cirka 120 MWh per år.",
        "Leveransen av växelriktare försenades.",
        "Utfall 2,9 mnkr mot budget 3,2 mnkr.",
        3_200_000,
        2_900_000,
    ),
    (
        "klimat-laddstolpar-2022",
        2022,
        "Farsta",
        "Laddstolpar för elbilar",
        "Farsta strand",
        "slutredovisning",
        ["Stockholms Stads Parkerings AB"],
        "Klimatinvestering i laddinfrastruktur så att fler boende kan välja elbil.",
        "Tjugo laddstolpar är installerade och beläggningen ökar varje månad.",
        "Inga avvikelser.",
        "Utfall 1 350 000 kr.",
        1_400_000,
        1_350_000,
    ),
    (
        "cam-skarholmen-2020",
        2020,
        "Skärholmen",
        "Kameraövervakning Skärholmens centrum",
        "Skärholmens centrum",
        "delredovisning",
        ["Polisen"],
        "Minska narkotikahandeln vid tunnelbanan med kameraövervakning.",
        "Förstudien är klar och upphandlingen av kameror pågår.",
        "Projektet är försenat på grund av överprövning av upphandlingen.",
        "Upparbetade kostnader 400 000 kr.",
        2_000_000,
        400_000,
    ),
    (
        "lekplats-hagersten-2023",
        2023,
        "Hägersten-Älvsjö",
        "Trygg lekplats i Älvsjö",
        "Älvsjö centrum",
        "slutredovisning",
        ["Familjebostäder"],
        "Göra lekplatsen trygg för barn och föräldrar med belysning och ny utrustning.",
        "Lekplatsen har öppnat och besöks av många barnfamiljer.",
        "Gummiasfalten fick läggas om.",
        "Utfall 980 000 kr.",
        1_000_000,
        980_000,
    ),
    (
        "cam-kungstradgarden-2017",
        2017,
        "Norrmalm",
        "Kameror i Kungsträdgården",
        "Kungsträdgården",
        "slutredovisning",
        ["Polisen", "S:t Erik Kommunikation"],
        "Förebygga rån och misshandel i Kungsträdgården med kameraövervakning nattetid.",
        "Kamerorna har bidragit till att flera gärningsmän identifierats.",
        "Inga avvikelser.",
        "Kostnaden blev 1,8 mnkr.",
        1_800_000,
        1_800_000,
    ),
    (
        "sly-rinkeby-2016",
        2016,
        "Rinkeby-Kista",
        "Röjning av sly vid Rinkeby allé",
        "Rinkeby allé",
        "slutredovisning",
        ["Svenska Bostäder"],
        "Röja sly och beskära träd för bättre sikt längs Rinkeby allé.",
        "Allén är nu öppen och väl upplyst.",
        "Inga avvikelser.",
        "Utfall 150 000 kr.",
        150_000,
        150_000,
    ),
    (
        "bevakning-kista-2018",
        2018,
        "Rinkeby-Kista",
        "Väktare vid Kista galleria",
        "Kista",
        "delredovisning",
        ["Polisen"],
        "Pröva ordningsvakter vid entréerna kvällstid.",
        "Ordningsvakter har patrullerat fyra kvällar i veckan.",
        "Kostnaden per timme blev högre än kalkylerat.",
        "Utfall 700 000 kr mot budget 600 000 kr.",
        600_000,
        700_000,
    ),
    (
        "gym-tensta-2019",
        2019,
        "Spånga-Tensta",
        "Utomhusgym i Tensta",
        "Tensta träff",
        "slutredovisning",
        [],
        "Ett utomhusgym för unga vuxna i Tensta.",
        "Gymmet invigdes i maj och används dagligen.",
        "Inga avvikelser.",
        "Utfall 520 000 kr.",
        550_000,
        520_000,
    ),
    (
        "skolvag-bromma-2020",
        2020,
        "Bromma",
        "Trygg skolväg vid Alviksskolan",
        "Alvik",
        "slutredovisning",
        ["Trafikkontoret", "Utbildningsförvaltningen"],
        "Säkrare skolväg med farthinder, övergångsställen och bättre belysning.",
        "Tre övergångsställen har byggts om och hastigheten har sänkts.",
        "Inga avvikelser.",
        "Utfall 1,4 mnkr.",
        1_500_000,
        1_400_000,
    ),
    (
        "park-ostermalm-2019",
        2019,
        "Östermalm",
        "Upprustning av Humlegården",
        "Humlegården",
        "slutredovisning",
        ["Fastighetskontoret"],
        "Rusta upp entréerna till Humlegården och förbättra belysningen.",
        "Entréerna har fått nya grindar och parken upplevs som tryggare.",
        "Arkeologiska fynd försenade markarbetet.",
        "Utfall 2,4 mnkr mot budget 2,0 mnkr.",
        2_000_000,
        2_400_000,
    ),
    (
        "nattvandring-farsta-2018",
        2018,
        "Farsta",
        "Stöd till nattvandrare",
        "Farsta centrum",
        "slutredovisning",
        ["Nattvandrarna"],
        "Stödja föreningen Nattvandrarna med utrustning och utbildning.",
        "Nattvandrarna har gått varje fredag och lördag under året.",
        "Inga avvikelser.",
        "Utfall 90 000 kr.",
        100_000,
        90_000,
    ),
    (
        "cam-medborgarplatsen-2022",
        2022,
        "Södermalm",
        "Kameraövervakning Medborgarplatsen",
        "Medborgarplatsen",
        "slutredovisning",
        ["Polisen", "Stokab"],
        "Kameraövervakning på Medborgarplatsen för att minska våldsbrotten på helgnätter.",
        "Sex kameror är i drift sedan augusti.",
        "Inga avvikelser.",
        "Utfall 2,2 mnkr.",
        2_500_000,
        2_200_000,
    ),
    (
        "belysning-kungsholmen-2021",
        2021,
        "Kungsholmen",
        "Ljussättning av Rålambshovsparken",
        "Rålambshovsparken",
        "slutredovisning",
        ["Trafikkontoret"],
        "Ljussättning av parkens gångstråk och träd för att göra parken tryggare.",
        "Parken har fått effektbelysning i träden och ny gångvägsbelysning.",
        "Inga avvikelser.",
        "Utfall 1,9 mnkr.",
        2_000_000,
        1_900_000,
    ),
    (
        "klotter-sodermalm-2016",
        2016,
        "Södermalm",
        "Klottersanering vid Skanstull",
        "Skanstull",
        "slutredovisning",
        [],
        "Snabbare klottersanering vid tunnelbaneuppgångarna.",
        "Klotter tas nu bort inom ett dygn.",
        "Inga avvikelser.",
        "Utfall 200 000 kr.",
        200_000,
        200_000,
    ),
    (
        "cam-farsta-2023",
        2023,
        "Farsta",
        "Kameror vid Farsta centrum",
        "Farsta centrum",
        "delredovisning",
        ["Polisen"],
        "Kameraövervakning vid Farsta centrum och pendeltågsstationen.",
        "Tillstånd har sökts hos Integritetsskyddsmyndigheten.",
        "Tillståndet dröjer.",
        "Upparbetat 120 000 kr.",
        1_500_000,
        120_000,
    ),
    (
        "torg-husby-2021",
        2021,
        "Rinkeby-Kista",
        "Upprustning av Husby torg",
        "Husby torg",
        "slutredovisning",
        ["Svenska Bostäder"],
        "Ett upprustat Husby torg med ny markbeläggning, bänkar och belysning.",
        "Torget har invigts och kvällslivet har ökat.",
        "Markarbetena försenades av ledningsomläggning.",
        "Utfall 3,9 mnkr mot budget 3,5 mnkr.",
        3_500_000,
        3_900_000,
    ),
    (
        "alvsjo-belysning-2019",
        2019,
        "Älvsjö",
        "Belysning vid Älvsjö station",
        "Älvsjö station",
        "slutredovisning",
        ["Trafikkontoret"],
        "Bättre belysning på gångbron och vid busshållplatserna vid Älvsjö station.",
        "Nya stolpar med LED har satts upp längs gångbron.",
        "Inga avvikelser.",
        "Utfall 610 000 kr.",
        650_000,
        610_000,
    ),
    (
        "vantor-staket-2017",
        2017,
        "Enskede-Årsta-Vantör",
        "Staket kring Rågsveds skolgård",
        "Rågsved",
        "slutredovisning",
        ["SISAB"],
        "Ersätta skadat staket kring skolgården.",
        "Skolgården har fått ett nytt genomsiktligt staket.",
        "Inga avvikelser.",
        "Utfall 330 000 kr.",
        350_000,
        330_000,
    ),
    (
        "vallingby-torg-2016",
        2016,
        "Hässelby-Vällingby",
        "Trygghetsinvestering Vällingby torg",
        "Vällingby torg",
        "slutredovisning",
        ["Micasa"],
        "Trygghetsinvestering med belysning och kameror på Vällingby torg.",
        "Torget har fått bättre belysning och fyra kameror.",
        "Kamerorna installerades ett halvår senare än planerat.",
        "Utfall 1,3 mnkr.",
        1_300_000,
        1_300_000,
    ),
    (
        "hasselby-strand-2022",
        2022,
        "Hässelby-Vällingby",
        "Bryggan vid Hässelby strand",
        "Hässelby strand",
        "slutredovisning",
        [],
        "Upprustning av badplatsens brygga och strandpromenad.",
        "Bryggan är ombyggd och promenaden har fått belysning.",
        "Inga avvikelser.",
        "Utfall 870 000 kr.",
        900_000,
        870_000,
    ),
    (
        "skarpnack-ungdom-2020",
        2020,
        "Skarpnäck",
        "Mötesplats för unga i Skarpnäck",
        "Skarpnäcks centrum",
        "delredovisning",
        ["Socialförvaltningen"],
        "En trygg mötesplats för unga kvällstid med fältassistenter.",
        "Mötesplatsen har öppet tre kvällar i veckan.",
        "Lokalen blev klar senare än beräknat.",
        "Utfall 400 000 kr.",
        450_000,
        400_000,
    ),
    (
        "liljeholmen-tunnel-2018",
        2018,
        "Hägersten-Liljeholmen",
        "Gångtunneln vid Liljeholmen",
        "Liljeholmen",
        "slutredovisning",
        ["Trafikkontoret"],
        "Göra gångtunneln vid Liljeholmens station ljusare och tryggare.",
        "Tunneln har fått ny belysning och speglar i kurvorna.",
        "Inga avvikelser.",
        "Utfall 560 000 kr.",
        600_000,
        560_000,
    ),
    (
        "kista-belysning-2021",
        2021,
        "Rinkeby-Kista",
        "Trygghetsbelysning i Kista",
        "Kistagången",
        "slutredovisning",
        ["Trafikkontoret"],
        "Trygghetsbelysning längs Kistagången mot tunnelbanan.",
        "Sträckan har fått jämn belysning utan mörka partier.",
        "Inga avvikelser.",
        "Utfall 720 000 kr.",
        750_000,
        720_000,
    ),
    (
        "tensta-konst-2017",
        2017,
        "Spånga-Tensta",
        "Konst på Tensta torg",
        "Tensta torg",
        "slutredovisning",
        ["Tensta konsthall"],
        "Konstnärlig gestaltning som gör torget mer välkomnande.",
        "En skulptur och ljusinstallation har invigts.",
        "Inga avvikelser.",
        "Utfall 480 000 kr.",
        500_000,
        480_000,
    ),
    (
        "ansokan-cam-2025",
        2025,
        "Järva",
        "Kameraövervakning Rinkeby torg",
        "Rinkeby torg",
        None,
        ["Polisen"],
        "Ansökan om investeringsmedel för kameraövervakning på Rinkeby torg.",
        "",
        "",
        "Sökt belopp 2 000 000 kr.",
        0,
        0,
    ),
]


def corpus_reports(rows=None):
    """CORPUS (or `rows` of the same shape) as records; a row without a district keeps its place
    without a committee name."""
    from factories import make_report

    reports = {}
    for (
        key,
        year,
        district,
        project,
        location,
        stage,
        orgs,
        syfte,
        resultat,
        avvikelser,
        ekonomi,
        budget,
        utfall,
    ) in CORPUS if rows is None else rows:
        place = f"{location}, {district}s stadsdelsnämnd" if district else location
        sections = [
            Section("projektnamn", "Projektnamn", project, 1),
            Section("plats", "Geografisk plats för investering", place, 1),
            Section("mal_och_syfte", "Projektets mål och syfte", syfte, 1),
            Section("slutresultat", "Beskrivning av slutresultat", resultat, 1),
            Section("avvikelser", "Beskrivning av eventuella avvikelser i projektets genomförande", avvikelser, 2),
            Section("ekonomiskt_utfall", "Beskrivning av ekonomiskt utfall", ekonomi, 2),
        ]
        amounts = []
        if budget:
            amounts.append(Amount(str(budget), budget, False, "budget", "ekonomiskt_utfall", 2, ekonomi))
        if utfall:
            amounts.append(Amount(str(utfall), utfall, False, "utfall", "ekonomiskt_utfall", 2, ekonomi))
        reports[key] = make_report(
            key,
            year=year,
            district=district,
            district_today=districts.today(district) if district else None,
            project=project,
            location=location,
            stage=stage,
            form_kind="uppfoljning" if stage else "ansokan",
            title="Bilaga 5 - Uppföljning trygghetsinvestering" if stage else "Ansökan om investeringsmedel",
            sections=[s for s in sections if s.text],
            organisations=[Organisation(o, "annan", [o], 1) for o in orgs],
            amounts=amounts,
        )
    return reports


def build_archive(folder):
    from bilagor.index.archive import Archive

    reports = corpus_reports()
    with Archive.open(folder, writable=True) as archive:
        archive.add(reports.values())
    return reports


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The corpus archive opened for reading, and report id -> corpus key."""
    from bilagor.index.archive import Archive

    folder = tmp_path_factory.mktemp("corpus")
    key_of = {r.id: key for key, r in build_archive(folder).items()}
    with Archive.open_for_reading(folder) as archive:
        yield archive, key_of


def index_terms(word: str) -> set[str]:
    """The terms the stemmed fields index for `word` (its compound parts and base forms too)."""
    from bilagor.index.search.analysis import stemmed_analyzer

    return {t.text for t in stemmed_analyzer()(word, mode="index")}


def query_term(word: str) -> str:
    """The one term the stemmed fields search for `word`."""
    from bilagor.index.search.analysis import stemmed_analyzer

    (term,) = [t.text for t in stemmed_analyzer()(word, mode="query")]
    return term


def text_report(seed: str, text: str, **overrides):
    """A Bromma report of 2021 whose result section is `text` (no organisations): for a search test's
    own small archive; `overrides` as make_report takes them."""
    from factories import make_report

    values = dict(
        year=2021,
        district="Bromma",
        district_today=None,
        project="Trygghetsåtgärd",
        location="Brommaplan",
        sections=[Section("slutresultat", "Beskrivning av slutresultat", text, 1)],
        organisations=[],
    )
    return make_report(seed, **(values | overrides))


def named_report(seed: str, text: str, project: str = "Trygghetsåtgärd", **overrides):
    """`text_report` with its project named in a section of its own before the result."""
    sections = [
        Section("projektnamn", "Projektnamn", project, 1),
        Section("slutresultat", "Beskrivning av slutresultat", text, 1),
    ]
    return text_report(seed, text, project=project, sections=sections, **overrides)


@contextmanager
def searching(folder, reports):
    """`reports` (key -> report) stored in `folder`; yields found(query, **filters): the keys of
    the reports the search finds, best first (50 at most)."""
    from bilagor.index.archive import Archive

    with Archive.open(folder, writable=True) as archive:
        archive.add(reports.values())
    key_of = {r.id: key for key, r in reports.items()}
    with Archive.open_for_reading(folder) as archive:

        def found(query, **filters) -> list[str]:
            return [key_of[h.id] for h in archive.search(query, limit=50, **filters).hits]

        yield found
