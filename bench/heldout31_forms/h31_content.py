"""The twenty-sixth generator's own Swedish content: one form (template, labels, answers) and its truth record.

Written fresh for this set. A form is plain data (`Form`); the producers in the other `h31_*` modules draw it, and
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
    "Bromma": ("Alviks strand", "Åkeshovs slottspark", "Ulvsunda industriområde"),
    "Enskede-Årsta-Vantör": ("Svedmyra tunnelbanestation", "Stureby vårdcentral", "Örby centrum"),
    "Farsta": ("Larsboda gångväg", "Fagersjö bollplan", "Farsta strands pendeltågsstation"),
    "Hägersten-Liljeholmen": ("Västertorps skulpturpark", "Fruängens centrum", "Midsommarkransens gångbro"),
    "Hässelby-Vällingby": ("Hässelby strand", "Råcksta träsk", "Vinsta företagsområde"),
    "Kungsholmen": ("Rålambshovsparken", "Stadshagens idrottsplats", "Kristinebergs strandpark"),
    "Norrmalm": ("Vasaparken", "Klara kyrkogård", "Norra Bantorget"),
    "Rinkeby-Kista": ("Rinkeby allé", "Kista gård", "Husbydalen"),
    "Skarpnäck": ("Kärrtorps centrum", "Björkhagens skogsbacke", "Hammarbyhöjdens gångstråk"),
    "Skärholmen": ("Sätra gård", "Bredängs strandbad", "Skärholmens dal"),
    "Spånga-Tensta": ("Tensta allé", "Hjulsta torg", "Solhems skogsgläntan"),
    "Södermalm": ("Mariatorget", "Fatburstrappan", "Vitabergsparken"),
    "Älvsjö": ("Älvsjö station", "Solberga gångtunnel", "Örby slottspark"),
    "Östermalm": ("Lill-Jansskogen", "Värtans gångbro", "Tessinparken"),
}

MEASURES = (
    ("Ljussättning av trapporna", "ljussättning av trapporna och räcken som syns på håll"),
    ("Nya entréer till gångtunneln", "breda och ljusa entréer till gångtunneln"),
    ("Siktröjning längs stigen", "siktröjning av träd och buskar längs stigen"),
    ("Väktarrondering", "väktarrondering under helgnätter"),
    ("Lekplats med kvällsbelysning", "en lekplats som är upplyst även på kvällen"),
    ("Trygghetsvärdar", "trygghetsvärdar som rör sig i området efter skoltid"),
    ("Mötesplats för unga", "en bemannad mötesplats för unga vid centrum"),
    ("Klotterrengöring", "snabb klotterrengöring och målning av fasader"),
)

LONG_TAILS = (
    " samt anslutande cykelbana mot pendeltågsstationen",
    " och de bakgårdar som vetter mot parken",
    " inom ramen för stadsdelens handlingsplan för trygghet och säkerhet",
)

FIRST = ("Birgitta", "Ahmed", "Sofia", "Lennart", "Amina", "Patrik", "Ulrika", "Dragan", "Maja", "Torbjörn", "Fatima")
LAST = ("Bergström", "Hassan", "Nyberg", "Wallin", "Çelik", "Forsberg", "Johansson", "Öberg", "Kowalski")

ORGS = (
    "lokalpolisområde Västerort",
    "lokalpolisområde Globen",
    "idrottsförvaltningen",
    "kulturförvaltningen",
    "miljöförvaltningen",
    "socialförvaltningen",
    "Svenska Bostäder",
    "Stockholmshem",
    "SL",
    "Fastighetsägarna Järva",
    "Hyresgästföreningen Västerort",
    "Föräldravandrarna",
    "Ellevio",
    "Länsstyrelsen i Stockholms län",
    "MSB",
    "Stockholms Stadsmission",
)

AIMS = (
    "Målet är att trappan ska upplevas som en självklar och trygg väg hem.",
    "Syftet är att fler ska välja att gå genom parken i stället för runt den.",
    "Vi vill att ungdomarna ska ha en plats att vara på som inte är gatan.",
    "Insatsen ska minska ensamheten och rädslan hos äldre boende i området.",
    "Målet är att området ska upplevas som omhändertaget och rent.",
    "Syftet är att bryta den negativa bilden av platsen som många har.",
    "Insatsen ska ge föräldrar större trygghet när barnen leker ute på kvällen.",
)
RESULTS = (
    "Trappan används nu av betydligt fler, även efter klockan tio på kvällen.",
    "Klottret tas bort inom ett dygn och nytt klotter har blivit ovanligt.",
    "Mötesplatsen har i snitt trettio besökare per kväll under terminerna.",
    "Enligt trygghetsvärdarna har stämningen i området blivit mycket lugnare.",
    "Polisen rapporterar färre ingripanden vid stationen än föregående år.",
    "De boende som svarade på enkäten upplever platsen som tryggare än förut.",
)
DEVIATIONS = (
    "Projektet har genomförts enligt plan.",
    "Leveransen av armaturerna försenades och arbetet flyttades till januari.",
    "Ett av träden visade sig vara skyddsvärt och fick stå kvar.",
    "Upphandlingen av väktare överklagades vilket försenade starten med två månader.",
    "Lekplatsen blev dyrare än beräknat på grund av markförhållandena.",
)
NEEDS = (
    "Många boende har i dialogmöten berättat att de undviker trappan när det är mörkt.",
    "Platsen har under lång tid präglats av nedskräpning och skadegörelse.",
    "Skolan har rapporterat att elever blir hotade på väg hem genom parken.",
    "Stadsdelens trygghetsmätning visar att platsen upplevs som den otryggaste i området.",
    "Det finns ingen meningsfull sysselsättning för unga i området på kvällstid.",
)
TRAFFIC_BG = (
    "Gångtunneln är den enda förbindelsen under motorvägen för de boende i området.",
    "Tunneln var smal, mörk och hade klotter på nästan alla ytor.",
    "Trafikkontoret fick under året flera synpunkter om tunneln via felanmälan.",
)
TRAFFIC_DONE = (
    "Entréerna breddades och väggarna kläddes med ljusa kakelplattor.",
    "Arbetet pågick under sommaren då färre använder tunneln.",
    "Belysningen styrs nu av närvarosensorer som höjer ljuset när någon närmar sig.",
)
BULLETS = (
    "åtta nya armaturer i trapporna",
    "räcken med inbyggd belysning",
    "tre trygghetsvärdar på halvtid",
    "en ny klätterställning och gungor",
    "fasadrengöring av två gavlar",
    "ett informationsmöte för de boende",
    "öppettider fyra kvällar i veckan",
)
MORE = (  # for the long answers that run over a page break
    "Styrgruppen har haft avstämningsmöten en gång i månaden.",
    "De boende bjöds in till ett öppet möte i samlingslokalen innan arbetet började.",
    "Informationen översattes till sex språk och delades ut i alla trappuppgångar.",
    "Många önskade fler sittplatser och mer grönska i anslutning till platsen.",
    "Vi har därför kompletterat med två bänkar och planteringar i krukor.",
    "Underhållet av anläggningen ligger nu på fastighetsägaren.",
    "Skolans elevråd har varit delaktigt i utformningen av mötesplatsen.",
    "Under byggtiden hänvisades gående till en tillfällig väg förbi förskolan.",
    "Områdespolisen har deltagit i två av trygghetsvandringarna.",
    "Arbetet blev klart en vecka före utsatt tid.",
    "Ekonomin har följts upp varje kvartal av förvaltningens controller.",
    "En majoritet av de tillfrågade anser att insatsen har gjort skillnad.",
    "Några boende har framfört att belysningen borde vara kvar hela natten.",
    "Armaturerna är energisnåla och tänds automatiskt vid skymning.",
    "Feriearbetare har hjälpt till med skräpplockning under sommaren.",
    "Erfarenheterna presenterades för nämnden vid sammanträdet i april.",
    "Metoden har väckt intresse hos flera andra stadsdelsförvaltningar.",
    "Inga synpunkter om störningar har kommit in från grannarna.",
    "Förvaltningen vill gärna pröva samma modell i fler bostadsområden.",
    "Fastighetsägaren har bekostat målningen av de egna fasaderna.",
)
PICTURE_ANSWERS = ("Fotografier bifogas.", "Bilder skickas separat per e-post.", "Se bildbilagan.")


WORDING = Wording(
    **pools(globals()),
    long_share=0.45,
    more_count=(14, 20),
    partner="Projektet har genomförts tillsammans med {org}.",
    bullet_share=0.35,
    bullet_intro=" Insatsen bestod av:",
    bullet_count=(2, 4),
    budget_range=(120, 5200),
    deviation_range=(4, 190),
    hedges=("", "", "ca ", "cirka ", "ungefär ", "strax över ", "strax under ", "runt ", "drygt ", "knappt "),
    budget_sentence="Beviljat belopp {year} var {budget} och utfallet blev {hedge}{outcome}.",
    surplus_sentence=" Det innebär {word} på {amount}.",
    prior_sentence=" Föregående år var utfallet {half} ({third}).",
    spelled_sentence=" Fastighetsägaren har dessutom bidragit med en kvarts miljon.",
    prepositions=("i", "vid", "på", "längs"),
    dnr_classes=("1.5.1", "1.3.2", "2.6", "3.1.2"),
    locations=("{place}, {committee}", "{place} i {district}", "{place}, {district}"),
    aim_intro="Medlen avser {phrase}. ",
    aims_when_long=1,
    long_deviation_share=0.35,
    traffic_aim_intro="Projektet gäller {phrase}. ",
    asked_range=(80, 4200),
    cooperation="{org} tillsammans med {org2}",
    contact_roles=("", ", enhetschef", ", trygghetsstrateg", ", projektledare"),
    plan=("Medlen ska användas till {phrase} vid {place}.", "Projektet planeras vara genomfört under {year}."),
)


def make_form(rng: random.Random, template: str | None = None) -> Form:
    return make_form_with(WORDING, rng, template)
