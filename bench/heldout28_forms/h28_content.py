"""The twenty-third generator's own Swedish content: one form (template, labels, answers) and its truth record.

Written fresh for this set. A form is plain data (`Form`); the producers in the other `h28_*` modules draw it, and
`Form.truth()` is what a correct extraction gives (tests/layout_scoring.py's fields and sections). `GUIDANCE` is the
small help text some real forms print under a label ("Beskriv kortfattat …"): page furniture, not part of the label
or of the answer.
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

__all__ = ["GUIDANCE", "PLACEHOLDER", "Form", "Section", "district_today", "make_form"]

# Places inside one old district (the one they lay in before the mergers).
PLACES = {
    "Bromma": ("Åkeshovs slottspark", "Brommaplan", "Judarskogens entré"),
    "Enskede-Årsta-Vantör": ("Rågsveds centrum", "Årstaskogen", "Enskededalens gångtunnel"),
    "Farsta": ("Hökarängens centrum", "Farstanäset", "Gubbängens bollplan"),
    "Hägersten-Liljeholmen": ("Aspuddsparken", "Fruängens centrum", "Hägerstensåsens gångväg"),
    "Hässelby-Vällingby": ("Vällingby torg", "Kälvestaskogen", "Hässelby villastads station"),
    "Kungsholmen": ("Fridhemsplan", "Norr Mälarstrand", "Kronobergsparken"),
    "Norrmalm": ("Observatorielunden", "Sankt Eriksplan", "Brunkebergstorg"),
    "Rinkeby-Kista": ("Akalla by", "Kista gård", "Rinkebystråket"),
    "Skarpnäck": ("Skarpnäcks centrum", "Bagarmossens torg", "Nackareservatets entré"),
    "Skärholmen": ("Vårberg centrum", "Skärholmens torg", "Vårbergstoppen"),
    "Spånga-Tensta": ("Solhems gångbro", "Tensta allé", "Hjulsta torg"),
    "Södermalm": ("Mariatorget", "Vitabergsparken", "Hornstull strand"),
    "Älvsjö": ("Herrängens gård", "Örby slott", "Älvsjöbadet"),
    "Östermalm": ("Karlaplan", "Östermalms IP", "Ladugårdsgärdet"),
}

MEASURES = (
    ("Belysta gångstråk genom parken", "ny belysning längs parkens gångstråk och vid entréerna"),
    ("Tryggare tunnelbaneuppgång", "ljusare väggar, speglar och belysning i tunnelbanans uppgång"),
    ("Öppen idrottshall på fredagskvällar", "kvällsöppen idrottshall med ledare för unga på fredagar"),
    ("Kamerabevakning av torget", "kamerabevakning av torget och ytan framför biblioteket"),
    ("Gallring av buskage vid lekparken", "gallring av täta buskage så att lekparken syns från gatan"),
    ("Konst och ljus i gångtunneln", "konstnärlig utsmyckning och ny belysning i gångtunneln"),
    ("Trygghetsvärdar i centrum", "trygghetsvärdar som rör sig i centrum under kvällstid"),
    ("Nya mötesplatser vid stranden", "bänkar, grillplatser och ljus vid strandkanten"),
)

LONG_TAILS = (
    " med angränsande cykelväg och busshållplats",
    " samt gångvägen mellan idrottsplatsen och skolan",
    " enligt stadsdelens lokala trygghetsplan för åren framåt",
)

FIRST = ("Karin", "Yusuf", "Margareta", "Jonas", "Leila", "Mattias", "Elin", "Goran", "Ingrid", "Oskar", "Hanna")
LAST = ("Sandberg", "Warsame", "Holmgren", "Ek", "Jönsson", "Rydén", "Åberg", "Lind", "Ödman")

ORGS = (
    "lokalpolisområde Södermalm",
    "lokalpolisområde Rinkeby",
    "trafikkontoret",
    "exploateringskontoret",
    "stadsbyggnadskontoret",
    "utbildningsförvaltningen",
    "Familjebostäder",
    "Micasa",
    "AB Stokab",
    "Stockholms Stads Parkerings AB",
    "Fastighetsägarna Stockholm",
    "Brå",
    "Trafikverket",
    "Länsstyrelsen",
    "föreningen Vuxna på stan",
    "Hammarby IF:s ungdomssektion",
)

AIMS = (
    "Målet är att parken ska gå att använda tryggt även under vinterhalvårets mörka kvällar.",
    "Syftet är att uppgången ska kännas ljus och öppen för alla som reser med tunnelbanan.",
    "Insatsen ska ge ungdomar en meningsfull plats att vara på under fredagskvällarna.",
    "Vi vill minska rånen och ordningsstörningarna på torget.",
    "Lekparken ska synas från gatan så att föräldrar och barn känner sig säkra.",
    "Tunneln ska upplevas som en del av stadsmiljön och inte som en plats att undvika.",
    "Syftet är att fler vuxna ska finnas på plats när många unga rör sig i centrum.",
)
RESULTS = (
    "Enligt den senaste trygghetsmätningen känner sig fler boende trygga i parken på kvällen.",
    "Antalet anmälda rån på torget har minskat sedan kamerorna togs i drift.",
    "Idrottshallen har haft omkring sextio besökare per fredag under terminen.",
    "Uppgången beskrivs nu som ljus och välkomnande av resenärerna.",
    "Lekparken syns tydligt från gatan och används mer av förskolorna.",
    "Trygghetsvärdarna har haft många samtal med unga och med butikernas personal.",
)
DEVIATIONS = (
    "Inga avvikelser att rapportera.",
    "Upphandlingen tog längre tid än planerat och arbetet startade därför senare.",
    "En kamera fick placeras om efter samråd med Integritetsskyddsmyndigheten.",
    "Gallringen fick vänta tills fågelhäckningen var över.",
    "Konstnären behövde mer tid för att färdigställa verket i tunneln.",
)
NEEDS = (
    "Boende har under flera år lyft parken som en plats de undviker när det är mörkt.",
    "Polisen beskriver torget som en av stadsdelens mest utsatta platser kvällstid.",
    "Skolan har rapporterat att elever känner sig otrygga på vägen genom tunneln.",
    "Det saknas i dag meningsfulla fritidsaktiviteter för unga på fredagskvällar.",
    "Uppgången är mörk, trång och har många skymda hörn.",
)
TRAFFIC_BG = (
    "Stadsdelsnämnden har i flera år framfört att stråket behöver bättre belysning.",
    "Tunneln är den enda gångförbindelsen mellan bostäderna och centrum.",
    "Den gamla belysningen var från sjuttiotalet och lyste för svagt.",
)
TRAFFIC_DONE = (
    "Nya stolpar och armaturer monterades under våren.",
    "Arbetet utfördes nattetid för att inte störa trafiken.",
    "Slutbesiktningen godkändes utan anmärkningar i augusti.",
)
BULLETS = (
    "tolv nya belysningsstolpar",
    "gallring av omkring 300 kvadratmeter buskage",
    "två kameror med maskering av bostadsfönster",
    "sex nya bänkar och två grillplatser",
    "speglar i uppgångens hörn",
    "skyltar om kamerabevakning",
    "en uppföljande trygghetsvandring",
)
MORE = (  # for the long answers that run over a page break
    "Projektgruppen har träffats varannan vecka under genomförandet.",
    "De boende har fått information genom lappar i trappuppgångarna och på stadsdelens webbplats.",
    "Ett dialogmöte hölls i biblioteket med ett trettiotal deltagare.",
    "Flera deltagare ville att belysningen skulle vara varm och inte bländande.",
    "Armaturerna valdes därför med varmvitt ljus och avskärmning.",
    "Driften tas över av trafikkontoret efter garantitiden.",
    "Ungdomar från fritidsgården var med och valde färger till tunneln.",
    "Under arbetet leddes cyklister om via parallellgatan.",
    "Kommunpolisen har deltagit i de flesta avstämningsmötena.",
    "Entreprenören höll tidplanen trots en regnig höst.",
    "Förvaltningens controller har följt kostnaderna månad för månad.",
    "En enkät till de boende visar att de flesta är nöjda med resultatet.",
    "Några har efterfrågat fler papperskorgar längs stråket.",
    "Belysningen dimras något mellan klockan ett och fem på natten.",
    "Sommarjobbare hjälpte till med plantering och städning av området.",
    "Nämnden informerades om arbetet vid sammanträdet i november.",
    "En student har skrivit en uppsats om hur platsen förändrats.",
    "Lärdomarna har presenterats i stadens nätverk för trygghetsarbete.",
    "Inga klagomål har kommit in från närboende.",
    "Förvaltningen planerar att använda samma arbetssätt vid fler platser.",
)
PICTURE_ANSWERS = ("Bilder finns i bilaga.", "Se bifogade fotografier.", "Fotodokumentation finns hos enheten.")

# Help text a form prints under a label, by section key (furniture: no answer holds it).
GUIDANCE = {
    "projektnamn": "Ange projektets namn som i ansökan",
    "plats": "Adress eller plats samt stadsdel",
    "mal_och_syfte": "Beskriv kortfattat vad investeringen skulle åstadkomma",
    "slutresultat": "Hur har målen uppnåtts? Hänvisa gärna till mätningar",
    "avvikelser": "Redogör för förändringar jämfört med plan",
    "ekonomiskt_utfall": "Ange belopp och förklara skillnader",
    "bilder_fore": "Bifoga fotografier tagna före åtgärden",
    "bilder_efter": "Bifoga fotografier tagna efter åtgärden",
    "bakgrund": "Varför behövdes åtgärden?",
    "genomforande": "Hur och när utfördes arbetet?",
    "insats": "Kort och beskrivande namn",
    "sokt_belopp": "Ange summan i kronor",
    "sokande_namnd": "Nämnd som ansvarar för insatsen",
    "medsokande_namnd": "Fylls i vid gemensam ansökan",
    "kontaktperson": "Namn och befattning",
    "telefon": "Direktnummer",
    "epost": "Adress till kontaktpersonen",
    "samverkan": "Parter utanför förvaltningen",
    "beskrivning": "Max en sida. Beskriv mål, syfte och målgrupp",
    "behovsanalys": "Vilket problem ska insatsen lösa och hur är det känt?",
}


WORDING = Wording(
    **pools(globals()),
    long_share=0.45,
    more_count=(14, 20),
    partner="Arbetet har skett i samverkan med {org}.",
    bullet_share=0.35,
    bullet_intro=" Insatsen bestod av:",
    bullet_count=(2, 4),
    budget_range=(140, 4800),
    deviation_range=(6, 170),
    hedges=("", "", "ca ", "cirka ", "runt ", "drygt ", "nära ", "knappt ", "omkring ", "över "),
    budget_sentence="Budgeten för {year} var {budget} och det slutliga utfallet blev {hedge}{outcome}.",
    surplus_sentence=" Projektet redovisar därmed {word} på {amount}.",
    prior_sentence=" Året innan låg utfallet på {half} ({third}).",
    spelled_sentence=" Fastighetsägaren bidrog därtill med en halv miljon.",
    prepositions=("i", "vid", "på", "kring"),
    dnr_classes=("1.5.3", "1.2.4", "2.2", "3.1.2"),
    locations=("{place}, {committee}", "{place} i {district}", "{place} ({district})"),
    aim_intro="Investeringen avser {phrase}. ",
    aims_when_long=1,
    long_deviation_share=0.35,
    traffic_aim_intro="Projektet avser {phrase}. ",
    asked_range=(90, 3900),
    cooperation="{org} samt {org2}",
    contact_roles=("", ", områdeschef", ", trygghetssamordnare", ", projektledare"),
    plan=("Pengarna används till {phrase} vid {place}.", "Insatsen beräknas vara genomförd under {year}."),
)


def make_form(rng: random.Random, template: str | None = None) -> Form:
    return make_form_with(WORDING, rng, template)
