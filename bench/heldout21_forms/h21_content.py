"""The sixteenth generator's own Swedish content: one form (template, labels, answers) and its truth record.

Written fresh for this set. A form is plain data (`Form`); the producers in the other `h21_*` modules draw it, and
`Form.truth()` is what a correct extraction gives (tests/layout_scoring.py's fields and sections).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

# The districts and their mergers are domain facts, not content: shared with the ninth generator; the data model of
# a form (sections, truth record), the templates' skeleton (every label variant of domain.md) and the ways of
# writing money are the tenth generator's, filled here with this generator's own wording.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout14_forms"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout15_forms"))
from h14_content import district_today  # noqa: E402
from h15_content import PLACEHOLDER, Form, Section, Wording, make_form_with, pools  # noqa: E402

__all__ = ["PLACEHOLDER", "Form", "Section", "district_today", "make_form"]

# Places inside one old district (the one they lay in before the mergers).
PLACES = {
    "Bromma": ("Brommaplan", "Ängbybadet", "Olovslunds gångväg"),
    "Enskede-Årsta-Vantör": ("Årstafältet", "Bandhagens centrum", "Snösätra industriområde"),
    "Farsta": ("Tallkrogens centrum", "Farstanäsets naturreservat", "Svedmyra gångtunnel"),
    "Hägersten-Liljeholmen": ("Liljeholmstorget", "Hägerstensåsens centrum", "Midsommarkransens torg"),
    "Hässelby-Vällingby": ("Råcksta träsk", "Johannelunds tunnelbana", "Kvarnvikens strandpromenad"),
    "Kungsholmen": ("Norr Mälarstrand", "Hornsbergs strand", "Kungsholms strand"),
    "Norrmalm": ("Vasaparken", "Norra Bantorget", "Klarabergsviadukten"),
    "Rinkeby-Kista": ("Kista gård", "Hanstavägens gångbro", "Rinkebystråket"),
    "Skarpnäck": ("Björkhagens centrum", "Hammarbyhöjdens torg", "Nackareservatets entré"),
    "Skärholmen": ("Vårbergstoppen", "Skärholmsdalen", "Sätra strandbad"),
    "Spånga-Tensta": ("Tensta allé", "Sörgårdsparken", "Spånga station"),
    "Södermalm": ("Nytorget", "Zinkensdamm", "Fatburstrappan"),
    "Älvsjö": ("Älvsjöskogen", "Solberga torg", "Liseberg tunnelbana"),
    "Östermalm": ("Gärdesplanen", "Valhallavägens allé", "Storängsbottens koloniområde"),
}

MEASURES = (
    ("Belysning av motionsspår", "belysning av motionsspåret från entrén till omklädningen"),
    ("Nattvandring med föräldrar", "föräldrar som nattvandrar fredagar och lördagar"),
    ("Upprustning av lekplats", "upprustning av lekplatsen med ny belysning och låga buskar"),
    ("Öppen fritidsgård på helger", "en fritidsgård som håller öppet även på helgerna"),
    ("Trygg skolväg", "tydliga övergångsställen och belysning längs skolvägen"),
    ("Ljuskonst under viadukten", "ljuskonst under viadukten som gör passagen ljus och varierad"),
    ("Grannsamverkan i bostadsområdet", "grannsamverkan med utbildade kontaktombud i varje trappuppgång"),
    ("Sittplatser och odling på torget", "sittplatser, odlingslådor och ljus på torget"),
)

LONG_TAILS = (
    " i samverkan med fastighetsägare, skolor och idrottsföreningar i närområdet under tre säsonger",
    " med tillhörande gångväg, nya papperskorgar och belysning av cykelparkeringen vid stationen",
    " samt uppföljande trygghetsvandringar tillsammans med boende och lokalpolisen",
)

FIRST = ("Elsa", "Omar", "Ingrid", "Viktor", "Amira", "Johan", "Karin", "Samir", "Ebba", "Pekka", "Hanna")
LAST = ("Sundberg", "Mahmoud", "Wallin", "Eriksson", "Korhonen", "Dahl", "Nordin", "Ekström", "Ljung", "Rashid")

ORGS = (
    "lokalpolisområde Norrmalm",
    "Polismyndigheten region Stockholm",
    "trafikkontoret",
    "idrottsförvaltningen",
    "socialförvaltningen",
    "utbildningsförvaltningen",
    "Familjebostäder",
    "Stockholmshem",
    "Svenska Bostäder",
    "Stockholms Stadsmission",
    "Röda Korset",
    "Bris",
    "Storstockholms brandförsvar",
    "Stockholm Vatten och Avfall",
    "Sensus studieförbund",
    "Hyresgästföreningen region Stockholm",
)

AIMS = (
    "Syftet är att fler ska kunna motionera i spåret under den mörka delen av året.",
    "Målet är att barn ska kunna gå till skolan på egen hand utan oro.",
    "Insatsen ska ge unga en trygg plats att vara på under kvällar och helger.",
    "Vi vill att passagen ska upplevas som en naturlig och ljus del av stråket.",
    "Avsikten är att grannarna ska lära känna varandra och hjälpas åt att hålla uppsikt.",
    "Målet är att torget ska befolkas under fler timmar av dygnet.",
    "Syftet är att minska otryggheten bland äldre som bor i området.",
)
RESULTS = (
    "Antalet besökare i spåret efter klockan sex har mer än fördubblats.",
    "Föräldrarna upplever att barnen nu tar sig till skolan på ett tryggare sätt.",
    "Fritidsgården har haft i genomsnitt fyrtio besökare varje lördagskväll.",
    "De boende beskriver passagen som ljusare och mindre ödslig än förut.",
    "Grannsamverkan har lett till färre inbrott i källare och förråd.",
    "Torget har blivit en plats där både barnfamiljer och pensionärer stannar upp.",
)
DEVIATIONS = (
    "Insatsen har genomförts enligt plan.",
    "Elanslutningen drog ut på tiden eftersom nätägaren hade långa handläggningstider.",
    "Ett kraftigt snöfall i januari försenade monteringen av armaturerna.",
    "Färre föräldrar än väntat anmälde sig till nattvandringen under sommaren.",
    "Entreprenören gick i konkurs och arbetet fick slutföras av en ny leverantör.",
)
NEEDS = (
    "Motionsspåret saknar belysning och används knappt efter skymningen.",
    "Skolans elevråd har beskrivit vägen till skolan som mörk och otrygg.",
    "Det saknas en öppen verksamhet för unga i området under helgerna.",
    "Viadukten är en mörk passage där många boende säger att de känner sig utsatta.",
    "Trygghetsundersökningen visar att äldre i området ofta avstår från att gå ut på kvällen.",
)
TRAFFIC_BG = (
    "Åtgärden ingår i stadsdelsnämndens lista över prioriterade platser.",
    "Trafikkontoret har fått medel ur stadens trygghetssatsning för arbetet.",
    "Den gamla belysningen var från sjuttiotalet och lyste bara upp delar av passagen.",
)
TRAFFIC_DONE = (
    "Arbetet utfördes av stadens ramavtalsentreprenör under sensommaren.",
    "Under arbetet fick cyklister leda cykeln förbi arbetsområdet.",
    "Slutbesiktningen genomfördes i november och inga fel hittades.",
)
BULLETS = (
    "åtta nya belysningsstolpar längs spåret",
    "reflexvästar till nattvandrarna",
    "nya gungor och en klätterställning",
    "utbildning av kontaktombud",
    "målning av viaduktens väggar",
    "odlingslådor och bänkar på torget",
    "informationsblad på fem språk",
)
MORE = (  # for the long answers that run over a page break
    "Ett informationsmöte hölls i skolans matsal innan arbetet började.",
    "De boendes synpunkter ledde till att fler sittplatser lades till.",
    "Skötseln efter projekttiden tas över av parkenheten.",
    "Arbetet samordnades med ledningsarbeten som pågick på samma gata.",
    "Gångvägen hölls öppen under hela arbetet med hjälp av tillfälliga spänger.",
    "Anslag om arbetet sattes upp i trappuppgångarna och på torget.",
    "Projektgruppen träffade kontaktpolisen en gång i månaden.",
    "En uppföljande trygghetsvandring är planerad till hösten.",
    "Erfarenheterna har presenterats för de andra stadsdelsförvaltningarna.",
    "Fler boende rör sig nu i området även sent på kvällen.",
    "Fastighetsägaren har bekostat belysningen på den egna gården.",
    "Barn från förskolan har varit med och valt färger till lekplatsen.",
    "Räddningstjänsten har godkänt den nya utformningen av infarten.",
    "Nämnden har fått en lägesrapport vid två sammanträden.",
    "Kostnaderna för drift ryms inom förvaltningens ordinarie budget.",
    "Frågor från allmänheten har besvarats via stadens kontaktcenter.",
    "Papperskorgarna töms nu dagligen under sommarhalvåret.",
    "Belysningen tänds automatiskt i skymningen och dämpas efter klockan ett.",
    "Ljusmätningar gjordes före och efter arbetet för att kunna jämföra.",
    "Flera butiksägare har valt att ha skyltfönstren tända under kvällen.",
)
PICTURE_ANSWERS = ("Foton bifogas som separat bilaga.", "Se bildbilagan.", "Bilder finns i diariet.")


WORDING = Wording(
    **pools(globals()),
    long_share=0.4,
    more_count=(10, 17),
    partner="Arbetet har gjorts tillsammans med {org}.",
    bullet_share=0.4,
    bullet_intro=" Följande har ingått:",
    bullet_count=(2, 4),
    budget_range=(80, 5200),
    deviation_range=(3, 140),
    hedges=("", "", "ca ", "cirka ", "runt ", "drygt ", "nästan ", "ungefär ", "något under "),
    budget_sentence="För {year} budgeterades {budget} och utfallet landade på {hedge}{outcome}.",
    surplus_sentence=" Det innebär {word} på {amount}.",
    prior_sentence=" Föregående år var kostnaden {half} ({third}).",
    spelled_sentence=" Fastighetsägaren bidrog även med en halv miljon.",
    prepositions=("vid", "i", "på", "längs"),
    dnr_classes=("1.5.1", "1.2.3", "2.4.2", "3.1"),
    locations=("{place}, {committee}", "{place}, stadsdelsområde {district}", "{place} i {district}"),
    aim_intro="Det handlar om {phrase}. ",
    aims_when_long=1,
    long_deviation_share=0.3,
    traffic_aim_intro="Det handlar om {phrase}. ",
    asked_range=(40, 4200),
    cooperation="{org} och {org2}",
    contact_roles=("", ", samordnare", ", enhetschef"),
    plan=("Medlen ska gå till {phrase} vid {place}.", "Insatsen beräknas vara klar under {year}."),
)


def make_form(rng: random.Random, template: str | None = None) -> Form:
    return make_form_with(WORDING, rng, template)
