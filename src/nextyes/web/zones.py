"""The person's time zone on the web: interviews are kept in UTC and shown at the person's
own wall-clock time.

A browser does not tell a server its zone by itself. static/parity.js reads it
(Intl.DateTimeFormat) and keeps it in a cookie, `nextyes_zone`, and puts it in the hidden
`zone` field of an interview form. Without JavaScript (or before its first page), the
server's own zone stands in: for NextYes on a laptop, the same one. A name that is not a
known IANA zone is ignored, never an error: the person could not fix it."""

import functools
import re
import zoneinfo
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo

from fastapi import Request

from nextyes.domain.errors import InvalidInput
from nextyes.web.templating import templates

ZONE_COOKIE = "nextyes_zone"
ZONE_NAME = re.compile(r"[A-Za-z0-9_+\-/]{1,64}")
SERVER = "server"  # a form's zone field when its times were shown in the server's zone


@functools.cache
def known_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


@dataclass(frozen=True)
class Zone:
    """An IANA zone by name, or (name "") the zone of the machine NextYes runs on."""

    name: str = ""

    @property
    def field(self) -> str:
        """What a form's hidden zone field carries for times shown in this zone."""
        return self.name or SERVER

    @property
    def info(self) -> tzinfo | None:
        return zoneinfo.ZoneInfo(self.name) if self.name else None

    def local(self, moment: datetime) -> datetime:
        """`moment` (aware) as this zone's wall clock."""
        info = self.info
        return moment.astimezone(info) if info else moment.astimezone()

    @property
    def label(self) -> str:
        """How the zone is named beside a time: "Europe/Paris", or the server's ("UTC")."""
        if self.name:
            return self.name.replace("_", " ")
        return datetime.now(UTC).astimezone().tzname() or "UTC"

    def at(self, day: date, clock_time: time) -> datetime:
        """The moment a wall clock in this zone shows `clock_time` on `day`; InvalidInput
        for a time the clocks skip (the hour lost when summer time starts)."""
        wall = datetime.combine(day, clock_time)
        info = self.info
        aware = wall.replace(tzinfo=info) if info else wall.astimezone()
        if self.local(aware.astimezone(UTC)).replace(tzinfo=None) != wall:
            raise InvalidInput(
                f"there is no {clock_time:%H:%M} on that day in {self.name or 'this time zone'}:"
                " the clocks go forward then; choose a time an hour later",
                "time",
            )
        return aware


def zone_named(text: str | None) -> Zone | None:
    """The zone of that IANA name, or None for anything else."""
    name = (text or "").strip()
    if not ZONE_NAME.fullmatch(name) or name not in known_zones():
        return None
    return Zone(name)


def person_zone(request: Request) -> Zone:
    """The zone the browser told us (its cookie), else the server's."""
    return zone_named(request.cookies.get(ZONE_COOKIE)) or Zone()


def form_zone(request: Request, given: str) -> Zone:
    """The zone an interview form was filled in: its hidden field (the zone its times were
    shown in, or the browser's), else the cookie, else the server's."""
    if given.strip() == SERVER:
        return Zone()
    return zone_named(given) or person_zone(request)


def in_zone(moment: datetime, zone: Zone) -> datetime:
    """Template filter: `{{ interview.starts_at | in_zone(zone) | moment }}`."""
    return zone.local(moment)


templates.env.filters["in_zone"] = in_zone
