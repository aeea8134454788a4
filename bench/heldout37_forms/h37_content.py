"""The thirty-second generator's own Swedish content: one form (template, labels, answers) and its truth record.

Written fresh for this set. A form is plain data (`Form`); the producers in the other `h37_*` modules draw it, and
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
    "Bromma": ("Ulvsunda industriväg", "Åkeshovs slottspark", "Brommaplans bussterminal"),
    "Enskede-Årsta-Vantör": ("Årstafältets lekpark", "Stureby gångvägar", "Bandhagens centrumtorg"),
    "Farsta": ("Fagersjöskogen", "Sköndals bibliotek", "Farsta strands brygga"),
    "Hägersten-Liljeholmen": ("Fruängens centrum", "Västberga gårdsväg", "Mälarhöjdsbadet"),
    "Hässelby-Vällingby": ("Grimsta naturreservat", "Råcksta trappor", "Hässelby gårds torg"),
    "Kungsholmen": ("Kronobergsparken", "Stadshagens idrottsplats", "Rålambshovsparkens strand"),
    "Norrmalm": ("Vasaparkens lekplats", "Klara kyrkogård", "Tegnérlunden"),
    "Rinkeby-Kista": ("Kista gårds gångbro", "Husbyparken", "Eggeby gårds stig"),
    "Skarpnäck": ("Flatenbadet", "Björkhagens tunnelbaneuppgång", "Orhemsvägens lekplats"),
    "Skärholmen": ("Bredängs centrum", "Sätraskogen", "Vårbergstoppen"),
    "Spånga-Tensta": ("Hjulsta torg", "Solhems bollplan", "Lunda industrigata"),
    "Södermalm": ("Tantolunden", "Fatburs brunn", "Vitabergsparken"),
    "Älvsjö": ("Långbro parkväg", "Örby slottspark", "Liseberg busshållplats"),
    "Östermalm": ("Humlegården", "Karlaplans fontän", "Gärdets bollplaner"),
}

MEASURES = (
    ("Upplysta trappor", "ny belysning i trapporna och ledstänger som lyser svagt i mörker"),
    ("Öppnare buskage", "beskärning av de täta buskagen som skymmer gångvägen"),
    ("Trygghetsvärdar på helgkvällar", "trygghetsvärdar som rör sig i området fredag och lördag kväll"),
    ("Ny entré till badet", "en ny och öppnare entré till badet med belysning vid grinden"),
    ("Spegelvägg i gångtunneln", "speglar i tunnelns kurva så att man ser vem som kommer"),
    ("Bemannad lokal för seniorer", "en bemannad träffpunkt där äldre kan ta en kaffe och få hjälp"),
    ("Färgsatt gångbro", "ommålning och ljussättning av den gamla gångbron över motorvägen"),
    ("Rörelsestyrd parkbelysning", "parkbelysning som tänds när någon närmar sig"),
)

LONG_TAILS = (
    " samt gångvägen mellan tunnelbanan och den nya förskolan som byggdes förra året i kvarteret",
    " tillsammans med de bostadsbolag som äger husen runt omkring och hyresgästföreningens lokala styrelse",
    " inom ramen för det försök med platssamverkan som nämnden beslutade om i sin verksamhetsplan",
)

FIRST = ("Ingrid", "Ahmed", "Sofia", "Rolf", "Leyla", "Viktor", "Agneta", "Dragan", "Tove", "Kjell", "Nasrin")
LAST = ("Holmgren", "Yilmaz", "Ekström", "Nyqvist", "Abdi", "Forsberg", "Hedlund", "Åström", "Kowalski")

ORGS = (
    "lokalpolisområde Västerort",
    "lokalpolisområde Norrmalm",
    "exploateringskontoret",
    "idrottsförvaltningen",
    "kulturförvaltningen",
    "socialförvaltningen",
    "Svenska Bostäder",
    "Stockholmshem",
    "SL",
    "Stockholms stadsmission",
    "Fryshuset",
    "Hyresgästföreningen",
    "Länsstyrelsen i Stockholms län",
    "Ellevio",
    "Polisens volontärer",
    "Trafikverket",
)

AIMS = (
    "Målet är att trapporna ska gå att använda även sent på kvällen utan oro.",
    "Syftet är att gångvägen ska gå att överblicka hela vägen fram till husen.",
    "Vi vill att fler vuxna ska finnas ute i området när det är mörkt.",
    "Insatsen ska göra det tryggare att ta sig till och från badet på kvällen.",
    "Målet är att de som går genom tunneln ska se vem som kommer i motsatt riktning.",
    "Syftet är att minska ensamheten bland äldre och ge dem en trygg plats att vara på.",
    "Insatsen ska göra bron till en plats man vill gå över i stället för att undvika.",
)
RESULTS = (
    "Vid uppföljningen svarade sju av tio att de nu använder trapporna även på kvällen.",
    "Boende säger att de ser hela vägen fram till porten sedan buskagen beskars.",
    "Trygghetsvärdarna har haft kontakt med omkring sextio personer varje helg.",
    "Antalet besökare till badet på kvällstid har ökat enligt badets egna räkningar.",
    "Inga incidenter har rapporterats i tunneln sedan speglarna sattes upp.",
    "Träffpunkten har i snitt tjugofem besökare per dag.",
)
DEVIATIONS = (
    "Projektet har genomförts i enlighet med ansökan.",
    "Speglarna levererades i fel storlek och fick bytas, vilket försenade arbetet med en månad.",
    "Beskärningen sköts upp till hösten eftersom fåglar häckade i buskagen.",
    "Det blev svårt att rekrytera trygghetsvärdar och verksamheten startade först i mars.",
    "Ellevio behövde dra om en kabel innan stolparna kunde sättas, vilket gav en försening.",
)
NEEDS = (
    "Vid medborgardialogen nämnde många trapporna som den plats de helst undviker.",
    "Buskagen har vuxit sig så höga att gångvägen inte syns från husen.",
    "Det saknas vuxna ute i området under helgkvällarna enligt skolan och fältassistenterna.",
    "Entrén till badet ligger mörk och avskild och flera har känt sig förföljda där.",
    "Tunneln har en skarp kurva där man inte ser vem som står bakom hörnet.",
)
TRAFFIC_BG = (
    "Gångbron är den enda förbindelsen över motorvägen mellan bostäderna och skolan.",
    "Bron var grå och dåligt upplyst och många valde att gå en lång omväg i stället.",
    "Trafikkontoret fick flera klagomål på bron från föräldrar och skolans personal.",
)
TRAFFIC_DONE = (
    "Brons räcken målades om i ljusa färger och belysning monterades under handledaren.",
    "Trapporna upp till bron fick nya steg med halkskydd och ljusa kanter.",
    "Arbetet utfördes under skolans sommarlov för att inte störa skolvägen.",
)
BULLETS = (
    "fyrtio meter ledstång med inbyggd belysning",
    "beskärning av cirka tvåhundra meter buskage",
    "två trygghetsvärdar fredag och lördag kl. 20–01",
    "fyra konvexa speglar i tunnelns kurva",
    "öppet måndag till fredag kl. 10–16",
    "nya stolpar längs badets väg",
    "en uppföljande trygghetsvandring",
)
MORE = (  # for the long answers that run over a page break
    "En styrgrupp med förvaltningen, polisen och bostadsbolagen har följt arbetet under hela året.",
    "De boende bjöds in till ett öppet möte i biblioteket där förslaget presenterades.",
    "Inbjudan översattes till somaliska, tigrinja, persiska och engelska.",
    "Flera deltagare ville att även busshållplatsen skulle få bättre belysning.",
    "Busshållplatsen har därför anmälts till trafikkontoret för åtgärd.",
    "Driften av belysningen ingår nu i stadens ordinarie skötselavtal.",
    "Elever från den närliggande skolan gick en trygghetsvandring tillsammans med polisen.",
    "Under arbetet stängdes trapporna av och gående hänvisades till en tillfällig väg.",
    "Fältgruppen har varit ute på kvällarna under de första veckorna efter invigningen.",
    "Slutbesiktningen genomfördes i november utan några anmärkningar.",
    "Kostnaderna har följts upp i samband med nämndens tertialrapporter.",
    "Mer än hälften av de tillfrågade tycker att platsen har blivit tryggare.",
    "Några boende anser att ljuset är för starkt in mot deras fönster.",
    "Armaturerna har därefter vinklats om och försetts med skärmar.",
    "Feriearbetande ungdomar har hjälpt till att plantera lökar längs gångvägen.",
    "Erfarenheterna redovisades för nämndens pensionärsråd och funktionshinderråd.",
    "Andra stadsdelsförvaltningar har hört av sig och vill göra likadant.",
    "Inga klagomål har inkommit från närboende under perioden.",
    "En ny trygghetsmätning planeras till nästa höst.",
    "Bostadsbolaget har på egen bekostnad satt upp belysning vid sina entréer.",
)
PICTURE_ANSWERS = (
    "Bilder skickas separat till nämndens diarium.",
    "Se bifogade fotografier.",
    "Foton finns hos förvaltningen.",
)


WORDING = Wording(
    **pools(globals()),
    long_share=0.5,
    more_count=(14, 20),
    partner="Projektet har genomförts tillsammans med {org}.",
    bullet_share=0.35,
    bullet_intro=" Insatsen bestod av:",
    bullet_count=(2, 4),
    budget_range=(45, 4800),
    deviation_range=(2, 310),
    hedges=(
        "",
        "",
        "ca ",
        "cirka ",
        "omkring ",
        "ungefär ",
        "strax under ",
        "strax över ",
        "drygt ",
        "knappt ",
        "runt ",
    ),
    budget_sentence="Budgeten för {year} uppgick till {budget}, medan utfallet blev {hedge}{outcome}.",
    surplus_sentence=" Det innebär {word} om {amount}.",
    prior_sentence=" Utfallet året innan var {half} ({third}).",
    spelled_sentence=" Stockholmshem bidrar dessutom med tre miljoner.",
    prepositions=("i", "vid", "på", "längs"),
    dnr_classes=("1.3.2", "2.1.4", "1.6.1", "3.2"),
    locations=("{place}, {committee}", "{place} i {district}", "{place} ({district})"),
    aim_intro="Medlen ska användas till {phrase}. ",
    aims_when_long=1,
    long_deviation_share=0.35,
    traffic_aim_intro="Åtgärden innebär {phrase}. ",
    asked_range=(35, 3900),
    cooperation="{org} och {org2}",
    contact_roles=("", ", samordnare", ", trygghetssamordnare", ", avdelningschef"),
    plan=("Förvaltningen ansöker om medel för {phrase} vid {place}.", "Arbetet planeras vara klart under {year}."),
)


def make_form(rng: random.Random, template: str | None = None) -> Form:
    return make_form_with(WORDING, rng, template)
