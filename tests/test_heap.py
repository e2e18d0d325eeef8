"""`viewer.heap`: the C heap keeps freed memory for a command that runs the engine once, and
Python's collector runs rarely there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from viewer import heap


def test_a_user_who_sets_a_glibc_heap_variable_keeps_every_default(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MALLOC_TRIM_THRESHOLD_", "131072")
    assert heap.keep_freed_memory() is False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc on Linux only")
def test_on_glibc_the_settings_are_taken_and_large_arrays_still_work() -> None:
    # In a child process: the settings last for the rest of the process.
    code = ("import numpy as np; from viewer import heap; "
            "assert heap.keep_freed_memory(); "
            "a = [np.ones(1 << k) for k in range(10, 26)]; "
            "del a; b = np.zeros(1 << 25); print(int(b.sum()))")
    result = _run_without_glibc_variables(code)
    assert result.stdout.strip() == "0"


def test_releasing_freed_memory_does_nothing_unless_it_is_kept(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(heap, "_libc", None)
    heap.release_freed_memory()  # no C library asked: nothing to call


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc on Linux only")
def test_freed_memory_kept_is_released_before_workers_fork() -> None:
    # 128 MiB freed stay in the process (below the trim threshold) until released.
    code = ("import numpy as np, os; from viewer import heap; "
            "assert heap.keep_freed_memory(); "
            "rss = lambda: int(open('/proc/self/statm').read().split()[1]) "
            "* os.sysconf('SC_PAGE_SIZE') >> 20; "
            "a = np.ones(1 << 24); del a; kept = rss(); heap.release_freed_memory(); "
            "print('ok' if kept - rss() > 100 else f'{kept} -> {rss()} MiB')")
    result = _run_without_glibc_variables(code)
    assert result.stdout.strip() == "ok"


def test_the_windows_engine_child_keeps_freed_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    """The child process the window runs an alignment in ends after it, as `parallax align`
    does: it asks the C library to keep freed memory too (the window's own process does not)."""
    from viewer.jobs import child_process

    asked: list[bool] = []
    def keep() -> bool:
        asked.append(True)
        return True

    monkeypatch.setattr(heap, "keep_freed_memory", keep)

    class _Closed:
        def recv(self) -> object:
            raise EOFError

        def close(self) -> None:
            pass

    # A closed pipe: its parent is gone, so it ends quietly (tests/test_fault_matrix_jobs.py).
    child_process._child(_Closed(), None)  # type: ignore[arg-type]
    assert asked == [True]


def _run_without_glibc_variables(code: str) -> subprocess.CompletedProcess[str]:
    """`code` in a fresh Python with none of glibc's MALLOC_ variables set; it must succeed."""
    environment = {name: value for name, value in os.environ.items()
                   if not name.startswith("MALLOC_")}
    environment["PYTHONPATH"] = str(Path(heap.__file__).resolve().parent.parent)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False, env=environment)
    assert result.returncode == 0, result.stderr
    return result


def test_collecting_rarely_leaves_the_older_generations_alone() -> None:
    code = ("import gc; from viewer import heap; old = gc.get_threshold(); "
            "heap.collect_rarely(); new = gc.get_threshold(); "
            "print(new[0] == heap.COLLECT_AFTER_OBJECTS and new[1:] == old[1:])")
    result = _run_without_glibc_variables(code)
    assert result.stdout.strip() == "True"
