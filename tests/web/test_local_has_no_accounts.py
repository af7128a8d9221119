"""Local mode stays as simple as it was: no sign-in, and no account pages to find."""

from fastapi.testclient import TestClient


def test_local_mode_has_no_sign_in_pages(client: TestClient) -> None:
    for path in ("/signin", "/signup", "/reset", "/account", "/signup/abc", "/reset/abc"):
        assert client.get(path).status_code == 404, path
    assert client.get("/today").status_code == 200
    assert "Sign out" not in client.get("/today").text
