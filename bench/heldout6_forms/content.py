"""Content of the sixth held-out form set, written fresh for it (Swedish domain values).

A `Form` is what one filled-in appendix says: title, metadata and rows of label/answer. Answers
use "\\n\\n" between paragraphs and one "• " or "1) " line per list item; the drawing modules
decide how that looks. Nothing here knows about layout.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

PLACEHOLDER = "Klicka här för att ange text."
FIELD, MARKER, HEADING = "field", "marker", "heading"  # HEADING: a numbered section heading above its answer


@dataclass
class Row:
    label: str
    text: str
    key: str | None  # canonical section key or the label's slug; None for a stage marker
    style: str = FIELD


@dataclass
class Form:
    title: str
    form_kind: str  # uppfoljning | ansokan
    appendix: str
    year: int
    district: str  # as named in the year
    committee: str  # as written: "Farsta stadsdelsnämnd"
    project: str
    location: str | None
    stage: str | None
    rows: list[Row]
    dnr: str
    date: str
    head: int = 0  # how many leading field rows are short enough for a header block
    extras: dict = field(default_factory=dict)


def normalise(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def slug(label: str) -> str:
    text = normalise(label).lower()
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


def answer(row: Row) -> str:
    """The answer as the truth stores it: whitespace runs to one space, the placeholder empty."""
    text = normalise(row.text)
    return "" if text == PLACEHOLDER else text


# --- districts and places -------------------------------------------------------------------
# (place, district as named before the mergers); a district's name in a year comes from bilagor's table.
PLACES = (
    ("Vällingby centrum", "Hässelby-Vällingby"),
    ("Hässelby gård", "Hässelby-Vällingby"),
    ("Råcksta träsk", "Hässelby-Vällingby"),
    ("Blackebergs gårdsplan", "Bromma"),
    ("Brommaplan", "Bromma"),
    ("Ulvsundaparken", "Bromma"),
    ("Tenstagången", "Spånga-Tensta"),
    ("Spånga torg", "Spånga-Tensta"),
    ("Rinkebysvängen", "Rinkeby-Kista"),
    ("Kista gård", "Rinkeby-Kista"),
    ("Husby torg", "Rinkeby-Kista"),
    ("Fridhemsplan", "Kungsholmen"),
    ("Kronobergsparken", "Kungsholmen"),
    ("Vasaparken", "Norrmalm"),
    ("Sergels torg", "Norrmalm"),
    ("Humlegården", "Östermalm"),
    ("Gärdet vid Tessinparken", "Östermalm"),
    ("Mariatorget", "Södermalm"),
    ("Björns trädgård", "Södermalm"),
    ("Skanstull", "Södermalm"),
    ("Liljeholmstorget", "Hägersten-Liljeholmen"),
    ("Axelsbergs torg", "Hägersten-Liljeholmen"),
    ("Fruängens centrum", "Hägersten-Liljeholmen"),
    ("Älvsjö centrum", "Älvsjö"),
    ("Solberga bollplan", "Älvsjö"),
    ("Rågsveds centrum", "Enskede-Årsta-Vantör"),
    ("Årsta IP", "Enskede-Årsta-Vantör"),
    ("Bagarmossens centrum", "Skarpnäck"),
    ("Skarpnäcksfältet", "Skarpnäck"),
    ("Hökarängens centrum", "Farsta"),
    ("Farsta strand", "Farsta"),
    ("Bredängs centrum", "Skärholmen"),
    ("Sätra bollplan", "Skärholmen"),
    ("Stieg Trenters torg", "Skärholmen"),
)

GENITIVE = {
    "Bromma": "Bromma",
    "Enskede-Årsta-Vantör": "Enskede-Årsta-Vantörs",
    "Farsta": "Farsta",
    "Hägersten-Liljeholmen": "Hägersten-Liljeholmens",
    "Hässelby-Vällingby": "Hässelby-Vällingby",
    "Kungsholmen": "Kungsholmens",
    "Norrmalm": "Norrmalms",
    "Rinkeby-Kista": "Rinkeby-Kista",
    "Skarpnäck": "Skarpnäcks",
    "Skärholmen": "Skärholmens",
    "Spånga-Tensta": "Spånga-Tensta",
    "Södermalm": "Södermalms",
    "Älvsjö": "Älvsjö",
    "Östermalm": "Östermalms",
    "Hägersten-Älvsjö": "Hägersten-Älvsjö",
    "Järva": "Järva",
    "Norra innerstaden": "Norra innerstadens",
}


# --- projects ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Kind:
    name: str
    titles: tuple[str, ...]  # "{place}" filled in
    purpose: tuple[str, ...]
    results: tuple[str, ...]
    deviations: tuple[str, ...]
    needs: tuple[str, ...]
    items: tuple[str, ...]  # list items for answers written as lists
    climate: bool = False


KINDS = (
    Kind(
        "belysning",
        (
            "Ny gång- och cykelvägsbelysning vid {place}",
            "Trygghetsbelysning längs stråket vid {place}",
            "Belysning av entréer och genvägar, {place}",
        ),
        (
            "Syftet är att göra gångstråken vid {place} ljusa och överblickbara även sent på kvällen.",
            "Målet är att fler ska våga röra sig till och från kollektivtrafiken under den mörka delen av året.",
            "Investeringen ska minska de mörka partier som boende pekat ut vid trygghetsvandringar.",
        ),
        (
            "Längs stråket har {n} nya armaturer med varmvitt ljus satts upp, och de gamla stolparna har tagits bort.",
            "Ljuset når nu ända fram till busshållplatsen, vilket boende särskilt efterfrågade.",
            "En uppföljande trygghetsvandring i november visade att deltagarna upplevde platsen som betydligt ljusare.",
            "Belysningen styrs med skymningsrelä och dimras efter midnatt för att spara energi.",
        ),
        (
            "Leveransen av stolpar försenades med sex veckor, och arbetet fick därför delas upp i två etapper.",
            "Inga avvikelser från den ursprungliga planen har förekommit.",
            "En del av sträckan visade sig ligga på mark som förvaltas av ett bostadsbolag, vilket krävde ett nytt avtal.",
        ),
        (
            "Vid trygghetsvandringar har stråket vid {place} återkommande beskrivits som mörkt och ödsligt.",
            "Flera boende har hört av sig till förvaltningen om trasiga och bländande lampor.",
        ),
        (
            "nya armaturer längs huvudstråket",
            "belysta entréer till gångtunneln",
            "ljusstyrning med skymningsrelä",
            "borttagning av äldre stolpar",
        ),
    ),
    Kind(
        "kamera",
        ("Kameraövervakning vid {place}", "Trygghetskameror i samverkan med polisen, {place}"),
        (
            "Projektet ska ge polisen bättre möjligheter att utreda brott som begås vid {place}.",
            "Syftet är att minska våld och skadegörelse på platsen och öka tryggheten för dem som vistas där.",
        ),
        (
            "Polisen har fått tillstånd till kameraövervakning och {n} kameror är i drift sedan hösten.",
            "Förvaltningen har bekostat infrastrukturen medan polisen ansvarar för drift och bildhantering.",
            "Enligt lokalpolisområdet har materialet redan använts i flera utredningar.",
        ),
        (
            "Tillståndsprövningen tog längre tid än beräknat, och kamerorna kunde därför inte tas i drift förrän i oktober.",
            "Fiberanslutningen blev dyrare än planerat eftersom ledningen fick dras under gatan.",
        ),
        (
            "Platsen har i polisens lägesbilder pekats ut som en av stadsdelens mest brottsutsatta.",
            "Näringsidkare runt platsen har vittnat om hot och skadegörelse under kvällstid.",
        ),
        ("fiberanslutning till kamerapunkterna", "fästen på fasader och stolpar", "skyltning om kameraövervakning"),
    ),
    Kind(
        "rojning",
        ("Röjning av buskage och sly kring {place}", "Siktröjning längs gångvägar vid {place}"),
        (
            "Målet är att öka överblickbarheten så att platsen upplevs som tryggare att passera.",
            "Genom att ta bort tät vegetation vill förvaltningen skapa fria siktlinjer längs gångvägarna.",
        ),
        (
            "Buskage har röjts längs cirka {n} meter gångväg och ersatts med låga planteringar.",
            "Sly har tagits bort runt lekplatsen och sittplatserna, och ytorna har fått ny gräsmatta.",
            "Boende har i en enkät svarat att de nu ser längre och känner sig tryggare på platsen.",
        ),
        (
            "Röjningen fick skjutas upp till efter fågelhäckningen, vilket försenade arbetet med några månader.",
            "Inga avvikelser har förekommit.",
        ),
        ("Tät växtlighet skymmer sikten vid gångvägarna och gör att platsen undviks kvällstid.",),
        ("röjning av buskage längs gångvägen", "nya låga planteringar", "ny gräsmatta vid lekplatsen"),
    ),
    Kind(
        "torg",
        ("Upprustning av {place}", "Tryggare torgmiljö vid {place}"),
        (
            "Syftet är att göra {place} till en levande och trygg mötesplats för alla åldrar.",
            "Investeringen ska bidra till att fler människor vistas på torget under dygnets alla timmar.",
        ),
        (
            "Torget har fått nya sittbänkar, planteringar och belysning som lyser upp även de bortre hörnen.",
            "Den gamla kiosken som skymde sikten har rivits och ersatts av en öppen yta för evenemang.",
            "Under sommaren arrangerades {n} aktiviteter på torget tillsammans med lokala föreningar.",
        ),
        (
            "Markarbetena blev mer omfattande än väntat när gamla ledningar hittades under stenbeläggningen.",
            "Den planerade vattenkonsten utgick efter synpunkter från fastighetsägarna.",
        ),
        ("Torget upplevs som slitet och otryggt, och många passerar det snabbt utan att stanna.",),
        (
            "nya sittbänkar och papperskorgar",
            "planteringar i upphöjda bäddar",
            "belysning i träd och på fasader",
            "rivning av den gamla kiosken",
        ),
    ),
    Kind(
        "utegym",
        ("Utegym och aktivitetsyta vid {place}", "Belyst aktivitetsyta vid {place}"),
        ("Målet är att skapa en belyst plats för spontan träning som lockar fler att vistas i parken.",),
        (
            "Utegymmet med {n} stationer invigdes i juni och används flitigt av både unga och äldre.",
            "Ytan är belyst till klockan 22 och har blivit en naturlig samlingspunkt i parken.",
        ),
        ("Bygglovet krävde en ny placering av gymmet, närmare gångvägen.", "Inga avvikelser har förekommit."),
        ("Parken saknar platser för aktivitet och används knappt efter skoltid.",),
        ("träningsstationer för olika åldrar", "fallskyddsunderlag", "belysning med närvarostyrning"),
    ),
    Kind(
        "konst",
        ("Konst och ljus i gångtunneln vid {place}", "Utsmyckning av gångtunnel, {place}"),
        ("Syftet är att göra gångtunneln ljusare och mer välkomnande genom konstnärlig utsmyckning.",),
        (
            "Tunnelns väggar har målats av en konstnär tillsammans med elever från den närliggande skolan.",
            "Ny LED-belysning i taket gör att tunneln är jämnt upplyst dygnet runt.",
            "Klotter har sedan dess inte förekommit i någon större omfattning.",
        ),
        (
            "Arbetet försenades av den kalla hösten, då färgen inte kunde appliceras.",
            "Inga avvikelser finns att rapportera.",
        ),
        ("Gångtunneln är mörk, nedklottrad och pekas ut som otrygg av många som bor i området.",),
        (
            "rengöring och grundmålning av väggarna",
            "konstnärlig gestaltning med skolelever",
            "ny LED-belysning i taket",
        ),
    ),
    Kind(
        "staket",
        ("Genomsiktliga staket och pollare vid {place}", "Pollare och nya grindar vid {place}"),
        ("Målet är att hindra otillåten biltrafik och samtidigt öppna upp platsen visuellt.",),
        (
            "Det täta plank som tidigare skymde sikten har ersatts med ett genomsiktligt staket.",
            "{n} pollare har satts upp för att förhindra att bilar kör in på gångytorna.",
        ),
        (
            "Pollarna fick en annan modell än planerat eftersom räddningstjänsten behövde kunna fälla dem.",
            "Inga avvikelser har förekommit.",
        ),
        ("Bilar kör in på gångytorna kvällstid, och det höga planket skapar dolda hörn.",),
        ("borttagning av det gamla planket", "genomsiktligt staket", "fällbara pollare vid infarten"),
    ),
    Kind(
        "laddning",
        ("Laddplatser för förvaltningens fordon, {place}", "Laddinfrastruktur vid förvaltningens lokaler, {place}"),
        ("Syftet är att ersätta förvaltningens fossildrivna bilar med elbilar och minska utsläppen.",),
        (
            "{n} laddpunkter har installerats, och förvaltningens bilpool består nu helt av elbilar.",
            "Utsläppen från tjänsteresorna beräknas minska med omkring 14 ton koldioxid per år.",
        ),
        ("Elnätet behövde förstärkas, vilket förlängde projektet med en månad.", "Inga avvikelser har förekommit."),
        ("Förvaltningens fordon drivs i dag till stor del av bensin och diesel.",),
        ("laddboxar i garaget", "förstärkt elcentral", "lastbalansering mellan laddpunkterna"),
        True,
    ),
    Kind(
        "solceller",
        ("Solceller på taket till {place}", "Solcellsanläggning vid {place}"),
        ("Målet är att minska förvaltningens klimatpåverkan genom egen produktion av förnybar el.",),
        (
            "Anläggningen på {n} kvadratmeter togs i drift i augusti och har hittills levererat enligt kalkyl.",
            "Produktionen följs upp månadsvis i fastighetens energisystem.",
        ),
        (
            "Taket behövde förstärkas innan panelerna kunde monteras, vilket ökade kostnaden.",
            "Inga avvikelser har förekommit.",
        ),
        ("Fastigheten har stora tak som vetter mot söder men ingen egen elproduktion.",),
        ("solpaneler på taket", "växelriktare och mätning", "visning av produktionen i entrén"),
        True,
    ),
)

PROJECTS = (  # (kind, place index): 36 projects; the title comes from the kind's titles
    ("belysning", 0),
    ("belysning", 5),
    ("belysning", 8),
    ("belysning", 16),
    ("belysning", 22),
    ("belysning", 30),
    ("kamera", 14),
    ("kamera", 10),
    ("kamera", 19),
    ("kamera", 26),
    ("rojning", 2),
    ("rojning", 12),
    ("rojning", 24),
    ("rojning", 28),
    ("torg", 7),
    ("torg", 21),
    ("torg", 27),
    ("torg", 33),
    ("torg", 29),
    ("utegym", 1),
    ("utegym", 17),
    ("utegym", 31),
    ("konst", 18),
    ("konst", 25),
    ("konst", 9),
    ("staket", 4),
    ("staket", 13),
    ("staket", 32),
    ("laddning", 11),
    ("laddning", 23),
    ("laddning", 3),
    ("solceller", 6),
    ("solceller", 15),
    ("solceller", 20),
    ("belysning", 3),
    ("torg", 24),
)

FIRST = ("Anna", "Mikael", "Sara", "Johan", "Leila", "Erik", "Maria", "Ahmed", "Karin", "Oskar", "Elin", "Yusuf")
LAST = ("Lindqvist", "Berg", "Haddad", "Sjöström", "Nyberg", "Öberg", "Karlsson", "Ekström", "Holm", "Åkesson")
TITLES = ("enhetschef", "trygghetssamordnare", "projektledare", "utvecklingsledare", "avdelningschef")

COMMON_RESULTS = (
    "Arbetet har följts upp tillsammans med boende vid ett öppet möte på platsen.",
    "Fastighetsägare i området har bidragit med synpunkter under hela projekttiden.",
    "Erfarenheterna har delats med andra stadsdelsförvaltningar som planerar liknande åtgärder.",
    "Förvaltningen kommer att följa upp effekten i nästa trygghetsmätning.",
    "Skolor och fritidsgårdar i närheten har informerats om åtgärderna.",
    "Synpunkter som kom in via stadens e-tjänst har tagits om hand i den slutliga utformningen.",
    "Driften har överlämnats till trafikkontoret som ansvarar för underhållet framöver.",
)


def _person(rng: random.Random) -> tuple[str, str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    plain = "".join(c for c in unicodedata.normalize("NFKD", f"{first}.{last}".lower()) if not unicodedata.combining(c))
    return (
        f"{first} {last}, {rng.choice(TITLES)}",
        f"08-508 {rng.randint(10, 99)} {rng.randint(100, 999)}",
        f"{plain}@stockholm.se",
    )


def _kr(rng: random.Random, value: int) -> str:
    style = rng.randrange(4)
    if style == 0:
        return f"{value:,}".replace(",", " ") + " kr"
    if style == 1:
        return f"{value // 1000:,} tkr".replace(",", " ")
    if style == 2:
        return (f"{value / 1e6:.1f}".replace(".", ",")) + " mnkr"
    return f"{value:,}".replace(",", " ") + " kronor"


def _district_in(original: str, year: int) -> str:
    from bilagor.extractor import districts

    return districts.as_of(original, year)


def _sentences(rng: random.Random, pool: tuple[str, ...], k: int, values: dict) -> list[str]:
    return [s.format(**values) for s in rng.sample(pool, min(k, len(pool)))]


def _as_list(rng: random.Random, items: list[str], numbered: bool) -> str:
    marks = [f"{i}) " for i in range(1, len(items) + 1)] if numbered else ["• "] * len(items)
    return "\n".join(m + item[0].upper() + item[1:] for m, item in zip(marks, items))


FOLLOWUP_LONG = {
    "projektnamn": "Projektnamn",
    "plats": "Geografisk plats för investering",
    "mal_och_syfte": "Projektets mål och syfte",
    "slutresultat": "Beskrivning av slutresultat utifrån investeringens mål, syfte och platsens behov av trygghetsskapande åtgärd",
    "avvikelser": "Beskrivning av eventuella avvikelser i projektets genomförande",
    "ekonomiskt_utfall": "Beskrivning av ekonomiskt utfall och eventuell avvikelse mot kalkylerade utgifter",
    "bilder_fore": "Bilder före",
    "bilder_efter": "Bilder efter",
}
FOLLOWUP_SHORT = {
    "projektnamn": ("Projektets namn", "Projektnamn"),
    "plats": ("Plats", "Plats för investeringen"),
    "mal_och_syfte": ("Syfte och mål", "Mål och syfte"),
    "slutresultat": ("Resultat", "Uppnått resultat"),
    "avvikelser": ("Avvikelser", "Avvikelser från plan"),
    "ekonomiskt_utfall": ("Ekonomiskt utfall", "Ekonomisk redovisning"),
    "bilder_fore": ("Bilder före", "Foton före"),
    "bilder_efter": ("Bilder efter", "Foton efter"),
}
CLIMATE_RESULT = "Beskrivning av slutresultat utifrån investeringens mål och förväntad klimatnytta"


def _years(rng: random.Random, low: int) -> int:
    # Merger years (2020, 2023) are left out: two committee names are right in them.
    return rng.choice([y for y in range(low, 2027) if y not in (2020, 2023)])


def make_form(rng: random.Random, number: int, *, application: bool | None = None, long: bool = False) -> Form:
    kind_name, place_index = PROJECTS[number % len(PROJECTS)]
    kind = next(k for k in KINDS if k.name == kind_name)
    place, original = PLACES[place_index]
    if application is None:
        application = rng.random() < 0.3
    year = _years(rng, 2019 if kind.climate else (2016 if application else 2013))
    district = _district_in(original, year)
    committee = f"{GENITIVE[district]} {rng.choice(('stadsdelsnämnd', 'stadsdelsnämnd', 'stadsdelsförvaltning'))}"
    values = {"place": place, "n": rng.randint(6, 40), "year": year}
    project = rng.choice(kind.titles).format(place=place)
    dnr = f"Dnr {rng.choice(('1.5.3', '2.1.1', '1.2', '3.1'))}-{rng.randint(100, 899)}-{year}"
    date = f"{year}-{rng.randint(2, 11):02d}-{rng.randint(1, 28):02d}"
    if application:
        form = _application(rng, kind, place, year, district, committee, project, values)
    else:
        form = _followup(rng, kind, place, year, district, committee, project, values, long)
    form.dnr, form.date = dnr, date
    return form


def _followup(rng, kind, place, year, district, committee, project, values, long) -> Form:
    short = year <= 2016 and rng.random() < 0.75 or rng.random() < 0.1
    labels = {k: (rng.choice(FOLLOWUP_SHORT[k]) if short else v) for k, v in FOLLOWUP_LONG.items()}
    if kind.climate and not short:
        labels["slutresultat"] = CLIMATE_RESULT
    stage = "delredovisning" if rng.random() < 0.2 else "slutredovisning"
    location = rng.choice(
        (f"{place}, {committee}", f"{place} ({committee})", f"{place}, {GENITIVE[district]} stadsdelsområde")
    )
    purpose = " ".join(_sentences(rng, kind.purpose, rng.randint(1, 2), values))
    result_parts = [" ".join(_sentences(rng, kind.results, rng.randint(1, 3), values))]
    if rng.random() < 0.25:
        result_parts.append(_as_list(rng, rng.sample(kind.items, rng.randint(2, len(kind.items))), rng.random() < 0.3))
    if long:
        for _ in range(rng.randint(3, 5)):
            result_parts.append(" ".join(_sentences(rng, COMMON_RESULTS, rng.randint(2, 4), values)))
    elif rng.random() < 0.4:
        result_parts.append(" ".join(_sentences(rng, COMMON_RESULTS, rng.randint(1, 2), values)))
    deviation = " ".join(_sentences(rng, kind.deviations, 1, values))
    budget = rng.randrange(4, 60) * 100_000
    outcome = int(budget * rng.uniform(0.55, 1.08)) // 1000 * 1000
    if stage == "delredovisning":
        economy = (
            f"Av beviljade {_kr(rng, budget)} har {_kr(rng, outcome // 2 // 1000 * 1000)} upparbetats under {year}. "
            f"Resterande arbeten slutförs kommande år."
        )
    else:
        economy = rng.choice(
            (
                f"Utfallet för {year} uppgick till {_kr(rng, outcome)} mot en budget på {_kr(rng, budget)}.",
                f"Projektet beviljades {_kr(rng, budget)}. De upparbetade kostnaderna under {year} blev {_kr(rng, outcome)}.",
                f"Kostnaderna för {year} uppgick till {_kr(rng, outcome)}. Kalkylerade utgifter var {_kr(rng, budget)}, "
                f"och skillnaden förklaras av att upphandlingen gav lägre priser än väntat.",
            )
        )
    pictures = rng.choice(
        (
            "Se bifogade bilder.",
            "Bilder finns hos förvaltningen och kan lämnas ut på begäran.",
            PLACEHOLDER,
            "",
            "Bilder saknas.",
        )
    )
    rows = [
        Row(labels["projektnamn"], project, "projektnamn"),
        Row(labels["plats"], location, "plats"),
        Row(labels["mal_och_syfte"], purpose, "mal_och_syfte"),
        Row("", "Slutredovisning" if stage == "slutredovisning" else "Delredovisning", None, MARKER),
        Row(labels["slutresultat"], "\n\n".join(result_parts), "slutresultat"),
        Row(labels["avvikelser"], deviation if rng.random() < 0.9 else "", "avvikelser"),
        Row(labels["ekonomiskt_utfall"], economy, "ekonomiskt_utfall"),
        Row(labels["bilder_fore"], pictures, "bilder_fore"),
        Row(labels["bilder_efter"], pictures if rng.random() < 0.7 else "Se ovan.", "bilder_efter"),
    ]
    appendix = "7" if kind.climate else "5"
    topic = "klimatinvestering" if kind.climate else "trygghetsinvestering"
    title = rng.choice(
        (
            f"Bilaga {appendix} - Uppföljning {topic}",
            f"Bilaga {appendix} – Uppföljning av {topic}",
            f"Bilaga {appendix} Uppföljning {topic} {year}",
        )
    )
    return Form(
        title, "uppfoljning", appendix, year, district, committee, project, location, stage, rows, "", "", head=2
    )


def _application(rng, kind, place, year, district, committee, project, values) -> Form:
    from bilagor.extractor import districts

    person, phone, email = _person(rng)
    requested = rng.randrange(2, 30) * 50_000
    requested_text = rng.choice(
        (
            f"{requested:,}".replace(",", " "),
            f"{requested:,} kr".replace(",", " "),
            f"{requested // 1000:,} tkr".replace(",", " "),
        )
    )
    neighbours = [d.name for d in districts.DISTRICTS if districts.existed_in(d.name, year) and d.name != district]
    partner = rng.choice(neighbours)
    co_applicant = f"{GENITIVE[partner]} stadsdelsnämnd" if rng.random() < 0.2 else PLACEHOLDER
    cooperation = rng.choice(
        (
            "Polisen, lokalpolisområdet och fastighetsägare i området.",
            "Trafikkontoret och AB Svenska Bostäder.",
            PLACEHOLDER,
            "Föreningar i området och nattvandrarna.",
        )
    )
    description = " ".join(_sentences(rng, kind.purpose, rng.randint(1, 2), values))
    description += f" Insatsen planeras att genomföras under {year}."
    if rng.random() < 0.3:
        description += "\n\nInsatsen omfattar:\n" + _as_list(rng, list(kind.items), rng.random() < 0.4)
    needs = " ".join(_sentences(rng, kind.needs, rng.randint(1, 2), values))
    if rng.random() < 0.1:
        needs = PLACEHOLDER
    v = rng.random() < 0.5  # the later wording of some labels
    rows = [
        Row("Namn på insats", project, "insats"),
        Row("Sökt belopp" if v else "Sökt belopp (kr)", requested_text, "sokt_belopp"),
        Row("Sökande nämnd", f"{GENITIVE[district]} stadsdelsnämnd", "sokande_namnd"),
        Row("Ev medsökande nämnd" if v else "Eventuell medsökande nämnd", co_applicant, "medsokande_namnd"),
        Row("Kontaktperson", person, "kontaktperson"),
        Row("Telefon" if v else "Telefonnummer", phone, "telefon"),
        Row("E-post" if v else "E-postadress", email, "epost"),
        Row("Ev samverkan" if v else "Eventuell samverkan", cooperation, "samverkan"),
        Row("1. Beskrivning (mål och syfte)", description, "beskrivning", HEADING),
        Row("1.1 Behovsanalys/problembeskrivning", needs, "behovsanalys", HEADING),
    ]
    if kind.climate:
        title = "Bilaga 7 - Ansökan om investeringsmedel för klimatinvesteringar"
        appendix = "7"
    else:
        title = rng.choice(
            (
                "Bilaga 5b - Ansökan om investeringsmedel (CM4) för trygghetsskapande åtgärder",
                "Bilaga 5b Ansökan om investeringsmedel (CM4) för trygghetsskapande åtgärder",
            )
        )
        appendix = "5b"
    return Form(title, "ansokan", appendix, year, district, committee, project, None, None, rows, "", "", head=8)


def lengthen(rng: random.Random, form: Form) -> None:
    """One more paragraph for the longest answer (a form that must run onto page 2)."""
    key = "slutresultat" if form.form_kind == "uppfoljning" else "beskrivning"
    row = next(r for r in form.rows if r.key == key)
    row.text += "\n\n" + " ".join(rng.sample(COMMON_RESULTS, 3))
