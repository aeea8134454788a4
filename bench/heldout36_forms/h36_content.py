"""The thirty-first generator's own Swedish content: one form (template, labels, answers) and its truth record.

Written fresh for this set. A form is plain data (`Form`); the producers in the other `h36_*` modules draw it, and
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
    "Bromma": ("Riksby gångstråk", "Beckomberga parkväg", "Abrahamsbergs tunnelbaneuppgång"),
    "Enskede-Årsta-Vantör": ("Rågsveds centrum", "Hökarängens torg", "Svedmyraskogen"),
    "Farsta": ("Hökarängsbadet", "Gubbängens IP", "Tallkrogens gångbro"),
    "Hägersten-Liljeholmen": ("Midsommarkransens torg", "Aspuddsparken", "Hägerstensåsens centrum"),
    "Hässelby-Vällingby": ("Vällingby centrums parkering", "Kälvesta gångtunnel", "Hässelby strandbad"),
    "Kungsholmen": ("Fridhemsplans busshållplats", "Norr Mälarstrand", "Smedsuddsbadet"),
    "Norrmalm": ("Norra Bantorget", "Observatorielunden", "Johannes kyrkogård"),
    "Rinkeby-Kista": ("Husby centrums entré", "Akalla by", "Rinkeby allé"),
    "Skarpnäck": ("Skarpnäcks gård", "Bagarmossens kulturhus", "Kärrtorps bollplan"),
    "Skärholmen": ("Vårbergs centrum", "Sätra strand", "Skärholmsdalens gångväg"),
    "Spånga-Tensta": ("Tenstaparken", "Bromstens torg", "Spånga kyrkväg"),
    "Södermalm": ("Nytorget", "Skinnarviksberget", "Rosenlundsparken"),
    "Älvsjö": ("Herrängens gård", "Solberga bollplan", "Älvsjö stationsplan"),
    "Östermalm": ("Östermalmstorg", "Fältöversten", "Storängsbotten"),
}

MEASURES = (
    ("Belysta entréstråk", "belysning längs stråket fram till portarna och cykelställen"),
    ("Gallring av skogsbrynet", "gallring och uppstamning av träden i skogsbrynet mot gångvägen"),
    ("Ombyggd gångtunnel", "en bredare och ljusare gångtunnel med vitmålade väggar"),
    ("Nattöppen mötesplats", "en mötesplats för unga som har öppet fredags- och lördagskvällar"),
    ("Kamerabevakad pendelparkering", "kamerabevakning av cykelparkeringen vid pendeltågsstationen"),
    ("Låga murar i stället för häckar", "låga murar och sittkanter där de höga häckarna stod"),
    ("Ljusslingor i alléträden", "ljusslingor i alléns träd under vinterhalvåret"),
    ("Ny lekplats med överblick", "en ny lekplats som går att överblicka från husen runt omkring"),
)

LONG_TAILS = (
    " samt den gamla cykelvägen som går förbi förskolans baksida och ned mot kolonilotterna vid ån",
    " i samarbete med bostadsrättsföreningarna och de fastighetsägare som har butiker i bottenvåningarna",
    " under den treåriga försöksperiod som stadsdelsnämnden beslutade om efter medborgardialogen",
)

FIRST = ("Margareta", "Yusuf", "Elin", "Göran", "Fatima", "Oskar", "Birgitta", "Milan", "Hanna", "Lennart", "Samira")
LAST = ("Bergström", "Demir", "Sjöberg", "Åkerlund", "Hussein", "Lundgren", "Wallin", "Öberg", "Nowak")

ORGS = (
    "lokalpolisområde Järva",
    "lokalpolisområde Söderort",
    "trafikkontoret",
    "fastighetskontoret",
    "arbetsmarknadsförvaltningen",
    "miljöförvaltningen",
    "Familjebostäder",
    "Micasa",
    "Stockholm Vatten och Avfall",
    "AB Stokab",
    "Fastighetsägarna Stockholm",
    "Stiftelsen Tryggare Sverige",
    "Nattvandrarna",
    "Region Stockholm",
    "Brå",
    "Stockholm Exergi",
)

AIMS = (
    "Målet är att boende ska kunna ta sig hem från stationen utan att känna oro.",
    "Syftet är att göra skogsbrynet luftigare så att man ser vem som kommer på stigen.",
    "Vi vill att tunneln ska upplevas som en del av gatan och inte som en gömd passage.",
    "Insatsen ska ge ungdomar en vuxen och trygg plats att vara på under helgkvällar.",
    "Målet är att minska antalet stölder och skadegörelse på cyklar vid stationen.",
    "Syftet är att ingen ska kunna stå dold bakom växtligheten intill gångvägen.",
    "Insatsen ska göra allén till ett levande stråk även under årets mörka månader.",
)
RESULTS = (
    "Enkäten efteråt visar att fler känner sig trygga när de går hem från stationen.",
    "De boende upplever att skogsbrynet har blivit ljusare och mer överblickbart.",
    "Tunneln har inte klotterats ned sedan ombyggnaden och fler går nu igenom den.",
    "Mötesplatsen har haft i genomsnitt fyrtio besökare per kväll.",
    "Antalet anmälda cykelstölder vid stationen har halverats jämfört med året innan.",
    "Lekplatsen används mycket och föräldrarna säger att de kan se barnen från fönstret.",
)
DEVIATIONS = (
    "Arbetet har genomförts enligt plan och utan avvikelser.",
    "Leveransen av murblocken försenades och arbetet blev klart sex veckor senare än planerat.",
    "Gallringen fick pausas under fåglarnas häckningstid, vilket förlängde tidplanen.",
    "Två av kamerorna fick flyttas efter samråd med Integritetsskyddsmyndigheten.",
    "Ljusslingorna sattes upp först i december på grund av brist på skylift.",
)
NEEDS = (
    "Vid trygghetsvandringen pekade flera boende ut vägen från stationen som särskilt otrygg.",
    "Skogsbrynet har växt igen och stigen ligger mörk och skymd större delen av året.",
    "Tunneln är smal, saknar dagsljus och har under lång tid varit utsatt för skadegörelse.",
    "Det saknas ställen där unga kan vara på kvällen utan att det kostar pengar.",
    "Polisen har sett att cykelstölderna vid stationen ökat under de senaste två åren.",
)
TRAFFIC_BG = (
    "Tunneln under järnvägen är den enda gångförbindelsen mellan bostadsområdet och centrum.",
    "Belysningen i tunneln var gammal och lyste bara upp halva golvytan.",
    "Trafikkontoret fick många synpunkter på tunneln via stadens felanmälan.",
)
TRAFFIC_DONE = (
    "Tunnelns väggar kläddes med ljusa plattor och taket fick ny linjebelysning.",
    "Gångbanan breddades och en ramp byggdes för barnvagnar och rullstolar.",
    "Arbetet gjordes nattetid för att inte stänga tunneln under dagen.",
)
BULLETS = (
    "trettiotvå nya stolpar med ledarmaturer",
    "gallring av cirka fem tusen kvadratmeter skog",
    "vitmålning av tunnelns väggar och tak",
    "öppettider fredag och lördag kl. 19–24",
    "åtta kameror på fyra master",
    "tolv meter låg mur med sittkant",
    "uppföljande enkät till de boende",
)
MORE = (  # for the long answers that run over a page break
    "En arbetsgrupp med representanter för förvaltningen, polisen och fastighetsägarna har träffats varje månad.",
    "De boende informerades genom lappar i trapphusen och ett informationsmöte i skolans matsal.",
    "Informationen översattes till arabiska, somaliska, finska och engelska.",
    "Flera boende önskade att belysningen även skulle omfatta parkeringsplatsen.",
    "Parkeringsplatsen ingår därför i förvaltningens plan för kommande år.",
    "Underhållet av armaturerna har lagts in i det ordinarie driftavtalet.",
    "Elever från högstadieskolan har deltagit i en trygghetsvandring efter ombyggnaden.",
    "Under byggtiden leddes gångtrafiken om via en tillfällig gångväg.",
    "Fältassistenterna har varit på plats under de första helgerna.",
    "Slutbesiktningen gjordes i oktober och godkändes utan anmärkningar.",
    "Ekonomin har följts upp kvartalsvis i förvaltningens ordinarie rapporter.",
    "Drygt hälften av de svarande anser att platsen har blivit tryggare.",
    "Några boende tycker att de nya lamporna bländar när man cyklar.",
    "Armaturerna har därefter försetts med avbländning på den sida som vetter mot cykelbanan.",
    "Sommarjobbande ungdomar har målat om bänkar och räcken längs stråket.",
    "Resultatet presenterades för stadsdelsnämndens trygghetsråd i februari.",
    "Grannstadsdelar har bett att få ta del av erfarenheterna.",
    "Inga klagomål har kommit in från de närmaste grannarna.",
    "Förvaltningen planerar en ny trygghetsvandring om ett år.",
    "Fastighetsägarna har själva bekostat ny belysning på sina gårdar.",
)
PICTURE_ANSWERS = ("Bilderna bifogas i en separat fil.", "Fotografier finns i diariet.", "Se bildbilagan.")


WORDING = Wording(
    **pools(globals()),
    long_share=0.5,
    more_count=(14, 20),
    partner="Arbetet har skett i samverkan med {org}.",
    bullet_share=0.35,
    bullet_intro=" Åtgärderna omfattade:",
    bullet_count=(2, 4),
    budget_range=(60, 5200),
    deviation_range=(3, 260),
    hedges=("", "", "ca ", "cirka ", "omkring ", "runt ", "nära ", "närmare ", "drygt ", "knappt ", "över "),
    budget_sentence="För {year} var budgeten {budget}, och utfallet landade på {hedge}{outcome}.",
    surplus_sentence=" Det ger {word} på {amount}.",
    prior_sentence=" Året dessförinnan var utfallet {half} ({third}).",
    spelled_sentence=" Familjebostäder har därtill skjutit till fyra miljoner.",
    prepositions=("i", "vid", "på", "längs"),
    dnr_classes=("1.4.1", "2.2.3", "1.5.3", "3.1"),
    locations=("{place}, {committee}", "{place} inom {district}", "{place} ({district})"),
    aim_intro="Pengarna går till {phrase}. ",
    aims_when_long=1,
    long_deviation_share=0.35,
    traffic_aim_intro="Åtgärden omfattar {phrase}. ",
    asked_range=(40, 4100),
    cooperation="{org} samt {org2}",
    contact_roles=("", ", projektledare", ", trygghetsstrateg", ", enhetschef"),
    plan=("Nämnden söker medel för {phrase} vid {place}.", "Åtgärden beräknas vara genomförd under {year}."),
)


def make_form(rng: random.Random, template: str | None = None) -> Form:
    return make_form_with(WORDING, rng, template)
