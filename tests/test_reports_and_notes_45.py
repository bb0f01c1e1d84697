"""Press pages and ACLED notes read as an analyst would code them (stop 45). The texts are the pages' and notes' own
words (sources above each test)."""
from tests.conftest import side_names as _names, top_event as _main


# ACLED Philippines export (PeterRowing/ConflictProject, ACLED_Phil.csv), PHL8271 (3 April 2019): the Philippines'
# coders put the army second in a clash with the NPA, whichever side the note names first.
def test_a_philippine_clash_puts_the_state_second_as_the_countrys_coders_do():
    text = ("An indeterminate number of NPA rebels were wounded during an attack by soldiers from the 96th Infantry "
            "Battalion place in Barangay San Luis I, Guinyangan town, Quezon province on April 3, 2019.")
    ev = _main(text, "en", "2019-04-03")
    assert ev.sub_event_type == "Armed clash"
    assert _names(ev) == ("NPA: New People's Army", "Military Forces of the Philippines")
