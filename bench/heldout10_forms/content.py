"""Swedish content of the tenth held-out forms: one form as plain data, and its truth record.

Written fresh for this set. A form is a title, a few header lines and an ordered list of fields; an answer is a
list of blocks (a paragraph, or a bullet list). Every year named in a form is the form's year, so the year a
reader finds is unambiguous; the district is named in the place or applicant field as of that year.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

NBSP = "\u00a0"
PLACEHOLDER = "Klicka här för att ange text."
BULLET = "• "

# district as named before the mergers -> (as of 2021..2023, as of 2024..)
_MERGED_2020 = {"Hägersten-Liljeholmen": "Hägersten-Älvsjö", "Älvsjö": "Hägersten-Älvsjö"}
_MERGED_2023 = {
    "Rinkeby-Kista": "Järva",
    "Spånga-Tensta": "Järva",
    "Norrmalm": "Norra innerstaden",
    "Östermalm": "Norra innerstaden",
}
GENITIVE = {
    "Bromma": "Bromma",
    "Enskede-Årsta-Vantör": "Enskede-Årsta-Vantörs",
    "Farsta": "Farsta",
    "Hägersten-Liljeholmen": "Hägersten-Liljeholmens",
    "Hägersten-Älvsjö": "Hägersten-Älvsjö",
    "Hässelby-Vällingby": "Hässelby-Vällingby",
    "Järva": "Järva",
    "Kungsholmen": "Kungsholmens",
    "Norra innerstaden": "Norra innerstadens",
    "Norrmalm": "Norrmalms",
    "Rinkeby-Kista": "Rinkeby-Kista",
    "Skarpnäck": "Skarpnäcks",
    "Skärholmen": "Skärholmens",
    "Spånga-Tensta": "Spånga-Tensta",
    "Södermalm": "Södermalms",
    "Älvsjö": "Älvsjö",
    "Östermalm": "Östermalms",
}

# (place, district it lies in before any merger)
PLACES = (
    ("Hötorget", "Norrmalm"),
    ("Kungsträdgården", "Norrmalm"),
    ("Karlaplan", "Östermalm"),
    ("Stureplan", "Östermalm"),
    ("Husby torg", "Rinkeby-Kista"),
    ("Rinkeby allé", "Rinkeby-Kista"),
    ("Spånga IP", "Spånga-Tensta"),
    ("Tensta centrum", "Spånga-Tensta"),
    ("Axelsbergs torg", "Hägersten-Liljeholmen"),
    ("Fruängens centrum", "Hägersten-Liljeholmen"),
    ("Älvsjö centrum", "Älvsjö"),
    ("Stieg Trenters torg", "Kungsholmen"),
    ("Rålambshovsskolan", "Kungsholmen"),
    ("Medborgarplatsen", "Södermalm"),
    ("Mariatorget", "Södermalm"),
    ("Årsta IP", "Enskede-Årsta-Vantör"),
    ("Farsta centrum", "Farsta"),
    ("Hökarängens centrum", "Farsta"),
    ("Skärholmstorget", "Skärholmen"),
    ("Vällingby torg", "Hässelby-Vällingby"),
    ("Brommaplan", "Bromma"),
    ("Skarpnäcks allé", "Skarpnäck"),
)
YEARS = (2013, 2014, 2015, 2016, 2017, 2018, 2019, 2021, 2022, 2024, 2025)  # not a merger year

SAFETY_MEASURES = (
    "Trygghetsbelysning",
    "Kameraövervakning",
    "Röjning av buskage och sly",
    "Pollare",
    "Genomsiktliga staket",
    "Upprustning",
    "Utegym",
    "Konstnärlig gestaltning i gångtunneln",
)
CLIMATE_MEASURES = ("Solceller", "Laddstolpar", "Energieffektiv belysning", "Gröna tak", "Cykelparkering under tak")
LONG_TAILS = (
    " med förstärkt belysning längs gångvägarna, nya sittplatser och ett sammanhållet skyltprogram för hela området",
    " inklusive samordning med fastighetsägare, föreningar och lokalpolisområdet under hela genomförandet",
    " samt en uppföljande trygghetsvandring med boende, näringsidkare och representanter för skolorna i närheten",
)
EMPTY_ANSWERS = ("-", "Ej aktuellt", "Se bilaga")
PARTNERS = (
    "polisen",
    "trafikkontoret",
    "fastighetskontoret",
    "AB Svenska Bostäder",
    "Familjebostäder",
    "Stockholmshem",
    "Micasa",
    "SISAB",
    "Stockholm Vatten och Avfall",
    "Stiftelsen Tryggare Sverige",
    "nattvandrarna",
    "Fastighetsägarna Stockholm",
    "idrottsförvaltningen",
    "Region Stockholm",
)
FIRST = ("Annika", "Bo", "Cecilia", "Dragan", "Elin", "Farhad", "Gunilla", "Henrik", "Ida", "Jonas", "Leyla", "Mats")
LAST = ("Bergström", "Lindqvist", "Nyström", "Öberg", "Sandberg", "Åkesson", "Holm", "Karimi", "Wikström", "Ekdahl")

FOLLOW_UP_LABELS = {
    "projektnamn": ("Projektnamn", "Projektets namn"),
    "plats": ("Geografisk plats för investering", "Plats"),
    "mal_och_syfte": ("Projektets mål och syfte", "Syfte och mål"),
    "slutresultat": (
        "Beskrivning av slutresultat utifrån investeringens mål, syfte och platsens behov av trygghetsskapande åtgärd",
        "Resultat",
    ),
    "avvikelser": ("Beskrivning av eventuella avvikelser i projektets genomförande", "Avvikelser"),
    "ekonomiskt_utfall": (
        "Beskrivning av ekonomiskt utfall och eventuell avvikelse mot kalkylerade utgifter",
        "Ekonomiskt utfall",
        "Ekonomisk redovisning",
    ),
    "bilder_fore": ("Bilder före",),
    "bilder_efter": ("Bilder efter",),
}
CLIMATE_RESULT_LABEL = "Beskrivning av slutresultat utifrån investeringens mål och förväntad klimatnytta"
APPLICATION_LABELS = (
    ("insats", "Namn på insats"),
    ("sokt_belopp", "Sökt belopp"),
    ("sokande_namnd", "Sökande nämnd"),
    ("medsokande_namnd", "Ev medsökande nämnd"),
    ("kontaktperson", "Kontaktperson"),
    ("telefon", "Telefon"),
    ("epost", "E-post"),
    ("samverkan", "Ev samverkan"),
)
HEADER_KEYS = {"insats", "sokt_belopp", "sokande_namnd", "medsokande_namnd", "kontaktperson", "telefon", "epost"}
HEADER_KEYS |= {"samverkan", "projektnamn", "plats"}


Block = str | list[str]  # a paragraph, or the items of a bullet list


@dataclass
class Field:
    key: str | None  # None: the stage marker, alone in the answer column
    label: str
    blocks: list[Block]

    @property
    def short(self) -> bool:
        """A header field: one short answer (drawn in grids and card rows)."""
        return self.key in HEADER_KEYS


@dataclass
class Form:
    name: str
    kind: str  # uppfoljning | ansokan | trafik
    appendix: str | None
    title: str
    year: int
    district: str
    district_today: str
    project: str
    location: str | None
    stage: str | None
    dnr: str
    fields: list[Field] = field(default_factory=list)


def normalise(text: str) -> str:
    """Whitespace runs (NBSP included) to one space, as the truth stores text."""
    return " ".join(text.replace(NBSP, " ").split())


def slug(label: str) -> str:
    text = normalise(label).lower().replace("å", "a").replace("ä", "a").replace("ö", "o").replace("é", "e")
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")[:40]


def block_lines(block: Block) -> list[str]:
    """The lines a block prints as (before wrapping): a paragraph one, a bullet list one an item."""
    return [block] if isinstance(block, str) else [BULLET + item for item in block]


def answer_text(blocks: list[Block]) -> str:
    text = normalise(" ".join(line for b in blocks for line in block_lines(b)))
    return "" if text == PLACEHOLDER else text


def district_as_of(old: str, year: int) -> str:
    if year >= 2021:
        old = _MERGED_2020.get(old, old)
    if year >= 2024:
        old = _MERGED_2023.get(old, old)
    return old


def district_today(name: str) -> str:
    name = _MERGED_2020.get(name, name)
    return _MERGED_2023.get(name, name)


def committee(district: str) -> str:
    return f"{GENITIVE[district]} stadsdelsnämnd"


# ---------------------------------------------------------------- money in every format written


def money(rng: random.Random, sek: int) -> str:
    """`sek` written in one of the formats of the archive (kr with NBSP or space, tkr, mnkr, SEK, words)."""
    form = rng.randrange(9)
    if form == 0:
        return f"{sek:,}".replace(",", NBSP) + " kr"
    if form == 1:
        return f"{sek:,}".replace(",", " ") + " kronor"
    if form == 2:
        return f"{sek // 1000} tkr"
    if form == 3:
        return f"{sek / 1e6:.1f}".replace(".", ",") + " mnkr"
    if form == 4:
        return f"{sek / 1e6:.2f}".replace(".", ",") + " Mkr"
    if form == 5:
        return f"SEK {sek:,}"
    if form == 6:
        return f"{sek / 1e6:.1f}".replace(".", ",") + " MSEK"
    if form == 7:
        return rng.choice(("cirka ", "drygt ", "knappt ", "ca ", "omkring ")) + f"{sek:,}".replace(",", " ") + " kr"
    return {500_000: "en halv miljon kronor", 2_000_000: "två miljoner kronor"}.get(sek, f"{sek // 1000} tkr")


def _budget(rng: random.Random) -> int:
    return rng.choice((150, 275, 400, 500, 650, 820, 1000, 1250, 1600, 2000, 2600, 3400)) * 1000


# ---------------------------------------------------------------- the form's texts


def _sentences(rng: random.Random, pool: tuple[str, ...], k: int, **names: str) -> list[str]:
    return [s.format(**names) for s in rng.sample(pool, k)]


_AIM = (
    "Platsen upplevs som otrygg av många boende, särskilt under den mörka delen av året.",
    "Vid trygghetsvandringar har {place} pekats ut som en plats där man undviker att gå ensam.",
    "Syftet är att fler ska vilja vistas på {place} under kvällstid.",
    "Målet är att minska skadegörelsen och öka den upplevda tryggheten bland barn och unga.",
    "Åtgärden ska göra gångstråken mer överblickbara och lättare att orientera sig i.",
    "Insatsen bygger på en behovsanalys som gjorts tillsammans med {partner}.",
    "Projektet ska bidra till en levande plats där människor möts över hela dygnet.",
)
_RESULT = (
    "Åtgärden genomfördes enligt plan och platsen upplevs nu som ljusare och mer öppen.",
    "Boende som deltog i uppföljningen beskriver att de oftare väljer att gå genom området.",
    "Samarbetet med {partner} har fungerat väl och kommer att fortsätta.",
    "Antalet anmälningar om skadegörelse har minskat jämfört med föregående period.",
    "Fler föreningar använder nu platsen för aktiviteter på kvällar och helger.",
    "Underhållet har förts över till förvaltningens ordinarie drift.",
    "En trygghetsvandring efter genomförandet visade att de tidigare mörka partierna är åtgärdade.",
)
_DEVIATION = (
    "Upphandlingen tog längre tid än beräknat, vilket försenade starten med några månader.",
    "Markarbetena visade sig mer omfattande än vad som förutsågs i kalkylen.",
    "Leveransen av armaturer försenades på grund av brist hos leverantören.",
    "En del av arbetet fick flyttas till våren för att inte störa häckningssäsongen.",
)
_BULLETS = (
    "nya armaturer längs gångvägen",
    "röjning av sly vid entréerna",
    "två nya sittgrupper",
    "skyltning mot tunnelbanan",
    "samråd med {partner}",
    "ommålning av tunnelns väggar",
    "installation av pollare vid infarten",
)
_CLIMATE_AIM = (
    "Investeringen ska minska energianvändningen i verksamhetens lokaler.",
    "Målet är att minska utsläppen av växthusgaser från stadens egen verksamhet.",
    "Åtgärden ska visa hur tekniken kan användas i fler av stadens fastigheter.",
    "Projektet genomförs tillsammans med {partner}.",
)


def _paragraphs(rng: random.Random, pool: tuple[str, ...], names: dict[str, str], long: bool) -> list[Block]:
    """One paragraph, or (long) two or three, one of them maybe a bullet list."""
    count = rng.choice((2, 3)) if long else 1
    blocks: list[Block] = []
    for i in range(count):
        if long and i == 1 and rng.random() < 0.5:
            blocks.append("Arbetet omfattade:")
            blocks.append([b.format(**names) for b in rng.sample(_BULLETS, rng.choice((2, 3, 4)))])
        else:
            blocks.append(" ".join(_sentences(rng, pool, rng.choice((1, 2, 3)), **names)))
    return blocks


def _economy(rng: random.Random, year: int, kind: str) -> list[Block]:
    budget = _budget(rng)
    outcome = budget - rng.choice((0, 50, 100, 200)) * 1000 if rng.random() < 0.6 else budget + 60_000
    lines = [
        f"Budgeten för projektet var {money(rng, budget)}.",
        f"Det ekonomiska utfallet för {year} uppgick till {money(rng, outcome)}.",
    ]
    if outcome != budget:
        word = "underskott" if outcome > budget else "överskott"
        lines.append(
            f"Avvikelsen mot kalkylerade utgifter, ett {word} på {money(rng, abs(outcome - budget))}, förklaras ovan."
        )
    if rng.random() < 0.3:
        lines.append(f"Varav medfinansiering från {rng.choice(PARTNERS)} {money(rng, 100_000)}.")
    if kind == "trafik" and rng.random() < 0.5:
        lines.append(f"Totalt för programmet {money(rng, 13_300_000)} (12,7 mnkr).")
    return [" ".join(lines)] if rng.random() < 0.6 else [" ".join(lines[:2]), " ".join(lines[2:]) or "Ingen avvikelse."]


def _empty(rng: random.Random) -> list[Block]:
    return [rng.choice(EMPTY_ANSWERS)]


def _project_name(rng: random.Random, place: str, climate: bool, long: bool) -> str:
    measure = rng.choice(CLIMATE_MEASURES if climate else SAFETY_MEASURES)
    name = f"{measure} {rng.choice(('vid', 'på', 'kring'))} {place}"
    return name + rng.choice(LONG_TAILS) if long else name


def make_form(rng: random.Random, name: str, kind: str | None = None) -> Form:
    """A random form: a safety or climate follow-up, a 5b or 7 application or a traffic-office report."""
    kind = kind or rng.choice(("uppfoljning", "uppfoljning", "ansokan", "trafik"))
    place, old = rng.choice(PLACES)
    year = rng.choice(YEARS)
    district = district_as_of(old, year)
    climate = kind != "trafik" and rng.random() < 0.3
    long_name = rng.random() < 0.3
    project = _project_name(rng, place, climate, long_name)
    partner = rng.choice(PARTNERS)
    names = {"place": place, "partner": partner}
    dnr = f"Dnr {rng.choice(('1.5.3', '3.4', '2.1.2'))}-{rng.randrange(100, 999)}-{year}"
    long = rng.random() < 0.5  # answers of several paragraphs (a form over two or three pages)
    stage = rng.choice(("slutredovisning", "slutredovisning", "delredovisning"))
    location = rng.choice((f"{place} ({committee(district)})", f"Området kring {place}, {committee(district)}"))
    if kind == "ansokan":
        appendix = "7" if climate else "5b"
        title = (
            "Bilaga 7 Ansökan om investeringsmedel för klimatinvesteringar"
            if climate
            else "Bilaga 5b Ansökan om investeringsmedel (CM4) för trygghetsskapande åtgärder"
        )
        contact = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        answers: dict[str, list[Block]] = {
            "insats": [project],
            "sokt_belopp": [money(rng, _budget(rng))],
            "sokande_namnd": [committee(district)],
            "medsokande_namnd": [rng.choice((PLACEHOLDER, "", "Trafiknämnden", "Idrottsnämnden"))],
            "kontaktperson": [contact],
            "telefon": [f"08-508 {rng.randrange(10, 99)} {rng.randrange(100, 999)}"],
            "epost": [f"{contact.split()[0].lower()}.{slug(contact.split()[1])}@stockholm.se"],
            "samverkan": [rng.choice((PLACEHOLDER, partner[0].upper() + partner[1:], f"Samverkan med {partner}."))],
        }
        fields = [Field(k, lab, [a for a in answers[k] if a != ""]) for k, lab in APPLICATION_LABELS]
        aim = _paragraphs(rng, _CLIMATE_AIM if climate else _AIM, names, long)
        aim.append(f"Åtgärden genomförs under {year}.")
        fields.append(Field("beskrivning", "1. Beskrivning (mål och syfte)", aim))
        need = _paragraphs(rng, _AIM, names, long)
        fields.append(Field("behovsanalys", "1.1 Behovsanalys/problembeskrivning", need))
        return Form(
            name, kind, appendix, title, year, district, district_today(district), project, None, None, dnr, fields
        )

    if kind == "trafik":
        title = f"{project}. Slutredovisning"
        fields = [
            Field("bakgrund", "Bakgrund", _paragraphs(rng, _AIM, names, long)),
            Field("plats", "Plats", [location]),
            Field("mal_och_syfte", "Syfte och mål", _paragraphs(rng, _AIM, names, False)),
            Field("genomforande", "Genomförande", _paragraphs(rng, _RESULT, names, long)),
            Field("slutresultat", "Resultat", _paragraphs(rng, _RESULT, names, False)),
            Field("ekonomiskt_utfall", "Ekonomisk redovisning", _economy(rng, year, kind)),
        ]
        return Form(name, "trafik", None, title, year, district, district_today(district), project, location,
                    "slutredovisning", dnr, fields)  # fmt: skip

    appendix = "7" if climate else "5"
    title = "Bilaga 7 - Uppföljning klimatinvestering" if climate else "Bilaga 5 - Uppföljning trygghetsinvestering"
    short = rng.random() < 0.5  # the short label wordings of some years

    def label(key: str) -> str:
        options = FOLLOW_UP_LABELS[key]
        return options[-1] if short else options[0]

    result_label = CLIMATE_RESULT_LABEL if climate and not short else label("slutresultat")
    fields = [
        Field("projektnamn", label("projektnamn"), [project]),
        Field("plats", label("plats"), [location]),
        Field(
            "mal_och_syfte", label("mal_och_syfte"), _paragraphs(rng, _CLIMATE_AIM if climate else _AIM, names, False)
        ),
        Field(None, "", [stage.capitalize()]),  # the stage marker alone in the answer column
        Field("slutresultat", result_label, _paragraphs(rng, _RESULT, names, long)),
        Field(
            "avvikelser",
            label("avvikelser"),
            _empty(rng)
            if rng.random() < 0.3
            else [PLACEHOLDER]
            if rng.random() < 0.1
            else _paragraphs(rng, _DEVIATION, names, False),
        ),
        Field("ekonomiskt_utfall", rng.choice(FOLLOW_UP_LABELS["ekonomiskt_utfall"]), _economy(rng, year, kind)),
    ]
    if rng.random() < 0.2:
        fields.append(Field("ansvarig_enhet", "Ansvarig enhet", ["Enheten för trygghet och lokal utveckling."]))
    pictures = _empty(rng) if rng.random() < 0.6 else ["Se bifogade bilder."]
    fields.append(Field("bilder_fore", "Bilder före", pictures))
    fields.append(Field("bilder_efter", "Bilder efter", pictures))
    return Form(name, "uppfoljning", appendix, title, year, district, district_today(district), project, location,
                stage, dnr, fields)  # fmt: skip


def truth(form: Form, pages: int, variant: str, producer: str, layer: str) -> dict:
    """The truth sidecar as tests/layout_scoring.py reads it, plus the group keys of score.py."""
    sections = [
        {"key": f.key, "label": normalise(f.label), "text": answer_text(f.blocks)} for f in form.fields if f.key
    ]
    return {
        "title": normalise(form.title),
        "form_kind": "uppfoljning" if form.kind == "trafik" else form.kind,
        "appendix": form.appendix,
        "year": form.year,
        "district": form.district,
        "district_today": form.district_today,
        "project": normalise(form.project),
        "location": form.location,
        "stage": form.stage,
        "sections": sections,
        "pages": pages,
        "variant": variant,
        "producer": producer,
        "layer": layer,
    }
