"""profile: your name and headline (drafts sign with them), and your skills, experience, CV
and skill words (the fit check compares postings with them); fit ID: that comparison."""

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.text import Text

from nextyes.cli.common import JSON_HELP, console, print_json, workspace
from nextyes.domain.errors import InvalidInput
from nextyes.services import drafts
from nextyes.services import fit as service
from nextyes.skills.cv import MAX_CV_BYTES

AsJson = Annotated[bool, typer.Option("--json", help=JSON_HELP)]
SCALE_WORDS = {
    "close": "a close fit",
    "partial": "a partial fit",
    "far": "a long way from your skills",
    "unknown": "no skills NextYes recognises in the posting",
}


def profile(
    name: Annotated[
        str | None, typer.Option(help="Your name, to sign drafts with ('' clears it).")
    ] = None,
    headline: Annotated[str | None, typer.Option(help="One line about you ('' clears it).")] = None,
    skills: Annotated[
        str | None,
        typer.Option(help="Your skills, comma-separated; replaces the list ('' clears it)."),
    ] = None,
    add_skill: Annotated[
        list[str] | None, typer.Option("--add-skill", help="Add a skill (repeat for more).")
    ] = None,
    remove_skill: Annotated[
        list[str] | None, typer.Option("--remove-skill", help="Remove a skill from your list.")
    ] = None,
    experience: Annotated[
        str | None, typer.Option(help="A few lines about your experience ('' clears it).")
    ] = None,
    cv: Annotated[
        Path | None,
        typer.Option(
            "--cv",
            metavar="FILE",
            help="Read your CV (PDF, Word .docx or text): keeps its text, adds its skills.",
        ),
    ] = None,
    forget_cv: Annotated[
        bool, typer.Option("--forget-cv", help="Drop your CV's text (its skills stay).")
    ] = False,
    skill_word: Annotated[
        list[str] | None,
        typer.Option(
            "--skill-word",
            metavar="'NAME: OTHER, NAMES'",
            help="A skill word of your own for the fit check, e.g. 'dbt: data build tool'.",
        ),
    ] = None,
    as_json: AsJson = False,
) -> None:
    """Show your profile, or change it: name and headline for drafts; skills, experience,
    CV and skill words for the fit check (nextyes fit ID)."""
    ws = workspace()
    said: list[str] = []
    if name is not None or headline is not None:
        drafts.set_profile(ws, name=name, headline=headline)
    if cv is not None:
        read = service.read_cv_into_profile(ws, _cv_bytes(cv), cv.name)
        said.append(
            f"Read {cv.name}: {len(read.found)} skills found"
            + (f", {len(read.added)} new: {', '.join(read.added)}." if read.added else ".")
        )
    if forget_cv:
        service.forget_cv(ws)
        said.append("Your CV's text is gone; the skills it added stay on your list.")
    if any(v is not None for v in (skills, experience)) or add_skill or remove_skill or skill_word:
        service.update_skills_profile(
            ws,
            skills=skills,
            add=add_skill or (),
            remove=remove_skill or (),
            experience=experience,
            add_terms=skill_word or (),
        )
    about, own = drafts.get_profile(ws), service.skills_profile(ws)
    if as_json:
        print_json(
            {
                "name": about.name,
                "headline": about.headline,
                "skills": list(own.skills),
                "experience": own.experience,
                "cv": own.cv_name,
                "skill_words": [{"name": t.name, "also": list(t.also)} for t in own.terms],
            }
        )
        return
    for line in said:
        console.print(Text(line))
    console.print(Text(f"Name: {about.name or '(not set)'}"))
    console.print(Text(f"Headline: {about.headline or '(not set)'}"))
    console.print(Text(f"Skills: {', '.join(own.skills) if own.skills else '(none yet)'}"))
    if own.experience:
        console.print(Text(f"Experience: {own.experience}"))
    console.print(Text(f"CV: {own.cv_name or '(none)'}"))
    if own.terms:
        console.print(Text("Skill words: " + "; ".join(t.line() for t in own.terms)))
    if about.name is None:
        console.print("Drafts sign with your name once you set it: nextyes profile --name ...")
    if not own.skills:
        console.print(
            "The fit check compares postings with your skills: nextyes profile --cv FILE,"
            " or --add-skill SKILL"
        )


def _cv_bytes(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_CV_BYTES:
            raise InvalidInput(
                f"{path.name} is over {MAX_CV_BYTES // (1024 * 1024)} MB; a CV is far smaller"
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"there is no file {path}") from None
    except IsADirectoryError:
        raise InvalidInput(f"{path} is a folder; give your CV's file") from None
    except PermissionError:
        raise InvalidInput(f"{path} cannot be read (no permission)") from None


def fit(
    application_id: Annotated[int, typer.Argument(metavar="ID")],
    as_json: AsJson = False,
) -> None:
    """How your skills meet the posting of one application: the skills it asks for that you
    have, the ones you do not (yet), and which of those are already on your to-learn list."""
    found = service.fit_for_application(workspace(), application_id)
    check = found.fit
    if as_json:
        print_json(_fit_record(found))
        return
    a = found.application
    console.print(f"[bold]{escape(a.role)} at {escape(a.company)}[/bold]")
    if not found.has_description:
        console.print(
            "There is no posting text to compare with yet: add it with"
            f" nextyes edit application {a.id} --description ..., or add the application"
            " from its posting (nextyes add --from URL)."
        )
        return
    console.print(f"Fit: {SCALE_WORDS[check.scale]}.")
    console.print(Text(check.summary))
    for label, names in (
        ("You have (asked for)", check.matched_required),
        ("Not on your list (asked for)", check.missing_required),
        ("You have (nice to have)", check.matched_nice),
        ("Not on your list (nice to have)", check.missing_nice),
        ("Already on your to-learn list", check.missing_but_learning),
    ):
        if names:
            console.print(Text(f"{label}: {', '.join(names)}"))
    if not found.has_skills:
        console.print(
            "Your skills are not in NextYes yet, so nothing can match: nextyes profile --cv FILE"
            " or --add-skill SKILL"
        )


def _fit_record(found: service.ApplicationFit) -> dict[str, Any]:
    check = found.fit
    return {
        "application_id": found.application.id,
        "scale": check.scale if found.has_description else "unknown",
        "summary": check.summary,
        "required": list(found.found.required),
        "nice_to_have": list(found.found.nice_to_have),
        "matched_required": list(check.matched_required),
        "missing_required": list(check.missing_required),
        "matched_nice": list(check.matched_nice),
        "missing_nice": list(check.missing_nice),
        "missing_but_learning": list(check.missing_but_learning),
        "has_posting_text": found.has_description,
        "has_skills": found.has_skills,
    }


def register(app: typer.Typer) -> None:
    app.command()(profile)
    app.command()(fit)
