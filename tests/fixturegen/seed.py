"""The seed report (shared/seed) rebuilt in its own layout: the one fixture
whose wording is not our own. Label wrapping and line breaks follow the seed
text line for line."""

from __future__ import annotations

from .spec import FIELD, MARKER, Layout, ReportSpec, Row

SEED_NAME = "bilaga5-uppfoljning-kameraovervakning-2018"

_BILDER = "Exakt placering av kamerainfrastruktur bedöms vara\nsekretessbelagt och kan inte redovisas här."


def seed_spec(producer: str = "fpdf2") -> ReportSpec:
    rows = [
        Row("Projektnamn", "Kameraövervakning", "projektnamn", FIELD, 0),
        Row(
            "Geografisk plats\nför investering",
            "Flera platser i Stockholms city, Norrmalms stadsdelsnämnd",
            "plats",
            FIELD,
            1,
        ),
        Row(
            "Projektets mål\noch syfte",
            "Projektet syftar till ökad trygghet och att motverka kriminalitet på\n"
            "särskilt utsatta platser genom samverkan med polisen avseende\n"
            "kameraövervakning. Kameror underlättar utredningsarbete för\n"
            "polisen då det blir enklare att hitta eventuella gärningsmän.",
            "mal_och_syfte",
            FIELD,
            1,
        ),
        Row("", "Slutredovisning", None, MARKER),
        Row(
            "Beskrivning av\nslutresultat utifrån\ninvesteringens mål,\nsyfte och platsens\nbehov av\ntrygghetsskapande\nåtgärd",
            "Projektet har resulterat i investeringar i kamerainfrastruktur på\n"
            "ett antal platser där polisen, i samverkan med staden, har bedömt\n"
            "att det är extra viktigt med kontinuerlig bevakning. Kamerorna\n"
            "har endast varit i drift en kortare period, men polisen uppger att\n"
            "man ser positivt på resultaten så här långt. En mer utförlig\n"
            "utvärdering kan göras tidigast under 2019.\n\n"
            "Vidare har arbetet inom projektet under 2018 resulterat i (1)\n"
            "fördjupad behovsanalys av ytterligare platser där kameror bör\n"
            "prövas samt (2) utvecklade samverkansformer med polisen och\n"
            "inom stadens egen organisation (framför allt rollfördelningen\n"
            "mellan stadsledningskontoret, S:t Erik Kommunikation, Stokab,\n"
            "trafikkontoret samt fastighetsägande förvaltning/bolag). Därmed\n"
            "har skapats goda möjligheter till fortsatt samverkan kring\n"
            "ytterligare kameraövervakning i större delar av Stockholms stad.",
            "slutresultat",
            FIELD,
            -1,
        ),
        Row(
            "Beskrivning av\neventuella avvikelser\ni projektets\ngenomförande",
            "Projektet har resulterat i färre antal uppsatta kameror och platser\n"
            "än vad som ursprungligen planerades (även om projektansökan\n"
            "inte innehöll numerära mål). Skälet till detta är att samverkan\n"
            "kring kameraövervakning är ett nytt verksamhetsområde för\n"
            "såväl staden som polisen och att projektet i ett uppstartsskede\n"
            "har fokuserat på att vidareutveckla modeller och rollfördelning.\n"
            "Det är angeläget med en fortsättning på projektet, i enlighet med\n"
            "uppdrag i stadens budget för 2019.",
            "avvikelser",
            FIELD,
            -1,
        ),
        Row(
            "Beskrivning av\nekonomiskt utfall och\neventuell avvikelse\nmot kalkylerade\nutgifter",
            "Det ekonomiska utfallet för projektet för 2018 bedöms uppgå till\n"
            "ca 2,6 mnkr jämfört med budget på 5,0 mnkr. Orsaken till\n"
            "avvikelsen anges ovan.",
            "ekonomiskt_utfall",
            FIELD,
            -1,
        ),
        Row("Bilder före", _BILDER, "bilder_fore", FIELD, 0),
        Row("Bilder efter", _BILDER, "bilder_efter", FIELD, 0),
    ]
    return ReportSpec(
        name=SEED_NAME,
        variant="seed",
        producer=producer,
        title="Bilaga 5 - Uppföljning\ntrygghetsinvestering",
        rows=rows,
        layout=Layout(
            font="times",
            size=11.5,
            page="A4",
            margins=(62.0, 64.0, 56.0, 64.0),
            label_width=118.0,
            column_gap=10.0,
            leading=1.2,
            title_size=14.0,
        ),
        form_kind="uppfoljning",
        appendix="5",
        year=2018,
        district="Norrmalm",
        stage="slutredovisning",
        amounts=[
            {"text": "ca 2,6 mnkr", "sek": 2_600_000, "approx": True, "role": "utfall", "section": "ekonomiskt_utfall"},
            {"text": "5,0 mnkr", "sek": 5_000_000, "approx": False, "role": "budget", "section": "ekonomiskt_utfall"},
        ],
        organisations=[
            "Polisen",
            "Stadsledningskontoret",
            "S:t Erik Kommunikation",
            "Stokab",
            "Trafikkontoret",
            "Norrmalms stadsdelsnämnd",
        ],
    )
