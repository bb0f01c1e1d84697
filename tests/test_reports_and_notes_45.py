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


# https://kabulnow.com/2024/12/iskp-claims-responsibility-for-attack-that-killed-taliban-minister-for-refugees/
# (12 December 2024)
def test_a_sentence_going_on_with_the_incident_tells_its_day_when_the_lead_had_only_the_reports():
    text = ("KABUL, AFGHANISTAN – The Islamic State-Khorasan Province (ISKP), an affiliate of ISIS, has claimed "
            "responsibility for a suicide bombing in Kabul that killed Khalil-ur-Rehman Haqqani, the Taliban Minister "
            "for Refugee and Repatriation.\n\nIn a statement on the group’s media outlet, Amaq News Agency, ISKP "
            "announced that its operative, Abu Usman Khorasani, bypassed the ministry’s security guards and carried "
            "out the attack, with Haqqani being the primary target.\n\nThe suicide bombing occurred inside the Taliban "
            "Ministry of Refugee and Repatriation on Wednesday, killing at least five people, including Haqqani, and "
            "injuring several others.")
    ev = _main(text, "en", "2024-12-12")
    assert ev.sub_event_type == "Suicide bomb"
    assert (ev.date, ev.time_precision) == ("2024-12-11", 1)  # Wednesday, not the Thursday of the claim
    assert text[ev.date_text.start:ev.date_text.end] == "on Wednesday"


# https://www.helenefm.com/?p=54462 (26 March 2023)
def test_after_the_crowds_own_gathering_is_no_motive_its_day_is_the_events():
    text = ("Un manifestant toujours entre la vie et la mort, après la mobilisation anti-bassine qui a eu lieu samedi à "
            "Sainte-Soline, dans les Deux-Sèvres. Mobilisation qui a rassemblé 30 000 personnes selon les "
            "organisateurs, et 6 000 d’après les autorités. De violents affrontements ont éclaté avec les forces de "
            "l’ordre. Le bilan fait état de 47 blessés du côté des gendarmes dont 2 grièvement.")
    ev = _main(text, "fr", "2023-03-26")
    assert ev.event_type in ("Riots", "Protests")
    assert ev.date == "2023-03-25"  # samedi
    assert ev.location is not None and ev.location.country == "FR"


def test_after_an_earlier_wave_of_protests_is_still_the_motive():
    # ACLED's note BGD28129 (AX_R3 rows, 5 August 2024): the demonstrations after "following" are the background
    text = ("On 5 August 2024, a mob vandalized the offices and establishments of Awami League leaders in Baghaichhari "
            "upazila (Bagaichhari, Rangamati, Chittagong), amid the outbreak of violence after the resignation of the "
            "Prime Minister, following anti-government demonstrations emerging from the quota reform movement.")
    assert _main(text, "en", "2024-08-05").sub_event_type == "Mob violence"
