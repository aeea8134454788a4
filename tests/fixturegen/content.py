"""Random report specs: content from the bank, layout choices per variant."""

from __future__ import annotations

import random
import unicodedata

from bilagor.extractor import districts

from . import bank, fonts
from .layout import layout
from .money import Amounts, pick_style, round_to
from .spec import FIELD, HEADING, MARKER, PLACEHOLDER, Layout, ReportSpec, Row, slug

PRODUCERS = ("fpdf2", "reportlab")
VARIANTS = (
    "followup_borderless",  # two-column form without cell lines
    "followup_bordered",  # the same with cell lines
    "followup_headers",  # running header (Bilaga, Dnr, committee) and footer on every page
    "followup_pagebreak",  # long answers continued on the next page, label column empty
    "followup_one_column",  # each label a heading above its text
    "followup_hyphenated",  # narrow value column, words split with line-end hyphens
    "followup_short_labels",  # older short label wording plus a label the tool does not know
    "application",  # Bilaga 5b, Ansökan om investeringsmedel (CM4)
    "climate_followup",  # Bilaga 7, uppföljning klimatinvestering
    "climate_application",  # Bilaga 7, ansökan
    "traffic_final_report",  # "<Åtgärd>. Slutredovisning", one-column headings
    "traffic_decision",  # "<Åtgärd>. Genomförandebeslut" / "Inriktningsbeslut"
)

LONG_LABELS = {
    "projektnamn": "Projektnamn",
    "plats": "Geografisk plats för investering",
    "mal_och_syfte": "Projektets mål och syfte",
    "slutresultat": "Beskrivning av slutresultat utifrån investeringens mål, syfte och platsens behov av trygghetsskapande åtgärd",
    "avvikelser": "Beskrivning av eventuella avvikelser i projektets genomförande",
    "ekonomiskt_utfall": "Beskrivning av ekonomiskt utfall och eventuell avvikelse mot kalkylerade utgifter",
    "bilder_fore": "Bilder före",
    "bilder_efter": "Bilder efter",
}
SHORT_LABELS = {
    "projektnamn": "Projektets namn",
    "plats": "Plats",
    "mal_och_syfte": "Syfte och mål",
    "slutresultat": "Resultat",
    "avvikelser": "Avvikelser",
    "ekonomiskt_utfall": ("Ekonomiskt utfall", "Ekonomisk redovisning"),
    "bilder_fore": "Bilder före",
    "bilder_efter": "Bilder efter",
}
CLIMATE_RESULT_LABEL = "Beskrivning av slutresultat utifrån investeringens mål och förväntad klimatnytta"

EXTRA_RESULTS = (
    "Förvaltningen har under hela projekttiden haft en nära dialog med boende och verksamma i området.",
    "Trygghetsmätningen efter åtgärden visar att andelen som känner sig trygga har ökat från {p1} till {p2} procent.",
    "Synpunkter från medborgardialogen har tagits om hand i den slutliga utformningen av platsen.",
    "Skolor och fritidsgårdar i närheten har informerats om åtgärderna och bidragit med idéer.",
    "Slutbesiktning genomfördes {date} utan anmärkningar.",
    "Erfarenheterna från arbetet har delats med andra stadsdelar som planerar liknande åtgärder.",
    "Boende har kunnat lämna synpunkter via en digital karta, och drygt {n2} synpunkter kom in.",
    "Frågor om projektet besvaras av förvaltningens växel på telefon 08-508 {n2} 000.",
)
NEEDS = (
    "I stadens trygghetsmätning uppger {p1} procent av de boende att de känner sig otrygga kvällstid.",
    "Platsen har under flera år pekats ut som otrygg vid trygghetsvandringar.",
    "Anmälningarna om skadegörelse och personrån har ökat i området de senaste åren enligt {polisen}.",
    "Många undviker platsen efter mörkrets inbrott, vilket gör den ännu mer öde.",
    "Boende och föreningar har i medborgardialoger efterfrågat åtgärder för att göra platsen tryggare.",
)
CLIMATE_NEEDS = (
    "Förvaltningens fordon och fastigheter står för en stor del av dess klimatpåverkan.",
    "Stadens miljöprogram kräver att utsläppen från den egna verksamheten minskar snabbt.",
    "En energikartläggning visar att åtgärden ger stor klimatnytta per investerad krona.",
)


class Vocabulary(dict):
    """format_map mapping that resolves organisation keys and records them."""

    def __init__(self, values: dict, organisations: list[str]):
        super().__init__(values)
        self.organisations = organisations

    def __missing__(self, key: str) -> str:
        form, canonical = bank.ORG_FORMS[key]
        self.organisations.append(canonical)
        return form


class Draft:
    """One report's random facts, shared by all its sections."""

    def __init__(self, rng: random.Random, year: int, investments=bank.SAFETY):
        self.rng = rng
        self.year = year
        place, original = rng.choice(bank.PLACES)
        self.place = place
        self.district = districts.as_of(original, year)
        self.investment = rng.choice(investments)
        self.n = rng.randint(*self.investment.n_range)
        self.project = self.investment.name.format(place=place)
        self.organisations: list[str] = []
        self.amounts = Amounts(rng)

    def fill(self, template: str) -> str:
        rng = self.rng
        p1 = rng.randint(20, 60)
        values = {
            "place": self.place,
            "n": self.n,
            "year": self.year,
            "next": self.year + 1,
            "p1": p1,
            "p2": min(95, p1 + rng.randint(5, 25)),
            "n2": rng.randint(10, 99),
            "date": f"{self.year}-{rng.randint(3, 11):02d}-{rng.randint(1, 28):02d}",
        }
        return template.format_map(Vocabulary(values, self.organisations))

    def sentences(self, pool, k: int) -> str:
        k = min(k, len(pool))
        return " ".join(self.fill(s) for s in self.rng.sample(pool, k))

    def committee(self, district: str | None = None, kind: str | None = None) -> str:
        """'Norrmalms stadsdelsnämnd' as written, recorded under its canonical name."""
        d = next(x for x in districts.DISTRICTS if x.name == (district or self.district))
        kind = kind or self.rng.choice(("stadsdelsnämnd", "stadsdelsnämnd", "stadsdelsförvaltning"))
        written = d.name if d.name[-1] in "aeiouyåäö" else d.genitive
        self.organisations.append(f"{d.genitive} stadsdelsnämnd")
        return f"{written} {kind}"

    def location(self) -> str:
        forms = (
            "{place}, {committee}",
            "{place} ({committee})",
            "Området kring {place}, {committee}",
        )
        form = self.rng.choice(forms)
        return form.format(place=self.place, committee=self.committee())


def _economy_followup(d: Draft, stage: str) -> str:
    rng, a, year = d.rng, d.amounts, d.year
    style = pick_style(rng)
    budget = round_to(rng.uniform(0.3e6, 6e6), style)
    outcome = round_to(budget * rng.uniform(0.45, 1.1), style)
    template = rng.randrange(6)
    if stage == "delredovisning":
        granted = a.write(budget, style, "beviljat")
        spent = a.write(outcome // 2 // 100_000 * 100_000 or 100_000, "mnkr", "utfall")
        forecast = a.write(outcome, style, "prognos", hedge=rng.random() < 0.5)
        return (
            f"Av beviljade {granted} har {spent} upparbetats under {year}. "
            f"Prognosen för hela projektet är {forecast}. Projektet slutredovisas {year + 1}."
        )
    if template == 0:
        u = a.write(outcome, style, "utfall", hedge=True)
        b = a.write(budget, style, "budget")
        return (
            f"Det ekonomiska utfallet för projektet för {year} bedöms uppgå till {u} jämfört med budget på {b}. "
            f"Det motsvarar {round(outcome / budget * 100)} procent av budgeten."
        )
    if template == 1:
        diff = budget - outcome
        g = a.write(budget, style, "beviljat")
        u = a.write(outcome, style, "utfall")
        if diff > 0:
            av = a.write(diff, style, "avvikelse")
            return (
                f"Projektet beviljades {g} för {year}. De upparbetade kostnaderna uppgick till {u}, "
                f"vilket innebär ett överskott på {av} som återförs till stadsledningens budget."
            )
        return f"Projektet beviljades {g} för {year}. De upparbetade kostnaderna uppgick till {u}."
    if template == 2:
        prior = round_to(outcome * rng.uniform(0.7, 1.2), style)
        u = a.write(outcome, style, "utfall")
        p = a.write(prior, style, "annat")
        b = a.write(budget, style, "budget")
        return (
            f"Totalt uppgick kostnaderna för {year} till {u} ({p}), där beloppet inom parentes avser "
            f"föregående år. Budgeterat belopp var {b}."
        )
    if template == 3:
        b = a.write(budget, style, "budget")
        u = a.write(outcome, style, "utfall")
        return (
            f"Kalkylerade utgifter var {b}. Kostnaden för {year} blev {u}. "
            f"Skillnaden beror främst på att upphandlingen gav lägre priser än beräknat."
        )
    if template == 4:
        spelled = rng.choice((1_000_000, 2_000_000, 3_000_000, 4_000_000))
        b = a.write(spelled, "spelled", "budget")
        u = a.write(round_to(spelled * rng.uniform(0.5, 1.0), "kr"), "kr", "utfall")
        return f"Projektet hade en budget på {b}. Utfallet för {year} uppgick till {u}."
    u = a.write(outcome, style, "utfall", hedge=rng.random() < 0.5)
    b = a.write(budget, style, "budget")
    return f"Utfallet för {year} var {u} mot kalkylerade {b}. Ingen ytterligare avvikelse finns att redovisa."


def _followup_labels(rng: random.Random, year: int, short: bool, climate: bool) -> dict[str, str]:
    labels = {}
    for key, long_label in LONG_LABELS.items():
        use_short = short or (year <= 2016 and rng.random() < 0.8) or rng.random() < 0.12
        label = SHORT_LABELS[key] if use_short else long_label
        labels[key] = rng.choice(label) if isinstance(label, tuple) else label
    if climate and labels["slutresultat"] == LONG_LABELS["slutresultat"]:
        labels["slutresultat"] = CLIMATE_RESULT_LABEL
    return labels


def _followup(rng: random.Random, variant: str) -> tuple[ReportSpec, Draft]:
    climate = variant == "climate_followup"
    year = rng.randint(2020, 2025) if climate else rng.randint(2012 if variant == "followup_bordered" else 2013, 2025)
    d = Draft(rng, year, bank.CLIMATE if climate else bank.SAFETY)
    inv = d.investment
    stage = "delredovisning" if rng.random() < 0.2 else "slutredovisning"
    labels = _followup_labels(rng, year, variant == "followup_short_labels", climate)
    long = variant == "followup_pagebreak"

    def keyed(key: str, text: str) -> Row:
        d.amounts.section = key
        return Row(labels[key], text, key, FIELD, rng.choice((0, 0, 0, 1)))

    rows = [keyed("projektnamn", d.project), keyed("plats", d.location())]
    rows.append(keyed("mal_och_syfte", d.sentences(inv.purpose, rng.randint(1, 3))))
    rows.append(Row("", "Slutredovisning" if stage == "slutredovisning" else "Delredovisning", None, MARKER))
    result = d.sentences(inv.results, rng.randint(2, 4))
    if long:
        extra = [d.sentences(EXTRA_RESULTS, 3) for _ in range(3)]
        result = "\n\n".join([result, *extra])
    elif rng.random() < 0.5:
        result += "\n\n" + d.sentences(EXTRA_RESULTS, rng.randint(1, 2))
    rows.append(keyed("slutresultat", result))
    deviation = d.sentences(inv.deviations, 1)
    if rng.random() < 0.3:
        deviation += f" En fördjupad utvärdering kan göras tidigast under {year + 1}."
    rows.append(keyed("avvikelser", deviation))
    d.amounts.section = "ekonomiskt_utfall"
    rows.append(keyed("ekonomiskt_utfall", _economy_followup(d, stage)))
    if variant == "followup_short_labels" or rng.random() < 0.1:
        label, texts = rng.choice(bank.UNKNOWN_LABELS)
        rows.append(Row(label, rng.choice(texts), slug(label), FIELD, 0))
    pictures = rng.choice(bank.PICTURE_TEXTS)
    rows.append(keyed("bilder_fore", pictures))
    rows.append(keyed("bilder_efter", pictures))
    appendix = "7" if climate else "5"
    kind = "klimatinvestering" if climate else "trygghetsinvestering"
    title = f"Bilaga {appendix} - Uppföljning {kind}"
    if rng.random() < 0.2:
        title = f"Bilaga {appendix} - Uppföljning\n{kind}"
    spec = ReportSpec(
        name="",
        variant=variant,
        producer="",
        title=title,
        rows=rows,
        layout=Layout(),
        form_kind="uppfoljning",
        appendix=appendix,
        year=year,
        district=d.district,
        stage=stage,
    )
    return spec, d


def _person(rng: random.Random) -> tuple[str, str, str]:
    first, last = rng.choice(bank.FIRST_NAMES), rng.choice(bank.LAST_NAMES)
    folded = unicodedata.normalize("NFKD", f"{first}.{last}".lower())
    email = "".join(c for c in folded if not unicodedata.combining(c)) + "@stockholm.se"
    phone = f"08-508 {rng.randint(10, 99)} {rng.randint(100, 999)}"
    return f"{first} {last}, {rng.choice(bank.TITLES)}", phone, email


def _application(rng: random.Random, variant: str) -> tuple[ReportSpec, Draft]:
    climate = variant == "climate_application"
    year = rng.randint(2020, 2025) if climate else rng.randint(2016, 2025)
    d = Draft(rng, year, bank.CLIMATE if climate else bank.SAFETY)
    a = d.amounts
    person, phone, email = _person(rng)
    rows = []

    def add(label: str, key: str, text: str, style: str = FIELD) -> None:
        rows.append(Row(label, text, key, style, 0 if style == HEADING else rng.choice((0, 0, 1))))

    add("Namn på insats", "insats", d.project)
    a.section = "sokt_belopp"
    requested = round_to(rng.uniform(0.1e6, 3e6), "tkr" if rng.random() < 0.6 else "mnkr")
    if rng.random() < 0.5:
        written = a.bare(requested, "sokt")  # "220 000", no unit
    else:
        written = a.write(requested, pick_style(rng) if requested % 100_000 == 0 else "kr", "sokt")
    add("Sökt belopp", "sokt_belopp", written)
    add("Sökande nämnd", "sokande_namnd", d.committee(kind="stadsdelsnämnd"))
    neighbours = [x.name for x in districts.DISTRICTS if districts.existed_in(x.name, year) and x.name != d.district]
    add(
        "Ev medsökande nämnd",
        "medsokande_namnd",
        d.committee(rng.choice(neighbours), "stadsdelsnämnd") if rng.random() < 0.25 else PLACEHOLDER,
    )
    add("Kontaktperson", "kontaktperson", person)
    add("Telefon", "telefon", phone)
    add("E-post", "epost", email)
    partners = (
        "{polisen}, {svenska_bostader} och lokala fastighetsägare."
        if not climate
        else "{fastighetskontoret} och {exergi}."
    )
    add("Ev samverkan", "samverkan", d.fill(partners) if rng.random() < 0.7 else PLACEHOLDER)
    a.section = "beskrivning"
    total = round_to(requested * rng.uniform(1.0, 1.6), "kr")
    description = d.sentences(d.investment.purpose, rng.randint(1, 3))
    description += f" Insatsen planeras att genomföras under {year}."
    if rng.random() < 0.6:
        description += (
            f" Den totala kostnaden beräknas till {a.write(total, 'kr', 'budget', hedge=rng.random() < 0.3)},"
            f" och förvaltningen söker {a.write(requested, 'kr', 'sokt')} ur stadens investeringsmedel."
        )
    add("1. Beskrivning (mål och syfte)", "beskrivning", description, HEADING)
    a.section = "behovsanalys"
    needs = CLIMATE_NEEDS if climate else NEEDS
    add(
        "1.1 Behovsanalys/problembeskrivning",
        "behovsanalys",
        d.sentences(needs, rng.randint(2, 3)) if rng.random() < 0.9 else PLACEHOLDER,
        HEADING,
    )
    appendix = "7" if climate else "5b"
    heading = (
        "Ansökan om investeringsmedel för klimatinvesteringar"
        if climate
        else "Ansökan om investeringsmedel (CM4) för trygghetsskapande åtgärder"
    )
    spec = ReportSpec(
        name="",
        variant=variant,
        producer="",
        title=f"Bilaga {appendix}\n{heading}",
        rows=rows,
        layout=Layout(),
        form_kind="ansokan",
        appendix=appendix,
        year=year,
        district=d.district,
        stage=None,
        location=None,
    )
    return spec, d


TRAFFIC_INVESTMENTS = tuple(
    i
    for i in bank.SAFETY + bank.CLIMATE
    if i.name.split()[0]
    in ("Trygghetsbelysning", "Pollare", "Konst", "Upprustning", "Cykelparkering", "Energieffektiv")
)


def _traffic(rng: random.Random, variant: str) -> tuple[ReportSpec, Draft]:
    year = rng.randint(2015, 2025)
    d = Draft(rng, year, TRAFFIC_INVESTMENTS)
    a = d.amounts
    rows: list[Row] = []

    def add(label: str, text: str, key: str | None = None) -> None:
        key = key or slug(label)
        rows.append(Row(label, text, key, HEADING))

    add("Bakgrund", d.sentences(NEEDS, 2))
    add("Plats", d.location(), "plats")
    add("Syfte och mål", d.sentences(d.investment.purpose, rng.randint(1, 2)), "mal_och_syfte")
    style = pick_style(rng)
    budget = round_to(rng.uniform(0.5e6, 8e6), style)
    if variant == "traffic_final_report":
        add(
            "Genomförande",
            f"Arbetet genomfördes under {year} av {d.fill('{trafikkontoret}')} i samråd med stadsdelsförvaltningen.",
        )
        add("Resultat", d.sentences(d.investment.results, rng.randint(2, 3)), "slutresultat")
        a.section = "ekonomiskt_utfall"
        b = a.write(budget, style, "budget")
        u = a.write(round_to(budget * rng.uniform(0.7, 1.15), style), style, "utfall", hedge=rng.random() < 0.4)
        add(
            "Ekonomisk redovisning",
            f"Genomförandebeslutet omfattade en budget på {b}. Slutkostnaden för {year} blev {u}.",
            "ekonomiskt_utfall",
        )
        decision, kind, stage = "Slutredovisning", "uppfoljning", "slutredovisning"
    else:
        add("Åtgärder", d.fill(f"Åtgärden omfattar {d.n} {d.investment.unit} och utförs av {{trafikkontoret}}."))
        a.section = "kostnader_och_finansiering"
        b = a.write(budget, style, "budget", hedge=rng.random() < 0.4)
        p = a.write(round_to(budget * rng.uniform(0.3, 0.7), style), style, "prognos")
        add(
            "Kostnader och finansiering",
            f"Utgiften för genomförandet beräknas till {b}. Prognosen för utgifterna under {year} är {p}.",
        )
        add("Tidplan", f"Genomförandet planeras under {year} och ska vara klart före årsskiftet.")
        decision, kind, stage = rng.choice(("Genomförandebeslut", "Inriktningsbeslut")), "okand", None
    spec = ReportSpec(
        name="",
        variant=variant,
        producer="",
        title=f"{d.project}. {decision}",
        rows=rows,
        layout=Layout(),
        form_kind=kind,
        appendix=None,
        year=year,
        district=d.district,
        stage=stage,
        project=d.project,
    )
    return spec, d


def _random_layout(rng: random.Random, variant: str, spec: ReportSpec, d: Draft) -> Layout:
    headers = variant == "followup_headers" or rng.random() < 0.25
    footer = rng.choice(("sida", "number")) if (variant == "followup_headers" or rng.random() < 0.25) else None
    header: list[str] = []
    if headers:
        dnr = f"Dnr {rng.choice(('1.5.3', '2.1', '3.1.1', '1.2'))}-{rng.randint(100, 999)}-{spec.year}"
        marker = f"Bilaga {spec.appendix}" if spec.appendix else "Trafikkontoret"
        header = rng.choice(([dnr, marker], [marker], [f"{d.district} stadsdelsförvaltning", dnr, marker]))
    size = rng.choice((9, 9.5, 10, 10.5, 11, 11.5, 12))
    hyphenated = variant == "followup_hyphenated"
    one_column = variant in ("followup_one_column", "traffic_final_report", "traffic_decision")
    return Layout(
        font=rng.choice(fonts.FAMILIES),
        size=size,
        page="Letter" if rng.random() < 0.3 else "A4",
        margins=(
            rng.uniform(45, 85),
            rng.uniform(60 if headers else 45, 85),
            rng.uniform(40, 75),
            rng.uniform(60 if footer else 45, 80),
        ),
        label_width=rng.uniform(150, 190) if hyphenated else rng.uniform(95, 175),
        column_gap=rng.uniform(6, 18),
        leading=rng.uniform(1.15, 1.4),
        borders=variant == "followup_bordered" or (variant == "application" and rng.random() < 0.5),
        label_bold=rng.random() < 0.4,
        one_column=one_column,
        heading_larger=one_column and rng.random() < 0.5,
        hyphenate=hyphenated or rng.random() < 0.15,
        justify=rng.random() < 0.25,
        pictures=rng.random() < 0.2,
        # Headings drawn larger (size + 2.5) must still be smaller than the title.
        title_size=size + rng.choice((4, 5)) if one_column else size + rng.choice((2, 3, 4)),
        header=header,
        footer=footer,
    )


BUILDERS = {
    **{v: _followup for v in VARIANTS if v.startswith("followup") or v == "climate_followup"},
    "application": _application,
    "climate_application": _application,
    "traffic_final_report": _traffic,
    "traffic_decision": _traffic,
}


def random_spec(rng: random.Random, variant: str | None = None, producer: str | None = None) -> ReportSpec:
    """A random report of `variant` (any when None) drawn by `producer`."""
    variant = variant or rng.choice(VARIANTS)
    producer = producer or rng.choice(PRODUCERS)
    spec, d = BUILDERS[variant](rng, variant)
    spec.producer = producer
    spec.layout = _random_layout(rng, variant, spec, d)
    if variant == "followup_hyphenated":
        spec.layout.size = max(spec.layout.size, 11)
    if variant == "followup_pagebreak":
        _ensure_page_break(rng, spec, d)
    spec.amounts = d.amounts.items
    spec.organisations = d.organisations
    spec.name = f"{variant}-{spec.year}-{producer}"
    return spec


def _ensure_page_break(rng: random.Random, spec: ReportSpec, d: Draft) -> None:
    """Grow the result text until it runs over a page break."""
    keyed = [r for r in spec.rows if r.key is not None]
    row = next(r for r in keyed if r.key == "slutresultat")
    for _ in range(8):
        doc = layout(spec)
        i = keyed.index(row)
        if doc.section_end_pages[i] > doc.section_pages[i]:
            return
        row.text += "\n\n" + d.sentences(EXTRA_RESULTS, 3)


def spec_in_turn(
    key: str, prefix: str, families: tuple[str, ...], bases: tuple[str, ...], index: int, seed: int, producer: str
) -> tuple[ReportSpec, random.Random]:
    """The `index`th form of a tuning set whose families come in turn over the base templates (each family
    meets every base): its spec, named PREFIX-NNNN-family-base, and the generator it was drawn with."""
    family = families[index % len(families)]
    base = bases[(index // len(families)) % len(bases)]
    rng = random.Random(f"{key}-{seed}-{index}")
    spec = random_spec(rng, base, producer)
    spec.variant = family
    spec.name = f"{prefix}-{index:04d}-{family}-{base}"
    return spec, rng
