"""The words that give an amount its role: the tables `roles` reads, and `find_cues`.

Each cue is (role, rank, pattern). The rank says how strongly the cue
governs the amounts of its clause; the attached patterns are words bound to
the amount itself. Kept apart from the decision logic (roles.py) so that
module stays small.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

W = r"[\wåäöÅÄÖ]"
YEAR_BEFORE = r"(?:i\s+fjol|förra\s+året|föregående\s+år|året\s+(?:innan|före|dessförinnan))"
# Work still to do: "återstående arbeten", "kvarstående del av projektet".
_REMAINING = r"(?:återstående|resterande|kvarvarande|kvarstående)"
_WORK = r"(?:arbet|etapp|åtgärd|insats|moment|del(?:en|ar|arna)?\s+av)"
MONTH = r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)"

# How strongly a cue governs the amounts of its clause. GOVERN: a frame that
# holds a whole clause under it ("bedömer att ...", "enligt prognosen ...").
# Words bound to the amount (ATTACHED_BEFORE/AFTER, rule 1) are read before any of these.
COPULA, NOUN, FRAME, GOVERN, DEVIATION = 0, 1, 2, 3, 4
# Cues with this role name no role: they only keep their words from being read
# as cues ("precis som planerat" says the outcome met the plan, "enligt
# ansökan" names a source).
NEUTRAL = ""

# (role, rank, pattern); earlier entries win where two start at the same
# place, so multi-word phrases come before the single words they contain.
CUES: tuple[tuple[str, int, str], ...] = (
    # A plan named as the source at the front holds the clause: "Enligt ansökan skulle arbetet kosta X"
    # ("Utfallet blev X, enligt plan" after the figure says the outcome met the plan: below).
    ("budget", GOVERN, r"(?:^|(?<=[.:;]\s))enligt\s+(?:(?:den|det)\s+)?(?:ursprungliga\s+)?(?:ansökan|plan(?:en)?)"),
    # ... or a plan, budget or decision as the source of what something "skulle kosta" ("Enligt vår kalkyl skulle
    # resan kosta X", "skulle enligt genomförandebeslutet kosta X"): the plan, not a forecast
    (
        "budget",
        GOVERN,
        rf"enligt\s+(?:{W}+\s+){{0,2}}?{W}*(?:kalkyl|budget|plan|beslut|ansökan)(?:en|et|erna)?\s+skulle"
        rf"|skulle\s+enligt\s+(?:{W}+\s+){{0,2}}?{W}*(?:kalkyl|budget|plan|beslut|ansökan)(?:en|et|erna)?\s+(?:{W}+\s+)?kosta",
    ),
    # "Det som översteg bidraget, X": the part over the budget or grant is the overrun
    ("avvikelse", DEVIATION, r"det\s+som\s+(?:översteg|överskred|gick\s+över|överskjuter|översteg)"),
    # "hade budgeterat ett överskott på X": a planned result is the budget, no deviation
    (
        "budget",
        DEVIATION,
        rf"(?:(?:hade|har)\s+)?budgeter(?:at|ade|ar|as)\s+(?:med\s+)?(?:ett|en)\s+(?:{W}+\s+)?(?:överskott|underskott|resultat|nollresultat){W}*",
    ),
    # "Av det kommer X från …", "Av detta beror X på …": a part of the whole named before, no figure of its own
    (
        "annat",
        DEVIATION,
        r"(?:^|(?<=[.:;]\s))av\s+(?:det|detta|dessa|den|denna|summan|beloppet|överskottet|underskottet)\s+"
        r"(?:[\wåäö]+\s+)?(?:kommer|kom|beror|berodde|avser|avsåg|består|bestod|gäller|gällde|förklaras|förklarades)(?![\wåäö])",
    ),
    # "Vi hade tänkt oss en kostnad på X", "hade tänkt lägga X": what one meant to spend, the plan
    ("budget", FRAME, r"(?:hade|har)\s+tänkt(?:\s+oss)?(?![\wåäö])"),
    # "det räckte med X": what the work needed in the end, the outcome
    ("utfall", FRAME, r"räckte\s+(?:det\s+)?med"),
    (
        NEUTRAL,
        NOUN,
        rf"(?:(?:precis|helt|just|ungefär|också)\s+)?som\s+(?:{W}+\s+)?(?:planerat|budgeterat|beräknat|kalkylerat|väntat|beslutat|beviljat)"
        rf"|enligt\s+(?:(?:den|det)\s+)?(?:{W}+\s+)?(?:ansökan|plan(?:en)?|beslut(?:et)?)"
        # "Lönekostnad inkl. sociala avgifter X": what a cost includes names no fee of its own
        rf"|(?:inkl\.?|inklusive|exkl\.?|exklusive)\s+(?:{W}+\s+)?{W}*avgift{W}*"
        # "fördelat på tre delprojekt" splits a sum; "fördelades" hands it out.
        rf"|(?:fördelat|fördelade|uppdelat|uppdelade)\s+(?:på|mellan)"
        # "återstående lampor" names no money left over (work still to do is below).
        rf"|{_REMAINING}\s+(?!medel|belopp|summ|pengar|del(?:en)?\b|budget|anslag|kostnad|#|{_WORK}){W}+",
    ),
    # What work still to do costs is a forecast: "Kvarstående arbeten beräknas till 0,3 mnkr".
    (
        "prognos",
        GOVERN,
        rf"{_REMAINING}\s+(?:arbet{W}*|etapp{W}*|åtgärd{W}*|insats{W}*|moment{W}*"
        rf"|del(?:en|ar|arna)?\s+av\s+(?:(?:det|den)\s+)?(?:{W}+\s+)?(?:projekt|arbet|etapp|åtgärd|bygg|insats|upprustning){W}*)",
    ),
    # A saving per year runs, like a running cost: "ger en besparing på 4 mnkr per år", "räknar med att
    # spara X om året" (before "sparat", a deviation, and outranking the forecast frame around it).
    (
        "annat",
        DEVIATION,
        rf"{W}*besparing{W}*\s+(?:på|om)\s+#+\s+(?:per\s+år|om\s+året|årligen)"
        # "Besparingen beräknas till X per år", "Intäkterna väntas öka med X om året": a yearly saving or income
        rf"|{W}*(?:besparing|intäkt){W}*\s+(?:{W}+\s+){{1,3}}?#+\s+(?:per\s+år|om\s+året|årligen|per\s+månad|i\s+månaden)"
        rf"|spar(?:a|ar|as|ade|at)\s+(?:{W}+\s+){{0,2}}?#+\s+(?:per\s+år|om\s+året|årligen|varje\s+år|per\s+månad|i\s+månaden)",
    ),
    # The largest or smallest single share beside a distributor's pot: "Störst bidrag går till …, X",
    # "Minst fick en schackklubb: X" (the pot is the grant; the text follows the distributor).
    (
        "annat",
        DEVIATION,
        rf"(?:störst|högst|minst|största|högsta|minsta)\s+(?:enskilda?\s+)?(?:bidrag|belopp|stöd|summa|tilldelning){W}*"
        rf"|(?:^|(?<=[.:;]\s))(?:mest|minst|högst)\s+(?:pengar\s+)?(?:fick|får|erhöll|tilldelades)",
    ),
    # A gift beside the project's money ("Ica skänkte presentkort för X", "donerade X"): a co-funder's, no grant.
    ("annat", FRAME, r"skänk(?:te|t|er|s|tes)|donera(?:de|t|r|s|des)|sponsra(?:de|t|r|s|des)"),
    # A result measured against the budget ("ett resultat på -6,1 mnkr mot budget"): a deviation (a bare
    # result is what the body came to).
    (
        "avvikelse",
        DEVIATION,
        rf"{W}*resultat{W}*\s+(?:på|om)\s+[+\-−]?\s*#+\s+(?:mot|i\s+förhållande\s+till|jämfört\s+med|gentemot)"
        rf"\s+(?:(?:den|det)\s+)?budget{W}*(?!\s+(?:på|om)\s)",
    ),
    # A gain on a sale is no cost or grant: "en reavinst på X" (a company's profit for the year is its outcome);
    # nor are a municipality's tax income and general state grants (its income, not a grant to a project).
    (
        "annat",
        DEVIATION,
        rf"(?:rea|realisations|försäljnings)vinst{W}*"
        rf"|skatteintäkt{W}*(?:\s+och\s+(?:de\s+)?(?:generella\s+)?statsbidrag{W}*)?|generella\s+statsbidrag{W}*",
    ),
    # A change since last year is no deviation from the budget.
    ("annat", DEVIATION, rf"(?:mer|mindre|högre|lägre)\s+än\s+{YEAR_BEFORE}|jämfört\s+med\s+{YEAR_BEFORE}"),
    # "Det är 600 miljoner mer än i år" is a change; "får nämnden 40 mnkr mer än i år" still a grant.
    ("annat", NOUN, r"(?:mer|mindre|högre|lägre)\s+än\s+i\s+år"),
    # What is left before the work is done is a forecast: "Det återstår 4 mnkr innan etappen är klar".
    (
        "prognos",
        DEVIATION,
        rf"återst(?:år|od)\s+(?:{W}+\s+){{0,2}}?#+\s+(?:innan|tills|till\s+dess|för\s+att\s+(?:slutföra|färdigställa))",
    ),
    # Money carried over to next year ("vill föra över X till nästa år") and how much a deviation grew
    # ("Underskottet har ökat med X") are no figure of the year.
    (
        "annat",
        DEVIATION,
        rf"(?:föra|förs|fördes|förts)\s+(?:över\s+)?(?:{W}+\s+){{0,2}}?#+(?:\s+{W}+){{0,4}}?\s+till\s+(?:nästa|kommande|följande)\s+år"
        rf"|{W}*(?:avvikelse|underskott|överskott){W}*\s+(?:{W}+\s+){{0,3}}?(?:ökat|ökade|ökar|minskat|minskade|minskar|vuxit|växte"
        rf"|krympt|krympte)\s+med",
    ),
    # Deviation frames: a forecast or budget deviation is still a deviation.
    (
        "avvikelse",
        DEVIATION,
        rf"(?:{W}*avvikelse|{W}*överskott|{W}*underskott|{W}*(?:över|under)skridande){W}*\s+(?:mot|från|gentemot|jämfört\s+med)\s+(?:(?:den|det)\s+)?(?:budget|kalkyl|beräkn|planer|bevilja){W}*(?:\s+(?:utgifter|summan|beloppet){W}*)?",
    ),
    (
        "avvikelse",
        DEVIATION,
        rf"(?:lägre|högre|mindre|mer|billigare|dyrare|sämre|bättre)\s+än\s+(?:i\s+)?(?:(?:den|det|de|vad)\s+)?(?:ursprungliga?\s+)?"
        rf"(?:budget{W}*|beräkna{W}*|planera{W}*|kalkyl{W}*|väntat|budgeterat|bevilja{W}*|{W}*beslut{W}*)",
    ),
    (
        "avvikelse",
        DEVIATION,
        rf"(?:(?:under|över)st(?:iger|eg|igit|iga)|överskr[ie]d{W}*)\s+(?:{W}+\s+)?(?:budget|kalkyl){W}*(?:\s+med)?"
        # a result said in the verb: "gick back med X", "gick plus med X"
        rf"|(?:gick|går|gått|gå)\s+(?:back|plus|minus)(?:\s+med)?",
    ),
    (
        "avvikelse",
        DEVIATION,
        rf"(?:över|under)\s+(?:{W}+(?:d|t|de|da|ade)\s+)?(?:budget|kalkyl)(?:en)?|diff|{W}*(?:skillnad|differens){W}*(?:\s+(?:mot|mellan)\s+(?:budget|utfall){W}*(?:\s+och\s+(?:budget|utfall){W}*)?)?",
    ),
    (
        "avvikelse",
        DEVIATION,
        rf"{W}*avvik{W}*|{W}*överskott{W}*|{W}*underskott{W}*|{W}*(?:över|under)skr[ie]d{W}*|kostnadsökning{W}*"
        # what came on top of the plan: "ett överdrag", "kostnadsöverdraget"
        rf"|{W}*överdrag(?:et|en|s)?(?!{W})"
        # the gap itself named as the amount's subject: "det överskjutande beloppet", "det som saknades"
        rf"|(?:det|den|de)\s+överskjutande(?:\s+(?:belopp|del|summa|kostnad){W}*)?|saknade\s+belopp{W}*"
        rf"|(?:det|den|pengarna|beloppet|summan|de)\s+som\s+(?:saknades|fattades|inte\s+räckte)"
        rf"|dr(?:ar|og|agit|a)\s+över|(?:ökade?|höjda?)\s+(?:kostnad|utgift){W}*"
        rf"|{W}*(?:kostnad|utgift){W}*\s+(?:{W}+\s+){{0,3}}?(?:ökat|ökade|ökar|stigit|steg|stiger)\s+med(?=\s+(?:(?:cirka|ca|drygt|ytterligare)\s+)?#)"
        rf"|sparat|sparade|besparing{W}*|lägre|högre|billigare|dyrare|fördyr{W}*",
    ),
    # Money left over, unused or handed back is neither figure nor, unless named so, a deviation:
    # "Resterande 25 800 kr återförs", "Av 95 000 kr återstår 12 300 kr", "32 tkr går tillbaka".
    (
        "annat",
        DEVIATION,
        rf"(?:åter|kvar)st(?:år|od|ått|å)"
        rf"|(?:återstående|resterande|kvarvarande|outnyttjade|oanvända|överblivna)\s+(?:medel|medlen|belopp{W}*|pengar{W}*|summa{W}*|budget{W}*|anslag{W}*)"
        # a label "rest 900:-": what is left
        rf"|rest(?=\s*:?\s*#)"
        rf"|(?:inte|ej|aldrig)\s+(?:har\s+|hade\s+|blivit\s+)?(?:använ|förbruka|nyttja|utnyttja|upparbeta|rekvirera){W}*|outnyttja{W}*"
        rf"|återför{W}*|återlämna{W}*|kvar\s+att\s+(?:förbruka|använda)|kvar"
        # "det som blev över", "pengarna som blev över": left, as "kvar" ("blev över budgeten" is an overrun)
        rf"|(?:blev|blir|blivit|är|var|finns|fanns)\s+över(?!\s+(?:den\s+|det\s+)?{W}*(?:budget|ram|kalkyl|plan){W}*)"
        rf"|återbetal{W}*|betala{W}*\s+tillbaka|betalas\s+tillbaka|(?:lämna|skicka)(?:r|s|de|t|ts|des)?\s+tillbaka|g(?:år|ick|ått)\s+tillbaka"
        # with the subject after the verb ("Resten skickar vi tillbaka"), "förs tillbaka"; money got back (a refund,
        # "har fått tillbaka X i moms") is no grant
        rf"|(?:betala|skicka|lämna)(?:r|de)?\s+(?:vi|de|ni|föreningen)\s+tillbaka|förs\s+tillbaka"
        rf"|(?:fått|fick|får)\s+(?:(?:vi|de|den|det|nämnden|staden|kommunen|förvaltningen|föreningen)\s+)?tillbaka(?!{W})",
    ),
    # Money a sale brought in is income, neither a grant (before "gav") nor a cost: "Försäljningen av lotter gav
    # X", "sålde saft och tog in X", "Cyklarna såldes för X".
    (
        "annat",
        DEVIATION,
        rf"försäljning{W}*(?=(?:\s+{W}+){{0,5}}?\s+(?:gav|ger|gett|inbringade|drog\s+in|väntas\s+ge|beräknas\s+ge)(?!{W}))"
        rf"|såld(?:es|e)\s+(?:{W}+\s+){{0,3}}?för|(?:tog|drog)\s+(?:vi\s+|de\s+)?in",
    ),
    # A price the participants pay is no money of the project: "Resan kostar deltagarna X", "Biljetten kostar X",
    # "Avgiften var X" (one fee, singular; what fees brought in is income, above).
    (
        "annat",
        DEVIATION,
        rf"kost(?:ar|ade|at)\s+(?:deltagarna|besökarna|medlemmarna|eleverna|barnen|familjerna|publiken|gästerna"
        rf"|föräldrarna|var\s+och\s+en|varje\s+{W}+)"
        rf"|(?:biljett|entré|inträde|{W}*avgift)(?:en)?\s+(?:{W}+\s+){{0,3}}?(?:kostar|kostade|är|var|ligger\s+på|låg\s+på)"
        rf"(?=\s+(?:(?:ca|cirka|bara|endast)\s+)?#)",  # the fee's own figure ("Entrén var beräknad till X" is a plan)
    ),
    # A part said to be in a whole ("I utfallet ingår 85 tkr för projektledning"): not the whole's figure,
    # whatever the whole is.
    ("annat", DEVIATION, rf"ingår|ingick|inräknad{W}*"),
    # Running and future operating costs are not the project's figures.
    (
        "annat",
        DEVIATION,
        # a compound is its head: "driftbidrag", "underhållsprojekt", "underhållsplanen" are no running cost
        rf"{W}*(?:drift|underhåll)(?!{W}*(?:projekt|bidrag|plan)){W}*|skötsel{W}*|{W}*kapitalkostnad{W}*|kapitaltjänst{W}*|{W}*licens{W}*"
        rf"|årlig(?:a|t)?|löpande|(?!hel){W}*årskostnad{W}*|el(?:kostnad|förbrukning){W}*"
        rf"|{W}*avgift{W}*|{W}*taxa{W}*|böter"
        # a penalty, also in a compound ("förseningsvite-tvisten", not "aktivitet"), and money put into a
        # reserve are no figure of a project (money taken from one may be: "äska X ur investeringsreserven")
        rf"|(?:{W}*s)?vite[nt]?|till\s+(?:en\s+|den\s+)?{W}*reserv(?:en)?"
        # "Priset för en kamera" is a unit price; "priset för ombyggnaden" is what it cost. Plural "priser" is no
        # price of one thing: prizes in a cost list ("Priser och medaljer 4 000 kr"), or prices in general.
        rf"|{W}*pris(?:et)?(?!{W})(?!\s+för\s+(?!en\b|ett\b|varje\b){W}+(?:en|et|na)\b)"
        # "kostnad per kamera" is a unit price; "per delprojekt" breaks a total down.
        rf"|(?:{W}*kostnad{W}*|{W}*pris{W}*|{W}*belopp{W}*|{W}*bidrag{W}*|{W}*stöd{W}*)\s+per\s+(?!den\b|dag\b|delprojekt|åtgärd|post|etapp|del\b|område|stadsdel|aktivitet|insats|kategori"
        # "kostnader per 2023-12-31", "per 31 maj", "per sista juni": a date, not a unit
        rf"|\d|sista\b|årsskiftet|bokslut|delår|{MONTH}){W}+",
    ),
    (
        "annat",
        DEVIATION,
        rf"kostar\s+(?:{W}+\s+){{0,2}}?#+\s+(?:per\s+år|om\s+året|per\s+månad|i\s+månaden|årligen)|varje\s+{W}+\s+kosta(?:r|de)"
        # "Varje ungdom har fått 5 000 kr": what each one got, not the total
        # ("Varje förening kan få högst X": the most one may get)
        rf"|varje\s+(?!år\b|månad\b|vecka\b){W}+\s+(?:(?:har|kan|ska|skall|kunde|får)\s+)?(?:fått|får|fick|erhöll|få)(?!{W})"
        # "en kostnad om 300 tkr per år": a cost stated per year runs
        rf"|{W}*(?:kostnad|utgift){W}*\s+(?:på|om)\s+#+\s+(?:per\s+år|om\s+året|per\s+månad|i\s+månaden|årligen)"
        # a price per unit: "per tillfälle", "per kamera"
        rf"|per\s+(?:tillfälle|timme|timma|styck|st|gång|person|deltagare|besök|elev|barn|kvadratmeter|kvm|meter|dygn|plats"
        rf"|lampa|kamera|armatur|dag|natt|kväll|helg|månad|vecka)",
    ),
    # A result said to be positive or negative is a deviation; a bare one ("Resultatet för perioden uppgår
    # till X") is what the period came to, and a word before it names it ("det budgeterade resultatet").
    ("avvikelse", DEVIATION, rf"(?:positiv{W}*|negativ{W}*)\s+(?:resultat|utfall|avvikelse){W}*"),
    # An expected outcome is a forecast ...
    (
        "prognos",
        DEVIATION,
        rf"(?:förvänta|prognosti[cs]era|beräkna|bedöm|vänta|preliminär)(?:t|d|de|da|a)?\s+utfall{W}*"
        # "Förväntat helår: X", "Utfall helår (prognos)": the whole year's figure beside an interim outcome
        rf"|(?:förvänta|prognosti[cs]era|beräkna|bedöm)(?:t|d|de|da|a)?\s+(?:utfall\s+)?(?:för\s+)?helår{W}*"
        rf"|prognos\s+(?:för\s+)?helår{W}*|helårsprognos{W}*",
    ),
    # ... but the named outcome is the outcome even when it is an estimate ("utfallet bedöms uppgå till").
    ("utfall", DEVIATION, rf"{W}*utfall{W}*"),
    # Another project's cost is not the report's: "Året innan kostade motsvarande insats 760 000 kr".
    (
        "annat",
        GOVERN,
        rf"(?:motsvarande|liknande)\s+(?:{W}+\s+)?(?:insats|satsning|projekt|åtgärd|arbete|upprustning){W}*",
    ),
    # "Bryggan skulle ha kostat X": the plan that did not hold.
    ("budget", GOVERN, rf"skulle\s+(?:{W}+\s+){{0,2}}?ha\s+kostat"),
    # A plan in the past perfect is the plan: "Vi hade räknat med 120 000 kr".
    (
        "budget",
        GOVERN,
        rf"hade\s+(?:{W}+\s+)?(?:räknat|beräknat|kalkylerat|uppskattat|bedömt|trott|planerat|budgeterat)(?:\s+med)?(?:\s+att)?"
        # ... and in the simple past, told afterwards: "Vi räknade med att det skulle kosta X"
        rf"|(?:räknade|beräknade|uppskattade|kalkylerade|trodde)\s+(?:{W}+\s+){{0,2}}?(?:med\s+)?att",
    ),
    # Frames that hold the clause under them: a judgement about what will be
    # ("bedömer att kostnaden hamnar", "räknar med att projektet kostar"), a
    # source ("enligt prognosen", "enligt kalkylen", "enligt slutredovisningen").
    (
        "prognos",
        GOVERN,
        rf"(?:bedömer|bedömde|tror|trodde|räknar|uppskattar|uppskattat|beräknar|förväntar|väntar|antar)\s+(?:{W}+\s+){{0,2}}?(?:med\s+)?att"
        rf"|(?:bedömning|uppskattning|förväntning){W}*\s+är\s+att"
        rf"|enligt\s+(?:(?:den|det)\s+)?(?:{W}+\s+){{0,2}}?(?:prognos|bedömning|beräkning|uppskattning){W}*(?!\s+utfall)"
        rf"|(?<![\wåäö])i\s+(?:(?:den|det)\s+)?(?:{W}+\s+)?prognos(?!ti[cs]er){W}*"
        rf"|(?:kan|kommer\s+att|kan\s+komma\s+att)\s+(?:att\s+)?(?:behöva(?:s)?|krävas)|kommer\s+att\s+(?:behövas|krävas|gå\s+åt)",
    ),
    # "Om projektet genomförs i sin helhet blir kostnaden X": a condition, so a forecast.
    (
        "prognos",
        GOVERN,
        rf"(?:^|(?<=[.:]\s))(?:om|ifall)(?=\s+(?:{W}+\s+){{0,4}}?(?:genomförs|skulle|fullföljs|beslutas|godkänns|byggs|görs|väljer|väljs|blir))",
    ),
    # "Stolarna var tänkta att kosta X": what was planned before the cost came in.
    ("budget", FRAME, r"(?:var|är|hade\s+varit)\s+(?:tänkt|planerad|beräknad)(?:a|e)?\s+att\s+kosta"),
    # "ett tak på X", "kostnadstaket för projektet är X"; a roof is no cap: "taket på klubbstugan kostade X" (the
    # figure must follow "tak på/om" closely)
    (
        "budget",
        GOVERN,
        rf"hålla\s+(?:{W}+\s+){{0,2}}?(?:under|inom)|(?:kostnads)?tak(?:et)?\s+(?:(?:på|om)(?=\s+(?:{W}+\s+)?[#\d])|för|är)",
    ),
    (
        "budget",
        GOVERN,
        rf"enligt\s+(?:(?:den|det)\s+)?(?:{W}+\s+)?(?:kalkyl{W}*|budget{W}*|genomförandebeslut{W}*|inriktningsbeslut{W}*)",
    ),
    (
        "utfall",
        GOVERN,
        rf"enligt\s+(?:(?:den|det)\s+)?(?:{W}+\s+)?(?:slutredovisning{W}*|bokslut{W}*|redovisning{W}*|uppföljning{W}*)",
    ),
    # A planning document names what was planned: "I ansökan angavs kostnaden till X".
    (
        "budget",
        FRAME,
        rf"(?<![\wåäö])i\s+(?:(?:den|det)\s+)?(?:{W}+\s+)?(?:ansökan|kalkylen|genomförandebeslutet|inriktningsbeslutet)",
    ),
    # A decision document as the subject states the plan: "Inriktningsbeslutet angav en utgift på X".
    ("budget", FRAME, rf"{W}*(?:genomförande|inriktnings)beslut(?:et|en)?"),
    # ... and so does any decision as the subject of a verb of scope: "Fullmäktiges beslut från 2021 gällde X".
    (
        "budget",
        FRAME,
        rf"{W}*beslut(?:et)?(?:\s+{W}+){{0,3}}?\s+(?:gällde|gäller|avsåg|avser|omfattade|omfattar)(?=\s+(?:{W}+\s+)?#)",
    ),
    ("prognos", FRAME, rf"(?:beräknad|uppskattad|bedömd|förväntad){W}*\s+slutkostnad{W}*"),
    # A compound takes the role of its head: a cost calculation is a budget.
    ("budget", FRAME, rf"kostnads(?:beräkning|kalkyl|bedömning){W}*"),
    (
        "budget",
        FRAME,
        # a cost planned or budgeted; a calculated one as a form's label or told in the past
        # ("Beräknad kostnad: X", "Beräknad kostnad var X")
        rf"(?:kalkylerad|budgeterad|planerad)(?:e|a)?\s+(?:total)?(?:kostnad|utgift|investering){W}*"
        rf"|(?:beräknad|uppskattad|bedömd)(?:e|a)?\s+(?:total|investerings)?(?:kostnad|utgift|investering){W}*(?=(?:\s+enligt\s+{W}+)?\s*:|\s+(?:var|uppgick)\s)",
    ),
    # Otherwise a calculated or estimated cost is a forecast (in an application or under a decision,
    # the budget: role_stage).
    (
        "prognos",
        FRAME,
        rf"(?:beräknad|uppskattad|bedömd)(?:e|a)?\s+(?:total|investerings)?(?:kostnad|utgift|investering){W}*",
    ),
    # A surplus said as a plus or minus ("gick med ett plus på X", "Det blev ett minus på X för nämnden"): a
    # deviation; a forecast frame around it governs ("räknar med ett minus på X").
    ("avvikelse", FRAME, r"(?:plus|minus)\s+(?:på|om)(?=\s+#)"),
    # "Den budget vi fick var X": a budget noun with the verb of its relative clause is the budget (the noun
    # decides, the roles README's convention; "fick" alone is a grant's).
    (
        "budget",
        FRAME,
        rf"{W}*budget(?:en)?\s+(?:som\s+)?(?:vi|ni|de|man|föreningen|projektet)\s+(?:fick|får|har\s+fått|hade\s+fått)",
    ),
    # Money that can be handed out is the frame to hand out: "Kommunstyrelsen kan fördela 9 miljoner".
    ("budget", FRAME, r"kan\s+(?:[\wåäö]+\s+)?(?:fördela|dela\s+ut|bevilja)"),
    # "Medlen från kommunstyrelsen, X, har gått till …": money from a funder is a grant; the city named by its
    # short name too ("Medel från SDN: X", "Pengar från stadsdelen: X", "Bidr. fr SDF X").
    (
        "beviljat",
        FRAME,
        rf"(?:medlen|medel|pengarna|pengar|{W}*bidrag{W}*|{W}*stöd(?:et)?|{W}*anslag{W}*)\s+(?:från|fr)\s+(?:{W}+\s+)?"
        rf"(?:{W}*(?:styrelse|utskott|nämnd|kontor|staden|staten|region|fond|stiftelse|förvaltning|myndighet|verket){W}*"
        r"|(?-i:SDN|SDF)|stadsdel(?:en|sområdet)?)(?![\wåäö])",
    ),
    # "den beviljade investeringsramen": a granted frame is the grant.
    ("beviljat", FRAME, rf"(?:beviljad|anvisad|tilldelad)(?:e|a)?\s+{W}*(?:ram|budget|medel){W}*"),
    # Inverted order too: "beräknas nettokostnaden bli", "beräknas totalt kosta".
    (
        "prognos",
        FRAME,
        # "Bygget beräknas ta två år och kosta X": the frame holds a second verb joined to its first
        rf"(?:beräknas|bedöms|väntas|förväntas|uppskattas)\s+(?:{W}+\s+){{1,6}}?och\s+(?:att\s+)?(?:kosta|landa|uppgå)(?!{W})|"
        # the amount may stand inside the frame: "beräknas ytterligare X behövas"
        rf"(?:beräknas|bedöms|väntas|förväntas|uppskattas)\s+(?:(?:{W}+|#+)\s+){{0,3}}?(?:att\s+)?(?:bli|uppgå|landa|kosta|hamna|stanna|ligga|öka|minska|behövas|krävas|räcka|gå\s+åt)"
        rf"|(?:uppskattas|bedöms)\s+(?:{W}+\s+){{0,2}}?till|beräkning(?:ar|arna|en)?|skulle\s+(?:{W}+\s+){{0,5}}?kosta|uppskattning{W}*|kommer\s+(?:{W}+\s+){{0,2}}?att\s+(?:kosta|bli|uppgå|landa|hamna)|(?:för)?väntad(?:e|a)?|{W}*prognos{W}*|förväntas|väntas|bedömning{W}*|räknar\s+(?:{W}+\s+)?med|väntar\s+sig"
        # "Mellan 15 och 20 mnkr kan det kosta": what something may cost
        rf"|kan\s+(?:det\s+|den\s+)?(?:komma\s+att\s+)?kosta"
        # "En konsult uppskattar att det kostar X", "har uppskattats till X": an estimate that holds now, active or
        # passive ("uppskattades", told afterwards, is the plan it was)
        rf"|uppskatta(?:r|t|ts)(?!{W})",
    ),
    # "Kostnaderna fördelas så här": costs split up, not money handed out; so with the costs' object and an
    # auxiliary between ("Kostnaderna för projektet fördelade sig så här", "Utgifterna har fördelats enligt
    # följande", "Utfallet X fördelas på …"), but not across a clause of its own ("… som nämnden fördelade").
    (
        "utfall",
        FRAME,
        rf"(?:{W}*kostnad{W}*|{W}*utgift{W}*)\s+(?:(?!(?:som|att|och|men|medan|när)\s){W}+\s+|#+\s+){{0,6}}?"
        rf"fördela{W}*",
    ),
    # "arbetet kan göras för X": what something could cost.
    ("prognos", FRAME, rf"kan\s+(?:{W}+\s+)?(?:göras|genomföras|byggas|utföras|åtgärdas|köpas|ordnas)\s+för"),
    # "kostnaden kan stiga till 48 mnkr": what a figure may come to.
    ("prognos", FRAME, r"kan\s+(?:komma\s+att\s+)?(?:stiga|öka|växa|bli|landa|hamna|uppgå|sluta)"),
    # ... but a calculation said to hold now is a forecast.
    (
        "prognos",
        FRAME,
        rf"beräkna(?:de)?s\s+(?:{W}+\s+){{0,2}}?(?:nu|numera|i\s+dag|för\s+närvarande)\s+(?:{W}+\s+){{0,2}}?till|pekar\s+(?:mot|på)",
    ),
    # "Med de fakturor som återstår landar projektet på X": a figure with the costs still to come is a forecast.
    (
        "prognos",
        GOVERN,
        rf"(?:med|inklusive|inräknat)\s+(?:de\s+)?(?:{W}+\s+)?(?:kostnader|fakturor|utgifter|arbeten)\s+som\s+"
        rf"(?:återstår|kvarstår|tillkommer|väntas|är\s+kvar)",
    ),
    # "Kostnaden var beräknad till X": a calculation told in the past is the plan it was (before the forecast below).
    (
        "budget",
        FRAME,
        rf"(?:var|hade\s+varit)\s+(?:{W}+\s+)?(?:beräknad|beräknat|uppskattad|uppskattat|kalkylerad|kalkylerat)\s+till",
    ),
    # "Utgiften beräknas till X", "har räknat ut till X": a calculation that holds now is a forecast ...
    (
        "prognos",
        FRAME,
        rf"beräknas\s+(?:{W}+\s+){{0,3}}?till|(?:beräknad|beräknat|beräknade|uppskattad|uppskattat)\s+till"
        rf"|räkna(?:t|de|r)\s+(?:{W}+\s+)?ut\s+till",
    ),
    # ... one told in the past is the plan it was.
    ("budget", FRAME, rf"beräknades\s+(?:{W}+\s+){{0,3}}?till"),
    # A past estimate is the original calculation: "beräknades ursprungligen kosta X".
    (
        "budget",
        FRAME,
        rf"(?:beräknades|uppskattades|bedömdes|kalkylerades)\s+(?:{W}+\s+){{0,2}}?(?:att\s+)?(?:kosta|bli|uppgå|landa)"
        rf"|godkän(?:t|de|ts|des|ner|na)|fastställ{W}*",
    ),
    ("utfall", FRAME, r"kom\s+att\s+(?:kosta|bli|uppgå|landa|hamna)"),
    (
        "annat",
        FRAME,
        # a share of a whole ("merparten av kostnaden, X") and a part said to be in it ("I utfallet ingår X för …")
        rf"(?:halva|hälften\s+av|en\s+(?:del|tredjedel|fjärdedel)\s+av|merparten\s+av|huvuddelen\s+av|(?:den\s+)?större\s+delen\s+av"
        rf"|(?:den\s+)?största\s+delen\s+av|det\s+mesta\s+av)\s+(?:(?:den|de|det)\s+)?{W}*(?:kostnad|utgift|summa|belopp|pengar|medel|medl){W}*"
        rf"|betalar|varav|andel(?:en)?|medfinansier{W}*|bidra(?:r|git)?\s+(?:{W}+\s+){{0,2}}?med|bidrog\s+(?:{W}+\s+){{0,2}}?med|st(?:år|å|ått|od)\s+(?:{W}+\s+)?för|anbud{W}*|offert{W}*"
        # a contract's or procurement's price beside the final cost ("Det avtalade priset var X", "Avtalspriset
        # blev X"): what was agreed, not what it came to
        rf"|avtals?pris{W}*|avtalssumm{W}*|kontrakts?(?:summ|belopp|pris){W}*"
        rf"|(?:avtalade|upphandlade|kontrakterade|offererade)\s+(?:{W}+\s+)?(?:pris|summ|belopp){W}*",
    ),
    # "Utbetalt bidrag: X": a grant paid out to the project is the grant (before "utbetal…", money spent).
    (
        "beviljat",
        FRAME,
        # ("Utbetalningen av föreningsbidrag", "utbetalda föreningsbidrag" are a grant-giver's spending)
        rf"(?:utbetalt|utbetalat)\s+(?:{W}*bidrag(?:et)?|{W}*stöd(?:et)?)|utbetalda\s+{W}*medel",
    ),
    (
        "beviljat",
        FRAME,
        # "gick in med X": a funder's contribution ("gick åt", "gick till" is money spent: below)
        # "har fått en tilläggsbudget på X": money added to a body's budget is given to it
        rf"(?:fått|fick|får|erhållit|erhöll)\s+(?:en\s+|ett\s+)?(?:tilläggsbudget|budgettillskott|extra\s+budget|utökad\s+budget){W}*|"
        rf"g(?:ick|ått|år|å)\s+in\s+med|bevilja{W}*|tilldela{W}*|anvisa{W}*|erhåll{W}*|erhöll|tillskott{W}*|extra\s+anslag{W}*"
        rf"|fördela{W}*|fördelning{W}*|dela(?:r|de|t|ts|s|des)?\s+(?:{W}+\s+){{0,3}}?ut|delar\s+på|delade{W}*\s+ut|beslutade?\s+om|beslutat\s+om"
        rf"|fått|fick|får|går|ska\s+gå|kommer\s+från|kom\s+från|beslutade\s+medel{W}*"
        rf"|skjut(?:er|it)\s+till|sköt\s+till|tillför{W}*|delades|delats|t(?:a|ar|og|agit)\s+del\s+av|t(?:a|ar|og|agit)\s+emot|mottagit|mottog|ger|gav|gett|givit|delas"
        # "har beslutat att ge föreningen X": the giving a body decided is its grant, as "beslutade om X" is
        rf"|beslut(?:ar|ade|at|a)\s+(?:om\s+)?att\s+ge"
        # "beslutade i går att ge X", "valde att ge föreningen X" (not "för att ge barnen …")
        rf"|(?<!för\s)att\s+ge(?!{W})(?!(?:\s+{W}+){{0,4}}?\s+(?:ett\s+)?{W}*lån)",
        # "har fått en tilläggsbudget på X": money added to a body's budget is given to it
    ),
    (
        "budget",
        FRAME,
        rf"(?:vill|ska|skall|planerar\s+att|avser\s+att|tänker)\s+(?:{W}+\s+)?(?:använda|lägga|satsa|investera|spendera)"
        rf"|reserver{W}*|öronmärk{W}*|(?:stor|om)?satsa{W}*|satsning{W}*|lägger|lägga|läggas|omfördela{W}*|avsätt{W}*|avsatt{W}*|budgeter{W}*|kalkyler{W}*|kalkyl{W}*|planera{W}*"
        rf"|kostnadsram{W}*|investeringsram{W}*|(?<!inom\s)ram(?:en)?\s+(?:på|om|för)|investerar|köper|revidera{W}*|kostar|ombudgeter{W}*"
        rf"|(?:innebär|medför)\s+(?:en\s+)?(?!årlig|löpande|(?:{W}+\s+)?{W}*(?:drift|kapital|underhåll|licens))(?:{W}+\s+)?{W}*(?:kostnad|utgift){W}*"
        rf"|(?:budget|ram){W}*\s+(?:{W}+\s+)?(?:utökad|utökades|utökas|höjd|höjdes|höjs)"
        rf"|(?:utöka|höj)(?:s|des|ts|ades)\s+(?:(?:den|det|ramen|budgeten|anslaget)\s+)?med",
    ),
    (
        "sokt",
        FRAME,
        rf"begär(?:a|as|s|t|de|er)?|sökt{W}*|söker|söks|sökte|(?<!#\satt\s)söka|(?<![\s(][iI]\s)(?<!^[iI]\s)ansök(?!ande){W}*|äska{W}*",
    ),
    (
        "utfall",
        FRAME,
        rf"kostade|kostat|upparbeta{W}*|förbruka{W}*|använ{W}*|nyttja{W}*|spender{W}*|investerats|investerades|investerat|investerade"
        rf"|nedlag(?:t|da|de)|bokför(?:t|da|des|ts|s)(?!\s+värde)"
        rf"|gjort\s+investeringar|gjorde\s+investeringar|lagt|lade|lagts|lades|dragit|betala{W}*|rekvirera{W}*|fakturera{W}*|debitera{W}*|utbetal{W}*"
        rf"|gått\s+åt|gick\s+åt|gått\s+till|(?:gick|gått|går)\s+(?:loss\s+)?på|(?:tagits|tas|togs|tagit)\s+i\s+anspråk|ianspråkt{W}*|gick|(?:gjorde|gjort|gör|göra)\s+(?:{W}+\s+)?av\s+med|köpt(?:e|s|es)?|inköp{W}*"
        # "Tack vare bidraget kunde vi köpa …": a past modal and a purchase is money spent
        rf"|kunde\s+(?:{W}+\s+)?(?:köpa|handla|anlita|hyra)"
        rf"|costs?|amounted|spent|outcome|actual",
    ),
    # A committee's own appropriation to the project is its budget (the roles README's convention since the
    # twelfth round: "Anslag X", "nämnden anslog X", "har ett anslag på X"); an extra one beside it is a grant (above).
    ("budget", FRAME, r"anslag(?:et|en|s)?|anslå(?:r|s|tt)?|anslog(?:s)?|anslagit|anslagits|anslagna"),
    ("budget", NOUN, rf"{W}*budget{W}*|{W}*(?:investerings|kostnads)utrymme(?:t|n)?"),
    # "Merkostnaden, 5 400 kr, …": what came on top of the plan names the deviation (as a noun: "ersättning
    # för merkostnader" is a grant)
    ("avvikelse", NOUN, rf"{W}*merkostnad{W}*"),
    ("utfall", NOUN, rf"{W}*resultat(?:et)?"),
    (
        "utfall",
        NOUN,
        rf"{W}*kostnad(?!s?(?:beräkn|kalkyl|bedömn|prognos|ram|tak|utfall|avvik|ökning)){W}*|{W}*utgift{W}*|slutsumma{W}*|{W}*nota(?:n|or|orna)?|räkning(?:en|ar|arna)?|ekonomisk{W}*\s+redovisning|{W}*investering(?:en|ar|arna)?",
    ),
    # a body's support for an arm, back or foot is furniture, not a grant ("bänkar med armstöd")
    (
        "beviljat",
        NOUN,
        rf"{W}*bidrag{W}*|(?!(?:arm|rygg|fot|nack|hand|huvud|ben|sitt)stöd){W}*stöd(?:et)?|{W}*pott(?:en)?|{W}+medl(?:en|et)|{W}+medel",
    ),
    # Income is no cost: "Intäkterna från uthyrningen blev 120 000 kr", "Försäljning: X" in a cost table.
    ("annat", NOUN, rf"{W}*(?:intäkt|inkomst){W}*|försäljning(?:en|ar|arna)?"),
    # The rest of a sum names no role: its verb decides ("resten, X, söks hos regionen").
    (NEUTRAL, NOUN, r"resten|återstoden"),
    # "per år" alone only hints: "avsätter 5 mnkr per år" is still a budget.
    ("annat", NOUN, r"per\s+år|om\s+året|varje\s+år|årligen|i\s+månaden"),
    ("utfall", NOUN, r"priset\s+för"),
    # "Ansökan omfattar X": a verb of relation lets the subject decide; alone it is a budget.
    ("budget", COPULA, r"omfatta(?:r|de|t)?"),
    # "Kostnadsberäkningen landade på X": the subject decides; alone it is what it came to.
    ("utfall", COPULA, r"(?:landade|stannade|slutade|hamnade)\s+(?:på|vid|strax)"),
    # ... in the present where the cost is heading: "Den landar på X"
    ("prognos", COPULA, r"(?:landar|stannar|slutar|hamnar)\s+(?:på|vid|strax|runt|kring|omkring)"),
    # "Hyran och materialet kom till X": what the things named came to (only before a figure: "kom till nytta")
    ("utfall", COPULA, r"(?:kom|kommit)\s+(?:upp\s+)?till(?=\s+(?:(?:totalt|sammanlagt|ca|cirka|drygt|knappt)\s+)?#)"),
    # "Just nu ligger vi på X": where the project's money stands (a noun subject decides: "Budgeten ligger på X",
    # "Rikssnittet låg på X").
    (
        "utfall",
        COPULA,
        r"(?:(?:ligger|låg)\s+(?:vi|det|den|man|projektet)|(?:vi|det|den|man|projektet)\s+(?:ligger|låg))\s+(?:nu\s+)?på",
    ),
    # Inverted: "Totalt landade notan på X", "uppgår nettoinvesteringarna till X": the verb
    # alone, so the subject between stays a cue of its own.
    (
        "utfall",
        COPULA,
        rf"(?:landade|stannade|slutade|hamnade)(?=\s+(?:{W}+\s+){{1,5}}?på\s+(?:{W}+\s+)?#)"
        rf"|uppg(?:ick|ått|år|å)(?=\s+(?:{W}+\s+){{1,5}}?till\s+(?:{W}+\s+)?#)",
    ),
    ("utfall", COPULA, r"uppg(?:ick|ått|år|å)\s+till"),
    # "…, men den blev 0,92 mnkr": what something came to, unless its subject says otherwise.
    ("utfall", COPULA, r"blev|har\s+blivit"),
)

REMAINDER = "annat"  # the role of what is left over (ATTACHED_BEFORE's last entry)

# A price per unit or per short period right after the amount ("1 900 kr per månad", "310 kronor i timmen",
# "640 000 kronor per lägenhet"): no total, whatever verb or label holds it. "per år" is left out: money set
# aside or granted per year is still a budget or grant ("avsätter 5 mnkr per år").
# What a sum is shared out over ("per projekt", "per förening"): a share of a whole, no unit price.
_SHARES = (
    r"(?:del)?projekt|förening|organisation|åtgärd|post|etapp|del|område|stadsdel|aktivitet|insats|kategori|sökande"
)
PER_UNIT_AFTER = (
    r"/\s*(?:tillfälle|timme|timma|tim|h|styck|st|gång|person|deltagare|besök|elev|barn|kvadratmeter|kvm|m2"
    r"|meter|dygn|plats|lampa|kamera|armatur|dag|natt|kväll|helg|månad|mån|vecka|termin|lägenhet|invånare|hushåll"
    r"|brukare|medlem|säsong|kvartal|lektion|bostad|boende|enhet|ton|kilometer|km|mil|liter|skola|förskola|klass)(?![\wåäö])"
    # "per" before any noun is a price per unit ("per par", "per pass", "per cykel och månad"), but for a year
    # (money per year may be the budget: above) or a date ("per den 31 maj", "per 2024-12-31", "per bokslutet")
    # or for a share of a whole handed out ("högst X per förening", "per projekt", "per stadsdel")
    rf"|per\s+(?!(?:år|året|den|sista|årsskiftet|{MONTH})(?![\wåäö])|bokslut|delår|\d|(?:{_SHARES})(?![\wåäö]))[a-zåäö]+(?![\wåäö])"
    r"|i\s+(?:timmen|veckan|månaden|dygnet|kvartalet)(?![\wåäö])|styck(?![\wåäö])"
)

# A pot the money came out of: "ur stadsdelens trygghetsmedel", "ur potten".
_OUT_OF_POT = r"ur\s+(?:[\wåäö-]+\s+){0,2}?[\wåäö]*(?:medel|medlen|potten|anslaget|fonden)(?![\wåäö])"
# Words bound to the amount: read right before it (ending where it starts) ...
_FILLER = r"(?:(?:de|den|det|totalt|sammanlagt|hela|ytterligare)\s+)*"
ATTACHED_BEFORE: tuple[tuple[str, str], ...] = (
    # "Den kostade mindre än så: 71 500 kr": compared with the figure before, then what it came to.
    (
        "utfall",
        r"(?:blev|kostade|landade|slutade|hamnade)\s+(?:[\wåäö]+\s+){0,2}?(?:billigare|dyrare|mindre|mer|lägre|högre)"
        r"\s+än\s+så\s*[:,–-]?\s*(?:(?:bara|endast|totalt|cirka|ca)\s+)?",
    ),
    # "så vi gick över med X", "låg därmed under ramen med X": how far the cost went past the plan.
    (
        "avvikelse",
        r"(?:gick|gått|går|låg|ligger|hamnade|kom)\s+(?:[\wåäö]+\s+){0,2}?(?:över|under)\s+"
        r"(?:(?:budget(?:en)?|ramen|kalkylen|bidraget|anslaget)\s+)?med\s+",
    ),
    # "de extra 150 000 kronorna", "de överskjutande 12 300 kr": the money beyond the plan.
    ("avvikelse", r"(?:de|den|det)\s+(?:extra|överskjutande)\s+"),
    # "fick vi lägga ytterligare 230 tkr på sanering": money spent beyond the plan.
    ("avvikelse", r"(?:lägga|lagt|lade|lägger|läggas|betala|betalat|betalade|skjuta\s+till)\s+ytterligare\s+"),
    # "ett överskott mot budget på X": the budget is what the surplus is measured against.
    (
        "avvikelse",
        r"(?:överskott|underskott|avvikelse|överskridande)[\wåäö]*\s+(?:mot|från|gentemot|jämfört\s+med)\s+(?:[\wåäö]+\s+){1,3}?(?:på|om)\s+",
    ),
    (
        "annat",
        # a committee's own frame ("inom nämndens ram på 1 mnkr"); "inom en ram av X" is the project's budget
        r"inom\s+(?:[\wåäö]+s\s+|sin\s+|sitt\s+|dess\s+)ram(?:en)?\s+(?:på|om|av)\s+|varav\s+"
        r"|(?:löpande|årliga|[\wåäö]*(?:drift|underhåll)(?![\wåäö]*(?:projekt|bidrag|plan|budget|ram))[\wåäö]*)\s+"
        r"(?:[\wåäö]*kostnad[\wåäö]*\s+)?(?:på|om)\s+",
    ),
    # "Ur stadsdelens trygghetsmedel gick X till …": the pot fronted, the amount after its verb.
    ("beviljat", rf"{_OUT_OF_POT}\s+(?:gick|går|har\s+gått|togs|tas|betalades)\s+{_FILLER}"),
    (
        "beviljat",
        rf"(?:beviljade|anvisade|tilldelade|erhållna)\s+{_FILLER}(?:(?:medel|investering(?:en)?|summan|beloppet|ram(?:en)?)\s+(?:om|på)\s+)?"
        rf"|(?:beviljat|anvisat|tilldelat)\s+belopp:?\s+|beslut(?:et)?\s+om\s+{_FILLER}"
        # a body that decided on an amount granted it: "beslutade vid sitt möte i maj om X"
        rf"|beslut(?:ade|at|ar)\s+(?:(?!att\s)[\wåäö\d]+\s+){{0,5}}?om\s+{_FILLER}"
        r"|(?:tilläggsanslag(?:et)?|extra\s+anslag(?:et)?|[\wåäö]*tillskott(?:et)?)\s+(?:på|om)\s+"
        r"|(?:[\wåäö]+)?medl(?:en|et)\s+(?:om|på)\s+",
    ),
    (
        "budget",
        # a participle of plan or decision, before the amount or the noun it is bound to ("mot beslutade X",
        # "den budgeterade summan på X"); "beslutade" only as an adjective, after a preposition or article
        rf"(?:(?:budgeterade|planerade|beräknade|kalkylerade|avsatta|godkända|fastställda)\s+"
        rf"|(?:mot|av|med|än|de|den|det|inom|enligt)\s+beslutade\s+)"
        rf"{_FILLER}(?:(?:summan|beloppet|ramen|kostnaden)\s+(?:på|om)\s+)?"
        r"|[\wåäö]*(?:budget(?:en)?|ram(?:en)?|kalkyl(?:en)?|satsning(?:en)?|investering(?:en)?)\s+(?:på|om|av)\s+"
        # a committee's appropriation ("anslaget på X", "investeringsanslaget på X"), not an extra one
        r"|(?<!extra\s)(?<![\wåäö])(?!tilläggs)[\wåäö]*anslag(?:et)?\s+(?:på|om)\s+"
        r"|ombudgetering(?:en)?\s+(?:av|på|om)\s+"
        # a label right before the amount, also in a lower-case line ("kalkyl 35 tkr resten …"); not a
        # deviation's base ("över budget 5 tkr", "Avvikelse mot budget: X")
        r"|(?<!över\s)(?<!under\s)(?<!mot\s)(?:(?:budget|kalkyl)\s*:?|budgeten|kalkylen)\s+",
    ),
    # an ask verb right before the amount: "äskar 2 mnkr i tilläggsbudget för ökade kostnader"
    (
        "sokt",
        rf"(?:sökta|äskade)\s+{_FILLER}|(?:söker|sökte|ansöker\s+om|ansökte\s+om|ansökt\s+om|begär|begärde|begärt|äskar|äskat)"
        rf"\s+(?:om\s+)?{_FILLER}",
    ),
    (
        "utfall",
        r"(?<!positivt\s)(?<!negativt\s)utfall(?:et)?\s+(?:på|om)\s+|till\s+en\s+(?:[\wåäö]+\s+)?kostnad\s+(?:av|om|på)\s+"
        r"|(?:(?<![\wåäö])(?:av|med|den|en|,)\s+|^)(?:total|slut|projekt)?kostnad(?:en|erna)\s+(?:på|om)\s+"
        r"|upparbetade\s+",
    ),
    (
        "avvikelse",
        r"[\wåäö]*(?:överskott(?:et)?|underskott(?:et)?|avvikelse(?:n)?|(?:över|under)skridande(?:t)?|kostnadsökning(?:en)?|merkostnad(?:en|erna))"
        r"\s+(?:på|om)\s+",
    ),
    # "Resterande 25 800 kr återförs", "Återstående 145 tkr planeras att användas": what is left (see
    # role_attached: "Resterande X söks i denna ansökan" is still asked for).
    (REMAINDER, r"(?:resterande|återstående|kvarvarande|kvarstående)\s+"),
)
# ... and right after it.
ATTACHED_AFTER: tuple[tuple[str, str], ...] = (
    # "2 mnkr i bidrag", "600 000 kr med trygghetsmedel": paid with granted money ("betalade ut
    # 6,7 mnkr i föreningsbidrag" is money spent on grants to others)
    (
        "beviljat",
        r"i\s+(?:[\wåäö]+\s+)?(?:bidrag|stöd|medel|investeringsmedel)(?![\wåäö])"
        r"|(?:i|med)\s+(?:[\wåäö]+\s+)?[\wåäö]*medel(?![\wåäö])",
    ),
    # Money out of a pot: "gick 240 000 kr ur äldreomsorgens utvecklingsmedel".
    ("beviljat", _OUT_OF_POT),
    # Money from a funder: "800 000 kr från trygghetsutskottet", "2 mnkr från Boverket".
    (
        "beviljat",
        r"från\s+(?:[\wåäö]*(?:styrelse|utskott|nämnd|kontor|staden|staten|region|fond|stiftelse|förvaltning|myndighet|verket)"
        r"[\wåäö]*|EU|(?-i:[A-ZÅÄÖ])[\wåäö]+)(?![\wåäö])",
    ),
    ("utfall", r"i\s+utfall(?![\wåäö])"),
    ("annat", r"vardera"),
    # "fick 2 mnkr i hyresintäkter", "3 mnkr i försäkringsersättning": money earned or recovered, no grant or cost
    ("annat", r"i\s+(?:[\wåäö]+\s+)?[\wåäö]*(?:intäkt|inkomst|försäkring)[\wåäö]*"),
    # "4 mnkr av överskottet förs över": a part of a deviation or result is neither.
    # ("av årets resultatfond" is money from a fund, not a part of the result)
    ("annat", r"av\s+(?:[\wåäö]+\s+)?(?:överskott[\wåäö]*|underskott[\wåäö]*|resultat(?:et)?(?![\wåäö]))"),
    # "20 000 kr mer i bidrag än i fjol" is a change since last year; "2,2 mnkr mindre i statsbidrag än
    # budgeterat", "4 500 kr mer i hyra än vi räknat med" a deviation, with the noun between.
    ("annat", rf"(?:mer|mindre|högre|lägre)\s+i\s+(?:[\wåäö]+\s+){{1,4}}?än\s+(?:{YEAR_BEFORE}|i\s+år)"),
    ("avvikelse", r"(?:mer|mindre|högre|lägre)\s+i\s+(?:[\wåäö]+\s+){1,4}?än(?![\wåäö])"),
    # "X dyrare än året innan", "X billigare än i fjol": a change since last year, no deviation
    ("annat", rf"(?:dyrare|billigare)\s+(?:att\s+{W}+\s+)?(?:i\s+år\s+)?än\s+(?:{YEAR_BEFORE}|förra\s+året)"),
    # "X mer än det antagna anbudet", "X billigare än offerten": a gap against a tender or an offer is no budget
    # deviation (the settled conventions: a tender is a price, not the budget)
    (
        "annat",
        r"(?:mer|mindre|högre|lägre|dyrare|billigare|över|under)\s+(?:än\s+)?(?:(?:det|den|de)\s+)?(?:[\wåäö]+\s+)?"
        r"(?:[\wåäö]*anbud|[\wåäö]*offert|avtalspris|kontraktssumm)[\wåäö]*",
    ),
    # "0,5 mnkr mer än året innan" is a change since last year: its clause decides ...
    (NEUTRAL, rf"(?:mer|mindre|högre|lägre)\s+än\s+(?:{YEAR_BEFORE}|i\s+år)"),
    # ... "0,3 mnkr under den kalkylerade", "20 mnkr mer än vad fullmäktige beslutat" a deviation.
    (
        "avvikelse",
        # (a genitive too: "2 mnkr över förvaltningens kalkyl", "under nämndens budget")
        r"(?:under|över)\s+(?:(?:den|det|de|sin|sitt|sina)\s+|[\wåäö]+s\s+(?=(?:[\wåäö]+\s+)?(?:budget|kalkyl|beräkn)))?"
        r"(?:(?:ursprungliga?|beslutade?|godkända?|egna?)\s+)?"
        r"(?:budget|kalkyl|beräkn|planer|bevilj)[\wåäö]*"
        # ... "6 mnkr under investeringsramen", "under ramen": a frame, also compounded
        r"|(?:under|över)\s+(?:(?:den|det|sin|sitt)\s+)?(?:[\wåäö]+s)?ram(?:en|ar|arna)?(?![\wåäö])"
        r"|(?:mer|mindre|högre|lägre|dyrare|billigare|bättre|sämre)\s+än(?![\wåäö])",
    ),
    # "Projektet blev dyrare än planerat, 200 000 kr mer."
    ("avvikelse", r"(?:mer|mindre|högre|lägre|dyrare|billigare)(?=\s*[.,;!]|\s*$)"),
    # "Det blev 250 000 kr över": left over; "dvs. 15 400 kr under", "1 500 kr under de 80 000 kr vi fick",
    # "3 000 kr under vad som budgeterats": short of the plan ("under året" is a time).
    (
        "avvikelse",
        r"över(?:\s+(?:budget|kalkyl)[\wåäö]*|(?=\s*[.,;!]|\s+när|\s+då))"
        r"|(?:över|under)(?=\s*[.,;!)]|\s*$|\s+vad(?![\wåäö])|\s+(?:de|den|det)\s+#)",
    ),
    # "gick 8 000 kr back", "går 2,3 mnkr plus": a result said in the verb ("plus moms" is a price).
    ("avvikelse", r"back(?![\wåäö])|plus(?!\s+moms)(?=\s*[.,;!]|\s*$|\s+(?:för|efter|under|i|mot|jämfört|hittills)\s)"),
)

_CUE_RE = re.compile(
    "|".join(f"(?P<c{i}>(?<![\\wåäö])(?:{p})(?![\\wåäö]))" for i, (_, _, p) in enumerate(CUES)),
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Cue:
    role: str
    start: int
    end: int
    rank: int = NOUN


# A cue that is a noun (the thing a pronoun points back to, the head an amount is bound to), not a verb.
NOUN_CUE_RE = re.compile(
    r"(?:prognos|budget|kalkyl|utfall|kostnad|utgift|bidrag|stöd|anslag|ram|avvikelse|överskott|underskott|investering"
    r"|ansökan|medel|belopp|summa|pott|anbud|offert)[\wåäö]*$",
    re.IGNORECASE,
)

_MODIFIER_GAP_RE = re.compile(r"\s+(?:för|av)\s+(?:de|den|det)?\s*", re.IGNORECASE)


def find_cues(text: str) -> list[Cue]:
    """The cues of `text`, in order. Cached: a sentence is read once however many of
    its amounts (and their compared neighbours) are decided."""
    return list(_cues(text))


# Small on purpose: it serves the amounts of one sentence, not a whole run (a benchmark
# repeating its texts must not time the cache).
@lru_cache(maxsize=64)
def _cues(text: str) -> tuple[Cue, ...]:
    cues: list[Cue] = []
    for m in _CUE_RE.finditer(text):
        group = m.lastgroup or ""  # every alternative of _CUE_RE is a named group
        role, rank, _ = CUES[int(group[1:])]
        if role == NEUTRAL:
            continue
        cue = Cue(role, m.start(), m.end(), rank)
        # "Prognosen för utgifterna": the second noun only qualifies the first.
        if cues and cue.rank <= NOUN and _MODIFIER_GAP_RE.fullmatch(text, cues[-1].end, cue.start):
            continue
        cues.append(cue)
    return tuple(cues)
