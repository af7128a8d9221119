"""The shipped vocabulary: the ways people write a skill map to one name, and ordinary
words stay ordinary words."""

import pytest

from nextyes.domain.errors import InvalidInput
from nextyes.skills.kinds import KINDS
from nextyes.skills.vocabulary import Vocabulary

VOCABULARY = Vocabulary.shipped()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Postgres", "PostgreSQL"),
        ("psql", "PostgreSQL"),
        ("MS Excel", "Excel"),
        ("Microsoft Excel", "Excel"),
        ("JS", "JavaScript"),
        ("k8s", "Kubernetes"),
        ("Golang", "Go"),
        ("Projektmanagement", "Project management"),
        ("gestion de projet", "Project management"),
        ("gestion de projets", "Project management"),
        ("gestión de proyectos", "Project management"),
        ("GESTION DE PROYECTOS", "Project management"),
        ("projectmanagement", "Project management"),
        ("Staplerschein", "Forklift licence"),
        ("carné de carretillero", "Forklift licence"),
        ("heftruckcertificaat", "Forklift licence"),
        ("CACES R489", "Forklift licence"),
        ("HGV licence", "HGV licence"),
        ("Führerschein Klasse CE", "HGV licence"),
        ("CSCS card", "CSCS card"),
        ("CPA certification", "CPA"),
        ("ACCA", "ACCA"),
        ("PMP", "PMP"),
        ("Stakeholdermanagement", "Stakeholder management"),
        ("gestion des parties prenantes", "Stakeholder management"),
        ("Kundenservice", "Customer service"),
        ("atención al cliente", "Customer service"),
        ("klantenservice", "Customer service"),
        ("Kreditorenbuchhaltung", "Accounts payable"),
        ("soins des plaies", "Wound care"),
        ("wondzorg", "Wound care"),
        ("Lebensmittelhygiene", "Food safety"),
        ("Unterrichtsplanung", "Lesson planning"),
        ("Teamfähigkeit", "Teamwork"),
        ("esprit d'équipe", "Teamwork"),
        ("trabajo en equipo", "Teamwork"),
        ("fließend Deutsch", "German"),
        ("Englischkenntnisse", "English"),
        ("anglais courant", "English"),
        ("inglés avanzado", "English"),
        ("vloeiend Nederlands", "Dutch"),
    ],
)
def test_names_in_five_languages_map_to_one_skill(text: str, name: str) -> None:
    assert VOCABULARY.names_in(f"We ask for {text} in this role.") == (name,)


@pytest.mark.parametrize(
    "text",
    [
        "You have an excellent eye for colour and excel at follow-up.",
        "We go to the office twice a week.",
        "You will report to C-level executives.",
        "Our R&D team sits in Lyon.",
        "React quickly to customers when a delivery is late.",
        "Let's go!",
        "Swift replies keep our clients happy.",
        "Our head chef runs the kitchen; Chef de partie wanted.",
        "Le tableau de bord est mis à jour chaque semaine.",
        "Plan B is to rest in spring.",
        "Clear communication with the team matters to us.",
        "We are a German company with a French parent.",
        "Visit www.python.org or write to jobs@sap.example.",
    ],
)
def test_ordinary_words_are_not_skills(text: str) -> None:
    assert VOCABULARY.names_in(text) == ()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Experience in R, Python and SQL", ("R", "Python", "SQL")),
        ("Survival models in R", ("R",)),
        ("R/Python for analysis", ("R", "Python")),
        ("Go, Rust or C++", ("Go", "Rust", "C++")),
        ("Backend in Go (language) and PostgreSQL", ("Go", "PostgreSQL")),
        ("Programming in C and C++", ("C", "C++")),
        ("Experience with React and TypeScript", ("React", "TypeScript")),
        ("- React", ("React",)),
        ("Chef, Ansible or Puppet for configuration", ("Chef", "Ansible", "Puppet")),
        ("Fluent English and German", ("English", "German")),
        ("Languages: French, Spanish", ("French", "Spanish")),
        ("Sehr gute Deutsch- und Englischkenntnisse", ("German", "English")),
        ("ideally Tableau", ("Tableau",)),
        ("Sichere Excel-Kenntnisse", ("Excel",)),
        ("communication skills and teamwork", ("Communication", "Teamwork")),
    ],
)
def test_short_and_common_names_count_in_a_clear_context(text: str, names: tuple[str, ...]) -> None:
    assert VOCABULARY.names_in(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("JavaScript, not Java", ("JavaScript", "Java")),
        ("PostgreSQL", ("PostgreSQL",)),  # a separate skill: it does not also name SQL
        ("T-SQL and MS SQL", ("T-SQL", "Microsoft SQL Server")),
        ("React Native apps", ("React Native",)),
        ("Node.js and .NET", ("Node.js", ".NET")),
    ],
)
def test_a_longer_name_is_not_split_into_shorter_ones(text: str, names: tuple[str, ...]) -> None:
    assert VOCABULARY.names_in(text) == names


def test_a_sentence_ending_before_net_is_not_dot_net() -> None:
    assert VOCABULARY.names_in("Margins improved. Net revenue grew.") == ()


def test_plurals_of_skills_are_found() -> None:
    found = VOCABULARY.names_in("Forklift licences and first aid certificates required")
    assert found == ("Forklift licence", "First aid")


def test_a_typed_name_means_what_it_says() -> None:
    assert VOCABULARY.canonical("postgres") == "PostgreSQL"
    assert VOCABULARY.canonical("R") == "R"
    assert VOCABULARY.canonical("Deutsch") == "German"
    assert VOCABULARY.canonical("knitting") is None


def test_the_shipped_vocabulary_covers_many_fields() -> None:
    kinds = {skill.kind for skill in VOCABULARY}
    assert len(VOCABULARY) >= 300
    assert kinds == set(KINDS)
    for name in (
        "Payroll", "Phlebotomy", "Barista skills", "Welding", "Classroom management",
        "Data entry", "SEO", "Figma", "Recruiting", "Order picking", "Customer service",
    ):  # fmt: skip
        assert VOCABULARY.skill(name) is not None, name


def test_no_two_shipped_skills_share_a_name() -> None:
    owners: dict[str, str] = {}
    for skill in VOCABULARY:
        for name in skill.names:
            owner = owners.setdefault(name.casefold(), skill.name)
            assert owner == skill.name, f"{name!r} names both {owner} and {skill.name}"


def test_a_persons_own_terms_are_found() -> None:
    own = Vocabulary.with_terms([("dbt", ["data build tool"]), ("Guidewire", ["GW PolicyCenter"])])
    text = "You know the data build tool and GW PolicyCenter."
    assert own.names_in(text) == ("dbt", "Guidewire")
    assert own.skill("Guidewire") is not None
    assert VOCABULARY.names_in(text) == ("dbt",)  # the shipped one is left as it was


def test_a_persons_term_adds_a_name_to_a_known_skill() -> None:
    own = Vocabulary.with_terms([("PostgreSQL", ["pg16"])])
    assert own.names_in("Our stack: pg16") == ("PostgreSQL",)
    assert len(own) == len(VOCABULARY)


@pytest.mark.parametrize("name", ["", "   ", "++", "x" * 81])
def test_a_persons_term_needs_a_real_name(name: str) -> None:
    with pytest.raises(InvalidInput) as problem:
        Vocabulary.with_terms([(name, [])])
    assert problem.value.field == "skills"
    assert "\n" not in str(problem.value)
