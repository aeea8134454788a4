"""Tuning queries of the eighth search round (issue #12), over reports of their own: written before the fixes.

Over the corpus of search_corpus.py, the reports of the burned held-out sets
(search_heldout.py, search_heldout3.py … search_heldout6.py), those of
search_tuning7.py and eight more (EXTRA8), in wording of their own. Classes,
each for a general rule rather than a word (the weakest of the seventh
held-out set):
- compound: a compound's head in another form ("fäste" in "brofästena",
  "förråd" in "källarförråden"), and compound queries whose parts stand apart
  in the report ("basketkorg" for "korgar" on the "basketplanen");
- ordinary: strong and irregular verbs' participles and past forms ("frusen"
  for "frös", "rivna" for "rivits", "knivhuggen" for "knivhöggs", "stöld" for
  "stulits"/"stjäls"), participles as adjectives ("härdad" for "härdat"), and
  nouns made from verbs ("förföljelse" for "förföljda");
- nearterm: a domain near-term an official expects ("springbrunn"/"fontän",
  "väderskydd"/"busskur", "ordningsvakt"/"väktare");
- place: definite and genitive place forms ("Fältöverstens", "Sköndals
  gångbro") and names typed without å/ä/ö/é ("tensta alle", "racksta");
- filter: a district that no longer exists for a report filed under the
  merged district its place was part of (Östermalm, Spånga-Tensta, Älvsjö,
  Hägersten-Liljeholmen), year, organisation and section, with words;
- natural: several words as a user types them, some the report lacks or holds
  in another form, some without accents.
The judgments were written from the report texts, not from search results.
These are tuning data (look at the misses freely):

    PYTHONPATH=tests .venv/bin/python tests/search_tuning8.py [--misses]
"""

from __future__ import annotations

# Same columns as search_corpus.CORPUS.
EXTRA8 = [
    (
        "fontan-medborgarplatsen-2019",
        2019,
        "Södermalm",
        "Fontänen på Medborgarplatsen sätts i stånd",
        "Medborgarplatsen, fontänen mot Götgatan",
        "slutredovisning",
        [],
        "Fontänen har stått torr sedan pumpen frös sönder, och den tomma bassängen har blivit en plats för langning"
        " på kvällarna.",
        "Bassängen har gjutits om och fontänen har fått en ny pump; vattnet sprutar åter från maj till september.",
        "Gjutningen drog ut på tiden eftersom betongen inte härdade i kylan.",
        "Utfall 640 tkr.",
        600_000,
        640_000,
    ),
    (
        "kallarforrad-husby-2018",
        2018,
        "Rinkeby-Kista",
        "Inbrott i källarförråden i Husby",
        "Husby, Trondheimsgatan",
        "slutredovisning",
        ["Stockholmshem"],
        "Förråden i källarna har brutits upp gång på gång, och cyklar och barnvagnar har stulits.",
        "Nya förrådsdörrar av stål och lås med taggar har satts in, och källargångarna har fått rörelsestyrd"
        " belysning.",
        "En av dörrarna levererades med fel mått och fick bytas.",
        "Utfall 380 tkr.",
        400_000,
        380_000,
    ),
    (
        "passage-faltoversten-2024",
        2024,
        "Norra innerstaden",
        "Trygg passage vid Fältöversten",
        "Karlaplan, passagen vid Fältöversten",
        "slutredovisning",
        [],
        "Passagen mellan tunnelbanan och Fältöversten är öde på kvällen, och flera personer har blivit rånade där.",
        "Passagen har fått glasade väggar och starkare ljus, och en väktare går runt på fredags- och lördagskvällar.",
        "Glaset levererades sex veckor sent.",
        "Utfall 720 tkr.",
        700_000,
        720_000,
    ),
    (
        "basketplan-tensta-2024",
        2024,
        "Järva",
        "Upprustad basketplan vid Tensta allé",
        "Tensta allé, planen bakom idrottshallen",
        "slutredovisning",
        ["Idrottsförvaltningen"],
        "Basketplanen är sliten: korgarna har rivits ner och asfalten har spruckit.",
        "Planen har fått ny asfalt, två nya korgar och belysning som tänds när någon spelar.",
        "Asfalteringen sköts upp till augusti på grund av regn.",
        "Utfall 520 tkr.",
        500_000,
        520_000,
    ),
    (
        "traffpunkt-alvsjo-2023",
        2023,
        "Hägersten-Älvsjö",
        "Trygg entré till träffpunkten i Älvsjö",
        "Älvsjö, träffpunkten vid Älvsjö torg",
        "slutredovisning",
        [],
        "Äldre besökare har blivit bestulna på väg från träffpunkten, och många går inte dit efter klockan fyra.",
        "Entrén har flyttats till torgsidan och fått bättre belysning; en värd tar emot besökarna på eftermiddagarna.",
        "Inga avvikelser.",
        "Utfall 270 tkr.",
        300_000,
        270_000,
    ),
    (
        "gangbro-skondal-2020",
        2020,
        "Farsta",
        "Ljus på gångbron i Sköndal",
        "Sköndal, gångbron över Sköndalsvägen",
        "slutredovisning",
        ["Trafikkontoret"],
        "Gångbron mellan Sköndals centrum och bostäderna är mörk, och flera kvinnor har blivit förföljda över bron.",
        "Räcket har fått inbyggd belysning och buskarna vid brofästena har röjts.",
        "Ett av brofästena visade sig vara skadat och lagades först.",
        "Utfall 450 tkr.",
        420_000,
        450_000,
    ),
    (
        "busskurer-racksta-2016",
        2016,
        "Hässelby-Vällingby",
        "Härdat glas i busskurerna i Råcksta",
        "Råcksta, hållplatserna längs Vällingbyvägen",
        "slutredovisning",
        ["Trafikkontoret"],
        "Glasrutorna i busskurerna slogs sönder nästan varje helg, och glassplitter låg kvar på trottoaren.",
        "Rutorna har bytts mot härdat glas med skyddsfilm, och kurerna städas två gånger i veckan.",
        "Två kurer fick vänta på nya fundament.",
        "Utfall 330 tkr.",
        350_000,
        330_000,
    ),
    (
        "vuxna-bagarmossen-2018",
        2018,
        "Skarpnäck",
        "Vuxna på plats vid tunnelbanan i Bagarmossen",
        "Bagarmossen, tunnelbanans uppgång mot torget",
        "slutredovisning",
        [],
        "Föräldrar har oroat sig sedan en pojke knivhöggs vid uppgången i höstas.",
        "Frivilliga vuxna har stått vid uppgången varje fredag och lördag, bjudit på varm choklad och ringt polisen"
        " vid bråk.",
        "Färre frivilliga anmälde sig under sommaren.",
        "Utfall 95 tkr.",
        100_000,
        95_000,
    ),
]

TUNING8 = [
    # compound: a head in another form, parts that stand apart
    ("basketkorg", {}, {"basketplan-tensta-2024"}, "compound"),
    ("förråd", {}, {"kallarforrad-husby-2018"}, "compound"),
    ("fäste", {}, {"gangbro-skondal-2020"}, "compound"),
    ("splitter", {}, {"busskurer-racksta-2016"}, "compound"),
    ("glasruta", {}, {"busskurer-racksta-2016"}, "compound"),
    ("fontänpump", {}, {"fontan-medborgarplatsen-2019"}, "compound"),
    ("källargång", {}, {"kallarforrad-husby-2018"}, "compound"),
    ("sida", {"year": 2023}, {"traffpunkt-alvsjo-2023"}, "compound"),
    # ordinary: strong verbs' participles and past forms, participles as adjectives, nouns from verbs
    ("frusen", {"year": 2019}, {"fontan-medborgarplatsen-2019"}, "ordinary"),
    ("gjuten", {}, {"fontan-medborgarplatsen-2019"}, "ordinary"),
    ("uppbrutna", {}, {"kallarforrad-husby-2018"}, "ordinary"),
    ("stöld", {"year": 2018}, {"kallarforrad-husby-2018", "mopedgarage-hjulsta-2018"}, "ordinary"),
    ("rivna", {}, {"basketplan-tensta-2024"}, "ordinary"),
    ("sprucken", {}, {"basketplan-tensta-2024"}, "ordinary"),
    ("bestulen", {}, {"traffpunkt-alvsjo-2023"}, "ordinary"),
    ("förföljelse", {}, {"gangbro-skondal-2020"}, "ordinary"),
    ("röjning", {"year": 2020}, {"gangbro-skondal-2020"}, "ordinary"),
    ("sönderslagen", {}, {"busskurer-racksta-2016"}, "ordinary"),
    ("knivhuggen", {}, {"vuxna-bagarmossen-2018"}, "ordinary"),
    ("rånad", {"year": 2024}, {"passage-faltoversten-2024"}, "ordinary"),
    ("härdad", {}, {"busskurer-racksta-2016"}, "ordinary"),
    ("skadad", {"year": 2020}, {"gangbro-skondal-2020"}, "ordinary"),
    # near-terms
    ("springbrunn", {}, {"fontan-medborgarplatsen-2019"}, "nearterm"),
    # Corrected after the first score: two reports of the fifth set hold "väderskydd" itself.
    ("väderskydd", {}, {"busskurer-racksta-2016", "hallplatser-skarpnack-2022", "pendeltag-spanga-2018"}, "nearterm"),
    ("ordningsvakt", {"year": 2024}, {"passage-faltoversten-2024", "vakter-farsta-2024"}, "nearterm"),
    # places: definite and genitive forms, names without accents
    ("Medborgarplatsens fontän", {}, {"fontan-medborgarplatsen-2019"}, "place"),
    ("Trondheimsgatans", {}, {"kallarforrad-husby-2018"}, "place"),
    ("Fältöverstens", {}, {"passage-faltoversten-2024"}, "place"),
    ("faltoversten", {}, {"passage-faltoversten-2024"}, "place"),
    ("tensta alle", {}, {"basketplan-tensta-2024"}, "place"),
    ("alvsjo torg", {}, {"traffpunkt-alvsjo-2023"}, "place"),
    ("skondal", {}, {"gangbro-skondal-2020"}, "place"),
    ("Sköndals gångbro", {}, {"gangbro-skondal-2020"}, "place"),
    ("racksta", {}, {"busskurer-racksta-2016"}, "place"),
    ("Hornstulls gatukök", {}, {"gatukok-hornstull-2017"}, "place"),
    ("Kärrtorps parkstråk", {}, {"lovblasare-karrtorp-2018"}, "place"),
    ("bredangs bollplan", {}, {"skridskobana-bredang-2020"}, "place"),
    ("algrytevagen", {}, {"bakugn-bredang-2023"}, "place"),
    # filters with words: a district that no longer exists for a merged district's report
    ("väktare", {"district": "Östermalm"}, {"passage-faltoversten-2024"}, "filter"),
    ("basket", {"district": "Spånga-Tensta"}, {"basketplan-tensta-2024"}, "filter"),
    ("träffpunkt", {"district": "Älvsjö"}, {"traffpunkt-alvsjo-2023"}, "filter"),
    ("staket", {"district": "Hägersten-Liljeholmen", "year": 2024}, {"forskolegard-vastberga-2024"}, "filter"),
    ("lekplats", {"district": "Älvsjö", "year": 2023}, {"lekplats-hagersten-2023"}, "filter"),
    ("kameror", {"district": "Spånga-Tensta", "year": 2024}, {"cam-jarva-2024"}, "filter"),
    ("förråd", {"org": "Stockholmshem", "year": "2017–2019"}, {"kallarforrad-husby-2018"}, "filter"),
    ("frivilliga", {"section": "resultat", "district": "Skarpnäck"}, {"vuxna-bagarmossen-2018"}, "filter"),
    ("busskurer", {"year": 2016, "district": "Hässelby"}, {"busskurer-racksta-2016"}, "filter"),
    # several words as typed
    ("ny pump till fontänen", {}, {"fontan-medborgarplatsen-2019"}, "natural"),
    ("inbrott i källarförråd husby", {}, {"kallarforrad-husby-2018"}, "natural"),
    ("rånad i passagen vid karlaplan", {}, {"passage-faltoversten-2024"}, "natural"),
    ("basketplan med nya korgar i tensta", {}, {"basketplan-tensta-2024"}, "natural"),
    ("entre till traffpunkten i alvsjo", {}, {"traffpunkt-alvsjo-2023"}, "natural"),
    ("mörk gångbro sköndal", {}, {"gangbro-skondal-2020"}, "natural"),
    ("krossade glasrutor i busskurer", {}, {"busskurer-racksta-2016"}, "natural"),
    ("vuxna vid tunnelbanan efter knivhuggning", {}, {"vuxna-bagarmossen-2018"}, "natural"),
    ("stulna mopeder trapphus", {}, {"mopedgarage-hjulsta-2018"}, "natural"),
    ("buller från lövblåsare på morgonen", {}, {"lovblasare-karrtorp-2018"}, "natural"),
]

CLASSES = ("compound", "ordinary", "nearterm", "place", "filter", "natural")


def build_tuning8_archive(folder):
    """The reports of search_tuning7's archive and EXTRA8, stored in `folder`."""
    from search_scoring import build_archive
    from search_tuning7 import tuning7_rows

    return build_archive(folder, tuning7_rows() + EXTRA8)


def main() -> None:
    """Print the aggregate figures (per class too); with --misses each imperfect query."""
    import search_scoring

    search_scoring.main(build_tuning8_archive, TUNING8, CLASSES)


if __name__ == "__main__":
    main()
