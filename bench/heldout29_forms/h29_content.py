"""The twenty-fourth generator's own Swedish content: one form (template, labels, answers) and its truth record.

Written fresh for this set. A form is plain data (`Form`); the producers in the other `h29_*` modules draw it, and
`Form.truth()` is what a correct extraction gives (tests/layout_scoring.py's fields and sections). `GROUPS` are the
part headings some real forms print over a run of fields ("Del A. Om insatsen"): page furniture, neither label nor
answer.
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

__all__ = ["GROUPS", "PLACEHOLDER", "Form", "Section", "district_today", "group_of", "make_form"]

# Places inside one old district (the one they lay in before the mergers).
PLACES = {
    "Bromma": ("Ålstensgatans lekplats", "Riksby centrum", "Mälarstrandens promenad vid Äppelviken"),
    "Enskede-Årsta-Vantör": ("Bandhagens centrum", "Örby centrum", "Svedmyraparken"),
    "Farsta": ("Fagersjö centrum", "Tallkrogens tunnelbanestation", "Magelungens strand"),
    "Hägersten-Liljeholmen": ("Liljeholmstorget", "Midsommarkransens torg", "Sätraängens gångväg"),
    "Hässelby-Vällingby": ("Råcksta träsk", "Johannelunds gångbro", "Hässelby strands centrum"),
    "Kungsholmen": ("Rålambshovsparken", "Thorildsplan", "Marieberg"),
    "Norrmalm": ("Vasaparken", "Klarabergsviadukten", "Adolf Fredriks kyrkogård"),
    "Rinkeby-Kista": ("Husby gård", "Kista galleria", "Rinkeby torg"),
    "Skarpnäck": ("Björkhagens centrum", "Hammarbyhöjdens skolgård", "Orhems gångväg"),
    "Skärholmen": ("Bredängsbadet", "Sätra äng", "Skärholmsparken"),
    "Spånga-Tensta": ("Tensta centrum", "Spånga station", "Solhems bollplan"),
    "Södermalm": ("Skinnarviksberget", "Fatburssjön", "Katarina kyrkogårds gångväg"),
    "Älvsjö": ("Älvsjö centrum", "Västberga gårdsväg", "Stuvstaskogen"),
    "Östermalm": ("Valhallavägens gångtunnel", "Tessinparken", "Storängsbotten"),
}

MEASURES = (
    ("Ljus längs promenadstråket", "nya armaturer och ljussatta träd längs promenadstråket"),
    ("Öppnare entré till tunnelbanan", "en öppnare och ljusare entré till tunnelbanestationen"),
    ("Nattvandring med föräldrar", "organiserade nattvandringar med föräldrar under helgkvällar"),
    ("Kameror vid pendeltågsstationen", "kamerabevakning av perrongen och gångbron vid stationen"),
    ("Röjning kring skolans gångväg", "röjning av sly längs elevernas väg till skolan"),
    ("Färgsättning av gångtunneln", "ny färgsättning och ljusa ytor i gångtunneln"),
    ("Mötesplats för unga vid badet", "en belyst mötesplats med sittytor vid badplatsen"),
    ("Trygghetsvandringar med boende", "trygghetsvandringar tillsammans med boende och fastighetsägare"),
)

LONG_TAILS = (
    " inklusive anslutande gångväg mot förskolan",
    " samt angöringen vid busshållplatsen och infartsparkeringen",
    " i enlighet med stadsdelsnämndens handlingsplan för ökad trygghet",
)

FIRST = ("Annika", "Mohamed", "Birgitta", "Per", "Samira", "Fredrik", "Linnea", "Dragan", "Ulla", "Viktor", "Nora")
LAST = ("Bergqvist", "Hassan", "Lundin", "Nyström", "Öberg", "Karlén", "Wallin", "Ängström", "Tran")

ORGS = (
    "lokalpolisområde Västerort",
    "lokalpolisområde Globen",
    "trafikkontoret",
    "fastighetskontoret",
    "idrottsförvaltningen",
    "socialförvaltningen",
    "Svenska Bostäder",
    "Stockholmshem",
    "SISAB",
    "Stockholm Vatten och Avfall",
    "S:t Erik Markutveckling",
    "Storstockholms brandförsvar",
    "SL",
    "Region Stockholm",
    "föreningen Mammor mot våld",
    "IFK Tensta",
)

AIMS = (
    "Målet är att fler ska välja att promenera längs stråket även efter mörkrets inbrott.",
    "Syftet är att resenärer ska känna sig välkomna och sedda när de kommer till stationen.",
    "Insatsen ska göra att fler vuxna finns ute när ungdomar samlas på helgkvällarna.",
    "Vi vill att barnen ska kunna gå själva till skolan utan att känna oro.",
    "Målet är att tunneln ska upplevas som ljus och överblickbar dygnet runt.",
    "Syftet är att ge unga en egen plats vid badet där de känner sig trygga.",
    "Insatsen ska ge boende och fastighetsägare en gemensam bild av platsens brister.",
)
RESULTS = (
    "Trygghetsenkäten visar att andelen som undviker stråket på kvällen har minskat tydligt.",
    "Resenärerna uppger i intervjuer att entrén känns ljusare och mer överblickbar.",
    "Föräldrarna har vandrat varje fredag och lördag och mött många ungdomar.",
    "Skolan rapporterar att fler elever nu går själva till och från skolan.",
    "Klotter och skadegörelse i tunneln har nästan helt upphört sedan färgsättningen.",
    "Mötesplatsen vid badet användes flitigt under hela sommarlovet.",
)
DEVIATIONS = (
    "Projektet genomfördes utan avvikelser.",
    "Leveransen av armaturer blev försenad och arbetet avslutades därför en månad senare.",
    "Kamerornas placering justerades efter synpunkter från boende i närheten.",
    "Röjningen sköts upp till hösten på grund av häckande fåglar.",
    "Färgen behövde bytas ut mot en mer slitstark kvalitet, vilket tog extra tid.",
)
NEEDS = (
    "Många boende säger att de tar omvägar för att slippa gå genom området på kvällen.",
    "Polisen har pekat ut stationen som en plats med återkommande ordningsstörningar.",
    "Föräldrar har hört av sig om att barnen är rädda på vägen till skolan.",
    "Ungdomar saknar en plats att vara på som inte är inomhus och kommersiell.",
    "Tunneln är mörk, sliten och har flera skymda partier.",
)
TRAFFIC_BG = (
    "Stråket har länge upplevts som mörkt och otryggt av boende i området.",
    "Gångbron är den viktigaste förbindelsen mellan bostadsområdet och stationen.",
    "Belysningen var omodern och flera stolpar var trasiga sedan länge.",
)
TRAFFIC_DONE = (
    "Fundament och stolpar byttes ut under sensommaren.",
    "Arbetet gjordes i etapper så att stråket hela tiden gick att använda.",
    "Slutbesiktningen genomfördes i oktober utan anmärkningar.",
)
BULLETS = (
    "åtta nya parkarmaturer",
    "röjning av cirka 450 kvadratmeter sly",
    "tre kameror med integritetsmaskering",
    "fyra sittbänkar och en pergola",
    "ljusa väggpaneler i tunneln",
    "informationsskyltar vid entréerna",
    "en avslutande trygghetsvandring",
)
MORE = (  # for the long answers that run over a page break
    "Arbetsgruppen har haft avstämningar en gång i månaden.",
    "Information har spridits via anslagstavlor, sociala medier och stadsdelens nyhetsbrev.",
    "Ett öppet möte ordnades i medborgarkontoret och lockade ett fyrtiotal besökare.",
    "Många önskade att ljuset skulle vara mjukt och inte blända.",
    "Därför valdes armaturer med varmt ljus och god avbländning.",
    "Efter garantitiden sköts driften av trafikkontoret.",
    "Elever från högstadiet fick vara med och ta fram förslag till färgsättningen.",
    "Under byggtiden leddes gångtrafiken om via en tillfällig väg.",
    "Områdespolisen har deltagit vid flera av mötena.",
    "Entreprenören klarade tidplanen trots en kall och snöig vinter.",
    "Ekonomin har följts upp löpande av förvaltningens controller.",
    "En uppföljande enkät visar att de flesta boende är positiva till förändringen.",
    "Några boende har efterfrågat fler papperskorgar vid sittplatserna.",
    "Ljuset sänks något under de sena nattimmarna för att spara energi.",
    "Feriearbetande ungdomar hjälpte till med plantering och städning.",
    "Stadsdelsnämnden fick en muntlig redovisning vid sitt sammanträde i december.",
    "Erfarenheterna har delats i stadens nätverk för platssamverkan.",
    "Inga klagomål har inkommit från närboende under projekttiden.",
    "Förvaltningen vill pröva samma arbetssätt på fler platser i stadsdelen.",
    "Fastighetsägarna har bidragit med egen tid vid vandringarna.",
)
PICTURE_ANSWERS = ("Bilder bifogas separat.", "Se fotobilaga.", "Fotografier finns i ärendets akt.")

# Part headings over a run of fields, by section key (furniture: printed above the first field of its part).
GROUPS = {
    "projektnamn": "Del A. Om projektet",
    "mal_och_syfte": "Del B. Syfte",
    "slutresultat": "Del C. Redovisning",
    "bakgrund": "Del A. Om åtgärden",
    "genomforande": "Del B. Genomförande",
    "insats": "Del A. Sökande",
    "beskrivning": "Del B. Insatsen",
}


def group_of(key: str) -> str | None:
    """The part heading printed above the field `key`, if a part starts there."""
    return GROUPS.get(key)


WORDING = Wording(
    **pools(globals()),
    long_share=0.45,
    more_count=(14, 20),
    partner="Projektet har genomförts tillsammans med {org}.",
    bullet_share=0.35,
    bullet_intro=" Åtgärderna omfattade:",
    bullet_count=(2, 4),
    budget_range=(160, 5200),
    deviation_range=(5, 190),
    hedges=("", "", "ca ", "cirka ", "runt ", "drygt ", "nära ", "knappt ", "omkring ", "över ", "närmare "),
    budget_sentence="För {year} budgeterades {budget} och utfallet landade på {hedge}{outcome}.",
    surplus_sentence=" Det innebär {word} på {amount}.",
    prior_sentence=" Föregående år var kostnaden {half} ({third}).",
    spelled_sentence=" Bostadsbolaget sköt dessutom till två miljoner.",
    prepositions=("i", "vid", "på", "längs"),
    dnr_classes=("1.5.3", "1.2.1", "2.4", "3.1.1"),
    locations=("{place}, {committee}", "{place} i {district}", "{place} inom {district}"),
    aim_intro="Pengarna avser {phrase}. ",
    aims_when_long=1,
    long_deviation_share=0.35,
    traffic_aim_intro="Åtgärden gäller {phrase}. ",
    asked_range=(80, 4200),
    cooperation="{org} och {org2}",
    contact_roles=("", ", enhetschef", ", trygghetsstrateg", ", projektsamordnare"),
    plan=("Medlen ska användas till {phrase} vid {place}.", "Insatsen planeras vara klar under {year}."),
)


def make_form(rng: random.Random, template: str | None = None) -> Form:
    return make_form_with(WORDING, rng, template)
