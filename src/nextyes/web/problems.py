"""Errors as people and programs expect them: problem+json under /api, a kind page elsewhere.

Every refusal says in one line what was wrong; nothing is written when a request fails."""

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException
from starlette.routing import Match

from nextyes.domain.errors import InvalidInput, NextYesError, NotFound
from nextyes.services.applications import AlreadyInSearch
from nextyes.services.import_jobs import ImportLimit
from nextyes.web.csrf import CsrfRefused
from nextyes.web.templating import render

PROBLEM_JSON = "application/problem+json"
CSRF_MESSAGE = (
    "this request is missing its security token (the X-CSRF-Token header or the csrf_token"
    " form field); reload the page and try again"
)
TITLES = {
    400: "Bad request",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    409: "Conflict",
    413: "Too large",
    415: "Unsupported media type",
    422: "Invalid input",
    429: "Too many requests",
    500: "Something went wrong",
    503: "Cannot save just now",
}


def is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def problem(
    request: Request, status: int, detail: str, extra: dict[str, Any] | None = None
) -> Response:
    if is_api(request):
        body: dict[str, Any] = {
            "type": "about:blank",
            "title": TITLES.get(status, "Error"),
            "status": status,
            "detail": detail,
        }
        body.update(extra or {})
        return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON)
    return render(
        request,
        "problem.html",
        {"status": status, "title": TITLES.get(status, "Error"), "detail": detail},
        status_code=status,
    )


def _location(loc: tuple[Any, ...] | list[Any]) -> str:
    # ("body", "company") reads as "company"; ("path", "application_id") as "application_id".
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header", "cookie")]
    return ".".join(parts) or "request"


def validation_detail(errors: list[dict[str, Any]]) -> str:
    first = errors[0]
    message = str(first.get("msg", "is not valid")).removeprefix("Value error, ")
    return f"{_location(first.get('loc', ()))}: {message}"


def allowed_methods(request: Request) -> str:
    """Every method served at this path. Starlette's 405 names only the first matching
    route's methods, and a path such as /api/v1/applications has one route per method."""
    routes = request.app.router.routes
    return ", ".join(
        method
        for method in ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")
        if any(
            route.matches({**request.scope, "method": method})[0] is Match.FULL for route in routes
        )
    )


def install(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        errors = [
            {"field": _location(e.get("loc", ())), "message": str(e.get("msg", ""))}
            for e in exc.errors()
        ]
        return problem(request, 422, validation_detail(list(exc.errors())), {"errors": errors})

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return problem(request, 404, str(exc))

    @app.exception_handler(InvalidInput)
    async def invalid_input(request: Request, exc: InvalidInput) -> Response:
        return problem(request, 422, str(exc))

    @app.exception_handler(AlreadyInSearch)
    async def already_there(request: Request, exc: AlreadyInSearch) -> Response:
        similar = [s.application.id for s in exc.similar]
        return problem(request, 409, str(exc), {"similar": similar})

    @app.exception_handler(ImportLimit)
    async def import_limit(request: Request, exc: ImportLimit) -> Response:
        return problem(request, 429, str(exc))

    @app.exception_handler(NextYesError)
    async def refused(request: Request, exc: NextYesError) -> Response:
        return problem(request, 409, str(exc))

    @app.exception_handler(CsrfRefused)
    async def csrf_refused(request: Request, exc: CsrfRefused) -> Response:
        return problem(request, 403, CSRF_MESSAGE)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        detail = exc.detail if isinstance(exc.detail, str) else TITLES.get(exc.status_code, "")
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"there is no page at {request.url.path}"
        response = problem(request, exc.status_code, detail)
        for name, value in (exc.headers or {}).items():
            response.headers[name] = value
        if exc.status_code == 405:
            response.headers["Allow"] = allowed_methods(request)
        return response
