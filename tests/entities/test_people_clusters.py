from collections import Counter

from helpers.entities import people_clusters


def test_spelling_variants_are_one_person():
    assert people_clusters.same_person("sergei lavrov", "sergey lavrov")
    assert people_clusters.same_person("volodymyr zelensky", "volodymyr zelenskyy")
    assert not people_clusters.same_person("hillary clinton", "bill clinton")
    forms = Counter({"Sergey Lavrov": 3, "Sergei Lavrov": 1, "Rex Tillerson": 2})
    assert people_clusters.cluster_people(
        ["sergei lavrov", "sergey lavrov", "rex tillerson"], forms
    ) == {
        "sergei lavrov": "Sergey Lavrov",
        "sergey lavrov": "Sergey Lavrov",
        "rex tillerson": "Rex Tillerson",
    }


def test_full_names_whose_first_names_stand_for_one_given_name_are_one_person():
    # Found on 2,000 real articles: "Bob Mueller" (15 mentions) stood apart from "Robert
    # Mueller" (111), "Chuck Grassley" from "Charles E. Grassley", "Ted McCarrick" from
    # "Theodore McCarrick".
    stands_for = {
        "bob": frozenset({"robert"}),
        "robert": frozenset({"robert"}),
        "ted": frozenset({"edward", "theodore"}),
        "edward": frozenset({"edward"}),
        "theodore": frozenset({"theodore"}),
    }
    keys = ["bob mueller", "robert mueller", "robert mercer", "ted kennedy", "edward m kennedy"]
    keys += ["theodore roosevelt", "edward roosevelt"]
    forms = Counter({"Robert Mueller": 5, "Edward M. Kennedy": 2, "Ted Kennedy": 3})
    forms.update(["Bob Mueller", "Robert Mercer", "Theodore Roosevelt", "Edward Roosevelt"])
    people = people_clusters.cluster_people(keys, forms, stands_for)
    assert people["bob mueller"] == people["robert mueller"] == "Robert Mueller"
    assert people["edward m kennedy"] == people["ted kennedy"] == "Ted Kennedy"
    assert people["robert mercer"] != "Robert Mueller"  # one given name, another surname
    assert people["theodore roosevelt"] != people["edward roosevelt"]  # no "Ted" joins them
    assert people_clusters.cluster_people(keys, forms)["bob mueller"] != "Robert Mueller"  # no list


def test_written_middle_initials_that_differ_keep_relatives_apart():
    # George H. W. Bush, his son George W. Bush and grandson George P. Bush were one person
    # on 2,000 real articles; "George Bush" alone could be either president.
    keys = ["george hw bush", "george h w bush", "george w bush", "george p bush", "george bush"]
    forms = Counter({"George H.W. Bush": 14, "George H. W. Bush": 1, "George W. Bush": 96})
    forms.update({"George P. Bush": 1, "George Bush": 8})
    people = people_clusters.cluster_people(keys, forms)
    assert people["george hw bush"] == people["george h w bush"] == "George H.W. Bush"
    assert people["george w bush"] == "George W. Bush"
    assert people["george p bush"] == "George P. Bush"
    assert people["george bush"] == "George Bush"  # which president, the corpus does not say


def test_one_slip_of_a_middle_initial_splits_no_one():
    keys = ["donald trump", "donald j trump", "donald f trump"]
    forms = Counter({"Donald Trump": 50, "Donald J. Trump": 5, "Donald F. Trump": 1})
    assert set(people_clusters.cluster_people(keys, forms).values()) == {"Donald Trump"}


def test_a_middle_name_written_out_is_no_initial():
    assert people_clusters.middle_initials("george h w bush") == "hw"
    assert people_clusters.middle_initials("hillary rodham clinton") == ""
    assert people_clusters.middle_initials("bashar al assad") == ""
    keys = ["hillary rodham clinton", "hillary r clinton", "hillary clinton"]
    forms = Counter({"Hillary Clinton": 9, "Hillary Rodham Clinton": 2, "Hillary R. Clinton": 1})
    assert set(people_clusters.cluster_people(keys, forms).values()) == {"Hillary Clinton"}


def test_jr_and_the_same_name_written_in_one_article_are_father_and_son():
    articles = [
        {"donald trump", "donald trump jr", "hillary clinton"},  # "… and his son Donald Trump Jr."
        {"donald j trump"},
        {"joseph r biden jr"},  # a formal first reference; other articles say "Joe Biden"
        {"joe biden", "joseph biden"},
        {"robert s mueller iii", "robert mueller"},  # the same man, formally then not
    ]
    named = people_clusters.relatives_named(articles)
    assert named == {("donald", "trump")}
    keys = set().union(*articles)
    forms = Counter({"Donald Trump": 50, "Donald J. Trump": 5, "Donald Trump Jr.": 3})
    forms.update({"Joe Biden": 9, "Joseph R. Biden Jr.": 4, "Joseph Biden": 1})
    forms.update({"Robert Mueller": 6, "Robert S. Mueller III": 2, "Hillary Clinton": 7})
    stands_for = {"joe": frozenset({"joseph"}), "joseph": frozenset({"joseph"})}
    people = people_clusters.cluster_people(keys, forms, stands_for, named)
    assert people["donald trump"] == people["donald j trump"] == "Donald Trump"
    assert people["donald trump jr"] == "Donald Trump Jr."
    assert people["joseph r biden jr"] == people["joe biden"] == people["joseph biden"]
    assert people["robert s mueller iii"] == people["robert mueller"] == "Robert Mueller"


def test_a_given_name_and_one_made_from_it_written_in_one_article_are_two_people():
    articles = [
        {"eric garner", "erica garner"},  # "Erica Garner, the daughter of Eric Garner"
        {"eric garner"},
        {"sergei lavrov", "sergey lavrov"},  # one man, his name spelled two ways
        {"mohamed morsi", "mohammed morsi"},  # so too: a letter more is no feminine form
        {"nigel farage"},
        {"nigella farage"},  # written apart, never together: no evidence of two people
    ]
    together = people_clusters.named_together(articles)
    keys = set().union(*articles)
    forms = Counter({"Eric Garner": 5, "Erica Garner": 2, "Sergei Lavrov": 4, "Sergey Lavrov": 1})
    forms.update({"Nigel Farage": 3, "Nigella Farage": 1, "Mohamed Morsi": 3, "Mohammed Morsi": 1})
    people = people_clusters.cluster_people(keys, forms, together=together)
    assert people["eric garner"] == "Eric Garner"
    assert people["erica garner"] == "Erica Garner"
    assert people["sergei lavrov"] == people["sergey lavrov"] == "Sergei Lavrov"
    assert people["nigel farage"] == people["nigella farage"] == "Nigel Farage"
    assert people["mohamed morsi"] == people["mohammed morsi"] == "Mohamed Morsi"
