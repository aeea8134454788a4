"""The thirteenth generator's own Swedish content: one form (template, labels, answers) and its truth record.

Written fresh for this set. A form is plain data (`Form`); the producers in the other `h18_*` modules draw it, and
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
    "Bromma": ("Brommaplan", "Åkeshovs slottspark", "Abrahamsbergs centrum"),
    "Enskede-Årsta-Vantör": ("Rågsveds centrum", "Svedmyra tunnelbanestation", "Enskedefältet"),
    "Farsta": ("Hökarängens centrum", "Gubbängsfältet", "Fagersjö gångväg"),
    "Hägersten-Liljeholmen": ("Liljeholmstorget", "Aspuddsparken", "Fruängens centrum"),
    "Hässelby-Vällingby": ("Vällingby torg", "Kälvestaparken", "Hässelby strand centrum"),
    "Kungsholmen": ("Fridhemsplan", "Kronobergsparken", "Marieberg gångbro"),
    "Norrmalm": ("Vasaparken", "Observatorielunden", "Sankt Eriksplan"),
    "Rinkeby-Kista": ("Rinkeby torg", "Husbyparken", "Kista gångbro"),
    "Skarpnäck": ("Skarpnäcks allé", "Bagarmossens centrum", "Hammarbyhöjdens bollplan"),
    "Skärholmen": ("Skärholmens torg", "Vårbergstoppen", "Bredängsbadet"),
    "Spånga-Tensta": ("Tensta centrum", "Hjulstaparken", "Solhagaparken"),
    "Södermalm": ("Mariatorget", "Vitabergsparken", "Ringvägens gångtunnel"),
    "Älvsjö": ("Älvsjö centrum", "Herrängens gård", "Örby slott"),
    "Östermalm": ("Karlaplan", "Tessinparken", "Ropsten gångbro"),
}

MEASURES = (
    ("Ljussättning", "ljussättning av gångvägen och trapporna"),
    ("Röjning av vegetation", "röjning av sly och täta häckar som skymmer sikten"),
    ("Ny entrébelysning", "ny belysning vid entréerna och cykelställen"),
    ("Trygg skolväg", "säkrare övergångar och belysning längs skolvägen"),
    ("Öppnare torgmiljö", "en öppnare torgmiljö med sittplatser och planteringar"),
    ("Mötesplats för unga", "en belyst mötesplats för unga i parken"),
    ("Väggmålning i gångtunneln", "väggmålning och ljusare armaturer i gångtunneln"),
    ("Hastighetsdämpning", "farthinder och upphöjda övergångsställen"),
)

LONG_TAILS = (
    " med nya sittbänkar, tydligare vägvisning och belysta cykelställ vid tunnelbanans entré",
    " samt anpassning för personer med nedsatt rörelseförmåga längs hela stråket till vårdcentralen",
    " genom samverkan mellan förvaltningen, bostadsbolagen och föreningslivet under tre år",
)

FIRST = ("Maria", "Yusuf", "Helena", "Daniel", "Leyla", "Mats", "Sofia", "Anders", "Rania", "Per", "Vendela")
LAST = ("Holm", "Engström", "Demir", "Falk", "Söderberg", "Rahimi", "Lindberg", "Åkesson", "Persson", "Norén")

ORGS = (
    "lokalpolisområde Söderort",
    "polisen",
    "trafikkontoret",
    "fastighetskontoret",
    "stadsbyggnadskontoret",
    "miljöförvaltningen",
    "Familjebostäder",
    "Stockholmshem",
    "AB Svenska Bostäder",
    "Micasa",
    "SISAB",
    "Stockholm Vatten och Avfall",
    "Region Stockholm",
    "Brå",
    "fältassistenterna",
    "Vällingby Centrum AB",
    "idrottsförvaltningen",
)

AIMS = (
    "Syftet är att fler ska våga röra sig längs stråket även när det är mörkt.",
    "Målet är att platsen ska upplevas som öppen och omhändertagen.",
    "Insatsen ska minska antalet skymda platser där boende känner sig utsatta.",
    "Vi vill skapa en plats där olika grupper i området kan mötas.",
    "Målet är att barn ska kunna gå själva till skolan på ett tryggt sätt.",
    "Syftet är att förebygga skadegörelse genom att platsen används mer.",
    "Insatsen ska göra det enklare att orientera sig mellan tunnelbanan och bostäderna.",
)
RESULTS = (
    "Enkäten efter genomförandet visar att fler boende känner sig trygga på platsen.",
    "Gångvägen är nu väl upplyst och de mörka partierna vid slänten är borta.",
    "Antalet anmälningar om skadegörelse har minskat jämfört med året innan.",
    "Fler äldre använder nu stråket för promenader under vinterhalvåret.",
    "Bostadsbolaget har kompletterat med belysning på sina egna gårdar.",
    "Vid höstens trygghetsvandring upplevdes platsen som ljus och överblickbar.",
)
DEVIATIONS = (
    "Projektet genomfördes enligt plan utan avvikelser.",
    "Leveransen av armaturer försenades med två månader.",
    "Tjälen gjorde att markarbetena fick skjutas upp till våren.",
    "Placeringen av en stolpe ändrades efter samråd med ledningsägaren.",
    "Upphandlingen överklagades och fick göras om.",
)
NEEDS = (
    "Stråket saknar belysning på en längre sträcka och upplevs som mycket otryggt.",
    "Många boende väljer att gå en omväg för att slippa passera platsen.",
    "Platsen nämndes flest gånger i områdets trygghetsmätning.",
    "Klotter och nedskräpning har blivit vanligare de senaste åren.",
    "Föräldrar har hört av sig om att skolvägen känns osäker för barnen.",
)
TRAFFIC_BG = (
    "Stadsdelsförvaltningen har uppmärksammat kontoret på att platsen upplevs som otrygg.",
    "Åtgärden ingår i trafiknämndens program för trygghetsinvesteringar.",
    "En inventering visade att armaturerna var uttjänta och gav för lite ljus.",
)
TRAFFIC_DONE = (
    "Arbetet genomfördes under våren av kontorets driftentreprenör.",
    "Cykeltrafiken leddes om medan arbetet pågick.",
    "Besiktningen godkändes och anläggningen har överlämnats till förvaltning.",
)
BULLETS = (
    "tio nya stolpar med LED-armaturer",
    "röjning av slänten mot bäcken",
    "två nya sittgrupper",
    "belysning i trappan till busshållplatsen",
    "skyltning mot tunnelbanan",
    "sanering av klotter under ett år",
    "nya cykelställ vid entrén",
)
MORE = (  # for the long answers that run over a page break
    "Boende har fått lämna synpunkter vid ett öppet möte i medborgarkontoret.",
    "Synpunkterna ledde till att belysningen förlängdes fram till förskolan.",
    "Trafikkontoret tar över driften när projektet är avslutat.",
    "Insatsen samordnades med bostadsbolagets renovering av gårdarna.",
    "Under arbetet var gångvägen öppen med skyltad omledning.",
    "Information om arbetet delades ut till alla hushåll i kvarteret.",
    "Projektledningen har haft regelbundna avstämningar med polisen.",
    "En uppföljande trygghetsmätning görs om ett år.",
    "Erfarenheterna sprids till övriga stadsdelsförvaltningar.",
    "Fler rör sig nu längs stråket även efter klockan tjugo.",
    "Bostadsbolaget har bekostat röjningen på sin egen mark.",
    "Ungdomar från fritidsgården har deltagit i utformningen av väggmålningen.",
    "Räddningstjänsten har godkänt att uppfarten breddats.",
    "Nämnden har fått löpande information om projektets framsteg.",
    "Driftkostnaderna ryms inom förvaltningens ordinarie budget.",
    "Frågor från närboende har besvarats vid två informationsträffar.",
    "Renhållningen av platsen har utökats till tre gånger i veckan.",
    "Belysningen tänds automatiskt i skymningen och dämpas efter midnatt.",
    "Ljusnivåerna har mätts före och efter åtgärden.",
    "Butikerna vid torget har ställt ut egna planteringar.",
)
PICTURE_ANSWERS = ("Foton bifogas i separat fil.", "Se bildbilagan.", "Bilder finns i ärendet.")


WORDING = Wording(
    **pools(globals()),
    long_share=0.5,
    more_count=(10, 18),
    partner="Insatsen har planerats i samarbete med {org}.",
    bullet_share=0.35,
    bullet_intro=" I insatsen ingick:",
    bullet_count=(2, 4),
    budget_range=(150, 4800),
    deviation_range=(4, 95),
    hedges=("", "", "ca ", "cirka ", "drygt ", "knappt ", "omkring ", "strax under ", "ungefär "),
    budget_sentence="Budgeten för {year} var {budget} och det slutliga utfallet blev {hedge}{outcome}.",
    surplus_sentence=" Det ger {word} på {amount}.",
    prior_sentence=" Året innan kostade insatsen {half} ({third}).",
    spelled_sentence=" Bostadsbolaget bidrog med en kvarts miljon.",
    prepositions=("vid", "på", "i", "längs"),
    dnr_classes=("1.5.3", "1.2.1", "2.6.2", "3.1"),
    locations=("{place}, {committee}", "{place}, stadsdelsområde {district}", "{place} ({district})"),
    aim_intro="Insatsen gäller {phrase}. ",
    aims_when_long=1,
    long_deviation_share=0.35,
    traffic_aim_intro="Projektet gäller {phrase}. ",
    asked_range=(80, 3400),
    cooperation="{org} och {org2}",
    contact_roles=("", ", projektledare", ", trygghetssamordnare"),
    plan=("Pengarna ska användas till {phrase} vid {place}.", "Insatsen ska vara klar under {year}."),
)


def make_form(rng: random.Random, template: str | None = None) -> Form:
    return make_form_with(WORDING, rng, template)
