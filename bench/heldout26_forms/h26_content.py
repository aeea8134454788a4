"""The twenty-first generator's own Swedish content: one form (template, labels, answers) and its truth record.

Written fresh for this set. A form is plain data (`Form`); the producers in the other `h26_*` modules draw it, and
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
    "Bromma": ("Åkeshovs slottspark", "Brommaplan", "Riksby bollplan"),
    "Enskede-Årsta-Vantör": ("Rågsveds centrum", "Årsta torg", "Nytorpsgärdet"),
    "Farsta": ("Hökarängens centrum", "Sköndals torg", "Farstanäsets gångväg"),
    "Hägersten-Liljeholmen": ("Västertorps centrum", "Aspuddsparken", "Fruängens centrum"),
    "Hässelby-Vällingby": ("Vällingby torg", "Kälvestaparken", "Hässelby gårds tunnelbana"),
    "Kungsholmen": ("Kronobergsparken", "Fridhemsplan", "Stadshagens idrottsplats"),
    "Norrmalm": ("Observatorielunden", "Sankt Eriksplan", "Norra Bantorget"),
    "Rinkeby-Kista": ("Kista gård", "Akalla by", "Rinkebystråket"),
    "Skarpnäck": ("Skarpnäcks torg", "Bagarmossens centrum", "Flatenbadet"),
    "Skärholmen": ("Vårbergs centrum", "Sätraskogen", "Skärholmens bussterminal"),
    "Spånga-Tensta": ("Bromstens centrum", "Solhems gård", "Tensta allé"),
    "Södermalm": ("Mariatorget", "Vitabergsparken", "Ringvägens gångtunnel"),
    "Älvsjö": ("Herrängens gård", "Örby slott", "Älvsjöskogen"),
    "Östermalm": ("Karlaplan", "Lill-Jans plan", "Fredrikshovs gångväg"),
}

MEASURES = (
    ("Belysta gångstråk", "ny och jämnare belysning längs de mest använda gångstråken"),
    ("Trygg väntan vid busshållplatsen", "väderskydd, ljus och sikt vid den utsatta hållplatsen"),
    ("Aktivitetsyta för unga", "en belyst aktivitetsyta med spontanidrott för ungdomar"),
    ("Kameror vid tunnelbaneentrén", "kamerabevakning av entréhallen och trappan upp mot torget"),
    ("Gallring i parkens skuggiga del", "gallring av träd och buskar där parken är som mörkast"),
    ("Konstnärlig gestaltning av gångtunneln", "målning och ljussättning av den slitna gångtunneln"),
    ("Gemensam lägesbild med fastighetsägarna", "ett forum där fastighetsägare och polis delar lägesbild"),
    ("Pollare och sittplatser på torget", "pollare mot fordonstrafik och nya sittplatser på torget"),
)

LONG_TAILS = (
    " samt en uppföljande trygghetsvandring tillsammans med de boende i kvarteret",
    " inklusive stråket ned mot båtbryggan och parkeringen vid badplatsen",
    " som en del av stadsdelens långsiktiga arbete med trygga offentliga miljöer",
)

FIRST = ("Sofia", "Yusuf", "Ingrid", "Oskar", "Leila", "Mattias", "Elin", "Kerem", "Birgitta", "Jukka", "Maja")
LAST = ("Wallin", "Ahmed", "Forsberg", "Holm", "Virtanen", "Sundberg", "Nyström", "Yilmaz", "Lund", "Ekdahl")

ORGS = (
    "lokalpolisområde Västerort",
    "kommunpolisen i Söderort",
    "trafikkontoret",
    "exploateringskontoret",
    "kulturförvaltningen",
    "arbetsmarknadsförvaltningen",
    "Familjebostäder",
    "Micasa Fastigheter",
    "Stockholms Stads Parkerings AB",
    "Stockholm Exergi",
    "Storstockholms Lokaltrafik",
    "Fastighetsägarna Stockholm",
    "Mammor på stan",
    "Fryshuset",
    "Länsstyrelsen i Stockholms län",
    "BK Vällingby",
)

AIMS = (
    "Vi vill minska den otrygghet som många boende beskriver när de går hem från tunnelbanan.",
    "Syftet är att hållplatsen ska kännas som en plats där man kan vänta i lugn och ro.",
    "Målet är att ungdomarna ska få en egen plats som är ljus och synlig från gatan.",
    "Insatsen ska göra det möjligt att följa händelseutvecklingen i entréhallen i efterhand.",
    "Vi vill göra parken överblickbar så att fler väljer att gå genom den på kvällen.",
    "Syftet är att tunneln ska upplevas som omhändertagen och inte som ett tillhåll.",
    "Målet är att aktörerna runt torget ska agera samordnat och i tid.",
)
RESULTS = (
    "Andelen som känner sig trygga i området har ökat enligt stadens trygghetsmätning.",
    "Skadegörelsen på hållplatsen har i stort sett upphört sedan väderskyddet byttes.",
    "Aktivitetsytan används varje kväll och ungdomarna har själva varit med och formgett den.",
    "Polisen har kunnat använda inspelat material vid utredningen av två rån.",
    "Parken används nu av fler, och färre boende undviker den efter mörkrets inbrott.",
    "Klotter i tunneln har minskat kraftigt sedan målningen blev klar.",
)
DEVIATIONS = (
    "Inga avvikelser har uppstått under genomförandet.",
    "Leveransen av stolpar blev försenad, och arbetet fick därför skjutas fram till våren.",
    "Antalet kameror minskades från fyra till tre efter samråd med Integritetsskyddsmyndigheten.",
    "Gallringen fick göras i två omgångar på grund av fågelhäckningen under försommaren.",
    "Konstnären blev sjuk under hösten och målningen blev klar först i januari.",
)
NEEDS = (
    "I medborgardialogen nämndes platsen oftare än någon annan som otrygg.",
    "Bussförarna har rapporterat stök och hot vid hållplatsen sent på kvällarna.",
    "Det saknas mötesplatser för ungdomar i den här delen av stadsdelen.",
    "Entréhallen har varit platsen för flera anmälda rån under de senaste två åren.",
    "Parkens skuggiga del är igenvuxen och upplevs som ett hinder av många äldre.",
)
TRAFFIC_BG = (
    "Åtgärden ingick i trafikkontorets satsning på trygga gångstråk till kollektivtrafiken.",
    "Stadsdelsförvaltningen lyfte behovet efter flera trygghetsvandringar i området.",
    "Gångtunneln har länge varit mörk och saknat fungerande belysning.",
)
TRAFFIC_DONE = (
    "Nya armaturer monterades i tunnelns tak och väggarna målades i ljusa kulörer.",
    "Arbetet utfördes nattetid för att inte stänga gångstråket under dagtid.",
    "Anläggningen besiktades i oktober och överlämnades till driftenheten.",
)
BULLETS = (
    "tolv nya armaturer med LED",
    "gallring av ett trettiotal träd",
    "två kameror med integritetsmaskning",
    "sex nya sittplatser",
    "ett nytt väderskydd med glasväggar",
    "skyltning på tre språk",
    "en uppföljande enkät till de boende",
)
MORE = (  # for the long answers that run over a page break
    "Arbetsgruppen har bestått av representanter för förvaltningen, polisen och bostadsbolaget.",
    "De boende informerades via lappar i trapphusen och på stadsdelens webbplats.",
    "Ett samrådsmöte hölls i biblioteket, där omkring trettio personer deltog.",
    "Flera deltagare önskade att ljuset skulle vara varmt och inte blända.",
    "Armaturerna har därför en färgtemperatur som upplevs mjuk mot omgivningen.",
    "Driften av anläggningen övergår till trafikkontoret när garantitiden har gått ut.",
    "Skolans elevråd bidrog med förslag på placeringen av sittplatserna.",
    "Under arbetet leddes cyklister och gående om via en tillfällig passage.",
    "Polisen har deltagit i de månatliga avstämningarna under hela projektet.",
    "Entreprenören klarade tidplanen trots en ovanligt kall november.",
    "Ekonomin har stämts av varje kvartal tillsammans med förvaltningens controller.",
    "Uppföljningen visar att platsen nu besöks av fler kvinnor än tidigare.",
    "Några boende har efterfrågat fler papperskorgar längs stråket.",
    "Belysningen styrs av en ljusgivare och dimras något efter klockan ett.",
    "Sommarjobbande ungdomar hjälpte till med att plantera nya buskar i kanterna.",
    "Nämnden informerades om läget vid sammanträdet i november.",
    "En extern utvärdering har gjorts av ett konsultföretag med inriktning på stadsmiljö.",
    "Erfarenheterna har presenterats i stadens nätverk för trygghetsfrågor.",
    "Inga klagomål har kommit in från de närmaste grannarna.",
    "Förvaltningen avser att använda samma arbetssätt på fler platser i stadsdelen.",
)
PICTURE_ANSWERS = ("Bilderna finns i bilaga till ärendet.", "Se separat bildbilaga.", "Foton har lämnats in digitalt.")


WORDING = Wording(
    **pools(globals()),
    long_share=0.45,
    more_count=(14, 20),
    partner="Arbetet har skett i samverkan med {org}.",
    bullet_share=0.35,
    bullet_intro=" Insatsen omfattade:",
    bullet_count=(2, 4),
    budget_range=(110, 4800),
    deviation_range=(4, 150),
    hedges=("", "", "ca ", "cirka ", "omkring ", "drygt ", "nära ", "strax över ", "knappt "),
    budget_sentence="Budgeten för {year} var {budget}, och den faktiska kostnaden blev {hedge}{outcome}.",
    surplus_sentence=" Projektet visar därmed {word} om {amount}.",
    prior_sentence=" Året innan var kostnaden {half} ({third}).",
    spelled_sentence=" Fastighetsägarna bidrog dessutom med en halv miljon.",
    prepositions=("vid", "i", "på", "kring"),
    dnr_classes=("1.5.3", "1.2.1", "2.2", "3.1.4"),
    locations=("{place}, {committee}", "{place} i {district}", "{place} – {committee}"),
    aim_intro="Projektet gäller {phrase}. ",
    aims_when_long=1,
    long_deviation_share=0.35,
    traffic_aim_intro="Åtgärden gäller {phrase}. ",
    asked_range=(70, 3900),
    cooperation="{org} och {org2}",
    contact_roles=("", ", trygghetssamordnare", ", områdeschef", ", projektledare"),
    plan=("Pengarna ska användas till {phrase} vid {place}.", "Insatsen beräknas vara klar under {year}."),
)


def make_form(rng: random.Random, template: str | None = None) -> Form:
    return make_form_with(WORDING, rng, template)
