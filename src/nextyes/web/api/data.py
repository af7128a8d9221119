"""API: delete all of your data, for good (the Settings page's "Delete all my data")."""

from fastapi import APIRouter
from pydantic import Field, field_validator

from nextyes.services.forget import CONFIRM_WORD, forget_everything, summary
from nextyes.web.api.fields import In, Out, problems
from nextyes.web.deps import SettingsDep, WorkspaceDep

router = APIRouter(tags=["data"])


class ForgetIn(In):
    confirm: str = Field(
        max_length=100,
        description=f'Must be "{CONFIRM_WORD}": deleting everything cannot be undone.',
    )

    @field_validator("confirm")
    @classmethod
    def is_the_word(cls, typed: str) -> str:
        if typed.strip().lower() != CONFIRM_WORD:
            raise ValueError(f'must be "{CONFIRM_WORD}"; nothing was deleted')
        return typed


class ForgottenOut(Out):
    removed: dict[str, int] = Field(
        description="Rows deleted, by table (only the tables that had any)."
    )
    rows: int = Field(description="All rows deleted, together.")
    backups: int = Field(description="Automatic backup files removed from the data folder.")
    scrubbed: bool = Field(
        description="SQLite: the database file was rewritten and its log emptied, so it keeps"
        " no trace. False on PostgreSQL (the server's own files are its operator's), or when"
        " another process kept the log open."
    )
    summary: list[str] = Field(description='What went, in words, e.g. "12 applications".')


@router.delete(
    "/data",
    summary="Delete all of your data, for good",
    responses=problems(400, 403, 422),
)
def delete_all_data(body: ForgetIn, ws: WorkspaceDep, settings: SettingsDep) -> ForgottenOut:
    """Everything you recorded, the trash, what the mail import remembers and the automatic
    backups; your account stays, empty, as on a first run. Not into the trash: it cannot be
    undone."""
    done = forget_everything(ws, settings.home)
    return ForgottenOut(
        removed=done.removed,
        rows=done.rows,
        backups=done.backups,
        scrubbed=done.scrubbed,
        summary=summary(done.removed),
    )
