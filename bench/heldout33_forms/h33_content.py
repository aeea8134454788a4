"""The twenty-eighth generator's own Swedish content: one form (template, labels, answers) and its truth record.

Written fresh for this set. A form is plain data (`Form`); the producers in the other `h33_*` modules draw it, and
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
    "Bromma": ("Alviks strand", "Olovslunds bollplan", "Ängbybadets parkering"),
    "Enskede-Årsta-Vantör": ("Årstafältets lekplats", "Stora Sköndals väg", "Hagsätra bollplan"),
    "Farsta": ("Fagersjö centrum", "Larsboda gångväg", "Farsta strand"),
    "Hägersten-Liljeholmen": ("Fruängens torg", "Västertorps skulpturpark", "Aspuddsbadet"),
    "Hässelby-Vällingby": ("Råcksta gård", "Kälvestaskogen", "Hässelby strand"),
    "Kungsholmen": ("Rålambshovsparken", "Kristinebergs slottspark", "Kungsholms strand"),
    "Norrmalm": ("Vasaparken", "Klarabergsviadukten", "Hötorgets passage"),
    "Rinkeby-Kista": ("Husby gård", "Hjulsta bro", "Kistagången"),
    "Skarpnäck": ("Orhems gångtunnel", "Hammarbyhöjdens skogsbacke", "Björkhagens centrum"),
    "Skärholmen": ("Bredängs centrum", "Sätraskogen", "Vårbergstoppen"),
    "Spånga-Tensta": ("Solhems gångbana", "Tensta träff", "Järvafältets entré vid Hjulsta"),
    "Södermalm": ("Vitabergsparken", "Mariatorget", "Fatburstrappan"),
    "Älvsjö": ("Solbergaskolans skolgård", "Älvsjöskogen", "Örby slotts park"),
    "Östermalm": ("Lill-Jansskogen", "Valhallavägens allé", "Fältöversten"),
}

MEASURES = (
    ("Ljussättning av skolstigen", "ny ljussättning längs stigen som eleverna går till skolan"),
    ("Trygg väntan vid busshållplatsen", "väderskydd med glasväggar och belysning vid busshållplatsen"),
    ("Röjning runt motionsspåret", "röjning av tät vegetation på båda sidor om motionsspåret"),
    ("Helgöppen idrottshall", "öppen idrottshall med ledare på fredags- och lördagskvällar"),
    ("Trapphus utan skymda hörn", "ombyggnad av trapphusets entréer så att inga hörn är skymda"),
    ("Färgsättning av gångbron", "ny färgsättning och belysning av gångbrons räcken och trappor"),
    ("Trygghetsvärdar i centrum", "trygghetsvärdar som rör sig i centrumet under kvällstid"),
    ("Utegym med belysning", "ett utegym med belysning som tänds när någon tränar"),
)

LONG_TAILS = (
    " med anslutande gångstråk fram till tunnelbanans norra uppgång",
    " och den smala passagen mellan förskolan och parkeringshuset",
    " i enlighet med den lokala överenskommelsen med polisen för perioden",
)

FIRST = ("Birgitta", "Ahmed", "Josefin", "Torbjörn", "Amina", "Fredrik", "Ulla", "Dragan", "Vera", "Gösta", "Hanna")
LAST = ("Bergqvist", "Demir", "Wallin", "Forsberg", "Hassan", "Lundgren", "Nyström", "Öberg", "Kowalski")

ORGS = (
    "lokalpolisområde Rinkeby",
    "lokalpolisområde Globen",
    "exploateringskontoret",
    "idrottsförvaltningen",
    "socialförvaltningen",
    "stadsbyggnadskontoret",
    "AB Svenska Bostäder",
    "Stockholmshem",
    "SISAB",
    "Stockholms Stads Parkerings AB",
    "Skärholmens Fastighetsägare",
    "Stiftelsen Tryggare Sverige",
    "Trafikverket",
    "Länsstyrelsen",
    "Fryshuset",
    "Stadsmissionen",
)

AIMS = (
    "Målet är att eleverna ska välja den upplysta stigen i stället för genvägen över parkeringen.",
    "Syftet är att de som väntar på bussen sent på kvällen ska kunna se och synas.",
    "Vi vill att motionsspåret ska användas även efter arbetstid under vinterhalvåret.",
    "Insatsen ska ge ungdomarna en plats att vara på när andra verksamheter har stängt.",
    "Målet är att de boende ska känna sig trygga i sina egna trapphus.",
    "Syftet är att bron ska upplevas som en del av stadsdelen och inte som en baksida.",
    "Insatsen ska minska den oro som handlare och kunder beskriver i centrumet.",
)
RESULTS = (
    "Skolans räkning visar att fler elever nu tar den upplysta stigen.",
    "Väntande resenärer har i intervjuer sagt att hållplatsen känns ljusare och öppnare.",
    "Motionsspåret används betydligt mer under kvällarna än före röjningen.",
    "Idrottshallen har haft i snitt trettiofem besökare per kväll under hösten.",
    "Fastighetsbolaget har fått färre felanmälningar om trapphusen sedan ombyggnaden.",
    "Trygghetsmätningen visar att andelen som undviker platsen har minskat.",
)
DEVIATIONS = (
    "Projektet har genomförts utan avvikelser.",
    "Leveransen av glasväggar försenades och väderskyddet stod klart först i april.",
    "Röjningen fick göras i två omgångar på grund av fågelhäckningen.",
    "Ledarna till idrottshallen rekryterades senare än planerat.",
    "Elanslutningen blev dyrare eftersom kabeln måste dras under vägen.",
)
NEEDS = (
    "Elever och föräldrar har beskrivit stigen som mörk och ensam under vinterhalvåret.",
    "Busshållplatsen ligger avskilt och saknar belysning.",
    "Motionsspåret är igenvuxet och flera har slutat springa där när det är mörkt.",
    "Det finns få platser för ungdomar att vara på under helgkvällarna.",
    "Vid trygghetsvandringen nämndes trapphusens entréer som särskilt otrygga.",
)
TRAFFIC_BG = (
    "Gångbron förbinder skolan med bostadsområdet på andra sidan vägen.",
    "Räckena var rostiga och belysningen hade slutat fungera på flera ställen.",
    "Boende har under flera år efterfrågat en upprustning av bron.",
)
TRAFFIC_DONE = (
    "Räckena sandblästrades och målades och nya armaturer sattes upp längs bron.",
    "Arbetet gjordes under sommarlovet när skolan var stängd.",
    "Armaturerna är riktade så att de inte bländar förare på vägen under bron.",
)
BULLETS = (
    "tolv nya armaturer längs stigen",
    "ett väderskydd med glasväggar",
    "röjning på fyra hundra meter",
    "två ledare varje öppen kväll",
    "nya entrédörrar med glaspartier",
    "målning av brons räcken",
    "en trygghetsvandring efter avslutat arbete",
)
MORE = (  # for the long answers that run over a page break
    "Arbetet har följts av en styrgrupp med representanter för förvaltningen och fastighetsägarna.",
    "Information om arbetet sattes upp i alla portar i området.",
    "Skyltarna var skrivna på svenska, engelska, tigrinja och persiska.",
    "Några boende efterfrågade bänkar längs stigen.",
    "Två bänkar har därför placerats vid stigens mitt.",
    "Driften av belysningen har tagits över av trafikkontoret.",
    "Eleverna i årskurs åtta har bidragit med förslag på färgsättningen.",
    "Under arbetstiden stängdes halva gångbanan av.",
    "Polisen har varit med vid båda uppföljningsmötena.",
    "Arbetet slutbesiktigades utan anmärkningar.",
    "Kostnaderna har följts upp löpande av förvaltningens controller.",
    "Majoriteten av de svarande är nöjda med resultatet.",
    "Några har önskat längre öppettider under sommaren.",
    "Armaturerna har låg energiförbrukning och styrs av rörelsesensorer.",
    "Feriearbetande ungdomar har hjälpt till med städningen av området.",
    "Erfarenheterna presenterades för nämnden i november.",
    "Flera andra förvaltningar har visat intresse för arbetssättet.",
    "Inga klagomål om bländning har kommit in från grannarna.",
    "Förvaltningen avser att sprida arbetssättet till fler platser.",
    "Fastighetsägaren har på egen bekostnad bytt belysning på innergårdarna.",
)
PICTURE_ANSWERS = ("Bilderna bifogas separat.", "Foton finns i ärendets akt.", "Se bifogade fotografier.")


WORDING = Wording(
    **pools(globals()),
    long_share=0.45,
    more_count=(14, 20),
    partner="Insatsen har genomförts tillsammans med {org}.",
    bullet_share=0.35,
    bullet_intro=" Insatsen omfattade:",
    bullet_count=(2, 4),
    budget_range=(80, 4600),
    deviation_range=(3, 210),
    hedges=("", "", "ca ", "cirka ", "ungefär ", "omkring ", "nära ", "närmare ", "drygt ", "knappt "),
    budget_sentence="Budgeten för {year} var {budget} och utfallet blev {hedge}{outcome}.",
    surplus_sentence=" Det innebär {word} på {amount}.",
    prior_sentence=" Föregående år var utfallet {half} ({third}).",
    spelled_sentence=" Fastighetsägaren har dessutom bidragit med två miljoner.",
    prepositions=("i", "vid", "på", "kring"),
    dnr_classes=("1.2.4", "2.3.1", "1.5.3", "4.1"),
    locations=("{place}, {committee}", "{place} i {district}", "{place}, {district}"),
    aim_intro="Medlen ska användas till {phrase}. ",
    aims_when_long=1,
    long_deviation_share=0.35,
    traffic_aim_intro="Åtgärden gäller {phrase}. ",
    asked_range=(50, 3800),
    cooperation="{org} och {org2}",
    contact_roles=("", ", avdelningschef", ", trygghetsstrateg", ", utvecklingsledare"),
    plan=("Vi ansöker om medel för {phrase} vid {place}.", "Arbetet planeras vara klart under {year}."),
)


def make_form(rng: random.Random, template: str | None = None) -> Form:
    return make_form_with(WORDING, rng, template)
