"""Hosted mode's sign-in pages (docs/hosting.md): sign in and out, make an account from an
invitation (or by a link mailed to any address, with open sign-up), reset a forgotten
password, and the Account page (password, where you are signed in, sign out everywhere).
In local mode none of these exist: every one answers 404."""

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, BackgroundTasks, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from nextyes.domain.accounts import device_name
from nextyes.domain.errors import InvalidInput
from nextyes.services import mailer
from nextyes.services.accounts import DELETE_WORDS, TOKEN_DAYS, TOKEN_DAYS_DEFAULT, Accounts
from nextyes.web.deps import SettingsDep
from nextyes.web.identity import SESSION_COOKIE, VISITOR_COOKIE, cookie_options, who_is
from nextyes.web.templating import redirect, render

router = APIRouter(include_in_schema=False)
SIGNED_OUT = "You are signed out."
CHECK_INBOX = (
    "We have sent an email to {email}: open the link in it to go on. Nothing there after a"
    " few minutes? Look in the spam folder."
)
RESET_SENT = (
    "If {email} has an account here, a link to set a new password is on its way to it. It"
    " works for one hour."
)


def accounts(request: Request) -> Accounts:
    if not request.app.state.settings.hosted():
        raise HTTPException(status_code=404)
    found: Accounts = request.app.state.accounts
    return found


def device(request: Request) -> str:
    return device_name(request.headers.get("user-agent", "")[:500])


def origin(request: Request) -> str:
    """Where a request comes from, for throttling (behind a proxy, uvicorn's
    --forwarded-allow-ips makes this the visitor's address, not the proxy's)."""
    return request.client.host if request.client else "unknown"


def safe_next(target: str) -> str:
    """Only a path on this site: a link to /signin?next=https://elsewhere goes nowhere."""
    if target.startswith("/") and not target.startswith(("//", "/\\")) and "\n" not in target:
        return target
    return "/today"


def signed_in_to(request: Request, token: str, target: str) -> Response:
    response = redirect(safe_next(target))
    days: int = request.app.state.settings.session_days
    response.set_cookie(SESSION_COOKIE, token, max_age=days * 86400, **cookie_options(request))  # type: ignore[arg-type]
    response.delete_cookie(VISITOR_COOKIE, path="/")
    return response


def page(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    settings = request.app.state.settings
    values = {"signup": settings.signup, "errors": {}, **context}
    return render(request, name, values, status_code=status)


# Signing in and out ------------------------------------------------------------------------


@router.get("/signin", response_class=HTMLResponse)
def sign_in_page(request: Request, next: str = "/today") -> Response:
    accounts(request)
    if who_is(request) is not None:
        return redirect(safe_next(next))
    return page(request, "signin.html", {"email": "", "next": safe_next(next)})


@router.post("/signin", response_class=HTMLResponse)
def sign_in(
    request: Request,
    email: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/today",
) -> Response:
    try:
        token = accounts(request).sign_in(email, password, origin(request), device(request))
    except InvalidInput as problem:
        context = {"email": email[:320], "next": safe_next(next), "errors": {"": str(problem)}}
        return page(request, "signin.html", context, status=422)
    return signed_in_to(request, token, next)


@router.post("/signout")
def sign_out(request: Request) -> Response:
    who = who_is(request)
    if who is not None:
        accounts(request).sign_out(who)
    return signed_out(SIGNED_OUT)


def signed_out(flash: str) -> Response:
    response = redirect("/signin", flash=flash)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


# Making an account -------------------------------------------------------------------------


@router.get("/signup", response_class=HTMLResponse)
def sign_up_page(request: Request) -> Response:
    accounts(request)
    return page(request, "signup.html", {"email": "", "sent": None})


@router.post("/signup", response_class=HTMLResponse)
def sign_up(
    request: Request,
    settings: SettingsDep,
    tasks: BackgroundTasks,
    email: Annotated[str, Form()] = "",
) -> Response:
    found = accounts(request)
    if settings.signup != "open":
        return page(request, "signup.html", {"email": "", "sent": None}, status=403)

    def mail(token: str | None) -> tuple[str, str]:
        if token is None:
            return mailer.already_have_account(settings)
        return mailer.invitation(settings, token)

    return mailed_link(request, tasks, "signup.html", email, found.open_sign_up, mail, CHECK_INBOX)


def mailed_link(
    request: Request,
    tasks: BackgroundTasks,
    template: str,
    email: str,
    ask: Callable[[str], tuple[str, str | None]],
    mail: Callable[[str | None], tuple[str, str] | None],
    said: str,
) -> Response:
    """A form asking for a link by email: the same page whether or not the address has an
    account, and the mail (if any) sent after the answer, so not even the time it takes
    tells them apart."""
    try:
        address, token = ask(email)
    except InvalidInput as problem:
        context = {"email": email[:320], "sent": None, "errors": {"email": str(problem)}}
        return page(request, template, context, status=422)
    letter = mail(token)
    if letter is not None:
        tasks.add_task(mailer.send, request.app.state.settings, address, *letter)
    return page(request, template, {"email": "", "sent": said.format(email=address)})


@router.get("/signup/{token}", response_class=HTMLResponse)
def accept_page(request: Request, token: str) -> Response:
    email = accounts(request).invited_email(token)
    status = 200 if email is not None else 410
    return page(request, "signup_accept.html", {"email": email, "token": token}, status=status)


@router.post("/signup/{token}", response_class=HTMLResponse)
def accept(
    request: Request,
    token: str,
    password: Annotated[str, Form()] = "",
    repeat: Annotated[str, Form()] = "",
) -> Response:
    found = accounts(request)
    email = found.invited_email(token)
    if email is None:
        return page(request, "signup_accept.html", {"email": None, "token": token}, status=410)
    errors = _new_password_errors(password, repeat)
    if not errors:
        try:
            _, session = found.accept_invite(token, password, device(request))
        except InvalidInput as problem:
            errors = {"password": str(problem)}
        else:
            return signed_in_to(request, session, "/today")
    context = {"email": email, "token": token, "errors": errors}
    return page(request, "signup_accept.html", context, status=422)


def _new_password_errors(password: str, repeat: str) -> dict[str, str]:
    if password != repeat:
        return {"repeat": "the two passwords are not the same"}
    return {}


# A forgotten password ----------------------------------------------------------------------


@router.get("/reset", response_class=HTMLResponse)
def reset_page(request: Request) -> Response:
    accounts(request)
    return page(request, "reset.html", {"email": "", "sent": None})


@router.post("/reset", response_class=HTMLResponse)
def reset(
    request: Request,
    settings: SettingsDep,
    tasks: BackgroundTasks,
    email: Annotated[str, Form()] = "",
) -> Response:
    found = accounts(request)

    def mail(token: str | None) -> tuple[str, str] | None:
        return mailer.reset(settings, token) if token is not None else None

    return mailed_link(request, tasks, "reset.html", email, found.request_reset, mail, RESET_SENT)


@router.get("/reset/{token}", response_class=HTMLResponse)
def new_password_page(request: Request, token: str) -> Response:
    live = accounts(request).reset_is_live(token)
    return page(request, "reset_new.html", {"live": live, "token": token}, 200 if live else 410)


@router.post("/reset/{token}", response_class=HTMLResponse)
def new_password(
    request: Request,
    token: str,
    password: Annotated[str, Form()] = "",
    repeat: Annotated[str, Form()] = "",
) -> Response:
    found = accounts(request)
    errors = _new_password_errors(password, repeat)
    if not errors:
        try:
            found.reset_password(token, password)
        except InvalidInput as problem:
            errors = {"password": str(problem)}
        else:
            return redirect("/signin", flash="Your new password is set. Sign in with it.")
    live = found.reset_is_live(token)
    context = {"live": live, "token": token, "errors": errors}
    return page(request, "reset_new.html", context, status=422 if live else 410)


# The Account page --------------------------------------------------------------------------


@router.get("/account", response_class=HTMLResponse)
def account_page(
    request: Request,
    errors: dict[str, str] | None = None,
    new_token: str | None = None,
    token_name: str = "",
    token_error: str | None = None,
    adviser_link: str | None = None,
    delete_errors: dict[str, str] | None = None,
    delete_confirm: str = "",
) -> Response:
    found = accounts(request)
    who = who_is(request)
    if who is None:  # the gate lets no visitor this far; kept for safety
        return redirect("/signin")
    context = {
        "active": "/account",
        "email": found.email_of(who.user_id),
        "sessions": found.sessions(who),
        "tokens": found.api_tokens(who),
        "token_days": TOKEN_DAYS,
        "token_days_default": TOKEN_DAYS_DEFAULT,
        "now": found.clock.now(),
        "new_token": new_token,
        "token_name": token_name,
        "token_error": token_error,
        "errors": errors or {},
        "delete_errors": delete_errors or {},
        "delete_confirm": delete_confirm,
        "delete_words": DELETE_WORDS,
        **_adviser_context(request, who.user_id, adviser_link),
    }
    failed = errors or token_error or delete_errors
    return page(request, "account.html", context, status=422 if failed else 200)


@router.post("/account/password", response_class=HTMLResponse)
def change_password(
    request: Request,
    current: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
    repeat: Annotated[str, Form()] = "",
) -> Response:
    found, who = accounts(request), who_is(request)
    if who is None:
        return redirect("/signin")
    errors = _new_password_errors(password, repeat)
    if not errors:
        try:
            ended = found.change_password(who, current, password)
        except InvalidInput as problem:
            field = "current" if "current" in str(problem) else "password"
            errors = {field: str(problem)}
        else:
            elsewhere = f" and signed out {_count(ended)} elsewhere" if ended else ""
            return redirect("/account", flash=f"Password changed{elsewhere}.")
    return account_page(request, errors)


@router.post("/account/sessions/{key}/end")
def end_session(request: Request, key: str) -> Response:
    found, who = accounts(request), who_is(request)
    if who is None or not found.end_one_session(who, key):
        raise HTTPException(status_code=404)
    if key == who.session_key:
        return signed_out(SIGNED_OUT)
    return redirect("/account", flash="That browser is signed out.")


@router.post("/account/sign-out-everywhere")
def sign_out_everywhere(request: Request) -> Response:
    found, who = accounts(request), who_is(request)
    if who is None:
        return redirect("/signin")
    found.sign_out_everywhere(who)
    return signed_out("You are signed out everywhere, this browser too.")


@router.post("/account/tokens", response_class=HTMLResponse)
def create_token(
    request: Request,
    name: Annotated[str, Form()] = "",
    days: Annotated[str, Form()] = str(TOKEN_DAYS_DEFAULT),
) -> Response:
    """The new token is on this answer's page, once: it is not kept, so it cannot be shown
    again (no redirect to a page that would have to)."""
    found, who = accounts(request), who_is(request)
    if who is None:
        return redirect("/signin")
    try:
        if not days.strip().isdigit():
            raise InvalidInput(f"how long it lasts must be a number of days, not {days[:20]!r}")
        token = found.create_api_token(who, name, int(days))
    except InvalidInput as problem:
        return account_page(request, token_name=name[:100], token_error=str(problem))
    return account_page(request, new_token=token)


@router.post("/account/delete", response_class=HTMLResponse)
def delete_account(
    request: Request,
    password: Annotated[str, Form()] = "",
    confirm: Annotated[str, Form()] = "",
) -> Response:
    found, who = accounts(request), who_is(request)
    if who is None:
        return redirect("/signin")
    try:
        found.delete_account(who, password, confirm)
    except InvalidInput as problem:
        field = "delete-password" if "password" in str(problem) else "delete-confirm"
        return account_page(
            request, delete_errors={field: str(problem)}, delete_confirm=confirm[:40]
        )
    return signed_out("Your account is deleted, with everything that was in it.")


@router.post("/account/tokens/{key}/revoke")
def revoke_token(request: Request, key: str) -> Response:
    found, who = accounts(request), who_is(request)
    if who is None or not found.revoke_api_token(who, key):
        raise HTTPException(status_code=404)
    return redirect("/account", flash="The token is revoked: nothing can use it any more.")


def _adviser_context(request: Request, me: int, link: str | None) -> dict[str, Any]:
    from nextyes.domain.advisers import SHARE_WORDS
    from nextyes.services.advisers import Advisers

    ws = request.app.state.workspace
    found = Advisers(ws.db, ws.clock)
    return {
        "advisers": found.advisers_of(me),
        "adviser_notes": found.notes_for(me),
        "adviser_looks": found.looks_at(me),
        "adviser_link": link,
        "share_words": SHARE_WORDS,
        "caseload_size": len(found.caseload_ids(me)),
    }


def _count(sessions: int) -> str:
    return "1 browser" if sessions == 1 else f"{sessions} browsers"
