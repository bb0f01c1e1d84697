"""An agreement's noun is an Agreement only when the report says it was made: a ceasefire named in passing
(to be imposed, violated, demanded) reports no agreement (ACLED codebook 2023 §Agreement)."""
from sitrep import extract

from tests.conftest import top_event

# Haïti Standard, 19 March 2020 (a gang war in Cité Soleil), the article's first paragraphs and its close
_GANG_WAR = ("Haïti standard, le 19 mars 2020.- Une vive tension règne à Cité Soleil, le plus grand bidonville de l’aire "
             "métropolitaine de Port-au-Prince. À l’origine de cette vive tension, un conflit armé entre bandes rivales "
             "opérant dans divers quartiers de la commune de Cité Soleil.\n"
             "Au moins cinq (5) morts et plusieurs blessés ont été recensés au cours de cette guerre des gangs qui a éclaté "
             "dans la nuit du 18 au 19 mars 2020.\n"
             "D’autant plus, aucune intervention policière n’a encore été réalisée pour imposer un cessez le feu, a déploré "
             "l’un de nos interlocuteurs.")


def test_a_ceasefire_nobody_imposed_is_no_agreement_and_the_gang_war_is_the_event():
    result = extract(_GANG_WAR, lang="fr", published="2020-03-19")
    assert "Agreement" not in [e.sub_event_type for e in result.events]
    ev = max(result.events, key=lambda e: e.confidence)
    assert (ev.sub_event_type, ev.fatalities) == ("Armed clash", 5)
    assert result.primary == "Armed clash"


def test_an_agreement_reached_is_an_agreement():
    # ACLED 2025 (Somalia), SOM52209
    ev = top_event("On 5 September 2025, a Bartire clan militia and Al Shabaab reached an agreement in Nasariye village "
                   "near Afmadow town (Afmadow, Lower Juba). The clan agreed to support the group's activities.")
    assert ev.sub_event_type == "Agreement"


def test_a_peace_accord_signed_is_an_agreement_in_french():
    # Le Pays (Tchad), November 2025
    ev = top_event("Ce 19 novembre 2025, le Gouvernement centrafricain et le Mouvement Patriotique pour la Centrafrique (MPC) "
                   "ont signé un accord de paix a N’Djamena, sous la médiation du Tchad.", lang="fr")
    assert ev.sub_event_type == "Agreement"


def test_a_truce_reached_is_an_agreement_in_arabic():
    # CNN Arabic (ANT corpus): Hamas announces reaching a truce
    ev = top_event("حماس تعلن التوصل لهدنة.. ولا تعليق من إسرائيل\nأعلنت حركة المقاومة الإسلامية \"حماس\" الأربعاء عن "
                   "التوصل لاتفاق وقف إطلاق نار مع إسرائيل", lang="ar")
    assert ev.sub_event_type == "Agreement"


def test_a_violated_ceasefire_is_no_rape_and_no_agreement():
    # 'violé' of a ceasefire is its violation (Larousse 'violer': enfreindre un traité)
    result = extract("Le cessez-le-feu a été violé lundi à Goma par les rebelles.", lang="fr")
    assert not {"Sexual violence", "Agreement"} & {e.sub_event_type for e in result.events}


def test_the_fighting_that_broke_a_truce_is_the_event():
    result = extract("Rebels violated the truce on Monday in Goma, killing two soldiers.", lang="en")
    assert [e.sub_event_type for e in result.events] == ["Armed clash"]


def test_an_agreement_a_crowd_demands_be_honoured_is_their_grievance():
    # ACLED 2025 (Kenya), KEN5310
    ev = top_event("Striking universities lecturers hold a peaceful demonstrations in Nairobi to demand implementation of "
                   "a 2013-2017 collective bargaining agreement.")
    assert ev.sub_event_type == "Peaceful protest"


def test_a_ceasefire_under_negotiation_is_no_event_but_says_what_the_text_is_about():
    result = extract("Talks to negotiate a ceasefire resumed in Doha on Monday.", lang="en")
    assert result.events == []
