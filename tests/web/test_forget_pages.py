"""Delete all my data, in the browser and the API: Settings leads to a page that says what
goes and asks for the word; a wrong word deletes nothing, the right one deletes everything
and says so kindly; the API does the same with DELETE /api/v1/data."""

import html
import re
import shutil

from fastapi.testclient import TestClient

from nextyes.config import Settings
from nextyes.services.demo import is_empty
from nextyes.services.workspace import Workspace
from tests.forget_helpers import fill, rows_of
from tests.web.conftest import says

PAGE = "/settings/delete-everything"


def test_settings_leads_to_a_page_that_says_what_goes(client: TestClient) -> None:
    settings = client.get("/settings").text
    assert f'href="{PAGE}"' in settings
    page = client.get(PAGE)
    assert page.status_code == 200
    for words in ("for good", "cannot be undone", "private writing", "Everything in the trash",
                  "backups in NextYes", 'type "delete everything"', "Keep my data"):  # fmt: skip
        assert words in html.unescape(page.text), words
    assert 'name="csrf_token"' in page.text
    assert 'name="idempotency_key"' in page.text


def form(client: TestClient, typed: str) -> dict[str, str]:
    page = client.get(PAGE).text
    fields = dict(re.findall(r'name="(csrf_token|idempotency_key)" value="([^"]*)"', page))
    return {**fields, "confirm": typed}


def test_a_wrong_word_deletes_nothing(bare_client: TestClient, workspace: Workspace) -> None:
    fill(workspace, "canary-wrong-word")
    before = rows_of(workspace)
    for typed, said in (("", 'type "delete everything"'), ("delete", "that was not")):
        answer = bare_client.post(PAGE, data=form(bare_client, typed))
        assert answer.status_code == 422
        assert says(html.unescape(answer.text), said), answer.text
        assert 'aria-invalid="true"' in answer.text
    assert rows_of(workspace) == before


def test_without_the_token_nothing_is_deleted(
    bare_client: TestClient, workspace: Workspace
) -> None:
    fill(workspace, "canary-no-token")
    before = rows_of(workspace)
    answer = bare_client.post(PAGE, data={"confirm": "delete everything"})
    assert answer.status_code == 403
    assert rows_of(workspace) == before


def test_the_right_word_deletes_everything_and_says_so(
    bare_client: TestClient, workspace: Workspace, settings: Settings
) -> None:
    fill(workspace, "canary-right-word")
    backups = settings.home / "backups"
    backups.mkdir()
    shutil.copy(settings.home / "nextyes.db", backups / "nextyes-2026-03-15.db")
    answer = bare_client.post(PAGE, data=form(bare_client, "delete everything"))
    assert answer.status_code == 200
    assert "Your data is deleted" in answer.text
    assert "1 application" in answer.text
    assert "1 piece of private writing" in answer.text
    assert "1 backup from the data folder" in answer.text
    assert "keeps no trace" in answer.text
    assert is_empty(workspace)
    assert not list(backups.iterdir())
    # The app opens as on a first run.
    assert bare_client.get("/today").status_code == 200


def test_the_api_deletes_everything_only_with_the_word(
    client: TestClient, workspace: Workspace
) -> None:
    fill(workspace, "canary-api")
    before = rows_of(workspace)
    wrong = client.request("DELETE", "/api/v1/data", json={"confirm": "yes"})
    assert wrong.status_code == 422
    assert wrong.json()["detail"].startswith('confirm: must be "delete everything"')
    missing = client.request("DELETE", "/api/v1/data", json={})
    assert missing.status_code == 422
    assert rows_of(workspace) == before
    done = client.request("DELETE", "/api/v1/data", json={"confirm": "delete everything"})
    assert done.status_code == 200
    body = done.json()
    assert body["rows"] == sum(body["removed"].values()) > 30
    assert "1 application" in body["summary"]
    assert body["scrubbed"] is True
    assert is_empty(workspace)
