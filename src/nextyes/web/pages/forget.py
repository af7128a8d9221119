"""Delete all my data: from Settings, a page that says exactly what goes and asks for the
confirmation word, then a page that says it is done (services/forget.py does the work)."""

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse

from nextyes.services.forget import CONFIRM_WORD, forget_everything, summary
from nextyes.web.deps import SettingsDep, WorkspaceDep
from nextyes.web.templating import render

router = APIRouter(include_in_schema=False)
PATH = "/settings/delete-everything"


def wrong_word(typed: str) -> str | None:
    """Why what was typed does not confirm (None: it does). Case and spaces around it are
    forgiven; anything else is not, since this cannot be undone."""
    if typed.strip().lower() == CONFIRM_WORD:
        return None
    if not typed.strip():
        return f'type "{CONFIRM_WORD}" to delete everything; nothing was deleted'
    return f'that was not "{CONFIRM_WORD}", so nothing was deleted'


def confirm_page(request: Request, typed: str = "", error: str | None = None) -> HTMLResponse:
    context: dict[str, Any] = {
        "active": "/settings",
        "word": CONFIRM_WORD,
        "typed": typed,
        "errors": {"confirm": error} if error else {},
    }
    return render(request, "forget.html", context, status_code=422 if error else 200)


@router.get(PATH, response_class=HTMLResponse)
def confirm_everything(request: Request) -> HTMLResponse:
    return confirm_page(request)


@router.post(PATH, response_class=HTMLResponse)
def delete_everything(
    request: Request,
    ws: WorkspaceDep,
    settings: SettingsDep,
    confirm: Annotated[str, Form()] = "",
) -> HTMLResponse:
    error = wrong_word(confirm)
    if error is not None:
        return confirm_page(request, confirm[:100], error)
    done = forget_everything(ws, settings.home)
    context: dict[str, Any] = {
        "active": "/settings",
        "done": done,
        "lines": summary(done.removed),
        "hosted": ws.db.engine.dialect.name != "sqlite",
    }
    return render(request, "forgotten.html", context)
