"""The Check-in page: a mood in words, the WHO-5, a kind reply, and never a diagnosis."""

import re

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


# ---- corrections: every check-in with Edit and Delete, every WHO-5 with Delete ------------


def problems_listed(html: str) -> dict[str, str]:
    return dict(re.findall(r'<li><a href="#f-([\w-]+)">([^<]*)</a></li>', html))


def undo_of(html: str) -> str:
    [trash_id] = re.findall(r'action="/trash/(\d+)/restore"', html)
    return str(trash_id)


def test_both_problems_of_a_check_in_are_shown_at_once(
    client: TestClient, workspace: Workspace
) -> None:
    answer = client.post("/checkin", data={"mood": "", "note": "x" * 2001})
    assert answer.status_code == 422
    assert set(problems_listed(answer.text)) == {"mood", "note"}
    assert 'id="f-mood"' in answer.text  # the summary's link lands on the first choice
    assert wellbeing_history(workspace).checkins == []


def test_every_unanswered_who5_question_is_named_at_once(client: TestClient) -> None:
    answer = client.post("/checkin/who5", data={"q1": "3", "q3": "4"})
    assert answer.status_code == 422
    assert set(problems_listed(answer.text)) == {"q2", "q4", "q5"}


def test_a_check_in_is_corrected_in_place(client: TestClient, workspace: Workspace) -> None:
    first = check_in(workspace, 2, "rough day").checkin
    page = client.get("/checkin").text
    assert f'action="/checkin/{first.id}/edit"' in page
    assert f'id="f-checkin-{first.id}-mood"' in page

    saved = client.post(
        f"/checkin/{first.id}/edit",
        data={"mood": "3", "note": "better by evening"},
        follow_redirects=False,
    )
    assert saved.status_code == 303
    assert saved.headers["location"] == f"/checkin#checkin-{first.id}"
    [corrected] = wellbeing_history(workspace).checkins
    assert (corrected.id, corrected.mood, corrected.note) == (first.id, 3, "better by evening")
    assert corrected.checked_at == first.checked_at  # when it was made stays
    assert "Check-in corrected." in client.get(saved.headers["location"]).text


def test_a_correction_with_problems_shows_them_beside_that_check_in(
    client: TestClient, workspace: Workspace
) -> None:
    first = check_in(workspace, 2, "rough day").checkin
    answer = client.post(f"/checkin/{first.id}/edit", data={"mood": "7", "note": "x" * 2001})
    assert answer.status_code == 422
    key = f"checkin-{first.id}"
    assert set(problems_listed(answer.text)) == {f"{key}-mood", f"{key}-note"}
    assert f'<li class="record" id="{key}">' in answer.text
    assert '<details class="edit" open>' in answer.text
    [same] = wellbeing_history(workspace).checkins
    assert (same.mood, same.note) == (2, "rough day")


def test_deleting_a_check_in_offers_undo(client: TestClient, workspace: Workspace) -> None:
    first = check_in(workspace, 4, "good call").checkin
    page = client.post(f"/delete/checkin/{first.id}", data={"next": "/checkin#history"}).text
    assert "Deleted: Check-in: mood 4 of 5." in page
    assert wellbeing_history(workspace).checkins == []
    client.post(f"/trash/{undo_of(page)}/restore", data={"next": "/checkin"})
    assert [c.id for c in wellbeing_history(workspace).checkins] == [first.id]


def test_the_who5_history_says_each_change_in_words_and_deletes(
    client: TestClient, workspace: Workspace
) -> None:
    take_who5(workspace, (3, 3, 3, 3, 3))  # 60
    take_who5(workspace, (3, 3, 3, 3, 4))  # 64: a small change
    newest = take_who5(workspace, (2, 2, 2, 2, 2)).questionnaire  # 40: a real one
    page = client.get("/checkin").text
    assert "24 points lower than the one before: a real change." in page
    assert "4 points higher than the one before: within the usual ups and downs." in page
    assert "The first you took." in page
    assert page.index("24 points lower") < page.index("4 points higher")  # newest first
    assert "2026-03-16" not in page.replace('datetime="2026-03-16"', "")  # one date style
    assert "Mon 16 Mar 2026" in page

    gone = client.post(f"/delete/who5/{newest.id}", data={"next": "/checkin#history"}).text
    assert "Deleted: WHO-5: 10 of 25." in gone
    assert [q.percent for q in wellbeing_history(workspace).questionnaires] == [64, 60]


def test_nobody_elses_check_ins_can_be_reached(client: TestClient, workspace: Workspace) -> None:
    other = Workspace(workspace.db, workspace.db.owner_id("someone-else"), workspace.clock)
    theirs = check_in(other, 1, "their own words").checkin
    who5 = take_who5(other, (1, 1, 1, 1, 1)).questionnaire
    assert client.post(f"/checkin/{theirs.id}/edit", data={"mood": "5"}).status_code == 404
    assert client.post(f"/delete/checkin/{theirs.id}").status_code == 404
    assert client.post(f"/delete/who5/{who5.id}").status_code == 404
    [same] = wellbeing_history(other).checkins
    assert (same.mood, same.note) == (1, "their own words")
    assert len(wellbeing_history(other).questionnaires) == 1
    assert "their own words" not in client.get("/checkin").text
