"""Skills across a search (skills/across.py): what keeps coming up, and the two groups
compared only when each holds enough postings and only for a large difference."""

from nextyes.skills.across import MIN_GROUP, PostingSkills, skills_across


def posting(*names: str, far: bool = False, early: bool = False) -> PostingSkills:
    return PostingSkills(tuple(names), went_far=far, stopped_early=early)


def test_skills_coming_up_are_counted_once_a_posting_and_marked() -> None:
    found = skills_across(
        [
            posting("SQL", "Python", "SQL"),
            posting("SQL", "Tableau"),
            posting("SQL", "Python", "dbt"),
            posting("Excel"),
        ],
        yours=["sql"],
        learning=["dbt", "Python"],
    )
    assert found.postings == 4
    assert [(s.name, s.postings) for s in found.common] == [("SQL", 3), ("Python", 2)]
    sql, python = found.common
    assert (sql.yours, sql.learning) == (True, False)
    assert (python.yours, python.learning) == (False, True)


def test_the_groups_are_not_compared_until_each_holds_enough() -> None:
    few = [posting("SQL", far=True)] * (MIN_GROUP - 1) + [posting("Excel", early=True)] * 5
    found = skills_across(few, yours=[], learning=[])
    assert not found.compared
    assert found.more_where_far == ()
    assert found.more_where_early == ()


def test_only_a_large_difference_between_the_groups_is_named() -> None:
    far = [
        posting("SQL", "Stakeholder management", far=True),
        posting("SQL", "Stakeholder management", far=True),
        posting("SQL", "Python", far=True),
    ]
    early = [
        posting("SQL", "Excel", early=True),
        posting("SQL", "Excel", early=True),
        posting("SQL", "Python", early=True),
    ]
    found = skills_across(far + early, yours=[], learning=[])
    assert found.compared
    assert found.more_where_far == ("Stakeholder management",)
    assert found.more_where_early == ("Excel",)  # SQL and Python: the same in both
