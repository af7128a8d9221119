"""A tiny disk of its own for a test: a tmpfs mounted under the test's folder, which the test
can fill to the last byte, free again, and remount read-only (the `tiny_disk` fixture in
conftest.py). Real file systems, real
errors: nothing about the database is mocked.

Mounting needs root (or CAP_SYS_ADMIN); without it the tests that need a disk are skipped,
loudly, saying so."""

import errno
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

SIZE = "4m"  # room for a migrated database (about 0.4 MB), its WAL and the fillers
NO_MOUNT = (
    "disk-full and read-only tests SKIPPED: cannot mount a tmpfs here ({reason}). They need"
    " root or CAP_SYS_ADMIN (`mount -t tmpfs -o size=4m tmpfs DIR`); run them as root."
)


class TinyDisk:
    def __init__(self, root: Path) -> None:
        self.root = root
        self._fillers: list[Path] = []

    def fill(self, leave: int = 0) -> None:
        """Take every free byte but about `leave` (rounded to the file system's pages)."""
        filler = self.root / f"filler-{len(self._fillers)}"
        self._fillers.append(filler)
        chunk = b"\0" * 4096
        with filler.open("wb", buffering=0) as out:
            while self.free_bytes() > leave:
                try:
                    out.write(chunk)
                except OSError as problem:
                    if problem.errno != errno.ENOSPC:
                        raise
                    break

    def free(self) -> None:
        for filler in self._fillers:
            filler.unlink(missing_ok=True)
        self._fillers.clear()

    def free_bytes(self) -> int:
        found = os.statvfs(self.root)
        return found.f_bavail * found.f_frsize

    def read_only(self) -> None:
        _mount("-o", "remount,ro", str(self.root))

    def writable(self) -> None:
        _mount("-o", "remount,rw", str(self.root))


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True, text=True)


@contextmanager
def mounted(root: Path) -> Iterator[TinyDisk]:
    """A tiny tmpfs at `root` (made here), unmounted afterwards; skips the test without it."""
    root.mkdir()
    try:
        _mount("-t", "tmpfs", "-o", f"size={SIZE},mode=0755", "tmpfs", str(root))
    except (OSError, subprocess.CalledProcessError) as problem:
        reason = getattr(problem, "stderr", None) or str(problem)
        pytest.skip(NO_MOUNT.format(reason=str(reason).strip()))
    try:
        yield TinyDisk(root)
    finally:
        subprocess.run(["umount", "-l", str(root)], check=False, capture_output=True)
