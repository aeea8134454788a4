"""The twenty-fifth generator's own Swedish content: one form (template, labels, answers) and its truth record.

Written fresh for this set. A form is plain data (`Form`); the producers in the other `h30_*` modules draw it, and
`Form.truth()` is what a correct extraction gives (tests/layout_scoring.py's fields and sections). `QUESTION` and
`ANSWER` are the words the question-and-answer layout prints before each label and answer ("Fråga 3", "Svar"):
page furniture, neither label nor answer.
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

__all__ = ["ANSWER", "PLACEHOLDER", "QUESTION", "Form", "Section", "district_today", "make_form"]

QUESTION = "Fråga"
ANSWER = "Svar"

# Places inside one old district (the one they lay in before the mergers).
PLACES = {
    "Bromma": ("Brommaplans bussterminal", "Nockebyhovs torg", "Judarskogens entré"),
    "Enskede-Årsta-Vantör": ("Högdalens centrum", "Rågsveds friområde", "Årstafältets gångstråk"),
    "Farsta": ("Hökarängens torg", "Sköndals centrum", "Farstanäsets badplats"),
    "Hägersten-Liljeholmen": ("Axelsbergs torg", "Hägerstensåsens gångtunnel", "Aspuddsparken"),
    "Hässelby-Vällingby": ("Vällingby torg", "Grimstaskogens motionsspår", "Kälvestaparken"),
    "Kungsholmen": ("Kronobergsparken", "Fridhemsplans tunnelbaneuppgång", "Kungsholms strand"),
    "Norrmalm": ("Tegnérlunden", "Observatorielunden", "Sergels torg"),
    "Rinkeby-Kista": ("Husby torg", "Akalla by", "Järvafältets entré vid Hansta"),
    "Skarpnäck": ("Skarpnäcks torg", "Bagarmossens centrum", "Flatenbadet"),
    "Skärholmen": ("Bredängs centrum", "Vårbergstoppen", "Skärholmstorget"),
    "Spånga-Tensta": ("Spånga IP", "Tenstaträffen", "Bromstens bollplan"),
    "Södermalm": ("Medborgarplatsen", "Björns trädgård", "Tantolunden"),
    "Älvsjö": ("Solbergaskolans skolgård", "Herrängens gård", "Långbro park"),
    "Östermalm": ("Humlegården", "Karlaplan", "Gärdets idrottsplats"),
}

MEASURES = (
    ("Belysning av parkvägen", "ny och jämnare belysning längs parkvägen"),
    ("Genomsiktligt staket", "ett genomsiktligt staket i stället för det täta planket"),
    ("Konst i gångtunneln", "konstnärlig utsmyckning och belysning i gångtunneln"),
    ("Upprustning av torget", "en upprustning av torget med nya bänkar och planteringar"),
    ("Trygghetskameror", "kameraövervakning av de mest utsatta delarna av platsen"),
    ("Platssamverkan", "platssamverkan mellan fastighetsägare, polis och förvaltning"),
    ("Utegym med belysning", "ett belyst utegym som lockar fler att vistas på platsen"),
    ("Gallring av buskage", "gallring av buskage och sly som skymmer sikten"),
)

LONG_TAILS = (
    " med tillhörande gångstråk mot tunnelbanan",
    " och angränsande delar av bostadsgårdarna",
    " enligt stadsdelsförvaltningens trygghetsplan för perioden",
)

FIRST = ("Karin", "Yusuf", "Margareta", "Jonas", "Leyla", "Mattias", "Elsa", "Goran", "Inger", "Oskar", "Hanna")
LAST = ("Sundqvist", "Ahmadi", "Lindgren", "Holm", "Åkesson", "Petrović", "Ekdahl", "Östlund", "Nguyen")

ORGS = (
    "lokalpolisområde Söderort",
    "lokalpolisområde Rinkeby",
    "trafikkontoret",
    "exploateringskontoret",
    "stadsbyggnadskontoret",
    "arbetsmarknadsförvaltningen",
    "Familjebostäder",
    "Micasa Fastigheter",
    "Stockholms Stads Parkerings AB",
    "Fastighetsägarna Stockholm",
    "Stiftelsen Tryggare Sverige",
    "Nattvandrarna i Söderort",
    "Stockholm Exergi",
    "Region Stockholm",
    "Brå",
    "hyresgästföreningen",
)

AIMS = (
    "Målet är att platsen ska kännas öppen och välkomnande även sent på kvällen.",
    "Syftet är att minska den otrygghet som många kvinnor beskriver på platsen.",
    "Insatsen ska få fler att röra sig på platsen och därmed öka den naturliga övervakningen.",
    "Vi vill minska skadegörelsen och ge platsen ett vårdat intryck.",
    "Målet är att äldre ska våga ta sig till centrum även under vinterhalvåret.",
    "Syftet är att skapa bättre överblick så att ingen ska behöva gå förbi skymda hörn.",
    "Insatsen ska stärka samarbetet mellan de aktörer som ansvarar för platsen.",
)
RESULTS = (
    "Vid den uppföljande trygghetsvandringen upplevdes platsen som betydligt ljusare.",
    "Antalet anmälda skadegörelser har halverats jämfört med samma period året innan.",
    "Fler barnfamiljer använder nu parken under eftermiddagar och tidiga kvällar.",
    "Butiksägarna beskriver att stämningen på torget har blivit lugnare.",
    "Utegymmet används flitigt och har blivit en naturlig mötesplats i området.",
    "Sikten längs stråket är nu god och ingen del av vägen ligger i skugga.",
)
DEVIATIONS = (
    "Inga avvikelser har skett.",
    "Tillståndet för kamerorna dröjde och installationen blev därför klar först i november.",
    "Staketet fick en annan dragning än planerat för att inte skada trädens rötter.",
    "Konstnären blev sjuk under hösten vilket förlängde tidplanen med sex veckor.",
    "En del av planteringarna fick göras om efter en torr försommar.",
)
NEEDS = (
    "I trygghetsmätningen anger nästan hälften av de boende att de undviker platsen efter mörkrets inbrott.",
    "Polisen har under flera år rapporterat narkotikaförsäljning och bråk på platsen.",
    "Boende har i medborgardialogen beskrivit platsen som mörk, stökig och skräpig.",
    "Platsen saknar överblick och har flera gömda hörn där människor samlas nattetid.",
    "Den gamla belysningen är ojämn och många lampor har gått sönder utan att bytas.",
)
TRAFFIC_BG = (
    "Stråket är en viktig gång- och cykelväg mellan bostäderna och tunnelbanan.",
    "Belysningen längs vägen var från sjuttiotalet och gav ett svagt och fläckigt ljus.",
    "Vid trygghetsvandringen pekades sträckan ut som den mest otrygga i stadsdelen.",
)
TRAFFIC_DONE = (
    "Kablar och stolpar byttes ut under våren och de nya armaturerna tändes i maj.",
    "Arbetet utfördes nattetid för att inte störa kollektivtrafiken.",
    "Garantibesiktningen är inplanerad till hösten nästa år.",
)
BULLETS = (
    "tolv nya LED-armaturer",
    "ett nittio meter långt genomsiktligt staket",
    "två kameror med tillstånd från länsstyrelsen",
    "fem nya bänkar och två papperskorgar",
    "målning av tunnelns väggar och tak",
    "gallring av buskage på båda sidor om stråket",
    "en uppföljande trygghetsvandring",
)
MORE = (  # for the long answers that run over a page break
    "Projektgruppen har träffats varannan vecka under hela genomförandet.",
    "Boende har kunnat lämna synpunkter via stadens webbplats och på plats vid torget.",
    "Ett informationsblad delades ut till samtliga hushåll i närområdet.",
    "Synpunkterna handlade framför allt om belysningens färg och om sittplatser.",
    "Förvaltningen valde därför ett varmvitt ljus som inte bländar.",
    "Driften av anläggningen har överlämnats till trafikkontoret.",
    "Ungdomar från fritidsgården deltog i arbetet med att ta fram motiven till konsten.",
    "Under arbetet var en del av stråket avstängt och gångtrafiken leddes om.",
    "Kommunpolisen har varit med vid flera av projektgruppens möten.",
    "Entreprenören höll tidplanen trots en regnig höst.",
    "Kostnaderna har stämts av månadsvis mot budgeten.",
    "En enkät bland de boende visar att en klar majoritet är nöjda med resultatet.",
    "Några boende har önskat att belysningen ska förlängas fram till idrottsplatsen.",
    "Belysningen dimras under natten för att minska energiförbrukningen.",
    "Sommarjobbande ungdomar hjälpte till med att plantera och städa.",
    "Resultatet redovisades för stadsdelsnämnden vid sammanträdet i februari.",
    "Erfarenheterna har spridits till andra stadsdelar genom stadens trygghetsnätverk.",
    "Inga klagomål från närboende har kommit in under projekttiden.",
    "Förvaltningen planerar att använda samma arbetssätt vid fler platser.",
    "Fastighetsägarna har medverkat med egen personal vid städdagarna.",
)
PICTURE_ANSWERS = ("Bilder finns i bilaga.", "Se bifogade fotografier.", "Foton finns i akten.")


WORDING = Wording(
    **pools(globals()),
    long_share=0.45,
    more_count=(14, 20),
    partner="Arbetet har skett i samverkan med {org}.",
    bullet_share=0.35,
    bullet_intro=" I projektet ingick:",
    bullet_count=(2, 4),
    budget_range=(140, 4800),
    deviation_range=(5, 170),
    hedges=("", "", "ca ", "cirka ", "runt ", "drygt ", "nära ", "knappt ", "omkring ", "över ", "närmare "),
    budget_sentence="Budgeten för {year} var {budget} och kostnaden uppgick till {hedge}{outcome}.",
    surplus_sentence=" Det ger {word} på {amount}.",
    prior_sentence=" Året innan uppgick kostnaden till {half} ({third}).",
    spelled_sentence=" Därutöver bidrog fastighetsägaren med en halv miljon.",
    prepositions=("i", "vid", "på", "kring"),
    dnr_classes=("1.5.3", "1.2.4", "2.1", "3.4.1"),
    locations=("{place}, {committee}", "{place} i {district}", "{place} inom {district}"),
    aim_intro="Investeringen gäller {phrase}. ",
    aims_when_long=1,
    long_deviation_share=0.35,
    traffic_aim_intro="Åtgärden omfattar {phrase}. ",
    asked_range=(90, 3900),
    cooperation="{org} och {org2}",
    contact_roles=("", ", avdelningschef", ", trygghetssamordnare", ", utvecklingsledare"),
    plan=("Pengarna ska gå till {phrase} vid {place}.", "Arbetet beräknas vara klart under {year}."),
)


def make_form(rng: random.Random, template: str | None = None) -> Form:
    return make_form_with(WORDING, rng, template)
