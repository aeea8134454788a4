"""The twentieth generator's own Swedish content: one form (template, labels, answers) and its truth record.

Written fresh for this set. A form is plain data (`Form`); the producers in the other `h25_*` modules draw it, and
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
    "Bromma": ("Ulvsunda industriområde", "Nockebyhovs centrum", "Judarskogens entré"),
    "Enskede-Årsta-Vantör": ("Årstafältets västra del", "Högdalens centrum", "Stora Mossens gångväg"),
    "Farsta": ("Farsta strand", "Larsboda bollplan", "Fagersjöskogen"),
    "Hägersten-Liljeholmen": ("Liljeholmstorget", "Hägerstensåsens park", "Mälarhöjdens badplats"),
    "Hässelby-Vällingby": ("Hässelby strand", "Grimsta naturreservat", "Råcksta träsk"),
    "Kungsholmen": ("Rålambshovsparken", "Kungsklippan", "Thorildsplan"),
    "Norrmalm": ("Tegnérlunden", "Adolf Fredriks kyrkogata", "Vasaparken"),
    "Rinkeby-Kista": ("Rinkeby allé", "Husby centrum", "Järvafältets entré vid Akalla"),
    "Skarpnäck": ("Pungpinans torg", "Björkhagens centrum", "Kärrtorps idrottsplats"),
    "Skärholmen": ("Sätra torg", "Bredängs centrum", "Skärholmsdalen"),
    "Spånga-Tensta": ("Tensta centrum", "Spånga station", "Hjulsta bro"),
    "Södermalm": ("Björns trädgård", "Tantolunden", "Nytorget"),
    "Älvsjö": ("Solberga centrum", "Älvsjö station", "Långbrodalsvägen"),
    "Östermalm": ("Humlegården", "Valhallavägen vid Tekniska högskolan", "Gärdets sportfält"),
}

MEASURES = (
    ("Ljusare skolväg", "belysning och röjning längs elevernas väg mellan bostäderna och skolan"),
    ("Öppna gården", "nya genomsiktliga staket och ljus på bostadsgårdens mörka hörn"),
    ("Kamerabevakning av pendeltågsentrén", "kameror vid pendeltågsstationens entré och cykelgarage"),
    ("Kvällsvärdar på torget", "anställda kvällsvärdar som rör sig på torget fredagar och lördagar"),
    ("Siktröjning i skogsbrynet", "röjning av sly och låga grenar längs stigarna i skogsbrynet"),
    ("Upprustad lekplats", "ny belysning, sittplatser och klätterställning på lekplatsen"),
    ("Platssamverkan kring centrum", "en gemensam handlingsplan med fastighetsägare, polis och handlare"),
    ("Solcellsdriven parkbelysning", "fristående solcellsarmaturer längs parkens gångvägar"),
)

LONG_TAILS = (
    " och en enkätuppföljning bland föräldrarna på de två närmaste skolorna",
    " där även gångbron över spåren och trappan ned mot busstorget ingår",
    " med fokus på att kvinnor och äldre ska kunna röra sig fritt efter mörkrets inbrott",
)

FIRST = ("Hanna", "Abdi", "Gunilla", "Viktor", "Amina", "Petter", "Lovisa", "Emre", "Karin", "Tuomas", "Linnea")
LAST = ("Sjöberg", "Hassan", "Lindqvist", "Ek", "Korhonen", "Bergström", "Öhman", "Demir", "Dahl", "Norén")

ORGS = (
    "lokalpolisområde Söderort",
    "kommunpolisen i Västerort",
    "trafikkontoret",
    "fastighetskontoret",
    "idrottsförvaltningen",
    "socialförvaltningen",
    "Stockholmshem",
    "AB Svenska Bostäder",
    "SISAB",
    "Stockholm Vatten och Avfall",
    "S:t Erik Kommunikation",
    "Fastighetsägarna Stockholm",
    "Nattvandrarna i Söderort",
    "Röda Korsets ungdomsförbund",
    "Stiftelsen Tryggare Sverige",
    "IK Frej",
)

AIMS = (
    "Vi vill att eleverna ska kunna gå till och från skolan utan omvägar även under vinterhalvåret.",
    "Syftet är att gården ska upplevas som en gemensam plats och inte som en genomfartsväg.",
    "Målet är att resenärerna ska känna sig trygga när de väntar på tåget sent på kvällen.",
    "Insatsen ska skapa en vuxen närvaro som gör det lättare att ingripa tidigt vid bråk.",
    "Vi vill öppna upp skogsbrynet så att man ser och blir sedd från stigen.",
    "Syftet är att barnfamiljer ska använda lekplatsen även under eftermiddagar i mörker.",
    "Målet är en samlad bild av problemen och en fördelning av ansvaret mellan aktörerna.",
)
RESULTS = (
    "Föräldrarna uppger i enkäten att fler barn nu går själva till skolan.",
    "Bostadsbolaget har fått betydligt färre felanmälningar om skadegörelse på gården.",
    "Resenärsräkningen visar att fler använder den norra entrén efter klockan nio.",
    "Kvällsvärdarna har haft kontakt med ett hundratal ungdomar under hösten.",
    "Stigen upplevs nu som öppen och ljus, enligt de boende som deltog i uppföljningen.",
    "Lekplatsen används nu även efter mörkrets inbrott, framför allt av barnfamiljer.",
)
DEVIATIONS = (
    "Projektet har genomförts enligt plan utan några avvikelser.",
    "Upphandlingen av armaturer överklagades, vilket försenade starten med sex veckor.",
    "Två av staketsektionerna byttes mot ett lägre staket efter samråd med brandförsvaret.",
    "Markarbetena blev dyrare än beräknat eftersom berget låg ytligare än väntat.",
    "Kvällsvärdarna kunde inte börja förrän i oktober på grund av svårigheter att rekrytera.",
)
NEEDS = (
    "Vid trygghetsvandringen pekade deltagarna ut platsen som den mörkaste i området.",
    "Skolan har fått flera rapporter om elever som blivit rånade på vägen hem.",
    "Entrén saknar naturlig övervakning eftersom inga bostäder har utsikt över den.",
    "Polisen har noterat återkommande narkotikaförsäljning i skogsbrynet.",
    "Lekplatsen är sliten och står oftast tom efter klockan fyra på vintern.",
)
TRAFFIC_BG = (
    "Åtgärden ingick i trafikkontorets program för säkra och trygga skolvägar.",
    "Behovet framkom i stadsdelsförvaltningens trygghetsmätning och i dialog med skolan.",
    "Gångstråket har länge saknat belysning på den del som går genom parkmark.",
)
TRAFFIC_DONE = (
    "Ledningar grävdes ned och stolparna placerades på parkens sida av gångvägen.",
    "Arbetet delades i två etapper för att inte stänga gångvägen helt under skolterminen.",
    "Slutbesiktningen genomfördes i november och anläggningen togs i drift samma vecka.",
)
BULLETS = (
    "sexton nya belysningspunkter",
    "röjning på drygt två hektar",
    "tre kameror med maskning av bostadsfönster",
    "fyra nya parkbänkar",
    "genomsiktligt staket runt gården",
    "informationsblad på fem språk",
    "två trygghetsvandringar per år",
)
MORE = (  # for the long answers that run over a page break
    "Projektgruppen har träffats varannan vecka under hela genomförandet.",
    "Boende i området informerades genom utskick och på bostadsbolagets anslagstavlor.",
    "Vid ett öppet möte i medborgarkontoret lämnade ett fyrtiotal personer synpunkter.",
    "Flera synpunkter handlade om att ljuset inte fick störa dem som bor närmast.",
    "Armaturerna valdes därför med avskärmning som riktar ljuset mot marken.",
    "Skötseln av anläggningen ingår från nästa år i trafikkontorets ordinarie drift.",
    "En elevgrupp från skolan dokumenterade platsen före och efter arbetet.",
    "Under byggtiden leddes gångtrafiken om via en tillfällig väg bakom idrottshallen.",
    "Polisen har bidragit med lägesbilder inför varje avstämningsmöte.",
    "Entreprenören höll tidplanen trots ett par veckors kraftigt regn i september.",
    "Kostnaderna har följts upp månadsvis av förvaltningens ekonom.",
    "Uppföljningen visar att platsen används av fler grupper än tidigare.",
    "Några grannar har framfört att de önskar ännu fler bänkar längs vägen.",
    "Ljuset styrs av en skymningsrelä och sänks till halv effekt efter midnatt.",
    "Feriearbetande ungdomar målade om väggarna i passagen under juli.",
    "Nämnden fick en muntlig lägesrapport vid sammanträdet i september.",
    "En oberoende utvärdering beställdes från en högskola i regionen.",
    "Resultaten har delats med andra stadsdelsförvaltningar i stadens trygghetsnätverk.",
    "Det har inte kommit in några klagomål på ljusföroreningar från grannarna.",
    "Förvaltningen föreslår att metoden prövas även vid nästa skola i stadsdelen.",
)
PICTURE_ANSWERS = ("Bilder bifogas i en separat fil.", "Se bifogat bildmaterial.", "Fotodokumentation finns i akten.")


WORDING = Wording(
    **pools(globals()),
    long_share=0.5,
    more_count=(14, 20),
    partner="Insatsen har planerats tillsammans med {org}.",
    bullet_share=0.35,
    bullet_intro=" I arbetet ingick:",
    bullet_count=(2, 4),
    budget_range=(90, 5200),
    deviation_range=(5, 160),
    hedges=("", "", "ca ", "cirka ", "runt ", "drygt ", "närmare ", "över ", "knappt "),
    budget_sentence="För {year} var {budget} avsatt, och utfallet landade på {hedge}{outcome}.",
    surplus_sentence=" Det innebär {word} på {amount} mot kalkylen.",
    prior_sentence=" Föregående år uppgick kostnaden till {half} ({third}).",
    spelled_sentence=" Bostadsbolaget sköt därutöver till två miljoner.",
    prepositions=("vid", "i", "på", "runt"),
    dnr_classes=("1.5.3", "1.2.2", "2.1", "3.2.1"),
    locations=("{place}, {committee}", "{place} inom {district}", "{place} ({committee})"),
    aim_intro="Projektet avser {phrase}. ",
    aims_when_long=1,
    long_deviation_share=0.35,
    traffic_aim_intro="Åtgärden avser {phrase}. ",
    asked_range=(60, 4100),
    cooperation="{org} samt {org2}",
    contact_roles=("", ", trygghetsstrateg", ", enhetschef", ", utvecklingsledare"),
    plan=("Medlen ska gå till {phrase} vid {place}.", "Arbetet planeras vara slutfört under {year}."),
)


def make_form(rng: random.Random, template: str | None = None) -> Form:
    return make_form_with(WORDING, rng, template)
