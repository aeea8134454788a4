"""Form content for the fifth held-out layout set, written fresh for it (Swedish domain text).

Pure data and pure functions: `make_form(rng, index)` returns a `Form` (title, rows of label/answer,
the truth's metadata). Nothing here draws; the draw_* modules lay a `Form` out.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

PLACEHOLDER = "Klicka här för att ange text."
FIELD, MARKER, HEADING = "field", "marker", "heading"


@dataclass
class Row:
    label: str
    paragraphs: list[str]  # each paragraph one string; list items are paragraphs starting "– " or "1) "
    key: str | None  # section key; None for the stage marker
    style: str = FIELD

    @property
    def text(self) -> str:
        """The answer as the truth stores it: whitespace runs to one space, the placeholder as empty."""
        joined = " ".join(" ".join(p.split()) for p in self.paragraphs if p.strip())
        return "" if joined == PLACEHOLDER else joined


@dataclass
class Form:
    title: str  # "\n" where the heading wraps on purpose
    form_kind: str
    appendix: str | None
    year: int
    district: str
    stage: str | None
    project: str
    location: str | None
    rows: list[Row]
    committee: str  # "Farsta stadsdelsnämnd", for running headers
    dnr: str
    date: str
    project_id: int = 0
    extras: dict = field(default_factory=dict)


# Genitive forms as committees are written ("Skarpnäcks stadsdelsnämnd").
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


@dataclass(frozen=True)
class Project:
    name: str
    place: str
    district: str  # the committee in that year (years chosen away from the merger years)
    year: int
    purpose: tuple[str, ...]
    results: tuple[str, ...]
    items: tuple[str, ...] = ()  # a list some answers carry
    budget: int = 1_000_000


# Twenty-eight projects, written for this set.
PROJECTS: tuple[Project, ...] = (
    Project(
        "Belysning av gångvägen genom Tunnlandsparken",
        "Tunnlandsparken",
        "Skarpnäck",
        2016,
        (
            "Gångvägen genom parken är mörk och används av många skolbarn på vintermorgnar.",
            "Syftet är att fler ska våga gå genom parken efter mörkrets inbrott.",
        ),
        (
            "Längs gångvägen har nya stolpar med LED-armaturer satts upp.",
            "Ljuset är riktat nedåt så att boende i husen intill inte störs.",
            "Vid en trygghetsvandring i november upplevdes parken som betydligt ljusare.",
        ),
        (
            "24 nya belysningsstolpar",
            "riktad LED-belysning vid lekplatsen",
            "ny belysning i gångtunneln under Tallkrogsvägen",
        ),
        850_000,
    ),
    Project(
        "Kameraövervakning på Husby torg",
        "Husby torg",
        "Rinkeby-Kista",
        2019,
        (
            "Torget har under lång tid haft problem med öppen narkotikahandel och skadegörelse.",
            "Kamerorna ska ge polisen bättre underlag och öka tryggheten för dem som rör sig på torget.",
        ),
        (
            "Sex kameror har monterats på fasaderna runt torget efter tillstånd från Länsstyrelsen.",
            "Bilderna hanteras av polisen enligt avtal med staden.",
            "Näringsidkare på torget beskriver att stämningen har blivit lugnare under kvällarna.",
        ),
        (),
        2_400_000,
    ),
    Project(
        "Röjning av sly längs Spångaån",
        "Spångaån vid Spånga IP",
        "Spånga-Tensta",
        2017,
        ("Tät växtlighet längs ån skymmer sikten och gör stråket otryggt.",),
        (
            "Buskar och sly har röjts på en sträcka av cirka 600 meter.",
            "Siktlinjerna mellan idrottsplatsen och pendeltågsstationen är nu öppna.",
            "Röjningen följs upp med skötsel två gånger per år.",
        ),
        (),
        320_000,
    ),
    Project(
        "Upprustning av Axelsbergs torg",
        "Axelsbergs torg",
        "Hägersten-Liljeholmen",
        2018,
        (
            "Torget upplevs som slitet och ödsligt, särskilt kvällstid.",
            "Målet är ett levande torg där fler vill vistas.",
        ),
        (
            "Nya bänkar, planteringar och belysning har kommit på plats.",
            "En mindre scen har byggts som används av föreningar under sommaren.",
            "Antalet besökare på kvällarna har ökat enligt de räkningar som gjorts.",
        ),
        ("nya sittplatser med ryggstöd", "planteringar i upphöjda bäddar", "belysning i träden", "en mindre scen"),
        1_600_000,
    ),
    Project(
        "Trygghetsbelysning på Årsta IP",
        "Årsta IP",
        "Enskede-Årsta-Vantör",
        2015,
        ("Idrottsplatsen används sent på kvällen men gångvägarna dit är mörka.",),
        (
            "Gångvägarna från busshållplatsen till idrottsplatsen har fått ny belysning.",
            "Föreningarna som tränar på kvällarna har varit positiva till åtgärden.",
        ),
        (),
        540_000,
    ),
    Project(
        "Platssamverkan kring Medborgarplatsen",
        "Medborgarplatsen",
        "Södermalm",
        2021,
        ("Fastighetsägare, polis och stadsdelsförvaltning ska tillsammans minska ordningsstörningarna på platsen.",),
        (
            "En samverkansgrupp har träffats varannan månad under året.",
            "Gemensamma trygghetsvandringar har genomförts vår och höst.",
            "Nedskräpningen har minskat sedan städningen utökades på helgerna.",
            "Gruppen har tagit fram en handlingsplan för kommande år.",
        ),
        (
            "utökad städning fredag till söndag",
            "ny belysning vid tunnelbaneuppgången",
            "gemensamma trygghetsvandringar",
        ),
        450_000,
    ),
    Project(
        "Konst i gångtunneln vid Rålambshovsparken",
        "Rålambshovsparken",
        "Kungsholmen",
        2019,
        ("Gångtunneln är mörk och klottrad och många väljer att gå över vägen i stället.",),
        (
            "Tunnelns väggar har målats av konstnärer tillsammans med elever från närliggande skolor.",
            "Klottret har inte kommit tillbaka under de månader som gått sedan målningen.",
        ),
        (),
        380_000,
    ),
    Project(
        "Genomsiktliga staket vid Sergels torg",
        "Sergels torg",
        "Norrmalm",
        2018,
        ("Höga plank och skymmande skärmar skapar dolda hörn på plattan.",),
        (
            "Planken har ersatts med genomsiktliga staket.",
            "Polisen bedömer att överblicken har förbättrats för både väktare och förbipasserande.",
        ),
        (),
        900_000,
    ),
    Project(
        "Pollare och belysning vid Stureplan",
        "Stureplan",
        "Östermalm",
        2017,
        ("Platsen behöver skyddas mot fordon och belysas bättre nattetid.",),
        (
            "Tolv pollare har placerats runt platsen i samråd med trafikkontoret.",
            "Belysningen har förstärkts vid taxikön.",
        ),
        (),
        1_150_000,
    ),
    Project(
        "Trygga stråk i Farsta centrum",
        "Farsta centrum",
        "Farsta",
        2022,
        (
            "Stråken mellan centrum och bostadsområdena upplevs som otrygga efter stängning.",
            "Syftet är att skapa ljusa och öppna gångstråk.",
        ),
        (
            "Två stråk har fått ny belysning och buskage har tagits bort.",
            "En trygghetsmätning visar att fler boende känner sig trygga på kvällen än tidigare.",
        ),
        ("stråket mot Hökarängen", "stråket mot Farsta strand"),
        1_300_000,
    ),
    Project(
        "Utegym i Vårbergsparken",
        "Vårbergsparken",
        "Skärholmen",
        2016,
        ("Parken används lite och har blivit en plats där många inte vill vistas.",),
        (
            "Ett utegym med sex stationer har byggts i parkens södra del.",
            "Gymmet används dagligen, både av unga och äldre.",
            "Belysning har satts upp så att gymmet kan användas under vinterhalvåret.",
        ),
        (),
        700_000,
    ),
    Project(
        "Ny belysning vid Vällingby torg",
        "Vällingby torg",
        "Hässelby-Vällingby",
        2021,
        ("Belysningen på torget är gammal och ger dåligt ljus i hörnen.",),
        (
            "Armaturerna har bytts ut och fasadbelysning har kompletterats.",
            "Torget upplevs nu som ljusare av både boende och handlare.",
        ),
        (),
        620_000,
    ),
    Project(
        "Öppnare entréer till Brommaplan",
        "Brommaplan",
        "Bromma",
        2024,
        ("Entréerna till tunnelbanan och bussterminalen är trånga och skymda.",),
        (
            "Skymmande skyltar och förråd har flyttats.",
            "Entréerna har fått ljusare material och bättre belysning.",
            "Trafikkontoret och SL har deltagit i arbetet.",
        ),
        (),
        1_850_000,
    ),
    Project(
        "Trygghetsskapande åtgärder vid Älvsjö centrum",
        "Älvsjö centrum",
        "Älvsjö",
        2018,
        ("Bussterminalen och gångbron vid centrum upplevs som otrygga kvällstid.",),
        (
            "Gångbron har fått ny belysning och väggarna har målats i ljusa färger.",
            "Väntkuren vid bussterminalen har bytts mot en öppnare modell.",
        ),
        (),
        760_000,
    ),
    Project(
        "Belysning i Bagarmossens centrum",
        "Bagarmossens centrum",
        "Skarpnäck",
        2024,
        ("Centrumets baksidor och parkeringar är mörka och används för ordningsstörningar.",),
        (
            "Baksidorna har fått belysning med rörelsesensorer.",
            "Parkeringen har fått ny belysning och bättre skyltning.",
            "Polisen rapporterar färre larm om ordningsstörningar under hösten.",
        ),
        (),
        980_000,
    ),
    Project(
        "Rinkebystråket - ljus och konst",
        "Rinkebystråket",
        "Rinkeby-Kista",
        2016,
        ("Stråket är viktigt för boende men upplevs som otryggt i de mörka partierna.",),
        (
            "Ljuskonst har installerats i tre av stråkets passager.",
            "Unga från fritidsgården har varit med och tagit fram motiven.",
        ),
        (),
        1_050_000,
    ),
    Project(
        "Kameraövervakning vid Tensta centrum",
        "Tensta centrum",
        "Spånga-Tensta",
        2021,
        ("Platsen har haft upprepade skjutningar och grova brott under de senaste åren.",),
        (
            "Polisen har fått tillstånd att kameraövervaka torget och gångvägen till tunnelbanan.",
            "Staden har bekostat fiberanslutning och stolpar.",
            "Stokab har ansvarat för anslutningen.",
        ),
        (),
        2_100_000,
    ),
    Project(
        "Trygg skolväg i Rågsved",
        "Rågsveds centrum",
        "Enskede-Årsta-Vantör",
        2022,
        ("Många barn går genom centrum och en mörk gångtunnel på väg till skolan.",),
        (
            "Gångtunneln har fått ny belysning och väggarna har målats.",
            "Buskar längs skolvägen har beskurits.",
            "Föräldrar har bjudits in till en vandring längs den nya skolvägen.",
        ),
        ("belysning i gångtunneln", "beskärning längs skolvägen", "ny skylt till skolan"),
        540_000,
    ),
    Project(
        "Upprustning av Fruängsgärdet",
        "Fruängsgärdet",
        "Hägersten-Älvsjö",
        2022,
        ("Gärdet är en viktig mötesplats men delar av det används knappt efter skymningen.",),
        ("Gångvägarna har fått ny beläggning och belysning.", "En ny grillplats har anlagts nära bostäderna."),
        (),
        690_000,
    ),
    Project(
        "Belysning i Mariatorget",
        "Mariatorget",
        "Södermalm",
        2015,
        ("Parkens inre delar är mörka och besökarna undviker dem.",),
        ("Belysningen i parkens inre delar har förstärkts.", "Fontänen belyses nu under kvällarna."),
        (),
        410_000,
    ),
    Project(
        "Trygghet i Vasaparken",
        "Vasaparken",
        "Norra innerstaden",
        2024,
        ("Parken har problem med langning och nedskräpning på sommarkvällarna.",),
        (
            "Parkvärdar har funnits i parken under sommaren.",
            "Nya papperskorgar och belysning har satts upp vid lekplatsen.",
            "Samarbetet med polisen har fördjupats.",
        ),
        ("parkvärdar under juni till augusti", "nya papperskorgar", "belysning vid lekplatsen"),
        560_000,
    ),
    Project(
        "Ljusare Hjorthagen",
        "Hjorthagen",
        "Östermalm",
        2019,
        ("Gångvägen ned mot Värtahamnen saknar belysning på flera sträckor.",),
        (
            "Tjugotvå armaturer har satts upp längs gångvägen.",
            "Boende har lämnat positiva synpunkter till förvaltningen.",
        ),
        (),
        880_000,
    ),
    Project(
        "Kista gångtunnel",
        "Kista",
        "Järva",
        2025,
        (
            "Gångtunneln under Kistagången är lång och mörk.",
            "Målet är att tunneln ska kännas trygg även sent på kvällen.",
        ),
        (
            "Tunneln har fått ny belysning och speglar vid svängen.",
            "Väggarna har klätts med klotterskyddade plattor.",
            "Trafikkontoret ansvarar för skötseln framöver.",
        ),
        (),
        1_400_000,
    ),
    Project(
        "Hökarängens centrum - trygghetsvandringar och åtgärder",
        "Hökarängens centrum",
        "Farsta",
        2017,
        ("Trygghetsvandringar har visat flera otrygga platser i centrum.",),
        (
            "Åtgärderna från vandringarna har genomförts i sin helhet.",
            "Belysningen har förbättrats på gågatan och vid tunnelbanan.",
            "En ny vandring i oktober visade att de boende upplever centrum som tryggare.",
        ),
        ("belysning på gågatan", "röjning vid tunnelbanan", "flyttade cykelställ"),
        470_000,
    ),
    Project(
        "Skärholmstorget - tryggare torg",
        "Skärholmstorget",
        "Skärholmen",
        2025,
        ("Torget är centrum för handel och möten men har problem med ordningsstörningar.",),
        (
            "Torget har fått ny belysning, nya bänkar och fler planteringar.",
            "Skärholmens Fastighetsägare har medfinansierat delar av arbetet.",
        ),
        (),
        2_300_000,
    ),
    Project(
        "Belysning Hässelby gårds idrottsplats",
        "Hässelby gårds idrottsplats",
        "Hässelby-Vällingby",
        2014,
        ("Idrottsplatsens parkering och gångvägar är mörka.",),
        ("Parkering och gångvägar har fått ny belysning.",),
        (),
        330_000,
    ),
    Project(
        "Stieg Trenters torg - sittplatser och ljus",
        "Stieg Trenters torg",
        "Kungsholmen",
        2025,
        ("Torget är kalt och används mest som genomfartsplats.",),
        ("Sittplatser och ljusslingor i träden har satts upp.", "Torget har fått en mer ombonad karaktär."),
        (),
        720_000,
    ),
    Project(
        "Kungsträdgården - bättre överblick",
        "Kungsträdgården",
        "Norrmalm",
        2014,
        ("Parkens västra del är skymd av tät växtlighet.",),
        ("Häckarna har sänkts och belysningen har kompletterats.", "Överblicken från Hamngatan har blivit bättre."),
        (),
        600_000,
    ),
)

STAGES = ("slutredovisning", "slutredovisning", "slutredovisning", "delredovisning")

# Label wordings over the years: the 2017 template's long labels and the older short ones.
LONG = {
    "projektnamn": ("Projektnamn",),
    "plats": ("Geografisk plats för investering",),
    "mal_och_syfte": ("Projektets mål och syfte",),
    "slutresultat": (
        "Beskrivning av slutresultat utifrån investeringens mål, syfte och platsens behov av trygghetsskapande åtgärd",
    ),
    "avvikelser": ("Beskrivning av eventuella avvikelser i projektets genomförande",),
    "ekonomiskt_utfall": ("Beskrivning av ekonomiskt utfall och eventuell avvikelse mot kalkylerade utgifter",),
    "bilder_fore": ("Bilder före",),
    "bilder_efter": ("Bilder efter",),
}
SHORT = {
    "projektnamn": ("Projektets namn", "Projektnamn"),
    "plats": ("Plats",),
    "mal_och_syfte": ("Syfte och mål",),
    "slutresultat": ("Resultat",),
    "avvikelser": ("Avvikelser",),
    "ekonomiskt_utfall": ("Ekonomiskt utfall", "Ekonomisk redovisning"),
    "bilder_fore": ("Bilder före",),
    "bilder_efter": ("Bilder efter",),
}

DEVIATIONS = (
    "Inga avvikelser har förekommit.",
    "Projektet blev försenat med två månader på grund av långa leveranstider.",
    "Arbetet kunde inte starta förrän efter sommaren eftersom tillståndet dröjde.",
    "En del av åtgärderna fick flyttas till våren eftersom marken var frusen.",
    "Upphandlingen fick göras om, vilket försenade starten. Åtgärderna blev ändå klara inom året.",
)
PICTURES = (
    "Bilder finns hos förvaltningen och kan lämnas ut på begäran.",
    "Se bifogade fotografier.",
    "Inga bilder har tagits.",
    "",
    PLACEHOLDER,
)
EXTRA = (
    "Förvaltningen har under arbetet haft en löpande dialog med boende, föreningar och näringsidkare i området.",
    "Synpunkter har samlats in via stadens webbplats och vid ett öppet möte i medborgarkontoret.",
    "Åtgärderna följs upp med en ny trygghetsvandring nästa år, då även skötseln ska ses över.",
    "Erfarenheterna har delats med andra stadsdelsförvaltningar som planerar liknande insatser.",
    "Polisen och fastighetsägarna har bidragit med kunskap om var problemen har varit som störst.",
    "Den nya belysningen drar mindre el än den gamla, vilket sänker driftkostnaden.",
)
FIRST = ("Anna", "Erik", "Maria", "Johan", "Sara", "Mikael", "Leila", "Ahmed", "Karin", "Per")
LAST = ("Lindqvist", "Berg", "Hassan", "Nyström", "Ekman", "Sandberg", "Öberg", "Holm")


def _kr(value: int) -> str:
    return f"{value:,}".replace(",", " ") + " kr"


def _economy(rng: random.Random, p: Project, stage: str) -> list[str]:
    outcome = int(round(p.budget * rng.uniform(0.6, 1.05), -4))
    if stage == "delredovisning":
        return [
            f"Av beviljade {_kr(p.budget)} har {_kr(int(round(outcome / 2, -4)))} använts under {p.year}.",
            f"Projektet slutredovisas {p.year + 1}.",
        ]
    form = rng.randrange(3)
    if form == 0:
        return [f"Budget för projektet var {_kr(p.budget)}. Utfallet för {p.year} blev {_kr(outcome)}."]
    if form == 1:
        text = f"Projektet beviljades {_kr(p.budget)} och kostnaderna uppgick till {_kr(outcome)} under {p.year}."
        return [text, "Det återstående beloppet återförs till kommunstyrelsen."]
    mnkr = f"{outcome / 1e6:.1f}".replace(".", ",")
    return [f"Det ekonomiska utfallet för {p.year} uppgick till cirka {mnkr} mnkr, vilket ryms inom budget."]


def _paragraphs(rng: random.Random, p: Project, long: bool) -> list[str]:
    k = rng.randint(1, len(p.results))
    paras = [" ".join(p.results[:k])]
    if p.items and rng.random() < 0.6:
        intro = "Följande har gjorts:"
        bullet = rng.choice(("– ", "- ", "numbered"))  # no "•": reportlab base fonts write it without a Unicode map
        paras.append(intro)
        for i, item in enumerate(p.items, 1):
            paras.append(f"{i}) {item}" if bullet == "numbered" else f"{bullet}{item}")
    if long:
        paras += [rng.choice(EXTRA) + " " + rng.choice(EXTRA) for _ in range(6)]
    elif rng.random() < 0.4:
        paras.append(rng.choice(EXTRA))
    return paras


def committee_of(district: str, rng: random.Random) -> str:
    return f"{GENITIVE[district]} {rng.choice(('stadsdelsnämnd', 'stadsdelsnämnd', 'stadsdelsförvaltning'))}"


def _dnr(rng: random.Random, year: int) -> str:
    return f"{rng.choice(('1.5.3', '1.2', '2.1', '3.1.2'))}-{rng.randint(100, 899)}-{year}"


def followup(rng: random.Random, p: Project, long: bool = False, short_labels: bool | None = None) -> Form:
    if short_labels is None:
        short_labels = p.year <= 2016 and rng.random() < 0.8
    labels = {k: rng.choice((SHORT if short_labels else LONG)[k]) for k in LONG}
    stage = rng.choice(STAGES)
    committee = committee_of(p.district, rng)
    location = rng.choice((f"{p.place}, {committee}", f"{p.place} i {committee}", f"{p.place} ({committee})"))
    rows = [
        Row(labels["projektnamn"], [p.name], "projektnamn"),
        Row(labels["plats"], [location], "plats"),
        Row(labels["mal_och_syfte"], list(p.purpose[: rng.randint(1, len(p.purpose))]), "mal_och_syfte"),
        Row("", ["Slutredovisning" if stage == "slutredovisning" else "Delredovisning"], None, MARKER),
        Row(labels["slutresultat"], _paragraphs(rng, p, long), "slutresultat"),
    ]
    deviation = rng.choice(DEVIATIONS) if rng.random() < 0.85 else rng.choice(("", PLACEHOLDER))
    rows.append(Row(labels["avvikelser"], [deviation], "avvikelser"))
    rows.append(Row(labels["ekonomiskt_utfall"], _economy(rng, p, stage), "ekonomiskt_utfall"))
    pictures = rng.choice(PICTURES)
    rows.append(Row(labels["bilder_fore"], [pictures], "bilder_fore"))
    rows.append(Row(labels["bilder_efter"], [pictures], "bilder_efter"))
    kind = "trygghetsinvestering"
    title = rng.choice(
        (
            f"Bilaga 5 - Uppföljning {kind}",
            f"Bilaga 5 Uppföljning av lokala investeringsprojekt för ökad trygghet {p.year}",
            f"Bilaga 5. Uppföljning {kind} {p.year}",
        )
    )
    return Form(
        title=title,
        form_kind="uppfoljning",
        appendix="5",
        year=p.year,
        district=p.district,
        stage=stage,
        project=p.name,
        location=location,
        rows=rows,
        committee=committee,
        dnr=_dnr(rng, p.year),
        date=f"{p.year}-{rng.randint(9, 12):02d}-{rng.randint(1, 28):02d}",
    )


def application(rng: random.Random, p: Project) -> Form:
    committee = f"{GENITIVE[p.district]} stadsdelsnämnd"
    first, last = rng.choice(FIRST), rng.choice(LAST)
    person = f"{first} {last}"
    mail = f"{first}.{last}@stockholm.se".lower().replace("ö", "o").replace("ä", "a").replace("å", "a")
    requested = p.budget
    amount = rng.choice((f"{requested:,}".replace(",", " "), _kr(requested), f"{requested // 1000} tkr"))
    description = list(p.purpose) + [f"Insatsen genomförs under {p.year} på {p.place}."]
    if p.items and rng.random() < 0.5:
        description += ["Insatsen omfattar:"] + [f"– {i}" for i in p.items]
    needs = [
        "Trygghetsvandringar och stadens trygghetsmätning pekar ut platsen som en av de mest otrygga i området.",
        "Polisen har bekräftat bilden i sin lägesbild.",
    ]
    if rng.random() < 0.15:
        needs = [PLACEHOLDER]
    rows = [
        Row("Namn på insats", [p.name], "insats"),
        Row("Sökt belopp", [amount], "sokt_belopp"),
        Row("Sökande nämnd", [committee], "sokande_namnd"),
        Row("Ev medsökande nämnd", [PLACEHOLDER], "medsokande_namnd"),
        Row("Kontaktperson", [person], "kontaktperson"),
        Row("Telefon", [f"08-508 {rng.randint(10, 99)} {rng.randint(100, 999)}"], "telefon"),
        Row("E-post", [mail], "epost"),
        Row(
            "Ev samverkan",
            [rng.choice(("Polisen och lokala fastighetsägare.", PLACEHOLDER, "Trafikkontoret."))],
            "samverkan",
        ),
        Row("1. Beskrivning (mål och syfte)", description, "beskrivning", HEADING),
        Row("1.1 Behovsanalys/problembeskrivning", needs, "behovsanalys", HEADING),
    ]
    return Form(
        title="Bilaga 5b\nAnsökan om investeringsmedel (CM4) för trygghetsskapande åtgärder",
        form_kind="ansokan",
        appendix="5b",
        year=p.year,
        district=p.district,
        stage=None,
        project=p.name,
        location=None,
        rows=rows,
        committee=committee,
        dnr=_dnr(rng, p.year),
        date=f"{p.year}-{rng.randint(1, 4):02d}-{rng.randint(1, 28):02d}",
    )


def lengthen(rng: random.Random, form: Form) -> None:
    """One more paragraph in the form's longest free-text answer (to push it over a page break)."""
    key = "slutresultat" if form.form_kind == "uppfoljning" else "beskrivning"
    row = next(r for r in form.rows if r.key == key)
    row.paragraphs.append(rng.choice(EXTRA) + " " + rng.choice(EXTRA))


def make_form(rng: random.Random, index: int, *, long: bool = False, kind: str | None = None) -> Form:
    """Form `index` of a set: projects in turn, about one in five an application."""
    pid = index % len(PROJECTS)
    p = PROJECTS[pid]
    kind = kind or ("ansokan" if rng.random() < 0.2 else "uppfoljning")
    form = application(rng, p) if kind == "ansokan" else followup(rng, p, long=long)
    form.project_id = pid
    return form
