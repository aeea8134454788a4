"""The fifteenth generator's own Swedish content: one form (template, labels, answers) and its truth record.

Written fresh for this set. A form is plain data (`Form`); the producers in the other `h20_*` modules draw it, and
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
    "Bromma": ("Alviks strand", "Abrahamsbergs bollplan", "Riksby gångväg"),
    "Enskede-Årsta-Vantör": ("Rågsveds centrum", "Östbergatorget", "Enskededalens koloniområde"),
    "Farsta": ("Hökarängens centrum", "Fagersjö gångtunnel", "Gubbängsfältet"),
    "Hägersten-Liljeholmen": ("Fruängens centrum", "Aspudden torg", "Axelsbergs tunnelbana"),
    "Hässelby-Vällingby": ("Vällingby torg", "Hässelby strand", "Kälvesta ängar"),
    "Kungsholmen": ("Kronobergsparken", "Fridhemsplan", "Stadshagens idrottsplats"),
    "Norrmalm": ("Observatorielunden", "Sankt Eriksplan", "Hagastaden"),
    "Rinkeby-Kista": ("Husby centrum", "Rinkeby torg", "Järvafältets entré"),
    "Skarpnäck": ("Skarpnäcks gård", "Orhemsparken", "Bagarmossens centrum"),
    "Skärholmen": ("Skärholmens torg", "Sätraskogen", "Bredängs tunnelbana"),
    "Spånga-Tensta": ("Tensta centrum", "Solhems gård", "Hjulsta bro"),
    "Södermalm": ("Mariatorget", "Vitabergsparken", "Skanstull"),
    "Älvsjö": ("Herrängens gård", "Älvsjö station", "Örby slottspark"),
    "Östermalm": ("Karlaplan", "Tessinparken", "Värtahamnen"),
}

MEASURES = (
    ("Ny belysning i parken", "ny belysning längs parkens huvudstråk och vid lekplatsen"),
    ("Röjning av slyskog", "röjning av slyskog så att sikten öppnas mot bostäderna"),
    ("Målning av gångtunnel", "målning av gångtunneln i ljusa färger med hjälp av unga konstnärer"),
    ("Trygghetsbelysning vid entréer", "trygghetsbelysning vid entréerna till tunnelbanan"),
    ("Väktare på torget", "väktare som går på torget under helgkvällarna"),
    ("Mötesplats för unga", "en öppen mötesplats för unga med belysta sittplatser"),
    ("Sommarjobb för ungdomar", "sommarjobb för ungdomar med ansvar för skötsel av parken"),
    ("Spegel i gångtunnel", "speglar och ljusramper i gångtunnelns kurvor"),
)

LONG_TAILS = (
    " tillsammans med bostadsbolaget, föreningslivet och lokalpolisen under hela projektperioden",
    " med ny markbeläggning, tydligare vägvisning och belysning fram till busshållplatsen",
    " där även trappan mot parkeringen och gångbron över vägen ingår",
)

FIRST = ("Maja", "Yusuf", "Birgitta", "Anton", "Leila", "Gustav", "Sanna", "Daniel", "Nora", "Mehmet", "Frida")
LAST = ("Lindqvist", "Nyström", "Yilmaz", "Holm", "Engström", "Hosseini", "Åberg", "Falk", "Lehtonen", "Bergman")

ORGS = (
    "lokalpolisområde Söderort",
    "Polismyndigheten",
    "trafikkontoret",
    "fastighetskontoret",
    "miljöförvaltningen",
    "arbetsmarknadsförvaltningen",
    "Micasa Fastigheter",
    "Svenska Bostäder",
    "AB Stockholmshem",
    "Stockholms Stadsmission",
    "SL",
    "Region Stockholm",
    "Fryshuset",
    "Skolfastigheter i Stockholm AB",
    "Brottsförebyggande rådet",
    "kulturförvaltningen",
    "Hyresgästföreningen",
)

AIMS = (
    "Syftet är att de boende ska våga röra sig i området även när det är mörkt.",
    "Målet är att parken ska upplevas som välkomnande för alla åldrar.",
    "Insatsen ska minska de platser där man inte kan se eller bli sedd.",
    "Vi vill skapa en plats där unga kan träffas under trygga former.",
    "Målet är att färre ska uppleva oro på väg hem från tunnelbanan.",
    "Syftet är att stärka känslan av trygghet och gemenskap i grannskapet.",
    "Insatsen ska göra torget till en plats man gärna stannar på.",
)
RESULTS = (
    "Enkäten efter insatsen visar att fler känner sig trygga på platsen.",
    "Parken används nu av fler under kvällarna och klotter har nästan upphört.",
    "Antalet anmälningar om skadegörelse har minskat jämfört med året innan.",
    "Ungdomarna som hade sommarjobb vill gärna fortsätta nästa år.",
    "Bostadsbolaget har valt att förlänga satsningen på egen bekostnad.",
    "Vid uppföljningen i oktober beskrev de boende platsen som lugn och ljus.",
)
DEVIATIONS = (
    "Inga avvikelser har noterats.",
    "Leveransen av armaturer försenades med flera veckor.",
    "Tjälen gjorde att grävarbetet fick skjutas upp till april.",
    "Placeringen av två stolpar ändrades efter samråd med de boende.",
    "Upphandlingen fick göras om eftersom inga anbud kom in.",
)
NEEDS = (
    "Stråket är dåligt upplyst och omges av tät växtlighet.",
    "Många boende säger att de tar en omväg för att slippa platsen.",
    "I trygghetsmätningen fick platsen de sämsta betygen i stadsdelen.",
    "Det har förekommit bränder i papperskorgar och sten som kastats mot bussar.",
    "Föräldrarådet på skolan har påtalat att skolvägen känns osäker.",
)
TRAFFIC_BG = (
    "Platsen har pekats ut i stadsdelens trygghetsplan.",
    "Insatsen bekostas av stadens särskilda medel för trygghetsåtgärder.",
    "Den befintliga belysningen var sliten och lyste ojämnt.",
)
TRAFFIC_DONE = (
    "Arbetet utfördes under hösten av stadens driftentreprenör.",
    "Under byggtiden leddes gång- och cykeltrafiken om via parkvägen.",
    "Besiktningen godkändes utan anmärkningar.",
)
BULLETS = (
    "tolv nya stolpar med LED-armaturer",
    "röjning av sly längs gångvägen",
    "fyra nya bänkar med ryggstöd",
    "belysta skyltar mot tunnelbanan",
    "en ny grind mot skolgården",
    "klottersanering under tre år",
    "ljusslingor i träden vid torget",
)
MORE = (  # for the long answers that run over a page break
    "Inför arbetet hölls ett öppet samråd i föreningslokalen.",
    "Synpunkterna från samrådet ledde till att belysningen förlängdes mot skolan.",
    "Efter garantitiden tar trafikkontoret över driften av anläggningen.",
    "Arbetet samordnades med bostadsbolagets renovering av fasaderna.",
    "Gångvägen hölls öppen under hela byggtiden med en skyltad omväg.",
    "Information om arbetet sattes upp i alla portar i kvarteret.",
    "Projektgruppen har haft avstämningar med polisen varannan vecka.",
    "En ny trygghetsvandring genomförs under våren nästa år.",
    "Lärdomarna från arbetet sprids till övriga stadsdelsförvaltningar.",
    "Fler människor rör sig nu i området även sent på kvällen.",
    "Bostadsbolaget har bekostat röjningen på sin egen mark.",
    "Elever från skolan har fått vara med och välja färger till väggarna.",
    "Räddningstjänsten har godkänt att utryckningsvägen hålls fri.",
    "Nämnden har informerats om arbetet vid varje sammanträde.",
    "Driftkostnaderna ryms inom förvaltningens befintliga budget.",
    "Frågor från grannarna har besvarats vid två informationsmöten.",
    "Städningen av torget sker nu varje morgon.",
    "Belysningen styrs av en ljussensor och dämpas efter midnatt.",
    "Ljusnivåerna mättes både före och efter insatsen.",
    "Flera butiker har låtit skyltfönstren vara tända hela natten.",
)
PICTURE_ANSWERS = ("Bilder bifogas separat.", "Se bilaga med foton.", "Fotografier finns hos förvaltningen.")


WORDING = Wording(
    **pools(globals()),
    long_share=0.4,
    more_count=(10, 17),
    partner="Insatsen har genomförts i samarbete med {org}.",
    bullet_share=0.4,
    bullet_intro=" I insatsen ingick:",
    bullet_count=(2, 4),
    budget_range=(90, 4800),
    deviation_range=(4, 120),
    hedges=("", "", "ca ", "cirka ", "omkring ", "drygt ", "knappt ", "ungefär ", "strax över "),
    budget_sentence="Budgeten för {year} var {budget} och utfallet blev {hedge}{outcome}.",
    surplus_sentence=" Det ger {word} på {amount}.",
    prior_sentence=" Året innan uppgick kostnaden till {half} ({third}).",
    spelled_sentence=" Bostadsbolaget bidrog dessutom med en kvarts miljon.",
    prepositions=("vid", "i", "på", "längs"),
    dnr_classes=("1.5.1", "1.2.3", "2.4.2", "3.1"),
    locations=("{place}, {committee}", "{place}, stadsdelsområde {district}", "{place} i {district}"),
    aim_intro="Insatsen gäller {phrase}. ",
    aims_when_long=1,
    long_deviation_share=0.3,
    traffic_aim_intro="Insatsen gäller {phrase}. ",
    asked_range=(50, 3900),
    cooperation="{org} och {org2}",
    contact_roles=("", ", projektledare", ", trygghetssamordnare"),
    plan=("Pengarna ska användas till {phrase} vid {place}.", "Insatsen ska vara klar under {year}."),
)


def make_form(rng: random.Random, template: str | None = None) -> Form:
    return make_form_with(WORDING, rng, template)
