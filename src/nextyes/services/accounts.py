"""Hosted mode's accounts (docs/hosting.md): invitations, sign-up by a single-use link,
sign-in with throttling, sessions, password changes and resets.

Nothing here tells a caller whether an address has an account: a wrong address and a wrong
password fail alike (and take as long), throttling counts the address typed whether or not
it exists, and asking for a reset or a sign-up link answers the same either way."""

import functools
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.exc import IntegrityError

from nextyes.clock import Clock
from nextyes.config import Settings
from nextyes.domain.accounts import (
    PASSWORD_MAX,
    PER_ACCOUNT,
    PER_ADDRESS,
    email_problem,
    normal_email,
    password_problem,
)
from nextyes.domain.errors import InvalidInput
from nextyes.services.forget import forget_everything
from nextyes.services.workspace import Workspace
from nextyes.store import accounts as store
from nextyes.store.account_tables import AccountRow
from nextyes.store.database import Database

INVITE_DAYS = 7
RESET_HOURS = 1
DEVICE_LIMIT = 200
TOKEN_NAME_MAX = 100
TOKENS_MAX = 20
TOKEN_DAYS = (7, 30, 90, 365)  # what a token may last; a token that never ends is not offered
TOKEN_DAYS_DEFAULT = 90
DELETE_WORDS = "delete my account"  # what a person types to delete their account
# Argon2id with argon2-cffi's defaults (RFC 9106's second recommendation: 64 MiB, 3 passes).
HASHER = PasswordHasher()
NOT_SIGNED_IN = "that email address and password do not match an account"
THROTTLED = (
    "too many sign-in attempts: wait a quarter of an hour, then try again (or reset your password)"
)
LINK_SPENT = "this link has been used or has expired: ask for a new one"


@dataclass(frozen=True)
class ApiToken:
    """A personal access token as its person sees it (never the token itself)."""

    key: str  # the hash it is kept by: what revoking names
    name: str
    made: datetime
    used: datetime | None
    expires: datetime | None  # None for a token made before tokens expired


class Throttled(InvalidInput):
    """Too many failed sign-ins for this address or from this place: none checked now."""


@functools.cache
def common_passwords() -> frozenset[str]:
    """The 30,000 most common passwords, as zxcvbn ships them (read once, on first use)."""
    from zxcvbn.frequency_lists import FREQUENCY_LISTS  # type: ignore[import-untyped]

    return frozenset(FREQUENCY_LISTS["passwords"])


@functools.cache
def _decoy_hash() -> str:
    """A hash to check a password against when the address has no account, so a wrong
    address costs as long as a wrong password."""
    return HASHER.hash("no account has this password")


def checked_password(password: str, email: str) -> str:
    problem = password_problem(password, email, common_passwords())
    if problem is not None:
        raise InvalidInput(problem)
    return HASHER.hash(password)


def checked_email(text: str) -> str:
    problem = email_problem(text)
    if problem is not None:
        raise InvalidInput(problem)
    return normal_email(text)


@dataclass(frozen=True)
class SignedIn:
    """Who a request is from, and which of their sessions it came with."""

    user_id: int
    session_key: str  # the session row's id (the token's hash), never the token


class Accounts:
    """Hosted mode's accounts on one database, on one clock."""

    def __init__(self, db: Database, clock: Clock, session_days: int = 30) -> None:
        self.db = db
        self.clock = clock
        self.session_lasts = timedelta(days=session_days)

    # Invitations and sign-up -------------------------------------------------------------

    def invite(self, email: str) -> str:
        """A single-use sign-up link's token for this address, valid for a week."""
        address = checked_email(email)
        with self.db.transaction() as session:
            if store.account_by_email(session, address) is not None:
                raise InvalidInput(f"{address} has an account already")
            return store.add_link(
                session, "invite", address, self.clock.now(), timedelta(days=INVITE_DAYS)
            )

    def open_sign_up(self, email: str) -> tuple[str, str | None]:
        """For open sign-up: the address, and a sign-up token to send it, or None when the
        address has an account already (the mail then says so, and the page says the same
        either way)."""
        address = checked_email(email)
        with self.db.transaction() as session:
            if store.account_by_email(session, address) is not None:
                return address, None
            lasts = timedelta(days=INVITE_DAYS)
            return address, store.add_link(session, "invite", address, self.clock.now(), lasts)

    def invited_email(self, token: str) -> str | None:
        """The address an unspent invitation is for; None for a spent or unknown link."""
        with self.db.transaction() as session:
            row = store.live_link(session, token, "invite", self.clock.now())
            return row.email if row is not None else None

    def accept_invite(self, token: str, password: str, device: str = "") -> tuple[int, str]:
        """Make the account the invitation is for, and sign it in: (user id, session token)."""
        now = self.clock.now()
        with self.db.transaction(write=True) as session:
            row = store.live_link(session, token, "invite", now)
            if row is None:
                raise InvalidInput(LINK_SPENT)
            hashed = checked_password(password, row.email)
            if store.account_by_email(session, row.email) is not None:
                raise InvalidInput(LINK_SPENT)
            user_id = store.new_user_for_account(session, now)
            session.add(
                AccountRow(
                    user_id=user_id,
                    email=row.email,
                    password_hash=hashed,
                    created_at=now,
                    password_changed_at=now,
                )
            )
            store.spend_links(session, row.email, "invite", now)
            try:
                session.flush()
            except IntegrityError:  # the same link used twice at once: the other won
                raise InvalidInput(LINK_SPENT) from None
            return user_id, store.add_session(
                session, user_id, now, self.session_lasts, device[:DEVICE_LIMIT]
            )

    # Signing in and out -------------------------------------------------------------------

    def sign_in(self, email: str, password: str, origin: str, device: str = "") -> str:
        """A new session's token for the matching account, or InvalidInput (the same words
        whether the address or the password was wrong), or Throttled."""
        address = normal_email(email)[:400]
        now = self.clock.now()
        by_account, by_origin = store.digest(f"email:{address}"), store.digest(f"from:{origin}")
        with self.db.transaction() as session:
            since = now - max(PER_ACCOUNT.window, PER_ADDRESS.window)
            if PER_ACCOUNT.blocked(store.failures(session, by_account, since), now) or (
                PER_ADDRESS.blocked(store.failures(session, by_origin, since), now)
            ):
                raise Throttled(THROTTLED)
            account = store.account_by_email(session, address)
            stored = account.password_hash if account is not None else _decoy_hash()
        right = _matches(stored, password)
        if not right or account is None:
            with self.db.transaction() as session:  # kept: the refusal below is no rollback
                store.add_failure(session, by_account, now)
                store.add_failure(session, by_origin, now)
                store.forget_failures(session, by_account, before=now - PER_ACCOUNT.window)
                store.forget_failures(session, by_origin, before=now - PER_ADDRESS.window)
            raise InvalidInput(NOT_SIGNED_IN)
        with self.db.transaction() as session:
            store.forget_failures(session, by_account)
            if HASHER.check_needs_rehash(account.password_hash):
                fresh = session.get(AccountRow, account.user_id)
                if fresh is not None:
                    fresh.password_hash = HASHER.hash(password)
            return store.add_session(
                session, account.user_id, now, self.session_lasts, device[:DEVICE_LIMIT]
            )

    def signed_in(self, token: str) -> SignedIn | None:
        """Who a session token belongs to; None when it is unknown, ended or expired."""
        if not token or len(token) > 100:
            return None
        with self.db.transaction() as session:
            row = store.live_session(session, token, self.clock.now())
            return SignedIn(row.user_id, row.id) if row is not None else None

    def sign_out(self, who: SignedIn) -> None:
        with self.db.transaction() as session:
            store.end_session(session, who.session_key, who.user_id)

    def sign_out_everywhere(self, who: SignedIn, keep_this_one: bool = False) -> int:
        """End the person's sessions (all but this one, if asked); how many ended."""
        with self.db.transaction() as session:
            keep = who.session_key if keep_this_one else None
            return store.end_sessions(session, who.user_id, keep=keep)

    def end_one_session(self, who: SignedIn, key: str) -> bool:
        with self.db.transaction() as session:
            return store.end_session(session, key, who.user_id)

    def sessions(self, who: SignedIn) -> list[tuple[str, str, datetime, datetime, bool]]:
        """(key, device, signed in at, last seen at, is this one) for each live session."""
        with self.db.transaction() as session:
            rows = store.sessions_of(session, who.user_id, self.clock.now())
            return [
                (
                    row.id,
                    row.device,
                    store.aware(row.created_at),
                    store.aware(row.last_seen_at),
                    row.id == who.session_key,
                )
                for row in rows
            ]

    # Personal access tokens for the API -----------------------------------------------------

    def create_api_token(self, who: SignedIn, name: str, days: int = TOKEN_DAYS_DEFAULT) -> str:
        """A new token for the API, lasting `days` (one of TOKEN_DAYS), to be shown once;
        only its hash is kept."""
        label = " ".join(name.split())
        if not label:
            raise InvalidInput("name the token (what will use it, e.g. my spreadsheet)")
        if len(label) > TOKEN_NAME_MAX:
            raise InvalidInput(f"a token's name is at most {TOKEN_NAME_MAX} characters")
        if days not in TOKEN_DAYS:
            choices = ", ".join(str(d) for d in TOKEN_DAYS)
            raise InvalidInput(f"a token lasts {choices} days; {days} is not one of them")
        with self.db.transaction() as session:
            if len(store.api_tokens_of(session, who.user_id)) >= TOKENS_MAX:
                raise InvalidInput(
                    f"you have {TOKENS_MAX} tokens already: revoke one you no longer use first"
                )
            now, lasts = self.clock.now(), timedelta(days=days)
            return store.add_api_token(session, who.user_id, label, now, lasts)

    def api_tokens(self, who: SignedIn) -> list[ApiToken]:
        """Each of the person's tokens, newest first."""
        with self.db.transaction() as session:
            return [
                ApiToken(
                    row.id,
                    row.name,
                    store.aware(row.created_at),
                    store.aware(row.last_used_at) if row.last_used_at else None,
                    store.aware(row.expires_at) if row.expires_at else None,
                )
                for row in store.api_tokens_of(session, who.user_id)
            ]

    def revoke_api_token(self, who: SignedIn, key: str) -> bool:
        with self.db.transaction() as session:
            return store.drop_api_token(session, key, who.user_id)

    def api_user(self, token: str) -> SignedIn | None:
        """Who an API token belongs to; None for an unknown or revoked one."""
        if not token.startswith(store.API_TOKEN_PREFIX) or len(token) > 100:
            return None
        with self.db.transaction() as session:
            user_id = store.api_token_user(session, token, self.clock.now())
        return SignedIn(user_id, f"token:{store.digest(token)}") if user_id else None

    def email_of(self, user_id: int) -> str | None:
        with self.db.transaction() as session:
            account = store.account_of(session, user_id)
            return account.email if account is not None else None

    # Leaving -------------------------------------------------------------------------------

    def delete_account(self, who: SignedIn, password: str, confirm: str) -> int:
        """Delete the person's account and everything in it, after checking their password
        and the words they typed; how many rows of their search went."""
        if " ".join(confirm.lower().split()) != DELETE_WORDS:
            raise InvalidInput(f'type "{DELETE_WORDS}" to say you mean it; nothing was deleted')
        with self.db.transaction() as session:
            account = store.account_of(session, who.user_id)
            if account is None or not _matches(account.password_hash, password):
                raise InvalidInput("your password is not right; nothing was deleted")
        return self._delete(who.user_id)

    def delete_by_email(self, email: str) -> int | None:
        """For whoever runs the server: delete an account by its address, and everything in
        it; how many rows of its search went, or None when no account has the address."""
        address = normal_email(email)
        with self.db.transaction() as session:
            account = store.account_by_email(session, address)
            user_id = account.user_id if account is not None else None
        return self._delete(user_id) if user_id is not None else None

    def _delete(self, user_id: int) -> int:
        # The search first (every owned row, the import summaries), as `forget` does; then
        # the person: their account, sessions, tokens and adviser links go with the row.
        forgotten = forget_everything(Workspace(self.db, user_id, self.clock))
        with self.db.transaction() as session:
            store.delete_user(session, user_id)
        return forgotten.rows

    # Passwords ----------------------------------------------------------------------------

    def change_password(self, who: SignedIn, current: str, new: str) -> int:
        """Change the password after checking the current one; every other session ends (a
        person changing it may be shutting someone out). How many ended."""
        with self.db.transaction() as session:
            account = store.account_of(session, who.user_id)
            if account is None or not _matches(account.password_hash, current):
                raise InvalidInput("your current password is not right; nothing changed")
            hashed = checked_password(new, account.email)
            account.password_hash = hashed
            account.password_changed_at = self.clock.now()
            return store.end_sessions(session, who.user_id, keep=who.session_key)

    def request_reset(self, email: str) -> tuple[str, str | None]:
        """The address, and a reset token to mail it, or None when it has no account (the
        page says the same either way)."""
        address = checked_email(email)
        with self.db.transaction() as session:
            if store.account_by_email(session, address) is None:
                return address, None
            lasts = timedelta(hours=RESET_HOURS)
            return address, store.add_link(session, "reset", address, self.clock.now(), lasts)

    def reset_is_live(self, token: str) -> bool:
        with self.db.transaction() as session:
            return store.live_link(session, token, "reset", self.clock.now()) is not None

    def reset_password(self, token: str, new: str) -> None:
        """Set a new password by a reset link; the link is spent, and every session ends."""
        now = self.clock.now()
        with self.db.transaction(write=True) as session:
            row = store.live_link(session, token, "reset", now)
            account = store.account_by_email(session, row.email) if row is not None else None
            if row is None or account is None:
                raise InvalidInput(LINK_SPENT)
            account.password_hash = checked_password(new, account.email)
            account.password_changed_at = now
            store.spend_links(session, row.email, "reset", now)
            store.end_sessions(session, account.user_id)
            store.forget_failures(session, store.digest(f"email:{account.email}"))

    def user_ids(self) -> list[int]:
        """Everyone with an account, for the daily sweep."""
        from sqlalchemy import select

        with self.db.transaction() as session:
            return list(session.scalars(select(AccountRow.user_id).order_by(AccountRow.user_id)))


def account_workspace(settings: Settings, email: str, clock: Clock) -> Workspace | None:
    """The workspace of the account with this address (hosted mode's CLI); None if none."""
    db = Database(settings.database_address()).prepare()
    with db.transaction() as session:
        account = store.account_by_email(session, normal_email(email))
    if account is None:
        db.dispose()
        return None
    return Workspace(db, account.user_id, clock)


def _matches(stored: str, password: str) -> bool:
    if len(password) > PASSWORD_MAX:
        return False
    try:
        return HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False
