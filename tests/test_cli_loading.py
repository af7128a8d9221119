"""The command line loads a command's module only when that command runs: the map of
commands to modules in nextyes.cli must say exactly what each module registers, or a
command would go missing (or answer under the wrong name) with nothing failing at import."""

import ast
import json
import re
import sys
from pathlib import Path

import pytest

from nextyes.cli import COMMANDS, commands_of
from tests.cli_runner import Cli

CLI_PACKAGE = Path(__file__).parent.parent / "src" / "nextyes" / "cli"


def modules_with_register() -> set[str]:
    """The CLI modules that define a top-level `register` function, read from their source."""
    found = set()
    for path in CLI_PACKAGE.glob("*.py"):
        tree = ast.parse(path.read_text())
        if any(isinstance(node, ast.FunctionDef) and node.name == "register" for node in tree.body):
            found.add(path.stem)
    return found


def test_every_module_that_registers_commands_is_in_the_map() -> None:
    assert set(COMMANDS.values()) == modules_with_register()


@pytest.mark.parametrize("module", sorted(set(COMMANDS.values())))
def test_the_map_names_exactly_what_each_module_registers(module: str) -> None:
    mapped = {name for name, owner in COMMANDS.items() if owner == module}
    assert set(commands_of(module).commands) == mapped


def test_a_command_loads_its_own_module_and_not_the_others(tmp_path: Path) -> None:
    # The real entry point in a new interpreter that reports, as it exits, which command
    # modules it imported. `list` needs the applications module and the shared helpers.
    report = (
        "import atexit, json, sys\n"
        "atexit.register(lambda: print(json.dumps(sorted("
        "m for m in sys.modules if m.startswith('nextyes.cli.')))))\n"
        "from nextyes.cli import main\n"
        "sys.argv = ['nextyes', 'list', '--json']\n"
        "main()\n"
    )
    cli = Cli.fresh(tmp_path)
    done = cli(command=[sys.executable, "-c", report])
    assert done.returncode == 0, done.stderr
    listed, loaded = done.stdout.strip().rsplit("\n", 1)
    assert json.loads(listed) == []
    loaded_modules = set(json.loads(loaded))
    assert "nextyes.cli.applications" in loaded_modules
    for elsewhere in ("inbox", "inbox_import", "inbox_classify", "reflect", "stats", "admin"):
        assert f"nextyes.cli.{elsewhere}" not in loaded_modules


def test_a_mistyped_command_still_gets_a_suggestion(tmp_path: Path) -> None:
    done = Cli.fresh(tmp_path)("lst")
    assert done.returncode == 2
    assert done.stderr.strip() == "error: No such command 'lst'. Did you mean 'list'?"


def test_help_lists_every_command_in_the_maps_order(tmp_path: Path) -> None:
    done = Cli.fresh(tmp_path)("--help")
    assert done.returncode == 0, done.stderr
    # A command's row starts with its name; wrapped descriptions start with spaces.
    rows = re.findall(r"^│ ([a-z]+) ", done.stdout, re.M)
    assert rows == list(COMMANDS)
