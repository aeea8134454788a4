"""The thirtieth generator's own Swedish content: one form (template, labels, answers) and its truth record.

Written fresh for this set. A form is plain data (`Form`); the producers in the other `h35_*` modules draw it, and
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
    "Bromma": ("Åkeshovs slottspark", "Ulvsunda industriväg", "Brommaplans bussterminal"),
    "Enskede-Årsta-Vantör": ("Årsta IP", "Bagarmossens centrum", "Stora Mossens gångväg"),
    "Farsta": ("Farsta strandbad", "Fagersjöskogen", "Larsbodas lekplats"),
    "Hägersten-Liljeholmen": ("Liljeholmstorget", "Västertorps skulpturpark", "Fruängens gångbro"),
    "Hässelby-Vällingby": ("Hässelby gårds tunnelbaneentré", "Råcksta träsk", "Vinsta skolväg"),
    "Kungsholmen": ("Rålambshovsparken", "Kronobergsparken", "Kristinebergs strand"),
    "Norrmalm": ("Kungsträdgården", "Vasaparken", "Klara kyrkogård"),
    "Rinkeby-Kista": ("Kista gård", "Järvafältets entré vid Husby", "Rinkebystråket"),
    "Skarpnäck": ("Björkhagens centrum", "Flatenbadet", "Orhems gångtunnel"),
    "Skärholmen": ("Bredängs centrum", "Sätraskogens motionsspår", "Skärholmens bussterminal"),
    "Spånga-Tensta": ("Tensta träff", "Hjulsta bro", "Solhems gångväg"),
    "Södermalm": ("Mariatorget", "Vitabergsparken", "Eriksdalsbadets entré"),
    "Älvsjö": ("Solbergaskolans baksida", "Örby slotts park", "Älvsjöskogens stig"),
    "Östermalm": ("Karlaplan", "Lill-Jansskogen", "Tessinparken"),
}

MEASURES = (
    ("Ljussättning av parkstigen", "ljussättning av den gamla parkstigen med låga pollarlampor"),
    ("Röjning kring lekplatsen", "röjning av täta buskar och gran kring lekplatsen"),
    ("Öppnare busshållplats", "en glasad väntkur i stället för den slutna träkuren vid hållplatsen"),
    ("Trygghetsvärdar vid badet", "trygghetsvärdar vid badplatsen under sommarens varma kvällar"),
    ("Utegym vid motionsspåret", "ett belyst utegym där motionsspåret börjar"),
    ("Speglar i gångbrons trappor", "säkerhetsspeglar och ljusa ytor i gångbrons trapphus"),
    ("Kameror vid bussterminalen", "kameraövervakning av terminalens väntsal och perronger"),
    ("Nytt ljus på torgets trappor", "ledbelysning i trappstegen och räckena ned till torget"),
)

LONG_TAILS = (
    " och den smala passagen mellan idrottshallen och parkeringshuset vid kvarteret Tallbacken",
    " tillsammans med gångvägen upp mot tunnelbanans norra uppgång och cykelbanan längs vattnet",
    " under den försöksperiod som nämnden och bostadsbolagen kommit överens om för de kommande åren",
)

FIRST = ("Ingrid", "Hassan", "Louise", "Torbjörn", "Amina", "Kalle", "Gunnel", "Dragan", "Sofia", "Bengt", "Nour")
LAST = ("Lindqvist", "Yilmaz", "Forsberg", "Engström", "Warsame", "Hedlund", "Nyström", "Östlund", "Kowalski")

ORGS = (
    "lokalpolisområde Skärholmen",
    "lokalpolisområde Västerort",
    "idrottsförvaltningen",
    "exploateringskontoret",
    "socialförvaltningen",
    "stadsbyggnadskontoret",
    "Svenska Bostäder",
    "Stockholmshem",
    "SISAB",
    "Stockholms Stads Parkerings AB",
    "Skärholmens Fastighetsägare",
    "Integritetsskyddsmyndigheten",
    "Trafikverket",
    "Länsstyrelsen",
    "Fältassistenterna",
    "Hyresgästföreningen",
)

AIMS = (
    "Målet är att stigen ska gå att använda året runt utan att man behöver ta omvägen längs bilvägen.",
    "Syftet är att föräldrar och barn ska kunna se hela lekplatsen från gångvägen.",
    "Vi vill att den som väntar på bussen ska kunna se och bli sedd av förbipasserande.",
    "Insatsen ska ge badplatsen en vuxen närvaro när många unga samlas där på kvällen.",
    "Målet är att fler ska röra sig i området under den mörka delen av året.",
    "Syftet är att trapphuset ska kännas öppet och att ingen ska kunna gömma sig där.",
    "Insatsen ska minska rån och hot i terminalen under kvällstid.",
)
RESULTS = (
    "Mätningen visar att antalet gående på stigen efter mörkrets inbrott har ökat tydligt.",
    "Personalen på förskolan säger att lekplatsen nu känns öppen och överblickbar.",
    "Resenärer som tillfrågades säger att den nya väntkuren känns tryggare.",
    "Trygghetsvärdarna har haft många samtal med unga och inga allvarliga händelser har inträffat.",
    "Utegymmet används flitigt, även sent på kvällen.",
    "Polisen har inte fått in någon anmälan om rån i terminalen sedan kamerorna sattes upp.",
)
DEVIATIONS = (
    "Projektet har genomförts utan avvikelser mot den ursprungliga planen.",
    "Lamporna kom med fel färgtemperatur och fick bytas, vilket försenade arbetet en månad.",
    "Röjningen fick göras i två omgångar eftersom marken var för blöt under våren.",
    "Det var svårt att rekrytera trygghetsvärdar och verksamheten startade först i juli.",
    "Tillståndet från Integritetsskyddsmyndigheten dröjde och kamerorna sattes upp senare.",
)
NEEDS = (
    "I medborgardialogen nämndes parkstigen som en plats många undviker när det är mörkt.",
    "Buskagen runt lekplatsen har vuxit så att den inte syns från gångvägen.",
    "Den gamla väntkuren är sluten och har flera gånger varit utsatt för klotter och skadegörelse.",
    "Under förra sommaren förekom bråk vid badplatsen sent på kvällarna.",
    "Ungdomar har berättat för fältassistenterna att de inte vågar gå genom trapphuset.",
)
TRAFFIC_BG = (
    "Gångbron är den kortaste vägen mellan skolan och bostäderna på andra sidan motorvägen.",
    "Trapporna saknade belysning och räckena var i dåligt skick.",
    "Vid trygghetsvandringen i fjol lyftes bron fram som en av de otryggaste platserna.",
)
TRAFFIC_DONE = (
    "Trapporna fick ny ledbelysning och räckena byttes ut mot öppna räcken i stål.",
    "Arbetet utfördes under sommarlovet när färre barn använder bron.",
    "Säkerhetsspeglar monterades i trapphusens vinklar.",
)
BULLETS = (
    "fyrtio nya pollarlampor",
    "röjning av ungefär två tusen kvadratmeter",
    "en glasad väntkur med belysning",
    "två trygghetsvärdar varje kväll",
    "sju redskap i utegymmet",
    "speglar i sex trapphörn",
    "en utvärdering efter ett år",
)
MORE = (  # for the long answers that run over a page break
    "En styrgrupp med stadsdelsförvaltningen, bostadsbolaget och polisen har följt arbetet.",
    "Boende bjöds in till ett öppet möte i medborgarkontoret innan arbetet började.",
    "Inbjudan skrevs på svenska, engelska, tigrinja och persiska.",
    "Några deltagare ville att även cykelbanan skulle få ny belysning.",
    "Förvaltningen har därför tagit med cykelbanan i nästa års planering.",
    "Driften av lamporna sköts numera av trafikkontorets entreprenör.",
    "Eleverna i skolans elevråd har varit med och utvärderat resultatet.",
    "Under arbetet var stigen avstängd i tre veckor.",
    "Polisen och fältassistenterna följde gemensamt upp läget i augusti.",
    "Besiktningen gjordes i november och inga fel hittades.",
    "Kostnaderna har stämts av varje månad mot budgeten.",
    "En majoritet av de tillfrågade tycker att platsen har blivit bättre.",
    "Ett fåtal anser att ljuset är för starkt närmast bostadshusen.",
    "Armaturerna har därför riktats om för att inte lysa in i fönstren.",
    "Feriearbetande ungdomar har hjälpt till med städning och plantering.",
    "Utfallet redovisades för nämnden vid sammanträdet i mars.",
    "Andra stadsdelar har visat intresse för att göra på liknande sätt.",
    "Inga klagomål om buller har kommit in sedan utegymmet öppnade.",
    "Förvaltningen avser att följa upp platsen med en ny trygghetsvandring.",
    "Bostadsbolaget har på eget initiativ bytt belysningen i sina entréer.",
)
PICTURE_ANSWERS = ("Foton bifogas som separat bilaga.", "Bilderna finns i ärendets akt.", "Se fotobilagan.")


WORDING = Wording(
    **pools(globals()),
    long_share=0.5,
    more_count=(14, 20),
    partner="Insatsen har genomförts tillsammans med {org}.",
    bullet_share=0.35,
    bullet_intro=" Insatsen bestod av:",
    bullet_count=(2, 4),
    budget_range=(70, 4800),
    deviation_range=(4, 230),
    hedges=("", "", "ca ", "cirka ", "omkring ", "runt ", "nära ", "närmare ", "drygt ", "knappt "),
    budget_sentence="Budgeten för {year} var {budget} och utfallet blev {hedge}{outcome}.",
    surplus_sentence=" Det innebär {word} på {amount}.",
    prior_sentence=" Föregående år var utfallet {half} ({third}).",
    spelled_sentence=" Stockholmshem har dessutom bidragit med två miljoner.",
    prepositions=("i", "vid", "på", "längs"),
    dnr_classes=("1.3.2", "2.1.4", "1.5.3", "3.2"),
    locations=("{place}, {committee}", "{place} i {district}", "{place}, {district}"),
    aim_intro="Medlen används till {phrase}. ",
    aims_when_long=1,
    long_deviation_share=0.35,
    traffic_aim_intro="Projektet gäller {phrase}. ",
    asked_range=(50, 3900),
    cooperation="{org} och {org2}",
    contact_roles=("", ", utvecklingsledare", ", trygghetssamordnare", ", avdelningschef"),
    plan=("Nämnden ansöker om medel för {phrase} vid {place}.", "Arbetet planeras vara färdigt under {year}."),
)


def make_form(rng: random.Random, template: str | None = None) -> Form:
    return make_form_with(WORDING, rng, template)
