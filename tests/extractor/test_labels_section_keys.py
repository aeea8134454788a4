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
