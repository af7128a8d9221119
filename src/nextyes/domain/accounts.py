"""Rules for hosted mode's accounts: what an address and a password must be, and when
sign-ins from one place are throttled. No I/O: services/accounts.py applies them."""

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

PASSWORD_MIN = 12
PASSWORD_MAX = 256  # Argon2 takes any length; this bounds the work one request can ask for
EMAIL_MAX = 320
# An address, loosely: something@something.something, no spaces. The link sent to it is
# the real check that it is the person's own.
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


@dataclass(frozen=True)
class Throttle:
    """At most `attempts` failed sign-ins within `window`, counted per address typed and
    per place the requests come from; after that, none are checked until the oldest failure
    in the window is older than the window."""

    attempts: int
    window: timedelta

    def blocked(self, failures: list[datetime], now: datetime) -> bool:
        recent = [moment for moment in failures if now - moment < self.window]
        return len(recent) >= self.attempts


# A person who forgot which password they used gets a few goes; a guesser gets a handful
# an hour. From one place (a shared office may sit behind one address) more are allowed.
PER_ACCOUNT = Throttle(attempts=5, window=timedelta(minutes=15))
PER_ADDRESS = Throttle(attempts=30, window=timedelta(minutes=15))


# (what the user agent says, what a person calls it), first match wins: Edge and Opera
# also say "Chrome", and Chrome also says "Safari".
BROWSERS = (("Edg/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"),
            ("Chrome/", "Chrome"), ("Safari/", "Safari"))  # fmt: skip
SYSTEMS = (("iPhone", "iPhone"), ("iPad", "iPad"), ("Android", "Android"),
           ("Windows", "Windows"), ("Mac OS X", "macOS"), ("CrOS", "ChromeOS"),
           ("Linux", "Linux"))  # fmt: skip


def device_name(user_agent: str) -> str:
    """A browser as a person names it ("Firefox on Windows"), from its user agent; a few
    words so that someone can tell their sign-ins apart, not a fingerprint."""
    browser = next((name for mark, name in BROWSERS if mark in user_agent), "A browser")
    system = next((name for mark, name in SYSTEMS if mark in user_agent), None)
    return f"{browser} on {system}" if system else browser


def normal_email(text: str) -> str:
    """An address as accounts keep it: trimmed, lower case."""
    return text.strip().lower()


def email_problem(text: str) -> str | None:
    email = normal_email(text)
    if not email:
        return "type your email address"
    if len(email) > EMAIL_MAX or not EMAIL.fullmatch(email):
        return "that does not look like an email address (name@example.org)"
    return None


def password_problem(password: str, email: str, common: frozenset[str]) -> str | None:
    """Why a new password would be easy to guess, in one line; None when it is fine.
    Length and a list of the most common passwords, as NIST SP 800-63B advises, and no
    rules about symbols (they make passwords harder to remember, not to guess)."""
    if len(password) < PASSWORD_MIN:
        return f"use at least {PASSWORD_MIN} characters: a few words you will remember work well"
    if len(password) > PASSWORD_MAX:
        return f"use at most {PASSWORD_MAX} characters"
    folded = password.strip().lower()
    local = normal_email(email).partition("@")[0]
    if folded in common or _repeats(folded):
        return "that password is one of the most common ones: choose another"
    if local and len(local) >= 4 and local in folded and len(folded) - len(local) < 6:
        return "that password is mostly your email address: choose another"
    return None


def _repeats(text: str) -> bool:
    """One short pattern over and over ("aaaaaaaaaaaa", "abcabcabcabc")."""
    for size in range(1, 4):
        if len(set(text[i : i + size] for i in range(0, len(text) - size + 1, size))) == 1:
            return True
    return False
