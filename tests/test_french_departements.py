"""France's metropolitan départements, as the French press writes them after a town or on their own:
"à Sainte-Soline (Deux-Sèvres)", "à Nanterre (Hauts-de-Seine)", "en Seine-Saint-Denis", "dans l'Ain". The 96
rows come from ``data/places/admin2.tsv`` (feature ``admin2``, under the 13 regions as the gazetteer names them);
a village the gazetteer lacks falls back to its département, a town keeps its own entry, and the names that are
also a river, a sea, a word or a better-known place (Vienne, Loire, Rhône, Manche, Nord, ...) are names of the
département only with the kind word. The sentences are quoted from French press pages (URL above each); where a
sentence gave another reading before these rows, its case says which."""
from __future__ import annotations

import pytest

from sitrep.model import Document


def _places(pipeline, text: str) -> dict[str, str | None]:
    result = pipeline.process(Document(id="departements", text=text, lang="fr", published="2023-07-01"))
    return {p.text: p.country for p in result.places}


@pytest.mark.parametrize(("text", "admin1", "name", "precision"), [
    # https://www.cnews.fr/france/2023-03-25/en-direct-mega-bassines-dans-les-deux-sevres-de-nombreux-blesses-apres-les
    # (Sainte-Soline, a village of some 400 people, is not in cities500: was no place and no country at all)
    ("De premiers affrontements ont éclaté samedi entre manifestants et forces de l'ordre autour d'une réserve "
     "d'eau contestée en construction à Sainte-Soline (Deux-Sèvres), où des milliers de personnes se sont "
     "mobilisées malgré l'interdiction du rassemblement.", "Nouvelle-Aquitaine", "Deux-Sèvres Department", 2),
    # https://www.francetvinfo.fr/replay-magazine/france-3/dimanche-en-politique/mega-bassines-reveil-brutal-a-sainte-soline-apres-une-journee-de-chaos_5733761.html
    ("De violents heurts ont eu lieu, samedi 25 mars, à Sainte-Soline, dans les Deux-Sèvres, lors d'une "
     "manifestation contre un chantier de « méga-bassine ».", "Nouvelle-Aquitaine", "Deux-Sèvres Department", 2),
    # http://www.europe1.fr/faits-divers/dix-interpellations-dans-la-nuit-de-dimanche-a-lundi-en-seine-saint-denis-2976365
    # (was no place)
    ("Dix interpellations ont eu lieu dans la nuit de dimanche à lundi pour des violences urbaines en "
     "Seine-Saint-Denis.", "Ile-de-France", "Seine-Saint-Denis Department", 2),
    # https://www.lainagricole.fr/articles/27/11/2024/L-embrasement-des-feux-de-la-colere-91029/
    # (was Ayna, Spain)
    ("Bâchage de panneaux de communes, feux de la colère sur les ronds-points, les premières actions ont mobilisé "
     "près de 250 agriculteurs dans l'Ain.", "Auvergne-Rhone-Alpes", "Ain Department", 2),
    # http://www.europe1.fr/faits-divers/dix-interpellations-dans-la-nuit-de-dimanche-a-lundi-en-seine-saint-denis-2976365
    # (Les Ulis: "Ulis" is no place; was no place)
    ("Au même moment, ce sont des affrontements entre policiers et groupes de casseurs qui ont eu lieu aux Ulis "
     "(Essonne).", "Ile-de-France", "Essonne Department", 2),
])
def test_village_or_no_town_falls_back_to_its_departement(event_location, text, admin1, name, precision) -> None:
    loc = event_location(text, lang="fr")
    assert (loc.country, loc.admin1, loc.name, loc.geo_precision) == ("FR", admin1, name, precision)


@pytest.mark.parametrize(("text", "admin1", "name"), [
    # https://www.20minutes.fr/faits_divers/4043088-20230627-hauts-seine-homme-tue-tir-police-apres-refus-obtemperer
    ("Un jeune automobiliste de 17 ans a été tué ce mardi matin à Nanterre (Hauts-de-Seine) par un policier qui a "
     "fait usage de son arme, après un refus d'obtempérer.", "Ile-de-France", "Nanterre"),
    # https://www.tf1info.fr/justice-faits-divers/video-marseille-trois-morts-dans-une-nouvelle-fusillade-sanglante-2257792.html
    ("Peu après cinq heures du matin, cinq amis venaient de quitter une boîte de nuit du 11e arrondissement de "
     "Marseille (Bouches-du-Rhône), lorsque deux personnes dans un autre véhicule ont tiré en rafale à l'arme "
     "automatique dans leur direction.", "Provence-Alpes-Cote-d'Azur", "Marseille"),
    # http://www.lessentiel.lu/fr/news/france/story/10-interpellations-apres-les-violences-pres-de-paris-19000192
    ("Ce week-end déjà, onze personnes, dont huit mineurs, avaient été interpellées à Argenteuil dans le "
     "Val-d'Oise, après des heurts avec les forces de l'ordre.", "Ile-de-France", "Argenteuil"),
    # https://groupegaullistesceaux.fr/2023/06/29/deuxieme-nuit-de-violences-partout-en-france-cela-va-durer-une-semaine
    ("Le poste de sécurité de l'entrée du domaine de la prison de Fresnes (Val-de-Marne) a été attaqué au mortier "
     "d'artifice par des émeutiers.", "Ile-de-France", "Fresnes"),
])
def test_a_town_keeps_its_own_entry(event_location, text, admin1, name) -> None:
    loc = event_location(text, lang="fr")
    assert (loc.country, loc.admin1, loc.name, loc.geo_precision) == ("FR", admin1, name, 1)


def test_vienne_in_austria_is_still_vienna(event_location) -> None:
    # https://www.francebleu.fr/infos/faits-divers-justice/fusillade-a-vienne-ce-que-l-sait-de-l-attaque-qui-a-fait-4-morts-1604400085
    loc = event_location("Une fusillade a éclaté lundi soir dans le centre-ville de Vienne, en Autriche.", lang="fr")
    assert (loc.country, loc.name) == ("AT", "Vienna")


def test_corse_is_the_region_not_an_english_village(event_location) -> None:
    # https://rmc.bfmtv.com/actualites/societe/corse-nouvelle-manifestation-violente-14-manifestants-et-un-policier-blesses_AV-202204040301.html
    # ("Corse" was Corse, Gloucestershire: the region had no French name)
    loc = event_location("La colère ne retombe pas en Corse. Deux semaines après la mort du militant indépendantiste "
                         "Yvan Colonna, des milliers de personnes ont de nouveau défilé dimanche.", lang="fr")
    assert (loc.country, loc.admin1) == ("FR", "Corsica")


def test_towns_and_departements_in_one_list(pipeline) -> None:
    # https://fr.news.yahoo.com/nahel-troisi%C3%A8me-nuit-heurts-france-204256760.html (the départements were no place)
    places = _places(pipeline, "Des couvre-feux nocturnes ont été décrétés à Clamart (Hauts-de-Seine), "
                               "Neuilly-sur-Marne (Seine-Saint-Denis) et Compiègne (Oise).")
    assert places == {"Clamart": "FR", "Hauts-de-Seine": "FR", "Neuilly-sur-Marne": "FR", "Seine-Saint-Denis": "FR",
                      "Compiègne": "FR", "Oise": "FR"}


def test_every_departement_lies_in_its_region(gaz) -> None:
    d = gaz.data
    rows = [i for i in range(len(gaz)) if gaz.feature(i) == "admin2" and d.country[i] == "FR"]
    assert len(rows) == 96  # the metropolitan ones, Corse-du-Sud and Haute-Corse included
    regions = {d.name[d.admin1[i]] for i in rows}
    assert len(regions) == 13 and "Corsica" in regions and "Centre" in regions
    for i in rows:
        parent = d.admin1[i]
        assert gaz.feature(parent) == "admin1" and d.country[parent] == "FR", d.name[i]
    # the prefecture's division is the département's
    for town, gid, departement in (("Niort", 2990355, "Deux-Sèvres"), ("Bobigny", 3032179, "Seine-Saint-Denis"),
                                   ("Bastia", 3034640, "Haute-Corse"), ("Bourges", 3031005, "département du Cher")):
        (seat,) = [c for c in gaz.candidates(town) if c.geonameid == gid]
        (div,) = [c for c in gaz.candidates(departement) if c.feature == "admin2"]
        assert (div.country, div.admin1) == ("FR", seat.admin1)


def test_kind_word_only_where_the_bare_name_is_something_else(gaz) -> None:
    def departement(name: str) -> list[str]:
        return [c.name for c in gaz.candidates(name) if c.feature == "admin2" and c.country == "FR"]

    # a river or sea written bare, a word, a better-known place, the city itself
    for bare in ("Vienne", "Loire", "Rhône", "Marne", "Meuse", "Manche", "Cher", "Jura", "Ardennes", "Nord", "Paris"):
        assert departement(bare) == [], bare
    assert departement("département de la Vienne") == ["Vienne Department"]
    assert departement("département du Rhône") == ["Rhône Department"]
    assert departement("département de la Manche") == ["Manche Department"]
    # Haiti's Nord is written so too
    assert departement("Nord Department") == departement("département du Nord") == []
    # compounds and names no better-known place shares are bare names too, with or without diacritics
    assert departement("Deux-Sevres") == ["Deux-Sèvres Department"]
    assert departement("Seine-St-Denis") == ["Seine-Saint-Denis Department"]
    assert departement("Var") == ["Var Department"]
    assert departement("Territoire de Belfort") == ["Territoire de Belfort"]
    # a town of the name keeps its entry beside the département
    assert any(c.feature == "city" for c in gaz.candidates("Mayenne"))
