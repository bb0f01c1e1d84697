"""How a crowd's words are told apart: protesters arrested are a protest met with intervention, whoever arrested them;
Arabic "مسيرة" is a march when its sentence tells a crowd and a drone when it tells a strike; what a crowd feels
("leur mécontentement") names no side."""
from sitrep import extract

from tests.conftest import top_event

# senalioune.com, 19 September 2021 (Dakar, the Noo Lank rally), the first paragraphs
_DAKAR = ("Sénégal: des manifestants contre la vie chère arrêtés à Dakar\n\n"
          "Plusieurs manifestants ont été arrêtés aux abords de la place de la Nation à Dakar, Sénégal vendredi 17 "
          "septembre. Ils ont tenté de se rassembler, malgré une interdiction du préfet de la capitale sénégalaise.\n\n"
          "Malgré la forte présence dissuasive des forces de l’ordre, certains membres de la coalition Noo lank "
          "(« nous refusons » en wolof) ont réussi à s’approcher en groupuscules et manifester leur mécontentement "
          "face à la hausse du coût de la vie au Sénégal.\n\n"
          "Des échappées solitaires cependant vite stoppées par la police qui a procédé à plus d’une dizaine "
          "d’arrestations. « Cela ne nous fera pas reculer », peste Daouda Gueye, porte-parole du mouvement Noo lank, "
          "lui-même arrêté avant d’être relâché lors d’une précédente manifestation, également interdite il y a une "
          "semaine.")


def test_protesters_arrested_with_no_force_named_is_a_protest_with_intervention():
    result = extract(_DAKAR, lang="fr", published="2021-09-19")
    ev = max(result.events, key=lambda e: e.confidence)
    assert (ev.sub_event_type, ev.actor1.name, ev.location.name) == ("Protest with intervention", "Protesters (Senegal)", "Dakar")
    assert result.primary == "Protest with intervention"


def test_what_a_crowd_feels_is_no_side_of_its_protest():
    ev = top_event(_DAKAR, lang="fr", published="2021-09-19")
    assert ev.actor2 is not None and ev.actor2.name == "Police Forces of Senegal"
    assert ev.actor2.text in (None, "forces de l’ordre", "police")  # never "leur mécontentement"
    assert "vie chère" not in ev.notes  # the grievance is not who dispersed the crowd


def test_english_and_arabic_protesters_arrested_too():
    en = top_event("Several protesters were arrested near the Nation square in Dakar on Friday.", lang="en")
    ar = top_event("تم اعتقال عدد من المتظاهرين وسط العاصمة تونس اليوم.", lang="ar")
    assert (en.sub_event_type, ar.sub_event_type) == ("Protest with intervention", "Protest with intervention")


def test_a_protest_against_an_arrest_stays_peaceful():
    ev = top_event("Residents protested in Dakar against the arrest of their leader.", lang="en")
    assert ev.sub_event_type == "Peaceful protest"


def test_an_arabic_march_told_with_its_crowd_is_a_protest_not_a_drone():
    for text in ("شارك آلاف المواطنين في مسيرة في الرباط يوم الأحد للتنديد بغلاء الأسعار.",
                 "نظم طلاب مسيرات سلمية في الخرطوم للمطالبة بإسقاط الحكومة.",
                 "خرج الآلاف في مسيرة وسط العاصمة تونس."):
        result = extract(text, lang="ar")
        assert [e.sub_event_type for e in result.events] == ["Peaceful protest"], text
        assert all(not e.weapons for e in result.events), text


def test_an_arabic_drone_told_with_a_strike_stays_a_drone():
    strike = top_event("استهدفت مسيرة إسرائيلية سيارة في جنوب لبنان ما أدى إلى مقتل شخصين.", lang="ar")
    downed = top_event("أسقطت الدفاعات الجوية مسيرات أطلقها الحوثيون.", lang="ar")
    assert (strike.sub_event_type, downed.sub_event_type) == ("Air/drone strike", "Disrupted weapons use")
