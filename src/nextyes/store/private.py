"""Files only their owner can read: the database, its WAL files, backups, the data folder.

A search holds rejections, private writing and mood: nobody else on the machine should be
able to read them, so files are made 0600 and folders 0700, and older ones (made 0644/0755
before this was done) are fixed when NextYes next starts."""

import os
from pathlib import Path

FILE = 0o600
FOLDER = 0o700
# SQLite keeps these beside the database; they hold recent changes in full.
SIDE_FILES = ("-wal", "-shm", "-journal")


def private_folder(path: Path) -> Path:
    """`path` as a folder only its owner can open, made if missing."""
    path.mkdir(mode=FOLDER, parents=True, exist_ok=True)
    _restrict(path, FOLDER)
    return path


def private_file(path: Path) -> Path:
    """`path` as a file only its owner can read, made empty if missing (never truncated)."""
    if not path.exists():
        # Only when missing: opening an existing file for writing fails on a read-only
        # mount, where NextYes still opens the database for reading.
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT, FILE)
        os.close(descriptor)
    _restrict(path, FILE)
    return path


def private_database(path: Path) -> None:
    """The SQLite file at `path` and its side files, private. Made empty if missing (an empty
    file is a new SQLite database): SQLite gives the WAL and shared-memory files it makes
    later the mode of the database file, so a 0600 database keeps them 0600 too."""
    private_file(path)
    for suffix in SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            _restrict(side, FILE)


def _restrict(path: Path, mode: int) -> None:
    try:
        if path.stat().st_mode & 0o777 != mode:
            os.chmod(path, mode)
    except OSError:
        # Not ours to change (another user's file, a read-only mount): the app still works,
        # and failing every command over it would help nobody.
        pass
