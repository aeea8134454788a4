"""The eleventh generator's own Swedish content: one form (template, labels, answers) and its truth record.

Written fresh for this set. A form is plain data (`Form`); the producers in the other `h16_*` modules draw it, and
`Form.truth()` is what a correct extraction gives (tests/layout_scoring.py's fields and sections).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

# The districts, their mergers and the genitive are domain facts, not content: shared with the ninth generator; the
# data model of a form (sections, truth record) and the ways of writing money are the tenth generator's.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout14_forms"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout15_forms"))
from h14_content import (  # noqa: E402
    OLD_DISTRICTS,
    district_in,
    district_today,
    genitive,
    thousands,
)
from h15_content import PLACEHOLDER, Form, Section, money  # noqa: E402

__all__ = ["OLD_DISTRICTS", "PLACEHOLDER", "Form", "Section", "district_in", "district_today", "make_form"]

# Places inside one old district (the one they lay in before the mergers).
PLACES = {
    "Bromma": ("Brommaplan", "Åkeshovs slottspark", "Abrahamsbergs bollplan"),
    "Enskede-Årsta-Vantör": ("Rågsveds centrum", "Årstafältet", "Bandhagens torg"),
    "Farsta": ("Hökarängens centrum", "Gubbängens torg", "Farstanäsets strand"),
    "Hägersten-Liljeholmen": ("Liljeholmstorget", "Fruängens centrum", "Aspudden park"),
    "Hässelby-Vällingby": ("Vällingby torg", "Hässelby strand centrum", "Kälvesta lekplats"),
    "Kungsholmen": ("Norr Mälarstrand", "Fridhemsplan", "Kronobergsparken"),
    "Norrmalm": ("Vasaparken", "Sergels torg", "Observatorielunden"),
    "Rinkeby-Kista": ("Rinkeby torg", "Kista gård", "Husby torg"),
    "Skarpnäck": ("Skarpnäcks torg", "Bagarmossens centrum", "Kärrtorps IP"),
    "Skärholmen": ("Skärholmens torg", "Vårbergstoppen", "Bredängsbadet"),
    "Spånga-Tensta": ("Tensta centrum", "Hjulsta torg", "Spånga IP"),
    "Södermalm": ("Mariatorget", "Nytorget", "Vitabergsparken"),
    "Älvsjö": ("Stieg Trenters torg", "Herrängens gård", "Älvsjö centrum"),
    "Östermalm": ("Karlaplan", "Tessinparken", "Östermalmstorg"),
}

MEASURES = (
    ("Ny belysning", "ny och jämnare belysning längs gångvägen"),
    ("Kamerabevakning", "kameror som bevakar uppgången och torgytan"),
    ("Röjning av sly", "röjning av sly och låga träd intill stigen"),
    ("Trygg skolväg", "avsmalning, belysning och pollare längs skolvägen"),
    ("Utegym", "ett belyst utegym med redskap för alla åldrar"),
    ("Ljuskonst i gångtunnel", "ljuskonst och ljusa väggar i gångtunneln"),
    ("Laddstolpar för elcyklar", "laddplatser för elcyklar intill torget"),
    ("Sittplatser och grönska", "nya bänkar, planteringar och pergola på platsen"),
)

LONG_TAILS = (
    " samt tillgänglighetsanpassad gångväg från busshållplatsen till entrén vid förskolan",
    " i samverkan med fastighetsägare, föreningsliv och lokalpolisen under tre år",
    " med belysta mötesplatser, ny skyltning och översyn av buskage runt lekplatsen",
)

FIRST = ("Maja", "Reza", "Helena", "Kristoffer", "Leila", "Anders", "Dilan", "Mikael", "Eva", "Samir")
LAST = ("Åkesson", "Persson", "Demir", "Engström", "Blom", "Rahimi", "Falk", "Holm", "Jonsson", "Strand")

ORGS = (
    "lokalpolisområde Södermalm",
    "Polismyndigheten",
    "trafikkontoret",
    "fastighetskontoret",
    "Stockholmshem",
    "Familjebostäder",
    "AB Svenska Bostäder",
    "SISAB",
    "Micasa",
    "Stockholm Vatten och Avfall",
    "idrottsförvaltningen",
    "Trafikverket",
    "Länsstyrelsen",
    "Region Stockholm",
    "Fastighetsägarna Stockholm",
    "nattvandrarna i området",
    "Stiftelsen Tryggare Sverige",
    "S:t Erik Markutveckling",
)

AIMS = (
    "Målet är att fler ska våga promenera genom parken även sent på kvällen.",
    "Syftet är att öka överblicken så att ingen behöver känna sig instängd på platsen.",
    "Åtgärden ska minska de mörka partier som boende pekat ut vid trygghetsvandringar.",
    "Äldre och barn ska kunna använda platsen utan att välja en längre väg runt.",
    "Platsen ska bli en naturlig mötesplats där det finns folk under större delen av dygnet.",
    "Investeringen ska minska skadegörelse och klotter på och kring platsen.",
    "Vi vill skapa en tydligare koppling mellan bostadsområdet och centrumet.",
)
RESULTS = (
    "Boende som intervjuades efteråt beskriver platsen som betydligt ljusare och mer öppen.",
    "Antalet anmälda skadegörelser i området har gått ned sedan åtgärden genomfördes.",
    "Föreningarna i området använder nu platsen för aktiviteter även under vinterhalvåret.",
    "Vid kvällsräkningar har fler kvinnor och äldre passerat platsen än före åtgärden.",
    "Skolan meddelar att fler elever nu cyklar eller går den kortare vägen till skolan.",
    "Trygghetsvandringen efter genomförandet visade att de utpekade problemen är lösta.",
)
DEVIATIONS = (
    "Projektet har genomförts enligt plan utan avvikelser.",
    "Upphandlingen fick göras om eftersom det första anbudet var för högt.",
    "Starten sköts upp en månad på grund av ett överklagat bygglov.",
    "Leveransen av stolparna försenades, vilket flyttade färdigställandet till våren.",
    "Markförhållandena var sämre än väntat och krävde extra förstärkning.",
)
NEEDS = (
    "Platsen har under lång tid haft ett dåligt rykte bland boende i närområdet.",
    "Trygghetsmätningen visar att en stor andel inte går ut ensam efter mörkrets inbrott.",
    "Polisen har noterat en ökning av ordningsstörningar vid platsen de senaste åren.",
    "Befintlig belysning är bristfällig och flera armaturer har varit trasiga länge.",
    "Föräldrar har hört av sig om att barnen känner sig otrygga på väg från fritidsgården.",
)
TRAFFIC_BG = (
    "Stadsdelsförvaltningen har framfört att gångvägen upplevs som mörk och otrygg.",
    "Trafiknämnden gav kontoret i uppdrag att utreda och genomföra åtgärden.",
    "Förstudien visade att befintlig belysning inte uppfyller stadens riktlinjer.",
)
TRAFFIC_DONE = (
    "Arbetet utfördes av stadens ramavtalsentreprenör under sommarmånaderna.",
    "Slutbesiktningen genomfördes i september och inga fel noterades.",
    "Trafiken på gång- och cykelbanan kunde hållas öppen under hela byggtiden.",
)
BULLETS = (
    "tolv nya belysningsstolpar",
    "nedtagning av tät häck",
    "ny asfalt på gångvägen",
    "två kameror vid uppgången",
    "sittbänkar med ryggstöd",
    "klotterborttagning under ett år",
    "informationsskylt om projektet",
)
MORE = (  # for the long answers that run over a page break
    "Boende har kunnat lämna synpunkter vid två öppna möten i medborgarkontoret.",
    "Förslagen från mötena har i stor utsträckning arbetats in i utformningen.",
    "Underhållet efter projektets slut tas om hand av parkenheten.",
    "Projektet har stämts av med stadens andra satsningar i samma område.",
    "Arbetena planerades så att framkomligheten för barnvagnar och rullstolar bevarades.",
    "Tillfälliga skyltar informerade om arbetet och om vem man kunde kontakta.",
    "I projektgruppen ingick både förvaltningens egna medarbetare och externa konsulter.",
    "En uppföljande enkät kommer att skickas till boende om ett år.",
    "Förvaltningen tar med sig erfarenheterna till kommande investeringar.",
    "På kvällar och helger är platsen nu mer befolkad än tidigare.",
    "Kommunikationen med allmänheten har skett via stadens webbplats och lokala anslagstavlor.",
    "Bostadsbolagen har tagit ansvar för belysningen på sina egna gårdar i anslutning till platsen.",
    "Ungdomar från fritidsgården har målat delar av väggarna tillsammans med en konstnär.",
    "Räddningstjänsten har godkänt den nya utformningen av infarten.",
    "Nämnden har fått muntliga lägesrapporter vid tre sammanträden under året.",
    "Erfarenheterna har presenterats i stadens nätverk för brottsförebyggande arbete.",
    "Driftkostnaderna bedöms kunna hanteras inom nämndens ordinarie budgetram.",
    "Synpunkter om buller från arbetet har besvarats av projektledaren inom en vecka.",
    "Platsen har även städats oftare under de första månaderna efter invigningen.",
    "Belysningen styrs nu av en ljussensor som tänder i gryning och skymning.",
)
PICTURE_ANSWERS = ("Fotografier bifogas.", "Se bildbilaga.", "Bilder finns i akten.")


def _answer(
    rng: random.Random, pool: tuple[str, ...], org: str, extra: list[str], long: bool = False
) -> list[str | list[str]]:
    sentences = rng.sample(pool, rng.randint(1, min(3, len(pool))))
    if long:  # long enough that some forms run over a page break
        sentences += rng.sample(MORE, rng.randint(10, 16))
    if rng.random() < 0.5:
        sentences.insert(rng.randrange(len(sentences) + 1), f"Arbetet har skett i dialog med {org}.")
    sentences += extra
    if len(sentences) > 2 and (long or rng.random() < 0.45):  # two paragraphs
        cut = rng.randint(1, len(sentences) - 1)
        blocks: list[str | list[str]] = [" ".join(sentences[:cut]), " ".join(sentences[cut:])]
    else:
        blocks = [" ".join(sentences)]
    if rng.random() < 0.3:
        blocks[-1] = str(blocks[-1]) + " I projektet ingick:"
        blocks.append(rng.sample(BULLETS, rng.randint(2, 4)))
    return blocks


def _money_text(rng: random.Random, year: int) -> str:
    budget = rng.randrange(150, 4800) * 1000
    outcome = budget + rng.choice((-1, 1)) * rng.randrange(5, 80) * 1000
    hedge = rng.choice(("", "", "ca ", "cirka ", "drygt ", "knappt ", "omkring ", "närmare "))
    text = (
        f"Budgeten för åtgärden var {money(rng, budget)}. Utfallet för {year} uppgick till "
        f"{hedge}{money(rng, outcome)}."
    )
    if rng.random() < 0.4:
        word = "ett överskott" if outcome < budget else "ett underskott"
        text += f" Avvikelsen är {word} om {money(rng, abs(budget - outcome))}."
    if rng.random() < 0.25:
        text += f" Året innan var utfallet {money(rng, outcome // 2)} ({money(rng, outcome // 3)})."
    if rng.random() < 0.15:
        text += " Av beloppet avsåg två miljoner kamerorna."
    return text


def _year(rng: random.Random) -> int:
    return rng.choice([y for y in range(2014, 2027) if y not in (2020, 2023)])


def make_form(rng: random.Random, template: str | None = None) -> Form:
    template = template or rng.choice(("f5", "f5", "f7", "a5b", "a5b", "a7", "traffic"))
    year = _year(rng)
    long = rng.random() < 0.55
    old = rng.choice(OLD_DISTRICTS)
    district = district_in(old, year)
    place = rng.choice(PLACES[old])
    measure, measure_phrase = rng.choice(MEASURES)
    if template == "traffic":
        project = f"{measure} {place}"
    else:
        project = f"{measure} {rng.choice(('vid', 'på', 'kring'))} {place}"
    if rng.random() < 0.2:
        project += rng.choice(LONG_TAILS)
    org, org2 = rng.sample(ORGS, 2)
    dnr = f"Dnr {rng.choice(('1.5.3', '1.2.2', '2.6', '3.1.1'))}-{rng.randint(100, 999)}-{year}"
    committee = f"{genitive(district)} stadsdelsnämnd"
    money_text = _money_text(rng, year)

    sections: list[Section]
    stage: str | None = None
    location: str | None = None
    appendix: str | None
    if template in ("f5", "f7"):
        stage = rng.choice(("slutredovisning", "slutredovisning", "delredovisning"))
        location = rng.choice(
            (f"{place}, {committee}", f"{place} i stadsdelsområde {district}", f"{place} inom {committee}")
        )
        long_labels = rng.random() < 0.5
        sections = [
            Section("projektnamn", rng.choice(("Projektnamn", "Projektets namn")), [project]),
            Section("plats", "Geografisk plats för investering" if long_labels else "Plats", [location]),
            Section(
                "mal_och_syfte",
                rng.choice(("Projektets mål och syfte", "Syfte och mål")),
                [f"Investeringen gäller {measure_phrase}. " + " ".join(rng.sample(AIMS, rng.randint(1, 3) + long))],
            ),
            Section(
                "slutresultat",
                "Beskrivning av slutresultat utifrån investeringens mål, syfte och platsens behov "
                "av trygghetsskapande åtgärd"
                if long_labels
                else "Resultat",
                _answer(rng, RESULTS, org, [], long),
            ),
            Section(
                "avvikelser",
                "Beskrivning av eventuella avvikelser i projektets genomförande" if long_labels else "Avvikelser",
                _answer(rng, DEVIATIONS, org2, [], long and rng.random() < 0.4),
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
            answer: list[str | list[str]] = [rng.choice(PICTURE_ANSWERS)] if rng.random() < 0.5 else []
            sections.append(Section(key, label, answer))
        kind = "trygghetsinvestering" if template == "f5" else "klimatinvestering"
        title = rng.choice((f"Bilaga {template[1]} Uppföljning {kind}", f"Bilaga {template[1]} - Uppföljning {kind}"))
        appendix = template[1]
    elif template == "traffic":
        stage = "slutredovisning"
        location = f"{place}, {committee}"
        sections = [
            Section("bakgrund", "Bakgrund", [" ".join(rng.sample(TRAFFIC_BG, rng.randint(1, 2)))]),
            Section("plats", "Plats", [location]),
            Section("mal_och_syfte", "Syfte och mål", [f"Åtgärden omfattar {measure_phrase}. " + rng.choice(AIMS)]),
            Section("genomforande", "Genomförande", [" ".join(rng.sample(TRAFFIC_DONE, rng.randint(1, 2)))]),
            Section("slutresultat", "Resultat", _answer(rng, RESULTS, org, [], long)),
            Section("ekonomiskt_utfall", "Ekonomisk redovisning", [money_text]),
        ]
        title = f"{project}. Slutredovisning"
        appendix = None
    else:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        ascii_name = f"{first}.{last}".lower().translate(str.maketrans("åäö", "aao"))
        email = f"{ascii_name}@stockholm.se"
        phone = f"08-508 {rng.randint(10, 99)} {rng.randint(100, 999)}"
        asked = rng.randrange(100, 3500) * 1000
        asked_text = rng.choice((thousands(asked), f"{thousands(asked)} kr", money(rng, asked)))
        others = [d for d in OLD_DISTRICTS if d != old and district_in(d, year) != district]
        co_blocks: list[str | list[str]] = (
            [f"{genitive(district_in(rng.choice(others), year))} stadsdelsnämnd"] if rng.random() < 0.3 else []
        )
        coop: list[str | list[str]] = [f"{org}, {org2}"] if rng.random() < 0.6 else []
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
            Section(
                "kontaktperson",
                "Kontaktperson",
                [f"{first} {last}" + rng.choice(("", ", utvecklingsledare", ", enhetschef"))],
            ),
            Section("telefon", "Telefon", [phone]),
            Section("epost", "E-post", [email]),
            Section("samverkan", "Ev samverkan", coop, placeholder=not coop and rng.random() < 0.5),
            Section(
                "beskrivning",
                "1. Beskrivning (mål och syfte)",
                _answer(
                    rng,
                    AIMS,
                    org,
                    [f"Medlen ska användas till {measure_phrase} vid {place}.", f"Åtgärden ska vara klar {year}."],
                    long,
                ),
            ),
            Section("behovsanalys", "1.1 Behovsanalys/problembeskrivning", _answer(rng, NEEDS, org2, [], long)),
        ]
        title = (
            "Bilaga 5b Ansökan om investeringsmedel (CM4) för trygghetsskapande åtgärder"
            if template == "a5b"
            else "Bilaga 7 Ansökan om investeringsmedel för klimatinvesteringar"
        )
        appendix = "5b" if template == "a5b" else "7"
    return Form(template, title, appendix, year, district, project, location, stage, dnr, sections)
