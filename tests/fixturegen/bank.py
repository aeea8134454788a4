"""Our own Swedish wording: places, investments, organisations, people.

Sentences are format templates. `{place}`, `{n}`, `{year}`, `{next}` are
filled per report; any other `{key}` is an organisation form from ORG_FORMS,
recorded for the truth when used (see content.Vocabulary).
"""

from __future__ import annotations

from dataclasses import dataclass

# Place -> the district it lay in before the mergers (districts.as_of moves it forward).
PLACES: tuple[tuple[str, str], ...] = (
    ("Sergels torg", "Norrmalm"),
    ("Kungsträdgården", "Norrmalm"),
    ("Odenplan", "Norrmalm"),
    ("Stureplan", "Östermalm"),
    ("Karlaplan", "Östermalm"),
    ("Husby torg", "Rinkeby-Kista"),
    ("Rinkeby torg", "Rinkeby-Kista"),
    ("Kista gård", "Rinkeby-Kista"),
    ("Spånga IP", "Spånga-Tensta"),
    ("Tensta centrum", "Spånga-Tensta"),
    ("Axelsbergs torg", "Hägersten-Liljeholmen"),
    ("Liljeholmstorget", "Hägersten-Liljeholmen"),
    ("Fruängens centrum", "Hägersten-Liljeholmen"),
    ("Älvsjö centrum", "Älvsjö"),
    ("Solbergaparken", "Älvsjö"),
    ("Stieg Trenters torg", "Kungsholmen"),
    ("Rålambshovsskolan", "Kungsholmen"),
    ("Årsta IP", "Enskede-Årsta-Vantör"),
    ("Högdalens centrum", "Enskede-Årsta-Vantör"),
    ("Medborgarplatsen", "Södermalm"),
    ("Mariatorget", "Södermalm"),
    ("Tunnlandsparken", "Hässelby-Vällingby"),
    ("Vällingby torg", "Hässelby-Vällingby"),
    ("Brommaplan", "Bromma"),
    ("Blackebergs centrum", "Bromma"),
    ("Farsta centrum", "Farsta"),
    ("Hökarängens centrum", "Farsta"),
    ("Bagarmossens centrum", "Skarpnäck"),
    ("Skarpnäcks allé", "Skarpnäck"),
    ("Skärholmstorget", "Skärholmen"),
    ("Bredängs centrum", "Skärholmen"),
)

# Organisation forms as written -> canonical name (the gazetteer's name).
ORG_FORMS: dict[str, tuple[str, str]] = {
    "polisen": ("polisen", "Polisen"),
    "polismyndigheten": ("Polismyndigheten", "Polisen"),
    "stokab": ("Stokab", "Stokab"),
    "ab_stokab": ("AB Stokab", "Stokab"),
    "trafikkontoret": ("trafikkontoret", "Trafikkontoret"),
    "slk": ("stadsledningskontoret", "Stadsledningskontoret"),
    "sterik": ("S:t Erik Kommunikation", "S:t Erik Kommunikation"),
    "svenska_bostader": ("Svenska Bostäder", "Svenska Bostäder"),
    "familjebostader": ("Familjebostäder", "Familjebostäder"),
    "stockholmshem": ("Stockholmshem", "Stockholmshem"),
    "fastighetskontoret": ("fastighetskontoret", "Fastighetskontoret"),
    "exploateringskontoret": ("exploateringskontoret", "Exploateringskontoret"),
    "idrottsforvaltningen": ("idrottsförvaltningen", "Idrottsförvaltningen"),
    "miljoforvaltningen": ("miljöförvaltningen", "Miljöförvaltningen"),
    "tryggare_sverige": ("Stiftelsen Tryggare Sverige", "Stiftelsen Tryggare Sverige"),
    "lansstyrelsen": ("Länsstyrelsen", "Länsstyrelsen"),
    "trafikverket": ("Trafikverket", "Trafikverket"),
    "exergi": ("Stockholm Exergi", "Stockholm Exergi"),
    "fastighetsagarna": ("Fastighetsägarna Stockholm", "Fastighetsägarna Stockholm"),
    "sisab": ("SISAB", "SISAB"),
}


@dataclass(frozen=True)
class Investment:
    name: str  # project name template
    unit: str  # what {n} counts ("armaturer"): a number that is not money
    n_range: tuple[int, int]
    purpose: tuple[str, ...]
    results: tuple[str, ...]
    deviations: tuple[str, ...]


SAFETY: tuple[Investment, ...] = (
    Investment(
        "Trygghetsbelysning {place}",
        "armaturer",
        (12, 140),
        (
            "Syftet är att göra gångvägarna kring {place} tryggare under den mörka delen av året.",
            "Under trygghetsvandringar har boende pekat ut platsen som mörk och otrygg, särskilt för kvinnor och äldre.",
            "Bättre belysning ska göra det lättare att se och bli sedd och därmed minska risken för brott.",
        ),
        (
            "Belysningen har förstärkts med {n} nya armaturer längs gångvägarna och vid entréerna.",
            "Ljuset är nu jämnare och ansikten går att känna igen på längre avstånd än tidigare.",
            "En uppföljande trygghetsvandring i november visade att fler upplever platsen som trygg kvällstid.",
            "Arbetet har samordnats med {trafikkontoret} som ansvarar för den allmänna belysningen i området.",
        ),
        (
            "Leveransen av stolpar försenades, vilket flyttade färdigställandet några månader.",
            "Inga avvikelser i genomförandet har noterats.",
            "Två av armaturerna placerades om efter synpunkter från boende och förskolan i närheten.",
        ),
    ),
    Investment(
        "Kameraövervakning {place}",
        "kameror",
        (3, 16),
        (
            "Projektet ska öka tryggheten och motverka brott på en plats där {polisen} ser återkommande problem.",
            "Kamerorna ska underlätta utredningsarbetet och göra det lättare att ingripa i tid.",
            "Åtgärden genomförs i samverkan med {polisen} och berörda fastighetsägare.",
        ),
        (
            "Sammanlagt {n} kameror har monterats och kopplats till ledningscentralen.",
            "Infrastrukturen för kamerorna har byggts ut i samarbete med {stokab} och {sterik}.",
            "Enligt {polisen} har bilderna redan använts i flera utredningar.",
            "Frågor om tillstånd för kamerabevakning har hanterats av {polisen}.",
        ),
        (
            "Färre kameror än planerat kunde sättas upp eftersom elanslutningen tog längre tid än väntat.",
            "Inga avvikelser har noterats.",
            "Placeringen av två kameror ändrades efter att {polisen} gjort en ny bedömning av platsen.",
        ),
    ),
    Investment(
        "Röjning av buskage och sly vid {place}",
        "träd",
        (8, 60),
        (
            "Tät växtlighet skymmer sikten längs gångstråken och gör att platsen upplevs som otrygg.",
            "Genom att röja buskage och sly öppnas siktlinjerna så att fler kan se och bli sedda.",
        ),
        (
            "Buskage och sly har röjts längs stråken och {n} träd har tunnats ut eller beskurits.",
            "Platsen är nu mer överblickbar och belysningen når marken på ett annat sätt än förut.",
            "Röjningen gjordes tillsammans med {svenska_bostader} som ansvarar för gårdarna intill.",
        ),
        (
            "Röjningen fick göras i två etapper på grund av fågelhäckningen under våren.",
            "Inga avvikelser i genomförandet.",
            "Ytan blev något mindre än planerat eftersom en del av marken ägs av {exploateringskontoret}.",
        ),
    ),
    Investment(
        "Pollare {place}",
        "pollare",
        (6, 40),
        (
            "Syftet är att hindra obehörig biltrafik på torget och skapa en tryggare miljö för gående.",
            "Åtgärden ska minska risken för olyckor och för att fordon används som vapen på platsen.",
        ),
        (
            "Totalt {n} pollare har satts upp vid infarterna till torget.",
            "Framkomligheten för utryckningsfordon har säkerställts med fällbara pollare i två lägen.",
            "Placeringen har tagits fram tillsammans med {trafikkontoret} och {polisen}.",
        ),
        (
            "Tillverkningen av de fällbara pollarna försenades, men arbetet kunde slutföras under hösten.",
            "Inga avvikelser har förekommit.",
        ),
    ),
    Investment(
        "Genomsiktliga staket vid {place}",
        "meter staket",
        (40, 400),
        (
            "Det gamla plankstaketet skapade skymda hörn där ungdomar och boende kände sig otrygga.",
            "Ett genomsiktligt staket ska göra platsen öppnare utan att skolgården blir tillgänglig nattetid.",
        ),
        (
            "Sammanlagt {n} meter genomsiktligt staket har ersatt det tidigare plankstaketet.",
            "Skolgården upplevs nu som ljusare och mer överblickbar enligt personal och elever.",
            "Arbetet utfördes i samråd med {sisab} som äger fastigheten.",
        ),
        (
            "Staketet blev något kortare än planerat eftersom en del av sträckan ligger på annan mark.",
            "Inga avvikelser har noterats.",
        ),
    ),
    Investment(
        "Upprustning av {place}",
        "nya sittplatser",
        (10, 60),
        (
            "Torget är en viktig mötesplats men har under flera år upplevts som slitet och otryggt.",
            "Upprustningen ska ge fler människor anledning att vistas på platsen under dygnets alla timmar.",
        ),
        (
            "Torget har fått ny markbeläggning, planteringar och {n} nya sittplatser.",
            "Belysningen på torget har bytts ut och kompletterats med effektbelysning på träden.",
            "Arbetet har genomförts i platssamverkan med {fastighetsagarna}, {familjebostader} och lokala föreningar.",
        ),
        (
            "Upphandlingen av markarbeten tog längre tid än beräknat och arbetet blev klart först i december.",
            "Inga avvikelser.",
            "Planteringarna fick flyttas till våren på grund av tjäle i marken.",
        ),
    ),
    Investment(
        "Utegym {place}",
        "träningsredskap",
        (5, 14),
        (
            "Ett utegym ska locka fler att röra sig i parken och skapa ett naturligt flöde av människor.",
            "Fler människor i rörelse bidrar till att platsen upplevs som tryggare även kvällstid.",
        ),
        (
            "Utegymmet har byggts med {n} träningsredskap och egen belysning som tänds vid rörelse.",
            "Utegymmet invigdes tillsammans med {idrottsforvaltningen} och lokala idrottsföreningar.",
            "Besöksräkningar visar att gymmet används från tidig morgon till sen kväll.",
        ),
        ("Markförhållandena krävde extra dränering, vilket förlängde byggtiden.", "Inga avvikelser har noterats."),
    ),
    Investment(
        "Konst i gångtunnlar vid {place}",
        "väggmålningar",
        (2, 8),
        (
            "Gångtunnlarna är mörka och klotterutsatta och många väljer att gå en omväg kvällstid.",
            "Konstnärlig utsmyckning och bättre ljus ska göra passagen välkomnande.",
        ),
        (
            "Tunnlarna har fått {n} väggmålningar som tagits fram i workshops med unga i området.",
            "Klotterskyddet gör att väggarna kan saneras snabbt, och klottret har minskat tydligt.",
            "Ny belysning i tunnlarna installerades av {trafikkontoret} i samband med konstprojektet.",
        ),
        (
            "Inga avvikelser har förekommit.",
            "Konstnären blev sjuk under en period, vilket försenade den sista målningen.",
        ),
    ),
    Investment(
        "Platssamverkan {place}",
        "trygghetsvandringar",
        (2, 9),
        (
            "Platssamverkan ska samla fastighetsägare, {polisen} och staden kring gemensamma åtgärder på platsen.",
            "Målet är en tryggare och renare miljö där fler vill vistas.",
        ),
        (
            "Under året har {n} trygghetsvandringar genomförts tillsammans med boende och näringsidkare.",
            "Samverkan med {stockholmshem} och {polisen} har lett till snabbare sanering av klotter och skräp.",
            "Metoden har utvecklats med stöd av {tryggare_sverige}.",
        ),
        ("Pandemin gjorde att två av de planerade vandringarna fick ställas in.", "Inga avvikelser har noterats."),
    ),
)

CLIMATE: tuple[Investment, ...] = (
    Investment(
        "Laddstolpar vid {place}",
        "laddpunkter",
        (4, 30),
        (
            "Investeringen ska göra det möjligt att ladda förvaltningens fordon med el och minska utsläppen från transporter.",
            "Fler laddpunkter ska underlätta omställningen till fossilfria tjänstebilar.",
        ),
        (
            "Totalt {n} laddpunkter har installerats och tagits i drift.",
            "Elanslutningen har gjorts i samarbete med {exergi} och {fastighetskontoret}.",
            "Den beräknade minskningen av utsläpp är cirka 12 ton koldioxid per år.",
        ),
        ("Inga avvikelser har noterats.", "Leveranstiderna för laddboxarna var längre än planerat."),
    ),
    Investment(
        "Solceller på förskolan vid {place}",
        "kvadratmeter solpaneler",
        (80, 900),
        (
            "Syftet är att producera egen förnybar el och minska förvaltningens klimatpåverkan.",
            "Anläggningen ska också användas i förskolans pedagogiska arbete om energi och klimat.",
        ),
        (
            "En anläggning med {n} kvadratmeter solpaneler har monterats på taket.",
            "Anläggningen beräknas ge omkring 15 procent av byggnadens årliga elbehov.",
            "Installationen samordnades med {sisab} och {miljoforvaltningen}.",
        ),
        ("Taket behövde förstärkas, vilket förlängde tidplanen.", "Inga avvikelser har förekommit."),
    ),
    Investment(
        "Energieffektiv belysning {place}",
        "armaturer",
        (20, 200),
        (
            "Gammal belysning med hög energiförbrukning ska ersättas med moderna armaturer.",
            "Investeringen minskar elanvändningen och ger samtidigt ett bättre ljus på platsen.",
        ),
        (
            "Sammanlagt {n} armaturer har bytts ut och styrs nu efter behov.",
            "Elförbrukningen för belysningen har minskat med närmare 60 procent.",
            "Bytet har genomförts tillsammans med {trafikkontoret}.",
        ),
        ("Inga avvikelser har noterats.",),
    ),
    Investment(
        "Cykelparkering {place}",
        "cykelplatser",
        (20, 150),
        ("Fler och bättre cykelparkeringar ska göra det enklare att välja cykeln framför bilen.",),
        (
            "Vid platsen finns nu {n} cykelplatser, varav en del under tak och med möjlighet till ramlåsning.",
            "Cykelparkeringen används flitigt enligt räkningar gjorda av {trafikkontoret}.",
        ),
        ("Inga avvikelser har förekommit.", "Bygglovet tog längre tid än planerat."),
    ),
)

FIRST_NAMES = ("Anna", "Erik", "Maria", "Johan", "Sara", "Ahmed", "Karin", "Mikael", "Leila", "Per", "Elin", "Oskar")
LAST_NAMES = ("Lindqvist", "Berg", "Hassan", "Nyström", "Öberg", "Karlsson", "Åkesson", "Demir", "Sjöberg", "Holm")
TITLES = ("enhetschef", "utvecklingsledare", "trygghetssamordnare", "projektledare", "områdeschef", "miljösamordnare")

PICTURE_TEXTS = (
    "Se bifogade bilder.",
    "Bilder bifogas separat.",
    "Bilder finns hos förvaltningen och kan lämnas ut på begäran.",
    "Inga bilder har tagits.",
)

UNKNOWN_LABELS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Underhåll och drift",
        (
            "Driften sköts inom ordinarie budget för parkskötsel.",
            "Skötseln ingår i det befintliga driftavtalet för området.",
        ),
    ),
    (
        "Övriga kommentarer",
        (
            "Förvaltningen vill tacka alla som deltagit i arbetet.",
            "Erfarenheterna från projektet tas tillvara i kommande trygghetsarbete.",
        ),
    ),
    ("Ansvarig enhet", ("Avdelningen för stadsmiljö och trygghet.", "Enheten för lokalt utvecklingsarbete.")),
    (
        "Tidplan",
        (
            "Arbetet påbörjades under våren och avslutades under hösten.",
            "Projektet startade i februari och avslutades i oktober.",
        ),
    ),
)
