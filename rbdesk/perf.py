"""Small helpers for speed that every layer may use (standard library only)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_paused = 0  # how many gc_paused blocks are running, on any thread
_was_enabled = False  # whether the collector ran before the first of them


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while building or scanning many acyclic
    objects. Its full passes walk the whole heap, so with 100,000 units loaded they
    make loading, checking and comparing grow faster than the plan (measured: a
    quarter of a 100k-unit load); on a worker thread a full pass (about 100 ms with a
    10k plan in the window) holds the interpreter lock and stalls the window. Reference
    counting still frees everything.

    Safe across threads: the collector runs again when the last block running, on any
    thread, ends, and only if it ran before the first began."""
    global _paused, _was_enabled
    with _lock:
        if _paused == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _lock:
            _paused -= 1
            if _paused == 0 and _was_enabled:
                gc.enable()
