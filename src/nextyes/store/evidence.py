"""The evidence cards' counts, aggregated in SQL: one row per distinct standing of the sent
applications, however many applications the search holds."""

from collections import Counter
from collections.abc import Collection

from sqlalchemy import ColumnElement, Integer, case, exists, func, literal, select
from sqlalchemy.orm import InstrumentedAttribute, aliased

from nextyes.domain.evidence import Standing, rank
from nextyes.domain.rejections import RejectionForm
from nextyes.domain.stages import Stage
from nextyes.store.memo import remembered
from nextyes.store.repositories import OwnedRepository
from nextyes.store.tables import ApplicationRow, EventRow, RejectionRow

NOWHERE = -1  # the rank of an outcome other than accepted


def stage_rank(
    column: InstrumentedAttribute[str] | InstrumentedAttribute[str | None],
) -> ColumnElement[int]:
    """domain.evidence.rank, as SQL."""
    ranked = {stage.value: rank(stage) for stage in Stage if rank(stage) != NOWHERE}
    return case(ranked, value=column, else_=literal(NOWHERE, Integer))


class EvidenceCounts(OwnedRepository):
    @remembered
    def standings(self) -> Counter[Standing]:
        """How many sent applications stand where (domain.evidence.standings, in SQL)."""
        furthest_event = (
            select(
                EventRow.application_id.label("application_id"),
                func.max(stage_rank(EventRow.to_stage)).label("furthest"),
            )
            .where(EventRow.owner_id == self.owner_id, EventRow.to_stage.is_not(None))
            .group_by(EventRow.application_id)
            .subquery()
        )
        explicit = (
            select(RejectionRow.application_id.label("application_id"))
            .where(
                RejectionRow.owner_id == self.owner_id,
                RejectionRow.form == RejectionForm.EXPLICIT.value,
            )
            .group_by(RejectionRow.application_id)
            .subquery()
        )
        # The stage reached when it last went quiet: the silence with no later one. Written
        # without ORDER BY so the lookup goes through the (owner, application) index, whatever
        # other indexes the table has.
        silence = aliased(RejectionRow)
        later = aliased(RejectionRow)
        quiet_at = (
            select(silence.stage_reached)
            .where(
                silence.owner_id == self.owner_id,
                silence.application_id == ApplicationRow.id,
                silence.form == RejectionForm.SILENCE.value,
                ~exists().where(
                    later.owner_id == self.owner_id,
                    later.application_id == silence.application_id,
                    later.form == RejectionForm.SILENCE.value,
                    (later.rejected_on > silence.rejected_on)
                    | ((later.rejected_on == silence.rejected_on) & (later.id > silence.id)),
                ),
            )
            .scalar_subquery()
        )
        by_event = func.coalesce(furthest_event.c.furthest, NOWHERE)
        now = stage_rank(ApplicationRow.stage)
        per_application = (
            select(
                case((by_event > now, by_event), else_=now).label("furthest"),
                case((explicit.c.application_id.is_not(None), 1), else_=0).label("explicit_no"),
                quiet_at.label("quiet_at"),
                case((ApplicationRow.stage == Stage.CLOSED.value, 1), else_=0).label("closed"),
            )
            .outerjoin(furthest_event, furthest_event.c.application_id == ApplicationRow.id)
            .outerjoin(explicit, explicit.c.application_id == ApplicationRow.id)
            .where(ApplicationRow.owner_id == self.owner_id, ApplicationRow.applied_on.is_not(None))
            .subquery()
        )
        grouped = select(
            per_application.c.furthest,
            per_application.c.explicit_no,
            per_application.c.quiet_at,
            per_application.c.closed,
            func.count(),
        ).group_by(
            per_application.c.furthest,
            per_application.c.explicit_no,
            per_application.c.quiet_at,
            per_application.c.closed,
        )
        return Counter(
            {
                Standing(
                    furthest=int(furthest),
                    explicit_no=bool(explicit_no),
                    quiet_at=Stage(quiet_at) if quiet_at else None,
                    closed=bool(closed),
                ): int(count)
                for furthest, explicit_no, quiet_at, closed, count in self.session.execute(grouped)
            }
        )

    @remembered
    def sent_and_reached(self, stages: Collection[Stage]) -> tuple[int, int]:
        """How many applications were sent, and how many of those ever entered one of
        `stages` (now or at any point of their timeline)."""
        wanted = [s.value for s in stages]
        entered = select(EventRow.application_id).where(
            EventRow.owner_id == self.owner_id, EventRow.to_stage.in_(wanted)
        )
        reached = case(
            (ApplicationRow.stage.in_(wanted) | ApplicationRow.id.in_(entered), 1), else_=0
        )
        query = select(func.count(), func.coalesce(func.sum(reached), 0)).where(
            ApplicationRow.owner_id == self.owner_id, ApplicationRow.applied_on.is_not(None)
        )
        sent, got_there = self.session.execute(query).one()
        return int(sent), int(got_there)
