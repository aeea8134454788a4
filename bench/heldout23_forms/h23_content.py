"""The eighteenth generator's own Swedish content: one form (template, labels, answers) and its truth record.

Written fresh for this set. A form is plain data (`Form`); the producers in the other `h23_*` modules draw it, and
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
    "Bromma": ("Brommaplan", "Judarskogen", "Riksby gångväg"),
    "Enskede-Årsta-Vantör": ("Enskedefältet", "Bandhagens centrum", "Årstaskogen"),
    "Farsta": ("Farstanäsets gångstråk", "Fagersjö centrum", "Magelungens strandpromenad"),
    "Hägersten-Liljeholmen": ("Liljeholmstorget", "Aspudden lekpark", "Hägerstensåsens centrum"),
    "Hässelby-Vällingby": ("Råcksta träsk", "Kälvesta centrum", "Hässelby villastads park"),
    "Kungsholmen": ("Norr Mälarstrand", "Kungsholms strandstig", "Rådhusparken"),
    "Norrmalm": ("Vasaparken", "Klara kyrkogård", "Brunkebergstorg"),
    "Rinkeby-Kista": ("Rinkeby torg", "Kista gård", "Hanstaskogen"),
    "Skarpnäck": ("Björkhagens centrum", "Hammarbyhöjdens gångtunnel", "Kärrtorps IP"),
    "Skärholmen": ("Vårbergs centrum", "Skärholmsdalen", "Sätra strand"),
    "Spånga-Tensta": ("Tensta centrum", "Spånga kyrkväg", "Sundby gård"),
    "Södermalm": ("Nytorget", "Vitabergsparken", "Ringvägens gångtunnel"),
    "Älvsjö": ("Älvsjö centrum", "Solbergaskogen", "Herrängens bollplan"),
    "Östermalm": ("Valhallavägens allé", "Lill-Jansskogen", "Diplomatstaden"),
}

MEASURES = (
    ("Belysta gångstråk", "ljus längs gångstråken mellan bostäderna och busshållplatsen"),
    ("Trygga skolvägar", "säkrare skolvägar med ljus, övergångsställen och siktröjning"),
    ("Kamerabevakning av torget", "kamerabevakning av torget och de omgivande gångarna"),
    ("Nattvandring och föräldranätverk", "nattvandringar och ett nätverk för föräldrar i området"),
    ("Upprustning av lekplatsen", "en upprustad och upplyst lekplats med öppen sikt"),
    ("Belyst löparslinga", "en belyst löparslinga genom skogsområdet"),
    ("Öppen förskolegård på kvällar", "öppna förskolegårdar där barnfamiljer kan vistas kvällstid"),
    ("Laddstationer och solceller", "laddstationer och solceller på förvaltningens egna byggnader"),
)

LONG_TAILS = (
    " i samverkan med fastighetsägarna längs stråket och den lokala idrottsföreningen",
    " med uppföljande enkäter bland boende, handlare och skolpersonal efter ett och två år",
    " där även angränsande parkering, cykelställ och entréer till tunnelbanan ingår",
)

FIRST = ("Elin", "Omar", "Karin", "Viktor", "Amina", "Henrik", "Johanna", "Mehmet", "Ulla", "Pekka", "Rasmus")
LAST = ("Sandberg", "Ekström", "Abdi", "Wallin", "Korhonen", "Hedlund", "Åkesson", "Demir", "Lund", "Blom")

ORGS = (
    "lokalpolisområde Rinkeby",
    "kommunpolisen",
    "trafikkontoret",
    "fastighetskontoret",
    "miljöförvaltningen",
    "idrottsförvaltningen",
    "AB Svenska Bostäder",
    "Stockholmshem",
    "SISAB",
    "Stockholm Vatten och Avfall",
    "Region Stockholm",
    "Fastighetsägarna Stockholm",
    "Stiftelsen Tryggare Sverige",
    "Röda Korsets ungdomsförbund",
    "Hyresgästföreningen",
    "IFK Farsta",
)

AIMS = (
    "Vi vill att barn och föräldrar ska känna sig lugna på vägen till och från skolan.",
    "Målet är att stråket ska användas även under de mörka månaderna.",
    "Syftet är att göra platsen överblickbar så att ingen behöver känna sig utsatt.",
    "Insatsen ska minska skadegörelsen och göra det lättare att upptäcka brott.",
    "Vi vill skapa en plats där fler vuxna rör sig under kvällarna.",
    "Målet är att minska energianvändningen och samtidigt göra platsen tryggare.",
    "Åtgärden ska öka tillgängligheten för personer med nedsatt syn.",
)
RESULTS = (
    "I den senaste trygghetsenkäten svarar färre än tidigare att de undviker stråket efter mörkrets inbrott.",
    "Skolorna rapporterar att fler elever går eller cyklar till skolan på egen hand.",
    "Antalet anmälda skadegörelser på torget har minskat sedan kamerorna sattes upp.",
    "Lekplatsen används nu flitigt av förskolorna och av familjer på helgerna.",
    "Löparslingan har blivit ett populärt stråk, och föreningen ordnar träningar där varje vecka.",
    "Elförbrukningen för belysningen har minskat med nära hälften efter bytet till LED.",
)
DEVIATIONS = (
    "Projektet har genomförts enligt plan.",
    "Upphandlingen överklagades, vilket försköt starten med två månader.",
    "Några armaturer fick bytas efter skadegörelse redan under första vintern.",
    "Ledningsomläggningen blev mer omfattande än vad förstudien visade.",
    "Samrådet med de boende tog längre tid än beräknat eftersom fler ville delta.",
)
NEEDS = (
    "Många boende säger att de tar en omväg för att slippa gå genom området när det är mörkt.",
    "Stråket saknar belysning på en sträcka av ungefär trehundra meter.",
    "Polisen har under flera år haft återkommande larm om bråk och skadegörelse på platsen.",
    "Föräldrar har hört av sig till förvaltningen och berättat att barnen är rädda på skolvägen.",
    "Platsen är skymd av tät vegetation och har inga naturliga flöden av människor på kvällen.",
)
TRAFFIC_BG = (
    "Åtgärden ingår i trafikkontorets program för tryggare gång- och cykelvägar.",
    "Stadsdelsförvaltningen lämnade in önskemål om åtgärden efter en trygghetsvandring med boende.",
    "Gångtunneln var mörk och hade fått många klagomål i stadens synpunktshantering.",
)
TRAFFIC_DONE = (
    "Arbetena utfördes nattetid för att inte störa busstrafiken.",
    "Entreprenören monterade nya stolpar och drog om kablarna i befintliga rör.",
    "Slutbesiktningen gjordes i november och inga fel noterades.",
)
BULLETS = (
    "trettiotvå nya ljuspunkter",
    "siktröjning längs femhundra meter gångväg",
    "fyra kameror med skylt om kamerabevakning",
    "nya gungor och sittbänkar",
    "reflexvästar till nattvandrarna",
    "belysning vid tre övergångsställen",
    "informationsmöten på tre språk",
)
MORE = (  # for the long answers that run over a page break
    "Inför genomförandet ordnades en öppen träff där boende kunde tycka till om utformningen.",
    "Träffen lockade ett fyrtiotal deltagare, varav många var barnfamiljer.",
    "Flera önskemål från träffen kunde tas med i den slutliga planen.",
    "Skötseln av anläggningen ingår framöver i förvaltningens driftavtal.",
    "Under byggtiden informerade vi grannarna med lappar i trapphusen och på stadsdelens webbplats.",
    "Samarbetet med skolorna har gjort att eleverna känner till förändringarna.",
    "Vid en uppföljande vandring i mars var deltagarna överlag nöjda med resultatet.",
    "Det finns fortfarande en kortare sträcka som upplevs som mörk, och den tas med i nästa ansökan.",
    "Arbetet har stämts av med kommunpolisen vid tre tillfällen.",
    "Projektgruppen har haft månadsvisa möten med entreprenören.",
    "Synpunkter från allmänheten har samlats in via stadens felanmälan och sociala medier.",
    "Vi ser att platsen används av fler grupper än tidigare, bland annat pensionärer.",
    "En del av materialet återanvändes från en tidigare ombyggnad i stadsdelen.",
    "Den nya belysningen är tänd från skymning till gryning och styrs av ett astronomiskt ur.",
    "Under sommaren har fältassistenterna haft sin bas i närheten av platsen.",
    "Nämnden fick en muntlig lägesrapport vid sammanträdet i september.",
    "Utvärderingen har genomförts av förvaltningens egna utredare.",
    "Erfarenheterna delas med övriga stadsdelar i stadens trygghetsnätverk.",
    "Det har inte kommit in några klagomål på ljusföroreningar från de närboende.",
    "Nästa steg är att se över belysningen på den angränsande idrottsplatsen.",
)
PICTURE_ANSWERS = ("Bilder bifogas ärendet.", "Se bifogade fotografier.", "Foton finns i fotobilagan.")


WORDING = Wording(
    **pools(globals()),
    long_share=0.5,
    more_count=(14, 20),
    partner="Insatsen har planerats tillsammans med {org}.",
    bullet_share=0.35,
    bullet_intro=" I projektet ingick:",
    bullet_count=(2, 4),
    budget_range=(90, 4600),
    deviation_range=(3, 140),
    hedges=("", "", "ca ", "cirka ", "runt ", "drygt ", "nära ", "närmare ", "knappt "),
    budget_sentence="Projektet hade en budget på {budget} för {year}, och utfallet uppgick till {hedge}{outcome}.",
    surplus_sentence=" Det innebär {word} om {amount}.",
    prior_sentence=" Motsvarande kostnad året före var {half} ({third}).",
    spelled_sentence=" Bostadsbolaget bidrog dessutom med två miljoner.",
    prepositions=("vid", "i", "längs", "runt"),
    dnr_classes=("1.5.3", "1.2.4", "2.1", "3.2.1"),
    locations=("{place}, {committee}", "{place}, stadsdelsområde {district}", "{place} inom {committee}"),
    aim_intro="Projektet omfattar {phrase}. ",
    aims_when_long=1,
    long_deviation_share=0.35,
    traffic_aim_intro="Åtgärden omfattar {phrase}. ",
    asked_range=(60, 3600),
    cooperation="{org} tillsammans med {org2}",
    contact_roles=("", ", projektsamordnare", ", enhetschef", ", säkerhetsstrateg"),
    plan=("Medlen ska gå till {phrase} vid {place}.", "Vi räknar med att insatsen är genomförd under {year}."),
)


def make_form(rng: random.Random, template: str | None = None) -> Form:
    return make_form_with(WORDING, rng, template)
