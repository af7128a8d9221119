"""What an application's events say about how far it went: the furthest stage entered,
whether it holds a clear "no", whether it went silent, and the day of its first reply.

The insights group every sent application by these. Worked out from the events at each
reading, that is a pass over every event a person has; so they are kept on the application
itself and brought up to date as each event is written (`Timeline.after`). Events are only
ever added (they go only with their application), and each of the four is a maximum, a
"has ever" or a minimum over them, so folding the events one at a time in any order gives
the same summary as reading them all at once.

Pure: no I/O."""

from dataclasses import dataclass, replace
from datetime import date

from nextyes.domain.events import EventKind
from nextyes.domain.insights import REPLY_STAGES, rank
from nextyes.domain.stages import Stage

# The stages whose events say how far an application went, or that it ended.
TIMELINE_STAGES = frozenset(
    {Stage.REJECTED, Stage.GHOSTED, *(s for s in Stage if rank(s) > rank(Stage.APPLIED))}
)
# Of those, the ones that are a reply: a move to a call or further, or a clear "no".
REPLY_ENTERED = frozenset({*REPLY_STAGES, Stage.ACCEPTED, Stage.REJECTED})
assert {Stage.GHOSTED} == TIMELINE_STAGES - REPLY_ENTERED


@dataclass(frozen=True)
class Timeline:
    """The summary of one application's events (the empty one: no event past "applied")."""

    reached: int | None = None  # highest rank among its timeline events; "no", silence -1
    said_no: bool = False
    went_quiet: bool = False
    first_reply_on: date | None = None  # a stage it was added in is not a reply

    def after(self, kind: EventKind, to_stage: Stage | None, occurred_on: date) -> "Timeline":
        """This summary with one more event."""
        if to_stage not in TIMELINE_STAGES:
            return self
        reached = rank(to_stage) if self.reached is None else max(self.reached, rank(to_stage))
        first_reply_on = self.first_reply_on
        if to_stage in REPLY_ENTERED and kind is not EventKind.CREATED:
            first_reply_on = min(occurred_on, first_reply_on or occurred_on)
        return replace(
            self,
            reached=reached,
            said_no=self.said_no or to_stage is Stage.REJECTED,
            went_quiet=self.went_quiet or to_stage is Stage.GHOSTED,
            first_reply_on=first_reply_on,
        )
