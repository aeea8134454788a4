"""The nineteenth generator's own Swedish content: one form (template, labels, answers) and its truth record.

Written fresh for this set. A form is plain data (`Form`); the producers in the other `h24_*` modules draw it, and
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
    "Bromma": ("Åkeshovs slottspark", "Abrahamsbergs centrum", "Mälarvägens strandstråk"),
    "Enskede-Årsta-Vantör": ("Rågsveds centrum", "Gubbängsfältet", "Hökarängens torg"),
    "Farsta": ("Hökmossbergens stigar", "Svedmyra bollplan", "Tallkrogens centrum"),
    "Hägersten-Liljeholmen": ("Trekantens badplats", "Fruängens centrum", "Midsommarkransens torg"),
    "Hässelby-Vällingby": ("Vällingby torg", "Johannelunds gångväg", "Kanaanbadet"),
    "Kungsholmen": ("Fridhemsplan", "Marieberg parkstråk", "Kronobergsparken"),
    "Norrmalm": ("Observatorielunden", "Vanadislunden", "Norra Bantorget"),
    "Rinkeby-Kista": ("Kista torg", "Husby gård", "Akalla by"),
    "Skarpnäck": ("Skarpnäcksfältet", "Orhems gångbro", "Bagarmossens centrum"),
    "Skärholmen": ("Bredängs ängar", "Skärholmens gångtunnel", "Vårbergstoppen"),
    "Spånga-Tensta": ("Tenstaparken", "Hjulsta torg", "Solhems centrum"),
    "Södermalm": ("Mariatorget", "Skinnarviksberget", "Hammarby kanal"),
    "Älvsjö": ("Liseberg centrum", "Örby slott", "Västberga allé"),
    "Östermalm": ("Karlaplan", "Östermalmstorg", "Ladugårdsgärdet"),
}

MEASURES = (
    ("Ljus i gångtunneln", "ny belysning och ljusa väggar i gångtunneln under vägen"),
    ("Trygg väg till tunnelbanan", "ett upplyst och överblickbart stråk fram till tunnelbanans entré"),
    ("Kameror vid centrumentrén", "kameror vid centrumets entréer och lastgården bakom butikerna"),
    ("Vuxna på stan", "fler vuxna ute på kvällarna genom föreningar och fältarbetare"),
    ("Öppnare parkmiljö", "gallring av buskage och nya siktlinjer genom parken"),
    ("Belyst aktivitetsyta", "en belyst yta för spontanidrott vid skolan"),
    ("Trygghetsvandringar med boende", "gemensamma vandringar och åtgärder efter de boendes iakttagelser"),
    ("Energismart gatubelysning", "byte till styrbar LED-belysning längs lokalgatorna"),
)

LONG_TAILS = (
    " samt en uppföljning tillsammans med bostadsbolagen och den lokala polisen under två säsonger",
    " där också cykelparkeringen och de två busshållplatserna vid torget ingår",
    " med särskilt fokus på unga tjejers upplevda trygghet på kvällstid",
)

FIRST = ("Maja", "Yusuf", "Ingrid", "Jonas", "Leila", "Mattias", "Sofie", "Kerem", "Britt", "Esa", "Oskar")
LAST = ("Holmgren", "Falk", "Warsame", "Nyberg", "Virtanen", "Engström", "Åberg", "Çelik", "Strand", "Roos")

ORGS = (
    "lokalpolisområde Västerort",
    "kommunpolisen i Söderort",
    "trafikkontoret",
    "exploateringskontoret",
    "stadsbyggnadskontoret",
    "arbetsmarknadsförvaltningen",
    "Familjebostäder",
    "Micasa",
    "Stockholms Stads Parkerings AB",
    "Stockholm Exergi",
    "S:t Erik Markutveckling",
    "Skärholmens Fastighetsägare",
    "Nattvandrarna i Västerort",
    "Fryshuset",
    "Stadsmissionen",
    "Hammarby IF Ungdom",
)

AIMS = (
    "Vi vill att fler ska våga ta den kortaste vägen hem även när det är mörkt.",
    "Syftet är att platsen ska kännas välkomnande och att fler ska stanna upp där.",
    "Målet är färre tillfällen av stök och att de som bor runt torget ska få lugnare kvällar.",
    "Insatsen ska göra det lättare för polis och väktare att överblicka området.",
    "Vi vill ge ungdomarna en egen plats som är trygg och synlig från omgivningen.",
    "Syftet är att sänka elkostnaden och samtidigt få jämnare ljus längs gatorna.",
    "Målet är att äldre och personer med funktionsnedsättning ska kunna röra sig fritt i parken.",
)
RESULTS = (
    "Enligt stadens medborgarundersökning upplever nu fler boende att det är tryggt att gå genom tunneln.",
    "Fältassistenterna beskriver att stämningen vid entrén har blivit lugnare under helgkvällarna.",
    "Butikerna vid torget anmäler färre inbrott och mindre klotter än under året före.",
    "Ytan används varje kväll, och föreningen har startat en öppen fotbollsträning där.",
    "Vid vandringen i oktober upplevde deltagarna parken som ljus och öppen.",
    "Den nya belysningen drar ungefär en tredjedel så mycket el som den gamla.",
)
DEVIATIONS = (
    "Inga avvikelser har förekommit.",
    "Leveransen av stolpar blev försenad, så arbetet avslutades en månad senare än planerat.",
    "En av kamerorna fick flyttas efter synpunkter från de närboende.",
    "Marken visade sig innehålla gamla ledningar som behövde flyttas, vilket fördyrade arbetet.",
    "Vintern kom tidigt och planteringarna fick vänta till våren.",
)
NEEDS = (
    "De boende har i flera enkäter pekat ut platsen som den otryggaste i stadsdelen.",
    "Tunneln är lång, saknar dagsljus och har bara två fungerande armaturer.",
    "Skolan har larmat om att elever blir utsatta för hot på vägen till idrottshallen.",
    "Det finns få vuxna i rörelse på platsen efter klockan sex på kvällen.",
    "Buskagen har vuxit igen så att gångvägen inte syns från husen intill.",
)
TRAFFIC_BG = (
    "Åtgärden prioriterades i trafikkontorets inventering av mörka gångstråk.",
    "Stadsdelsnämnden begärde åtgärden efter återkommande synpunkter från föräldrar.",
    "Korsningen hade pekats ut som otrygg i stadens trygghetsmätning två år i rad.",
)
TRAFFIC_DONE = (
    "Arbetet utfördes under sommarlovet när skolan var stängd.",
    "Gamla armaturer togs ned och ersattes med nya på lägre stolpar närmare gångbanan.",
    "Trafikkontorets besiktning godkände anläggningen utan anmärkningar.",
)
BULLETS = (
    "tjugoåtta nya armaturer",
    "gallring på båda sidor om gångvägen",
    "två kameror vid lastgården",
    "ljusa plattor på tunnelns väggar",
    "nya bänkar med armstöd",
    "skyltning på fyra språk",
    "en samverkansträff varje månad",
)
MORE = (  # for the long answers that run over a page break
    "Innan arbetet började bjöd förvaltningen in till ett samråd i stadsdelens bibliotek.",
    "Ett trettiotal boende kom, och många hade synpunkter på var ljuset behövdes mest.",
    "Flera av förslagen från samrådet kunde genomföras inom ramen för projektet.",
    "Driften av anläggningen tas över av trafikkontoret när garantitiden har gått ut.",
    "Grannarna informerades med brev och genom anslag i entréerna under byggtiden.",
    "Skolans elevråd var med och valde färgerna på väggarna i tunneln.",
    "En uppföljande vandring hölls i februari, då deltagarna i stort sett var nöjda.",
    "Det återstår en kort sträcka bakom förskolan som fortfarande är mörk.",
    "Projektet har stämts av med polisen vid fyra samverkansmöten under året.",
    "Entreprenören rapporterade veckovis till förvaltningens projektledare.",
    "Synpunkter har kommit in via stadens app för felanmälan och vid öppna möten.",
    "Vi ser att platsen nu används av fler, även av äldre som tidigare undvek den.",
    "Delar av de gamla stolparna kunde återanvändas i en annan park i stadsdelen.",
    "Ljuset tänds automatiskt i skymningen och dämpas efter midnatt när få rör sig ute.",
    "Sommarjobbare från stadsdelen hjälpte till med planteringarna i juni.",
    "Nämnden informerades om projektets läge vid sammanträdet i maj.",
    "Utvärderingen gjordes av en extern konsult på uppdrag av förvaltningen.",
    "Erfarenheterna har presenterats för de andra stadsdelarna vid ett nätverksmöte.",
    "Inga klagomål om bländning har kommit in från de boende i husen intill.",
    "Ett nästa steg kan vara att se över ljuset vid den närliggande bollplanen.",
)
PICTURE_ANSWERS = ("Fotografier finns i ärendets bilagor.", "Bilder bifogas separat.", "Se fotobilagan.")


WORDING = Wording(
    **pools(globals()),
    long_share=0.5,
    more_count=(14, 20),
    partner="Arbetet har gjorts i samverkan med {org}.",
    bullet_share=0.35,
    bullet_intro=" Projektet omfattade:",
    bullet_count=(2, 4),
    budget_range=(80, 4800),
    deviation_range=(4, 150),
    hedges=("", "", "ca ", "cirka ", "omkring ", "drygt ", "nära ", "över ", "knappt "),
    budget_sentence="Budgeten för {year} var {budget}, och de upparbetade kostnaderna blev {hedge}{outcome}.",
    surplus_sentence=" Projektet visar därmed {word} på {amount}.",
    prior_sentence=" Året innan låg kostnaden på {half} ({third}).",
    spelled_sentence=" Fastighetsägaren bidrog därtill med en halv miljon.",
    prepositions=("vid", "i", "kring", "längs"),
    dnr_classes=("1.5.3", "1.2.1", "2.3", "3.1.4"),
    locations=("{place}, {committee}", "{place} i stadsdelsområde {district}", "{place} ({committee})"),
    aim_intro="Insatsen gäller {phrase}. ",
    aims_when_long=1,
    long_deviation_share=0.35,
    traffic_aim_intro="Åtgärden gäller {phrase}. ",
    asked_range=(50, 3800),
    cooperation="{org} och {org2}",
    contact_roles=("", ", trygghetssamordnare", ", avdelningschef", ", projektledare"),
    plan=("Pengarna ska användas till {phrase} vid {place}.", "Insatsen beräknas vara klar under {year}."),
)


def make_form(rng: random.Random, template: str | None = None) -> Form:
    return make_form_with(WORDING, rng, template)
