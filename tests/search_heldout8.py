"""Eighth set of held-out judged queries for the search (issue #12), written 2026-12-04 before any fix of the
eighth round. Scored in aggregate only, once before that round's fixes and once after them; burned since, with
fixed dev/keep halves for the ninth round (HALVES).

It is judged over every report of the earlier sets (search_heldout7.all_rows) and nineteen of its own
(EXTRA8) on themes no earlier set used: gatuträd, matlådor till äldre, dricksvattenfontäner,
medborgardialog, kulturskola, Fritidsbanken, bullerskärm, matavfall i skolkök, värmestuga för hemlösa,
cykelverkstad, rökfria miljöer, ungdomsråd, solsegel, hundlatriner, IT-caféer för seniorer, feriearbete,
sommargågata, lastcyklar and bastu. Three of them have no district, four a name from before a merger, one
today's merged name; one is an application and one a partial report.

The classes are those of the seventh set, about evenly: compound (heads, modifiers, linking -s-, a first
part that drops or changes its -a, parts of three-part words, compounds written apart in the report),
ordinary (inflections, verb forms, near-terms such as "sommarjobb" for "feriearbete"), phrase, place,
filter (every filter with words, old and merged district names, reports without a district) and natural
(several words as typed, some without å/ä/ö). Relevant keys are what a reader would want, judged from the
report texts, never from search results; only aggregates are printed:

    PYTHONPATH=tests .venv/bin/python tests/search_heldout8.py
"""

from __future__ import annotations

# key, year, district (None: extraction found none), project, location, stage, orgs,
# syfte, resultat, avvikelser, ekonomi, budget, utfall
EXTRA8 = [
    (
        "gatutrad-stadshagen-2020",
        2020,
        "Kungsholmen",
        "Nya gatuträd i Stadshagen",
        "Stadshagen, S:t Göransgatan",
        "slutredovisning",
        ["Trafikkontoret"],
        "Gatorna i Stadshagen är breda och kala, och sommartid blir asfalten het. Fler träd ska ge skugga och"
        " svalka och göra gatan till en plats där fler vill promenera.",
        "Tjugofyra lindar och ekar har planterats i skelettjord längs S:t Göransgatan, med stödstörar och"
        " bevattningssäckar. Alla träd utom två hade slagit ut på våren.",
        "Två träd påkördes av en lastbil och byts ut under garantitiden.",
        "Kostnaden blev 1,2 mnkr, i nivå med budgeten.",
        1_200_000,
        1_200_000,
    ),
    (
        "matlador-aldre-2020",
        2020,
        None,
        "Matlådor till äldre i karantän",
        "Flera adresser i söderort",
        "slutredovisning",
        ["Äldreförvaltningen", "Röda Korset"],
        "Under pandemin fick personer över sjuttio rådet att stanna hemma, och många äldre saknade någon som"
        " kunde handla åt dem.",
        "Frivilliga körde ut lagad mat tre dagar i veckan till 140 hushåll, och vid varje leverans frågade de hur"
        " den äldre mådde. Flera som kände sig ensamma fick kontakt med stadsdelens träffpunkter.",
        "Utkörningen pausades en vecka i december när två bilar gick sönder.",
        "Utfallet blev 520 000 kr mot beviljade 600 000 kr.",
        600_000,
        520_000,
    ),
    (
        "dricksfontaner-sabbatsberg-2023",
        2023,
        "Norrmalm",
        "Dricksvattenfontäner i Sabbatsbergsparken",
        "Sabbatsbergsparken, Vasastan",
        "slutredovisning",
        ["Stockholm Vatten och Avfall"],
        "Under värmeböljorna kunde besökarna i parken inte fylla på sina vattenflaskor, och flera äldre och barn"
        " mådde dåligt av värmen.",
        "Tre dricksvattenfontäner med flaskpåfyllning och hundskål har installerats vid lekplatsen och"
        " entréerna. Mätarna visar att fontänerna tappade över 20 000 liter under juli.",
        "Vattnet stängs av från oktober till april så att ledningarna inte fryser.",
        "Utfall 410 000 kr, budget 450 000 kr.",
        450_000,
        410_000,
    ),
    (
        "medborgardialog-ragsved-2018",
        2018,
        "Enskede-Årsta-Vantör",
        "Medborgardialog om Rågsveds centrum",
        "Rågsveds centrum",
        "slutredovisning",
        ["Stadsbyggnadskontoret"],
        "Inför ombyggnaden av centrumet vill nämnden veta var de boende känner sig otrygga och vad de önskar sig"
        " av torget.",
        "Dialogen pågick i sex veckor med pop-up-möten på torget, en webbenkät på fyra språk och workshoppar med"
        " högstadieelever. Över 900 synpunkter kom in; de flesta gällde mörka gångvägar och att kvinnor undviker"
        " busstorget på kvällen.",
        "Enkäten på somaliska publicerades två veckor för sent.",
        "Kostnaden blev 240 000 kr mot budget 250 000 kr.",
        250_000,
        240_000,
    ),
    (
        "kulturskola-husby-2019",
        2019,
        "Rinkeby-Kista",
        "Avgiftsfri kulturskola i Husby",
        "Husby träff",
        "slutredovisning",
        ["Kulturförvaltningen"],
        "Få barn i Husby går på kulturskolans kurser, eftersom avgiften och den långa resan till innerstaden"
        " stänger ute dem. Kurser nära hemmet ska ge barnen en meningsfull fritid.",
        "Kulturskolan har erbjudit kurser i dans, teater, trummor och bildkonst två kvällar i veckan. 180 barn"
        " anmälde sig, hälften av dem flickor, och terminen avslutades med en föreställning inför föräldrarna.",
        "Gitarrkursen ställdes in eftersom ingen lärare kunde anställas.",
        "Utfall 650 000 kr, budget 700 000 kr.",
        700_000,
        650_000,
    ),
    (
        "fritidsbanken-hogdalen-2021",
        2021,
        "Enskede-Årsta-Vantör",
        "Fritidsbanken i Högdalen",
        "Högdalens centrum",
        "slutredovisning",
        ["Idrottsförvaltningen"],
        "Många familjer har inte råd med skridskor, skidor och cyklar, och barnen blir sittande inne. Gratis lån"
        " av fritidsutrustning ska få fler barn och vuxna att röra på sig.",
        "Fritidsbanken har öppnat i en lokal i centrum med över 1 200 prylar, från hjälmar och flytvästar till"
        " längdskidor. Under första året gjordes 3 400 utlån, och skridskorna tog slut varje vinterhelg.",
        "Lokalen blev klar en månad senare än planerat på grund av en vattenskada.",
        "Kostnaden uppgick till 330 000 kr av beviljade 350 000 kr.",
        350_000,
        330_000,
    ),
    (
        "bullerskarm-essingen-2017",
        2017,
        None,
        "Bullerskärm vid lekplatsen på Lilla Essingen",
        "Lilla Essingen, lekplatsen intill Essingeleden",
        "slutredovisning",
        ["Trafikverket"],
        "Lekplatsen ligger intill Essingeleden, och trafikbullret är så högt att barn och föräldrar inte hör varandra.",
        "En tre meter hög bullerskärm av trä med klätterväxter har byggts längs lekplatsens norra sida. Ljudnivån"
        " har sjunkit med omkring tio decibel.",
        "Bygglovet dröjde, så skärmen stod klar först i november.",
        "Utfall 1,9 mnkr mot budget 1,6 mnkr; grundläggningen blev dyrare än beräknat.",
        1_600_000,
        1_900_000,
    ),
    (
        "matavfall-skarpnack-2022",
        2022,
        "Skarpnäck",
        "Insamling av matavfall i skolköken",
        "Skarpnäck, köken i tre grundskolor",
        "slutredovisning",
        ["Stockholm Vatten och Avfall", "Utbildningsförvaltningen"],
        "Skolköken slänger stora mängder matrester bland det brännbara avfallet. Samlas matavfallet in för sig"
        " blir det biogas och biogödsel i stället.",
        "Tre skolkök har fått avfallskvarnar och tankar för matavfall. På ett år samlades 38 ton in, och eleverna"
        " har vägt sitt tallrikssvinn varje vecka, vilket halverade svinnet.",
        "En av avfallskvarnarna var trasig i två månader och fick bytas.",
        "Utfallet blev 860 000 kr; budget 900 000 kr.",
        900_000,
        860_000,
    ),
    (
        "varmestuga-klara-2019",
        2019,
        "Norrmalm",
        "Värmestuga för hemlösa",
        "Klara kyrka, församlingshemmet",
        "slutredovisning",
        ["Socialförvaltningen", "Stockholms stadsmission"],
        "De kallaste nätterna sover hemlösa i trappuppgångar och på tunnelbanan, vilket är farligt för dem själva"
        " och skapar otrygghet för andra.",
        "Värmestugan höll öppet 62 nätter när det var minus fem grader eller kallare. Varje natt sov i snitt 35"
        " personer där, och alla fick soppa, smörgåsar och torra strumpor.",
        "Bemanningen räckte inte de första nätterna, och två extra nattvakter anställdes.",
        "Kostnad 1,1 mnkr, budget 1,0 mnkr.",
        1_000_000,
        1_100_000,
    ),
    (
        "cykelverkstad-skarholmen-2023",
        2023,
        "Skärholmen",
        "Cykelverkstad för unga i Skärholmen",
        "Skärholmens gård",
        "slutredovisning",
        [],
        "Många unga i Skärholmen har cyklar som står trasiga, och stölder av och skadegörelse på cyklar är"
        " vanliga kring centrum.",
        "I cykelverkstaden har unga lärt sig laga punkteringar, byta kedjor och justera bromsar med hjälp av två"
        " cykelmekaniker. 260 cyklar har lagats, och tolv ungdomar har anställts som hjälpmekaniker.",
        "Verkstaden var stängd i tre veckor efter ett inbrott där verktyg stals.",
        "Utfall 290 000 kr, budget 300 000 kr.",
        300_000,
        290_000,
    ),
    (
        "rokfritt-vinsta-2024",
        2024,
        "Hässelby-Vällingby",
        "Rökfria miljöer vid Vinsta torg",
        "Vinsta torg och busshållplatserna vid Vinstavägen",
        "slutredovisning",
        ["Miljöförvaltningen"],
        "Vid torget och busshållplatserna samlas rökare, och fimpar ligger överallt. Barn och astmatiker ska kunna"
        " vänta på bussen utan att andas in rök.",
        "Skyltar om rökfri zon har satts upp, askkoppar har flyttats trettio meter från hållplatserna och tre"
        " fimpsamlare har placerats på torget. Räkningar före och efter visar nära 70 procent färre fimpar på"
        " marken.",
        "Inga avvikelser.",
        "Kostnaden blev 95 000 kr, budget 100 000 kr.",
        100_000,
        95_000,
    ),
    (
        "ungdomsrad-farsta-2019",
        2019,
        "Farsta",
        "Ungdomsråd i Farsta",
        "Farsta, medborgarkontoret",
        "delredovisning",
        [],
        "Unga i Farsta får sällan säga sitt när nämnden beslutar om parker och fritid. Ett ungdomsråd ska ge dem"
        " inflytande och göra besluten bättre förankrade.",
        "Femton ungdomar mellan 13 och 19 år har valts till rådet och träffats en gång i månaden. Rådet har"
        " föreslagit en ny basketkorg och bättre ljus vid Farstanäset, och nämnden har beslutat om båda.",
        "Två möten ställdes in under sommarlovet.",
        "Utfallet blev 120 000 kr mot budget 150 000 kr.",
        150_000,
        120_000,
    ),
    (
        "solsegel-midsommarkransen-2021",
        2021,
        "Hägersten-Älvsjö",
        "Solsegel och träd på förskolegårdar i Midsommarkransen",
        "Midsommarkransen, tre förskolor vid Tegelbruksvägen",
        "slutredovisning",
        ["SISAB"],
        "Förskolegårdarna saknar skugga, och varma dagar kan barnen inte vara ute mitt på dagen. Solsegel ger"
        " skugga direkt medan nyplanterade träd växer upp.",
        "Sex solsegel har monterats över sandlådor och sittplatser, och nio träd har planterats. Pedagogerna"
        " berättar att barnen nu kan vara ute även under värmeböljor.",
        "Ett segel slets sönder i en storm och fick bytas.",
        "Utfall 540 000 kr mot budget 500 000 kr.",
        500_000,
        540_000,
    ),
    (
        "hundlatriner-traneberg-2016",
        2016,
        "Bromma",
        "Hundlatriner och påsautomater i Tranebergsparken",
        "Tranebergsparken, Traneberg",
        "slutredovisning",
        [],
        "Boende klagar på hundbajs på gräsmattor och gångvägar, och barnen kan inte leka fritt i parken.",
        "Tolv påsautomater och åtta hundlatriner har satts upp längs promenadvägarna, och de töms två gånger i"
        " veckan. Klagomålen till nämnden har minskat från trettio till fyra per halvår.",
        "En automat vandaliserades och flyttades närmare entrén.",
        "Kostnad 160 000 kr, budget 180 000 kr.",
        180_000,
        160_000,
    ),
    (
        "itcafe-seniorer-2022",
        2022,
        None,
        "Digital vardag för seniorer",
        "Vällingby bibliotek och Hässelby bibliotek",
        "slutredovisning",
        ["Kulturförvaltningen"],
        "Många äldre kan inte använda bank-id, boka tider i vården eller betala räkningar digitalt. De blir"
        " beroende av andra och lätta offer för bedragare.",
        "IT-caféer har hållits varje vecka där volontärer hjälpt seniorer med mobiltelefoner, surfplattor och"
        " bank-id. 310 besökare har fått hjälp, och en föreläsning om telefonbedrägerier lockade sextio åhörare.",
        "Surfplattorna för utlåning levererades två månader sent.",
        "Utfall 140 000 kr, budget 150 000 kr.",
        150_000,
        140_000,
    ),
    (
        "feriearbete-spanga-2017",
        2017,
        "Spånga-Tensta",
        "Feriearbete med parkskötsel i Spånga",
        "Spånga, parkerna kring Bromstensvägen",
        "slutredovisning",
        ["Arbetsmarknadsförvaltningen"],
        "Ungdomar i Spånga och Tensta har svårt att få sitt första jobb. Ett betalt feriearbete ger erfarenhet"
        " och referenser och håller samtidigt parkerna rena.",
        "Sextio ungdomar har arbetat tre veckor var med att rensa ogräs, plocka skräp och måla parkbänkar. Alla"
        " fick ett intyg, och nästan alla skulle rekommendera jobbet till en kompis.",
        "Några ungdomar slutade efter första veckan och ersattes från reservlistan.",
        "Utfall 780 000 kr, budget 800 000 kr.",
        800_000,
        780_000,
    ),
    (
        "gagata-swedenborgsgatan-2019",
        2019,
        "Södermalm",
        "Sommargågata på Swedenborgsgatan",
        "Swedenborgsgatan, mellan Södra station och Maria Magdalena",
        "slutredovisning",
        ["Trafikkontoret"],
        "Trottoarerna är smala och gatan fylls av bilar som letar parkering. Under sommaren ska gatan bli en plats"
        " för fotgängare, uteserveringar och lek.",
        "Gatan var stängd för biltrafik från juni till augusti. Sittmöbler och stora blomkrukor ställdes ut, och"
        " räkningar visade tre gånger så många fotgängare som året innan.",
        "Leveransfordon fick dispens före klockan elva, vilket några boende klagade på.",
        "Kostnaden blev 450 000 kr mot budget 400 000 kr.",
        400_000,
        450_000,
    ),
    (
        "lastcyklar-arsta-2024",
        2024,
        "Enskede-Årsta-Vantör",
        "Lastcyklar att låna i Årsta",
        "Årsta torg",
        "slutredovisning",
        ["Stockholmshem"],
        "Många hushåll behåller bilen för storhandling och utflykter. Lastcyklar som boende kan låna gratis ska"
        " minska bilresorna och utsläppen.",
        "Sex ellastcyklar står i ett låst cykelrum vid Årsta torg och bokas i en app. De lånades 1 900 gånger"
        " under året, och i en enkät svarade var femte låntagare att hushållet sålt eller tänker sälja bilen.",
        "Två cyklar stals trots låset och ersattes av försäkringen.",
        "Utfallet blev 310 000 kr mot budget 320 000 kr.",
        320_000,
        310_000,
    ),
    (
        "ansokan-bastu-2025",
        2025,
        "Kungsholmen",
        "Allmän bastu vid Smedsuddsbadet",
        "Smedsuddsbadet, Rålambshovsparken",
        "",
        ["Idrottsförvaltningen"],
        "Nämnden söker medel för en vedeldad bastu vid badplatsen som ska hålla öppet året runt och locka fler"
        " att vinterbada. En bemannad bastu ger liv och trygghet vid stranden under den mörka årstiden.",
        "",
        "",
        "Sökt belopp 1 400 000 kr.",
        0,
        0,
    ),
]


# query, filters, relevant keys (this set's reports and every earlier one a reader would want), class
HELDOUT8 = [
    # 1. parts of compounds
    ("kvarn", {}, {"matavfall-skarpnack-2022"}, "compound"),
    ("svinn", {}, {"matavfall-skarpnack-2022"}, "compound"),
    ("gödsel", {}, {"matavfall-skarpnack-2022"}, "compound"),
    ("tallrik", {}, {"matavfall-skarpnack-2022"}, "compound"),
    (
        "fontän",
        {},
        {"dricksfontaner-sabbatsberg-2023", "sittbankar-mariatorget-2016", "plaskdamm-eriksdalslunden-2017"},
        "compound",
    ),
    ("dricksvatten", {}, {"dricksfontaner-sabbatsberg-2023"}, "compound"),
    ("flaska", {}, {"dricksfontaner-sabbatsberg-2023"}, "compound"),
    ("påfyllning", {}, {"dricksfontaner-sabbatsberg-2023"}, "compound"),
    ("skärm", {}, {"bullerskarm-essingen-2017"}, "compound"),
    ("latrin", {}, {"hundlatriner-traneberg-2016"}, "compound"),
    ("segel", {}, {"solsegel-midsommarkransen-2021"}, "compound"),
    ("förskola", {}, {"solsegel-midsommarkransen-2021", "forskolor-aspudden-2019"}, "compound"),
    ("gågata", {}, {"gagata-swedenborgsgatan-2019", "pollare-ostermalm-2021"}, "compound"),
    ("bevattning", {}, {"gatutrad-stadshagen-2020"}, "compound"),
    ("församling", {}, {"varmestuga-klara-2019"}, "compound"),
    ("fimp", {}, {"rokfritt-vinsta-2024", "forskolor-aspudden-2019"}, "compound"),
    ("skida", {}, {"fritidsbanken-hogdalen-2021"}, "compound"),
    ("mekaniker", {}, {"cykelverkstad-skarholmen-2023"}, "compound"),
    ("trädplantering", {}, {"gatutrad-stadshagen-2020", "solsegel-midsommarkransen-2021"}, "compound"),
    ("ogräsrensning", {}, {"feriearbete-spanga-2017"}, "compound"),
    # 2. other inflections, verb forms and near-terms
    ("matlåda", {}, {"matlador-aldre-2020"}, "ordinary"),
    ("lastcykeln", {}, {"lastcyklar-arsta-2024"}, "ordinary"),
    ("punktering", {}, {"cykelverkstad-skarholmen-2023"}, "ordinary"),
    ("hemlös", {}, {"varmestuga-klara-2019"}, "ordinary"),
    ("bastun", {}, {"ansokan-bastu-2025"}, "ordinary"),
    ("lind", {}, {"gatutrad-stadshagen-2020"}, "ordinary"),
    ("vinterbad", {}, {"ansokan-bastu-2025"}, "ordinary"),
    ("sommarjobb", {}, {"sommarjobb-rinkeby-2020", "feriearbete-spanga-2017"}, "ordinary"),
    ("feriearbeten", {}, {"feriearbete-spanga-2017", "sommarjobb-rinkeby-2020"}, "ordinary"),
    ("rökning", {}, {"rokfritt-vinsta-2024", "trapphus-bjorkhagen-2024"}, "ordinary"),
    ("askkopp", {}, {"rokfritt-vinsta-2024"}, "ordinary"),
    ("bedrägerier", {}, {"itcafe-seniorer-2022"}, "ordinary"),
    ("surfplatta", {}, {"itcafe-seniorer-2022"}, "ordinary"),
    ("ljudnivå", {}, {"bullerskarm-essingen-2017"}, "ordinary"),
    ("skuggan", {}, {"gatutrad-stadshagen-2020", "solsegel-midsommarkransen-2021"}, "ordinary"),
    ("värmebölja", {}, {"dricksfontaner-sabbatsberg-2023", "solsegel-midsommarkransen-2021"}, "ordinary"),
    ("workshop", {}, {"medborgardialog-ragsved-2018"}, "ordinary"),
    ("klätterväxt", {}, {"bullerskarm-essingen-2017"}, "ordinary"),
    ("trumma", {}, {"kulturskola-husby-2019"}, "ordinary"),
    # 3. quoted phrases (the words as written, in order; accents optional)
    ('"rökfri zon"', {}, {"rokfritt-vinsta-2024"}, "phrase"),
    ('"lagad mat"', {}, {"matlador-aldre-2020"}, "phrase"),
    ('"körde ut"', {}, {"matlador-aldre-2020"}, "phrase"),
    ('"torra strumpor"', {}, {"varmestuga-klara-2019"}, "phrase"),
    ('"meningsfull fritid"', {}, {"kulturskola-husby-2019"}, "phrase"),
    ('"första jobb"', {}, {"feriearbete-spanga-2017"}, "phrase"),
    ('"mörka gångvägar"', {}, {"medborgardialog-ragsved-2018"}, "phrase"),
    ('"tio decibel"', {}, {"bullerskarm-essingen-2017"}, "phrase"),
    ('"sex solsegel"', {}, {"solsegel-midsommarkransen-2021"}, "phrase"),
    ('"stödstörar och bevattningssäckar"', {}, {"gatutrad-stadshagen-2020"}, "phrase"),
    ('"brännbara avfallet"', {}, {"matavfall-skarpnack-2022"}, "phrase"),
    ('"laga punkteringar"', {}, {"cykelverkstad-skarholmen-2023"}, "phrase"),
    ('"gratis lån"', {}, {"fritidsbanken-hogdalen-2021"}, "phrase"),
    ('"bokas i en app"', {}, {"lastcyklar-arsta-2024"}, "phrase"),
    ('"stängd för biltrafik"', {}, {"gagata-swedenborgsgatan-2019"}, "phrase"),
    ('"hundbajs pa grasmattor"', {}, {"hundlatriner-traneberg-2016"}, "phrase"),
    ('"lätta offer för bedragare"', {}, {"itcafe-seniorer-2022"}, "phrase"),
    ('"vedeldad bastu"', {}, {"ansokan-bastu-2025"}, "phrase"),
    ('"en gång i månaden"', {}, {"ungdomsrad-farsta-2019"}, "phrase"),
    ('"fylla på sina vattenflaskor"', {}, {"dricksfontaner-sabbatsberg-2023"}, "phrase"),
    # 4. place names, definite and genitive place forms
    ("Stadshagen", {}, {"gatutrad-stadshagen-2020"}, "place"),
    ("S:t Göransgatan", {}, {"gatutrad-stadshagen-2020"}, "place"),
    ("Sabbatsbergsparken", {}, {"dricksfontaner-sabbatsberg-2023"}, "place"),
    ("Sabbatsberg", {}, {"dricksfontaner-sabbatsberg-2023"}, "place"),
    ("Vasastan", {}, {"dricksfontaner-sabbatsberg-2023", "dagvatten-sankteriksplan-2019"}, "place"),
    ("Rågsved", {}, {"medborgardialog-ragsved-2018", "vantor-staket-2017"}, "place"),
    ("Rågsveds centrum", {}, {"medborgardialog-ragsved-2018"}, "place"),
    ("Husby träff", {}, {"kulturskola-husby-2019"}, "place"),
    ("Högdalen", {}, {"fritidsbanken-hogdalen-2021", "kodlas-hogdalen-2022"}, "place"),
    ("Lilla Essingen", {}, {"bullerskarm-essingen-2017"}, "place"),
    ("Essingeleden", {}, {"bullerskarm-essingen-2017"}, "place"),
    ("Klara kyrka", {}, {"varmestuga-klara-2019"}, "place"),
    ("Vinsta", {}, {"rokfritt-vinsta-2024"}, "place"),
    ("Farstanäset", {}, {"ungdomsrad-farsta-2019"}, "place"),
    ("Midsommarkransen", {}, {"solsegel-midsommarkransen-2021"}, "place"),
    ("Traneberg", {}, {"hundlatriner-traneberg-2016"}, "place"),
    ("Swedenborgsgatan", {}, {"gagata-swedenborgsgatan-2019"}, "place"),
    ("Årsta torg", {}, {"lastcyklar-arsta-2024"}, "place"),
    ("Smedsuddsbadet", {}, {"ansokan-bastu-2025"}, "place"),
    ("söderort", {}, {"matlador-aldre-2020", "isbanor-soderort-2019"}, "place"),
    # 5. filters with words
    ("kulturskola", {"district": "Järva"}, {"kulturskola-husby-2019"}, "filter"),
    ("fontäner", {"district": "Norra innerstaden"}, {"dricksfontaner-sabbatsberg-2023"}, "filter"),
    ("hemlösa", {"district": "Norrmalm"}, {"varmestuga-klara-2019"}, "filter"),
    ("bullerskärm", {"district": "Kungsholmen"}, {"bullerskarm-essingen-2017"}, "filter"),
    ("seniorer", {"district": "Hässelby-Vällingby"}, {"itcafe-seniorer-2022"}, "filter"),
    ("solsegel", {"district": "Hägersten-Älvsjö"}, {"solsegel-midsommarkransen-2021"}, "filter"),
    ("matavfall", {"district": "Skarpnäck"}, {"matavfall-skarpnack-2022"}, "filter"),
    ("feriearbete", {"district": "Spånga-Tensta"}, {"feriearbete-spanga-2017"}, "filter"),
    ("medborgardialog", {"year": "2018"}, {"medborgardialog-ragsved-2018"}, "filter"),
    ("feriearbete", {"year": "2016-2018"}, {"feriearbete-spanga-2017"}, "filter"),
    ("trädplantering", {"year": "2020-2021"}, {"gatutrad-stadshagen-2020", "solsegel-midsommarkransen-2021"}, "filter"),
    ("bastu", {"year": "2025"}, {"ansokan-bastu-2025"}, "filter"),
    ("cyklar", {"district": "Skärholmen", "year": "2023"}, {"cykelverkstad-skarholmen-2023"}, "filter"),
    ("skridskor", {"org": "Idrottsförvaltningen"}, {"fritidsbanken-hogdalen-2021"}, "filter"),
    ("fimpar", {"org": "Miljöförvaltningen"}, {"rokfritt-vinsta-2024"}, "filter"),
    ("skolkök", {"org": "Utbildningsförvaltningen"}, {"matavfall-skarpnack-2022"}, "filter"),
    ("förskolegårdar", {"org": "SISAB"}, {"solsegel-midsommarkransen-2021"}, "filter"),
    ("hemlösa", {"org": "Stadsmissionen"}, {"varmestuga-klara-2019"}, "filter"),
    ("bullerskärm", {"org": "Trafikverket"}, {"bullerskarm-essingen-2017"}, "filter"),
    ("inbrott", {"section": "avvikelser"}, {"cykelverkstad-skarholmen-2023"}, "filter"),
    ("storm", {"section": "avvikelser"}, {"solsegel-midsommarkransen-2021", "julbelysning-fruangen-2021"}, "filter"),
    ("pandemin", {"section": "mal_och_syfte"}, {"matlador-aldre-2020"}, "filter"),
    (
        "enkät",
        {"section": "slutresultat"},
        {"medborgardialog-ragsved-2018", "lastcyklar-arsta-2024", "light-tanto-2017", "trapphus-bjorkhagen-2024"},
        "filter",
    ),
    ("grundläggningen", {"section": "ekonomiskt_utfall"}, {"bullerskarm-essingen-2017"}, "filter"),
    # 6. several words as typed (a few without å/ä/ö)
    ("mat till äldre under pandemin", {}, {"matlador-aldre-2020"}, "natural"),
    ("dricksvatten i parken", {}, {"dricksfontaner-sabbatsberg-2023"}, "natural"),
    ("bastu vid badet", {}, {"ansokan-bastu-2025"}, "natural"),
    ("hjalp med mobilen for aldre", {}, {"itcafe-seniorer-2022"}, "natural"),
    ("laga cykeln", {}, {"cykelverkstad-skarholmen-2023"}, "natural"),
    ("låna skridskor gratis", {}, {"fritidsbanken-hogdalen-2021"}, "natural"),
    ("buller från trafiken vid lekplatsen", {}, {"bullerskarm-essingen-2017"}, "natural"),
    ("sovplats for hemlosa nar det ar kallt", {}, {"varmestuga-klara-2019"}, "natural"),
    ("ungas inflytande i Farsta", {}, {"ungdomsrad-farsta-2019"}, "natural"),
    ("boendes synpunkter på Rågsveds centrum", {}, {"medborgardialog-ragsved-2018"}, "natural"),
    ("skugga på förskolans gård", {}, {"solsegel-midsommarkransen-2021"}, "natural"),
    ("nya träd på gatan", {}, {"gatutrad-stadshagen-2020"}, "natural"),
    ("påsar för hundbajs i parken", {}, {"hundlatriner-traneberg-2016"}, "natural"),
    ("rokfritt vid busshallplatsen", {}, {"rokfritt-vinsta-2024"}, "natural"),
    ("matrester från skolköket blir biogas", {}, {"matavfall-skarpnack-2022"}, "natural"),
    (
        "jobb för ungdomar i parkerna på sommaren",
        {},
        {"feriearbete-spanga-2017", "sommarjobb-rinkeby-2020"},
        "natural",
    ),
    ("gagata pa sommaren sodermalm", {}, {"gagata-swedenborgsgatan-2019"}, "natural"),
    ("elcyklar att låna", {}, {"lastcyklar-arsta-2024"}, "natural"),
    ("dans och teater for barn", {}, {"kulturskola-husby-2019"}, "natural"),
    ("skräp och fimpar vid torget", {}, {"rokfritt-vinsta-2024"}, "natural"),
]

CLASSES = ("compound", "ordinary", "phrase", "place", "filter", "natural")


def build_heldout8_archive(folder):
    """The reports of every earlier set (search_heldout7.all_rows) and EXTRA8, stored in `folder`;
    returns key -> report."""
    from search_scoring import build_archive

    return build_archive(folder, all_rows())


def all_rows():
    """The rows of every report the eighth set is judged over, earlier sets' first."""
    import search_heldout7

    return search_heldout7.all_rows() + EXTRA8


def score(archive, key_of, judged=HELDOUT8):
    """Per query (query, class, recall@10, reciprocal rank), and the means."""
    from search_scoring import score as score_queries

    return score_queries(archive, key_of, judged)


def per_class(rows) -> dict[str, tuple[int, float, float]]:
    """Class -> (queries, mean recall@10, MRR)."""
    from search_scoring import per_class as per_class_of

    return per_class_of(rows, CLASSES)


# Burned after the eighth round (scored before and after its fixes). The ninth round's split, fixed before any
# miss was looked at: queries at even indexes of HELDOUT8 are the dev half (misses may be listed and tuned on),
# odd indexes the keep half (scored in aggregate only, at the start and at the end of the round).
HELDOUT8_DEV = HELDOUT8[0::2]
HELDOUT8_KEEP = HELDOUT8[1::2]
HALVES = {"all": HELDOUT8, "dev": HELDOUT8_DEV, "keep": HELDOUT8_KEEP}


def main() -> None:
    """Print the aggregate figures (per class too); `--half dev|keep` scores one half of the set.

    --misses lists each imperfect query of the dev half only: the keep half is held out.
    """
    import search_scoring

    search_scoring.main_by_half(build_heldout8_archive, HALVES, CLASSES, keep_held_out=True)


if __name__ == "__main__":
    main()
