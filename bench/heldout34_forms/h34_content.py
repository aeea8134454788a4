"""The twenty-ninth generator's own Swedish content: one form (template, labels, answers) and its truth record.

Written fresh for this set. A form is plain data (`Form`); the producers in the other `h34_*` modules draw it, and
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
    "Bromma": ("Blackebergs gångtunnel", "Nockebybanans hållplats", "Minnebergs strandpromenad"),
    "Enskede-Årsta-Vantör": ("Rågsveds centrum", "Högdalstoppen", "Enskedefältets bollplan"),
    "Farsta": ("Hökarängens torg", "Sköndalsbro", "Gubbängens idrottsplats"),
    "Hägersten-Liljeholmen": ("Axelsbergs torg", "Mälarhöjdsbadet", "Hägerstensåsens centrum"),
    "Hässelby-Vällingby": ("Grimsta idrottsplats", "Vällingby torg", "Kämpetorpsskolans skolgård"),
    "Kungsholmen": ("Fridhemsplans uppgång", "Norr Mälarstrand", "Stadshagens idrottsplats"),
    "Norrmalm": ("Tegnérlunden", "Sergels torg", "Observatorielunden"),
    "Rinkeby-Kista": ("Rinkeby allé", "Akalla by", "Husby torg"),
    "Skarpnäck": ("Skarpnäcks allé", "Pungpinans torg", "Kärrtorps centrum"),
    "Skärholmen": ("Skärholmstorget", "Vårby allé", "Sätra bollplan"),
    "Spånga-Tensta": ("Spånga IP", "Bromstens gångväg", "Tensta allé"),
    "Södermalm": ("Medborgarplatsen", "Tantolunden", "Björns trädgård"),
    "Älvsjö": ("Älvsjö torg", "Långbrodals gångväg", "Herrängens skogsbryn"),
    "Östermalm": ("Stureplan", "Humlegården", "Gärdets sportfält"),
}

MEASURES = (
    ("Belysning av tunnelns väggar", "ljusa väggar och ny belysning i gångtunneln under spåren"),
    ("Genomsiktligt staket vid skolgården", "ett genomsiktligt staket i stället för den täta plankvägg som fanns"),
    ("Gallring av sly längs stranden", "gallring av sly och låga grenar längs strandpromenaden"),
    ("Nattvandrare med samordnare", "en samordnare för föreningens nattvandrare under fredagar och lördagar"),
    ("Pollare vid torgets infart", "pollare som hindrar bilar att köra upp på torget"),
    ("Konst i gångtunneln", "målningar på gångtunnelns väggar gjorda tillsammans med skolans elever"),
    ("Kameraövervakning av entrén", "kameraövervakning av stationens entré och cykelparkering"),
    ("Upprustning av bollplanens belysning", "nya armaturer och tidsstyrning av bollplanens belysning"),
)

LONG_TAILS = (
    " samt gångstråket mellan vårdcentralen och den nya förskolan vid kvarteret Lärkan",
    " inklusive den kringliggande parkmarken och trappan ned mot busstorget",
    " under den tid som överenskommelsen om platssamverkan med fastighetsägarna gäller",
)

FIRST = ("Margareta", "Yusuf", "Elin", "Ragnar", "Fatima", "Oskar", "Britt", "Milan", "Ida", "Sune", "Leila")
LAST = ("Sjöberg", "Aydin", "Holmqvist", "Ekström", "Mohamud", "Sandberg", "Björklund", "Åkesson", "Nowak")

ORGS = (
    "lokalpolisområde Södermalm",
    "lokalpolisområde Farsta",
    "trafikkontoret",
    "fastighetskontoret",
    "arbetsmarknadsförvaltningen",
    "miljöförvaltningen",
    "Familjebostäder",
    "Micasa",
    "Stockholm Vatten och Avfall",
    "S:t Erik Markutveckling",
    "Fastighetsägarna Stockholm",
    "Stiftelsen Tryggare Sverige",
    "Region Stockholm",
    "Brå",
    "Nattvandrarna",
    "Röda Korset",
)

AIMS = (
    "Målet är att gångtunneln ska kännas ljus och överblickbar även sent på kvällen.",
    "Syftet är att barnen ska kunna se ut över gatan från skolgården och synas utifrån.",
    "Vi vill göra strandpromenaden öppnare så att fler vågar gå där när det är mörkt.",
    "Insatsen ska ge fler vuxna på plats i centrum under helgkvällarna.",
    "Målet är att stoppa bilkörning på torget och göra det tryggare för gående.",
    "Syftet är att tunneln ska upplevas som omhändertagen och inte som en bortglömd plats.",
    "Insatsen ska minska skadegörelsen vid stationens cykelparkering.",
)
RESULTS = (
    "Enkäten bland resenärerna visar att fler nu använder tunneln efter klockan tjugo.",
    "Rektorn uppger att föräldrarna upplever skolgården som tryggare efter bytet av staket.",
    "Strandpromenaden används mer på kvällarna enligt de räkningar som gjorts.",
    "Nattvandrarna har varit ute varje helg och fått ett gott bemötande av ungdomarna.",
    "Ingen bil har kört upp på torget sedan pollarna sattes upp.",
    "Antalet anmälningar om skadegörelse vid cykelparkeringen har halverats.",
)
DEVIATIONS = (
    "Inga avvikelser har skett i förhållande till planen.",
    "Pollarna levererades sent och monterades först efter årsskiftet.",
    "Gallringen fick skjutas upp till hösten på grund av häckande fåglar.",
    "Samordnaren anställdes två månader senare än planerat.",
    "Kostnaden för markarbetet blev högre eftersom berget låg närmare ytan än väntat.",
)
NEEDS = (
    "Boende har i flera år beskrivit gångtunneln som mörk och obehaglig.",
    "Skolgården omges av en tät plankvägg som skymmer insynen.",
    "Strandpromenaden är igenvuxen och saknar belysning på den norra delen.",
    "Vid trygghetsvandringen pekades centrum ut som otryggt under helgkvällar.",
    "Polisen har rapporterat att bilar kör upp på torget nattetid.",
)
TRAFFIC_BG = (
    "Gångtunneln är den enda förbindelsen mellan bostadsområdet och stationen.",
    "Belysningen i tunneln var gammal och flera armaturer var trasiga.",
    "Trafikkontoret har fått många synpunkter på tunneln genom åren.",
)
TRAFFIC_DONE = (
    "Väggarna målades ljusa och nya armaturer monterades i taket.",
    "Arbetet gjordes nattetid för att inte stänga tunneln under dagen.",
    "Armaturerna har försetts med skydd mot skadegörelse.",
)
BULLETS = (
    "ny belysning i tunnelns tak",
    "ett genomsiktligt staket på hundratjugo meter",
    "gallring längs sexhundra meter strand",
    "en samordnare på halvtid",
    "åtta pollare vid torgets infart",
    "målningar på båda tunnelväggarna",
    "uppföljande trygghetsvandring i maj",
)
MORE = (  # for the long answers that run over a page break
    "En arbetsgrupp med förvaltningen, polisen och fastighetsägarna har träffats varje månad.",
    "De boende informerades genom lappar i trapphusen och på stadsdelens webbplats.",
    "Informationen fanns på svenska, arabiska, somaliska och finska.",
    "Några boende önskade fler papperskorgar längs stråket.",
    "Tre nya papperskorgar har därför satts upp vid tunnelns båda ändar.",
    "Skötseln av belysningen ingår nu i trafikkontorets ordinarie drift.",
    "Elever från årskurs nio har varit med och valt motiven till målningarna.",
    "Under arbetet leddes gående om via den tillfälliga gångbanan.",
    "Polisen deltog vid uppföljningsmötet i oktober.",
    "Slutbesiktningen gjordes i december utan anmärkningar.",
    "Ekonomin har följts upp varje kvartal av förvaltningens ekonom.",
    "De flesta som svarade på enkäten är nöjda med förändringen.",
    "Några har framfört att belysningen borde tändas tidigare på kvällen.",
    "De nya armaturerna drar mindre el och dimras när ingen passerar.",
    "Sommarjobbare från stadsdelen har hjälpt till med plantering.",
    "Resultatet redovisades för nämndens arbetsutskott i februari.",
    "Grannstadsdelen har bett att få ta del av erfarenheterna.",
    "Inga klagomål har kommit in om ljus som stör de boende.",
    "Förvaltningen vill pröva samma arbetssätt vid fler tunnlar.",
    "Bostadsbolaget har på egen bekostnad bytt portbelysningen i området.",
)
PICTURE_ANSWERS = ("Bilder bifogas i separat fil.", "Fotografier finns i diariet.", "Se bilagda foton.")


WORDING = Wording(
    **pools(globals()),
    long_share=0.5,
    more_count=(14, 20),
    partner="Arbetet har gjorts i samarbete med {org}.",
    bullet_share=0.35,
    bullet_intro=" I insatsen ingick:",
    bullet_count=(2, 4),
    budget_range=(60, 5200),
    deviation_range=(3, 210),
    hedges=("", "", "ca ", "cirka ", "ungefär ", "omkring ", "nära ", "närmare ", "drygt ", "knappt "),
    budget_sentence="För {year} budgeterades {budget} och kostnaden uppgick till {hedge}{outcome}.",
    surplus_sentence=" Det ger {word} på {amount}.",
    prior_sentence=" Året innan var kostnaden {half} ({third}).",
    spelled_sentence=" Bostadsbolaget har därtill skjutit till en halv miljon.",
    prepositions=("i", "vid", "på", "kring"),
    dnr_classes=("1.2.4", "2.3.1", "1.5.3", "4.1"),
    locations=("{place}, {committee}", "{place} i {district}", "{place}, {district}"),
    aim_intro="Pengarna går till {phrase}. ",
    aims_when_long=1,
    long_deviation_share=0.35,
    traffic_aim_intro="Åtgärden omfattar {phrase}. ",
    asked_range=(40, 4100),
    cooperation="{org} och {org2}",
    contact_roles=("", ", avdelningschef", ", trygghetssamordnare", ", enhetschef"),
    plan=("Nämnden söker medel för {phrase} vid {place}.", "Åtgärden beräknas vara klar under {year}."),
)


def make_form(rng: random.Random, template: str | None = None) -> Form:
    return make_form_with(WORDING, rng, template)
