"""API: the person's own settings (reply windows, support resources) and calendar link."""

from typing import Annotated, Any

from fastapi import APIRouter, Request
from pydantic import AfterValidator, BaseModel, Field, StringConstraints

from nextyes.domain.preferences import (
    MAX_RESOURCES,
    RESOURCE_LIMIT,
    RULES,
    Preferences,
    PreferenceValues,
)
from nextyes.services.preferences import (
    existing_calendar_token,
    feed_path,
    preferences,
    reset_preferences,
    rotate_calendar_token,
    save_preferences,
)
from nextyes.web.api.models import In, Whole, plain_text, problems
from nextyes.web.deps import SettingsDep, WorkspaceDep

router = APIRouter(tags=["settings"])
Resource = Annotated[
    str, StringConstraints(min_length=1, max_length=RESOURCE_LIMIT), AfterValidator(plain_text)
]
RESOURCES_TEXT = "Places to turn that the gentle support suggestion lists, one per item."


def window(name: str, *, chosen: bool) -> Any:
    """A window field with its range and explanation from the domain's rules."""
    rule = RULES[name]
    if chosen:
        return Field(
            default=None,
            ge=rule.low,
            le=rule.high,
            description=f"{rule.explains} In {rule.unit}, {rule.low}-{rule.high};"
            " null (or left out) means the installation's default.",
        )
    return Field(description=f"{rule.explains} In {rule.unit}.")


class SettingsValues(BaseModel):
    reply_days_applied: int = window("reply_days_applied", chosen=False)
    reply_days_screening: int = window("reply_days_screening", chosen=False)
    reply_business_days_interviewing: int = window("reply_business_days_interviewing", chosen=False)
    reply_business_days_final_round: int = window("reply_business_days_final_round", chosen=False)
    ghost_after_follow_up_days: int = window("ghost_after_follow_up_days", chosen=False)
    support_resources: list[str] = Field(description=RESOURCES_TEXT)


class SettingsOut(SettingsValues):
    """What applies to you now, which of it is your own, and the installation's defaults."""

    own: list[str] = Field(
        description="Names of the settings you chose; the others are the installation's."
    )
    defaults: SettingsValues = Field(description="The installation's settings, for everyone.")

    @classmethod
    def of(cls, found: Preferences) -> "SettingsOut":
        return cls(
            **values(found), own=list(found.own), defaults=SettingsValues(**values(found.defaults))
        )


def values(found: PreferenceValues) -> dict[str, Any]:
    found_values = {name: getattr(found, name) for name in SettingsValues.model_fields}
    found_values["support_resources"] = list(found.support_resources)
    return found_values


class SettingsIn(In):
    """Your settings, all at once: a value makes it yours; null or left out means the
    installation's default."""

    reply_days_applied: Whole | None = window("reply_days_applied", chosen=True)
    reply_days_screening: Whole | None = window("reply_days_screening", chosen=True)
    reply_business_days_interviewing: Whole | None = window(
        "reply_business_days_interviewing", chosen=True
    )
    reply_business_days_final_round: Whole | None = window(
        "reply_business_days_final_round", chosen=True
    )
    ghost_after_follow_up_days: Whole | None = window("ghost_after_follow_up_days", chosen=True)
    support_resources: list[Resource] | None = Field(
        default=None,
        min_length=1,
        max_length=MAX_RESOURCES,
        description=f"{RESOURCES_TEXT} 1-{MAX_RESOURCES} items of up to {RESOURCE_LIMIT}"
        " characters; null (or left out) means the installation's list.",
    )


class CalendarLink(BaseModel):
    feed_path: str | None = Field(
        description="Path of your private calendar feed (iCalendar) on this server, e.g."
        " /calendar/<token>.ics; null until you make one with POST /api/v1/calendar/rotate."
        " Anyone with it can read your steps and interviews: keep it private."
    )
    feed_url: str | None = Field(description="The same feed as a full address, or null.")

    @classmethod
    def of(cls, request: Request, token: str | None) -> "CalendarLink":
        if token is None:
            return cls(feed_path=None, feed_url=None)
        path = feed_path(token)
        return cls(feed_path=path, feed_url=str(request.base_url).rstrip("/") + path)


@router.get("/settings", summary="Your settings, and which are your own")
def get_settings(ws: WorkspaceDep, settings: SettingsDep) -> SettingsOut:
    return SettingsOut.of(preferences(ws, settings))


@router.put(
    "/settings",
    summary="Replace your settings (null means the installation's)",
    responses=problems(400, 403, 422),
)
def put_settings(body: SettingsIn, ws: WorkspaceDep, settings: SettingsDep) -> SettingsOut:
    return SettingsOut.of(save_preferences(ws, settings, **body.model_dump()))


@router.post(
    "/settings/reset", summary="Go back to the installation's settings", responses=problems(403)
)
def reset_settings(ws: WorkspaceDep, settings: SettingsDep) -> SettingsOut:
    return SettingsOut.of(reset_preferences(ws, settings))


@router.get("/calendar", summary="Your private calendar feed link, if you made one")
def get_calendar_link(request: Request, ws: WorkspaceDep) -> CalendarLink:
    return CalendarLink.of(request, existing_calendar_token(ws))


@router.post("/calendar/rotate", summary="Make a new calendar feed link; the old one stops working")
def rotate_calendar_link(request: Request, ws: WorkspaceDep) -> CalendarLink:
    return CalendarLink.of(request, rotate_calendar_token(ws))
