"""The twenty-second generator's own Swedish content: one form (template, labels, answers) and its truth record.

Written fresh for this set. A form is plain data (`Form`); the producers in the other `h27_*` modules draw it, and
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
    "Bromma": ("Alviks strand", "Ulvsunda industriområde", "Beckomberga parkstråk"),
    "Enskede-Årsta-Vantör": ("Hökmossens gångväg", "Högdalens centrum", "Stora Mossens koloniområde"),
    "Farsta": ("Farsta strand", "Larsbodaskogen", "Fagersjövägens gångbro"),
    "Hägersten-Liljeholmen": ("Liljeholmstorget", "Mälarhöjdsbadet", "Telefonplan"),
    "Hässelby-Vällingby": ("Råcksta träsk", "Hässelby strand", "Grimsta naturreservat"),
    "Kungsholmen": ("Rålambshovsparken", "Kristinebergs strand", "Hantverkargatans trappor"),
    "Norrmalm": ("Vasaparken", "Tegnérlunden", "Klarabergsviadukten"),
    "Rinkeby-Kista": ("Husby gård", "Kistaparken", "Rinkeby torg"),
    "Skarpnäck": ("Orhems gångväg", "Björkhagens centrum", "Kärrtorps IP"),
    "Skärholmen": ("Bredängs centrum", "Sätra torg", "Skärholmsdalen"),
    "Spånga-Tensta": ("Spånga station", "Hjulsta backar", "Tensta centrum"),
    "Södermalm": ("Nytorget", "Tantolunden", "Skanstulls gångbro"),
    "Älvsjö": ("Solbergaparken", "Långbro park", "Älvsjö centrum"),
    "Östermalm": ("Tessinparken", "Humlegården", "Gärdets sportfält"),
}

MEASURES = (
    ("Ljus längs strandpromenaden", "nya belysningsstolpar och ljus i trädkronorna längs strandpromenaden"),
    ("Öppnare entré till gångbron", "borttagna skymmande plank och en ljusare entré till gångbron"),
    ("Kvällsöppen mötesplats för tonåringar", "en kvällsöppen mötesplats med vuxennärvaro för tonåringar"),
    ("Bevakning av cykelgaraget", "kameror och bättre belysning i det stora cykelgaraget"),
    ("Röjning av slänten mot vägen", "röjning av sly i slänten så att gångvägen syns från vägen"),
    ("Färgsättning av trapphuset under bron", "ny färgsättning och belysning av trappan under bron"),
    ("Platssamverkan kring centrumet", "en platssamverkan mellan handlare, bostadsbolag och polis"),
    ("Nya staket och bänkar vid lekplatsen", "genomsiktliga staket och nya bänkar runt lekplatsen"),
)

LONG_TAILS = (
    " med tillhörande gångvägar mot skolan och förskolan i kvarteret",
    " samt den smala passagen mellan parkeringshuset och tunnelbanan",
    " inom ramen för stadsdelens handlingsplan för trygghet och säkerhet",
)

FIRST = ("Annika", "Hassan", "Gunilla", "Peter", "Amina", "Niklas", "Tove", "Dragan", "Lena", "Arvid", "Sanna")
LAST = ("Bergqvist", "Mohamud", "Lindgren", "Strand", "Nilsson", "Ljungberg", "Åkesson", "Demir", "Palm", "Öhman")

ORGS = (
    "lokalpolisområde Globen",
    "lokalpolisområde Järva",
    "trafikkontoret",
    "fastighetskontoret",
    "idrottsförvaltningen",
    "socialförvaltningen",
    "Svenska Bostäder",
    "Stockholmshem",
    "SISAB",
    "Stockholm Vatten och Avfall",
    "S:t Erik Markutveckling",
    "Skärholmens Fastighetsägare",
    "Nattvandrarna",
    "Stiftelsen Tryggare Sverige",
    "Region Stockholm",
    "IFK Kista",
)

AIMS = (
    "Syftet är att fler ska våga använda strandpromenaden även under den mörka delen av året.",
    "Målet är att gångbron ska upplevas som en naturlig och trygg del av vägen hem.",
    "Insatsen ska ge tonåringarna ett alternativ till att samlas utomhus sent på kvällen.",
    "Vi vill minska stölderna och skadegörelsen i cykelgaraget.",
    "Målet är att gångvägen ska bli synlig från bilvägen och från de närmaste husen.",
    "Syftet är att trappan ska kännas välkomnande i stället för hotfull.",
    "Insatsen ska skapa en gemensam bild av läget i centrumet och snabbare åtgärder.",
)
RESULTS = (
    "Fler rör sig längs strandpromenaden efter mörkrets inbrott, enligt stadens räkningar.",
    "Anmälningarna om cykelstölder i garaget har minskat med ungefär hälften.",
    "Mötesplatsen har haft i genomsnitt fyrtio besökare per kväll under hösten.",
    "De boende beskriver gångbron som ljusare och mer överblickbar än tidigare.",
    "Slänten är nu öppen och gångvägen syns tydligt från busshållplatsen.",
    "Handlarna i centrumet rapporterar färre incidenter sedan samverkan kom i gång.",
)
DEVIATIONS = (
    "Projektet genomfördes enligt plan utan avvikelser.",
    "Elarbetena blev dyrare än väntat eftersom kablarna i marken måste bytas.",
    "Ett av kamerahusen fick flyttas efter synpunkter från bostadsrättsföreningen.",
    "Röjningen sköts upp några veckor på grund av tjäle i marken.",
    "Färgsättningen fick göras om på en vägg efter klotter under arbetets gång.",
)
NEEDS = (
    "Vid trygghetsvandringen i våras pekade nästan alla deltagare ut just den här platsen.",
    "Polisens lägesbild visar återkommande ordningsstörningar vid platsen.",
    "Föräldrar har hört av sig om att barnen undviker vägen till skolan när det är mörkt.",
    "Cykelgaraget saknar i dag både belysning och överblick.",
    "Trappan under bron är smal, mörk och full av klotter.",
)
TRAFFIC_BG = (
    "Trafikkontoret fick uppdraget efter önskemål från stadsdelsnämnden och de boende.",
    "Gångbron är en viktig förbindelse mellan bostadsområdet och tunnelbanan.",
    "Belysningen längs stråket var gammal och lyste ojämnt.",
)
TRAFFIC_DONE = (
    "Stolparna byttes och nya armaturer sattes upp med jämnare ljusbild.",
    "Arbetet samordnades med ledningsarbeten som ändå pågick i området.",
    "Slutbesiktningen gjordes i september utan anmärkningar.",
)
BULLETS = (
    "åtta nya belysningsstolpar",
    "röjning av cirka 400 kvadratmeter sly",
    "tre kameror med tidsbegränsad lagring",
    "fyra nya bänkar med armstöd",
    "ett genomsiktligt staket runt lekplatsen",
    "informationsskyltar vid entréerna",
    "en enkät till de boende efter ett halvår",
)
MORE = (  # for the long answers that run over a page break
    "Styrgruppen har träffats en gång i månaden under hela projekttiden.",
    "Information till de boende har gått ut via bostadsbolagens portaler och anslag i entréerna.",
    "Ett öppet möte hölls i medborgarkontoret, dit ett fyrtiotal boende kom.",
    "Många betonade vikten av att ljuset inte ska lysa in i lägenheterna.",
    "Armaturerna är därför avskärmade uppåt och mot fasaderna.",
    "Skötseln tas över av trafikkontoret när entreprenörens garanti har löpt ut.",
    "Fritidsgården hjälpte till att samla in ungdomarnas synpunkter på utformningen.",
    "Under byggtiden leddes gående om via en tillfällig gångväg längs parkeringen.",
    "Kommunpolisen har varit med vid avstämningarna och delat sin lägesbild.",
    "Entreprenören blev klar två veckor före den planerade tidpunkten.",
    "Kostnaderna har följts upp löpande av förvaltningens ekonom.",
    "Den senaste mätningen visar att fler äldre nu använder stråket.",
    "Några boende har önskat fler bänkar längs den längre delen av stråket.",
    "Ljuset sänks automatiskt något efter midnatt för att spara energi.",
    "Feriearbetande ungdomar planterade perenner längs kanterna under sommaren.",
    "Nämnden fick en muntlig lägesrapport vid sammanträdet i oktober.",
    "En uppföljning har gjorts av en forskare vid ett av stadens universitet.",
    "Erfarenheterna har delats med andra stadsdelar i stadens trygghetsnätverk.",
    "Inga synpunkter har kommit in från de närmaste grannarna.",
    "Förvaltningen vill pröva samma modell vid fler centrum i stadsdelen.",
)
PICTURE_ANSWERS = ("Bilder bifogas i separat fil.", "Se bildbilagan.", "Fotografier finns hos förvaltningen.")


WORDING = Wording(
    **pools(globals()),
    long_share=0.45,
    more_count=(14, 20),
    partner="Insatsen har genomförts tillsammans med {org}.",
    bullet_share=0.35,
    bullet_intro=" I insatsen ingick:",
    bullet_count=(2, 4),
    budget_range=(130, 4600),
    deviation_range=(5, 160),
    hedges=("", "", "ca ", "cirka ", "runt ", "drygt ", "närmare ", "knappt ", "omkring "),
    budget_sentence="För {year} var {budget} budgeterat, och utfallet blev {hedge}{outcome}.",
    surplus_sentence=" Det innebär {word} om {amount}.",
    prior_sentence=" Föregående år var utfallet {half} ({third}).",
    spelled_sentence=" Bostadsbolaget stod dessutom för två miljoner av kostnaden.",
    prepositions=("vid", "i", "på", "längs"),
    dnr_classes=("1.5.3", "1.2.2", "2.1", "3.2.1"),
    locations=("{place}, {committee}", "{place}, {district}", "{place} ({committee})"),
    aim_intro="Insatsen omfattar {phrase}. ",
    aims_when_long=1,
    long_deviation_share=0.35,
    traffic_aim_intro="Åtgärden omfattar {phrase}. ",
    asked_range=(80, 3700),
    cooperation="{org} och {org2}",
    contact_roles=("", ", trygghetsstrateg", ", enhetschef", ", samordnare"),
    plan=("Medlen ska gå till {phrase} {place}.", "Arbetet planeras bli klart under {year}."),
)


def make_form(rng: random.Random, template: str | None = None) -> Form:
    return make_form_with(WORDING, rng, template)
