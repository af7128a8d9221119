"""The XSS corpus of test_xss_corpus.py, stored in every text field, on the pages that
correct and show one record: an interview, past jobs, private writing. Nothing runs, and the
person's text shows as they typed it."""

import pytest
from playwright.sync_api import Browser

from tests.browser.conftest import Server
from tests.browser.test_xss_corpus import corpus_server, traces

pytestmark = pytest.mark.browser
__all__ = ["corpus_server"]  # the seeded server, shared with the corpus test's fixture


def test_the_corpus_executes_nowhere_on_the_record_pages(
    browser: Browser, corpus_server: tuple[Server, list[int]]
) -> None:
    server, _ids = corpus_server
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    requests: list[str] = []
    dialogs: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.on("dialog", lambda d: dialogs.append(str(d)))
    api = f"{server.base_url}/api/v1"
    interviews = [i["id"] for i in page.request.get(f"{api}/interviews").json()]
    assert interviews, "the corpus seeds interviews"
    paths = [
        "/calendar",
        "/history",
        "/history/1/edit",
        "/checkin/writing",
        "/checkin/writing/1",
        *[f"/interviews/{i}/edit" for i in interviews],
    ]
    try:
        for path in paths:
            response = page.goto(f"{server.base_url}{path}")
            assert response is not None
            assert response.status == 200, f"{path} answered {response.status}"
            page.wait_for_load_state("networkidle")
            found = traces(page)
            assert found["xss"] is None, f"a payload ran on {path}: window.__xss={found['xss']}"
            assert found["bad"] == [], f"payload markup became live on {path}: {found['bad']}"
            scripts = [str(src) for src in found["scripts"]]  # type: ignore[attr-defined]
            assert all(src.startswith("/static/") for src in scripts), f"{path}: {scripts}"
            assert "49xss-8" not in str(found["text"]), path
        # The entry's own page shows the text as typed.
        page.goto(f"{server.base_url}/checkin/writing/1")
        assert "window.__xss" in str(traces(page)["text"])
    finally:
        context.close()
    assert errors == []
    assert [u for u in requests if "/xss-" in u] == [], "a payload made a request"
    assert dialogs == []
