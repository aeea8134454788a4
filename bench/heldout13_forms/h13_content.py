"""The thirteenth generator's own Swedish form content: one `Form` per PDF, drawn from a seeded random source.

Written fresh for this set. A form holds its metadata truth and its sections; each section keeps the parts the
producers draw (paragraphs, bullet items, or nothing) and its truth text (the parts joined by single spaces,
bullets as "• item", an empty or placeholder answer as "").
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

PLACEHOLDER = "Klicka här för att ange text."
NBSP = "\u00a0"

# The committees by period: before the merger of 1 July 2020, between it and 1 July 2023, after.
DISTRICTS_OLD = (
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
# Years well inside a period, so that the committee of the year is never in doubt.
YEARS = (2015, 2016, 2017, 2018, 2019, 2021, 2022, 2024, 2025)

# Places and the district (of before 2020) they lie in.
PLACES = (
    ("Sergels torg", "Norrmalm"),
    ("Kungsträdgården", "Norrmalm"),
    ("Vasaparken", "Norrmalm"),
    ("Stureplan", "Östermalm"),
    ("Fältöversten", "Östermalm"),
    ("Husby torg", "Rinkeby-Kista"),
    ("Kista torg", "Rinkeby-Kista"),
    ("Rinkeby torg", "Rinkeby-Kista"),
    ("Spånga IP", "Spånga-Tensta"),
    ("Tensta centrum", "Spånga-Tensta"),
    ("Axelsbergs torg", "Hägersten-Liljeholmen"),
    ("Fruängens centrum", "Hägersten-Liljeholmen"),
    ("Älvsjö centrum", "Älvsjö"),
    ("Solbergaskogen", "Älvsjö"),
    ("Årsta IP", "Enskede-Årsta-Vantör"),
    ("Högdalens centrum", "Enskede-Årsta-Vantör"),
    ("Tunnlandsparken", "Bromma"),
    ("Brommaplan", "Bromma"),
    ("Rålambshovsskolan", "Kungsholmen"),
    ("Stieg Trenters torg", "Kungsholmen"),
    ("Medborgarplatsen", "Södermalm"),
    ("Hornstull", "Södermalm"),
    ("Farsta centrum", "Farsta"),
    ("Hökarängens centrum", "Farsta"),
    ("Björkhagens torg", "Skarpnäck"),
    ("Skärholmens centrum", "Skärholmen"),
    ("Vällingby torg", "Hässelby-Vällingby"),
    ("Hässelby gårds centrum", "Hässelby-Vällingby"),
)

MEASURES = (
    "Trygghetsbelysning",
    "Kameraövervakning",
    "Röjning av buskage och sly",
    "Pollare och genomsiktliga staket",
    "Upprustning av torget",
    "Nytt utegym",
    "Konst i gångtunneln",
    "Platssamverkan",
)
LONG_TAILS = (
    "med ny belysning längs gångstråken mot tunnelbanan och busshållplatserna",
    "inklusive röjning av vegetation och byte av armaturer vid entréerna",
    "etapp två med utökad belysning, nya sittplatser och bättre överblick kvällstid",
)
CLIMATE_MEASURES = (
    "Byte till LED-armaturer",
    "Solceller på förrådet",
    "Laddplatser för elcyklar",
    "Gröna tak på väntkuren",
)
TRAFFIC_MEASURES = ("Ny gångpassage", "Hastighetsdämpande åtgärder", "Belysning", "Pollare")

ORGS = (
    "trafikkontoret",
    "fastighetskontoret",
    "exploateringskontoret",
    "Stockholms Stads Parkerings AB",
    "AB Svenska Bostäder",
    "Familjebostäder",
    "Stockholmshem",
    "Micasa",
    "SISAB",
    "Stockholm Vatten och Avfall",
    "Stockholm Exergi",
    "polisen",
    "lokalpolisområdet",
    "Stiftelsen Tryggare Sverige",
    "nattvandrarna",
    "Fastighetsägarna Stockholm",
    "idrottsförvaltningen",
    "S:t Erik Kommunikation",
)
FIRST = ("Annika", "Mats", "Leila", "Jonas", "Sofia", "Hampus", "Elin", "Farid", "Karin", "Oskar", "Nadia")
LAST = ("Holmqvist", "Sandberg", "Öberg", "Lindström", "Karimi", "Wallin", "Ekström", "Nyberg", "Åkesson")
ROLES_ = ("trygghetssamordnare", "projektledare", "enhetschef", "miljösamordnare")


def genitive(district: str) -> str:
    """'Farsta' -> 'Farsta', 'Norrmalm' -> 'Norrmalms' (a name ending in a vowel takes no s)."""
    return district if district[-1] in "aeiouyåäö" else district + "s"


def district_in(year: int, old: str) -> str:
    """The committee of `year` covering what was `old` before 2020."""
    if year > 2020:
        old = MERGED_2020.get(old, old)
    if year > 2023:
        old = MERGED_2023.get(old, old)
    return old


def district_today(name: str) -> str:
    merged = MERGED_2020.get(name, name)
    return MERGED_2023.get(merged, merged)


@dataclass
class Section:
    key: str
    label: str
    paragraphs: list[str] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)
    placeholder: bool = False  # drawn as Word's placeholder, read as empty

    @property
    def text(self) -> str:
        parts = [*self.paragraphs, *(f"• {b}" for b in self.bullets)]
        return " ".join(" ".join(parts).split())

    @property
    def short(self) -> bool:
        return not self.bullets and len(self.paragraphs) <= 1 and len(self.text) < 70


@dataclass
class Form:
    title: str
    form_kind: str
    appendix: str | None
    year: int
    district: str
    project: str
    location: str | None
    stage: str | None  # "slutredovisning"/"delredovisning"
    dnr: str
    header: list[Section]  # application header fields (drawn as a grid where the layout has one)
    sections: list[Section]  # body sections in order; a follow-up's stage marker goes after the first three

    def all_sections(self) -> list[Section]:
        return [*self.header, *self.sections]

    def stage_after(self) -> int:
        """How many sections come before the stage marker (a follow-up from a template); -1: none drawn."""
        if self.stage is None or not self.title.startswith("Bilaga"):
            return -1
        return 3

    def truth(self, variant: str, producer: str, layer: str, pages: int) -> dict:
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
            "sections": [{"key": s.key, "label": s.label, "text": s.text} for s in self.all_sections()],
            "pages": pages,
            "variant": variant,
            "producer": producer,
            "layer": layer,
        }


def money(rng: random.Random, sek: int) -> str:
    """`sek` written in one of the ways the committees write money."""
    style = rng.randrange(11)
    if style == 0:
        return f"{sek:,}".replace(",", " ") + " kr"
    if style == 1:
        return f"{sek:,}".replace(",", NBSP) + " kronor"
    if style == 2:
        return f"{sek / 1e6:.1f}".replace(".", ",") + " mnkr"
    if style == 3:
        return f"{sek / 1e6:.3f}".replace(".", ",") + " mnkr"
    if style == 4:
        return f"{round(sek / 1000)} tkr"
    if style == 5:
        return f"{sek / 1e6:.1f}".replace(".", ",") + " Mkr"
    if style == 6:
        return f"SEK {sek:,}"
    if style == 7:
        return rng.choice(("två miljoner kronor", "en halv miljon kronor", "fyra miljoner kronor"))
    if style == 8:
        return f"{sek / 1e6:.1f}".replace(".", ",") + " miljoner kronor"
    if style == 9:
        return f"{sek / 1e6:.2f}".replace(".", ",") + " MSEK"
    return f"{sek:,}".replace(",", " ") + " SEK"


HEDGES = ("ca", "cirka", "drygt", "knappt", "omkring", "runt", "närmare")


def _sentences(rng: random.Random, pool: tuple[str, ...], k: int, **names: str) -> list[str]:
    return [s.format(**names) for s in rng.sample(pool, min(k, len(pool)))]


PURPOSE = (
    "Syftet är att boende och besökare ska uppleva {place} som tryggare under dygnets mörka timmar.",
    "Investeringen ska minska otryggheten kring {place} som lyfts fram vid trygghetsvandringar.",
    "Målet är att fler ska välja att vistas på platsen, särskilt kvinnor, äldre och unga.",
    "Åtgärden ska göra platsen mer överblickbar och minska antalet skymda hörn.",
    "Projektet ska komplettera det förebyggande arbete som {org} redan bedriver i området.",
    "Genom bättre ljus och öppnare siktlinjer ska platsen kännas mer välkomnande.",
)
RESULT = (
    "Efter åtgärden upplever de som tillfrågats att {place} är ljusare och mer överblickbar.",
    "Vid den uppföljande trygghetsvandringen fick platsen tydligt bättre omdömen än tidigare.",
    "Anmälningarna om skadegörelse har enligt {org} minskat sedan arbetet avslutades.",
    "Fler rör sig nu längs stråket även sent på kvällen, vilket bidrar till en naturlig övervakning.",
    "Skötseln har förts över till {org} som ansvarar för driften framöver.",
    "Förvaltningen bedömer att investeringen har uppfyllt sitt syfte.",
)
DEVIATION = (
    "Leveransen av armaturer blev försenad, vilket flyttade färdigställandet några veckor.",
    "Upphandlingen överklagades och fick göras om under våren.",
    "Inga avvikelser har skett i projektets genomförande.",
    "Markarbetena blev mer omfattande än beräknat eftersom ledningar fick flyttas i samråd med {org}.",
    "Tidplanen justerades för att inte störa evenemang på platsen.",
)
BACKGROUND = (
    "Platsen har länge upplevts som otrygg, vilket framkommit i stadens trygghetsmätning.",
    "Boende har i medborgardialoger pekat ut {place} som en plats de undviker efter mörkrets inbrott.",
    "Polisen har beskrivit återkommande ordningsstörningar vid {place}.",
    "Trafiknämnden fattade genomförandebeslut och gav trafikkontoret i uppdrag att genomföra åtgärden.",
)
NEED = (
    "I trygghetsmätningen uppger många boende att de undviker {place} när det är mörkt.",
    "Belysningen är gammal och flera armaturer har varit trasiga under lång tid.",
    "Buskagen skymmer sikten mot gångvägen och skapar platser där man inte syns.",
    "{org} har vid flera tillfällen påtalat behovet av åtgärder.",
    "Platsen används av många barn och unga på väg till och från skolan.",
)
BULLETS = (
    "nya armaturer längs huvudstråket",
    "röjning av sly vid entréerna",
    "två pollare vid infarten",
    "en ny skylt med kartor över området",
    "målning av gångtunnelns väggar",
    "fler sittplatser vid torget",
    "uppföljande trygghetsvandring med {org}",
)
CLIMATE = (
    "Åtgärden beräknas minska elförbrukningen med omkring 60 procent jämfört med dagens armaturer.",
    "Klimatnyttan följs upp genom mätning av energianvändningen under ett år.",
    "Investeringen bidrar till stadens mål om en fossilfri organisation.",
)


GENERIC = (
    "Arbetet har stämts av med {org} vid regelbundna avstämningsmöten under hela projekttiden.",
    "Boende i närområdet informerades genom lappar i trapphusen och på stadsdelens webbplats.",
    "En trygghetsvandring genomfördes tillsammans med boende, lokala föreningar och {org}.",
    "Under arbetet har hänsyn tagits till naturvärden och till de träd som står närmast gångvägen.",
    "Förvaltningen har haft en dialog med skolan och fritidsgården om hur platsen används.",
    "Driftkostnaderna bedöms bli något lägre än tidigare tack vare mer energisnål teknik.",
    "Flera synpunkter från medborgardialogen har tagits med i utformningen av åtgärden.",
    "Det har under perioden inte förekommit några allvarliga olyckor på platsen.",
    "Erfarenheterna från projektet kommer att användas i kommande investeringar i stadsdelen.",
    "Entreprenören har lämnat en relationshandling som överlämnats till driftorganisationen.",
    "Tillgängligheten för personer med funktionsnedsättning har prövats vid slutbesiktningen.",
    "Åtgärden samordnades med {org} för att undvika att samma yta grävdes upp två gånger.",
    "Kvällstid har platsen besökts av fältassistenter som noterat hur den används.",
    "Kommunikationen kring projektet har skett i samråd med stadens kommunikatörer.",
)


def _body(rng: random.Random, pool: tuple[str, ...], names: dict[str, str], lo: int, hi: int) -> list[str]:
    """One to three paragraphs of sentences from `pool`; a long answer adds generic sentences."""
    sentences = _sentences(rng, pool, rng.randint(lo, hi), **names)
    if rng.random() < 0.7:
        sentences += _sentences(rng, GENERIC, rng.randint(5, 14), **names)
    if len(sentences) > 2 and rng.random() < 0.5:
        cuts = sorted(rng.sample(range(1, len(sentences)), min(len(sentences) - 1, rng.randint(1, 2))))
        return [" ".join(sentences[a:b]) for a, b in zip([0, *cuts], [*cuts, len(sentences)])]
    return [" ".join(sentences)]


def _economy(rng: random.Random, names: dict[str, str], year: int) -> list[str]:
    budget = rng.randrange(150, 4800) * 1000
    outcome = int(budget * rng.uniform(0.7, 1.15)) // 1000 * 1000
    first = (
        f"Beviljat belopp var {money(rng, budget)} och det totala utfallet uppgick till "
        f"{rng.choice(HEDGES)} {money(rng, outcome)}."
    )
    rest = [
        f"Avvikelsen mot kalkylerade utgifter förklaras av {rng.choice(('högre materialkostnader', 'ett billigare anbud', 'färre armaturer än planerat'))}.",
        f"Av kostnaden avser {money(rng, budget // 5)} projektering, varav en del har bekostats av {names['org']}.",
        f"Budgeten för helåret var {money(rng, budget * 3)} ({money(rng, budget * 2)} föregående år).",
    ]
    # The year reported on is always written, so that a form without a Dnr line still has one.
    said = rng.choice((f"Utfallet för projektet avser {year}.", f"Redovisningen avser utfallet för {year}."))
    return [" ".join([first, *rng.sample(rest, rng.randint(1, 3)), said])]


def _person(rng: random.Random) -> tuple[str, str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    mail = f"{first}.{last}@stockholm.se".lower().replace("ö", "o").replace("å", "a").replace("ä", "a")
    phone = f"08-508 {rng.randint(10, 99)} {rng.randint(100, 999)}"
    return f"{first} {last}, {rng.choice(ROLES_)}", phone, mail


def make_form(rng: random.Random) -> Form:
    kind = rng.choice(("uppf5", "uppf5", "ans5b", "ans5b", "ans7", "uppf7", "traffic"))
    year = rng.choice(YEARS)
    place, old = rng.choice(PLACES)
    district = district_in(year, old)
    org = rng.choice(ORGS)
    names = {"place": place, "org": org}
    dnr = f"Dnr {rng.choice(('1.5.3', '3.4', '2.1.1'))}-{rng.randint(100, 999)}-{year}"
    area = rng.choice(
        (f"{genitive(district)} stadsdelsområde", f"{district} stadsdelsområde", f"{genitive(district)} stadsdelsnämnd")
    )
    # Sometimes the stadsdelsområde is named without the genitive (as officials write it too).
    if area.startswith(district + " stadsdelsområde") and genitive(district) != district:
        area = f"stadsdelsområde {district}"
    location = f"{place}, {area}"
    if kind in ("uppf5", "uppf7"):
        climate = kind == "uppf7"
        measure = rng.choice(CLIMATE_MEASURES if climate else MEASURES)
        project = f"{measure} {place}"
        if rng.random() < 0.35:
            project = f"{project} {rng.choice(LONG_TAILS)}"
        short = rng.random() < 0.4
        title = (
            "Bilaga 7 - Uppföljning klimatinvestering"
            if climate
            else rng.choice(
                ("Bilaga 5 - Uppföljning trygghetsinvestering", "Bilaga 5 Uppföljning trygghetsinvestering")
            )
        )
        stage = rng.choice(("slutredovisning", "slutredovisning", "delredovisning"))
        result_label = (
            "Beskrivning av slutresultat utifrån investeringens mål och förväntad klimatnytta"
            if climate
            else "Beskrivning av slutresultat utifrån investeringens mål, syfte och platsens behov av "
            "trygghetsskapande åtgärd"
        )
        bullets = [b.format(**names) for b in rng.sample(BULLETS, rng.randint(2, 4))] if rng.random() < 0.4 else []
        deviation = Section(
            "avvikelser",
            "Avvikelser" if short else "Beskrivning av eventuella avvikelser i projektets genomförande",
            _body(rng, DEVIATION, names, 1, 3),
        )
        if rng.random() < 0.15:
            deviation.paragraphs, deviation.placeholder = [], rng.random() < 0.5
        sections = [
            Section(
                "projektnamn", rng.choice(("Projektets namn", "Projektnamn")) if short else "Projektnamn", [project]
            ),
            Section("plats", "Plats" if short else "Geografisk plats för investering", [location]),
            Section(
                "mal_och_syfte",
                "Syfte och mål" if short else "Projektets mål och syfte",
                _body(rng, PURPOSE + (CLIMATE if climate else ()), names, 2, 5),
            ),
            Section("slutresultat", "Resultat" if short else result_label, _body(rng, RESULT, names, 2, 6), bullets),
            deviation,
            Section(
                "ekonomiskt_utfall",
                rng.choice(("Ekonomiskt utfall", "Ekonomisk redovisning"))
                if short
                else "Beskrivning av ekonomiskt utfall och eventuell avvikelse mot kalkylerade utgifter",
                _economy(rng, names, year),
            ),
            Section(
                "bilder_fore", "Bilder före", [rng.choice(("Se bilaga 1.", "Bilder finns hos förvaltningen.", ""))]
            ),
            Section(
                "bilder_efter", "Bilder efter", [rng.choice(("Se bilaga 2.", "Bilder tas när arbetet är klart.", ""))]
            ),
        ]
        for s in sections:
            s.paragraphs = [p for p in s.paragraphs if p]
        return Form(
            title, "uppfoljning", "7" if climate else "5", year, district, project, location, stage, dnr, [], sections
        )
    if kind in ("ans5b", "ans7"):
        climate = kind == "ans7"
        measure = rng.choice(CLIMATE_MEASURES if climate else MEASURES)
        project = f"{measure} {place}"
        if rng.random() < 0.3:
            project = f"{project} {rng.choice(LONG_TAILS)}"
        title = (
            "Bilaga 7 Ansökan om investeringsmedel för klimatinvesteringar"
            if climate
            else "Bilaga 5b Ansökan om investeringsmedel (CM4) för trygghetsskapande åtgärder"
        )
        person, phone, mail = _person(rng)
        amount = rng.randrange(80, 3500) * 1000
        asked = rng.choice(
            (f"{amount:,}".replace(",", " "), money(rng, amount), f"{amount:,}".replace(",", " ") + " kr")
        )
        co = Section("medsokande_namnd", "Ev medsökande nämnd", [rng.choice(("Ej aktuellt", "-", ""))])
        if not co.paragraphs[0]:
            co.paragraphs, co.placeholder = [], rng.random() < 0.6
        partners = ", ".join(rng.sample(ORGS, 2))
        partners = partners[0].upper() + partners[1:]
        together = Section(
            "samverkan", "Ev samverkan", [rng.choice((partners, "Samverkan sker med " + partners + ".", ""))]
        )
        if not together.paragraphs[0]:
            together.paragraphs, together.placeholder = [], rng.random() < 0.6
        header = [
            Section("insats", "Namn på insats", [project]),
            Section("sokt_belopp", "Sökt belopp", [asked]),
            Section("sokande_namnd", "Sökande nämnd", [f"{genitive(district)} stadsdelsnämnd"]),
            co,
            Section("kontaktperson", "Kontaktperson", [person]),
            Section("telefon", "Telefon", [phone]),
            Section("epost", "E-post", [mail]),
            together,
        ]
        plan = f"Insatsen planeras att genomföras under {year} vid {place}."
        describe = _body(rng, PURPOSE + (CLIMATE if climate else ()), names, 2, 5)
        describe[0] = plan + " " + describe[0]
        bullets = [b.format(**names) for b in rng.sample(BULLETS, rng.randint(2, 4))] if rng.random() < 0.4 else []
        sections = [
            Section("beskrivning", "1. Beskrivning (mål och syfte)", describe, bullets),
            Section("behovsanalys", "1.1 Behovsanalys/problembeskrivning", _body(rng, NEED, names, 2, 5)),
        ]
        return Form(
            title, "ansokan", "7" if climate else "5b", year, district, project, None, None, dnr, header, sections
        )
    measure = rng.choice(TRAFFIC_MEASURES)
    project = f"{measure} {place}"
    title = f"{project}. Slutredovisning"
    sections = [
        Section("bakgrund", "Bakgrund", _body(rng, BACKGROUND, names, 2, 4)),
        Section("plats", "Plats", [location]),
        Section("mal_och_syfte", "Syfte och mål", _body(rng, PURPOSE, names, 1, 3)),
        Section(
            "genomforande",
            "Genomförande",
            [f"Arbetet utfördes under hösten {year} av {org} och slutbesiktades utan anmärkningar."],
        ),
        Section("slutresultat", "Resultat", _body(rng, RESULT, names, 1, 3)),
        Section("ekonomiskt_utfall", "Ekonomisk redovisning", _economy(rng, names, year)),
    ]
    return Form(title, "uppfoljning", None, year, district, project, location, "slutredovisning", dnr, [], sections)
