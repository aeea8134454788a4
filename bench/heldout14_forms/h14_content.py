"""The ninth generator's own Swedish content: one form (template, labels, answers) and its truth record.

Written fresh for this set. A form is plain data (`Form`); the renderers in the other `h14_*` modules draw it, and
`Form.truth()` is what a correct extraction gives (tests/layout_scoring.py's fields and sections).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

PLACEHOLDER = "Klicka här för att ange text."

OLD_DISTRICTS = (
    "Bromma",
    "Enskede-Årsta-Vantör",
    "Farsta",
    "Hägersten-Liljeholmen",
    "Hässelby-Vällingby",
    "Kungsholmen",
    "Norrmalm",
    "Rinkeby-Kista",
    "Skarpnäck",
    "Skärholmen",
    "Spånga-Tensta",
    "Södermalm",
    "Älvsjö",
    "Östermalm",
)
MERGED_2020 = {"Hägersten-Liljeholmen": "Hägersten-Älvsjö", "Älvsjö": "Hägersten-Älvsjö"}
MERGED_2023 = {
    "Rinkeby-Kista": "Järva",
    "Spånga-Tensta": "Järva",
    "Norrmalm": "Norra innerstaden",
    "Östermalm": "Norra innerstaden",
}

# Places known to lie in one old district (the district they lay in before the mergers).
PLACES = {
    "Bromma": ("Brommaplan", "Åkeshovs slottspark", "Blackebergs centrum"),
    "Enskede-Årsta-Vantör": ("Rågsveds centrum", "Hagsätra centrum", "Årsta torg"),
    "Farsta": ("Farsta centrum", "Hökarängens centrum", "Fagersjö gård"),
    "Hägersten-Liljeholmen": ("Liljeholmstorget", "Fruängens centrum", "Axelsbergs torg"),
    "Hässelby-Vällingby": ("Vällingby centrum", "Råcksta träsk", "Hässelby strand"),
    "Kungsholmen": ("Kronobergsparken", "Fridhemsplan", "Rålambshovsparken"),
    "Norrmalm": ("Vasaparken", "Odenplan", "Sergels torg"),
    "Rinkeby-Kista": ("Husby torg", "Rinkeby torg", "Kista torg"),
    "Skarpnäck": ("Bagarmossens centrum", "Skarpnäcks allé", "Björkhagens centrum"),
    "Skärholmen": ("Skärholmens centrum", "Vårby gård", "Bredängs centrum"),
    "Spånga-Tensta": ("Tensta centrum", "Spånga IP", "Hjulsta torg"),
    "Södermalm": ("Mariatorget", "Medborgarplatsen", "Hornstull"),
    "Älvsjö": ("Älvsjö centrum", "Solberga bollplan", "Herrängens gård"),
    "Östermalm": ("Karlaplan", "Tessinparken", "Stureplan"),
}

WORKS = (
    ("Trygghetsbelysning", "ny trygghetsbelysning längs gång- och cykelvägen"),
    ("Kameraövervakning", "kameror som täcker entréerna och busshållplatsen"),
    ("Röjning av buskage och sly", "röjning av täta buskage och sly mellan husen"),
    ("Pollare och genomsiktliga staket", "pollare mot biltrafik och genomsiktliga staket"),
    ("Upprustning av torgytan", "upprustning av torget med nya bänkar och planteringar"),
    ("Belyst utegym", "ett belyst utegym som kan användas kvällstid"),
    ("Konst i gångtunneln", "konst och ljussättning i den mörka gångtunneln"),
    ("Platssamverkan", "platssamverkan med fastighetsägare och butiker"),
    ("Energisnål belysning", "byte till energisnåla LED-armaturer med styrning"),
)

LONG_TAILS = (
    " samt tillgänglighetsanpassade entréer och nya gångstråk mot tunnelbanan",
    " med kompletterande åtgärder för ökad överblick vid skolvägen och lekplatsen",
    " inklusive ombyggnad av belysningen i parken och längs strandpromenaden",
)

FIRST = ("Karin", "Mehmet", "Sofia", "Johan", "Amira", "Per", "Elin", "Yusuf", "Maria", "Lars", "Ingrid", "Omar")
LAST = ("Holmqvist", "Dahlberg", "Nyström", "Aydin", "Sandberg", "Lindgren", "Ekström", "Haddad", "Wallin")

ORGS = (
    "polisen",
    "Polismyndigheten",
    "trafikkontoret",
    "fastighetskontoret",
    "AB Svenska Bostäder",
    "Familjebostäder",
    "Stockholmshem",
    "SISAB",
    "Micasa",
    "Stockholm Vatten och Avfall",
    "idrottsförvaltningen",
    "Länsstyrelsen",
    "Stiftelsen Tryggare Sverige",
    "Fastighetsägarna Stockholm",
    "nattvandrarna",
    "Trafikverket",
    "Region Stockholm",
    "S:t Erik Kommunikation",
    "stadsledningskontoret",
    "Integritetsskyddsmyndigheten",
)

AIMS = (
    "Syftet är att boende ska kunna röra sig tryggt mellan bostaden och kollektivtrafiken även sent på kvällen.",
    "Målet är att platsen ska upplevas som öppen och välskött så att fler väljer att stanna där.",
    "Åtgärden ska minska antalet mörka och skymda partier som många har pekat ut som otrygga.",
    "Insatsen riktar sig särskilt till barn och unga som passerar platsen på väg till skola och idrott.",
    "Genom åtgärden vill förvaltningen minska skadegörelsen och klottret i området.",
    "En ljusare och mer överblickbar miljö gör det lättare att se och att bli sedd.",
)
RESULTS = (
    "Vid den uppföljande trygghetsvandringen framförde deltagarna betydligt färre synpunkter än tidigare.",
    "Antalet felanmälningar om trasig belysning och nedskräpning har minskat tydligt sedan arbetet blev klart.",
    "Butikerna runt platsen berättar att fler kunder rör sig där under kvällstid.",
    "En enkät till boende visar att andelen som känner sig otrygga har sjunkit.",
    "Platsen används nu flitigt, även av äldre som tidigare undvek den efter mörkrets inbrott.",
    "Förvaltningen sköter anläggningen och följer upp den i den årliga skötselplanen.",
)
DEVIATIONS = (
    "Leveransen av stolpar blev försenad, så arbetet avslutades några veckor senare än planerat.",
    "Inga avvikelser från den ursprungliga planen har uppstått.",
    "Markarbetena blev mer omfattande än väntat eftersom ledningar låg grundare än ritningarna visade.",
    "Tillståndsprövningen tog längre tid än beräknat, vilket sköt upp starten till efter sommaren.",
    "En del av planteringarna fick vänta till hösten för att inte störa fågelhäckningen.",
)
NEEDS = (
    "Boende har i flera år anmält att platsen känns otrygg, särskilt under vinterhalvåret.",
    "Vid trygghetsvandringar har deltagarna pekat ut platsen som en av de mest otrygga i området.",
    "Polisens lägesbild visar att rån och skadegörelse ökat kring platsen de senaste åren.",
    "Platsen är dåligt belyst och har många skymda hörn där det är svårt att se vem som kommer.",
    "Föräldrar har hört av sig om att barnen undviker gångvägen när det är mörkt.",
)
TRAFFIC_BG = (
    "Trafiknämnden fattade genomförandebeslut om åtgärden efter önskemål från stadsdelsnämnden.",
    "Platsen har länge haft brister i belysning och sikt, vilket har påtalats av boende och skolor.",
)
TRAFFIC_DONE = (
    "Arbetet utfördes av entreprenör under trafikkontorets ledning och slutbesiktigades utan anmärkningar.",
    "Under byggtiden leddes gång- och cykeltrafiken om via en tillfällig passage.",
)
BULLETS = (
    "nya armaturer längs gångvägen",
    "röjning av sly vid entréerna",
    "skyltning mot tunnelbanan",
    "uppföljande trygghetsvandring",
    "nya papperskorgar och bänkar",
    "klotterskydd på väggarna",
    "information till boende och butiker",
)
MORE = (  # for the long forms that run over two or three pages
    "Under projektets gång hölls tre möten med boende och föreningar i området.",
    "Synpunkterna från dialogen har tagits till vara i den slutliga utformningen.",
    "Skötseln efter genomförandet ingår i förvaltningens ordinarie driftbudget.",
    "Åtgärden har samordnats med andra pågående insatser i stadsdelen.",
    "Det har varit viktigt att arbetet inte stör verksamheterna runt platsen.",
    "Informationsskyltar sattes upp under hela byggtiden.",
    "Projektgruppen har bestått av representanter från förvaltningens olika avdelningar.",
    "En ny trygghetsvandring planeras om ett år för att följa upp effekten.",
    "Erfarenheterna kommer att användas när liknande platser ska åtgärdas.",
    "Kvällstid är platsen nu betydligt ljusare och mer överblickbar.",
)
PICTURE_ANSWERS = ("Se bifogade bilder.", "Bilder bifogas separat.", "Foton finns i diariet.")


def genitive(name: str) -> str:
    """'Norrmalm' -> 'Norrmalms'; names ending in a vowel or s take no s ('Farsta', 'Järva')."""
    return name if name[-1].lower() in "aeiouyåäös" else name + "s"


def district_in(old: str, year: int) -> str:
    """The committee an old district's area belonged to in `year` (mergers 1 July 2020 and 2023)."""
    if year > 2020 and old in MERGED_2020:
        return MERGED_2020[old]
    if year > 2023 and old in MERGED_2023:
        return MERGED_2023[old]
    return old


def district_today(name: str) -> str:
    return MERGED_2023.get(MERGED_2020.get(name, name), MERGED_2020.get(name, name))


def thousands(n: int, sep: str = " ") -> str:
    return f"{n:,}".replace(",", sep)


def money(rng: random.Random, sek: int) -> str:
    """`sek` written in one of the ways reports write money."""
    style = rng.randrange(10)
    if style == 0:
        return f"{thousands(sek)} kr"
    if style == 1:
        return f"{thousands(sek)} kronor"
    if style == 2:
        return f"{thousands(sek // 1000)} tkr"
    if style == 3:
        return f"{sek / 1e6:.1f} mnkr".replace(".", ",")
    if style == 4:
        return f"{sek / 1e6:.3f} mnkr".replace(".", ",")
    if style == 5:
        return f"{sek / 1e6:.2f} Mkr".replace(".", ",")
    if style == 6:
        return f"SEK {thousands(sek, ',')}"
    if style == 7:
        return f"{sek / 1e6:.1f} MSEK".replace(".", ",")
    if style == 8:
        return f"{sek / 1e6:.1f} miljoner kronor".replace(".", ",")
    return f"{thousands(sek)} SEK"


@dataclass
class Section:
    key: str
    label: str
    blocks: list[str | list[str]] = field(default_factory=list)  # paragraphs; a list is a bullet list
    placeholder: bool = False  # an empty answer drawn as Word's placeholder

    @property
    def text(self) -> str:
        parts: list[str] = []
        for block in self.blocks:
            parts.extend(f"• {item}" for item in block) if isinstance(block, list) else parts.append(block)
        return " ".join(parts)


@dataclass
class Form:
    template: str  # f5, f7, a5b, a7, traffic
    title: str
    appendix: str | None
    year: int
    district: str
    project: str
    location: str | None
    stage: str | None
    dnr: str
    sections: list[Section]

    @property
    def form_kind(self) -> str:
        return "ansokan" if self.template.startswith("a") else "uppfoljning"

    @property
    def header(self) -> list[Section]:
        """An application's short header fields (drawn as a grid by some layouts)."""
        return (
            [s for s in self.sections if s.key not in ("beskrivning", "behovsanalys")]
            if self.form_kind == "ansokan"
            else []
        )

    @property
    def stage_after(self) -> str | None:
        """The key after whose answer a follow-up draws its stage marker alone in the answer column."""
        return "mal_och_syfte" if self.template in ("f5", "f7") else None

    def truth(self, variant: str, producer: str, layer: str) -> dict:
        return {
            "title": self.title,
            "form_kind": self.form_kind,
            "appendix": self.appendix,
            "year": self.year,
            "district": self.district,
            "district_today": district_today(self.district),
            "project": self.project,
            "location": self.location,
            "stage": self.stage,
            "sections": [{"key": s.key, "label": s.label, "text": s.text} for s in self.sections],
            "variant": variant,
            "producer": producer,
            "layer": layer,
        }


def _paragraphs(
    rng: random.Random, pool: tuple[str, ...], org: str, extra: list[str], long: bool = False
) -> list[str | list[str]]:
    sentences = rng.sample(pool, rng.randint(1, min(3, len(pool))))
    if long:
        sentences += rng.sample(MORE, rng.randint(6, 10))
    if rng.random() < 0.5:
        sentences.insert(rng.randrange(len(sentences) + 1), f"Arbetet har genomförts tillsammans med {org}.")
    sentences += extra
    blocks: list[str | list[str]] = []
    if len(sentences) > 2 and (long or rng.random() < 0.45):  # two paragraphs
        cut = rng.randint(1, len(sentences) - 1)
        blocks = [" ".join(sentences[:cut]), " ".join(sentences[cut:])]
    else:
        blocks = [" ".join(sentences)]
    if rng.random() < 0.25:
        blocks[-1] += " Insatsen omfattade:"
        blocks.append(rng.sample(BULLETS, rng.randint(2, 3)))
    return blocks


def _year(rng: random.Random) -> int:
    return rng.choice([y for y in range(2015, 2026) if y not in (2020, 2023)])


def make_form(rng: random.Random, template: str | None = None) -> Form:
    template = template or rng.choice(("f5", "f5", "f7", "a5b", "a5b", "a7", "traffic"))
    year = _year(rng)
    long = rng.random() < 0.55
    old = rng.choice(OLD_DISTRICTS)
    district = district_in(old, year)
    place = rng.choice(PLACES[old])
    work, work_phrase = rng.choice(WORKS)
    project = f"{work} {rng.choice(('vid', 'på', 'kring'))} {place}" if template != "traffic" else f"{work} {place}"
    if rng.random() < 0.2:
        project += rng.choice(LONG_TAILS)
    org, org2 = rng.sample(ORGS, 2)
    dnr = f"Dnr {rng.choice(('1.5.3', '3.1.2', '2.6'))}-{rng.randint(100, 999)}-{year}"
    committee = f"{genitive(district)} stadsdelsnämnd"
    budget = rng.randrange(150, 4800) * 1000
    outcome = budget + rng.choice((-1, 1)) * rng.randrange(5, 60) * 1000
    hedge = rng.choice(("", "", "cirka ", "drygt ", "knappt ", "omkring "))
    money_text = (
        f"Budgeten för projektet var {money(rng, budget)}. Det ekonomiska utfallet för {year} uppgick till "
        f"{hedge}{money(rng, outcome)}."
    )
    if rng.random() < 0.4:
        money_text += f" Avvikelsen mot kalkylerade utgifter blev {money(rng, abs(budget - outcome))}."
    if rng.random() < 0.25:
        money_text += f" Året innan låg kostnaden på {money(rng, outcome // 2)} ({money(rng, outcome // 3)})."
    if rng.random() < 0.15:
        money_text += " Stadsdelens ram för trygghetsinvesteringar var två miljoner kronor."

    sections: list[Section]
    stage: str | None = None
    location: str | None = None
    if template in ("f5", "f7"):
        stage = rng.choice(("slutredovisning", "slutredovisning", "delredovisning"))
        location = rng.choice((f"{place}, {committee}", f"{place} i {district}", f"{place} ({committee})"))
        long_labels = rng.random() < 0.5
        sections = [
            Section("projektnamn", rng.choice(("Projektnamn", "Projektets namn")), [project]),
            Section("plats", "Geografisk plats för investering" if long_labels else "Plats", [location]),
            Section(
                "mal_och_syfte",
                rng.choice(("Projektets mål och syfte", "Syfte och mål")),
                [f"Projektet gäller {work_phrase}. " + " ".join(rng.sample(AIMS, rng.randint(1, 3) + 3 * long))],
            ),
            Section(
                "slutresultat",
                "Beskrivning av slutresultat utifrån investeringens mål, syfte och platsens behov "
                "av trygghetsskapande åtgärd"
                if long_labels
                else "Resultat",
                _paragraphs(rng, RESULTS, org, [], long),
            ),
            Section(
                "avvikelser",
                "Beskrivning av eventuella avvikelser i projektets genomförande" if long_labels else "Avvikelser",
                _paragraphs(rng, DEVIATIONS, org2, [], long),
            ),
            Section(
                "ekonomiskt_utfall",
                "Beskrivning av ekonomiskt utfall och eventuell avvikelse mot kalkylerade utgifter"
                if long_labels
                else rng.choice(("Ekonomiskt utfall", "Ekonomisk redovisning")),
                [money_text],
            ),
        ]
        for key in ("bilder_fore", "bilder_efter"):
            label = "Bilder före" if key == "bilder_fore" else "Bilder efter"
            answer = [rng.choice(PICTURE_ANSWERS)] if rng.random() < 0.5 else []
            sections.append(Section(key, label, answer))
        title = rng.choice(
            (
                f"Bilaga {template[1]} Uppföljning {'trygghetsinvestering' if template == 'f5' else 'klimatinvestering'}",
                f"Bilaga {template[1]} - Uppföljning {'trygghetsinvestering' if template == 'f5' else 'klimatinvestering'}",
            )
        )
        appendix: str | None = template[1]
    elif template == "traffic":
        stage = "slutredovisning"
        location = f"{place}, {committee}"
        sections = [
            Section("bakgrund", "Bakgrund", [" ".join(rng.sample(TRAFFIC_BG, rng.randint(1, 2)))]),
            Section("plats", "Plats", [location]),
            Section("mal_och_syfte", "Syfte och mål", [f"Åtgärden omfattar {work_phrase}. " + rng.choice(AIMS)]),
            Section("genomforande", "Genomförande", [" ".join(rng.sample(TRAFFIC_DONE, rng.randint(1, 2)))]),
            Section("slutresultat", "Resultat", _paragraphs(rng, RESULTS, org, [], long)),
            Section("ekonomiskt_utfall", "Ekonomisk redovisning", [money_text]),
        ]
        title = f"{project}. Slutredovisning"
        appendix = None
    else:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        email = f"{first}.{last}@stockholm.se".lower().replace("ö", "o").replace("ä", "a").replace("å", "a")
        phone = f"08-508 {rng.randint(10, 99)} {rng.randint(100, 999)}"
        asked = rng.randrange(100, 3000) * 1000
        asked_text = rng.choice((thousands(asked), f"{thousands(asked)} kr", money(rng, asked)))
        co = rng.random()
        co_blocks: list[str | list[str]] = (
            [
                f"{genitive(rng.choice([d for d in OLD_DISTRICTS if d != old and district_in(d, year) != district]))} stadsdelsnämnd"
            ]
            if co < 0.3
            else []
        )
        coop: list[str | list[str]] = [f"{org} och {org2}"] if rng.random() < 0.6 else []
        medlabel = rng.choice(("Ev medsökande nämnd", "Ev. medsökande nämnd"))
        sections = [
            Section("insats", "Namn på insats", [project]),
            Section("sokt_belopp", "Sökt belopp", [asked_text]),
            Section("sokande_namnd", "Sökande nämnd", [committee]),
            Section("medsokande_namnd", medlabel, co_blocks, placeholder=not co_blocks and rng.random() < 0.5),
            Section(
                "kontaktperson",
                "Kontaktperson",
                [f"{first} {last}" + rng.choice(("", ", trygghetssamordnare", ", enhetschef"))],
            ),
            Section("telefon", "Telefon", [phone]),
            Section("epost", "E-post", [email]),
            Section("samverkan", "Ev samverkan", coop, placeholder=not coop and rng.random() < 0.5),
            Section(
                "beskrivning",
                "1. Beskrivning (mål och syfte)",
                _paragraphs(
                    rng,
                    AIMS,
                    org,
                    [
                        f"Vi söker medel för {work_phrase} vid {place}.",
                        f"Insatsen planeras att genomföras under {year}.",
                    ],
                    long,
                ),
            ),
            Section("behovsanalys", "1.1 Behovsanalys/problembeskrivning", _paragraphs(rng, NEEDS, org2, [], long)),
        ]
        title = (
            "Bilaga 5b Ansökan om investeringsmedel (CM4) för trygghetsskapande åtgärder"
            if template == "a5b"
            else "Bilaga 7 Ansökan om investeringsmedel för klimatinvesteringar"
        )
        appendix = "5b" if template == "a5b" else "7"
    return Form(template, title, appendix, year, district, project, location, stage, dnr, sections)
