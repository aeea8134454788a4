"""The twenty-seventh generator's own Swedish content: one form (template, labels, answers) and its truth record.

Written fresh for this set. A form is plain data (`Form`); the producers in the other `h32_*` modules draw it, and
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
    "Bromma": ("Brommaplans bussterminal", "Nockebyhovs koloniområde", "Stora Mossens backe"),
    "Enskede-Årsta-Vantör": ("Högdalens gångbro", "Bandhagens torg", "Rågsveds friluftsgård"),
    "Farsta": ("Hökarängens centrum", "Gubbängens bollplan", "Sköndals gångstråk"),
    "Hägersten-Liljeholmen": ("Mälarhöjdens strandpromenad", "Hägerstensåsens trappor", "Liljeholmskajen"),
    "Hässelby-Vällingby": ("Vällingby torg", "Grimsta naturreservat", "Hässelby gårds tunnelbanestation"),
    "Kungsholmen": ("Kronobergsparken", "Fridhemsplans gångtunnel", "Marieberg"),
    "Norrmalm": ("Tegnérlunden", "Observatorielunden", "Brunkebergstorg"),
    "Rinkeby-Kista": ("Rinkeby torg", "Akalla by", "Kista äng"),
    "Skarpnäck": ("Skarpnäcks allé", "Bagarmossens centrum", "Flatenbadet"),
    "Skärholmen": ("Vårbergs centrum", "Skärholmstorget", "Sätra idrottsplats"),
    "Spånga-Tensta": ("Tensta centrum", "Bromstens gångtunnel", "Spånga torg"),
    "Södermalm": ("Nytorget", "Tantolunden", "Björns trädgård"),
    "Älvsjö": ("Långbro park", "Herrängens gård", "Liseberg station"),
    "Östermalm": ("Humlegården", "Karlaplan", "Gärdets sportfält"),
}

MEASURES = (
    ("Belysta stråk till skolan", "belysta och breda stråk mellan tunnelbanan och skolan"),
    ("Speglar i gångtunneln", "speglar och ljusa väggar i gångtunneln"),
    ("Gallring av sly vid dammen", "gallring av sly och låga buskar runt dammen"),
    ("Kvällsöppen fritidsgård", "en fritidsgård som håller öppet till klockan tjugotvå"),
    ("Nattvandring med föräldrar", "organiserad nattvandring med föräldrar på fredagar"),
    ("Konstnärlig gestaltning av viadukten", "konstnärlig gestaltning och belysning av viadukten"),
    ("Upprustning av bollplanen", "upprustning av bollplanen med staket och strålkastare"),
    ("Platssamverkan kring torget", "platssamverkan mellan fastighetsägare, polis och förvaltning kring torget"),
)

LONG_TAILS = (
    " inklusive gångvägen ner mot busshållplatsen och parkeringen bakom hallen",
    " samt trapporna som leder upp till bostadsområdet på höjden",
    " enligt den trygghetsplan som nämnden antog i början av året",
)

FIRST = ("Gunilla", "Omar", "Elin", "Kjell", "Leyla", "Henrik", "Marianne", "Zoran", "Saga", "Ingemar", "Nadia")
LAST = ("Lindqvist", "Yilmaz", "Holmberg", "Ekström", "Abdi", "Sjögren", "Karlsson", "Åkesson", "Nowak")

ORGS = (
    "lokalpolisområde Södermalm",
    "lokalpolisområde Farsta",
    "trafikkontoret",
    "fastighetskontoret",
    "utbildningsförvaltningen",
    "arbetsmarknadsförvaltningen",
    "Familjebostäder",
    "Micasa",
    "Stockholm Vatten och Avfall",
    "Fastighetsägarna Stockholm",
    "Hyresgästföreningen Söderort",
    "Nattvandrarna",
    "Stockholm Exergi",
    "Region Stockholm",
    "Brå",
    "Röda Korset",
)

AIMS = (
    "Målet är att barnen ska kunna gå själva till skolan även under den mörka delen av året.",
    "Syftet är att tunneln inte längre ska vara en plats som folk gör en omväg runt.",
    "Vi vill ge tonåringarna ett tryggt alternativ till att hänga vid stationen.",
    "Insatsen ska göra det lättare för äldre att röra sig ute efter skymningen.",
    "Målet är att fler ska stanna kvar på torget och att det ska kännas befolkat.",
    "Syftet är att förebygga skadegörelse genom att platsen får en tydlig ägare.",
    "Insatsen ska öka kontakten mellan vuxna och unga under helgkvällarna.",
)
RESULTS = (
    "Fler barn går nu själva till skolan enligt skolans egen räkning i november.",
    "Gångtunneln har fått betydligt färre felanmälningar om klotter och trasig belysning.",
    "Fritidsgården har haft mellan tjugo och fyrtio besökare varje öppen kväll.",
    "Nattvandrarna beskriver att det är lugnare runt stationen än tidigare år.",
    "Antalet anmälda skadegörelser vid torget har nästan halverats.",
    "I den uppföljande enkäten säger två av tre att de känner sig tryggare på platsen.",
)
DEVIATIONS = (
    "Inga avvikelser har uppstått.",
    "Strålkastarna levererades sent och monterades först i mars.",
    "Bygglovet tog längre tid än väntat och arbetet sköts fram en månad.",
    "Konstnären byttes ut efter att den första skissen inte godkändes av trafikkontoret.",
    "Markarbetet blev mer omfattande när gamla ledningar hittades under gångvägen.",
)
NEEDS = (
    "Föräldrar har vid flera tillfällen hört av sig om att vägen till skolan känns otrygg.",
    "Tunneln har länge varit nedklottrad och dåligt upplyst.",
    "Grupper av unga samlas vid stationen sent på kvällarna och det har förekommit bråk.",
    "I trygghetsvandringen pekade de boende ut platsen som den mest otrygga i stadsdelen.",
    "Det saknas vuxna i området under de tider när ungdomarna är ute.",
)
TRAFFIC_BG = (
    "Viadukten är en viktig länk för gående mellan de två bostadsområdena.",
    "Under viadukten var det mörkt och ytorna var fulla av klotter.",
    "Trafikkontoret har fått klagomål om platsen från både boende och skolan.",
)
TRAFFIC_DONE = (
    "Pelarna målades i ljusa färger och ny belysning monterades i taket.",
    "Arbetet utfördes nattetid för att inte stänga gångvägen.",
    "Belysningen har en dimmerfunktion som höjer ljuset när någon passerar.",
)
BULLETS = (
    "sex nya stolpar med LED-armaturer",
    "två speglar vid tunnelns kurva",
    "en fritidsledare på heltid",
    "nytt staket runt bollplanen",
    "målning av viaduktens pelare",
    "ett dialogmöte på torget",
    "öppet fredag och lördag kväll",
)
MORE = (  # for the long answers that run over a page break
    "Projektgruppen har träffats varannan vecka under hela genomförandet.",
    "Innan arbetet började delades ett informationsblad ut till alla hushåll i kvarteret.",
    "Bladet fanns på svenska, arabiska, somaliska och engelska.",
    "Flera boende ville ha fler papperskorgar och bättre snöröjning.",
    "Vi har därför satt upp fyra nya papperskorgar längs stråket.",
    "Fastighetsägaren ansvarar framöver för skötseln av belysningen.",
    "Elever från högstadiet har varit med och tagit fram motiven till väggmålningen.",
    "Under arbetet leddes gångtrafiken om via en tillfällig gångväg.",
    "Kommunpolisen har deltagit i de båda uppföljande vandringarna.",
    "Arbetet avslutades enligt tidplanen.",
    "Kostnaderna har stämts av varje månad av förvaltningens ekonom.",
    "De flesta som har svarat tycker att platsen har blivit bättre.",
    "Några har önskat att fritidsgården även ska hålla öppet på söndagar.",
    "Armaturerna drar lite ström och styrs av en ljussensor.",
    "Sommarjobbande ungdomar har hjälpt till att hålla rent runt dammen.",
    "Resultaten redovisades för nämnden vid sammanträdet i oktober.",
    "Andra stadsdelar har frågat efter våra erfarenheter av arbetet.",
    "Grannarna har inte framfört några klagomål om ljus eller ljud.",
    "Förvaltningen planerar att använda samma arbetssätt i fler områden.",
    "Bostadsbolaget har själva bekostat den nya belysningen på gårdarna.",
)
PICTURE_ANSWERS = ("Bilder finns i bilagan.", "Fotona har skickats till handläggaren.", "Se fotobilaga.")


WORDING = Wording(
    **pools(globals()),
    long_share=0.45,
    more_count=(14, 20),
    partner="Arbetet har skett i samverkan med {org}.",
    bullet_share=0.35,
    bullet_intro=" I insatsen ingick:",
    bullet_count=(2, 4),
    budget_range=(90, 4800),
    deviation_range=(4, 190),
    hedges=("", "", "ca ", "cirka ", "ungefär ", "omkring ", "nära ", "runt ", "drygt ", "knappt "),
    budget_sentence="För {year} beviljades {budget} och kostnaden landade på {hedge}{outcome}.",
    surplus_sentence=" Det ger {word} på {amount}.",
    prior_sentence=" Året innan blev utfallet {half} ({third}).",
    spelled_sentence=" Bostadsbolaget har också skjutit till en halv miljon.",
    prepositions=("i", "vid", "på", "längs"),
    dnr_classes=("1.4.1", "2.1.3", "1.5.2", "3.3"),
    locations=("{place}, {committee}", "{place} i {district}", "{place}, {district}"),
    aim_intro="Pengarna ska gå till {phrase}. ",
    aims_when_long=1,
    long_deviation_share=0.35,
    traffic_aim_intro="Åtgärden avser {phrase}. ",
    asked_range=(60, 3900),
    cooperation="{org} och {org2}",
    contact_roles=("", ", enhetschef", ", trygghetssamordnare", ", projektledare"),
    plan=("Vi söker medel för {phrase} vid {place}.", "Åtgärden beräknas vara klar under {year}."),
)


def make_form(rng: random.Random, template: str | None = None) -> Form:
    return make_form_with(WORDING, rng, template)
