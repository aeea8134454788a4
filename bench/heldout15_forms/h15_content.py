"""The tenth generator's own Swedish content: one form (template, labels, answers) and its truth record.

Written fresh for this set. A form is plain data (`Form`); the producers in the other `h15_*` modules draw it, and
`Form.truth()` is what a correct extraction gives (tests/layout_scoring.py's fields and sections).
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field
from typing import Any
from pathlib import Path

# The districts, their mergers and the genitive are domain facts, not content: shared with the ninth generator.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout14_forms"))
from h14_content import (  # noqa: E402
    OLD_DISTRICTS,
    district_in,
    district_today,
    genitive,
    thousands,
)

__all__ = ["OLD_DISTRICTS", "district_in", "district_today", "genitive", "make_form"]

PLACEHOLDER = "Klicka här för att ange text."

# Places inside one old district (the one they lay in before the mergers).
PLACES = {
    "Bromma": ("Alviks torg", "Ulvsundasjön", "Nockebyhovs centrum"),
    "Enskede-Årsta-Vantör": ("Högdalens centrum", "Årsta IP", "Stora Mossens ängar"),
    "Farsta": ("Farsta strand", "Larsboda centrum", "Sköndals centrum"),
    "Hägersten-Liljeholmen": ("Axelsbergs torg", "Västertorps centrum", "Mälarhöjdsbadet"),
    "Hässelby-Vällingby": ("Grimsta IP", "Hässelby gård", "Vinsta torg"),
    "Kungsholmen": ("Rålambshovsskolan", "Kristinebergs slottspark", "Stadshagsplan"),
    "Norrmalm": ("Kungsträdgården", "Tegnérlunden", "Sergels torg"),
    "Rinkeby-Kista": ("Husby torg", "Akalla centrum", "Järvafältets entré"),
    "Skarpnäck": ("Pärlans torg", "Kärrtorps centrum", "Flatenbadet"),
    "Skärholmen": ("Sätra torg", "Bredängs centrum", "Stora Sätraskogen"),
    "Spånga-Tensta": ("Spånga IP", "Tensta träff", "Bromsten centrum"),
    "Södermalm": ("Medborgarplatsen", "Tantolunden", "Björns trädgård"),
    "Älvsjö": ("Stieg Trenters torg", "Långbro park", "Solbergagången"),
    "Östermalm": ("Stureplan", "Humlegården", "Gärdets sportfält"),
}

MEASURES = (
    ("Trygghetsbelysning", "belysning av gångstråket och entréerna"),
    ("Kameraövervakning", "kamerabevakning av torgytan och tunnelbanans uppgång"),
    ("Siktröjning", "röjning av sly och buskage som skymmer sikten"),
    ("Genomsiktliga staket", "genomsiktliga staket i stället för täta plank"),
    ("Upprustat torg", "nya sittplatser, planteringar och ljus på torget"),
    ("Utegym med belysning", "ett utegym som är belyst under kvällarna"),
    ("Konstnärlig gestaltning i gångtunnel", "konst och ljus i den mörka gångtunneln"),
    ("Pollare vid skolgården", "pollare som hindrar biltrafik intill skolgården"),
    ("Solcellsdriven parkbelysning", "parkbelysning som drivs av solceller"),
)

LONG_TAILS = (
    " med kompletterande röjning, nya sittplatser och tydligare skyltning mot busshållplatsen",
    " inklusive tillgänglighetsanpassning av gångvägen mellan skolan och idrottsplatsen",
    " och samordnad platssamverkan med fastighetsägare, butiker och föreningar i området",
)

FIRST = ("Annika", "Hassan", "Lena", "Tobias", "Fatima", "Gustav", "Nadia", "Olof", "Sara", "Ali", "Birgitta")
LAST = ("Bergström", "Karlsson", "Yilmaz", "Öberg", "Lundqvist", "Hosseini", "Forsberg", "Sjöberg", "Nilsson")

ORGS = (
    "Polisen",
    "lokalpolisområde Västerort",
    "trafikkontoret",
    "exploateringskontoret",
    "Stockholmshem",
    "AB Svenska Bostäder",
    "Familjebostäder",
    "Micasa",
    "SISAB",
    "Stockholm Exergi",
    "Stockholms Stads Parkerings AB",
    "idrottsförvaltningen",
    "Länsstyrelsen",
    "Brå",
    "Trafikverket",
    "Region Stockholm",
    "Stiftelsen Tryggare Sverige",
    "Skärholmens Fastighetsägare",
    "föreningen Nattvandrarna",
    "AB Stokab",
)

AIMS = (
    "Investeringen ska göra det tryggare att gå till och från tunnelbanan när det är mörkt.",
    "Avsikten är att platsen ska kännas välkomnande och att fler ska vilja uppehålla sig där.",
    "Vi vill ta bort de skymda hörn som boende har beskrivit som obehagliga.",
    "Barn och unga som rör sig i området efter skolan är den viktigaste målgruppen.",
    "Åtgärden ska bidra till minskad nedskräpning och färre bränder i papperskorgar.",
    "Bättre sikt gör att den som går här kan se vem som kommer i god tid.",
    "Platsen ska upplevas som en självklar mötesplats för hela stadsdelen.",
)
RESULTS = (
    "Efter åtgärden uppger fler boende i trygghetsmätningen att de går här även efter mörkrets inbrott.",
    "Felanmälningarna om släckt belysning har nästan upphört sedan de nya armaturerna monterades.",
    "Handlarna runt torget märker att kvällsbesökarna har blivit fler.",
    "Den uppföljande trygghetsvandringen i oktober gav mycket positiva omdömen.",
    "Skadegörelsen på platsen har minskat jämfört med åren före investeringen.",
    "Platsen används nu av både förskolor, pensionärer och idrottsföreningar.",
)
DEVIATIONS = (
    "Inga avvikelser har förekommit.",
    "Leverantören av armaturerna hade långa leveranstider, vilket försenade slutbesiktningen.",
    "Tjälen gjorde att markarbetena fick pausas under några veckor i februari.",
    "Tillståndet för kamerabevakning dröjde, och kamerorna kunde därför tas i drift först efter sommaren.",
    "En del av arbetet fick göras om sedan ledningar påträffats som inte fanns på kartan.",
)
NEEDS = (
    "I den senaste trygghetsmätningen svarade många att de undviker platsen på kvällen.",
    "Trygghetsvandringar med boende och föreningar har flera år i rad pekat ut platsen.",
    "Lokalpolisen rapporterar återkommande ordningsstörningar och narkotikaförsäljning på platsen.",
    "Belysningen är gammal och ojämn, och stora delar av gångvägen ligger i mörker.",
    "Skolor i närheten berättar att elever tar omvägar för att slippa passera platsen.",
)
TRAFFIC_BG = (
    "Stadsdelsnämnden har önskat att trafikkontoret förbättrar belysningen och sikten längs stråket.",
    "Trafiknämnden beslutade om genomförande sedan förstudien visat att åtgärden var möjlig.",
)
TRAFFIC_DONE = (
    "Entreprenaden upphandlades som utförandeentreprenad och slutbesiktigades utan anmärkning.",
    "Gång- och cykeltrafiken leddes om under byggtiden via en skyltad tillfällig väg.",
)
BULLETS = (
    "nya LED-armaturer längs stråket",
    "röjning av sly vid gångtunneln",
    "bänkar med armstöd",
    "klotterskydd på väggytor",
    "uppföljande trygghetsvandring",
    "information till närboende",
    "skyltning mot tunnelbanan",
)
MORE = (  # for the long answers that run over page breaks
    "Samråd har hållits med boende, skolor och föreningar vid tre tillfällen.",
    "Synpunkterna från samråden har påverkat både placeringen och utformningen.",
    "Driften efter genomförandet ingår i förvaltningens ordinarie budget.",
    "Insatsen har samordnats med andra pågående arbeten i stadsdelen.",
    "Arbetet planerades så att verksamheterna runt platsen kunde pågå som vanligt.",
    "Under hela byggtiden fanns informationsskyltar på platsen.",
    "Projektgruppen bestod av medarbetare från flera av förvaltningens avdelningar.",
    "En ny trygghetsvandring planeras året efter att åtgärden blev klar.",
    "Lärdomarna tas med när liknande platser ska åtgärdas framöver.",
    "Kvällstid är platsen nu ljusare och betydligt mer överblickbar än tidigare.",
    "Medborgarkontoret har svarat på frågor från allmänheten om arbetet.",
    "Fastighetsägarna i området har bidragit med synpunkter på skötseln av ytorna.",
    "Förvaltningen har följt upp åtgärden med räkningar av antalet besökare vid olika tider.",
    "Under vintern kontrollerades belysningen varje vecka för att snabbt kunna byta trasiga armaturer.",
    "Ungdomar från fritidsgården deltog i utformningen av sittplatserna och konsten.",
    "Den nya utformningen har gjort det lättare för räddningstjänsten att komma fram.",
    "Arbetet har redovisats för stadsdelsnämndens ledamöter vid två sammanträden.",
    "Erfarenheterna har delats med andra stadsdelsförvaltningar i ett nätverk för trygghetsfrågor.",
    "Kostnaderna för drift och underhåll beräknas rymmas inom befintlig ram.",
    "Ett fåtal klagomål om buller under byggtiden har hanterats direkt med entreprenören.",
)
PICTURE_ANSWERS = ("Bilder bifogas.", "Se fotografier i bilaga.", "Foton finns i ärendet.")


# Ways of writing an amount: (unit divisor, format of the divided amount); `{n}` is thousands-separated.
MONEY_STYLES = (
    (1, "{n} kr"),
    (1, "{n} kronor"),
    (1000, "{n} tkr"),
    (1e6, "{d1} mnkr"),
    (1e6, "{d3} mnkr"),
    (1e6, "{d2} Mkr"),
    (1, "SEK {comma}"),
    (1e6, "{d1} MSEK"),
    (1e6, "{d1} miljoner kronor"),
    (1e6, "{d2} mkr"),
    (1, "{n} SEK"),
)


def money(rng: random.Random, sek: int) -> str:
    """`sek` in one of the ways the reports write money (a non-breaking thousands space now and then)."""
    divisor, style = rng.choice(MONEY_STYLES)
    sep = "\u00a0" if rng.random() < 0.3 else " "
    value = sek / divisor
    return style.format(
        n=thousands(int(value), sep),
        comma=thousands(sek, ","),
        d1=f"{value:.1f}".replace(".", ","),
        d2=f"{value:.2f}".replace(".", ","),
        d3=f"{value:.3f}".replace(".", ","),
    )


@dataclass
class Section:
    key: str
    label: str
    blocks: list[str | list[str]] = field(default_factory=list)  # paragraphs; a list is a bullet list
    placeholder: bool = False  # an empty answer drawn as Word's placeholder

    @property
    def text(self) -> str:
        return " ".join(self.lines() if self.blocks else []).replace("\u00a0", " ")

    def lines(self) -> list[str]:
        """The answer as drawn: one string a paragraph or bullet, the placeholder for an empty placeholder answer."""
        if not self.blocks:
            return [PLACEHOLDER] if self.placeholder else []
        out: list[str] = []
        for block in self.blocks:
            if isinstance(block, list):
                out.extend(f"• {item}" for item in block)
            else:
                out.append(block)
        return out


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
        """An application's short header fields (drawn as a grid of pairs by some layouts)."""
        if self.form_kind != "ansokan":
            return []
        return [s for s in self.sections if s.key not in ("beskrivning", "behovsanalys")]

    @property
    def stage_after(self) -> str | None:
        """The key after whose answer a follow-up draws its stage marker alone in the answer column."""
        return "mal_och_syfte" if self.template in ("f5", "f7") else None

    @property
    def stage_marker(self) -> str | None:
        return self.stage.capitalize() if self.stage and self.stage_after else None

    @property
    def running_header(self) -> str:
        return f"Bilaga {self.appendix}" if self.appendix else "Trafikkontoret"

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


@dataclass(frozen=True)
class Wording:
    """A generator's own texts and choices for `make_form_with`: everything but the templates' fixed labels. Formats
    name their fields: {org}, {phrase}, {place}, {committee}, {district}, {year}, {budget}, {outcome}, {hedge},
    {word}, {amount}, {half}, {third}, {org2}."""

    places: dict[str, tuple[str, ...]]
    measures: tuple[tuple[str, str], ...]
    long_tails: tuple[str, ...]
    first: tuple[str, ...]
    last: tuple[str, ...]
    orgs: tuple[str, ...]
    aims: tuple[str, ...]
    results: tuple[str, ...]
    deviations: tuple[str, ...]
    needs: tuple[str, ...]
    traffic_bg: tuple[str, ...]
    traffic_done: tuple[str, ...]
    bullets: tuple[str, ...]
    more: tuple[str, ...]
    picture_answers: tuple[str, ...]
    long_share: float  # of forms with long answers
    more_count: tuple[int, int]  # sentences added to a long answer
    partner: str  # the sentence naming a partner organisation
    bullet_share: float
    bullet_intro: str
    bullet_count: tuple[int, int]
    budget_range: tuple[int, int]  # thousands
    deviation_range: tuple[int, int]  # thousands
    hedges: tuple[str, ...]
    budget_sentence: str
    surplus_sentence: str
    prior_sentence: str
    spelled_sentence: str
    prepositions: tuple[str, ...]  # between a measure and its place in a project name
    dnr_classes: tuple[str, ...]
    locations: tuple[str, str, str]
    aim_intro: str
    aims_when_long: int  # aims added to a long form's aim
    long_deviation_share: float
    traffic_aim_intro: str
    asked_range: tuple[int, int]  # thousands
    cooperation: str
    contact_roles: tuple[str, ...]
    plan: tuple[str, str]  # the two sentences an application's description ends with


POOLS = (
    "places",
    "measures",
    "long_tails",
    "first",
    "last",
    "orgs",
    "aims",
    "results",
    "deviations",
    "needs",
    "traffic_bg",
    "traffic_done",
    "bullets",
    "more",
    "picture_answers",
)


def pools(namespace: dict[str, Any]) -> dict[str, Any]:
    """The wording's pools from a content module's constants of the same names in capitals (AIMS for aims)."""
    return {name: namespace[name.upper()] for name in POOLS}


def _answer(
    w: Wording, rng: random.Random, pool: tuple[str, ...], org: str, extra: list[str], long: bool = False
) -> list[str | list[str]]:
    sentences = rng.sample(pool, rng.randint(1, min(3, len(pool))))
    if long:  # long enough that some of the forms run over a page break
        sentences += rng.sample(w.more, rng.randint(*w.more_count))
    if rng.random() < 0.5:
        sentences.insert(rng.randrange(len(sentences) + 1), w.partner.format(org=org))
    sentences += extra
    if len(sentences) > 2 and (long or rng.random() < 0.45):  # two paragraphs
        cut = rng.randint(1, len(sentences) - 1)
        blocks: list[str | list[str]] = [" ".join(sentences[:cut]), " ".join(sentences[cut:])]
    else:
        blocks = [" ".join(sentences)]
    if rng.random() < w.bullet_share:
        blocks[-1] = str(blocks[-1]) + w.bullet_intro
        blocks.append(rng.sample(w.bullets, rng.randint(*w.bullet_count)))
    return blocks


def _money_text(w: Wording, rng: random.Random, year: int) -> str:
    budget = rng.randrange(*w.budget_range) * 1000
    outcome = budget + rng.choice((-1, 1)) * rng.randrange(*w.deviation_range) * 1000
    hedge = rng.choice(w.hedges)
    budget_text = money(rng, budget)
    text = w.budget_sentence.format(budget=budget_text, year=year, hedge=hedge, outcome=money(rng, outcome))
    if rng.random() < 0.4:
        word = "ett överskott" if outcome < budget else "ett underskott"
        text += w.surplus_sentence.format(word=word, amount=money(rng, abs(budget - outcome)))
    if rng.random() < 0.25:
        half = money(rng, outcome // 2)
        text += w.prior_sentence.format(half=half, third=money(rng, outcome // 3))
    if rng.random() < 0.15:
        text += w.spelled_sentence
    return text


def _year(rng: random.Random) -> int:
    return rng.choice([y for y in range(2014, 2027) if y not in (2020, 2023)])


def make_form_with(w: Wording, rng: random.Random, template: str | None = None) -> Form:
    """A form of `template` (drawn when None) in wording `w`: the city's templates, their label variants, and
    answers drawn from `w`'s pools."""
    template = template or rng.choice(("f5", "f5", "f7", "a5b", "a5b", "a7", "traffic"))
    year = _year(rng)
    long = rng.random() < w.long_share
    old = rng.choice(OLD_DISTRICTS)
    district = district_in(old, year)
    place = rng.choice(w.places[old])
    measure, measure_phrase = rng.choice(w.measures)
    if template == "traffic":
        project = f"{measure} {place}"
    else:
        project = f"{measure} {rng.choice(w.prepositions)} {place}"
    if rng.random() < 0.2:
        project += rng.choice(w.long_tails)
    org, org2 = rng.sample(w.orgs, 2)
    dnr = f"Dnr {rng.choice(w.dnr_classes)}-{rng.randint(100, 999)}-{year}"
    committee = f"{genitive(district)} stadsdelsnämnd"
    money_text = _money_text(w, rng, year)

    sections: list[Section]
    stage: str | None = None
    location: str | None = None
    appendix: str | None
    if template in ("f5", "f7"):
        stage = rng.choice(("slutredovisning", "slutredovisning", "delredovisning"))
        location = rng.choice(w.locations).format(place=place, committee=committee, district=district)
        long_labels = rng.random() < 0.5
        sections = [
            Section("projektnamn", rng.choice(("Projektnamn", "Projektets namn")), [project]),
            Section("plats", "Geografisk plats för investering" if long_labels else "Plats", [location]),
            Section(
                "mal_och_syfte",
                rng.choice(("Projektets mål och syfte", "Syfte och mål")),
                [
                    w.aim_intro.format(phrase=measure_phrase)
                    + " ".join(rng.sample(w.aims, rng.randint(1, 3) + w.aims_when_long * long))
                ],
            ),
            Section(
                "slutresultat",
                "Beskrivning av slutresultat utifrån investeringens mål, syfte och platsens behov "
                "av trygghetsskapande åtgärd"
                if long_labels
                else "Resultat",
                _answer(w, rng, w.results, org, [], long),
            ),
            Section(
                "avvikelser",
                "Beskrivning av eventuella avvikelser i projektets genomförande" if long_labels else "Avvikelser",
                _answer(w, rng, w.deviations, org2, [], long and rng.random() < w.long_deviation_share),
            ),
            Section(
                "ekonomiskt_utfall",
                "Beskrivning av ekonomiskt utfall och eventuell avvikelse mot kalkylerade utgifter"
                if long_labels
                else rng.choice(("Ekonomiskt utfall", "Ekonomisk redovisning")),
                [money_text],
            ),
        ]
        for key, label in (("bilder_fore", "Bilder före"), ("bilder_efter", "Bilder efter")):
            answer: list[str | list[str]] = [rng.choice(w.picture_answers)] if rng.random() < 0.5 else []
            sections.append(Section(key, label, answer))
        kind = "trygghetsinvestering" if template == "f5" else "klimatinvestering"
        title = rng.choice((f"Bilaga {template[1]} Uppföljning {kind}", f"Bilaga {template[1]} - Uppföljning {kind}"))
        appendix = template[1]
    elif template == "traffic":
        stage = "slutredovisning"
        location = f"{place}, {committee}"
        sections = [
            Section("bakgrund", "Bakgrund", [" ".join(rng.sample(w.traffic_bg, rng.randint(1, 2)))]),
            Section("plats", "Plats", [location]),
            Section(
                "mal_och_syfte",
                "Syfte och mål",
                [w.traffic_aim_intro.format(phrase=measure_phrase) + rng.choice(w.aims)],
            ),
            Section("genomforande", "Genomförande", [" ".join(rng.sample(w.traffic_done, rng.randint(1, 2)))]),
            Section("slutresultat", "Resultat", _answer(w, rng, w.results, org, [], long)),
            Section("ekonomiskt_utfall", "Ekonomisk redovisning", [money_text]),
        ]
        title = f"{project}. Slutredovisning"
        appendix = None
    else:
        first, last = rng.choice(w.first), rng.choice(w.last)
        ascii_name = f"{first}.{last}".lower().translate(str.maketrans("åäö", "aao"))
        email = f"{ascii_name}@stockholm.se"
        phone = f"08-508 {rng.randint(10, 99)} {rng.randint(100, 999)}"
        asked = rng.randrange(*w.asked_range) * 1000
        asked_text = rng.choice((thousands(asked), f"{thousands(asked)} kr", money(rng, asked)))
        others = [d for d in OLD_DISTRICTS if d != old and district_in(d, year) != district]
        co_blocks: list[str | list[str]] = (
            [f"{genitive(district_in(rng.choice(others), year))} stadsdelsnämnd"] if rng.random() < 0.3 else []
        )
        coop: list[str | list[str]] = [w.cooperation.format(org=org, org2=org2)] if rng.random() < 0.6 else []
        plan = [w.plan[0].format(phrase=measure_phrase, place=place), w.plan[1].format(year=year)]
        sections = [
            Section("insats", "Namn på insats", [project]),
            Section("sokt_belopp", "Sökt belopp", [asked_text]),
            Section("sokande_namnd", "Sökande nämnd", [committee]),
            Section(
                "medsokande_namnd",
                rng.choice(("Ev medsökande nämnd", "Ev. medsökande nämnd")),
                co_blocks,
                placeholder=not co_blocks and rng.random() < 0.5,
            ),
            Section("kontaktperson", "Kontaktperson", [f"{first} {last}" + rng.choice(w.contact_roles)]),
            Section("telefon", "Telefon", [phone]),
            Section("epost", "E-post", [email]),
            Section("samverkan", "Ev samverkan", coop, placeholder=not coop and rng.random() < 0.5),
            Section("beskrivning", "1. Beskrivning (mål och syfte)", _answer(w, rng, w.aims, org, plan, long)),
            Section("behovsanalys", "1.1 Behovsanalys/problembeskrivning", _answer(w, rng, w.needs, org2, [], long)),
        ]
        title = (
            "Bilaga 5b Ansökan om investeringsmedel (CM4) för trygghetsskapande åtgärder"
            if template == "a5b"
            else "Bilaga 7 Ansökan om investeringsmedel för klimatinvesteringar"
        )
        appendix = "5b" if template == "a5b" else "7"
    return Form(template, title, appendix, year, district, project, location, stage, dnr, sections)


WORDING = Wording(
    **pools(globals()),
    long_share=0.6,
    more_count=(14, 20),
    partner="Vi har samarbetat med {org} under hela arbetet.",
    bullet_share=0.25,
    bullet_intro=" Arbetet bestod av:",
    bullet_count=(2, 3),
    budget_range=(180, 5200),
    deviation_range=(4, 70),
    hedges=("", "", "ca ", "cirka ", "drygt ", "knappt ", "runt "),
    budget_sentence="Kalkylerade utgifter var {budget}. De upparbetade kostnaderna för {year} blev {hedge}{outcome}.",
    surplus_sentence=" Det ger {word} på {amount}.",
    prior_sentence=" Föregående år var kostnaden {half} ({third}).",
    spelled_sentence=" Nämnden tilldelades en halv miljon för driften.",
    prepositions=("vid", "på", "i närheten av"),
    dnr_classes=("1.5.3", "1.2.1", "3.4"),
    locations=("{place}, {committee}", "{place} i stadsdelsområde {district}", "{place} ({committee})"),
    aim_intro="Investeringen avser {phrase}. ",
    aims_when_long=2,
    long_deviation_share=0.5,
    traffic_aim_intro="Åtgärden gäller {phrase}. ",
    asked_range=(120, 3200),
    cooperation="{org} och {org2}",
    contact_roles=("", ", trygghetssamordnare", ", områdeschef"),
    plan=("Vi söker medel för {phrase} vid {place}.", "Arbetet ska vara klart under {year}."),
)


def make_form(rng: random.Random, template: str | None = None) -> Form:
    return make_form_with(WORDING, rng, template)
