"""Hosted mode's account rules (domain/accounts.py): passwords, addresses, throttling and
the names sign-ins are listed under. No database: these are the rules alone."""

from datetime import UTC, datetime, timedelta

import pytest

from nextyes.domain.accounts import (
    PER_ACCOUNT,
    device_name,
    email_problem,
    normal_email,
    password_problem,
)
from nextyes.services.accounts import common_passwords

COMMON = frozenset({"password123456", "qwertyuiopas"})


@pytest.mark.parametrize(
    ("password", "said"),
    [
        ("short one", "at least 12"),
        ("x" * 257, "at most 256"),
        ("Password123456", "most common"),
        ("aaaaaaaaaaaaaa", "most common"),
        ("abcabcabcabcabc", "most common"),
        ("rosalind.f1234", "mostly your email address"),
    ],
)
def test_passwords_easy_to_guess_are_refused_with_the_reason(password: str, said: str) -> None:
    problem = password_problem(password, "Rosalind.F@example.org", COMMON)
    assert problem is not None
    assert said in problem


@pytest.mark.parametrize(
    "password",
    [
        "violet harbour lantern",
        "correct-horse-battery",
        "ünïcödé wörds ok",
        ("long passphrase " * 16)[:256],
    ],
)
def test_long_uncommon_passwords_are_fine_without_symbol_rules(password: str) -> None:
    assert password_problem(password, "ana@example.org", COMMON) is None


def test_the_shipped_common_list_is_the_big_one() -> None:
    shipped = common_passwords()
    assert len(shipped) >= 30_000
    assert "password" in shipped
    assert "iloveyou" in shipped
    long_and_common = sorted(p for p in shipped if len(p) >= 12)[:50]
    assert long_and_common, "the list has passwords long enough to pass the length rule"
    for password in long_and_common:
        problem = password_problem(password, "a@example.org", shipped)
        assert problem is not None, password
        assert "most common" in problem, password


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        (" Ana@Example.ORG ", True),
        ("ana@example", False),
        ("ana example@x.org", False),
        ("", False),
        ("a@b.co" + "m" * 320, False),
    ],
)
def test_addresses(text: str, ok: bool) -> None:
    assert (email_problem(text) is None) is ok
    if ok:
        assert normal_email(text) == "ana@example.org"


def test_the_throttle_counts_only_failures_inside_its_window() -> None:
    now = datetime(2026, 12, 4, 12, tzinfo=UTC)
    recent = [now - timedelta(minutes=m) for m in range(PER_ACCOUNT.attempts)]
    assert PER_ACCOUNT.blocked(recent, now)
    assert not PER_ACCOUNT.blocked(recent[:-1], now)
    old = [now - PER_ACCOUNT.window - timedelta(seconds=1)] * 10
    assert not PER_ACCOUNT.blocked(old, now)


@pytest.mark.parametrize(
    ("agent", "name"),
    [
        (
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
            " Chrome/156.0 Safari/537.36",
            "Chrome on Linux",
        ),
        (
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
            " Chrome/120.0 Safari/537.36 Edg/120.0",
            "Edge on Windows",
        ),
        (
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15"
            " (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
            "Safari on iPhone",
        ),
        (
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.1; rv:121.0) Firefox/121.0",
            "Firefox on macOS",
        ),
        ("curl/8.5.0", "A browser"),
        ("", "A browser"),
    ],
)
def test_sign_ins_are_named_as_a_person_would(agent: str, name: str) -> None:
    assert device_name(agent) == name
