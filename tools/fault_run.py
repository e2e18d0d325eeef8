"""Running one cell of the fault matrix: a real `python -m viewer` (or a driver script) with its
own home folder, maybe as nobody or on an X server, and judging what it did (no traceback, no
hang, one line naming the file, the good articles loaded). Used by tools/fault_matrix.py."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from fault_inputs import REPO, Case

# --- running ------------------------------------------------------------------------------------

def environment(home: Path, display: str | None = None) -> dict[str, str]:
    """A cell's process environment: its own home, data and config folders, this checkout on
    the path, off screen or on `display`."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PYTEST_CURRENT_TEST")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
               PYTHONPATH=str(REPO), PYTHONDONTWRITEBYTECODE="1")
    if display is None:
        env["QT_QPA_PLATFORM"] = "offscreen"
    else:
        env["DISPLAY"] = display
        env["QT_QPA_PLATFORM"] = "xcb"
    return env


@dataclass
class Outcome:
    code: int | None
    out: bytes
    err: bytes
    seconds: float
    hung: bool = False


def run(args: list[str | os.PathLike[str]], home: Path, *, user: int | None = None,
        timeout: float = 300, display: str | None = None, window_seconds: float = 0,
        ) -> Outcome:
    prefix: list[str] = []
    if user is not None:
        prefix = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups"]
    command = [*prefix, sys.executable, "-m", "viewer", *(os.fspath(a) for a in args)]
    started = time.monotonic()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        child = subprocess.Popen(command, stdout=out, stderr=err, cwd=REPO,
                                 env=environment(home, display), start_new_session=True)
        hung = False
        if window_seconds:
            # The window: it must still be running after loading, then close on Ctrl+C.
            try:
                child.wait(window_seconds)
            except subprocess.TimeoutExpired:
                child.send_signal(signal.SIGINT)
            else:
                hung = False
        try:
            child.wait(timeout)
        except subprocess.TimeoutExpired:
            hung = True
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
        seconds = time.monotonic() - started
        out.seek(0)
        err.seek(0)
        return Outcome(child.returncode, out.read(), err.read(), seconds, hung)


def _names(path: Path) -> list[str]:
    """How a message may name `path`: its name printed with escapes (`printable`)."""
    from viewer.printable import printable

    return [printable(path.name), printable(str(path))]



def judge(outcome: Outcome, case: Case, column: str) -> str:
    err = outcome.err.decode("utf-8", "replace")
    if column == "align alone":
        return judge_alone(outcome, case)
    if outcome.hung:
        return f"FAIL: hung ({outcome.seconds:.0f} s)"
    if "Traceback" in err or "internal error" in err:
        line = next((x for x in err.splitlines() if "Error" in x), err.strip()[-200:])
        return f"FAIL: traceback ({line.strip()[:160]})"
    if outcome.code is not None and outcome.code < 0:
        return f"FAIL: killed by signal {-outcome.code}"
    if column == "window":
        if outcome.code not in (0, 130) or outcome.seconds < 3:
            return f"FAIL: window exited {outcome.code} after {outcome.seconds:.0f} s"
    elif column == "screenshot":
        if outcome.code != 0:
            return f"FAIL: exit {outcome.code}: {err.strip()[:160]}"
    elif outcome.code != 0:
        return f"FAIL: exit {outcome.code}: {err.strip()[:160]}"
    bad = case.bad
    if bad is not None and case.expect == "refuse":
        lines = [x for x in err.splitlines() if any(n in x for n in _names(bad))]
        if not lines:
            return f"FAIL: no line naming {bad.name!r}: {err.strip()[:160]}"
    if column in ("align", "align file") and outcome.code == 0:
        result = json.loads(outcome.out)
        paths = {d["path"] for d in result["documents"]}
        texts = {d["path"]: d["text"] for d in result["documents"]}
        missing = [n for n in ("good_a.txt", "good_b.txt")
                   if not any(p.endswith(n) for p in paths)]
        if missing:
            return f"FAIL: good files not loaded: {missing}"
        if bad is not None and case.expect == "load":
            mine = [t for p, t in texts.items() if p.endswith(bad.name)
                    or p.endswith(os.fsdecode(os.fsencode(bad.name)))]
            if not mine:
                return f"FAIL: {bad.name} not loaded: {err.strip()[:160]}"
            if case.text is not None and case.text not in mine[0]:
                return f"FAIL: {bad.name} decoded wrong: {mine[0][-120:]!r}"
        if not result["passages"]:
            return "FAIL: the good files' shared passage was not found"
    return "pass"



def judge_alone(outcome: Outcome, case: Case) -> str:
    """`align BAD` with nothing else: a refused input is one line naming it and exit 2 (a run
    in which nothing usable remains); an input that loads is exit 0 with it in the result."""
    err = outcome.err.decode("utf-8", "replace")
    if outcome.hung:
        return f"FAIL: hung ({outcome.seconds:.0f} s)"
    if "Traceback" in err or "internal error" in err:
        return f"FAIL: traceback ({err.strip().splitlines()[-1][:160]})"
    bad = case.bad
    assert bad is not None
    named = [x for x in err.splitlines() if any(n in x for n in _names(bad))]
    if outcome.code == 2:
        if case.expect == "load":
            return f"FAIL: exit 2 on a file that should load: {err.strip()[:160]}"
        if not named and case.expect == "refuse":
            return f"FAIL: no line naming {bad.name!r}: {err.strip()[:160]}"
        if len(err.strip().splitlines()) > len(named) + 1:
            return f"FAIL: more than one line per problem: {err.strip()[:160]}"
        return "pass"
    if outcome.code == 0 and case.expect != "refuse":
        documents = json.loads(outcome.out)["documents"]
        if not documents:
            return "FAIL: exit 0 with no document"
        return "pass"
    return f"FAIL: exit {outcome.code}: {err.strip()[:160]}"



def run_python(script: Path, args: list[Path], home: Path, user: int | None = None,
               timeout: float = 300, display: str | None = None) -> Outcome:
    prefix = (["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups"]
              if user is not None else [])
    started = time.monotonic()
    try:
        done = subprocess.run([*prefix, sys.executable, str(script), *map(os.fspath, args)],
                              capture_output=True, timeout=timeout, cwd=REPO,
                              env=environment(home, display), check=False)
    except subprocess.TimeoutExpired as expired:
        return Outcome(None, expired.stdout or b"", expired.stderr or b"",
                       time.monotonic() - started, hung=True)
    return Outcome(done.returncode, done.stdout, done.stderr, time.monotonic() - started)



def digest(path: Path) -> str:
    import hashlib

    try:
        info = path.stat()
        if info.st_size > 100 * 1024 * 1024:
            return f"{info.st_size}:{info.st_mtime_ns}"
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "missing"
