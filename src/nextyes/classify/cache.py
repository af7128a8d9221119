"""The fitted default classifier, kept on disk so that each `nextyes` process does not train
it again (a few seconds on a slow machine).

Where: NEXTYES_CACHE_DIR if set, else the platform's user cache folder
(platformdirs.user_cache_dir("nextyes"), e.g. ~/.cache/nextyes on Linux). One file,
`classifier-KEY.pickle`, where KEY is a hash of everything the fitted model depends on: the
shipped corpus, the classifier's own source, and the Python, scikit-learn, NumPy and SciPy
versions. A file from another key, or one that cannot be read, is ignored and replaced after
training again; deleting the folder is always safe.

Only the model fitted on the shipped corpus is stored: it holds nothing of the person's. A
model that includes someone's corrections (their own mail text) is kept in memory only.

The file is read with pickle, which can run code: it is the program's own file, written
(mode 0600, atomically: a temporary file, then os.replace) into the user's own cache
folder, so reading it trusts nothing more than the program's own installation does. A file
another user owns, or that others may write to, is not read."""

import contextlib
import hashlib
import os
import pickle
import stat
import sys
import tempfile
from functools import cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

CACHE_VARIABLE = "NEXTYES_CACHE_DIR"
FORMAT = 1  # raise when what is stored changes shape
PREFIX = "classifier-"
SUFFIX = ".pickle"
_LIBRARIES = ("scikit-learn", "numpy", "scipy")


def cache_dir() -> Path:
    override = os.environ.get(CACHE_VARIABLE)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("nextyes", appauthor=False))


@cache
def model_key() -> str:
    """A hash of the corpus, the classifier's source and the library versions."""
    digest = hashlib.sha256(f"format {FORMAT}\npython {sys.version}\n".encode())
    for library in _LIBRARIES:
        try:
            version = metadata.version(library)
        except metadata.PackageNotFoundError:
            version = "none"
        digest.update(f"{library} {version}\n".encode())
    package = resources.files("nextyes.classify")
    entries = [e for e in package.iterdir() if e.name.endswith(".py")]
    entries += [e for e in (package / "corpus").iterdir() if e.name.endswith(".jsonl")]
    for entry in sorted(entries, key=lambda e: e.name):
        data = entry.read_bytes()
        digest.update(f"{entry.name} {len(data)}\n".encode())
        digest.update(data)
    return digest.hexdigest()[:32]


def cache_path() -> Path:
    return cache_dir() / f"{PREFIX}{model_key()}{SUFFIX}"


def load() -> Any | None:
    """The stored classifier for this key, or None (missing, unreadable, another key)."""
    try:
        with cache_path().open("rb") as file:
            if not _private(os.fstat(file.fileno())):
                return None
            stored = pickle.load(file)
    except Exception:  # missing, truncated, from another version: train instead
        return None
    if not isinstance(stored, dict) or stored.get("key") != model_key():
        return None
    return stored.get("classifier")


def _private(status: os.stat_result) -> bool:
    """Only a file this user owns and nobody else may write is read (on POSIX systems)."""
    if not hasattr(os, "getuid"):
        return True
    return status.st_uid == os.getuid() and not status.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def store(classifier: Any) -> None:
    """Write atomically with mode 0600; a cache that cannot be written is not an error
    (the next process trains again), and files of other keys are removed."""
    path = cache_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{PREFIX}", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as file:  # mkstemp creates it 0600
            pickle.dump(
                {"key": model_key(), "classifier": classifier},
                file,
                protocol=pickle.HIGHEST_PROTOCOL,
            )
        os.replace(temporary, path)
    except Exception:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return
    for old in path.parent.glob(f"{PREFIX}*{SUFFIX}"):
        if old != path:
            with contextlib.suppress(OSError):
                old.unlink()
