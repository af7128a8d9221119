"""The fit check: a few plain words on how a person's skills meet a posting's."""

import pytest

from nextyes.skills.finder import SkillsFound, find_skills
from nextyes.skills.fit import FitCheck, fit_check
from nextyes.skills.vocabulary import Vocabulary
from tests.skills import postings

VOCABULARY = Vocabulary.shipped()
SEVEN = ("Python", "SQL", "Docker", "Kubernetes", "Terraform", "Git", "Linux")


def check(
    have: list[str],
    required: tuple[str, ...],
    nice: tuple[str, ...] = (),
    learn: tuple[str, ...] = (),
) -> FitCheck:
    return fit_check(have, SkillsFound(required, nice), learn, VOCABULARY)


def test_the_summary_states_what_was_found() -> None:
    result = check(
        ["python", "Postgres SQL", "docker", "git", "Linux"],  # typed as a person types
        SEVEN,
        learn=("terraform",),
    )
    assert result.scale == "partial"
    assert result.matched_required == ("Python", "SQL", "Docker", "Git", "Linux")
    assert result.missing_required == ("Kubernetes", "Terraform")
    assert result.missing_but_learning == ("Terraform",)
    assert result.summary == (
        "Of the 7 skills this posting asks for, 5 are on your list (not yet: Kubernetes,"
        " Terraform); Terraform is already on your to-learn list."
    )


@pytest.mark.parametrize(
    ("have", "scale"),
    [
        (SEVEN, "close"),
        (SEVEN[:6], "close"),  # all but one
        (SEVEN[:4], "partial"),  # at least half
        (SEVEN[:3], "far"),
        ((), "far"),
    ],
)
def test_the_scale_follows_the_required_skills(have: tuple[str, ...], scale: str) -> None:
    assert check(list(have), SEVEN).scale == scale


def test_all_but_one_of_two_is_not_close() -> None:
    assert check(["Python"], ("Python", "SQL")).scale == "partial"


def test_nice_to_haves_nudge_by_one_step_at_most() -> None:
    nice = ("Kafka", "Airflow")
    # One more required skill would make it "partial"; the nice-to-haves lift it there.
    assert check(["Python", "Kafka"], SEVEN[:4], nice).scale == "partial"
    assert check(["Python"], SEVEN[:4], nice).scale == "far"
    # Never more than a step: with one of three, one more would make it "close".
    assert check(["Python", "Kafka", "Airflow"], SEVEN[:3], nice).scale == "partial"
    # Having none of them lowers an incomplete "close", never a complete one.
    assert check(list(SEVEN[:6]), SEVEN, nice).scale == "partial"
    assert check(list(SEVEN), SEVEN, nice).scale == "close"


def test_nice_to_haves_alone_never_decide_far() -> None:
    nice = ("Kafka", "Airflow", "dbt")
    assert check([], (), nice).scale == "partial"
    assert check(["dbt"], (), nice).scale == "close"


def test_a_posting_with_no_skills_we_recognise_is_unknown() -> None:
    result = check(["Python"], ())
    assert result.scale == "unknown"
    assert "nothing to compare" in result.summary


def test_unknown_skills_compare_as_typed() -> None:
    result = check(["Guidewire Policycenter", "knitting"], ("guidewire policycenter",))
    assert result.matched_required == ("guidewire policycenter",)


def test_the_to_learn_list_is_read_through_the_vocabulary() -> None:
    result = check(["Excel"], ("Excel", "Kubernetes"), ("Apache Kafka",), ("k8s, kafka",))
    assert result.missing_but_learning == ("Kubernetes", "Apache Kafka")
    assert result.summary.endswith(
        "; Kubernetes and Apache Kafka are already on your to-learn list."
    )


def test_a_real_posting_and_a_persons_words() -> None:
    found = find_skills(postings.DUTCH, VOCABULARY)
    have = ["boekhouding", "Exact Online", "MS Excel", "Nederlands", "nauwkeurig"]
    result = fit_check(have, found, ["Power BI"], VOCABULARY)
    assert result.missing_required == ("Communication",)
    assert result.missing_but_learning == ("Power BI",)
    # One required skill short, and none of the six nice-to-haves: one step down.
    assert result.scale == "partial"
    with_one_nice = fit_check([*have, "crediteurenadministratie"], found, [], VOCABULARY)
    assert with_one_nice.matched_nice == ("Accounts payable",)
    assert with_one_nice.scale == "close"


@pytest.mark.parametrize(
    ("have", "required", "nice"),
    [
        ([], SEVEN, ("Kafka",)),
        (list(SEVEN), SEVEN, ()),
        (["Python"], ("Python",), ()),
        ([], ("Python",), ()),
        ([], (), ("Kafka", "dbt")),
        ([], (), ()),
    ],
)
def test_the_summary_is_one_kind_plain_sentence(
    have: list[str], required: tuple[str, ...], nice: tuple[str, ...]
) -> None:
    summary = check(have, required, nice).summary
    assert "%" not in summary
    assert "lack" not in summary.lower()
    assert "missing" not in summary.lower()
    assert summary.endswith(".")
    assert summary.count(".") == 1
    assert summary[0].isupper()
