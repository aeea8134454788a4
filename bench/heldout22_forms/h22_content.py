"""The seventeenth generator's own Swedish content: one form (template, labels, answers) and its truth record.

Written fresh for this set. A form is plain data (`Form`); the producers in the other `h22_*` modules draw it, and
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
    "Bromma": ("Abrahamsbergs tunnelbana", "Smedslättstorget", "Åkeshovs slottspark"),
    "Enskede-Årsta-Vantör": ("Gubbängstorget", "Högdalens centrum", "Rågsveds friområde"),
    "Farsta": ("Larsboda gård", "Hökarängens centrum", "Sköndalsvägens gångbro"),
    "Hägersten-Liljeholmen": ("Fruängens centrum", "Västertorps skulpturpark", "Axelsbergs torg"),
    "Hässelby-Vällingby": ("Vällingby torg", "Grimstaskogen", "Hässelby strandbad"),
    "Kungsholmen": ("Rålambshovsparken", "Fridhemsplan", "Kronobergsparken"),
    "Norrmalm": ("Tegnérlunden", "Observatorielunden", "Hötorgets arkader"),
    "Rinkeby-Kista": ("Husby centrum", "Akalla gård", "Järvafältets entré vid Husby"),
    "Skarpnäck": ("Skarpnäcks torg", "Flatenbadet", "Orhems gångstråk"),
    "Skärholmen": ("Bredängs centrum", "Mälarhöjdsbadet", "Skärholmstorget"),
    "Spånga-Tensta": ("Hjulsta gångtunnel", "Solhems centrum", "Bromstensparken"),
    "Södermalm": ("Mariatorget", "Tantolunden", "Skanstulls bro"),
    "Älvsjö": ("Herrängens gård", "Örby slottspark", "Långbrodalsvägen"),
    "Östermalm": ("Humlegården", "Tessinparken", "Karlaplans fontän"),
}

MEASURES = (
    ("Trygghetsbelysning i parken", "ny belysning längs parkens gångvägar och vid lekplatsen"),
    ("Sommarjobb för unga", "sommarjobb för ungdomar i åldern femton till sjutton år"),
    ("Röjning av sly och buskage", "röjning av tät vegetation som skymde sikten längs gångstråket"),
    ("Kvällsöppet bibliotek", "utökade öppettider på biblioteket under vinterhalvåret"),
    ("Mötesplats för seniorer", "en mötesplats där äldre kan träffas dagtid och få stöd"),
    ("Klotterborttagning och konstväggar", "snabb sanering av klotter och lagliga väggar för konst"),
    ("Fältassistenter på kvällstid", "fältassistenter som rör sig i området under kvällarna"),
    ("Ny entré till tunnelbanan", "en ljusare och mer öppen entré till tunnelbanestationen"),
)

LONG_TAILS = (
    " tillsammans med bostadsbolagen, fritidsgårdarna och föreningslivet under hela projektperioden",
    " med kompletterande åtgärder på angränsande gårdar, parkeringar och cykelbanor",
    " samt en utvärdering som genomförs av en extern konsult efter två års drift",
)

FIRST = ("Maja", "Yusuf", "Britt", "Anton", "Leila", "Gustav", "Sofia", "Ali", "Tove", "Jari", "Mira")
LAST = ("Holmgren", "Hassan", "Strand", "Lindqvist", "Virtanen", "Berglund", "Öberg", "Ahmadi", "Falk", "Nyström")

ORGS = (
    "lokalpolisområde Södermalm",
    "Polismyndigheten region Stockholm",
    "trafikkontoret",
    "kulturförvaltningen",
    "exploateringskontoret",
    "stadsbyggnadskontoret",
    "Micasa Fastigheter",
    "Stockholmshem",
    "Familjebostäder",
    "Fryshuset",
    "Studiefrämjandet",
    "Ersta diakoni",
    "Storstockholms brandförsvar",
    "SL",
    "ABF Stockholm",
    "Sveriges Stadsmissioner",
)

AIMS = (
    "Syftet är att parken ska kännas trygg att gå igenom även efter mörkrets inbrott.",
    "Målet är att ungdomar ska få en första arbetslivserfarenhet nära hemmet.",
    "Insatsen ska göra det lättare att se och bli sedd längs gångstråket.",
    "Vi vill erbjuda en varm och öppen plats under de mörka kvällarna.",
    "Avsikten är att minska ensamheten bland äldre i stadsdelen.",
    "Målet är att klotter ska tas bort inom ett dygn efter anmälan.",
    "Syftet är att vuxna ska finnas på plats där unga samlas på kvällarna.",
)
RESULTS = (
    "Fler kvinnor uppger i enkäten att de går genom parken på kvällen.",
    "Sextiotre ungdomar fick sommarjobb och nästan alla fullföljde perioden.",
    "Sikten längs gångstråket har förbättrats och platsen upplevs som mer öppen.",
    "Biblioteket har haft fler besökare mellan klockan sju och nio än någonsin tidigare.",
    "Mötesplatsen har i snitt tjugofem besökare per dag.",
    "Anmälningarna om klotter har minskat med ungefär en tredjedel.",
)
DEVIATIONS = (
    "Arbetet har följt tidplanen utan större avvikelser.",
    "Leveransen av armaturer blev försenad på grund av brist på komponenter.",
    "Det var svårt att rekrytera handledare till sommarjobben i början av perioden.",
    "Tjälen i marken gjorde att schaktningen fick skjutas upp till våren.",
    "En av samarbetsparterna lämnade projektet efter halva tiden.",
)
NEEDS = (
    "Parken är dåligt upplyst och många undviker den när det är mörkt.",
    "Arbetslösheten bland unga i stadsdelen är högre än i staden som helhet.",
    "Buskagen längs gångstråket har vuxit igen och skymmer sikten.",
    "Det finns få platser där unga kan vara inomhus under vinterkvällarna.",
    "Boende har i medborgardialoger lyft oro för otrygghet vid tunnelbanan.",
)
TRAFFIC_BG = (
    "Platsen pekades ut vid en trygghetsvandring som stadsdelsförvaltningen ordnade.",
    "Trafikkontoret har prioriterat åtgärden inom ramen för stadens trygghetsinvesteringar.",
    "Den befintliga belysningen var sliten och gav ett ojämnt ljus.",
)
TRAFFIC_DONE = (
    "Arbetet utfördes av en upphandlad entreprenör under våren.",
    "Gående leddes om via en tillfällig gångväg under byggtiden.",
    "Besiktningen gjordes i oktober och anläggningen godkändes utan anmärkningar.",
)
BULLETS = (
    "tolv nya armaturer med varmvitt ljus",
    "handledarutbildning för sommarjobbare",
    "röjning av buskage längs tre gångvägar",
    "kvällsöppet fyra dagar i veckan",
    "frukostträffar för seniorer",
    "två lagliga väggar för graffiti",
    "fältarbete fredagar och lördagar",
)
MORE = (  # for the long answers that run over a page break
    "Ett samråd med de boende hölls i föreningslokalen innan arbetet startade.",
    "Synpunkterna från samrådet ledde till att belysningen flyttades närmare lekplatsen.",
    "Driften efter projekttiden tas över av stadsdelens parkavdelning.",
    "Arbetet samordnades med bostadsbolagets renovering av fasaderna.",
    "Cykeltrafiken kunde passera under hela byggtiden.",
    "Information om arbetet delades ut i brevlådorna på svenska, arabiska och somaliska.",
    "Projektledaren har haft regelbundna avstämningar med kommunpolisen.",
    "En ny trygghetsvandring planeras till nästa höst.",
    "Resultaten har redovisats för nämndens arbetsutskott.",
    "Fler barnfamiljer använder nu parken under eftermiddagarna.",
    "Bostadsbolaget har satt upp belysning på den egna marken i anslutning till parken.",
    "Eleverna i årskurs sex har varit med och utformat konstväggarna.",
    "Brandförsvaret har gått igenom de nya utrymningsvägarna.",
    "Förvaltningen har lämnat två lägesrapporter till nämnden under året.",
    "Driftkostnaderna bedöms rymmas inom befintlig ram.",
    "Allmänhetens frågor har besvarats av stadens kontaktcenter.",
    "Skötseln av planteringarna har lagts in i det ordinarie skötselavtalet.",
    "Armaturerna styrs av en ljussensor och dimras under natten.",
    "Mätningar av ljusnivån gjordes före och efter bytet.",
    "Flera föreningar har fått låna lokalen kostnadsfritt under kvällarna.",
)
PICTURE_ANSWERS = ("Bilder bifogas i separat fil.", "Se fotobilagan.", "Fotografier finns hos förvaltningen.")


WORDING = Wording(
    **pools(globals()),
    long_share=0.4,
    more_count=(10, 17),
    partner="Insatsen har genomförts i samarbete med {org}.",
    bullet_share=0.4,
    bullet_intro=" Insatsen omfattade:",
    bullet_count=(2, 4),
    budget_range=(70, 4900),
    deviation_range=(4, 160),
    hedges=("", "", "ca ", "cirka ", "omkring ", "knappt ", "strax över ", "ungefär ", "lite drygt "),
    budget_sentence="Budgeten för {year} var {budget} och det faktiska utfallet blev {hedge}{outcome}.",
    surplus_sentence=" Skillnaden blev {word} på {amount}.",
    prior_sentence=" Året innan kostade insatsen {half} ({third}).",
    spelled_sentence=" Bostadsbolaget sköt till en kvarts miljon.",
    prepositions=("vid", "i", "på", "kring"),
    dnr_classes=("1.5.1", "1.2.2", "2.3.1", "3.4"),
    locations=("{place}, {committee}", "{place}, stadsdelsområde {district}", "{place} i {district}"),
    aim_intro="Insatsen gäller {phrase}. ",
    aims_when_long=1,
    long_deviation_share=0.3,
    traffic_aim_intro="Åtgärden gäller {phrase}. ",
    asked_range=(35, 3900),
    cooperation="{org} samt {org2}",
    contact_roles=("", ", projektledare", ", verksamhetschef"),
    plan=("Pengarna ska användas till {phrase} kring {place}.", "Arbetet planeras vara avslutat under {year}."),
)


def make_form(rng: random.Random, template: str | None = None) -> Form:
    return make_form_with(WORDING, rng, template)
