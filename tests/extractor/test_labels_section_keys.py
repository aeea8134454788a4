"""Section keys: a form's kind limits its keys; an unknown label's key stays short."""

from bilagor.extractor.labels import section_key


def test_a_follow_up_never_gets_an_application_only_key():
    assert section_key("Problembeskrivning och behov", "ansokan") == "behovsanalys"
    assert section_key("Problembeskrivning och behov", "uppfoljning") == "problembeskrivning_och_behov"
    assert section_key("Sökt belopp från stadens medel", "uppfoljning") == "sokt_belopp_fran_stadens_medel"
    # Keys both kinds have are kept.
    assert section_key("Ansvarig kontaktperson", "uppfoljning") == "kontaktperson"


def test_an_unknown_labels_key_is_short_and_cut_at_a_word():
    label = "Redogörelse för hur boende och näringsidkare har involverats i arbetet under hela projekttiden"
    assert section_key(label) == "redogorelse_for_hur_boende_och"
    assert section_key("Övrigt") == "ovrigt"


def test_an_unknown_labels_number_is_no_part_of_its_key():
    # A form's numbering tells the field's place, not its meaning (known labels drop it too).
    assert section_key("7. Ansvarig enhet") == "ansvarig_enhet"
    assert section_key("2.3 Tidplan", "uppfoljning") == "tidplan"
    assert section_key("7") == "7"  # nothing but a number: kept, or the key would be empty
