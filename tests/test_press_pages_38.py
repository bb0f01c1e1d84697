"""Press pages in French and Arabic read as an analyst would code them with ACLED's conventions: a country the event
is said to be near ("près du Nigeria") is not where it happened; one man "brûlé vif" is one death; men drones
"neutralise" were struck from the air; the sides a text divides "on one side ... on the other" ("من جهة ... من جهة
أخرى") are the fight's two sides. The texts are the pages' own words (addresses in each test)."""
from sitrep import extract


def _main(text: str, lang: str, published: str):
    result = extract(text, lang=lang, published=published)
    assert result.events, text
    return max(result.events, key=lambda e: e.confidence)


def test_a_country_the_event_is_near_is_not_where_it_happened():
    # https://www.rfi.fr/fr/afrique/20230622-cameroun-nouveaux-enl%C3%A8vements-%C3%A0-buku-dans-le-nord-ouest-pr%C3%A8s-du-nigeria
    # (22 Jun 2023): kidnappings in Cameroon's North-West region, near Nigeria
    ev = _main("Cameroun : nouveaux enlèvements à Buku dans le Nord-Ouest près du Nigeria\n"
               "Au Cameroun, dans la région du Nord-Ouest, près de la frontière avec le Nigéria, le maire de la "
               "commune d'Ako affirme que des hommes ont à nouveau traversé la frontière dimanche pour enlever des "
               "habitants dans le village de Buku. Trois habitants ont été kidnappés cette fois-ci.", "fr", "2023-06-22")
    assert ev.sub_event_type == "Abduction/forced disappearance"
    assert (ev.location.country, ev.actor2.name) == ("CM", "Civilians (Cameroon)")


def test_a_man_burned_alive_by_a_crowd_is_one_death():
    # https://directinfo.webmanagercenter.com/2015/08/25/brule-vif-par-la-foule-pour-avoir-vole-un-pot-de-soupe
    # (25 Aug 2015): mob violence in Calabar, Nigeria, one death ("brûlé vif": the singular adjective)
    ev = _main("Brûlé vif par la foule pour avoir volé un pot de soupe\n"
               "Un homme a été poignardé à plusieurs reprises et brûlé vif par la foule pour avoir volé un pot de "
               "soupe dans le sud du Nigeria, ont rapporté lundi 24 août 2015, les médias locaux.", "fr", "2015-08-25")
    assert (ev.sub_event_type, ev.actor1.name, ev.fatalities) == ("Mob violence", "Rioters (Nigeria)", 1)


def test_men_drones_neutralise_are_struck_from_the_air():
    # https://fr.sputniknews.africa/20240828/des-drones-des-forces-armees-maliennes-neutralisent-des-terroristes-1068045021.html
    # (28 Aug 2024): an air/drone strike by Mali's military, not a battle
    ev = _main("Des drones des Forces Armées Maliennes neutralisent des terroristes\n"
               "Des drones ont été utilisés pour neutraliser des terroristes dans le secteur de Tinzaouatene, selon "
               "un communiqué des Forces Armées Maliennes.", "fr", "2024-08-28")
    assert (ev.event_type, ev.sub_event_type, ev.actor1.name) == (
        "Explosions/Remote violence", "Air/drone strike", "Military Forces of Mali")


def test_the_sides_a_text_divides_on_one_side_and_the_other():
    # https://www.arab48.com/amp/فلسطينيات/أخبار/2020/09/26/مستوطنون-برفقة-جيش-الاحتلال-يعتدون-على-ممتلكات-قرية-قصرة
    # (26 Sep 2020): the confrontations set settlers (with the army) against the village's people
    result = extract("وحسب الشهود، فقد أدى ذلك لاندلاع مواجهات بين المستوطنين والجيش الإسرائيلي من جهة، وأهالي القرية "
                     "من جهة أخرى.", lang="ar", published="2020-09-26")
    ev = next(e for e in result.events if e.sub_event_type == "Armed clash")
    assert (ev.actor1.name, ev.actor2.name.split(" (")[0]) == ("Settlers (Israel)", "Civilians")
