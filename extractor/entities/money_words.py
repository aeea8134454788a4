"""The words that make a bare figure money or a count: the vocabulary the value rules of money.py,
money_tables.py and money_lists.py share (pure regexes, no spaCy)."""

from __future__ import annotations

import re

# Words that make a clause about money, alone or in a compound ("totalkostnaden", "budgeterade",
# "kalkylerat", "bokfört", "ledararvoden").
MONEY_STEMS = (
    "budget|kostnad|kostade|kostar|utfall|bevilja|förbruka|överskrid|underskrid|avvikelse|sökt|söker"
    "|bidrag|belopp|summa|utgift|anslag|kalkyl|differens|bokför|upparbeta|arvode|notan"
)
MONEY_WORD_RE = re.compile(rf"(?i)[\wåäö]*?(?:{MONEY_STEMS})[\wåäö]*")
MONEY_HINT_RE = re.compile(f"(?i){MONEY_STEMS}")  # a cheap test for a whole text before MONEY_WORD_RE
# Verbs that move money and nouns for it, whole words: a grouped figure right after one in its clause is
# kronor ("Fick 40 000, använde 26 500", "Vi hade räknat med 400 000", "kvar 6 100", "bidrog med 250 000",
# "skjuter till 400 000"); a noun after the figure still makes it a count ("fick 1 200 svar").
MONEY_VERB_RE = re.compile(
    r"(?i)(?<![\wåäö])(?:fick|fått|använ(?:t|de|ts|des|der|ds|das)|förbrukat|räkna(?:t|de|r)?\s+med|kvar"
    r"|anvisa(?:t|de|ts|des|s)|tilldela(?:t|de|ts|des|s)|betala(?:t|de|ts|des|s|r)?|kostat"
    r"|bidr(?:ar|og|agit|a)\s+med|(?:skjuter|sköt|skjutit|skjuts)\s+till|satsa(?:r|de|t|s|des|ts)?"
    r"|investera(?:r|de|t|s|des|ts)?)(?![\wåäö])"
)
MONEY_NOUN_RE = re.compile(r"(?i)(?<![\wåäö])(?:pengar(?:na)?|medlen|medel)(?![\wåäö])")
# A clause that counts things: its grouped figure is a count ("Antalet deltagare var 1 150", "Besöken ökade
# från 2 100 till 3 400", "Utlånen").
COUNT_CONTEXT_RE = re.compile(
    r"(?i)(?<![\wåäö])(?:antal[\wåäö]*|deltagare|besökare|invånare|personer|boende|elever|lägenheter|timmar"
    r"|postnummer|telefon|tel|nr|nummer|dnr|vecka|sidan?|bilaga[\wåäö]*|besök(?:en|et)?|utlån(?:en|et)?"
    r"|datum)(?![\wåäö])"
)
# A unit named as a word of its own (a table's column head "tkr", "Utfall (kr)"): the figures under it are money.
UNIT_WORD_RE = re.compile(r"(?i)(?<![\wåäö])(?P<unit>tkr|kkr|mnkr|mkr|mdkr|msek|tsek|ksek|sek|kr|kronor)(?![\wåäö])")
# What a table row's or a label line's label counts ("Antal deltagare", "Ungdomar", "Besökare"), nouns that
# reach the thousands: its figures are counts even under a money head ("Mål | Utfall").
COUNTED_LABEL_RE = re.compile(
    r"(?i)(?<![\wåäö])(?:besök\w*|personer|resenärer|elever|barn|ungdom\w*|flickor|pojkar|tjejer|killar|hushåll"
    r"|kvinnor|män|medlem\w*|timm\w*|utlån\w*|platser|m2|kvm|meter|km|st|stycken|procent|andel\w*|antal\w*"
    r"|deltag\w*|invånare|boende|lägenheter|år|datum|vecka)(?![\wåäö])"
)
