"""Swedish content of the twelfth held-out forms: one form (title, header, labelled answers) and its truth.

Written for this set alone. Pure functions over a `random.Random`: the same seed gives the same forms.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

NBSP = "\u00a0"

# District -> (places in it). Before the mergers of 2020 and 2023.
OLD_DISTRICTS = {
    "Norrmalm": ["Sergels torg", "Kungsträdgården", "Hötorget", "Tegnérlunden"],
    "Östermalm": ["Stureplan", "Karlaplan", "Humlegården"],
    "Rinkeby-Kista": ["Husby torg", "Rinkeby torg", "Kista torg"],
    "Spånga-Tensta": ["Spånga IP", "Tensta centrum", "Tensta allé"],
    "Hägersten-Liljeholmen": ["Axelsbergs torg", "Liljeholmstorget", "Fruängens centrum"],
    "Älvsjö": ["Älvsjö centrum", "Älvsjöskogen"],
    "Södermalm": ["Medborgarplatsen", "Mariatorget", "Nytorget"],
    "Kungsholmen": ["Rålambshovsparken", "Fridhemsplan", "Kronobergsparken"],
    "Farsta": ["Farsta centrum", "Hökarängens centrum"],
    "Skarpnäck": ["Skarpnäcks allé", "Bagarmossens centrum"],
    "Skärholmen": ["Skärholmstorget", "Bredängs centrum"],
    "Bromma": ["Brommaplan", "Islandstorget"],
    "Hässelby-Vällingby": ["Vällingby torg", "Hässelby strand"],
    "Enskede-Årsta-Vantör": ["Årsta IP", "Högdalens centrum", "Rågsveds centrum"],
}
MERGED_2020 = {"Hägersten-Liljeholmen": "Hägersten-Älvsjö", "Älvsjö": "Hägersten-Älvsjö"}
MERGED_2023 = {
    "Rinkeby-Kista": "Järva",
    "Spånga-Tensta": "Järva",
    "Norrmalm": "Norra innerstaden",
    "Östermalm": "Norra innerstaden",
}


def district_in(old: str, year: int) -> str:
    """The committee covering a place of `old` in `year` (years of a merger itself are never drawn)."""
    name = old
    if year >= 2021:
        name = MERGED_2020.get(name, name)
    if year >= 2024:
        name = MERGED_2023.get(name, name)
    return name


def district_today(old: str) -> str:
    return district_in(old, 2099)


def genitive(district: str) -> str:
    """ "Norrmalm" -> "Norrmalms", "Bromma" -> "Bromma", "Norra innerstaden" -> "Norra innerstadens"."""
    return district if district[-1] in "aeiouyåäö" else district + "s"


MEASURES = [
    ("Trygghetsbelysning", "ny trygghetsbelysning längs gångstråken"),
    ("Kameraövervakning", "kameror som täcker de mörkaste delarna av platsen"),
    ("Röjning av sly och buskage", "röjning av täta buskage och sly kring entréerna"),
    ("Genomsiktliga staket", "genomsiktliga staket i stället för täta plank"),
    ("Upprustat torg", "nya bänkar, planteringar och ett öppnare torgrum"),
    ("Utegym", "ett belyst utegym som används även kvällstid"),
    ("Konst i gångtunneln", "väggmålningar och ljussättning i gångtunneln"),
    ("Pollare och belysning", "pollare som hindrar biltrafik och ny belysning"),
    ("Platssamverkan", "en platssamverkan med fastighetsägare och näringsidkare"),
]
LONG_TAILS = [
    " samt samordnade insatser med fastighetsägarna och föreningslivet under hela året",
    " med utökad belysning på gångvägarna mot tunnelbanan och busshållplatserna",
    " inklusive en uppföljande trygghetsvandring med boende och skolans elevråd",
]
ORGS = [
    "Polisen",
    "lokalpolisområdet",
    "trafikkontoret",
    "fastighetskontoret",
    "AB Svenska Bostäder",
    "Familjebostäder",
    "Stockholmshem",
    "Micasa",
    "SISAB",
    "Stokab",
    "Stockholm Vatten och Avfall",
    "Fastighetsägarna Stockholm",
    "Stiftelsen Tryggare Sverige",
    "nattvandrarna",
    "Region Stockholm",
    "Länsstyrelsen",
    "idrottsförvaltningen",
    "Trafikverket",
]
FIRST = ["Anna", "Johan", "Leila", "Mikael", "Sara", "Omar", "Kristina", "Per", "Hanna", "Yusuf", "Elin", "Gustav"]
LAST = ["Lindqvist", "Berg", "Haddad", "Ekström", "Nilsson", "Öberg", "Sandberg", "Karimi", "Holm", "Wikström"]

# Label variants by key, per template (follow-up / application), from the domain notes.
FOLLOW_LABELS = {
    "projektnamn": ["Projektnamn", "Projektets namn"],
    "plats": ["Geografisk plats för investering", "Plats"],
    "mal_och_syfte": ["Projektets mål och syfte", "Syfte och mål"],
    "slutresultat": [
        "Beskrivning av slutresultat utifrån investeringens mål, syfte och platsens behov av trygghetsskapande åtgärd",
        "Resultat",
    ],
    "avvikelser": ["Beskrivning av eventuella avvikelser i projektets genomförande", "Avvikelser"],
    "ekonomiskt_utfall": [
        "Beskrivning av ekonomiskt utfall och eventuell avvikelse mot kalkylerade utgifter",
        "Ekonomiskt utfall",
        "Ekonomisk redovisning",
    ],
    "bilder_fore": ["Bilder före"],
    "bilder_efter": ["Bilder efter"],
}
APPLY_LABELS = {
    "insats": ["Namn på insats"],
    "sokt_belopp": ["Sökt belopp"],
    "sokande_namnd": ["Sökande nämnd"],
    "medsokande_namnd": ["Ev medsökande nämnd", "Ev. medsökande nämnd"],
    "kontaktperson": ["Kontaktperson"],
    "telefon": ["Telefon"],
    "epost": ["E-post"],
    "samverkan": ["Ev samverkan", "Ev. samverkan"],
    "beskrivning": ["1. Beskrivning (mål och syfte)"],
    "behovsanalys": ["1.1 Behovsanalys/problembeskrivning"],
}
TITLES = {
    ("uppfoljning", "5"): ["Bilaga 5 - Uppföljning trygghetsinvestering", "Bilaga 5 Uppföljning trygghetsinvestering"],
    ("uppfoljning", "7"): ["Bilaga 7 - Uppföljning klimatinvestering"],
    ("ansokan", "5b"): ["Bilaga 5b Ansökan om investeringsmedel (CM4) för trygghetsskapande åtgärder"],
    ("ansokan", "7"): ["Bilaga 7 Ansökan om investeringsmedel för klimatinvesteringar"],
}
PLACEHOLDER = "Klicka här för att ange text."


@dataclass
class Field:
    key: str
    label: str
    paragraphs: list[str]  # drawn one after another; a bullet item is a paragraph starting "• "

    @property
    def text(self) -> str:
        """The answer as the truth has it: every run of whitespace one space, the placeholder empty."""
        if self.paragraphs == [PLACEHOLDER]:
            return ""
        return " ".join(" ".join(p.split()) for p in self.paragraphs)


@dataclass
class Form:
    title: str
    form_kind: str
    appendix: str | None
    year: int
    district: str
    district_today: str
    project: str
    location: str | None
    stage: str | None
    dnr: str
    fields: list[Field] = field(default_factory=list)
    stage_after: str | None = "mal_och_syfte"  # the stage marker stands alone after this field

    def truth(self, variant: str, producer: str, layer: str, pages: int) -> dict:
        return {
            "title": self.title,
            "form_kind": self.form_kind,
            "appendix": self.appendix,
            "year": self.year,
            "district": self.district,
            "district_today": self.district_today,
            "project": self.project,
            "location": self.location,
            "stage": self.stage,
            "sections": [{"key": f.key, "label": f.label, "text": f.text} for f in self.fields],
            "pages": pages,
            "variant": variant,
            "producer": producer,
            "layer": layer,
        }


def _thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def money(rng: random.Random, sek: int) -> str:
    """`sek` in one of the ways the appendices write money (value kept up to rounding)."""
    style = rng.choice(["kr", "kronor", "tkr", "mnkr", "Mkr", "miljoner", "SEK", "MSEK", "en", "bare_kr"])
    if style == "kr":
        return f"{_thousands(sek, NBSP)} kr"
    if style == "kronor":
        return f"{_thousands(sek, ' ')} kronor"
    if style == "tkr":
        return f"{_thousands(round(sek / 1000), ' ')} tkr"
    if style in ("mnkr", "Mkr", "MSEK"):
        return f"{sek / 1e6:.2f}".rstrip("0").rstrip(".").replace(".", ",") + f" {style}"
    if style == "miljoner":
        return f"{sek / 1e6:.1f}".replace(".", ",") + " miljoner kronor"
    if style == "SEK":
        return f"SEK {_thousands(sek, ',')}"
    if style == "en":
        return f"{_thousands(sek, ',')} SEK"
    return f"{_thousands(sek, ' ')}:-"


HEDGES = ["ca", "cirka", "drygt", "knappt", "omkring", "närmare"]

GOALS = [
    "Syftet är att fler ska våga röra sig på platsen även under kvällar och helger.",
    "Målet är att minska känslan av otrygghet som boende har beskrivit vid trygghetsvandringar.",
    "Platsen ska bli mer överblickbar så att det blir lättare att se och bli sedd.",
    "Investeringen ska minska skadegörelse och nedskräpning i området.",
    "Insatsen ska ge barn och unga en tryggare väg mellan skolan och fritidsgården.",
    "Åtgärden ska sänka energianvändningen och samtidigt göra platsen ljusare.",
]
RESULTS = [
    "Arbetet blev klart enligt tidplanen och platsen används nu av fler under dygnets mörka timmar.",
    "En enkät bland boende visar att fler upplever platsen som trygg efter åtgärden.",
    "Antalet anmälda skadegörelser har minskat sedan åtgärden genomfördes.",
    "Näringsidkarna runt platsen beskriver att kvällsöppna verksamheter fått fler besökare.",
    "Förvaltningen har tagit över skötseln och följer upp belysningen två gånger om året.",
    "Trygghetsvandringen efter genomförandet gav betydligt färre synpunkter än före.",
]
DEVIATIONS = [
    "Leveransen av material försenades, vilket flyttade färdigställandet några veckor.",
    "Markförhållandena krävde mer schaktning än vad som hade beräknats.",
    "Tillståndet för kamerabevakning tog längre tid än planerat att få.",
    "Inga avvikelser från projektplanen har uppstått.",
    "En del av arbetet fick skjutas upp till hösten på grund av häckande fåglar.",
]
NEEDS = [
    "Platsen är mörk och svåröverskådlig, och många undviker den efter skymningen.",
    "Polisen har pekat ut området som ett av de mest utsatta i stadsdelen.",
    "Vid trygghetsvandringen lyfte deltagarna särskilt gångtunneln och parkeringen.",
    "Boende har under flera år lämnat synpunkter om nedskräpning och skadegörelse.",
    "Skolans elever beskriver vägen till idrottsplatsen som otrygg vintertid.",
]
BULLETS = [
    "byte av armaturer längs gångvägen",
    "röjning av sly vid entréerna",
    "nya papperskorgar och bänkar",
    "skyltning mot tunnelbanan",
    "information till boende och näringsidkare",
    "uppföljande trygghetsvandring",
]


def _paragraphs(rng: random.Random, pool: list[str], org: str, lo: int, hi: int, many: bool = False) -> list[str]:
    """One to three paragraphs of pool sentences, one naming the organisation `org`; now and then a bullet list.
    `many`: every sentence of the pool, in three paragraphs (a long answer that runs over a page break)."""
    sentences = rng.sample(pool, len(pool) if many else rng.randint(lo, min(hi, len(pool))))
    sentences.insert(rng.randrange(len(sentences) + 1), f"Arbetet har skett i samverkan med {org}.")
    if many:
        a, b = len(sentences) // 3, 2 * len(sentences) // 3
        paras = [" ".join(sentences[:a]), " ".join(sentences[a:b]), " ".join(sentences[b:])]
    elif len(sentences) >= 3 and rng.random() < 0.5:
        cut = rng.randint(1, len(sentences) - 1)
        paras = [" ".join(sentences[:cut]), " ".join(sentences[cut:])]
    else:
        paras = [" ".join(sentences)]
    if rng.random() < (0.6 if many else 0.25):
        paras.append("Insatsen omfattade:")
        paras += ["• " + b for b in rng.sample(BULLETS, rng.randint(2, 3))]
    return paras


def _facts(rng: random.Random, year: int) -> list[str]:
    """Now and then a paragraph of numbers that are no money: a date, a count, a phone number."""
    if rng.random() < 0.6:
        return []
    return [
        f"Slutbesiktningen gjordes {year}-{rng.randint(3, 11):02d}-{rng.randint(10, 28)}, och totalt "
        f"{rng.choice(['monterades 14 nya armaturer', 'sattes 6 kameror upp', 'röjdes 1 200 kvadratmeter'])}. "
        f"Frågor besvaras på 08-508 {rng.randint(10, 49)} {rng.randint(100, 999)}."
    ]


def _economy(rng: random.Random, year: int) -> tuple[list[str], int]:
    budget = rng.choice([150_000, 220_000, 350_000, 480_000, 650_000, 1_200_000, 1_650_000, 2_600_000])
    outcome = round(budget * rng.uniform(0.78, 1.12), -3)
    hedge = rng.choice(HEDGES) + " " if rng.random() < 0.3 else ""
    sents = [
        f"Budgeten för projektet var {money(rng, budget)}.",
        f"Det ekonomiska utfallet för {year} uppgick till {hedge}{money(rng, int(outcome))}.",
    ]
    diff = int(abs(budget - outcome))
    if diff:
        word = "ett överskott" if outcome < budget else "ett underskott"
        sents.append(f"Avvikelsen mot kalkylerade utgifter är {word} på {money(rng, diff)}.")
    if rng.random() < 0.25:
        whole = rng.choice(["en halv miljon kronor", "två miljoner kronor", "fyra miljoner"])
        sents.append(f"Stadsdelens samlade ram för trygghetsinvesteringar var {whole}.")
    if rng.random() < 0.3:
        prev = int(round(budget * 0.9, -3))
        sents.append(f"Föregående år var kostnaden {money(rng, prev)} ({money(rng, int(prev * 0.95))}).")
    return sents, budget


def make_form(rng: random.Random, long_project: bool = False, long_text: bool = False) -> Form:
    """A follow-up (two thirds) or an application: fields, title, metadata and the truth they imply.
    `long_text`: the free-text answers use every sentence they can (forms of two or three pages)."""
    old = rng.choice(sorted(OLD_DISTRICTS))
    year = rng.choice([2013, 2014, 2015, 2016, 2017, 2018, 2019, 2021, 2022, 2024, 2025])
    district = district_in(old, year)
    place = rng.choice(OLD_DISTRICTS[old])
    short, what = rng.choice(MEASURES)
    project = f"{short} {rng.choice(['vid', 'på', 'kring'])} {place}"
    if long_project or rng.random() < 0.25:
        project += rng.choice(LONG_TAILS)
    committee = f"{genitive(district)} stadsdelsnämnd"
    orgs = rng.sample(ORGS, 4)
    dnr = f"Dnr {rng.randint(1, 9)}.{rng.randint(1, 6)}.{rng.randint(1, 9)}-{rng.randint(100, 899)}-{year}"
    climate = rng.random() < 0.25
    if rng.random() < 0.66:
        appendix = "7" if climate else "5"
        title = rng.choice(TITLES[("uppfoljning", appendix)])
        labels = {k: rng.choice(v) for k, v in FOLLOW_LABELS.items()}
        stage = rng.choice(["slutredovisning", "delredovisning"])
        location = rng.choice([f"{place}, {committee}", f"{place} ({committee})", f"{place} i {district}"])
        if location.endswith(f"i {district}") and district in ("Järva", "Norra innerstaden", "Hägersten-Älvsjö"):
            location = f"{place}, {committee}"
        economy, _ = _economy(rng, year)
        fields = [
            Field("projektnamn", labels["projektnamn"], [project]),
            Field("plats", labels["plats"], [location]),
            Field(
                "mal_och_syfte",
                labels["mal_och_syfte"],
                [f"Projektet gäller {what}."] + _paragraphs(rng, GOALS, orgs[0], 1, 3, long_text),
            ),
            Field(
                "slutresultat",
                labels["slutresultat"],
                _paragraphs(rng, RESULTS, orgs[1], 2, 5, long_text) + _facts(rng, year),
            ),
            Field(
                "avvikelser",
                labels["avvikelser"],
                _paragraphs(rng, DEVIATIONS, orgs[2], 1, 2) if rng.random() < 0.8 else ["-"],
            ),
            Field("ekonomiskt_utfall", labels["ekonomiskt_utfall"], economy),
            Field("bilder_fore", labels["bilder_fore"], [rng.choice(["Se bilaga", "Bifogas separat", ""])]),
            Field("bilder_efter", labels["bilder_efter"], [rng.choice(["Se bilaga", "Bifogas separat", ""])]),
        ]
        if long_text:  # a label no template knows: its key is the label's slug
            extra = _paragraphs(rng, NEEDS + DEVIATIONS, orgs[3], 0, 0, True)
            fields.insert(6, Field("kommentarer_fran_forvaltningen", "Kommentarer från förvaltningen", extra))
        for f in fields:  # an empty picture answer: the label printed, the answer left blank
            if f.paragraphs == [""]:
                f.paragraphs = []
        return Form(
            title,
            "uppfoljning",
            appendix,
            year,
            district,
            district_today(old),
            project,
            location,
            stage.lower(),
            dnr,
            fields,
        )
    appendix = "7" if climate else "5b"
    title = rng.choice(TITLES[("ansokan", appendix)])
    labels = {k: rng.choice(v) for k, v in APPLY_LABELS.items()}
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    mail = name.lower().replace(" ", ".").translate(str.maketrans("åäöé", "aaoe")) + "@stockholm.se"
    phone = f"08-508 {rng.randint(10, 49)} {rng.randint(100, 999)}"
    co = rng.choice(
        [PLACEHOLDER, "", f"{genitive(rng.choice(['Farsta', 'Bromma', 'Skarpnäck']))} stadsdelsnämnd", "Trafiknämnden"]
    )
    cooperation = rng.choice([PLACEHOLDER, f"Samverkan med {orgs[3]} och {orgs[0]}.", f"{orgs[3]}"])
    budget = rng.choice([180_000, 220_000, 400_000, 750_000, 1_100_000, 2_000_000])
    amount = rng.choice([_thousands(budget, " "), money(rng, budget)])
    beskrivning = [f"Vi söker medel för {what} vid {place}."] + _paragraphs(rng, GOALS, orgs[1], 2, 4, long_text)
    beskrivning.append(
        f"Den beräknade kostnaden är {rng.choice(HEDGES)} {money(rng, budget)}, varav {money(rng, budget // 4)} avser projektering."
    )
    fields = [
        Field("insats", labels["insats"], [project]),
        Field("sokt_belopp", labels["sokt_belopp"], [amount]),
        Field("sokande_namnd", labels["sokande_namnd"], [committee]),
        Field("medsokande_namnd", labels["medsokande_namnd"], [co] if co else []),
        Field("kontaktperson", labels["kontaktperson"], [name]),
        Field("telefon", labels["telefon"], [phone]),
        Field("epost", labels["epost"], [mail]),
        Field("samverkan", labels["samverkan"], [cooperation]),
        Field("beskrivning", labels["beskrivning"], beskrivning),
        Field("behovsanalys", labels["behovsanalys"], _paragraphs(rng, NEEDS, orgs[2], 2, 4, long_text)),
    ]
    return Form(title, "ansokan", appendix, year, district, district_today(old), project, None, None, dnr, fields, None)
