"""The eleventh generator's own Swedish content: one form (template, labels, answers) and its truth record.

Written fresh for this set. A form is plain data (`Form`); the producers in the other `h16_*` modules draw it, and
`Form.truth()` is what a correct extraction gives (tests/layout_scoring.py's fields and sections).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

# The districts and their mergers are domain facts, not content: shared with the ninth generator; the data model of
# a form (sections, truth record), the templates' skeleton and the ways of writing money are the tenth generator's,
# filled here with this generator's own wording.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout14_forms"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout15_forms"))
from h14_content import (  # noqa: E402
    OLD_DISTRICTS,
    district_in,
    district_today,
    genitive,
)
from h15_content import PLACEHOLDER, Form, Section, Wording, make_form_with, pools  # noqa: E402

__all__ = [
    "OLD_DISTRICTS",
    "PLACEHOLDER",
    "Form",
    "Section",
    "district_in",
    "district_today",
    "genitive",
    "make_form",
]

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


WORDING = Wording(
    **pools(globals()),
    long_share=0.55,
    more_count=(10, 16),
    partner="Arbetet har skett i dialog med {org}.",
    bullet_share=0.3,
    bullet_intro=" I projektet ingick:",
    bullet_count=(2, 4),
    budget_range=(150, 4800),
    deviation_range=(5, 80),
    hedges=("", "", "ca ", "cirka ", "drygt ", "knappt ", "omkring ", "närmare "),
    budget_sentence="Budgeten för åtgärden var {budget}. Utfallet för {year} uppgick till {hedge}{outcome}.",
    surplus_sentence=" Avvikelsen är {word} om {amount}.",
    prior_sentence=" Året innan var utfallet {half} ({third}).",
    spelled_sentence=" Av beloppet avsåg två miljoner kamerorna.",
    prepositions=("vid", "på", "kring"),
    dnr_classes=("1.5.3", "1.2.2", "2.6", "3.1.1"),
    locations=("{place}, {committee}", "{place} i stadsdelsområde {district}", "{place} inom {committee}"),
    aim_intro="Investeringen gäller {phrase}. ",
    aims_when_long=1,
    long_deviation_share=0.4,
    traffic_aim_intro="Åtgärden omfattar {phrase}. ",
    asked_range=(100, 3500),
    cooperation="{org}, {org2}",
    contact_roles=("", ", utvecklingsledare", ", enhetschef"),
    plan=("Medlen ska användas till {phrase} vid {place}.", "Åtgärden ska vara klar {year}."),
)


def make_form(rng: random.Random, template: str | None = None) -> Form:
    return make_form_with(WORDING, rng, template)
