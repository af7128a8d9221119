"""How lessons, the practice bank and the writing list look in a terminal. Every piece of
the person's text goes through Text(...), so brackets in it are never read as markup."""

from rich.console import Group
from rich.table import Table
from rich.text import Text

from nextyes.domain.lessons import Lessons, PracticeItem, Skill, Theme
from nextyes.domain.writing import WritingSummary

PRACTICE_SHOWN_IN_LESSONS = 5


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left", box=None, header_style="dim")
    for column in columns:
        table.add_column(column)
    return table


def themes_table(themes: list[Theme]) -> Table:
    table = _table("Recurring themes", "theme", "kind", "reflections", "last seen")
    for theme in themes:
        table.add_row(Text(theme.text), theme.kind, str(theme.count), theme.last_seen.isoformat())
    return table


def skills_table(skills: list[Skill]) -> Table:
    table = _table("Skills to learn", "id", "skill", "status", "mentions")
    for skill in skills:
        status = skill.status.value.replace("_", " ")
        table.add_row(f"#{skill.id}", Text(skill.name), status, str(skill.mentions))
    return table


def practice_table(items: list[PracticeItem], title: str = "Practise next") -> Table:
    table = _table(title, "id", "question", "last felt", "last practised")
    for item in items:
        felt = f"{item.last_felt}/5" if item.last_felt else "never yet"
        last = item.last_practised_on.isoformat() if item.last_practised_on else ""
        table.add_row(f"#{item.question_id}", Text(item.text), felt, last)
    return table


def lessons_view(lessons: Lessons) -> Group:
    if not (lessons.themes or lessons.skills or lessons.practice_next):
        return Group(
            Text("Nothing here yet. Lessons grow from reflections: try nextyes reflect ID.")
        )
    parts: list[Table | Text] = []
    parts.append(themes_table(lessons.themes) if lessons.themes else Text("No themes yet."))
    if lessons.skills:
        parts.append(skills_table(lessons.skills))
        parts.append(Text("Change a status: nextyes skill SKILL_ID learning", style="dim"))
    if lessons.practice_next:
        shown = lessons.practice_next[:PRACTICE_SHOWN_IN_LESSONS]
        parts.append(practice_table(shown))
        parts.append(Text("After a practice run: nextyes practice log ID --felt N", style="dim"))
    return Group(*parts)


def entries_table(entries: list[WritingSummary]) -> Table:
    table = _table("Your writing", "id", "date", "kept", "first words")
    for entry in entries:
        kept = "private" if entry.private else "shared"
        table.add_row(f"#{entry.id}", entry.written_on.isoformat(), kept, Text(entry.first_words))
    return table
