"""A person's own preferences and calendar link, on a real database (SQLite and PostgreSQL)."""

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from nextyes.clock import FixedClock
from nextyes.config import Settings
from nextyes.domain.applications import NewApplication
from nextyes.domain.errors import InvalidInput
from nextyes.domain.preferences import (
    RESOURCE_LIMIT,
    WINDOW_RULES,
    InvalidPreference,
    resources_from_text,
    window_from_text,
)
from nextyes.domain.silence import ReplyWindows
from nextyes.services.applications import add_application
from nextyes.services.preferences import (
    calendar_token,
    effective_resources,
    effective_windows,
    existing_calendar_token,
    feed_path,
    preferences,
    reset_preferences,
    rotate_calendar_token,
    save_preferences,
    sweep_with_preferences,
    workspace_for_calendar_token,
)
from nextyes.services.workspace import Workspace
from nextyes.store.tables import PreferencesRow
from tests.conftest import TODAY

DEFAULTS = Settings(database_url=None)
CENTRE = Settings(
    database_url=None,
    reply_days_applied=30,
    support_resources=["The careers office, room 4, weekdays 9 to 5."],
)


def someone_else(ws: Workspace) -> Workspace:
    return Workspace(ws.db, ws.db.owner_id("someone-else"), ws.clock)


def rows(ws: Workspace) -> list[tuple[object, ...]]:
    """Every preferences row as plain values, to show a refusal changed nothing."""
    with ws.db.transaction() as session:
        found = session.scalars(select(PreferencesRow).order_by(PreferencesRow.owner_id))
        return [
            tuple(getattr(row, c.key) for c in PreferencesRow.__table__.columns) for row in found
        ]


def test_a_new_person_gets_the_installations_settings(ws: Workspace) -> None:
    mine = preferences(ws, CENTRE)
    assert mine.own == ()
    assert mine.reply_days_applied == 30
    assert mine.reply_days_screening == 10
    assert mine.support_resources == ("The careers office, room 4, weekdays 9 to 5.",)
    assert mine.defaults.reply_days_applied == 30
    assert effective_windows(ws, CENTRE) == CENTRE.reply_windows()
    assert effective_resources(ws, CENTRE) == CENTRE.support_resources
    assert rows(ws) == []  # looking writes nothing


def test_saving_makes_a_value_the_persons_own_and_keeps_the_rest(ws: Workspace) -> None:
    saved = save_preferences(
        ws, CENTRE, reply_days_applied=14, support_resources=["  My sister,   any evening. "]
    )
    assert saved.own == ("reply_days_applied", "support_resources")
    assert saved.reply_days_applied == 14
    assert saved.defaults.reply_days_applied == 30
    assert saved.support_resources == ("My sister, any evening.",)

    again = save_preferences(ws, CENTRE, ghost_after_follow_up_days=3)
    assert again.own == ("reply_days_applied", "ghost_after_follow_up_days", "support_resources")
    assert preferences(ws, CENTRE) == again
    assert effective_windows(ws, CENTRE) == ReplyWindows(
        applied_days=14,
        screening_days=10,
        interviewing_business_days=10,
        final_round_business_days=7,
        ghost_after_follow_up_days=3,
    )
    assert effective_resources(ws, CENTRE) == ["My sister, any evening."]


def test_none_returns_one_value_to_the_default_and_reset_returns_all(ws: Workspace) -> None:
    save_preferences(ws, DEFAULTS, reply_days_applied=14, reply_days_screening=5)
    one_back = save_preferences(ws, DEFAULTS, reply_days_applied=None)
    assert one_back.own == ("reply_days_screening",)
    assert one_back.reply_days_applied == 21

    token = calendar_token(ws)
    save_preferences(ws, DEFAULTS, support_resources=["A friend."])
    cleared = reset_preferences(ws, DEFAULTS)
    assert cleared.own == ()
    assert cleared == preferences(ws, DEFAULTS)
    # A reset leaves the calendar link alone: a subscription keeps working.
    assert existing_calendar_token(ws) == token


def test_the_installation_default_follows_its_setting_until_the_person_chooses(
    ws: Workspace,
) -> None:
    assert preferences(ws, DEFAULTS).reply_days_applied == 21
    assert preferences(ws, CENTRE).reply_days_applied == 30
    save_preferences(ws, DEFAULTS, reply_days_applied=12)
    assert preferences(ws, CENTRE).reply_days_applied == 12


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"reply_days_applied": 0}, "after you apply must be from 1 to 365 days; you wrote 0"),
        ({"reply_days_screening": 366}, "at the screening stage must be from 1 to 365 days"),
        ({"reply_business_days_interviewing": 261}, "from 1 to 260 working days"),
        ({"reply_business_days_final_round": -1}, "after a final round must be from 1"),
        ({"ghost_after_follow_up_days": 0}, "after your follow-up must be from 1"),
        ({"support_resources": []}, "from 1 to 10 lines; you wrote 0"),
        ({"support_resources": [f"Place {n}" for n in range(11)]}, "you wrote 11"),
        ({"support_resources": ["A friend.", "   "]}, "support resource 2 is empty"),
        ({"support_resources": ["x" * (RESOURCE_LIMIT + 1)]}, "301 characters; the limit is"),
        ({"support_resources": "one line, not a list"}, "must be a list of lines"),
        ({"support_resources": ["A friend.", "bell\x07"]}, "resource 2 holds a control"),
    ],
)
def test_a_refusal_is_one_line_and_changes_nothing(
    ws: Workspace, changes: dict[str, object], message: str
) -> None:
    save_preferences(ws, DEFAULTS, reply_days_applied=14, support_resources=["A friend."])
    before = rows(ws)
    with pytest.raises(InvalidInput, match=message) as refused:
        # Good values next to the bad one are not saved either.
        save_preferences(ws, DEFAULTS, **{"ghost_after_follow_up_days": 3, **changes})  # type: ignore[arg-type]
    assert "\n" not in str(refused.value)
    assert rows(ws) == before


def test_a_refused_first_save_makes_no_row(ws: Workspace) -> None:
    with pytest.raises(InvalidPreference) as refused:
        save_preferences(ws, DEFAULTS, reply_days_applied=400)
    assert refused.value.field == "reply_days_applied"
    assert rows(ws) == []


def test_the_limits_are_the_installation_settings_own() -> None:
    """A person may choose anything the installation's settings allow, and no more."""
    for rule in WINDOW_RULES:
        field = Settings.model_fields[rule.name]
        bounds = {type(m).__name__: m for m in field.metadata}
        assert (bounds["Ge"].ge, bounds["Le"].le) == (rule.low, rule.high), rule.name


def test_boxes_as_typed_are_read_kindly() -> None:
    assert window_from_text("reply_days_applied", "  ") is None
    assert window_from_text("reply_days_applied", " 14 ") == 14
    # The last are full-width digits: digits to Python, but not a number anyone types here.
    for typed in ("two weeks", "1.5", "-3", "\uff11\uff14"):
        with pytest.raises(InvalidPreference, match="must be a whole number of days"):
            window_from_text("reply_days_applied", typed)
    assert resources_from_text("") is None
    assert resources_from_text("\n  \n") is None
    assert resources_from_text("A friend.\n\n  My coach, Tuesdays.  \n") == (
        "A friend.",
        "My coach, Tuesdays.",
    )


def test_one_person_never_sees_anothers_preferences(ws: Workspace) -> None:
    other = someone_else(ws)
    save_preferences(ws, DEFAULTS, reply_days_applied=5, support_resources=["My sister."])
    theirs = preferences(other, DEFAULTS)
    assert theirs.own == ()
    assert theirs.reply_days_applied == 21
    assert "My sister." not in theirs.support_resources

    save_preferences(other, DEFAULTS, reply_days_applied=40)
    assert preferences(ws, DEFAULTS).reply_days_applied == 5
    reset_preferences(other, DEFAULTS)
    assert preferences(ws, DEFAULTS).own == ("reply_days_applied", "support_resources")


def test_the_calendar_token_is_made_once_long_and_url_safe(ws: Workspace) -> None:
    assert existing_calendar_token(ws) is None
    token = calendar_token(ws)
    assert len(token) >= 43  # 32 random bytes in URL-safe base64
    assert token.replace("-", "").replace("_", "").isalnum()
    assert calendar_token(ws) == token
    assert existing_calendar_token(ws) == token
    assert feed_path(token) == f"/calendar/{token}.ics"
    # Making the link does not turn the installation's settings into the person's own.
    assert preferences(ws, DEFAULTS).own == ()


def test_a_token_leads_to_its_owner_and_nobody_else(ws: Workspace, clock: FixedClock) -> None:
    other = someone_else(ws)
    mine, theirs = calendar_token(ws), calendar_token(other)
    assert mine != theirs
    found = workspace_for_calendar_token(ws.db, mine, clock)
    assert found is not None
    assert found.owner_id == ws.owner_id
    found = workspace_for_calendar_token(ws.db, theirs, clock)
    assert found is not None
    assert found.owner_id == other.owner_id
    assert existing_calendar_token(ws) == mine  # their token is never mine


@pytest.mark.parametrize(
    "probe", ["", "x", "A" * 43, "../../etc/passwd", "%" * 43, "a" * 65, "' OR 1=1 --" * 4]
)
def test_unknown_or_odd_tokens_lead_nowhere(ws: Workspace, clock: FixedClock, probe: str) -> None:
    calendar_token(ws)
    assert workspace_for_calendar_token(ws.db, probe, clock) is None


def test_rotating_makes_a_new_token_and_the_old_one_stops_working(
    ws: Workspace, clock: FixedClock
) -> None:
    old = calendar_token(ws)
    new = rotate_calendar_token(ws)
    assert new != old
    assert calendar_token(ws) == new
    assert workspace_for_calendar_token(ws.db, old, clock) is None
    found = workspace_for_calendar_token(ws.db, new, clock)
    assert found is not None
    assert found.owner_id == ws.owner_id


def test_rotating_first_makes_the_first_token(ws: Workspace) -> None:
    token = rotate_calendar_token(ws)
    assert existing_calendar_token(ws) == token
    with ws.db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(PreferencesRow)) == 1


def test_the_sweep_uses_the_persons_own_windows(ws: Workspace) -> None:
    sent = add_application(
        ws, NewApplication("Patient Co", "Analyst", on=TODAY - timedelta(days=10))
    ).id
    assert sweep_with_preferences(ws, DEFAULTS).quiet == []  # 10 days: within 21

    save_preferences(ws, DEFAULTS, reply_days_applied=7)
    assert sweep_with_preferences(ws, DEFAULTS).quiet == [sent]


def test_another_persons_windows_do_not_change_my_sweep(ws: Workspace) -> None:
    add_application(ws, NewApplication("Patient Co", "Analyst", on=TODAY - timedelta(days=10)))
    save_preferences(someone_else(ws), DEFAULTS, reply_days_applied=3)
    assert sweep_with_preferences(ws, DEFAULTS).quiet == []
