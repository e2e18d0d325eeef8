"""Where the wall time of one `parallax align --json FOLDER` goes (run by hand): the command
runs in this process with a timer around each stage the pipeline calls, the JSON writing, and
every chunk a worker pool maps (in whichever process runs it), and prints when each started and
ended, in seconds since this process started, to stderr. The JSON goes to stdout as usual.

    python benchmarks/bench_timeline.py FOLDER > /dev/null

Chunk lines name the process (pid) that ran them: with the pool, the parent's and the
workers' chunks interleave, and the gaps between stages are the parent's own work on one core.
Results go to docs/benchmarks.md (by hand).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

STARTED = time.perf_counter()
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import viewer.commands.align as align_command  # noqa: E402
import viewer.engine.align as align  # noqa: E402
import viewer.engine.chain as chain  # noqa: E402
import viewer.engine.pipeline as pipeline  # noqa: E402
import viewer.engine.tokens as tokens  # noqa: E402
import viewer.loading as loading  # noqa: E402

STAGES = ("tokenise", "index_ngrams", "candidate_seeds", "chain_and_extend",
          "_fragments_and_long_matches", "statements_from_long_matches", "join_story_pieces",
          "align_statements", "coverage", "similarity")
CHUNKS = ((loading, "_load_chunk"), (tokens, "_tokenise_batch"), (chain, "_chain_chunk"),
          (align, "_align_chunk"))


def main() -> int:
    from viewer.cli import main as run_command

    for name in STAGES:
        if hasattr(pipeline, name):  # (a stage renamed in the pipeline is not timed, not fatal)
            setattr(pipeline, name, _timed("stage", name, getattr(pipeline, name)))
    # (the JSON is made as it is written: the passages' pieces inside write_output)
    align_command.write_output = _timed("stage", "write_output", align_command.write_output)
    for module, name in CHUNKS:
        function = getattr(module, name)
        timed = _timed("chunk", name, function)
        # (a worker process finds the function by name; the pool calls what it is given)
        timed.__name__, timed.__qualname__ = function.__name__, function.__qualname__
        setattr(module, name, timed)
    code = run_command(["align", "--json", *sys.argv[1:]])
    sys.stdout.flush()
    _say(f"end {time.perf_counter() - STARTED:.3f}")
    return code


def _timed(kind: str, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter() - STARTED
        value = function(*args, **kwargs)
        ended = time.perf_counter() - STARTED
        _say(f"{kind} {name} pid {os.getpid()} {started:.3f} -> {ended:.3f} "
             f"({ended - started:.3f} s)")
        return value
    return run


def _say(line: str) -> None:
    os.write(2, (line + "\n").encode())  # (a forked worker leaves without flushing buffers)


if __name__ == "__main__":
    raise SystemExit(main())
