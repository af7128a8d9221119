"""Repositories for reflections, skills, the practice bank and writing (one owner each)."""

from datetime import date, datetime

from sqlalchemy import func, select

from nextyes.domain.lessons import PracticeEntry, Question, Skill, SkillStatus
from nextyes.domain.reflections import Reflection, ReflectionAnswers
from nextyes.domain.writing import WritingEntry
from nextyes.store.repositories import OwnedRepository, as_utc
from nextyes.store.tables import PracticeRow, QuestionRow, ReflectionRow, SkillRow, WritingRow

LINES = "\n"


def _lines(text: str | None) -> tuple[str, ...]:
    return tuple(line for line in (text or "").split(LINES) if line)


def _joined(items: tuple[str, ...]) -> str | None:
    return LINES.join(items) or None


class Reflections(OwnedRepository):
    def for_application(self, application_id: int) -> ReflectionRow | None:
        return self.session.scalar(
            select(ReflectionRow)
            .where(
                ReflectionRow.owner_id == self.owner_id,
                ReflectionRow.application_id == application_id,
            )
            .order_by(ReflectionRow.id)
            .limit(1)
        )

    def save(
        self, application_id: int, rejection_id: int, answers: ReflectionAnswers, now: datetime
    ) -> Reflection:
        row = self.for_application(application_id)
        if row is None:
            row = ReflectionRow(
                owner_id=self.owner_id, application_id=application_id, created_at=now
            )
            self.session.add(row)
        row.rejection_id = rejection_id
        row.preparation = answers.preparation
        row.caught_out = _joined(answers.caught_out)
        row.fit_score = answers.fit_score
        row.fit_why = answers.fit_why
        row.impressed = answers.impressed
        row.feedback = answers.feedback
        row.to_learn = _joined(answers.to_learn)
        row.learned_self = answers.learned_self
        row.learned_company = answers.learned_company
        row.learned_industry = answers.learned_industry
        row.learned_role = answers.learned_role
        row.keep_doing = answers.keep_doing
        row.tags = _joined(answers.tags)
        row.updated_at = now
        self.session.flush()
        return self.to_domain(row)

    def all(self) -> list[Reflection]:
        query = (
            select(ReflectionRow)
            .where(ReflectionRow.owner_id == self.owner_id)
            .order_by(ReflectionRow.id)
        )
        return [self.to_domain(row) for row in self.session.scalars(query)]

    @staticmethod
    def to_domain(row: ReflectionRow) -> Reflection:
        answers = ReflectionAnswers(
            preparation=row.preparation,
            caught_out=_lines(row.caught_out),
            fit_score=row.fit_score,
            fit_why=row.fit_why,
            impressed=row.impressed,
            feedback=row.feedback,
            to_learn=_lines(row.to_learn),
            learned_self=row.learned_self,
            learned_company=row.learned_company,
            learned_industry=row.learned_industry,
            learned_role=row.learned_role,
            keep_doing=row.keep_doing,
            tags=_lines(row.tags),
        )
        return Reflection(
            id=row.id,
            application_id=row.application_id,
            rejection_id=row.rejection_id,
            answers=answers,
            created_at=as_utc(row.created_at),
            updated_at=as_utc(row.updated_at),
        )


class Skills(OwnedRepository):
    def row(self, skill_id: int) -> SkillRow:
        row = self.owned(SkillRow, skill_id, "skill")
        return row

    def rows(self) -> list[SkillRow]:
        query = select(SkillRow).where(SkillRow.owner_id == self.owner_id).order_by(SkillRow.id)
        return list(self.session.scalars(query))

    def add_by_hand(self, name: str, key: str, now: datetime) -> bool:
        """A skill put on the to-learn list by the person (not from a reflection); False
        when it is there already. Reflections' syncs keep it: they only count mentions."""
        found = self.session.scalar(
            select(SkillRow.id).where(SkillRow.owner_id == self.owner_id, SkillRow.key == key)
        )
        if found is not None:
            return False
        self.session.add(
            SkillRow(
                owner_id=self.owner_id,
                name=name,
                key=key,
                status=SkillStatus.TO_LEARN.value,
                mentions=0,
                created_at=now,
                updated_at=now,
            )
        )
        self.session.flush()
        return True

    def sync(self, mentions: dict[str, tuple[str, int]], now: datetime) -> None:
        """Mention counts follow the reflections; a status the person set is kept."""
        for row in self.rows():
            _, count = mentions.pop(row.key, (row.name, 0))
            if row.mentions != count:
                row.mentions, row.updated_at = count, now
        for key, (name, count) in mentions.items():
            self.session.add(
                SkillRow(
                    owner_id=self.owner_id,
                    name=name,
                    key=key,
                    status=SkillStatus.TO_LEARN.value,
                    mentions=count,
                    created_at=now,
                    updated_at=now,
                )
            )
        self.session.flush()

    def all(self) -> list[Skill]:
        return [self.to_domain(row) for row in self.rows()]

    @staticmethod
    def to_domain(row: SkillRow) -> Skill:
        return Skill(row.id, row.name, SkillStatus(row.status), row.mentions)


class Questions(OwnedRepository):
    def get(self, question_id: int) -> Question:
        row = self.owned(QuestionRow, question_id, "question")
        return Question(row.id, row.text, row.application_id)

    def add_new(self, texts: dict[str, str], application_id: int, now: datetime) -> None:
        """Add the questions (key -> text) not in the bank yet."""
        if not texts:
            return
        known = set(
            self.session.scalars(
                select(QuestionRow.key).where(
                    QuestionRow.owner_id == self.owner_id, QuestionRow.key.in_(list(texts))
                )
            )
        )
        for key, text in texts.items():
            if key not in known:
                self.session.add(
                    QuestionRow(
                        owner_id=self.owner_id,
                        text=text,
                        key=key,
                        application_id=application_id,
                        created_at=now,
                    )
                )
        self.session.flush()

    def all(self) -> list[Question]:
        query = (
            select(QuestionRow)
            .where(QuestionRow.owner_id == self.owner_id)
            .order_by(QuestionRow.id)
        )
        return [Question(r.id, r.text, r.application_id) for r in self.session.scalars(query)]


class PracticeLog(OwnedRepository):
    def add(self, question_id: int, on: date, felt: int, note: str | None) -> PracticeEntry:
        row = PracticeRow(
            owner_id=self.owner_id, question_id=question_id, practised_on=on, felt=felt, note=note
        )
        self.session.add(row)
        self.session.flush()
        return self.to_domain(row)

    def all(self) -> list[PracticeEntry]:
        query = select(PracticeRow).where(PracticeRow.owner_id == self.owner_id)
        return [self.to_domain(row) for row in self.session.scalars(query)]

    @staticmethod
    def to_domain(row: PracticeRow) -> PracticeEntry:
        return PracticeEntry(row.id, row.question_id, row.practised_on, row.felt, row.note)


class Writings(OwnedRepository):
    def add(self, prompt: str, body: str, private: bool, on: date, now: datetime) -> WritingEntry:
        row = WritingRow(
            owner_id=self.owner_id,
            prompt=prompt,
            body=body,
            private=private,
            minutes=None,
            written_on=on,
            created_at=now,
        )
        self.session.add(row)
        self.session.flush()
        return self.to_domain(row)

    def get(self, entry_id: int) -> WritingEntry:
        return self.to_domain(self.owned(WritingRow, entry_id, "piece of writing"))

    def count(self) -> int:
        query = select(func.count()).where(WritingRow.owner_id == self.owner_id)
        return self.session.scalar(query) or 0

    def all(self) -> list[WritingEntry]:
        query = (
            select(WritingRow)
            .where(WritingRow.owner_id == self.owner_id)
            .order_by(WritingRow.written_on.desc(), WritingRow.id.desc())
        )
        return [self.to_domain(row) for row in self.session.scalars(query)]

    @staticmethod
    def to_domain(row: WritingRow) -> WritingEntry:
        return WritingEntry(row.id, row.prompt, row.body, row.private, row.minutes, row.written_on)
