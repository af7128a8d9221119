"""The Check-in page: a mood in words, the WHO-5, a kind reply, and never a diagnosis."""

import pytest
from fastapi.testclient import TestClient

from nextyes.domain.wellbeing import WHO5_ITEMS, WHO5_SCALE
from nextyes.services.wellbeing import check_in, take_who5, wellbeing_history
from nextyes.services.workspace import Workspace
from tests.web.conftest import says

DIAGNOSTIC_WORDS = ("depress", "disorder", "symptom", "patient", "suffer", "illness")


def names_nothing(page: str) -> bool:
    """No diagnostic word; "diagnosis" only in "not a diagnosis"."""
    text = page.lower()
    return not any(word in text for word in DIAGNOSTIC_WORDS) and text.count(
        "diagnos"
    ) == text.count("not a diagnosis")


def answers(*values: int) -> dict[str, str]:
    return {f"q{n}": str(v) for n, v in enumerate(values, start=1)}


def test_the_page_asks_in_words_and_labels_every_choice(client: TestClient) -> None:
    response = client.get("/checkin")
    assert response.status_code == 200
    html = response.text
    assert "<title>Check-in · NextYes</title>" in html
    for words in ("Very low", "Low", "In between", "Good", "Very good"):
        assert f"· {words}</label>" in html
    assert '<label for="f-note">' in html
    for number, item in enumerate(WHO5_ITEMS, start=1):
        assert f"<legend>{number}. {item}</legend>" in html
    for _, words in WHO5_SCALE:
        assert f"> {words}</label>" in html
    assert "not a diagnosis" in html
    assert "WHO-5 Well-Being Index, World Health Organization, 1998" in html
    assert "Nothing yet." in html


def test_checking_in_shows_the_kind_message_and_lists_it(
    client: TestClient, workspace: Workspace, csrf: str
) -> None:
    response = client.post(
        "/checkin",
        data={"csrf_token": csrf, "mood": "4", "note": "Good call with <b>Priya</b>"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/checkin?done=checkin#result"
    page = client.get(response.headers["location"]).text
    assert "Thank you for checking in. Good to hear" in page
    assert "<strong>Good</strong> (4 of 5)" in page
    assert "Good call with &lt;b&gt;Priya&lt;/b&gt;" in page
    assert "<b>Priya</b>" not in page
    assert "A gentle suggestion" not in page
    [saved] = wellbeing_history(workspace).checkins
    assert (saved.mood, saved.note) == (4, "Good call with <b>Priya</b>")


def test_a_run_of_low_check_ins_brings_a_gentle_suggestion_not_a_label(
    client: TestClient, workspace: Workspace
) -> None:
    check_in(workspace, 1)
    check_in(workspace, 2)
    response = client.post("/checkin", data={"mood": "2"})
    page = response.text
    assert response.status_code == 200
    assert "Hard days are part of a search" in page
    assert "A gentle suggestion" in page
    assert "Your last few check-ins have been low." in page
    assert "Places to turn:" in page
    assert names_nothing(page)
    # The suggestion follows a check-in; it does not greet every visit.
    assert "A gentle suggestion" not in client.get("/checkin").text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "choose how you feel"),
        ({"mood": "6"}, "mood must be from 1 (low) to 5 (good)"),
        ({"mood": "happy"}, "mood must be a whole number"),
        ({"mood": "3", "note": "x" * 2001}, "note is 2,001 characters"),
    ],
)
def test_a_bad_check_in_is_422_and_writes_nothing(
    client: TestClient, workspace: Workspace, data: dict[str, str], message: str
) -> None:
    response = client.post("/checkin", data=data)
    assert response.status_code == 422
    assert says(response.text, message)
    assert 'role="alert"' in response.text
    assert wellbeing_history(workspace).checkins == []


def test_the_first_who5_shows_the_score(client: TestClient, workspace: Workspace) -> None:
    response = client.post("/checkin/who5", data=answers(4, 4, 3, 3, 4), follow_redirects=False)
    assert response.status_code == 303
    page = client.get(response.headers["location"]).text
    assert "Thank you for taking a moment for yourself." in page
    assert "<strong>18 out of 25</strong> (72 out of 100)" in page
    assert "This is your first one." in page
    assert [q.raw_score for q in wellbeing_history(workspace).questionnaires] == [18]


def test_a_who5_shows_the_change_since_last_time(client: TestClient, workspace: Workspace) -> None:
    take_who5(workspace, (3, 3, 3, 3, 3))
    page = client.post("/checkin/who5", data=answers(4, 4, 4, 4, 3)).text
    assert "<strong>19 out of 25</strong> (76 out of 100)" in page
    assert "Your score is 16 points higher than last time, a real change." in page

    small = client.post("/checkin/who5", data=answers(4, 4, 4, 4, 4)).text
    assert "4 points higher than last time" in small


def test_a_low_who5_suggests_talking_to_someone_without_a_diagnosis(
    client: TestClient,
) -> None:
    page = client.post("/checkin/who5", data=answers(1, 2, 1, 2, 2)).text
    assert "Your WHO-5 score is 8 out of 25" in page
    assert "talking with someone can lighten it" in page
    assert names_nothing(page)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (answers(3, 3, 3, 3), "WHO-5 question 5 has no answer yet"),
        (answers(3, 9, 3, 3, 3), "WHO-5 answer 2 must be from 0 to 5"),
        (answers(3, 3, 3, 3) | {"q5": "x"}, "WHO-5 answer 5 must be a whole number"),
    ],
)
def test_a_bad_who5_is_422_keeps_the_answers_and_writes_nothing(
    client: TestClient, workspace: Workspace, data: dict[str, str], message: str
) -> None:
    response = client.post("/checkin/who5", data=data)
    assert response.status_code == 422
    assert says(response.text, message)
    assert response.text.count('value="3" required checked') >= 3
    assert wellbeing_history(workspace).questionnaires == []


def test_posts_without_the_csrf_token_are_refused(
    bare_client: TestClient, workspace: Workspace
) -> None:
    assert bare_client.post("/checkin", data={"mood": "3"}).status_code == 403
    assert bare_client.post("/checkin/who5", data=answers(3, 3, 3, 3, 3)).status_code == 403
    history = wellbeing_history(workspace)
    assert history.checkins == []
    assert history.questionnaires == []
