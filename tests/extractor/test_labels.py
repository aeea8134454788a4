"""Labels map to canonical keys by meaning; unknown labels keep a slug."""

import pytest

from bilagor.extractor.labels import is_known_wording, is_label, known_key, section_key, stage_of, vocabulary

FOLLOW_UP = [
    ("Projektnamn", "projektnamn"),
    ("Projektets namn", "projektnamn"),
    ("Geografisk plats för investering", "plats"),
    ("Plats", "plats"),
    ("Projektets mål och syfte", "mal_och_syfte"),
    ("Syfte och mål", "mal_och_syfte"),
    (
        "Beskrivning av slutresultat utifrån investeringens mål, syfte och platsens behov av trygghetsskapande åtgärd",
        "slutresultat",
    ),
    ("Beskrivning av slutresultat utifrån investeringens mål och förväntad klimatnytta", "slutresultat"),
    ("Resultat", "slutresultat"),
    ("Beskrivning av eventuella avvikelser i projektets genomförande", "avvikelser"),
    ("Avvikelser", "avvikelser"),
    ("Beskrivning av ekonomiskt utfall och eventuell avvikelse mot kalkylerade utgifter", "ekonomiskt_utfall"),
    ("Ekonomiskt utfall", "ekonomiskt_utfall"),
    ("Ekonomisk redovisning", "ekonomiskt_utfall"),
    ("Bilder före", "bilder_fore"),
    ("Bilder efter", "bilder_efter"),
    ("Foto efter åtgärd", "bilder_efter"),
    ("Redovisning av kostnader", "ekonomiskt_utfall"),
    ("Uppnått resultat", "slutresultat"),
    ("Syftet med projektet", "mal_och_syfte"),
    ("Namn på projektet", "projektnamn"),
    ("Geografiskt område", "plats"),
]
APPLICATION = [
    ("Namn på insats", "insats"),
    ("Sökt belopp", "sokt_belopp"),
    ("Sökande nämnd", "sokande_namnd"),
    ("Ev medsökande nämnd", "medsokande_namnd"),
    ("Ev. medsökande nämnd", "medsokande_namnd"),
    ("Kontaktperson", "kontaktperson"),
    ("Telefon", "telefon"),
    ("E-post", "epost"),
    ("E-postadress", "epost"),
    ("Ev samverkan", "samverkan"),
    ("1. Beskrivning (mål och syfte)", "beskrivning"),
    ("1.1 Behovsanalys/problembeskrivning", "behovsanalys"),
    ("Problembeskrivning", "behovsanalys"),
]


@pytest.mark.parametrize("label, key", FOLLOW_UP)
def test_follow_up_labels(label, key):
    assert section_key(label, "uppfoljning") == key


@pytest.mark.parametrize("label, key", APPLICATION)
def test_application_labels(label, key):
    assert section_key(label, "ansokan") == key


def test_beskrivning_means_the_description_in_applications_only():
    assert section_key("Beskrivning av insatsen (mål och syfte)", "ansokan") == "beskrivning"
    assert section_key("Beskrivning av projektets mål och syfte", "uppfoljning") == "mal_och_syfte"


@pytest.mark.parametrize(
    "label, key",
    [
        ("Övrigt", "ovrigt"),
        ("Ansvarig enhet", "ansvarig_enhet"),
        ("Kostnader och finansiering", "kostnader_och_finansiering"),
        ("Tidplan", "tidplan"),
        ("Åtgärder", "atgarder"),
    ],
)
def test_unknown_labels_keep_a_slug(label, key):
    assert known_key(label) is None
    assert section_key(label) == key


def test_every_template_label_maps_to_its_key_by_the_rules_too():
    # The exact table is a shortcut; the keyword rules alone must agree with it.
    vocab = vocabulary()
    for folded, key in vocab.exact.items():
        kind = "ansokan" if key in {"insats", "beskrivning", "behovsanalys"} else "uppfoljning"
        assert next(r.key for r in vocab.rules if r.matches(folded, kind)) == key, folded


def test_sentences_are_not_labels():
    assert is_label("Plats")
    assert not is_label("Platsen har under flera år pekats ut som otrygg.")
    assert not is_label("Klicka här för att ange text.")
    assert not is_label("Inga avvikelser har noterats. En fördjupad utvärdering kan göras under")
    assert is_label("Ev. medsökande nämnd") and is_label("Ev. Medsökande nämnd")
    assert is_label("1. Beskrivning (mål och syfte)") and is_label("1.1 Behovsanalys/problembeskrivning")
    assert not is_label("")


@pytest.mark.parametrize(
    "text, stage",
    [
        ("Slutredovisning", "slutredovisning"),
        (" DELREDOVISNING: ", "delredovisning"),
        ("Slutredovisning 2018", "slutredovisning"),
        ("☒ Delredovisning", "delredovisning"),
        ("Typ av redovisning: Slutredovisning", "slutredovisning"),
        ("Slutredovisning av projektet", None),
        ("Projektet slutredovisas 2019.", None),
        ("Resultat", None),
    ],
)
def test_stage_markers(text, stage):
    assert stage_of(text) == stage


@pytest.mark.parametrize(
    "misread, key",
    [("Awvikelser", "avvikelser"), ("Projektnarnn", "projektnamn"), ("Ekonomiskt utfal1", "ekonomiskt_utfall")],
)
def test_ocr_misreadings_of_known_wordings(misread, key):
    assert known_key(misread) == key


@pytest.mark.parametrize("label", ["Underhåll och drift", "Övriga kommentarer", "Tidplan", "Bakgrund", "Genomförande"])
def test_unrelated_labels_are_no_near_misses(label):
    assert known_key(label) is None


ECONOMY = "Beskrivning av ekonomiskt utfall och eventuell avvikelse mot kalkylerade utgifter"


@pytest.mark.parametrize(
    "text, known",
    [
        (ECONOMY, True),
        (ECONOMY.upper(), True),  # labels set in capitals
        (f"{ECONOMY}:", True),
        ("Beskrivning av ekonomiskt utfall", False),  # a template label's start is no wording of one
        ("Awvikelser", False),  # an OCR misreading is near a wording, not word for word one
        ("Tolv kameror har monterats", False),
        ("", False),
    ],
)
def test_known_wordings_are_template_labels_word_for_word(text, known):
    assert is_known_wording(text) is known
