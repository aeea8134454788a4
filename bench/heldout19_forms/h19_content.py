"""The fourteenth generator's own Swedish content: one form (template, labels, answers) and its truth record.

Written fresh for this set. A form is plain data (`Form`); the producers in the other `h19_*` modules draw it, and
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
    "Enskede-Årsta-Vantör": ("Högdalens centrum", "Årstafältet", "Hagsätra torg"),
    "Farsta": ("Farsta strand", "Sköndals centrum", "Larsboda bollplan"),
    "Hägersten-Liljeholmen": ("Västertorps centrum", "Mälarhöjdsbadet", "Hägerstensåsens tunnelbana"),
    "Hässelby-Vällingby": ("Råcksta gångtunnel", "Grimsta naturreservat", "Hässelby gårds torg"),
    "Kungsholmen": ("Rålambshovsparken", "Thorildsplan", "Kungsholms strand"),
    "Norrmalm": ("Tegnérlunden", "Klara kyrkogård", "Vanadislunden"),
    "Rinkeby-Kista": ("Akalla by", "Kista torg", "Rinkebystråket"),
    "Skarpnäck": ("Björkhagens centrum", "Kärrtorps torg", "Flatenbadet"),
    "Skärholmen": ("Sätra centrum", "Bredängs torg", "Vårbergs idrottsplats"),
    "Spånga-Tensta": ("Bromstens centrum", "Tensta allé", "Spånga station"),
    "Södermalm": ("Nytorget", "Tantolunden", "Björns trädgård"),
    "Älvsjö": ("Solbergaparken", "Långbrodals centrum", "Älvsjöskogen"),
    "Östermalm": ("Humlegården", "Gärdet", "Storängsbotten"),
}

MEASURES = (
    ("Belysning av gångstråk", "belysning längs gångstråket mellan tunnelbanan och skolan"),
    ("Gallring av buskage", "gallring av buskage och låga träd kring lekplatsen"),
    ("Upprustning av gångtunnel", "upprustning av gångtunneln med ljusa väggar och nya armaturer"),
    ("Belysta pollare", "belysta pollare som hindrar mopedtrafik på torget"),
    ("Genomsiktliga staket", "genomsiktliga staket i stället för täta plank"),
    ("Aktivitetsyta för unga", "en belyst aktivitetsyta med utegym och sittplatser"),
    ("Kameraövervakning", "kameraövervakning av entréerna till centrumet"),
    ("Trygghetsvandringar", "trygghetsvandringar och åtgärder utifrån vad som kom fram"),
)

LONG_TAILS = (
    " i samverkan med fastighetsägarna, skolan och lokalpolisen under perioden fram till nästa trygghetsmätning",
    " inklusive ny markbeläggning, skyltning på flera språk och belysning av entréerna till garaget",
    " med tillhörande åtgärder för bättre sikt och överblick längs hela stråket från busshållplatsen",
)

FIRST = ("Elin", "Omar", "Karin", "Jonas", "Amira", "Henrik", "Lovisa", "Reza", "Ingrid", "Samuel", "Tove")
LAST = ("Wallin", "Ekström", "Aydin", "Borg", "Hedlund", "Karimi", "Sandberg", "Ljung", "Virtanen", "Dahl")

ORGS = (
    "lokalpolisområde Västerort",
    "Polismyndigheten",
    "trafikkontoret",
    "exploateringskontoret",
    "stadsbyggnadskontoret",
    "socialförvaltningen",
    "Stockholmshem",
    "Familjebostäder",
    "AB Svenska Bostäder",
    "SISAB",
    "Stockholm Exergi",
    "Länsstyrelsen",
    "Trafikverket",
    "fältgruppen",
    "Stiftelsen Tryggare Sverige",
    "nattvandrarna",
    "idrottsförvaltningen",
)

AIMS = (
    "Syftet är att stråket ska kännas tryggt att gå längs även sent på kvällen.",
    "Målet är att fler kvinnor och äldre ska använda parken året runt.",
    "Åtgärden ska ge bättre överblick så att ingen behöver känna sig instängd.",
    "Vi vill att platsen ska bli en naturlig del av vardagen för de boende.",
    "Målet är att minska oron hos föräldrar när barnen går till skolan.",
    "Syftet är att färre ska välja bort platsen av rädsla.",
    "Åtgärden ska göra det lättare att se och bli sedd från omgivningen.",
)
RESULTS = (
    "Uppföljande intervjuer visar att de boende upplever platsen som tryggare.",
    "Stråket är nu jämnt belyst och de mörka fickorna vid trappan har försvunnit.",
    "Skadegörelsen på platsen har minskat sedan åtgärden genomfördes.",
    "Fler barnfamiljer vistas nu i parken under eftermiddagarna.",
    "Fastighetsägaren har följt upp med egna åtgärder på sin mark.",
    "Vid trygghetsvandringen i november beskrevs platsen som ljus och öppen.",
)
DEVIATIONS = (
    "Inga avvikelser har uppstått under genomförandet.",
    "Arbetet blev försenat eftersom entreprenören saknade material.",
    "Snöfallet i december gjorde att planteringen flyttades till våren.",
    "En av stolparna fick placeras om efter synpunkter från grannarna.",
    "Tilldelningsbeslutet överprövades och upphandlingen drog ut på tiden.",
)
NEEDS = (
    "Gångvägen är mörk och kantad av täta buskar som skymmer sikten.",
    "Boende berättar att de undviker platsen efter skymningen.",
    "Platsen pekades ut som otrygg i den senaste trygghetsundersökningen.",
    "Nedskräpning och klotter har ökat kring entrén under det senaste året.",
    "Skolans elevråd har lyft att vägen till fritidsgården känns otrygg.",
)
TRAFFIC_BG = (
    "Stadsdelsnämnden har pekat ut platsen som prioriterad i sitt trygghetsarbete.",
    "Åtgärden finansieras inom ramen för stadens trygghetsinvesteringar.",
    "Belysningen på platsen var gammal och gav ett ojämnt ljus.",
)
TRAFFIC_DONE = (
    "Entreprenören utförde arbetet under sommaren.",
    "Gående och cyklister leddes förbi arbetsområdet på en tillfällig väg.",
    "Slutbesiktningen är genomförd utan anmärkningar.",
)
BULLETS = (
    "åtta nya belysningsstolpar",
    "gallring av buskage längs slänten",
    "tre nya parkbänkar",
    "belysning under viadukten",
    "nya skyltar mot stationen",
    "klottersanering under två år",
    "ett nytt staket mot vägen",
)
MORE = (  # for the long answers that run over a page break
    "De boende bjöds in till en dialog på biblioteket innan arbetet startade.",
    "Deras synpunkter ledde till att belysningen drogs fram till lekplatsen.",
    "Driften av anläggningen tas över av trafikkontoret efter garantitiden.",
    "Arbetet samordnades med bostadsbolagets upprustning av gårdarna.",
    "Under arbetet hölls gångvägen öppen med en skyltad förbifart.",
    "Ett informationsblad delades ut i alla trappuppgångar i närheten.",
    "Projektgruppen har stämt av arbetet med polisen varje månad.",
    "En ny trygghetsvandring planeras till hösten nästa år.",
    "Erfarenheterna från projektet delas med de andra stadsdelarna.",
    "Fler personer rör sig nu på platsen även under kvällarna.",
    "Fastighetsägaren har själv bekostat gallringen på sin tomt.",
    "Unga från fritidsgården har varit med och valt färger till tunneln.",
    "Räddningstjänsten har godkänt den nya utformningen av infarten.",
    "Nämnden har fått rapporter om arbetet vid varje sammanträde.",
    "Kostnaderna för drift ryms i förvaltningens budget.",
    "Grannarnas frågor har besvarats vid två öppna träffar.",
    "Städningen av platsen har utökats till varje vardag.",
    "Ljuset tänds av en skymningsrelä och sänks efter klockan ett.",
    "Ljusmätningar gjordes både före och efter åtgärden.",
    "Butiksägarna har satt upp egen belysning i skyltfönstren.",
)
PICTURE_ANSWERS = ("Bilderna finns i en separat bilaga.", "Se fotobilagan.", "Fotografier finns i diariet.")


WORDING = Wording(
    **pools(globals()),
    long_share=0.45,
    more_count=(10, 18),
    partner="Åtgärden har genomförts tillsammans med {org}.",
    bullet_share=0.35,
    bullet_intro=" Åtgärden omfattade:",
    bullet_count=(2, 4),
    budget_range=(120, 5200),
    deviation_range=(3, 90),
    hedges=("", "", "ca ", "cirka ", "drygt ", "knappt ", "närmare ", "runt ", "nära "),
    budget_sentence="För {year} budgeterades {budget} och de upparbetade kostnaderna uppgick till {hedge}{outcome}.",
    surplus_sentence=" Det innebär {word} på {amount}.",
    prior_sentence=" Föregående år var kostnaden {half} ({third}).",
    spelled_sentence=" Fastighetsägaren medfinansierade med en halv miljon.",
    prepositions=("vid", "på", "i", "kring"),
    dnr_classes=("1.5.3", "1.2.2", "2.4.1", "3.2"),
    locations=("{place}, {committee}", "{place}, stadsdelsområde {district}", "{place} i {district}"),
    aim_intro="Åtgärden avser {phrase}. ",
    aims_when_long=1,
    long_deviation_share=0.35,
    traffic_aim_intro="Åtgärden avser {phrase}. ",
    asked_range=(60, 3600),
    cooperation="{org} samt {org2}",
    contact_roles=("", ", enhetschef", ", trygghetskoordinator"),
    plan=("Medlen ska gå till {phrase} vid {place}.", "Åtgärden ska vara genomförd under {year}."),
)


def make_form(rng: random.Random, template: str | None = None) -> Form:
    return make_form_with(WORDING, rng, template)
