"""Seventh set of held-out judged queries for the search (issue #12): written 2026-12-04, before any fix of
the seventh round; burned since (scored before and after it), with fixed dev/keep halves for the eighth
round (HALVES).

Over the corpus of search_corpus.py, the reports added by search_heldout.py and
search_heldout3/4/5/6.py, and nineteen more of its own (EXTRA7; four of them
have no district, as a report does when extraction found none, six carry a
district name that no longer exists, two a merged one). Themes no earlier set
used: dagvatten, pollinerare, spontanidrott, läxhjälp, förskolor, solcellsdriven
belysning, hastighetsdisplayer, halkbekämpning, langning, bilbränder,
trygghetslarm, ledstråk, cirkulationsplats, plaskdamm, sommarbio, trapphus,
trygghetskameror, elsparkcyklar, pingisbord. Six classes, about evenly:

- compound: parts of compounds: short heads and modifiers ("bädd" in
  "regnbäddar"), longer parts ("bekämpning" in "halkbekämpning"), a linking
  -s- ("cirkulation" in "cirkulationsplats"), a first part that drops its -a
  ("läxa" in "läxhjälp"), parts of three-part words ("sparkcykel" in
  "elsparkcyklar"), and compound queries whose parts stand as separate words
  in the report ("bordtennisbord" for "bord för bordtennis");
- ordinary: other inflections, verb forms and participles and near-terms a
  reader clearly expects ("sandning" for "sandas", "rondell" for
  "cirkulationsplats");
- phrase: quoted phrases, which match the words as written, in order;
- place: place names and definite or genitive place forms;
- filter: district (also a name from before a merger, today's merged name,
  and reports without a district whose place lies in it), year, year range,
  organisation and section, each with words;
- natural: several words as a person types them, a few without å/ä/ö.

Queries that must not find a report are not judged: the scorer measures
recall and the rank of the first relevant hit only. The judgments say what a
reader would want, written from the report texts, not from search results.
Never tune on these, and never print which queries miss:

    PYTHONPATH=tests .venv/bin/python tests/search_heldout7.py
"""

from __future__ import annotations

# key, year, district (None: extraction found none), project, location, stage, orgs,
# syfte, resultat, avvikelser, ekonomi, budget, utfall
EXTRA7 = [
    (
        "dagvatten-sankteriksplan-2019",
        2019,
        "Norrmalm",
        "Regnbäddar för dagvatten vid Sankt Eriksplan",
        "Sankt Eriksplan, Vasastan",
        "slutredovisning",
        ["Stockholm Vatten och Avfall", "Trafikkontoret"],
        "Vid skyfall har gatan och busshållplatsen vid Sankt Eriksplan svämmat över, och dagvattnet har runnit ner"
        " i tunnelbanans uppgång. Målet är att ta hand om regnvattnet där det faller och samtidigt göra platsen"
        " grönare.",
        "Tre regnbäddar med perenner och träd har anlagts längs trottoaren, och delar av torgytan har fått"
        " genomsläpplig beläggning. Vid höstens kraftiga regn stod inget vatten kvar på gångytorna.",
        "Ledningsomläggningen tog längre tid än beräknat eftersom gamla fjärrvärmerör låg i vägen.",
        "Utfallet blev 3,4 mnkr mot budgeterade 3,0 mnkr; överskridandet beror på ledningsarbetet.",
        3_000_000,
        3_400_000,
    ),
    (
        "pollinerare-hjorthagen-2021",
        2021,
        "Östermalm",
        "Blommande ängar för pollinerare i Hjorthagen",
        "Hjorthagen, slänterna mot Husarviken",
        "slutredovisning",
        ["Miljöförvaltningen"],
        "Antalet vilda bin och humlor har minskat kraftigt i staden. Genom att ersätta klippta gräsmattor med"
        " ängsmark vill förvaltningen ge pollinerande insekter mat och boplatser.",
        "Två hektar gräsyta har såtts med ängsfrön, och tio bihotell har satts upp i sluttningen. Inventeringen i"
        " juli visade fjorton arter av vildbin och flera dagfjärilar.",
        "Sådden på den norra slänten grodde dåligt efter torkan och fick göras om året därpå.",
        "Kostnaden uppgick till 380 000 kr mot budget 400 000 kr.",
        400_000,
        380_000,
    ),
    (
        "spontanidrott-husby-2022",
        2022,
        "Rinkeby-Kista",
        "Spontanidrottsplats i Husby",
        "Husby, parken vid Trondheimsgatan",
        "slutredovisning",
        ["Idrottsförvaltningen"],
        "Unga i Husby saknar platser för spontan idrott på kvällar och helger när föreningarnas tider i hallarna"
        " är slut. En öppen plats för bollspel ska ge fler unga något att göra och skapa liv i parken.",
        "En multisportarena med konstgräs, två basketkorgar och belysning som tänds till klockan 22 har byggts."
        " Fritidsledare har ordnat turneringar på lördagarna, och många flickor spelar basket.",
        "Konstgräsmattan levererades två månader för sent, så invigningen flyttades till augusti.",
        "Utfall 2,8 mnkr, budget 2,5 mnkr.",
        2_500_000,
        2_800_000,
    ),
    (
        "laxhjalp-kista-2024",
        2024,
        "Järva",
        "Läxhjälp på Kista bibliotek",
        "Kista bibliotek",
        "slutredovisning",
        ["Kulturförvaltningen", "Röda Korset"],
        "Många elever i Kista har ingen hemma som kan hjälpa dem med skolarbetet, och biblioteket har blivit en"
        " plats där unga samlas utan vuxna. Läxhjälpen ska ge eleverna studiero och stöd och göra biblioteket"
        " tryggare på eftermiddagarna.",
        "Läxhjälpen har varit öppen fyra eftermiddagar i veckan med frivilliga läxhjälpare, de flesta"
        " lärarstudenter. I snitt kom trettio elever per gång, flest från högstadiet, och personalen rapporterar"
        " färre konflikter i lokalen.",
        "Under sportlovet hölls stängt eftersom det saknades volontärer.",
        "Kostnaden blev 190 000 kr, inom budget på 200 000 kr.",
        200_000,
        190_000,
    ),
    (
        "forskolor-aspudden-2019",
        2019,
        "Hägersten-Liljeholmen",
        "Inbrottsskydd för förskolorna i Aspudden",
        "Aspudden, förskolorna vid Hägerstensvägen",
        "slutredovisning",
        ["SISAB"],
        "Tre förskolor i Aspudden har haft återkommande inbrott och skadegörelse under helger, och personalen har"
        " fått städa upp glassplitter och fimpar på gårdarna på måndagsmorgnarna.",
        "Förskolorna har fått inbrottslarm, krossäkra fönster mot gården och grindar som låses när verksamheten"
        " stänger. Sedan i våras har inget inbrott anmälts.",
        "Larmet på den minsta förskolan löste ut felaktigt flera gånger och fick justeras av leverantören.",
        "Utfall 720 000 kr mot kalkylerade utgifter om 700 000 kr.",
        700_000,
        720_000,
    ),
    (
        "solcellsbelysning-malarhojden-2020",
        2020,
        None,
        "Solcellsdriven belysning längs strandpromenaden i Mälarhöjden",
        "Mälarhöjden, strandpromenaden vid Mälarhöjdsbadet",
        "slutredovisning",
        [],
        "Strandpromenaden saknar elledningar och är helt mörk från oktober till mars. Att gräva ner kabel längs"
        " strandkanten skulle bli dyrt och skada träden.",
        "Tjugo stolpar med egna solpaneler och batterier lyser nu upp promenaden från skymning till midnatt."
        " Lamporna dimras automatiskt när ingen går förbi.",
        "I december räckte solenergin inte till hela kvällen, så batterierna byttes mot större.",
        "Utfallet blev 960 000 kr.",
        900_000,
        960_000,
    ),
    (
        "hastighet-nockeby-2021",
        2021,
        "Bromma",
        "Hastighetsdisplayer vid Nockebyskolan",
        "Nockeby, Nockebyvägen vid skolan",
        "slutredovisning",
        ["Trafikkontoret"],
        "Bilister kör ofta för fort förbi skolan, och föräldrar har oroat sig för barnen som går och cyklar till"
        " skolan på morgonen.",
        "Två displayer som visar bilisternas hastighet har satts upp i båda riktningarna. Mätningarna visar att"
        " medelhastigheten sjönk från 42 till 33 km/h under skoltid.",
        "Den ena skylten skadades av en snöplog och var ur drift i tre veckor.",
        "Kostnaden blev 210 000 kr mot budget 240 000 kr.",
        240_000,
        210_000,
    ),
    (
        "halka-fredhall-2023",
        2023,
        "Kungsholmen",
        "Halkbekämpning på gångstråken i Fredhäll",
        "Fredhäll, trapporna och gångstråken ner mot Mälaren",
        "slutredovisning",
        ["Trafikkontoret"],
        "Många äldre i Fredhäll slutar gå ut på vintern av rädsla för att ramla på isen. Fallolyckor på de branta"
        " gångstråken och trapporna har lett till flera höftfrakturer.",
        "Gångstråken sandas nu före klockan sju varje halkmorgon, och sandlådor har ställts ut vid trapporna."
        " Trapporna har fått nya ledstänger och värmeslingor i de översta stegen.",
        "Värmeslingorna i en av trapporna fick kopplas om efter ett elfel i januari.",
        "Utfall 540 000 kr, budget 600 000 kr.",
        600_000,
        540_000,
    ),
    (
        "langning-vallingby-2017",
        2017,
        "Hässelby-Vällingby",
        "Insatser mot langning till unga i Vällingby",
        "Vällingby centrum och Råcksta",
        "slutredovisning",
        ["Polisen", "Länsstyrelsen"],
        "Ungdomar under 18 år har lätt fått tag på alkohol i Vällingby, och polisen har sett att vuxna langar"
        " sprit till unga kring skolavslutningen och valborg.",
        "Kontrollköp har gjorts i butiker och på restauranger, och restaurangpersonal har fått utbildning i"
        " ansvarsfull alkoholservering. Föräldrar har fått information på skolornas föräldramöten.",
        "Planerade kontrollköp på två restauranger ställdes in.",
        "Insatserna kostade 150 000 kr.",
        160_000,
        150_000,
    ),
    (
        "bilbrander-rinkeby-2016",
        2016,
        "Rinkeby-Kista",
        "Åtgärder mot bilbränder i Rinkeby",
        "Rinkeby, parkeringsplatserna längs Rinkebysvängen",
        "slutredovisning",
        ["Storstockholms brandförsvar", "Svenska Bostäder"],
        "Under sommaren sattes ett tjugotal bilar i brand på de öppna parkeringsplatserna, och de boende var"
        " oroliga för att elden skulle sprida sig till husen.",
        "Parkeringsplatserna har fått starkare belysning och bommar vid infarterna, och brandförsvaret har"
        " informerat de boende om hur man larmar. Antalet anlagda bränder minskade till tre under hösten.",
        "Inga avvikelser.",
        "Utfall 640 000 kr mot budget 650 000 kr.",
        650_000,
        640_000,
    ),
    (
        "trygghetslarm-aldre-2018",
        2018,
        None,
        "Trygghetslarm för äldre som bor ensamma",
        "Flera adresser i innerstaden",
        "slutredovisning",
        ["Äldreförvaltningen"],
        "Äldre som bor ensamma känner sig otrygga i hemmet och vågar inte vara ensamma på nätterna. Ett larm som"
        " når hemtjänsten dygnet runt ska göra att fler kan bo kvar hemma.",
        "Hundratjugo äldre har fått digitala trygghetslarm med en larmknapp som bärs runt handleden. Larmen"
        " besvaras av en larmcentral som skickar hemtjänstpersonal vid behov.",
        "Leveransen av larmen försenades av komponentbrist.",
        "Kostnaden uppgick till 1,1 mnkr.",
        1_200_000,
        1_100_000,
    ),
    (
        "ledstrak-gullmarsplan-2022",
        2022,
        None,
        "Ledstråk för synskadade vid Gullmarsplan",
        "Gullmarsplan, bussterminalen och tunnelbaneentrén",
        "slutredovisning",
        ["Trafikkontoret", "Synskadades Riksförbund"],
        "Personer med synnedsättning har svårt att hitta rätt mellan bussarna och tunnelbanan vid Gullmarsplan,"
        " och flera har ramlat i trapporna.",
        "Kännbara plattor leder nu från hållplatslägena till tunnelbaneentrén, och trappstegen har fått"
        " kontrastmarkeringar i gult. Synskadades Riksförbund har provgått stråken och är nöjda.",
        "Plattorna vid hållplatsläge C fick läggas om eftersom de låg för nära kantstenen.",
        "Utfall 470 000 kr, budget 500 000 kr.",
        500_000,
        470_000,
    ),
    (
        "cirkulationsplats-tallkrogen-2018",
        2018,
        "Farsta",
        "Cirkulationsplats vid Tallkrogens skola",
        "Tallkrogen, korsningen vid Tallkrogens skola",
        "slutredovisning",
        ["Trafikkontoret"],
        "Korsningen vid skolan är oöverskådlig och bilister håller ofta hög fart genom den. Flera nära-olyckor med"
        " skolbarn har rapporterats.",
        "Korsningen har byggts om till en cirkulationsplats med upphöjda övergångsställen och refuger. Bussarna"
        " kommer fram utan problem och farten genom korsningen har sjunkit.",
        "Arbetet fick göras om delvis sedan en vattenledning skadats under schaktningen.",
        "Kostnaden blev 4,2 mnkr mot budget 3,8 mnkr.",
        3_800_000,
        4_200_000,
    ),
    (
        "plaskdamm-eriksdalslunden-2017",
        2017,
        "Södermalm",
        "Plaskdamm och belysning i Eriksdalslunden",
        "Eriksdalslunden, vid Årstaviken",
        "slutredovisning",
        [],
        "Den gamla plaskdammen var trasig och parken upplevdes som öde och mörk. En upprustad vattenlek ska locka"
        " barnfamiljer och göra parken tryggare.",
        "Plaskdammen har fått ny botten och fontäner, och stigarna runt den har fått belysning. Under sommaren"
        " har parken varit full av barnfamiljer.",
        "Fontänerna fick stängas en vecka i juli på grund av vattenbrist.",
        "Utfall 1,3 mnkr mot budget 1,2 mnkr.",
        1_200_000,
        1_300_000,
    ),
    (
        "sommarbio-tegnerlunden-2018",
        2018,
        "Norrmalm",
        "Sommarbio i Tegnérlunden",
        "Tegnérlunden",
        "slutredovisning",
        ["Polisen"],
        "Tegnérlunden har haft problem med narkotikaförsäljning, och många boende undviker parken på kvällarna."
        " Med filmvisningar på sommarkvällarna vill förvaltningen fylla parken med människor.",
        "Åtta filmkvällar visades under juli och augusti med i snitt fyrahundra besökare. Boende och polisen"
        " beskriver en lugnare park under sommaren.",
        "Två visningar ställdes in på grund av regn.",
        "Utfall 280 000 kr, budget 300 000 kr.",
        300_000,
        280_000,
    ),
    (
        "trapphus-bjorkhagen-2024",
        2024,
        "Skarpnäck",
        "Tryggare trapphus i Björkhagen",
        "Björkhagen, husen kring Karlskronaplan",
        "slutredovisning",
        ["Stockholmshem"],
        "Boende har klagat på att obehöriga sover och röker i trapphusen och källargångarna, och att belysningen"
        " i trappuppgångarna ofta är trasig.",
        "Trapphusen har fått närvarostyrd LED-belysning, portarna nya lås med taggar och källardörrarna"
        " dörrstängare. I Stockholmshems nya enkät har andelen som känner sig trygga i trapphuset ökat från"
        " hälften till tre av fyra.",
        "Inga avvikelser.",
        "Kostnaden blev 1,6 mnkr, varav Stockholmshem betalade hälften.",
        1_600_000,
        1_600_000,
    ),
    (
        "kameror-hornstull-2023",
        2023,
        None,
        "Trygghetskameror vid Hornstull",
        "Hornstull, Hornstulls strand",
        "slutredovisning",
        ["Polisen", "Stokab"],
        "Efter flera rån och misshandelsfall kring Hornstulls strand under helgnätterna vill nämnden och polisen"
        " att platsen bevakas med kameror.",
        "Sex kameror har monterats på befintliga belysningsstolpar, och polisen kan se bilderna i realtid från"
        " ledningscentralen.",
        "Uppkopplingen via Stokabs fiber dröjde en månad.",
        "Utfall 1,9 mnkr mot budget 2,0 mnkr.",
        2_000_000,
        1_900_000,
    ),
    (
        "elsparkcyklar-thorildsplan-2025",
        2025,
        "Kungsholmen",
        "Parkeringsytor för elsparkcyklar vid Thorildsplan",
        "Thorildsplan, tunnelbaneuppgången",
        "",
        ["Trafikkontoret"],
        "Elsparkcyklar ställs huller om buller på trottoaren vid tunnelbaneuppgången och blir ett hinder för"
        " personer som går med rollator eller är synskadade. Målade parkeringsytor ska hålla gångbanan fri.",
        "",
        "",
        "Sökt belopp 350 000 kr.",
        0,
        0,
    ),
    (
        "pingis-liseberg-2022",
        2022,
        "Hägersten-Älvsjö",
        "Pingisbord och schackbord i Lisebergsparken",
        "Lisebergsparken",
        "slutredovisning",
        [],
        "Parken används mest som genväg och få stannar där. Bord för pingis och schack ska göra parken till en"
        " mötesplats för både unga och äldre.",
        "Två betongbord för bordtennis och fyra schackbord med bänkar har ställts upp under de stora ekarna."
        " Boende har bildat en pingisgrupp som spelar varje kväll.",
        "Racketar och bollar som lånades ut från lådan försvann snabbt, så utlåningen flyttades till fritidsgården.",
        "Utfall 260 000 kr.",
        280_000,
        260_000,
    ),
]

# query, filters, relevant keys (this set's reports and every earlier one a reader would want), class
HELDOUT7 = [
    # 1. parts of compounds
    ("bädd", {}, {"dagvatten-sankteriksplan-2019", "promenadslinga-langsjon-2021"}, "compound"),
    ("äng", {}, {"pollinerare-hjorthagen-2021"}, "compound"),
    ("gräsmatta", {}, {"pollinerare-hjorthagen-2021", "spontanidrott-husby-2022"}, "compound"),
    ("arena", {}, {"spontanidrott-husby-2022"}, "compound"),
    ("läxa", {}, {"laxhjalp-kista-2024"}, "compound"),
    ("larm", {}, {"forskolor-aspudden-2019", "trygghetslarm-aldre-2018", "hjartstartare-vasterort-2022"}, "compound"),
    ("sol", {}, {"solcellsbelysning-malarhojden-2020", "klimat-solceller-2021"}, "compound"),
    ("hastighet", {}, {"hastighet-nockeby-2021", "skolvag-bromma-2020"}, "compound"),
    ("halka", {}, {"halka-fredhall-2023", "gangvagar-solberga-2019"}, "compound"),
    ("bekämpning", {}, {"halka-fredhall-2023"}, "compound"),
    ("brand", {}, {"bilbrander-rinkeby-2016", "brandsakerhet-tensta-2021", "garage-akalla-2018"}, "compound"),
    ("cirkulation", {}, {"cirkulationsplats-tallkrogen-2018"}, "compound"),
    ("damm", {}, {"plaskdamm-eriksdalslunden-2017"}, "compound"),
    ("bio", {}, {"sommarbio-tegnerlunden-2018"}, "compound"),
    ("dörr", {}, {"trapphus-bjorkhagen-2024", "kodlas-hogdalen-2022"}, "compound"),
    ("sparkcykel", {}, {"elsparkcyklar-thorildsplan-2025"}, "compound"),
    ("trapphusbelysning", {}, {"trapphus-bjorkhagen-2024"}, "compound"),
    ("bordtennisbord", {}, {"pingis-liseberg-2022"}, "compound"),
    # 2. other inflections, verb forms and near-terms
    ("skyfallen", {}, {"dagvatten-sankteriksplan-2019"}, "ordinary"),
    ("översvämning", {}, {"dagvatten-sankteriksplan-2019"}, "ordinary"),
    ("pollinering", {}, {"pollinerare-hjorthagen-2021"}, "ordinary"),
    ("humla", {}, {"pollinerare-hjorthagen-2021"}, "ordinary"),
    ("elev", {}, {"laxhjalp-kista-2024", "skolgard-hjulsta-2019"}, "ordinary"),
    ("förskolornas", {}, {"forskolor-aspudden-2019"}, "ordinary"),
    ("dimning", {}, {"solcellsbelysning-malarhojden-2020", "cykelvag-arstafaltet-2022"}, "ordinary"),
    ("bilisten", {}, {"hastighet-nockeby-2021", "cirkulationsplats-tallkrogen-2018"}, "ordinary"),
    ("sandning", {}, {"halka-fredhall-2023", "gangvagar-solberga-2019"}, "ordinary"),
    ("langa", {}, {"langning-vallingby-2017"}, "ordinary"),
    ("bilbrand", {}, {"bilbrander-rinkeby-2016", "garage-akalla-2018"}, "ordinary"),
    ("bommen", {}, {"bilbrander-rinkeby-2016", "buskorning-akalla-2022"}, "ordinary"),
    ("synskadad", {}, {"ledstrak-gullmarsplan-2022", "elsparkcyklar-thorildsplan-2025"}, "ordinary"),
    ("rondell", {}, {"cirkulationsplats-tallkrogen-2018"}, "ordinary"),
    ("fontän", {}, {"plaskdamm-eriksdalslunden-2017", "sittbankar-mariatorget-2016"}, "ordinary"),
    ("obehörig", {}, {"trapphus-bjorkhagen-2024", "kodlas-hogdalen-2022"}, "ordinary"),
    ("rånet", {}, {"kameror-hornstull-2023", "cam-kungstradgarden-2017", "kameror-fridhemsplan-2020"}, "ordinary"),
    # 3. quoted phrases (the words as written, in order; accents optional)
    ('"genomsläpplig beläggning"', {}, {"dagvatten-sankteriksplan-2019"}, "phrase"),
    ('"pollinerande insekter"', {}, {"pollinerare-hjorthagen-2021"}, "phrase"),
    ('"spontan idrott"', {}, {"spontanidrott-husby-2022"}, "phrase"),
    ('"frivilliga läxhjälpare"', {}, {"laxhjalp-kista-2024"}, "phrase"),
    ('"krossäkra fönster"', {}, {"forskolor-aspudden-2019"}, "phrase"),
    ('"från skymning till midnatt"', {}, {"solcellsbelysning-malarhojden-2020"}, "phrase"),
    ('"medelhastigheten sjönk"', {}, {"hastighet-nockeby-2021"}, "phrase"),
    ('"ansvarsfull alkoholservering"', {}, {"langning-vallingby-2017"}, "phrase"),
    ('"anlagda bränder"', {}, {"bilbrander-rinkeby-2016"}, "phrase"),
    ('"hemtjänsten dygnet runt"', {}, {"trygghetslarm-aldre-2018"}, "phrase"),
    ('"kannbara plattor"', {}, {"ledstrak-gullmarsplan-2022"}, "phrase"),
    ('"upphöjda övergångsställen"', {}, {"cirkulationsplats-tallkrogen-2018"}, "phrase"),
    ('"filmvisningar på sommarkvällarna"', {}, {"sommarbio-tegnerlunden-2018"}, "phrase"),
    ('"närvarostyrd LED-belysning"', {}, {"trapphus-bjorkhagen-2024"}, "phrase"),
    ('"i realtid"', {}, {"kameror-hornstull-2023", "hallplatser-skarpnack-2022"}, "phrase"),
    ('"huller om buller"', {}, {"elsparkcyklar-thorildsplan-2025"}, "phrase"),
    ('"schackbord med bänkar"', {}, {"pingis-liseberg-2022"}, "phrase"),
    # 4. place names, definite and genitive place forms
    ("Sankt Eriksplan", {}, {"dagvatten-sankteriksplan-2019"}, "place"),
    ("S:t Eriksplan", {}, {"dagvatten-sankteriksplan-2019"}, "place"),
    ("Hjorthagen", {}, {"pollinerare-hjorthagen-2021"}, "place"),
    ("Husarviken", {}, {"pollinerare-hjorthagen-2021"}, "place"),
    ("Trondheimsgatan", {}, {"spontanidrott-husby-2022"}, "place"),
    ("biblioteket i Kista", {}, {"laxhjalp-kista-2024"}, "place"),
    ("Aspudden", {}, {"forskolor-aspudden-2019"}, "place"),
    ("Mälarhöjdens strandpromenad", {}, {"solcellsbelysning-malarhojden-2020"}, "place"),
    ("Nockeby skola", {}, {"hastighet-nockeby-2021"}, "place"),
    ("Fredhäll", {}, {"halka-fredhall-2023"}, "place"),
    ("Råcksta", {}, {"langning-vallingby-2017"}, "place"),
    ("Gullmarsplans bussterminal", {}, {"ledstrak-gullmarsplan-2022"}, "place"),
    ("Tallkrogen", {}, {"cirkulationsplats-tallkrogen-2018"}, "place"),
    ("Eriksdal", {}, {"plaskdamm-eriksdalslunden-2017"}, "place"),
    ("Tegnerlunden", {}, {"sommarbio-tegnerlunden-2018"}, "place"),
    ("Karlskronaplan", {}, {"trapphus-bjorkhagen-2024"}, "place"),
    ("Liseberg", {}, {"pingis-liseberg-2022"}, "place"),
    # 5. filters with words
    ("kameror", {"district": "Södermalm"}, {"cam-medborgarplatsen-2022", "kameror-hornstull-2023"}, "filter"),
    ("bilbränder", {"district": "Järva"}, {"bilbrander-rinkeby-2016", "garage-akalla-2018"}, "filter"),
    ("äldre", {"district": "Kungsholmen"}, {"halka-fredhall-2023"}, "filter"),
    ("larm", {"district": "Hägersten-Älvsjö"}, {"forskolor-aspudden-2019"}, "filter"),
    ("basket", {"district": "Rinkeby-Kista"}, {"spontanidrott-husby-2022"}, "filter"),
    (
        "narkotika",
        {"district": "Norra innerstaden"},
        {"sommarbio-tegnerlunden-2018", "observatorielunden-2024", "overvakning-hotorget-2020"},
        "filter",
    ),
    ("ledstråk", {"district": "Enskede-Årsta-Vantör"}, {"ledstrak-gullmarsplan-2022"}, "filter"),
    ("belysning", {"district": "Hägersten-Älvsjö", "year": "2020"}, {"solcellsbelysning-malarhojden-2020"}, "filter"),
    ("solceller", {"year": 2020}, {"solcellsbelysning-malarhojden-2020"}, "filter"),
    ("korsningen", {"district": "Farsta", "year": "2016-2019"}, {"cirkulationsplats-tallkrogen-2018"}, "filter"),
    (
        "kameror",
        {"org": "Stokab", "year": "2022-2023"},
        {"cam-medborgarplatsen-2022", "kameror-hornstull-2023"},
        "filter",
    ),
    ("alkohol", {"org": "Länsstyrelsen"}, {"langning-vallingby-2017"}, "filter"),
    (
        "trapphus",
        {"org": "Stockholmshem"},
        {"trapphus-bjorkhagen-2024", "kodlas-hogdalen-2022", "innergardar-ostberga-2018"},
        "filter",
    ),
    ("insekter", {"org": "miljöförvaltningen"}, {"pollinerare-hjorthagen-2021"}, "filter"),
    ("snöplog", {"section": "avvikelser"}, {"hastighet-nockeby-2021"}, "filter"),
    ("leverantören", {"section": "avvikelser"}, {"forskolor-aspudden-2019"}, "filter"),
    ("skyfall", {"section": "syfte"}, {"dagvatten-sankteriksplan-2019"}, "filter"),
    # 6. several words as typed (a few without å/ä/ö, one misspelt)
    ("översvämning vid skyfall", {}, {"dagvatten-sankteriksplan-2019"}, "natural"),
    ("ängar för vilda bin", {}, {"pollinerare-hjorthagen-2021"}, "natural"),
    ("basketkorgar i Husby", {}, {"spontanidrott-husby-2022"}, "natural"),
    ("laxhjalp pa biblioteket", {}, {"laxhjalp-kista-2024"}, "natural"),
    ("inbrott pa forskolor", {}, {"forskolor-aspudden-2019"}, "natural"),
    ("solcellslampor vid stranden", {}, {"solcellsbelysning-malarhojden-2020"}, "natural"),
    (
        "bilar kör för fort vid skolan",
        {},
        {"hastighet-nockeby-2021", "cirkulationsplats-tallkrogen-2018", "overgangar-angby-2024"},
        "natural",
    ),
    ("halkolyckor bland aldre", {}, {"halka-fredhall-2023", "gangvagar-solberga-2019"}, "natural"),
    ("langning av sprit till ungdomar", {}, {"langning-vallingby-2017"}, "natural"),
    ("brinnande bilar på parkeringen", {}, {"bilbrander-rinkeby-2016", "garage-akalla-2018"}, "natural"),
    ("larm for aldre som bor ensamma", {}, {"trygghetslarm-aldre-2018"}, "natural"),
    ("ledstråk för blinda", {}, {"ledstrak-gullmarsplan-2022"}, "natural"),
    ("ombyggd korsning med rondell", {}, {"cirkulationsplats-tallkrogen-2018"}, "natural"),
    ("utomhusbio i parken", {}, {"sommarbio-tegnerlunden-2018"}, "natural"),
    ("trasig belysning i trapphuset", {}, {"trapphus-bjorkhagen-2024"}, "natural"),
    ("kamerovervakning hornstull", {}, {"kameror-hornstull-2023"}, "natural"),
    ("elsparkcycklar vid tunnelbanan", {}, {"elsparkcyklar-thorildsplan-2025"}, "natural"),
    ("pingis och schack for pensionarer", {}, {"pingis-liseberg-2022"}, "natural"),
]

CLASSES = ("compound", "ordinary", "phrase", "place", "filter", "natural")

# Burned after the seventh round (scored before and after its fixes). The eighth round's split, fixed before
# any miss was looked at: queries at even indexes of HELDOUT7 are the dev half (misses may be listed and tuned
# on), odd indexes the keep half (scored in aggregate only, at the start and at the end of the round).
HELDOUT7_DEV = HELDOUT7[0::2]
HELDOUT7_KEEP = HELDOUT7[1::2]
HALVES = {"all": HELDOUT7, "dev": HELDOUT7_DEV, "keep": HELDOUT7_KEEP}


def build_heldout7_archive(folder):
    """search_corpus.CORPUS, the EXTRA rows of the first and third to sixth held-out sets and EXTRA7,
    stored in `folder`; returns key -> report."""
    from search_scoring import build_archive

    return build_archive(folder, all_rows())


def all_rows():
    """The rows of every report the seventh set is judged over, earlier sets' first."""
    import search_corpus
    import search_heldout
    import search_heldout3
    import search_heldout4
    import search_heldout5
    import search_heldout6

    return (
        search_corpus.CORPUS
        + search_heldout.EXTRA
        + search_heldout3.EXTRA3
        + search_heldout4.EXTRA4
        + search_heldout5.EXTRA5
        + search_heldout6.EXTRA6
        + EXTRA7
    )


def score(archive, key_of, judged=HELDOUT7):
    """Per query (query, class, recall@10, reciprocal rank), and the means."""
    from search_scoring import score as score_queries

    return score_queries(archive, key_of, judged)


def per_class(rows) -> dict[str, tuple[int, float, float]]:
    """Class -> (queries, mean recall@10, MRR)."""
    from search_scoring import per_class as per_class_of

    return per_class_of(rows, CLASSES)


def main() -> None:
    """Print the aggregate figures (per class too); `--half dev|keep` scores one half of the set.

    --misses lists each imperfect query of the whole set or the dev half, never of the keep half.
    """
    import search_scoring

    search_scoring.main_by_half(build_heldout7_archive, HALVES, CLASSES, keep_held_out=True)


if __name__ == "__main__":
    main()
