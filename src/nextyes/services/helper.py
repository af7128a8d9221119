"""A helper process that ends with its parent, however the parent ends.

A forked worker of a ProcessPoolExecutor waits for work on a pipe whose writing end it
inherited too, so it never sees the pipe close: when the parent is killed (SIGKILL, the
machine's out-of-memory killer), the helper would wait for good. `end_with_parent` is the
pool's initializer and closes that gap twice over:

- on Linux, the kernel sends the helper SIGKILL the moment its parent dies (prctl
  PR_SET_PDEATHSIG); the parent may already have died before the call, so the parent's id is
  checked right after it;
- everywhere, a daemon thread looks every half second whether the parent is still the one
  that started the helper (an orphan is adopted by another process), and ends the helper if
  not.

PR_SET_PDEATHSIG fires when the *thread* that forked the helper ends, not only the process:
start the pool from a thread that lives as long as the import (the CLI's main thread)."""

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
POLL_SECONDS = 0.5


def end_with_parent(parent: int) -> None:
    """Run in the helper as it starts; `parent` is the id of the process that starts it."""
    if sys.platform == "linux":
        _ask_the_kernel()
    if os.getppid() != parent:  # the parent died before the helper could ask
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), name="parent-watch", daemon=True).start()


def _ask_the_kernel() -> None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # no usable libc (e.g. a static build): the watching thread still ends it


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(POLL_SECONDS)
    # os._exit, not sys.exit: nothing here to flush, and a thread cannot end the process
    # any other way while the main thread waits for work.
    os._exit(1)
