"""Reading and writing hosted mode's account rows (store/account_tables.py). Tokens come in
as they are sent; only their SHA-256 is looked up or kept."""

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from nextyes.store.account_tables import (
    AccountLinkRow,
    AccountRow,
    ApiTokenRow,
    SignInFailureRow,
    WebSessionRow,
)
from nextyes.store.database import LOCAL_OWNER
from nextyes.store.tables import User

# A session seen again within this long is not written to again: one write per browser per
# few minutes, not one per request.
TOUCH_EVERY = timedelta(minutes=5)
# Says what a token is at a glance (and lets secret scanners find one pasted by mistake).
API_TOKEN_PREFIX = "nyt_"


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(32)


def account_by_email(session: Session, email: str) -> AccountRow | None:
    return session.scalars(select(AccountRow).where(AccountRow.email == email)).first()


def account_of(session: Session, user_id: int) -> AccountRow | None:
    return session.get(AccountRow, user_id)


def new_user_for_account(session: Session, now: datetime) -> int:
    """The users row a new account's data hangs on. The first account of all takes over the
    data already there (a local database moved to hosted mode); later ones start empty."""
    if session.scalar(select(func.count()).select_from(AccountRow)) == 0:
        local = session.scalar(select(User.id).where(User.name == LOCAL_OWNER))
        if local is not None:
            return local
    user = User(name=f"account-{secrets.token_hex(8)}", created_at=now)
    session.add(user)
    session.flush()
    return user.id


def add_link(session: Session, purpose: str, email: str, now: datetime, lasts: timedelta) -> str:
    token = new_token()
    session.add(
        AccountLinkRow(
            id=digest(token), purpose=purpose, email=email, created_at=now, expires_at=now + lasts
        )
    )
    return token


def live_link(session: Session, token: str, purpose: str, now: datetime) -> AccountLinkRow | None:
    """The unspent, unexpired link of this purpose the token opens, locked for spending."""
    row = session.scalars(
        select(AccountLinkRow).where(AccountLinkRow.id == digest(token)).with_for_update()
    ).first()
    if row is None or row.purpose != purpose or row.used_at is not None:
        return None
    return row if aware(row.expires_at) > now else None


def spend_links(session: Session, email: str, purpose: str, now: datetime) -> None:
    """Every open link of this kind for the address is spent: one use ends them all."""
    session.execute(
        update(AccountLinkRow)
        .where(
            AccountLinkRow.email == email,
            AccountLinkRow.purpose == purpose,
            AccountLinkRow.used_at.is_(None),
        )
        .values(used_at=now)
    )


def add_session(
    session: Session, user_id: int, now: datetime, lasts: timedelta, device: str
) -> str:
    token = new_token()
    session.add(
        WebSessionRow(
            id=digest(token),
            user_id=user_id,
            created_at=now,
            last_seen_at=now,
            expires_at=now + lasts,
            device=device,
        )
    )
    return token


def live_session(session: Session, token: str, now: datetime) -> WebSessionRow | None:
    row = session.get(WebSessionRow, digest(token))
    if row is None:
        return None
    if aware(row.expires_at) <= now:
        session.delete(row)
        return None
    if now - aware(row.last_seen_at) > TOUCH_EVERY:
        row.last_seen_at = now
    return row


def sessions_of(session: Session, user_id: int, now: datetime) -> list[WebSessionRow]:
    return list(
        session.scalars(
            select(WebSessionRow)
            .where(WebSessionRow.user_id == user_id, WebSessionRow.expires_at > now)
            .order_by(WebSessionRow.last_seen_at.desc())
        )
    )


def end_sessions(session: Session, user_id: int, keep: str | None = None) -> int:
    """End the person's sessions, all of them or all but the one `keep` (a row id)."""
    statement = delete(WebSessionRow).where(WebSessionRow.user_id == user_id)
    if keep is not None:
        statement = statement.where(WebSessionRow.id != keep)
    return int(getattr(session.execute(statement), "rowcount", 0) or 0)


def end_session(session: Session, key: str, user_id: int) -> bool:
    result = session.execute(
        delete(WebSessionRow).where(WebSessionRow.id == key, WebSessionRow.user_id == user_id)
    )
    return bool(getattr(result, "rowcount", 0))


def add_api_token(
    session: Session, user_id: int, name: str, now: datetime, lasts: timedelta
) -> str:
    token = API_TOKEN_PREFIX + new_token()
    session.add(
        ApiTokenRow(
            id=digest(token), user_id=user_id, name=name, created_at=now, expires_at=now + lasts
        )
    )
    return token


def api_token_user(session: Session, token: str, now: datetime) -> int | None:
    row = session.get(ApiTokenRow, digest(token))
    if row is None or (row.expires_at is not None and aware(row.expires_at) <= now):
        return None
    if row.last_used_at is None or now - aware(row.last_used_at) > TOUCH_EVERY:
        row.last_used_at = now
    return row.user_id


def api_tokens_of(session: Session, user_id: int) -> list[ApiTokenRow]:
    return list(
        session.scalars(
            select(ApiTokenRow)
            .where(ApiTokenRow.user_id == user_id)
            .order_by(ApiTokenRow.created_at.desc())
        )
    )


def drop_api_token(session: Session, key: str, user_id: int) -> bool:
    result = session.execute(
        delete(ApiTokenRow).where(ApiTokenRow.id == key, ApiTokenRow.user_id == user_id)
    )
    return bool(getattr(result, "rowcount", 0))


def failures(session: Session, key: str, since: datetime) -> list[datetime]:
    found = session.scalars(
        select(SignInFailureRow.failed_at).where(
            SignInFailureRow.key == key, SignInFailureRow.failed_at > since
        )
    )
    return [aware(moment) for moment in found]


def add_failure(session: Session, key: str, now: datetime) -> None:
    session.add(SignInFailureRow(key=key, failed_at=now))


def forget_failures(session: Session, key: str, before: datetime | None = None) -> None:
    statement = delete(SignInFailureRow).where(SignInFailureRow.key == key)
    if before is not None:
        statement = statement.where(SignInFailureRow.failed_at < before)
    session.execute(statement)


def aware(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes for timezone-aware columns; they were written in UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def delete_user(session: Session, user_id: int) -> None:
    """The person's row; their account, sessions, tokens, links to advisers (both ways) and
    background imports go with it (ON DELETE CASCADE). Their search must be deleted first."""
    session.execute(delete(User).where(User.id == user_id))
