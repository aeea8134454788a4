"""The words that give an amount its role: the tables `roles` reads.

Each cue is (role, rank, pattern). The rank says how strongly the cue
governs the amounts of its clause; the attached patterns are words bound to
the amount itself. Kept apart from the decision logic (roles.py) so that
module stays small.
"""

from __future__ import annotations

W = r"[\wåäöÅÄÖ]"

# How strongly a cue governs the amounts of its clause.
COPULA, NOUN, FRAME, DEVIATION = 0, 1, 2, 3
# Words bound to the amount (rule 1) rank above everything in the clause.
ATTACHED = 4

# (role, rank, pattern); earlier entries win where two start at the same
# place, so multi-word phrases come before the single words they contain.
CUES: tuple[tuple[str, int, str], ...] = (
    # A change since last year is no deviation from the budget.
    ("annat", DEVIATION, r"(?:mer|mindre|högre|lägre)\s+än\s+(?:i\s+fjol|förra\s+året|föregående\s+år)"),
    # Deviation frames: a forecast or budget deviation is still a deviation.
    (
        "avvikelse",
        DEVIATION,
        rf"avvikelse{W}*\s+(?:mot|från|gentemot|jämfört\s+med)\s+(?:(?:den|det)\s+)?(?:budget|kalkyl|beräkn|planer|bevilja){W}*(?:\s+(?:utgifter|summan|beloppet){W}*)?",
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
        rf"(?:(?:under|över)st(?:iger|eg|igit)|överskr[ie]d{W}*)\s+(?:{W}+\s+)?(?:budget|kalkyl){W}*(?:\s+med)?",
    ),
    (
        "avvikelse",
        DEVIATION,
        rf"(?:över|under)\s+budget(?:en)?|(?:skillnad|differens){W}*(?:\s+(?:mot|mellan)\s+(?:budget|utfall){W}*(?:\s+och\s+(?:budget|utfall){W}*)?)?",
    ),
    (
        "avvikelse",
        DEVIATION,
        rf"{W}*avvik{W}*|{W}*överskott{W}*|{W}*underskott{W}*|{W}*överskr[ie]d{W}*|kostnadsökning{W}*"
        rf"|återstå{W}*|kvarstå{W}*|resterande|outnyttja{W}*|återförs|återlämna{W}*|kvar\s+att\s+(?:förbruka|använda)"
        rf"|sparat|sparade|besparing{W}*|lägre|högre|billigare|dyrare|kvarvarande"
        rf"|återbetal{W}*|betala{W}*\s+tillbaka|betalas\s+tillbaka|lämna(?:r|s|de|t)?\s+tillbaka",
    ),
    # Running and future operating costs are not the project's figures.
    (
        "annat",
        DEVIATION,
        rf"{W}*drift{W}*|{W}*underhåll{W}*|skötsel{W}*|{W}*kapitalkostnad{W}*|kapitaltjänst{W}*|{W}*licens{W}*"
        rf"|årlig(?:a|t)?|{W}*pris(?:et|er|erna)?|(?:{W}*kostnad{W}*|{W}*pris{W}*)\s+per\s+(?!den\b|dag\b){W}+",
    ),
    (
        "annat",
        DEVIATION,
        rf"kostar\s+(?:{W}+\s+){{0,2}}?#+\s+(?:per\s+år|om\s+året|per\s+månad|i\s+månaden|årligen)|varje\s+{W}+\s+kostar",
    ),
    # A result or outcome said to be positive or negative is a deviation from the budget.
    ("avvikelse", DEVIATION, rf"(?:positiv{W}*|negativ{W}*)\s+(?:resultat|utfall|avvikelse){W}*|{W}*resultat(?:et)?"),
    # The named outcome is the outcome even when it is an estimate ("utfallet bedöms uppgå till").
    ("utfall", DEVIATION, rf"{W}*utfall{W}*"),
    ("prognos", FRAME, rf"(?:beräknad|uppskattad|bedömd|förväntad){W}*\s+slutkostnad{W}*"),
    (
        "budget",
        FRAME,
        rf"(?:kalkylerad|budgeterad|beräknad|planerad|uppskattad|bedömd){W}*\s+(?:total)?(?:kostnad|utgift|investering){W}*",
    ),
    # Inverted order too: "beräknas nettokostnaden bli", "beräknas totalt kosta".
    (
        "prognos",
        FRAME,
        rf"(?:beräknas|bedöms|väntas|förväntas|uppskattas)\s+(?:{W}+\s+){{0,2}}?(?:att\s+)?(?:bli|uppgå|landa|kosta|hamna|stanna|ligga|öka|minska)"
        rf"|(?:uppskattas|bedöms)\s+(?:{W}+\s+){{0,2}}?till|beräkning(?:ar|arna|en)?|skulle\s+(?:{W}+\s+){{0,5}}?kosta|uppskattning{W}*|kommer\s+(?:{W}+\s+){{0,2}}?att\s+(?:kosta|bli|uppgå|landa|hamna)|(?:för)?väntad(?:e|a)?|{W}*prognos{W}*|förväntas|väntas|bedömning{W}*|räknar\s+med",
    ),
    # "Kostnaderna fördelas så här": costs split up, not money handed out.
    ("utfall", FRAME, rf"(?:{W}*kostnad{W}*|{W}*utgift{W}*)\s+fördela{W}*"),
    # "Kostnaden beräknas till X" states the calculated cost (an application's budget);
    # "beräknas uppgå till / bli" above is a forecast.
    ("budget", FRAME, rf"beräkna(?:de)?s\s+(?:{W}+\s+){{0,3}}?till|budgeterades|kalkylerades"),
    ("utfall", FRAME, r"(?:landade|stannade|slutade|hamnade)\s+(?:på|vid|strax)"),
    (
        "annat",
        FRAME,
        rf"varav|andel(?:en)?|medfinansier{W}*|bidra(?:r|git)?\s+med|bidrog\s+med|står\s+(?:{W}+\s+)?för|anbud{W}*|offert{W}*",
    ),
    (
        "beviljat",
        FRAME,
        rf"bevilja{W}*|tilldela{W}*|anvisa{W}*|erhåll{W}*|erhöll|tillskott{W}*|anslag{W}*|anslå{W}*|anslog"
        rf"|fördela{W}*|fördelning{W}*|delar\s+ut|delade{W}*\s+ut|delades\s+ut|beslutade?\s+om|beslutat\s+om"
        rf"|fått|fick|får|går|ska\s+gå|kommer\s+från|kom\s+från|beslutade\s+medel{W}*"
        rf"|skjut(?:er|it)\s+till|sköt\s+till|tillför{W}*|delades|delats|t(?:a|ar|og|agit)\s+del\s+av|t(?:a|ar|og|agit)\s+emot|mottagit|mottog|ger|gav|gett|givit|delas",
    ),
    (
        "budget",
        FRAME,
        rf"(?:stor|om)?satsa{W}*|satsning{W}*|lägger|lägga|omfördela{W}*|avsätt{W}*|avsatt{W}*|budgeter{W}*|kalkyler{W}*|kalkyl{W}*|planera{W}*"
        rf"|kostnadsram{W}*|investeringsram{W}*|(?<!inom\s)ram(?:en)?\s+(?:på|om|för)|investera(?:r|de)?|köper|omfatta(?:r|de|t)?|revidera{W}*|kostar|ombudgeter{W}*"
        rf"|innebär\s+(?:en\s+)?(?:{W}+\s+)?{W}*(?:kostnad|utgift){W}*"
        rf"|(?:budget|ram){W}*\s+(?:{W}+\s+)?(?:utökad|utökades|utökas|höjd|höjdes|höjs)",
    ),
    (
        "sokt",
        FRAME,
        rf"begär(?:t|de|er)?|sökt{W}*|söker|söks|sökte|(?<![\s(][iI]\s)(?<!^[iI]\s)ansök(?!ande){W}*|äska{W}*",
    ),
    (
        "utfall",
        FRAME,
        rf"kostade|kostat|upparbeta{W}*|förbruka{W}*|använ{W}*|nyttja{W}*|spender{W}*|investerats|investerades"
        rf"|gjort\s+investeringar|gjorde\s+investeringar|lagt|lade|lagts|lades|dragit|betala{W}*|rekvirera{W}*|fakturera{W}*|debitera{W}*|utbetal{W}*"
        rf"|gått\s+åt|gick\s+åt|gått\s+till|gick|(?:gjorde|gjort|gör|göra)\s+(?:{W}+\s+)?av\s+med|köpt(?:e|s|es)"
        rf"|costs?|amounted|spent",
    ),
    ("budget", NOUN, rf"{W}*budget{W}*"),
    (
        "utfall",
        NOUN,
        rf"{W}*kostnad{W}*|{W}*utgift{W}*|slutsumma{W}*|slutnota{W}*|ekonomisk{W}*\s+redovisning|{W}*investering(?:en|ar|arna)?",
    ),
    ("beviljat", NOUN, rf"{W}*bidrag{W}*|{W}*stöd(?:et)?|{W}*pott(?:en)?"),
    # "per år" alone only hints: "avsätter 5 mnkr per år" is still a budget.
    ("annat", NOUN, r"per\s+år|om\s+året|varje\s+år|årligen|i\s+månaden"),
    ("utfall", COPULA, r"uppg(?:ick|ått|år|å)\s+till"),
)

# Words bound to the amount: read right before it (ending where it starts) ...
_FILLER = r"(?:(?:de|den|det|totalt|sammanlagt|hela|ytterligare)\s+)*"
ATTACHED_BEFORE: tuple[tuple[str, str], ...] = (
    ("annat", r"inom\s+(?:[\wåäö]+\s+)?ram(?:en)?\s+(?:på|om)\s+|varav\s+"),
    (
        "beviljat",
        rf"(?:beviljade|anvisade|tilldelade|erhållna)\s+{_FILLER}(?:(?:medel|investering(?:en)?|summan|beloppet|ram(?:en)?)\s+(?:om|på)\s+)?"
        r"|(?:beviljat|anvisat|tilldelat)\s+belopp:?\s+",
    ),
    (
        "budget",
        rf"(?:budgeterade|planerade|beräknade|kalkylerade|avsatta)\s+{_FILLER}"
        r"|[\wåäö]*(?:budget(?:en)?|ram(?:en)?|kalkyl(?:en)?|satsning(?:en)?|investering(?:en)?)\s+(?:på|om)\s+"
        r"|ombudgetering(?:en)?\s+(?:av|på|om)\s+",
    ),
    ("sokt", rf"(?:sökta|äskade)\s+{_FILLER}"),
    (
        "utfall",
        r"(?<!positivt\s)(?<!negativt\s)utfall(?:et)?\s+(?:på|om)\s+|till\s+en\s+(?:[\wåäö]+\s+)?kostnad\s+(?:av|om|på)\s+"
        r"|upparbetade\s+",
    ),
    (
        "avvikelse",
        r"[\wåäö]*(?:överskott(?:et)?|underskott(?:et)?|avvikelse(?:n)?|överskridande(?:t)?|kostnadsökning(?:en)?|merkostnad(?:en|erna))"
        r"\s+(?:på|om)\s+|resterande\s+",
    ),
)
# ... and right after it.
ATTACHED_AFTER: tuple[tuple[str, str], ...] = (
    ("beviljat", r"i\s+(?:[\wåäö]+\s+)?(?:bidrag|stöd|medel|investeringsmedel)(?![\wåäö])"),
    ("utfall", r"i\s+utfall(?![\wåäö])"),
    ("annat", r"vardera"),
    # "Det blev 250 000 kr över": left over.
    ("avvikelse", r"över(?:\s+(?:budget|kalkyl)[\wåäö]*|(?=\s*[.,;!]|\s+när|\s+då))"),
)
