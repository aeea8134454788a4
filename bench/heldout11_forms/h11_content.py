"""Swedish content of the eleventh held-out forms: one form as plain data (title, header fields, labelled answers).

Written for this set only. A form is a `Form`; each renderer in build.py draws its rows and the truth is read off
the same rows, so what is drawn and what is expected cannot drift apart.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

PLACEHOLDER = "Klicka här för att ange text."
NBSP = "\u00a0"

# The fourteen committees of 2007 to mid-2020, each with places that lie in it.
PLACES = {
    "Bromma": ["Blackebergs centrum", "Åkeshovs slottspark", "Brommaplan", "Abrahamsbergs bollplan"],
    "Enskede-Årsta-Vantör": ["Årsta IP", "Tunnlandsparken", "Högdalens centrum", "Rågsveds friluftsgård"],
    "Farsta": ["Farsta centrum", "Hökarängens torg", "Fagersjöskogen"],
    "Hägersten-Liljeholmen": ["Axelsbergs torg", "Liljeholmstorget", "Mälarhöjdsbadet"],
    "Hässelby-Vällingby": ["Hässelby gårds torg", "Grimstaskogen", "Råcksta träsk"],
    "Kungsholmen": ["Stieg Trenters torg", "Rålambshovsskolan", "Kronobergsparken", "Fridhemsplan"],
    "Norrmalm": ["Sergels torg", "Kungsträdgården", "Tegnérlunden", "Vasaparken"],
    "Rinkeby-Kista": ["Husby torg", "Rinkeby allé", "Kista gård"],
    "Skarpnäck": ["Skarpnäcks allé", "Björkhagens torg", "Flatenbadet"],
    "Skärholmen": ["Skärholmens centrum", "Bredängs torg", "Sätraskogen"],
    "Spånga-Tensta": ["Spånga IP", "Tensta centrum", "Hjulsta bollplan"],
    "Södermalm": ["Medborgarplatsen", "Tantolunden", "Mariatorget", "Fatburstrappan"],
    "Älvsjö": ["Älvsjö gård", "Solbergaparken", "Långbrodalsskogen"],
    "Östermalm": ["Stureplan", "Humlegården", "Tessinparken"],
}

# The mergers: (old committees, new committee, first full year as one).
MERGERS = [
    (("Hägersten-Liljeholmen", "Älvsjö"), "Hägersten-Älvsjö", 2021),
    (("Rinkeby-Kista", "Spånga-Tensta"), "Järva", 2024),
    (("Norrmalm", "Östermalm"), "Norra innerstaden", 2024),
]
# Years a merger happened in are left out: the committee of such a year depends on the month.
YEARS = [2015, 2016, 2017, 2018, 2019, 2021, 2022, 2024, 2025]


def district_in(base: str, year: int) -> str:
    """The committee covering `base` (one of the fourteen) in `year`."""
    for old, new, first in MERGERS:
        if base in old and year >= first:
            return new
    return base


def district_today(district: str) -> str:
    for old, new, _ in MERGERS:
        if district in old:
            return new
    return district


def genitive(district: str) -> str:
    return district if district[-1] in "aeiouyåäö" else district + "s"


def committee(district: str, rng: random.Random) -> str:
    return f"{genitive(district)} " + rng.choice(
        ["stadsdelsnämnd", "stadsdelsnämnd", "stadsdelsförvaltning", "stadsdelsområde"]
    )


ORGS = [
    "polisen",
    "lokalpolisområdet",
    "trafikkontoret",
    "fastighetskontoret",
    "idrottsförvaltningen",
    "AB Svenska Bostäder",
    "Stockholmshem",
    "Familjebostäder",
    "Micasa",
    "SISAB",
    "Stockholm Exergi",
    "Stockholm Vatten och Avfall",
    "Fastighetsägarna Stockholm",
    "Stiftelsen Tryggare Sverige",
    "nattvandrarna",
    "Region Stockholm",
    "Trafikverket",
    "Länsstyrelsen",
    "S:t Erik Kommunikation",
    "AB Stokab",
]

SAFETY_WORKS = [
    ("Trygghetsbelysning", "belysningen"),
    ("Kameraövervakning", "kamerorna"),
    ("Röjning av buskage och sly", "röjningen"),
    ("Pollare och genomsiktliga staket", "pollarna"),
    ("Upprustning av torget", "upprustningen"),
    ("Utegym", "utegymmet"),
    ("Konst i gångtunneln", "konstverken"),
    ("Platssamverkan", "platssamverkan"),
]
CLIMATE_WORKS = [
    ("Solceller på förskolans tak", "solcellerna"),
    ("Laddstolpar för förvaltningens bilar", "laddstolparna"),
    ("Byte till LED-armaturer", "armaturerna"),
    ("Lastcyklar för hemtjänsten", "lastcyklarna"),
    ("Bergvärme i fritidsgården", "bergvärmen"),
]
# Long names that wrap in a narrow column.
LONG_TAILS = [
    " samt förbättrad framkomlighet och belysning längs gång- och cykelvägen mot tunnelbanan",
    " med kompletterande åtgärder efter trygghetsvandringar med boende, föreningar och fastighetsägare",
    " i samverkan med lokala aktörer under kvällar och helger",
]


def money(rng: random.Random, year: int) -> str:
    """An amount in one of the ways the forms write money."""
    n = rng.randrange(120, 4900) * 1000
    m = n / 1e6
    kinds = [
        lambda: f"{n:,} kr".replace(",", " "),
        lambda: f"{n:,} kronor".replace(",", NBSP),
        lambda: f"{m:.1f} mnkr".replace(".", ","),
        lambda: f"{m:.3f} mnkr".replace(".", ","),
        lambda: f"{n // 1000} tkr",
        lambda: f"{m:.1f} Mkr".replace(".", ","),
        lambda: f"{m:.1f} miljoner kronor".replace(".", ","),
        lambda: f"SEK {n:,}",
        lambda: f"{m:.2f} MSEK".replace(".", ","),
        lambda: f"{n:,} SEK".replace(",", " "),
        lambda: rng.choice(["två miljoner kronor", "en halv miljon kronor", "tre miljoner kronor"]),
        lambda: f"{m:.1f} mnkr ({m * 0.9:.1f} mnkr)".replace(".", ","),
        lambda: f"{n:,}:-".replace(",", " "),
    ]
    text = rng.choice(kinds)()
    if rng.random() < 0.3:
        text = rng.choice(["ca", "cirka", "drygt", "knappt", "omkring", "närmare"]) + " " + text
    return text


@dataclass
class Row:
    """One line of the form: a labelled answer (`field`), a numbered heading above its text (`heading`) or the
    stage marker alone in the answer column (`marker`, no section)."""

    kind: str
    label: str
    key: str | None
    text: str  # paragraphs split by "\n\n", bullet lines start with "• "

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n\n") if p.strip()]


@dataclass
class Form:
    template: str  # followup, climate_followup, application, climate_application, traffic
    title: str
    form_kind: str
    appendix: str | None
    year: int
    district: str
    stage: str | None
    project: str | None
    location: str | None
    header: list[str]  # running header lines ("Bilaga 5", "Dnr ...")
    rows: list[Row] = field(default_factory=list)

    def fields(self) -> list[Row]:
        return [r for r in self.rows if r.kind == "field"]


def normalise(text: str) -> str:
    return " ".join(text.replace(NBSP, " ").split())


def truth(form: Form, variant: str, producer: str, layer: str, pages: int) -> dict:
    sections = []
    for row in form.rows:
        if row.key is None:
            continue
        text = normalise(row.text)
        sections.append({"key": row.key, "label": normalise(row.label), "text": "" if text == PLACEHOLDER else text})
    return {
        "title": form.title,
        "form_kind": form.form_kind,
        "appendix": form.appendix,
        "year": form.year,
        "district": form.district,
        "district_today": district_today(form.district),
        "project": form.project,
        "location": form.location,
        "stage": form.stage,
        "sections": sections,
        "pages": pages,
        "variant": variant,
        "producer": producer,
        "layer": layer,
    }


# ---------------------------------------------------------------------------------------------- answers


AIM = [
    "Investeringen ska stärka platsens identitet och locka fler att vistas där under hela dygnet.",
    "Åtgärden ska komplettera det arbete som redan görs av fältassistenter och föreningar i området.",
    "En tydligare belysning ska underlätta orienteringen längs stråket mot tunnelbanan.",
    "Syftet är att fler ska känna sig trygga när de rör sig kring {place} under kvällstid.",
    "Målet är att minska antalet anmälda brott och skapa en mer välkomnande miljö för boende och besökare.",
    "Åtgärden ska göra platsen mer överblickbar så att fler väljer att stanna och använda den.",
    "Insatsen svarar mot de behov som boende lyfte fram vid trygghetsvandringen i området.",
    "Projektet ska bidra till att kvinnor och unga i högre grad upplever platsen som tillgänglig.",
    "Genom {work} vill förvaltningen förebygga skadegörelse och öka den sociala kontrollen.",
]
RESULT = [
    "Ytan sköts nu enligt en ny skötselplan som tagits fram av {org}.",
    "Under hösten genomfördes en ny trygghetsvandring där deltagarna gav platsen ett högre betyg än tidigare.",
    "Skolans elevråd har varit delaktigt i utformningen och följer upp hur platsen används.",
    "Boende vittnar om att de nu väljer att gå genom {place} även sent på kvällen.",
    "Driftansvaret har överlämnats till förvaltningens parkenhet.",
    "Arbetet slutfördes under {year} och {work} har tagits emot väl av boende i området.",
    "Vid en uppföljande trygghetsvandring med {org} upplevdes platsen som ljusare och mer öppen.",
    "Antalet anmälningar om skadegörelse kring {place} har minskat enligt {org}.",
    "Förvaltningen har tillsammans med {org} följt upp insatsen genom enkäter till närboende.",
    "Fler barnfamiljer använder nu ytan även efter mörkrets inbrott.",
    "Erfarenheterna delas med andra stadsdelar genom stadens nätverk för trygghetsfrågor.",
]
DEVIATION = [
    "Leveransen av material försenades med drygt två månader, vilket flyttade färdigställandet.",
    "Markförhållandena krävde mer schaktarbete än vad som förutsågs vid projekteringen.",
    "Upphandlingen fick göras om eftersom inget anbud uppfyllde kraven.",
    "Tidplanen justerades i samråd med {org}.",
]
ECONOMY = [
    "Det ekonomiska utfallet för projektet för {year} uppgick till {amount} jämfört med budgeterade {budget}.",
    "Upparbetade kostnader under {year} blev {amount}, vilket är inom den beviljade ramen på {budget}.",
    "Kostnaden för {work} uppgick till {amount}. Avvikelsen mot kalkylerade utgifter förklaras ovan.",
    "Av det beviljade beloppet på {budget} har {amount} använts, varav en del avser projektering.",
    "{org} har bidragit med medfinansiering om {amount}.",
]
NEED = [
    "I medborgardialoger har otrygghet kring entréerna till tunnelbanan återkommit som ett problem.",
    "Skadegörelse på belysningsarmaturer har lett till att delar av stråket varit mörka under långa perioder.",
    "Det saknas i dag naturliga mötesplatser för unga i närområdet.",
    "Fastighetsägarna har påtalat behovet av samordnade insatser kring {place}.",
    "Trygghetsmätningen visar att många boende undviker {place} när det är mörkt.",
    "Vid trygghetsvandringar har brister i belysning och skymmande växtlighet pekats ut.",
    "Polisen rapporterar återkommande ordningsstörningar och skadegörelse på platsen.",
    "Platsen används av många barn och unga på väg till och från skolan.",
    "Förvaltningens egna fordon och lokaler står för en stor del av utsläppen i stadsdelen.",
    "Energiförbrukningen i lokalerna är hög och installationerna närmar sig sin tekniska livslängd.",
]
DESCRIPTION = [
    "Insatsen genomförs i tre etapper där den första omfattar en inventering av platsens brister.",
    "Boende och näringsidkare bjuds in till samråd innan arbetet påbörjas.",
    "Resultatet följs upp med en trygghetsvandring ett år efter färdigställandet.",
    "Insatsen omfattar {work} vid {place} och genomförs under {year}.",
    "Arbetet planeras tillsammans med {org} och berörda fastighetsägare.",
    "Åtgärden ska vara färdig innan vinterhalvåret så att effekten märks när det är som mörkast.",
    "Förvaltningen ansvarar för drift och underhåll efter att investeringen har genomförts.",
    "Kostnaden beräknas till {amount}, varav {org} står för en mindre del.",
]
BACKGROUND = [
    "Trafiknämnden fattade genomförandebeslut om åtgärden och gav trafikkontoret i uppdrag att genomföra den.",
    "Platsen har länge haft problem med obehörig fordonstrafik och parkering på gångytor.",
    "Åtgärden ingår i stadens satsning på tryggare offentliga miljöer.",
]
CARRY_OUT = [
    "Arbetet genomfördes under {year} av trafikkontorets entreprenör i samråd med {org}.",
    "Under byggtiden leddes gång- och cykeltrafiken om via en tillfällig passage.",
    "Slutbesiktning genomfördes utan anmärkningar.",
]
GENERAL = [
    "Arbetet har stämts av löpande med förvaltningens ledningsgrupp.",
    "Information om projektet har spridits via stadsdelens webbplats och anslagstavlor i trapphusen.",
    "Under genomförandet hölls tre möten med representanter för {org}.",
    "Entreprenören har lämnat en dokumentation av utförda arbeten till förvaltningen.",
    "Synpunkter från boende har samlats in via en digital enkät som besvarades av drygt hundra personer.",
    "Platsen har besökts vid olika tider på dygnet för att bedöma hur den används.",
    "Arbetet har samordnats med andra pågående projekt i närområdet för att undvika dubbla avstängningar.",
    "Förvaltningen bedömer att effekten håller i sig under flera år om skötseln prioriteras.",
    "Projektgruppen har bestått av personal från förvaltningen, {org} och en extern konsult.",
    "Erfarenheterna visar att tidig dialog med fastighetsägare förenklar genomförandet.",
    "Vid behov kan åtgärden kompletteras med fler insatser under kommande år.",
    "En särskild genomgång gjordes av tillgängligheten för personer med funktionsnedsättning.",
]
EMPTY = ["-", "Ej aktuellt", "Se bilaga", PLACEHOLDER, "Inga avvikelser."]
PICTURES = ["Se bifogade bilder.", "Se bilaga", "Bilder finns hos förvaltningen.", "-", "Ej aktuellt"]


def _answer(rng: random.Random, bank: list[str], slots: dict, long: bool) -> str:
    """One to three paragraphs of sentences drawn once each, now and then a bullet list."""
    if long:  # the section's own sentences first, then sentences any section may have
        picked = [s.format(**slots) for s in rng.sample(bank, min(len(bank), rng.randint(3, 6)))]
        picked += [s.format(**slots) for s in rng.sample(GENERAL, rng.randint(4, 10))]
    else:
        picked = [s.format(**slots) for s in rng.sample(bank, min(len(bank), rng.randint(1, 3)))]
    paras, i = [], 0
    while i < len(picked):
        step = rng.randint(1, 3) if long else len(picked)
        paras.append(" ".join(picked[i : i + step]))
        i += step
    rest = [t for t in (s.format(**slots) for s in bank + GENERAL) if t not in picked]
    if rng.random() < 0.2 and len(rest) >= 2:
        items = ["• " + t.rstrip(".") for t in rng.sample(rest, min(3, len(rest)))]
        paras.append("\n".join(items))
    return "\n\n".join(paras)


def make_form(rng: random.Random) -> Form:
    """A follow-up, application, climate variant or traffic-office report, with its answers."""
    template = rng.choice(
        ["followup", "followup", "followup", "application", "application", "climate_followup",
         "climate_application", "traffic"]
    )  # fmt: skip
    base = rng.choice(sorted(PLACES))
    year = rng.choice(YEARS)
    district = district_in(base, year)
    place = rng.choice(PLACES[base])
    climate = template.startswith("climate")
    work, work_def = rng.choice(CLIMATE_WORKS if climate else SAFETY_WORKS)
    project = f"{work} vid {place}" if rng.random() < 0.6 else f"{work} {place}"
    if rng.random() < 0.25:
        project += rng.choice(LONG_TAILS)
    orgs = rng.sample(ORGS, 3)
    slots = {"place": place, "work": work_def, "org": orgs[0], "year": str(year)}
    slots["amount"], slots["budget"] = money(rng, year), money(rng, year)
    dnr = f"Dnr {rng.choice(['1.5.3', '3.4', '2.1.2', '1.6'])}-{rng.randint(100, 999)}-{year}"
    stage = rng.choice(["slutredovisning", "slutredovisning", "delredovisning"])
    location = f"{place}, {committee(district, rng)}" if rng.random() < 0.5 else f"{place} ({committee(district, rng)})"
    longish = rng.random() < 0.6

    def f(label: str, key: str, text: str) -> Row:
        return Row("field", label, key, text)

    if template in ("followup", "climate_followup"):
        appendix = "7" if climate else "5"
        title = f"Bilaga {appendix} - Uppföljning {'klimatinvestering' if climate else 'trygghetsinvestering'}"
        short = rng.random() < 0.4
        result_label = (
            "Resultat" if short
            else "Beskrivning av slutresultat utifrån investeringens mål och förväntad klimatnytta" if climate
            else "Beskrivning av slutresultat utifrån investeringens mål, syfte och platsens behov av trygghetsskapande åtgärd"
        )  # fmt: skip
        economy_label = (
            rng.choice(["Ekonomiskt utfall", "Ekonomisk redovisning"]) if short
            else "Beskrivning av ekonomiskt utfall och eventuell avvikelse mot kalkylerade utgifter"
        )  # fmt: skip
        deviation = (
            _answer(rng, DEVIATION, {**slots, "org": orgs[1]}, longish and rng.random() < 0.5)
            if rng.random() < 0.6
            else rng.choice(EMPTY)
        )
        rows = [
            f("Projektets namn" if short else "Projektnamn", "projektnamn", project),
            f("Plats" if short else "Geografisk plats för investering", "plats", location),
            f("Syfte och mål" if short else "Projektets mål och syfte", "mal_och_syfte", _answer(rng, AIM, slots, longish)),
            Row("marker", "", None, stage.capitalize()),
            f(result_label, "slutresultat", _answer(rng, RESULT, {**slots, "org": orgs[1]}, longish)),
            f("Avvikelser" if short else "Beskrivning av eventuella avvikelser i projektets genomförande", "avvikelser",
              deviation),
            f(economy_label, "ekonomiskt_utfall", _answer(rng, ECONOMY, {**slots, "org": orgs[2]}, False)),
            f("Bilder före", "bilder_fore", rng.choice(PICTURES)),
            f("Bilder efter", "bilder_efter", rng.choice(PICTURES)),
        ]  # fmt: skip
        return Form(template, title, "uppfoljning", appendix, year, district, stage, project, location,
                    [f"Bilaga {appendix}", dnr], rows)  # fmt: skip
    if template in ("application", "climate_application"):
        appendix = "7" if climate else "5b"
        title = (
            "Bilaga 7 Ansökan om investeringsmedel för klimatinvesteringar" if climate
            else "Bilaga 5b Ansökan om investeringsmedel (CM4) för trygghetsskapande åtgärder"
        )  # fmt: skip
        co = rng.choice(sorted(set(PLACES) - {base}))
        co_text = rng.choice([f"{committee(district_in(co, year), rng)}", "-", PLACEHOLDER, "Ej aktuellt"])
        first = rng.choice(["Anna", "Johan", "Fatima", "Mikael", "Sara", "Ali", "Karin", "Erik", "Leyla", "Per"])
        last = rng.choice(["Lindberg", "Holm", "Nyström", "Ahmadi", "Berg", "Ekström", "Sandberg", "Öberg"])
        role = rng.choice(["enhetschef", "trygghetssamordnare", "projektledare", "miljösamordnare"])
        ascii_ = str.maketrans("åäöÅÄÖ", "aaoAAO")
        rows = [
            f("Namn på insats", "insats", project),
            f("Sökt belopp", "sokt_belopp", rng.choice([money(rng, year), f"{rng.randrange(150, 2500) * 1000:,}".replace(",", " ")])),
            f("Sökande nämnd", "sokande_namnd", f"{genitive(district)} stadsdelsnämnd"),
            f("Ev medsökande nämnd", "medsokande_namnd", co_text),
            f("Kontaktperson", "kontaktperson", f"{first} {last}, {role}"),
            f("Telefon", "telefon", f"08-508 {rng.randint(10, 99)} {rng.randint(100, 999)}"),
            f("E-post", "epost", f"{first.lower()}.{last.lower()}@stockholm.se".translate(ascii_)),
            f("Ev samverkan", "samverkan", rng.choice([f"{orgs[0]}, {orgs[1]} och {orgs[2]}.", "-", PLACEHOLDER])),
            Row("heading", "1. Beskrivning (mål och syfte)", "beskrivning", _answer(rng, DESCRIPTION + AIM, slots, longish)),
            Row("heading", "1.1 Behovsanalys/problembeskrivning", "behovsanalys", _answer(rng, NEED, slots, longish)),
        ]  # fmt: skip
        return Form(template, title, "ansokan", appendix, year, district, None, project, None,
                    [f"Bilaga {appendix}", dnr], rows)  # fmt: skip
    # Traffic office: "<Åtgärd>. Slutredovisning", no appendix number.
    traffic_project = f"{rng.choice(['Pollare', 'Trafiksäkerhetsåtgärder', 'Ny gångpassage', 'Belysning'])} {place}"
    rows = [
        f("Bakgrund", "bakgrund", _answer(rng, BACKGROUND, slots, False)),
        f("Plats", "plats", location),
        f("Syfte och mål", "mal_och_syfte", _answer(rng, AIM, slots, longish)),
        f("Genomförande", "genomforande", _answer(rng, CARRY_OUT, {**slots, "org": orgs[1]}, longish)),
        f("Resultat", "slutresultat", _answer(rng, RESULT, slots, False)),
        f("Ekonomisk redovisning", "ekonomiskt_utfall", _answer(rng, ECONOMY, {**slots, "org": orgs[2]}, False)),
    ]
    return Form(template, f"{traffic_project}. Slutredovisning", "uppfoljning", None, year, district,
                "slutredovisning", traffic_project, location, ["Trafikkontoret", dnr], rows)  # fmt: skip
