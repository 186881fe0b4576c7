"""``gc_paused`` across threads: the collector runs again only when the last paused
block ends, whichever thread it is on, and only if it ran before."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from rbdesk.perf import gc_paused


@pytest.fixture(autouse=True)
def collector_back() -> Iterator[None]:
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_blocks_overlapping_on_two_threads_keep_the_collector_paused() -> None:
    gc.enable()
    entered, release = threading.Event(), threading.Event()

    def worker() -> None:
        with gc_paused():
            entered.set()
            release.wait(10)

    thread = threading.Thread(target=worker)
    with gc_paused():
        thread.start()
        assert entered.wait(10)
    # the window's block ended first: the worker's still runs, so no collection yet
    assert not gc.isenabled()
    release.set()
    thread.join(10)
    assert gc.isenabled()


def test_nested_blocks_and_a_collector_paused_before() -> None:
    gc.enable()
    with gc_paused():
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    with gc_paused():
        pass
    assert not gc.isenabled()  # paused by someone else before: left so


def test_an_error_inside_still_resumes_the_collector() -> None:
    gc.enable()
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()
