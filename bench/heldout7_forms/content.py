"""Content of the seventh held-out form set, written fresh for it (Swedish domain values).

A `Form` is what one filled-in appendix says: title, metadata, and rows of label/answer. An answer
holds paragraphs separated by "\\n\\n" and list items one a line ("- ", "• " or "1. "); the draw
modules decide how that looks. Nothing here knows about layout.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field

PLACEHOLDER = "Klicka här för att ange text."
FIELD, MARKER, HEADING = "field", "marker", "heading"


@dataclass
class Row:
    label: str
    text: str
    key: str | None  # canonical section key; None for the stage marker
    style: str = FIELD


@dataclass
class Form:
    title: str
    form_kind: str  # uppfoljning | ansokan
    appendix: str
    year: int
    district: str  # as named in the year
    committee: str
    project: str
    location: str | None
    stage: str | None
    rows: list[Row]
    dnr: str = ""
    date: str = ""
    extras: dict = field(default_factory=dict)


def normalise(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def answer(row: Row) -> str:
    """The answer as the truth stores it: whitespace runs to one space, the placeholder empty."""
    text = normalise(row.text)
    return "" if text == PLACEHOLDER else text


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# (place, district before the 2020 and 2023 mergers)
PLACES = (
    ("Hjulsta torg", "Spånga-Tensta"),
    ("Spånga IP", "Spånga-Tensta"),
    ("Akalla centrum", "Rinkeby-Kista"),
    ("Kista torg", "Rinkeby-Kista"),
    ("Hagsätra centrum", "Enskede-Årsta-Vantör"),
    ("Högdalens centrum", "Enskede-Årsta-Vantör"),
    ("Bandhagens tunnelbaneuppgång", "Enskede-Årsta-Vantör"),
    ("Västertorpsparken", "Hägersten-Liljeholmen"),
    ("Aspuddsparken", "Hägersten-Liljeholmen"),
    ("Mälarhöjdsbadet", "Hägersten-Liljeholmen"),
    ("Hornstull", "Södermalm"),
    ("Medborgarplatsen", "Södermalm"),
    ("Odenplan", "Norrmalm"),
    ("Kungsträdgården", "Norrmalm"),
    ("Karlaplan", "Östermalm"),
    ("Stureplan", "Östermalm"),
    ("Kristinebergs strand", "Kungsholmen"),
    ("Rålambshovsparken", "Kungsholmen"),
    ("Alviks strand", "Bromma"),
    ("Åkeshovs slottspark", "Bromma"),
    ("Gubbängens centrum", "Farsta"),
    ("Farsta centrum", "Farsta"),
    ("Björkhagens tunnelbanestation", "Skarpnäck"),
    ("Vårbergs centrum", "Skärholmen"),
    ("Örby centrum", "Älvsjö"),
    ("Långbroparken", "Älvsjö"),
    ("Grimsta IP", "Hässelby-Vällingby"),
    ("Vällingby torg", "Hässelby-Vällingby"),
)

GENITIVE = {
    "Bromma": "Bromma",
    "Enskede-Årsta-Vantör": "Enskede-Årsta-Vantörs",
    "Farsta": "Farsta",
    "Hägersten-Liljeholmen": "Hägersten-Liljeholmens",
    "Hässelby-Vällingby": "Hässelby-Vällingby",
    "Kungsholmen": "Kungsholmens",
    "Norrmalm": "Norrmalms",
    "Rinkeby-Kista": "Rinkeby-Kista",
    "Skarpnäck": "Skarpnäcks",
    "Skärholmen": "Skärholmens",
    "Spånga-Tensta": "Spånga-Tensta",
    "Södermalm": "Södermalms",
    "Älvsjö": "Älvsjö",
    "Östermalm": "Östermalms",
    "Hägersten-Älvsjö": "Hägersten-Älvsjö",
    "Järva": "Järva",
    "Norra innerstaden": "Norra innerstadens",
}


@dataclass(frozen=True)
class Theme:
    name: str
    titles: tuple[str, ...]
    aims: tuple[str, ...]
    outcomes: tuple[str, ...]
    deviations: tuple[str, ...]
    background: tuple[str, ...]
    items: tuple[str, ...]
    climate: bool = False


THEMES = (
    Theme(
        "ljus_idrott",
        ("Trygghetsbelysning på {place}", "Belysta löparslingor kring {place}"),
        (
            "Investeringen ska göra det möjligt att träna och röra sig kring {place} även under vinterhalvårets mörka kvällar.",
            "Vi vill att fler flickor och kvinnor ska känna sig trygga på väg till och från träningen.",
        ),
        (
            "Slingan på {n} hundra meter är nu upplyst från skymning till klockan 23.",
            "Föreningarna rapporterar att fler deltar i kvällsträningarna sedan belysningen kom på plats.",
            "Armaturerna är riktade nedåt så att grannarna inte störs av ljuset.",
        ),
        (
            "Markförhållandena krävde djupare fundament än beräknat.",
            "Ett par stolpar flyttades efter samråd med idrottsförvaltningen.",
        ),
        ("Idrottsplatsens omgivning är nästan helt mörk efter klockan 17 under vintern.",),
        ("nya ljuspunkter längs löparslingan", "tidsstyrning via skymningsrelä", "belysning vid omklädningsrummen"),
    ),
    Theme(
        "speglar",
        ("Speglar och ljus i gångtunneln vid {place}", "Tryggare passage under spåren vid {place}"),
        ("Syftet är att den som går genom tunneln ska kunna se vad som väntar runt hörnet.",),
        (
            "Vidvinkelspeglar har monterats vid båda tunnelmynningarna.",
            "Taket har fått ny, vandalsäker belysning och väggarna har målats i ljus kulör.",
            "Trafikkontoret har tagit över skötseln av speglarna.",
        ),
        (
            "Inga avvikelser.",
            "Speglarna levererades i fel storlek och fick bytas, vilket sköt upp monteringen en månad.",
        ),
        ("Tunneln har ett skarpt hörn där man inte ser vem som kommer från andra hållet.",),
        ("vidvinkelspeglar vid mynningarna", "vandalsäker takbelysning", "ljus väggfärg"),
    ),
    Theme(
        "tryggvandring",
        ("Åtgärder efter trygghetsvandring vid {place}", "Trygghetsskapande åtgärder i och kring {place}"),
        (
            "Målet är att åtgärda de brister som boende och näringsidkare pekade ut under vårens trygghetsvandring vid {place}.",
            "Åtgärderna ska göra platsen mer inbjudande och minska känslan av att ingen bryr sig.",
        ),
        (
            "Av de {n} brister som noterades vid vandringen har de flesta åtgärdats.",
            "Klotter sanerades inom ett dygn under hela projektperioden.",
            "Nya papperskorgar och bänkar har ställts ut där det tidigare saknades sittplatser.",
            "En ny trygghetsvandring i höstas visade att deltagarna var nöjda med förändringarna.",
        ),
        (
            "Några av åtgärderna låg på privat mark och kunde därför inte genomföras av förvaltningen.",
            "Inga avvikelser har skett.",
        ),
        (
            "Vid trygghetsvandringen framkom att många undviker platsen efter mörkrets inbrott.",
            "Platsen har under flera år haft problem med nedskräpning och skadegörelse.",
        ),
        ("snabbare klottersanering", "nya bänkar och papperskorgar", "beskärning av träd som skymde gatlyktor"),
    ),
    Theme(
        "kamera",
        ("Kamerabevakning på {place}", "Polisens kameraövervakning vid {place}"),
        ("Syftet är att förebygga brott vid {place} och ge polisen stöd i utredningar.",),
        (
            "Polisen fick Integritetsskyddsmyndighetens tillstånd och har nu {n} kameror i drift.",
            "Staden har stått för fiber och el fram till kamerapunkterna, Stokab har levererat anslutningen.",
            "Lokalpolisområdet uppger att bilderna redan har varit till hjälp i flera ärenden.",
        ),
        (
            "Tillståndet dröjde, och driftstarten flyttades från våren till hösten.",
            "En av kamerapunkterna fick flyttas eftersom fasaden var k-märkt.",
        ),
        ("Polisen har pekat ut platsen som särskilt utsatt, med återkommande våld och narkotikahandel.",),
        ("fiberdragning till kamerapunkterna", "stolpar och fästen", "skyltning om kamerabevakning"),
    ),
    Theme(
        "lekplats",
        ("Ny belysning och öppnare lekplats vid {place}", "Trygg lekmiljö vid {place}"),
        ("Investeringen ska göra lekplatsen synlig från gångvägen och använd av fler familjer.",),
        (
            "Det höga planket runt lekplatsen har ersatts av ett lågt, genomsiktligt staket.",
            "Lekplatsen är nu belyst och har fått {n} nya sittplatser för vuxna.",
            "Förskolorna i närheten använder platsen dagligen.",
        ),
        ("Inga avvikelser.", "Leveransen av lekutrustning försenades på grund av brist på material."),
        ("Lekplatsen ligger dold bakom ett plank och används på kvällarna som tillhåll.",),
        ("lågt genomsiktligt staket", "belysning över lekytan", "nya sittplatser för vuxna"),
    ),
    Theme(
        "torgvard",
        ("Torgvärdar och upprustning av {place}", "Ett levande {place}"),
        (
            "Målet är att {place} ska kännas välkomnande och befolkat under hela dagen.",
            "Vi vill minska stöket på torget genom fler vuxna i rörelse och en trevligare miljö.",
        ),
        (
            "Torget har fått blomsterurnor, nya bänkar och belysning i träden.",
            "Under {n} helger ordnades aktiviteter tillsammans med föreningar och butiker.",
            "Antalet anmälda skadegörelser på torget har minskat enligt polisens statistik.",
        ),
        (
            "Avtalet med fastighetsägaren om elförsörjning tog längre tid än väntat.",
            "Inga avvikelser har förekommit.",
        ),
        ("Butiksägarna vid torget har länge vittnat om stök och ungdomar som samlas kvällstid.",),
        ("blomsterurnor och bänkar", "ljusslingor i träden", "aktiviteter med föreningar"),
    ),
    Theme(
        "parkrojning",
        ("Gallring och nya siktlinjer i {place}", "Öppnare parkmiljö i {place}"),
        ("Genom att gallra och beskära vill förvaltningen skapa överblick och fria siktlinjer.",),
        (
            "Ungefär {n} buskar och ett tiotal träd har tagits bort eller beskurits kraftigt.",
            "Gångvägen genom parken syns nu från bostadshusen på båda sidor.",
            "Den nya gräsytan används redan för picknick och bollspel.",
        ),
        ("Arbetet fick vänta tills häckningssäsongen var över.", "Inga avvikelser."),
        ("Parken har vuxit igen och gångvägen upplevs som en mörk korridor.",),
        ("gallring av buskage", "beskärning av träd", "ny gräsyta"),
    ),
    Theme(
        "ledbyte",
        (
            "Byte till LED-belysning i lokalerna vid {place}",
            "Energieffektiv belysning i förvaltningens lokaler, {place}",
        ),
        ("Målet är att sänka elanvändningen för belysning med minst hälften.",),
        (
            "Samtliga {n} armaturer i lokalerna har bytts till LED med närvarostyrning.",
            "Elanvändningen för belysning har minskat med ungefär 60 procent jämfört med föregående år.",
        ),
        ("Inga avvikelser.", "Ett par rum krävde nya elcentraler, vilket ökade kostnaden något."),
        ("Lokalerna har äldre lysrörsarmaturer som står tända dygnet runt.",),
        ("LED-armaturer", "närvarostyrning", "dagsljusstyrning i kontorsrummen"),
        True,
    ),
    Theme(
        "elcykel",
        ("Elcykelpool för hemtjänsten vid {place}", "Elcyklar och cykelgarage för personalen, {place}"),
        ("Syftet är att hemtjänstens personal ska kunna ersätta bilresor med elcykel.",),
        (
            "Hemtjänsten har fått {n} elcyklar och ett låst, uppvärmt cykelgarage.",
            "Bilkörningen i tjänsten har minskat med omkring en tredjedel.",
            "Personalen har fått utbildning i trafiksäkerhet och vintercykling.",
        ),
        ("Cykelgaraget krävde bygglov, vilket försenade starten.", "Inga avvikelser har förekommit."),
        ("Hemtjänsten gör tusentals korta bilresor varje månad i stadsdelen.",),
        ("elcyklar med vinterdäck", "låst cykelgarage", "laddskåp för batterierna"),
        True,
    ),
    Theme(
        "matavfall",
        ("Insamling av matavfall i förskolorna kring {place}", "Kvarnar för matavfall i tillagningskök, {place}"),
        ("Målet är att matavfallet ska rötas till biogas i stället för att förbrännas.",),
        (
            "{n} förskolekök har fått utrustning för separat insamling av matavfall.",
            "Mängden restavfall har minskat märkbart redan under första halvåret.",
        ),
        ("En av kvarnarna fick bytas ut under garantitiden.", "Inga avvikelser."),
        ("Förskolornas matavfall har hittills gått till förbränning tillsammans med restavfallet.",),
        ("avfallskvarnar", "uppsamlingstankar", "utbildning för kökspersonalen"),
        True,
    ),
)

PROJECTS = (  # (theme, place index): 32 projects
    ("ljus_idrott", 1),
    ("ljus_idrott", 26),
    ("ljus_idrott", 17),
    ("speglar", 6),
    ("speglar", 22),
    ("speglar", 12),
    ("tryggvandring", 0),
    ("tryggvandring", 4),
    ("tryggvandring", 23),
    ("tryggvandring", 10),
    ("kamera", 11),
    ("kamera", 2),
    ("kamera", 15),
    ("kamera", 5),
    ("lekplats", 7),
    ("lekplats", 25),
    ("lekplats", 19),
    ("torgvard", 27),
    ("torgvard", 20),
    ("torgvard", 3),
    ("torgvard", 24),
    ("parkrojning", 8),
    ("parkrojning", 18),
    ("parkrojning", 13),
    ("ledbyte", 14),
    ("ledbyte", 21),
    ("ledbyte", 9),
    ("elcykel", 16),
    ("elcykel", 20),
    ("matavfall", 4),
    ("matavfall", 26),
    ("matavfall", 12),
)

FIRST = ("Helena", "Patrik", "Noor", "Fredrik", "Camilla", "Daniel", "Ingrid", "Samir", "Lovisa", "Tobias")
LAST = ("Wallin", "Strand", "Jönsson", "Rahimi", "Björklund", "Fors", "Mäkinen", "Dahl", "Ek", "Sandberg")
ROLES = ("områdeschef", "trygghetsstrateg", "miljösamordnare", "projektledare", "planeringsledare")

GENERAL = (
    "Boende har kunnat lämna synpunkter via stadens webbplats och vid två öppna träffar.",
    "Förvaltningen har samarbetat med fastighetsägarna i området under hela projektet.",
    "Åtgärden kommer att följas upp i stadens nästa trygghetsmätning.",
    "Erfarenheterna har presenterats för nämnden och för andra stadsdelar.",
    "Underhållet ingår från och med nästa år i den ordinarie driftbudgeten.",
    "Lokalpolisen och fältassistenterna har deltagit i planeringen.",
    "Projektet har genomförts i nära dialog med föreningslivet i stadsdelen.",
    "Arbetena utfördes av stadens ramavtalsentreprenör.",
    "Informationsskyltar på plats har berättat om vad som görs och varför.",
    "Synpunkterna från barn och unga samlades in via skolorna och fritidsgården.",
)

FOLLOWUP_LONG = {
    "projektnamn": "Projektnamn",
    "plats": "Geografisk plats för investering",
    "mal_och_syfte": "Projektets mål och syfte",
    "slutresultat": "Beskrivning av slutresultat utifrån investeringens mål, syfte och platsens behov av trygghetsskapande åtgärd",
    "avvikelser": "Beskrivning av eventuella avvikelser i projektets genomförande",
    "ekonomiskt_utfall": "Beskrivning av ekonomiskt utfall och eventuell avvikelse mot kalkylerade utgifter",
    "bilder_fore": "Bilder före",
    "bilder_efter": "Bilder efter",
}
FOLLOWUP_VARIANTS = {
    "projektnamn": ("Projektets namn", "Projektnamn"),
    "plats": ("Plats", "Geografisk plats"),
    "mal_och_syfte": ("Syfte och mål", "Projektets syfte och mål"),
    "slutresultat": ("Resultat", "Beskrivning av slutresultat"),
    "avvikelser": ("Avvikelser", "Eventuella avvikelser"),
    "ekonomiskt_utfall": ("Ekonomiskt utfall", "Ekonomisk redovisning"),
    "bilder_fore": ("Bilder före",),
    "bilder_efter": ("Bilder efter",),
}
CLIMATE_RESULT = "Beskrivning av slutresultat utifrån investeringens mål och förväntad klimatnytta"


def _money(rng: random.Random, value: int) -> str:
    style = rng.randrange(5)
    spaced = f"{value:,}".replace(",", "\u00a0" if rng.random() < 0.3 else " ")
    if style == 0:
        return f"{spaced} kr"
    if style == 1:
        return f"{value // 1000:,} tkr".replace(",", " ")
    if style == 2:
        return f"{value / 1e6:.2f}".replace(".", ",") + " mnkr"
    if style == 3:
        return f"{spaced} kronor"
    return f"cirka {value / 1e6:.1f}".replace(".", ",") + " miljoner kronor"


def _pick(rng: random.Random, pool: tuple[str, ...], k: int, values: dict) -> list[str]:
    return [s.format(**values) for s in rng.sample(pool, min(k, len(pool)))]


def _listing(rng: random.Random, items: list[str]) -> str:
    style = rng.randrange(3)
    marks = {0: ["- "] * len(items), 1: ["• "] * len(items), 2: [f"{i}. " for i in range(1, len(items) + 1)]}[style]
    return "\n".join(m + item[0].upper() + item[1:] for m, item in zip(marks, items))


def _year(rng: random.Random, low: int) -> int:
    # Merger years (2020, 2023) are left out: in them two committee names are both right.
    return rng.choice([y for y in range(low, 2027) if y not in (2020, 2023)])


def make_form(rng: random.Random, number: int, *, long: bool = False) -> Form:
    from bilagor.extractor import districts

    theme_name, place_index = PROJECTS[number % len(PROJECTS)]
    theme = next(t for t in THEMES if t.name == theme_name)
    place, original = PLACES[place_index]
    application = rng.random() < 0.3
    year = _year(rng, 2018 if theme.climate else 2013)
    district = districts.as_of(original, year)
    committee = f"{GENITIVE[district]} stadsdelsnämnd"
    values = {"place": place, "n": rng.randint(4, 30)}
    project = rng.choice(theme.titles).format(place=place)
    if application:
        form = _application(rng, theme, year, district, committee, project, values, long)
    else:
        form = _followup(rng, theme, place, year, district, committee, project, values, long)
    form.dnr = f"Dnr {rng.choice(('1.5.3', '1.2.2', '3.4'))}-{rng.randint(100, 999)}-{year}"
    form.date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return form


def _followup(rng, theme, place, year, district, committee, project, values, long) -> Form:
    old = year <= 2016
    labels = {
        k: (rng.choice(FOLLOWUP_VARIANTS[k]) if (old and rng.random() < 0.7) or rng.random() < 0.15 else v)
        for k, v in FOLLOWUP_LONG.items()
    }
    if theme.climate and labels["slutresultat"] == FOLLOWUP_LONG["slutresultat"]:
        labels["slutresultat"] = CLIMATE_RESULT
    stage = "delredovisning" if rng.random() < 0.25 else "slutredovisning"
    location = rng.choice(
        (f"{place}, {committee}", f"{place} i {GENITIVE[district]} stadsdelsområde", f"{place}, {district}")
    )
    aim = " ".join(_pick(rng, theme.aims, rng.randint(1, 2), values))
    result = [" ".join(_pick(rng, theme.outcomes, rng.randint(1, 3), values))]
    if rng.random() < 0.3:
        result.append(
            rng.choice(("Följande har gjorts:", "Projektet omfattade:")) + "\n" + _listing(rng, list(theme.items))
        )
    if long:
        for _ in range(rng.randint(4, 6)):
            result.append(" ".join(_pick(rng, GENERAL, rng.randint(2, 4), values)))
    elif rng.random() < 0.4:
        result.append(" ".join(_pick(rng, GENERAL, rng.randint(1, 3), values)))
    deviation = rng.choice(theme.deviations) if rng.random() < 0.85 else ""
    budget = rng.randrange(3, 50) * 100_000
    spent = int(budget * rng.uniform(0.6, 1.1)) // 1000 * 1000
    if stage == "delredovisning":
        economy = f"Hittills har {_money(rng, spent // 2 // 1000 * 1000)} av budgeten på {_money(rng, budget)} använts. Projektet avslutas {year + 1}."
    else:
        economy = rng.choice(
            (
                f"Projektet kostade {_money(rng, spent)}. Budgeten var {_money(rng, budget)}.",
                f"Budget: {_money(rng, budget)}. Utfall: {_money(rng, spent)}.",
                f"Det totala utfallet blev {_money(rng, spent)} jämfört med kalkylerade utgifter på {_money(rng, budget)}. "
                "Skillnaden beror främst på att entreprenaden blev billigare än beräknat.",
            )
        )
    before = rng.choice(("Se bilaga.", "Bilder finns i förvaltningens diarium.", "", "Inga bilder har tagits."))
    after = rng.choice((before, "Se bilaga.", "Bilder efter åtgärden tas under våren."))
    rows = [
        Row(labels["projektnamn"], project, "projektnamn"),
        Row(labels["plats"], location, "plats"),
        Row(labels["mal_och_syfte"], aim, "mal_och_syfte"),
        Row("", "Slutredovisning" if stage == "slutredovisning" else "Delredovisning", None, MARKER),
        Row(labels["slutresultat"], "\n\n".join(result), "slutresultat"),
        Row(labels["avvikelser"], deviation, "avvikelser"),
        Row(labels["ekonomiskt_utfall"], economy, "ekonomiskt_utfall"),
        Row(labels["bilder_fore"], before, "bilder_fore"),
        Row(labels["bilder_efter"], after, "bilder_efter"),
    ]
    appendix = "7" if theme.climate else "5"
    topic = "klimatinvestering" if theme.climate else "trygghetsinvestering"
    title = rng.choice(
        (
            f"Bilaga {appendix} - Uppföljning {topic}",
            f"Bilaga {appendix} Uppföljning av {topic} {year}",
            f"Bilaga {appendix} – Uppföljning av lokala investeringsprojekt, {topic}",
        )
    )
    return Form(title, "uppfoljning", appendix, year, district, committee, project, location, stage, rows)


def _application(rng, theme, year, district, committee, project, values, long) -> Form:
    from bilagor.extractor import districts

    first, last = rng.choice(FIRST), rng.choice(LAST)
    person = f"{first} {last}" + (f", {rng.choice(ROLES)}" if rng.random() < 0.6 else "")
    email = ascii_fold(f"{first}.{last}".lower()) + "@stockholm.se"
    phone = f"08-508 {rng.randint(10, 99)} {rng.randint(100, 999)}"
    amount = rng.randrange(2, 40) * 25_000
    asked = rng.choice((f"{amount:,}".replace(",", " "), f"{amount:,} kr".replace(",", " "), f"{amount // 1000} tkr"))
    others = [d.name for d in districts.DISTRICTS if districts.existed_in(d.name, year) and d.name != district]
    co = f"{GENITIVE[rng.choice(others)]} stadsdelsnämnd" if rng.random() < 0.25 else PLACEHOLDER
    partners = rng.choice(
        (
            "Polisen och fastighetsägarna runt platsen.",
            "Trafikkontoret, Stockholmshem och nattvandrarna.",
            PLACEHOLDER,
            "Idrottsförvaltningen och de föreningar som använder platsen.",
        )
    )
    description = " ".join(_pick(rng, theme.aims, rng.randint(1, 2), values)) + f" Arbetet ska vara klart under {year}."
    if rng.random() < 0.35:
        description += "\n\nInsatsen består av:\n" + _listing(rng, list(theme.items))
    if long:
        for _ in range(rng.randint(4, 6)):
            description += "\n\n" + " ".join(_pick(rng, GENERAL, rng.randint(2, 4), values))
    need = " ".join(_pick(rng, theme.background, 1, values)) if rng.random() < 0.9 else PLACEHOLDER
    late = year >= 2019
    rows = [
        Row("Namn på insats", project, "insats"),
        Row("Sökt belopp" if late else "Sökt belopp (kr)", asked, "sokt_belopp"),
        Row("Sökande nämnd", committee, "sokande_namnd"),
        Row("Ev medsökande nämnd" if late else "Eventuell medsökande nämnd", co, "medsokande_namnd"),
        Row("Kontaktperson", person, "kontaktperson"),
        Row("Telefon", phone, "telefon"),
        Row("E-post", email, "epost"),
        Row("Ev samverkan" if late else "Eventuell samverkan", partners, "samverkan"),
        Row("1. Beskrivning (mål och syfte)", description, "beskrivning", HEADING),
        Row("1.1 Behovsanalys/problembeskrivning", need, "behovsanalys", HEADING),
    ]
    if theme.climate:
        title, appendix = "Bilaga 7 - Ansökan om investeringsmedel för klimatinvesteringar", "7"
    else:
        title, appendix = "Bilaga 5b - Ansökan om investeringsmedel (CM4) för trygghetsskapande åtgärder", "5b"
    return Form(title, "ansokan", appendix, year, district, committee, project, None, None, rows)


def lengthen(rng: random.Random, form: Form) -> None:
    """One more paragraph in the longest answer (a form that must run onto another page)."""
    key = "slutresultat" if form.form_kind == "uppfoljning" else "beskrivning"
    row = next(r for r in form.rows if r.key == key)
    row.text += "\n\n" + " ".join(rng.sample(GENERAL, 3))
