"""The twelfth generator's own Swedish content: one form (template, labels, answers) and its truth record.

Written fresh for this set. A form is plain data (`Form`); the producers in the other `h17_*` modules draw it, and
`Form.truth()` is what a correct extraction gives (tests/layout_scoring.py's fields and sections).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Callable

# The districts and their mergers are domain facts, not content: shared with the ninth generator; the data model of
# a form (sections, truth record), the templates' skeleton (every label variant of domain.md) and the ways of
# writing money are the tenth generator's, filled here with this generator's own wording.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout14_forms"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout15_forms"))
from h14_content import district_today  # noqa: E402
from h15_content import PLACEHOLDER, Form, Section, Wording, make_form_with, pools  # noqa: E402

__all__ = ["PLACEHOLDER", "Form", "Section", "district_today", "make_form", "pair_rows"]

# Places inside one old district (the one they lay in before the mergers).
PLACES = {
    "Bromma": ("Alviks torg", "Ulvsunda industriområde", "Minnebergsparken"),
    "Enskede-Årsta-Vantör": ("Högdalens centrum", "Årsta torg", "Hagsätra bollplan"),
    "Farsta": ("Farsta strand", "Larsboda gård", "Sköndals centrum"),
    "Hägersten-Liljeholmen": ("Axelsbergs torg", "Mälarhöjdsbadet", "Västertorps centrum"),
    "Hässelby-Vällingby": ("Råcksta gård", "Grimsta naturreservat", "Hässelby gårds torg"),
    "Kungsholmen": ("Rålambshovsparken", "Kungsholms strand", "Thorildsplan"),
    "Norrmalm": ("Kungsträdgården", "Tegnérlunden", "Klara kyrkogård"),
    "Rinkeby-Kista": ("Akalla by", "Kista torg", "Rinkebysvängen"),
    "Skarpnäck": ("Björkhagens centrum", "Flatenbadet", "Pungpinans torg"),
    "Skärholmen": ("Sätra centrum", "Bredängs centrum", "Skärholmsvägens gångbro"),
    "Spånga-Tensta": ("Spånga station", "Tenstaträffen", "Solhems gård"),
    "Södermalm": ("Medborgarplatsen", "Tantolunden", "Skanstull gångtunnel"),
    "Älvsjö": ("Solbergaparken", "Långbro park", "Liseberg centrum"),
    "Östermalm": ("Stureplan", "Humlegården", "Gärdets bollplaner"),
}

MEASURES = (
    ("Trygghetsbelysning", "trygghetsbelysning längs gång- och cykelvägen"),
    ("Genomsiktliga staket", "genomsiktliga staket i stället för täta plank"),
    ("Upprustning av torget", "upprustning av torgytan med nya ytskikt och belysning"),
    ("Pollare och avsmalning", "pollare och en avsmalning som sänker hastigheten"),
    ("Konst i gångtunneln", "konstnärlig gestaltning och ljusare ytor i gångtunneln"),
    ("Gallring av buskage", "gallring av buskage och uppstammning av träd"),
    ("Platssamverkan", "platssamverkan med fastighetsägare och handlare"),
    ("Solcellsdriven belysning", "solcellsdriven belysning på den oupplysta stigen"),
)

LONG_TAILS = (
    " med tillhörande översyn av skyltning, siktlinjer och entréer mot tunnelbanan",
    " inklusive belysta stråk mellan skolan, idrottsplatsen och hållplatsen",
    " i etapper under två budgetår tillsammans med berörda bostadsbolag",
)

FIRST = ("Ingrid", "Omar", "Karin", "Jesper", "Amina", "Björn", "Elif", "Johan", "Ulrika", "Kerim")
LAST = ("Wallin", "Sandberg", "Aydin", "Hedlund", "Lindqvist", "Ahmadi", "Nyström", "Ek", "Gustafsson", "Berg")

ORGS = (
    "lokalpolisområde Järva",
    "polisen",
    "trafikkontoret",
    "exploateringskontoret",
    "stadsbyggnadskontoret",
    "Familjebostäder",
    "Stockholmshem",
    "AB Svenska Bostäder",
    "Micasa",
    "SISAB",
    "Stockholm Exergi",
    "AB Stokab",
    "Brå",
    "Region Stockholm",
    "Skärholmens Fastighetsägare",
    "nattvandrarna",
    "socialförvaltningen",
    "S:t Erik Kommunikation",
)

AIMS = (
    "Syftet är att göra stråket ljust och överblickbart under hela året.",
    "Målet är att minska känslan av otrygghet som boende beskrivit vid trygghetsvandringar.",
    "Åtgärden ska göra det lättare att se och bli sedd när man rör sig över platsen.",
    "Vi vill att platsen ska kännas välkomnande för barn, unga och äldre.",
    "Investeringen ska bidra till att fler väljer att gå eller cykla i stället för att ta bilen.",
    "Syftet är också att minska nedskräpning och skadegörelse på platsen.",
    "Målet är att platsen ska användas av fler under kvällstid.",
)
RESULTS = (
    "Efter åtgärden upplever de boende som svarat på enkäten platsen som tryggare.",
    "Stråket är nu jämnt belyst och de mörka partierna vid trappan är borta.",
    "Polisen rapporterar färre larm om ordningsstörningar från platsen.",
    "Fler barnfamiljer använder platsen på eftermiddagar och helger.",
    "Fastighetsägarna har följt upp med egen belysning på angränsande gårdar.",
    "Trygghetsvandringen i oktober visade att platsen nu upplevs som öppen och ljus.",
)
DEVIATIONS = (
    "Inga avvikelser har skett i genomförandet.",
    "Arbetet försenades eftersom entreprenören saknade material under våren.",
    "Ledningar i marken krävde att stolparnas placering ändrades.",
    "Ett av staketen fick flyttas efter synpunkter från räddningstjänsten.",
    "Leverantören gick i konkurs och en ny upphandling krävdes.",
)
NEEDS = (
    "Platsen är mörk och har många skymda hörn där det är svårt att se vem som kommer.",
    "Boende undviker stråket kvällstid och tar i stället en betydligt längre väg.",
    "Vid trygghetsvandringen pekades platsen ut som den mest otrygga i området.",
    "Skadegörelse och klotter har ökat under de senaste två åren.",
    "Unga i området beskriver platsen som en plats man skyndar förbi.",
)
TRAFFIC_BG = (
    "Stadsdelsnämnden har begärt att stråket ska göras tryggare.",
    "Kontoret fick i uppdrag av trafiknämnden att genomföra åtgärden inom ramen för trygghetsinvesteringarna.",
    "En inventering visade att belysningen var både föråldrad och för svag.",
)
TRAFFIC_DONE = (
    "Arbetet utfördes under hösten med stadens ramavtalsentreprenör.",
    "Gångtrafiken leddes om under de veckor som arbetet pågick.",
    "Slutbesiktningen godkändes utan anmärkningar.",
)
BULLETS = (
    "åtta nya armaturer",
    "uppstammning av tolv träd",
    "nytt genomsiktligt staket",
    "belysning under gångbron",
    "skyltar med kontaktuppgifter",
    "klottersanering under två år",
    "nya papperskorgar",
)
MORE = (  # for the long answers that run over a page break
    "Dialogen med boende har skett via öppet hus och en digital enkät.",
    "Synpunkterna från dialogen har påverkat var armaturerna placerats.",
    "Driften efter projektets slut ansvarar trafikkontoret för.",
    "Åtgärden samordnades med stadens pågående arbete med stråket.",
    "Under arbetet hölls gångvägen öppen med tillfälliga avspärrningar.",
    "Information om arbetet sattes upp på anslagstavlor och i trapphus.",
    "Projektgruppen bestod av medarbetare från förvaltningen och en extern konsult.",
    "En ny trygghetsvandring planeras till nästa höst.",
    "Lärdomarna från projektet delas med andra stadsdelsförvaltningar.",
    "Fler personer rör sig nu över platsen även sent på kvällen.",
    "Bostadsbolaget har bekostat belysningen på sin egen mark.",
    "Elever från högstadieskolan har deltagit i gestaltningen av tunneln.",
    "Räddningstjänsten har godkänt den nya utformningen av uppfarten.",
    "Nämnden har informerats om arbetet vid två sammanträden.",
    "Kostnaderna för drift ryms inom nämndens budget.",
    "Frågor från närboende har besvarats av projektledaren.",
    "Platsen städas nu oftare enligt ett nytt avtal.",
    "Belysningen styrs med tidur och skymningsrelä.",
    "Arbetet har följts upp med mätningar av belysningsstyrkan.",
    "Handlarna runt torget har bidragit med egna blomlådor.",
)
PICTURE_ANSWERS = ("Bilder bifogas separat.", "Se bilaga med foton.", "Foton finns i diariet.")


WORDING = Wording(
    **pools(globals()),
    long_share=0.5,
    more_count=(10, 18),
    partner="Åtgärden har tagits fram tillsammans med {org}.",
    bullet_share=0.35,
    bullet_intro=" Åtgärden omfattade:",
    bullet_count=(2, 4),
    budget_range=(120, 4500),
    deviation_range=(3, 90),
    hedges=("", "", "ca ", "cirka ", "drygt ", "knappt ", "nära ", "över ", "runt "),
    budget_sentence="Budgeterat belopp var {budget} och utfallet för {year} blev {hedge}{outcome}.",
    surplus_sentence=" Det innebär {word} om {amount}.",
    prior_sentence=" Föregående år var kostnaden {half} ({third}).",
    spelled_sentence=" Medfinansieringen från bostadsbolaget var en halv miljon.",
    prepositions=("vid", "på", "i", "kring"),
    dnr_classes=("1.5.3", "1.2.1", "2.6.2", "4.1"),
    locations=("{place}, {committee}", "{place}, stadsdelsområde {district}", "{place} ({district})"),
    aim_intro="Projektet avser {phrase}. ",
    aims_when_long=1,
    long_deviation_share=0.35,
    traffic_aim_intro="Åtgärden avser {phrase}. ",
    asked_range=(90, 3200),
    cooperation="{org} och {org2}",
    contact_roles=("", ", projektledare", ", områdessamordnare"),
    plan=("Medlen används till {phrase} vid {place}.", "Åtgärden ska vara genomförd under {year}."),
)


def make_form(rng: random.Random, template: str | None = None) -> Form:
    return make_form_with(WORDING, rng, template)


def pair_rows(sections: list[Section], wide: Callable[[Section], bool]) -> list[list[Section]]:
    """An application's header fields two to a row, in order, for the producers that set them as a grid of pairs;
    one for which `wide` holds (a word too long for a narrow cell, such as an e-mail address) has a row of its own."""
    rows: list[list[Section]] = []
    for section in sections:
        if not wide(section) and rows and len(rows[-1]) == 1 and not wide(rows[-1][0]):
            rows[-1].append(section)
        else:
            rows.append([section])
    return rows
