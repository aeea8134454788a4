"""Swedish content of the eighth held-out forms: one form as plain data, and its truth.

Written for this generator (no text shared with the earlier ones or the fixtures): every template of
/work/shared/domain.md (follow-up 5 and 7, application 5b and 7, the traffic office's final report), the
label variants, sections of varied length (several paragraphs, "-", "Ej aktuellt", Word's placeholder),
money in every format, and districts before and after the mergers of 2020 and 2023.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

PLACEHOLDER = "Klicka här för att ange text."
NBSP = "\u00a0"
FIELD, MARKER = "field", "marker"

# Committee name -> its genitive as written before "stadsdelsnämnd".
OLD = {
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
}
NEW = {"Hägersten-Älvsjö": "Hägersten-Älvsjö", "Järva": "Järva", "Norra innerstaden": "Norra innerstadens"}
GENITIVE = {**OLD, **NEW}
MERGED_2020 = {"Hägersten-Liljeholmen": "Hägersten-Älvsjö", "Älvsjö": "Hägersten-Älvsjö"}
MERGED_2023 = {
    "Rinkeby-Kista": "Järva",
    "Spånga-Tensta": "Järva",
    "Norrmalm": "Norra innerstaden",
    "Östermalm": "Norra innerstaden",
}


def today(district: str) -> str:
    return MERGED_2023.get(MERGED_2020.get(district, district), MERGED_2020.get(district, district))


def districts_of(year: int) -> list[str]:
    """Committees that existed for the whole of `year` (merger years left out for the merged ones)."""
    out = []
    for name in OLD:
        if name in MERGED_2020 and year >= 2020:
            continue
        if name in MERGED_2023 and year >= 2023:
            continue
        out.append(name)
    if year >= 2021:
        out.append("Hägersten-Älvsjö")
    if year >= 2024:
        out += ["Järva", "Norra innerstaden"]
    return out


PLACES = {
    "Bromma": ["Brommaplan", "Ulvsunda industriområde"],
    "Enskede-Årsta-Vantör": ["Årsta IP", "Tunnlandsparken"],
    "Farsta": ["Farsta centrum", "Hökarängens centrum"],
    "Hägersten-Liljeholmen": ["Axelsbergs torg", "Liljeholmstorget"],
    "Hägersten-Älvsjö": ["Axelsbergs torg", "Älvsjö centrum"],
    "Hässelby-Vällingby": ["Vällingby torg", "Hässelby strand"],
    "Kungsholmen": ["Rålambshovsskolan", "Stieg Trenters torg"],
    "Norrmalm": ["Sergels torg", "Kungsträdgården"],
    "Norra innerstaden": ["Stureplan", "Sergels torg"],
    "Östermalm": ["Stureplan", "Karlaplan"],
    "Rinkeby-Kista": ["Husby torg", "Rinkeby allé"],
    "Järva": ["Husby torg", "Tensta centrum"],
    "Spånga-Tensta": ["Spånga IP", "Tensta centrum"],
    "Skarpnäck": ["Skarpnäcks allé", "Bagarmossens centrum"],
    "Skärholmen": ["Skärholmens centrum", "Bredängs centrum"],
    "Södermalm": ["Medborgarplatsen", "Mariatorget"],
    "Älvsjö": ["Älvsjö centrum", "Solberga bollplan"],
}

MEASURES = [
    ("Trygghetsbelysning", "ny belysning längs gångvägarna"),
    ("Kameraövervakning", "kameror som polisen kan använda i sitt utredningsarbete"),
    ("Röjning av buskage och sly", "röjning av täta buskage som skymde sikten"),
    ("Genomsiktliga staket", "genomsiktliga staket i stället för tunga plank"),
    ("Upprustning av torget", "nya bänkar, planteringar och bättre belysning"),
    ("Utegym", "ett utegym med egen belysning"),
    ("Konst i gångtunneln", "konst och ljus i den mörka gångtunneln"),
    ("Pollare", "pollare som hindrar obehörig biltrafik"),
]
CLIMATE = [
    ("Solceller på förskolan", "solceller på taket"),
    ("Laddstolpar för tjänstebilar", "laddstolpar vid förvaltningens garage"),
    ("Energieffektiv belysning", "armaturer med lysdioder"),
]
PEOPLE = [
    ("Maja", "Holmqvist"),
    ("Tobias", "Öberg"),
    ("Sanna", "Åkesson"),
    ("Henrik", "Ljungdahl"),
    ("Amira", "Haddad"),
    ("Petter", "Sundström"),
    ("Linnea", "Wärn"),
]


def money(rng: random.Random, year: int) -> tuple[str, str]:
    """A budget and an outcome phrase in one of the money formats of domain.md."""
    base = rng.randint(4, 60) * 50_000
    outcome = base + rng.randint(-8, 8) * 10_000
    mn = f"{base / 1e6:.1f}".replace(".", ",")
    mo = f"{outcome / 1e6:.2f}".replace(".", ",")
    sp = lambda n: f"{n:,}".replace(",", NBSP)  # noqa: E731 - thousands with a non-breaking space
    forms = [
        (f"{mn} mnkr", f"{mo} mnkr"),
        (f"{sp(base)} kr", f"{sp(outcome)} kronor"),
        (f"SEK {base:,}", f"SEK {outcome:,}"),
        (f"{base // 1000} tkr", f"{outcome // 1000} tkr"),
        (f"cirka {mn} miljoner kronor", f"drygt {mo} Mkr"),
        (f"{mn} MSEK", f"knappt {mo} MSEK"),
        ("två miljoner kronor", f"närmare {sp(outcome)} kr"),
        (f"{mn} mkr ({f'{base * 0.9 / 1e6:.1f}'.replace('.', ',')} mkr)", f"omkring {mo} mkr"),
    ]
    return rng.choice(forms)


@dataclass
class Row:
    style: str  # FIELD or MARKER
    label: str
    key: str | None
    paragraphs: list[str]

    @property
    def text(self) -> str:
        return " ".join(self.paragraphs)


@dataclass
class Form:
    name: str
    title: str
    form_kind: str
    appendix: str | None
    year: int
    district: str
    stage: str | None
    project: str
    location: str | None
    dnr: str
    rows: list[Row] = field(default_factory=list)


def normalise(text: str) -> str:
    return " ".join(text.replace(NBSP, " ").split())


def _empty(rng: random.Random) -> list[str]:
    return [rng.choice(["-", "Ej aktuellt", "Ej aktuellt.", PLACEHOLDER])]


def _paragraphs(rng: random.Random, pool: list[str], most: int) -> list[str]:
    n = rng.randint(1, most)
    picks = rng.sample(pool, min(len(pool), rng.randint(2, 4) * n))
    size = max(1, len(picks) // n)
    return [" ".join(picks[i : i + size]) for i in range(0, len(picks), size)][:n]


def followup(rng: random.Random, index: int, climate: bool) -> Form:
    year = rng.choice(range(2014, 2026))
    district = rng.choice(districts_of(year))
    place = rng.choice(PLACES[district])
    measure, what = rng.choice(CLIMATE if climate else MEASURES)
    project = f"{measure} {'vid' if rng.random() < 0.5 else 'på'} {place}"
    committee = f"{GENITIVE[district]} stadsdelsnämnd"
    location = rng.choice([f"{place}, {committee}", f"{place} ({committee})", f"Området kring {place}, {committee}"])
    stage = rng.choice(["slutredovisning", "delredovisning"])
    budget, outcome = money(rng, year)
    goal = [
        f"Syftet är att fler ska känna sig trygga när de rör sig kring {place} även kvällstid.",
        f"Investeringen gäller {what}.",
        "Platsen har pekats ut vid trygghetsvandringar som otrygg, särskilt under vinterhalvåret.",
        "Målet är att platsen ska användas av fler grupper under större delar av dygnet.",
        "Åtgärden har tagits fram tillsammans med polisen och lokala fastighetsägare.",
        "Boende har under flera år framfört att platsen upplevs som mörk och öde.",
    ]
    if climate:
        goal += [
            "Investeringen ska minska förvaltningens utsläpp av växthusgaser.",
            "Energianvändningen i verksamheten ska minska varaktigt.",
        ]
    result = [
        f"Arbetet med {what} blev klart under hösten {year}.",
        "En uppföljande trygghetsvandring visade att platsen upplevs som ljusare och mer öppen.",
        "Polisen rapporterar färre anmälningar om skadegörelse i området.",
        "Fler barnfamiljer använder nu platsen under eftermiddagarna.",
        "Synpunkterna från boende har varit övervägande positiva.",
        "Skötseln av anläggningen ingår från och med nu i den ordinarie driften.",
        "Trafikkontoret och fastighetskontoret har deltagit i planeringen.",
        "Under sommaren ordnades två välbesökta aktiviteter på platsen tillsammans med föreningslivet.",
        "Nattvandrare och fältassistenter rör sig numera regelbundet i området under helgkvällar.",
        "Enkäten till boende i närområdet besvarades av 212 personer, varav en majoritet upplever förbättringar.",
        "Belysningen styrs av närvarosensorer och dimras ned när ingen passerar, vilket sparar energi.",
        "Klotter och nedskräpning anmäls nu direkt via stadens app och åtgärdas inom ett dygn.",
        "Den lokala butiksföreningen har bidragit med egna medel till skyltning och blomsterurnor.",
        "Polisen har i sin lägesbild noterat att ungdomsgrupperingar inte längre samlas vid entrén.",
        "Erfarenheterna från projektet har presenterats för andra stadsdelsförvaltningar.",
        "Arbetet har dokumenterats med fotografier före och efter genomförandet.",
    ]
    deviations = [
        "Leveransen av material försenades med sex veckor.",
        "Arbetet fick göras i två etapper på grund av markförhållandena.",
        "Tidplanen förskjöts något när upphandlingen överklagades.",
    ]
    economy = [
        f"Budgeten för projektet var {budget}.",
        f"Utfallet för {year} uppgick till {outcome}.",
        "Avvikelsen mot kalkylerade utgifter beror på högre kostnader för el.",
        "Resterande medel återförs.",
        "Upparbetade kostnader för projektering ingår.",
    ]
    title = (
        "Bilaga 7 - Uppföljning klimatinvestering"
        if climate
        else rng.choice(["Bilaga 5 - Uppföljning trygghetsinvestering", "Bilaga 5 Uppföljning trygghetsinvestering"])
    )
    appendix = "7" if climate else "5"
    labels = {
        "projektnamn": rng.choice(["Projektnamn", "Projektets namn"]),
        "plats": rng.choice(["Geografisk plats för investering", "Plats"]),
        "mal_och_syfte": rng.choice(["Projektets mål och syfte", "Syfte och mål"]),
        "slutresultat": rng.choice(
            [
                "Beskrivning av slutresultat utifrån investeringens mål och förväntad klimatnytta"
                if climate
                else "Beskrivning av slutresultat utifrån investeringens mål, syfte och platsens behov av "
                "trygghetsskapande åtgärd",
                "Resultat",
            ]
        ),
        "avvikelser": rng.choice(["Beskrivning av eventuella avvikelser i projektets genomförande", "Avvikelser"]),
        "ekonomiskt_utfall": rng.choice(
            [
                "Beskrivning av ekonomiskt utfall och eventuell avvikelse mot kalkylerade utgifter",
                "Ekonomiskt utfall",
                "Ekonomisk redovisning",
            ]
        ),
    }
    rows = [
        Row(FIELD, labels["projektnamn"], "projektnamn", [project]),
        Row(FIELD, labels["plats"], "plats", [location]),
        Row(FIELD, labels["mal_och_syfte"], "mal_och_syfte", _paragraphs(rng, goal, 2)),
        Row(MARKER, stage.capitalize(), None, [stage.capitalize()]),
        Row(FIELD, labels["slutresultat"], "slutresultat", _paragraphs(rng, result, rng.choice([1, 2, 4]))),
        Row(
            FIELD,
            labels["avvikelser"],
            "avvikelser",
            _empty(rng)
            if rng.random() < 0.3
            else ["Inga avvikelser har noterats."]
            if rng.random() < 0.2
            else _paragraphs(rng, deviations, 1),
        ),
        Row(
            FIELD,
            labels["ekonomiskt_utfall"],
            "ekonomiskt_utfall",
            [" ".join(economy[:2]), *economy[2:4]][: rng.randint(1, 3)],
        ),
    ]
    if rng.random() < 0.25:
        rows.append(Row(FIELD, "Ansvarig enhet", "ansvarig_enhet", ["Enheten för lokalt utvecklingsarbete."]))
    pics = rng.choice([["Se bifogade bilder."], ["Inga bilder har tagits."], ["-"], ["Ej aktuellt"]])
    rows.append(Row(FIELD, "Bilder före", "bilder_fore", pics))
    rows.append(Row(FIELD, "Bilder efter", "bilder_efter", pics))
    dnr = f"Dnr {rng.randint(1, 9)}.{rng.randint(1, 5)}.{rng.randint(1, 9)}-{rng.randint(100, 999)}-{year}"
    return Form(f"h8-{index:03d}", title, "uppfoljning", appendix, year, district, stage, project, location, dnr, rows)


def application(rng: random.Random, index: int, climate: bool) -> Form:
    year = rng.choice(range(2014, 2026))
    district = rng.choice(districts_of(year))
    place = rng.choice(PLACES[district])
    measure, what = rng.choice(CLIMATE if climate else MEASURES)
    project = f"{measure} vid {place}"
    first, last = rng.choice(PEOPLE)
    amount = rng.randint(3, 50) * 25_000
    asked = rng.choice(
        [
            f"{amount:,}".replace(",", " "),
            f"{amount:,} kr".replace(",", NBSP),
            f"{amount / 1e6:.2f} mnkr".replace(".", ","),
            f"{amount // 1000} tkr",
        ]
    )
    others = [d for d in districts_of(year) if d != district]
    co = f"{GENITIVE[rng.choice(others)]} stadsdelsnämnd" if rng.random() < 0.3 else PLACEHOLDER
    need = [
        f"Platsen kring {place} upplevs som otrygg, särskilt under kvällar och helger.",
        "Vid trygghetsvandringen framkom att belysningen är bristfällig.",
        "Anmälningarna om skadegörelse har ökat de senaste åren.",
        "Många unga passerar platsen på väg till och från skolan.",
        "Fastighetsägarna i området har efterfrågat gemensamma åtgärder.",
    ]
    aim = [
        f"Insatsen gäller {what} under {year}.",
        "Målet är att fler ska vilja vistas på platsen.",
        "Åtgärden ska minska känslan av otrygghet bland boende och besökare.",
        "Arbetet görs i samverkan med polisen och trafikkontoret.",
    ]
    if climate:
        aim.append("Investeringen beräknas minska utsläppen med omkring 12 ton koldioxid per år.")
    title = (
        "Bilaga 7 Ansökan om investeringsmedel för klimatinvesteringar"
        if climate
        else "Bilaga 5b Ansökan om investeringsmedel (CM4) för trygghetsskapande åtgärder"
    )
    rows = [
        Row(FIELD, "Namn på insats", "insats", [project]),
        Row(FIELD, "Sökt belopp", "sokt_belopp", [asked]),
        Row(FIELD, "Sökande nämnd", "sokande_namnd", [f"{GENITIVE[district]} stadsdelsnämnd"]),
        Row(FIELD, "Ev medsökande nämnd", "medsokande_namnd", [co]),
        Row(
            FIELD,
            "Kontaktperson",
            "kontaktperson",
            [f"{first} {last}, {rng.choice(['enhetschef', 'trygghetssamordnare'])}"],
        ),
        Row(FIELD, "Telefon", "telefon", [f"08-508 {rng.randint(10, 99)} {rng.randint(100, 999)}"]),
        Row(FIELD, "E-post", "epost", [f"{_ascii(first)}.{_ascii(last)}@stockholm.se"]),
        Row(
            FIELD,
            "Ev samverkan",
            "samverkan",
            [rng.choice(["polisen och lokala fastighetsägare.", "Stockholmshem och nattvandrare.", PLACEHOLDER])],
        ),
        Row(FIELD, "1. Beskrivning (mål och syfte)", "beskrivning", _paragraphs(rng, aim, 2)),
        Row(FIELD, "1.1 Behovsanalys/problembeskrivning", "behovsanalys", _paragraphs(rng, need, 2)),
    ]
    dnr = f"Dnr {rng.randint(1, 9)}.{rng.randint(1, 5)}-{rng.randint(100, 999)}-{year}"
    return Form(
        f"h8-{index:03d}", title, "ansokan", "7" if climate else "5b", year, district, None, project, None, dnr, rows
    )


def traffic(rng: random.Random, index: int) -> Form:
    year = rng.choice(range(2014, 2026))
    district = rng.choice(districts_of(year))
    place = rng.choice(PLACES[district])
    measure, what = rng.choice(MEASURES)
    project = f"{measure} {place}"
    budget, outcome = money(rng, year)
    location = f"{place} ({GENITIVE[district]} stadsdelsnämnd)"
    rows = [
        Row(FIELD, "Bakgrund", "bakgrund", [f"Stadsdelsförvaltningen har under flera år fått klagomål om {place}."]),
        Row(FIELD, "Plats", "plats", [location]),
        Row(FIELD, "Syfte och mål", "mal_och_syfte", [f"Syftet är {what} för en tryggare miljö."]),
        Row(
            FIELD,
            "Genomförande",
            "genomforande",
            [f"Arbetet genomfördes under {year} av trafikkontoret i samråd med stadsdelsförvaltningen."],
        ),
        Row(FIELD, "Resultat", "slutresultat", ["Framkomligheten för räddningstjänsten har säkrats."]),
        Row(
            FIELD,
            "Ekonomisk redovisning",
            "ekonomiskt_utfall",
            [f"Genomförandebeslutet omfattade en budget på {budget}. Slutkostnaden för {year} blev {outcome}."],
        ),
    ]
    dnr = f"Dnr T{year}-{rng.randint(1000, 9999)}"
    return Form(
        f"h8-{index:03d}",
        f"{project}. Slutredovisning",
        "uppfoljning",
        None,
        year,
        district,
        "slutredovisning",
        project,
        location,
        dnr,
        rows,
    )


def _ascii(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower().replace("å", "a").replace("ä", "a").replace("ö", "o"))


def make_form(rng: random.Random, index: int) -> Form:
    kind = rng.random()
    if kind < 0.45:
        return followup(rng, index, climate=False)
    if kind < 0.6:
        return followup(rng, index, climate=True)
    if kind < 0.8:
        return application(rng, index, climate=False)
    if kind < 0.9:
        return application(rng, index, climate=True)
    return traffic(rng, index)


def truth(form: Form, variant: str, producer: str, layer: str, pages: int) -> dict:
    sections = []
    for row in form.rows:
        if row.style != FIELD or row.key is None:
            continue
        text = normalise(row.text)
        sections.append({"key": row.key, "label": normalise(row.label), "text": "" if text == PLACEHOLDER else text})
    return {
        "title": normalise(form.title),
        "form_kind": form.form_kind,
        "appendix": form.appendix,
        "year": form.year,
        "district": form.district,
        "district_today": today(form.district),
        "project": form.project,
        "location": form.location,
        "stage": form.stage,
        "sections": sections,
        "pages": pages,
        "variant": variant,
        "producer": producer,
        "layer": layer,
    }
