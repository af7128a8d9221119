"""Schemathesis against the real API: every operation, generated requests (valid and not),
on a fresh SQLite file holding the demo search, with the CSRF token.

It must find no server error, and every response must match the OpenAPI schema (status,
content type, headers, body). The run is deterministic (fixed seed, no example database)
and small enough to finish in a minute or two."""

import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import strategies as st
from schemathesis.config import SchemathesisConfig

from nextyes.clock import FixedClock
from nextyes.config import Settings
from nextyes.services.demo import load_demo
from nextyes.web.api.fields import MAX_INT
from nextyes.web.app import create_app
from nextyes.web.csrf import token_for
from tests.conftest import TODAY

BASE_URL = "http://127.0.0.1"  # the app answers only to local host names

CONFIG = SchemathesisConfig.from_dict(
    {
        "seed": 20260316,
        "generation": {"max-examples": 200, "deterministic": True, "database": "none"},
        "checks": {
            # The schema says what a request looks like, not every rule: a move backwards
            # or a date in the future fits the schema and is still refused, with 422.
            "positive_data_acceptance": {"expected-statuses": ["2xx", "404", "409", "422"]},
            # A generated body can be larger than the 4 MB cap: 413 rejects it as surely as
            # 400 or 422 (schemathesis' own list, with 413; a 5xx fails not_a_server_error).
            "negative_data_rejection": {
                "expected-statuses": [
                    *("400", "401", "403", "404", "405", "406", "409", "413", "415"),
                    *("422", "428", "429"),
                ]
            },
        },
    }
)


def make_app(home: Path) -> FastAPI:
    settings = Settings(home=home, database_url=None, secret_key=None)
    return create_app(settings, clock=FixedClock.on(TODAY))


def served_openapi() -> dict[str, Any]:
    """The document the app serves at /api/v1/openapi.json (it holds no data, so a
    throwaway app gives the same one); pytest needs it to name one test per operation."""
    with tempfile.TemporaryDirectory() as home:
        app = make_app(Path(home))
        try:
            return app.openapi()
        finally:
            app.state.workspace.db.dispose()


schema = schemathesis.openapi.from_dict(served_openapi(), config=CONFIG)
# The demo's records have small ids; half the generated ids are drawn from them, so
# requests reach real records (and their rules), not only "not found".
DEMO_IDS = st.integers(min_value=1, max_value=90)


def with_demo_ids(values: dict[str, Any] | None) -> st.SearchStrategy[Any]:
    if not isinstance(values, dict):
        return st.just(values)
    # Only ids the schema allows: a negative case keeps the value that breaks the schema.
    ids = [
        k for k, v in values.items() if k.endswith("_id") and type(v) is int and 0 < v <= MAX_INT
    ]
    if not ids:
        return st.just(values)
    swapped = st.fixed_dictionaries({k: DEMO_IDS for k in ids}).map(lambda new: values | new)
    return st.one_of(st.just(values), swapped)


@schema.hook
def flatmap_path_parameters(context: Any, path_parameters: dict[str, Any]) -> Any:
    return with_demo_ids(path_parameters)


@schema.hook
def flatmap_body(context: Any, body: Any) -> Any:
    return with_demo_ids(body)


@pytest.fixture(scope="module")
def api_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    app = make_app(tmp_path_factory.mktemp("schemathesis"))
    load_demo(app.state.workspace)
    yield app
    app.state.workspace.db.dispose()


@pytest.fixture(scope="module")
def csrf_header(api_app: FastAPI) -> dict[str, str]:
    owner = api_app.state.workspace.owner_id
    return {"X-CSRF-Token": token_for(api_app.state.secret, owner)}


@pytest.fixture(scope="module")
def tally() -> Iterator[Counter[tuple[str, int]]]:
    """Cases sent, by operation and status; printed at the end (see them with -s)."""
    seen: Counter[tuple[str, int]] = Counter()
    yield seen
    operations = {operation for operation, _ in seen}
    statuses = Counter(f"{status // 100}xx" for (_, status) in seen.elements())
    print(f"\nschemathesis: {len(operations)} operations, {seen.total()} cases, {dict(statuses)}")
    for (operation, status), count in sorted(seen.items()):
        print(f"  {operation:55} {status} x{count}")


def test_the_served_schema_is_the_one_tested(api_app: FastAPI) -> None:
    assert api_app.openapi() == served_openapi()


@schema.parametrize()
def test_api_conforms_to_its_schema(
    case: Any, api_app: FastAPI, csrf_header: dict[str, str], tally: Counter[tuple[str, int]]
) -> None:
    response = case.call_and_validate(app=api_app, base_url=BASE_URL, headers=csrf_header)
    tally[case.operation.label, response.status_code] += 1
