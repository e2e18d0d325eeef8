"""The statement benchmark's measuring: peak memory and time limits of a child, its inputs."""

from __future__ import annotations

import sys
from pathlib import Path

from benchmarks.bench_statements import pathological_cases, run_measured


def test_a_child_s_output_and_peak_memory_are_measured(tmp_path: Path) -> None:
    output = tmp_path / "out.txt"
    code = "b = bytearray(150 * 1024 * 1024); b[::4096] = b'x' * len(b[::4096]); print('done')"
    run = run_measured([sys.executable, "-c", code], cwd=tmp_path, output=output, timeout=60,
                       memory_limit_gb=4)
    assert run.exit_code == 0 and run.note == ""
    assert output.read_text() == "done\n"
    assert run.peak_mb >= 150
    small = run_measured([sys.executable, "-c", "print(1)"], cwd=tmp_path, output=output,
                         timeout=60, memory_limit_gb=4)
    assert small.peak_mb < run.peak_mb - 100


def test_a_small_child_of_a_big_process_is_measured_small(tmp_path: Path) -> None:
    # A forked child's ru_maxrss starts at its parent's RSS; the launcher keeps it out.
    ballast = bytearray(400 * 1024 * 1024)
    ballast[::4096] = b"x" * len(ballast[::4096])
    small = run_measured([sys.executable, "-c", "print(1)"], cwd=tmp_path,
                         output=tmp_path / "out.txt", timeout=60, memory_limit_gb=4)
    assert small.exit_code == 0
    assert small.peak_mb < 150
    del ballast


def test_a_runaway_child_is_stopped_by_the_time_and_memory_limits(tmp_path: Path) -> None:
    output = tmp_path / "out.txt"
    slow = run_measured([sys.executable, "-c", "import time; time.sleep(60)"], cwd=tmp_path,
                        output=output, timeout=0.5, memory_limit_gb=4)
    assert slow.wall < 30
    assert "killed" in slow.note
    greedy = run_measured([sys.executable, "-c", "b = bytearray(3 * 1024 ** 3)"], cwd=tmp_path,
                          output=output, timeout=60, memory_limit_gb=1)
    assert greedy.exit_code != 0
    assert "MemoryError" in greedy.note


def test_the_pathological_inputs_are_what_they_say(tmp_path: Path) -> None:
    cases = pathological_cases(tmp_path, missile_words=100, tiny_files=40)
    missile, wire, tiny = cases.values()
    assert [p.read_text() for p in sorted(missile.iterdir())] == ["missile " * 100] * 3
    copies = sorted(wire.iterdir())
    assert len(copies) == 200
    assert len({path.read_text() for path in copies}) > 150  # near-identical, not identical
    assert len(list(tiny.iterdir())) == 40
