"""reflect, lessons, skill, practice [log], write."""

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.text import Text

from nextyes.cli.common import JSON_HELP, console, errors, print_json, workspace
from nextyes.cli.render_reflect import entries_table, lessons_view, practice_table
from nextyes.domain.errors import InvalidInput
from nextyes.domain.fields import parse_choice
from nextyes.domain.lessons import SkillStatus
from nextyes.domain.reflections import LIST_FIELDS, PROMPTS, ReflectionAnswers, answers_from_mapping
from nextyes.services import reflections as service
from nextyes.services import writing

AsJson = Annotated[bool, typer.Option("--json", help=JSON_HELP)]

practice_app = typer.Typer(
    help="Questions that caught you out, in the order to practise them.",
    invoke_without_command=True,
)


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as problem:
        reason = getattr(problem, "strerror", None) or "not readable UTF-8 text"
        raise InvalidInput(f"cannot read {path}: {reason}") from None


def answers_from_file(path: Path, base: ReflectionAnswers) -> ReflectionAnswers:
    try:
        data = json.loads(read_text(path))
    except json.JSONDecodeError as problem:
        raise InvalidInput(
            f"{path} is not valid JSON: {problem.msg} (line {problem.lineno})"
        ) from None
    if not isinstance(data, dict):
        raise InvalidInput(f"{path} must hold one JSON object with the answers as keys")
    return answers_from_mapping(base, data)


def ask(base: ReflectionAnswers) -> ReflectionAnswers:
    """One prompt at a time; Enter skips one (or keeps what was saved before)."""
    console.print("Answer what helps, skip the rest with Enter.\n")
    typed: dict[str, Any] = {}
    for name, question in PROMPTS.items():
        current = getattr(base, name)
        if name in LIST_FIELDS:
            typed[name] = ask_lines(question, current)
        else:
            shown = "" if current is None else str(current)
            typed[name] = typer.prompt(
                question, default=shown, show_default=bool(shown), prompt_suffix="\n> "
            )
    return answers_from_mapping(base, typed)


def ask_lines(question: str, current: tuple[str, ...]) -> list[str]:
    console.print(Text(question))
    if current:
        console.print(Text("  Saved: " + "; ".join(current) + " (Enter keeps them)"))
    lines: list[str] = []
    while line := typer.prompt("", default="", show_default=False, prompt_suffix="> "):
        lines.append(line)
    return lines or list(current)


def reflect(
    application_id: Annotated[int, typer.Argument(metavar="ID")],
    from_file: Annotated[
        Path | None,
        typer.Option("--from", metavar="FILE.json", help="Answers as JSON, keyed by field name."),
    ] = None,
    as_json: AsJson = False,
) -> None:
    """Look back on a "no": a short post-mortem. Again on the same application updates it."""
    ws = workspace()
    start = service.reflection_start(ws, application_id)
    if from_file is not None:
        answers = answers_from_file(from_file, start.answers)
    else:
        title = f"Looking back at {start.application.company} ({start.application.role})"
        console.print(Text(title, style="bold"))
        answers = ask(start.answers)
    saved = service.reflect(ws, application_id, answers)
    if as_json:
        print_json(saved.reflection)
        return
    verb = "Saved" if saved.created else "Updated"
    console.print(Text(f"{verb} your reflection on {start.application.company}. Thank you."))
    if saved.closed_step_ids:
        console.print("The post-mortem step of your plan is done.")
    console.print("See what it adds up to: nextyes lessons")


def lessons(as_json: AsJson = False) -> None:
    """Themes across your reflections, skills to learn, and what to practise next."""
    found = service.lessons(workspace())
    if as_json:
        print_json(found)
    else:
        console.print(lessons_view(found))


def skill(
    skill_id: Annotated[int, typer.Argument(metavar="SKILL_ID")],
    status: Annotated[str, typer.Argument(metavar="STATUS", help="to_learn, learning or done")],
    as_json: AsJson = False,
) -> None:
    """Mark a skill to_learn, learning or done."""
    chosen = parse_choice(SkillStatus, status, "skill status")
    updated = service.set_skill_status(workspace(), skill_id, chosen)
    if as_json:
        print_json(updated)
    else:
        console.print(Text(f"{updated.name}: {updated.status.value.replace('_', ' ')}."))


@practice_app.callback()
def practice(ctx: typer.Context, as_json: AsJson = False) -> None:
    """What to practise next: never practised first, then the ones that felt weakest."""
    if ctx.invoked_subcommand is not None:
        return
    items = service.practice_next(workspace())
    if as_json:
        print_json(items)
    elif not items:
        console.print("No questions yet: they come from the reflections (nextyes reflect ID).")
    else:
        console.print(practice_table(items))


@practice_app.command(name="log")
def practice_log(
    question_id: Annotated[int, typer.Argument(metavar="QUESTION_ID")],
    felt: Annotated[int, typer.Option(help="How it felt, 1 (shaky) to 5 (confident).")],
    note: Annotated[str | None, typer.Option(help="A note for next time.")] = None,
    as_json: AsJson = False,
) -> None:
    """Log a practice run of one question."""
    entry = service.log_practice(workspace(), question_id, felt, note)
    if as_json:
        print_json(entry)
    else:
        console.print(f"Logged: practised question #{entry.question_id}, felt {entry.felt}/5.")


def write(
    file: Annotated[
        Path | None, typer.Option(metavar="PATH", help="Read the entry from this file.")
    ] = None,
    share: Annotated[bool, typer.Option("--share", help="Mark the entry not private.")] = False,
    as_list: Annotated[
        bool, typer.Option("--list", help="List past entries: dates and first words.")
    ] = False,
    as_json: AsJson = False,
) -> None:
    """Expressive writing: a prompt, then your words from stdin (or --file). Private unless
    --share."""
    ws = workspace()
    if as_list:
        if file is not None or share:
            raise InvalidInput("--list shows past entries; leave out --file and --share")
        listed = writing.list_entries(ws)
        if as_json:
            print_json(listed)
        else:
            console.print(entries_table(listed) if listed else "No entries yet.")
        return
    prompt = writing.next_prompt(ws)
    # With --json the prompt goes to stderr, so stdout stays one JSON document.
    out = errors if as_json else console
    out.print(Text(prompt.prompt, style="bold"))
    out.print(Text(prompt.evidence, style="dim"))
    if file is None and sys.stdin.isatty():
        out.print("Write for as long as you like, then press Ctrl-D on an empty line.")
    body = read_text(file) if file is not None else sys.stdin.read()
    entry = writing.write_entry(ws, prompt.prompt, body, private=not share)
    if as_json:
        print_json(entry)
    else:
        kept = "private" if entry.private else "shared (not private)"
        console.print(f"Saved as {kept}. Thank you for taking the time.")


def register(app: typer.Typer) -> None:
    app.command()(reflect)
    app.command()(lessons)
    app.command()(skill)
    app.add_typer(practice_app, name="practice")
    app.command()(write)
