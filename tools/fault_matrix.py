"""The fault matrix, run by hand: every kind of bad input and fault against every entry point.

    python tools/fault_matrix.py [--out DIR] [--rows NAME,NAME] [--columns NAME,NAME]
                                 [--display :99] [--big]

Each row makes its input for real in a fresh folder (a real FIFO, socket, read-only mount,
unprivileged user, sparse 2 GB file, a second process deleting a file while it is listed...);
each column runs one entry point as a real `python -m viewer` process. A cell passes when

  * no traceback is printed and the process neither hangs nor dies of a signal;
  * a command exits 0 when usable articles remain, non-zero when nothing usable is left, and
    a refused input is one stderr line naming the file; the window keeps running;
  * the good articles still load (their ids are in `align --json`'s documents, in the
    project, in the screenshot run's output); what the user made (a project, an annotation
    file) is byte-for-byte unchanged after a failed step.

Prints a Markdown table (rows x columns: pass, FAIL with the reason, or - where the cell
makes no sense) and writes each cell's command, exit code and output under `--out`. Needs root
for the mounts and `setpriv` for the unprivileged rows (those rows are marked "skip" without).
`--big` adds the 200 MB file and the folder of 20,000 files (minutes). Results are recorded in
docs/reliability.md ("The fault matrix").
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import sqlite3
import struct
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GOOD_A = ("title: Strike on the base\n\n"
          "The ministry said in a statement that all of the missiles had been launched from "
          "inside the country and that no one at the base was hurt in the attack on Tuesday.\n"
          "Officials will review the damage tomorrow.\n")
GOOD_B = ("title: Officials describe the attack\n\n"
          "Reporters were told that all of the missiles had been launched from inside the "
          "country and that no one at the base was hurt in the attack on Tuesday night.\n"
          "More details were expected later.\n")
SHARED = "all of the missiles had been launched from inside the country"
PLAIN = "The mayor said the bridge would reopen on Friday after the repairs were finished."


@dataclass
class Case:
    """One row made for real: the folder of articles, the input named, what should happen."""

    folder: Path
    bad: Path | None
    expect: str  # "refuse": a line naming `bad`; "load": `bad` loads (with `text` in it)
    text: str | None = None
    user: int | None = None  # run as this uid/gid (permission rows)
    window_seconds: float = 12  # how long the window is given to load before Ctrl+C
    cleanup: list[Callable[[], object]] = field(default_factory=list)


def _good(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good_a.txt").write_text(GOOD_A, encoding="utf-8")
    (folder / "good_b.txt").write_text(GOOD_B, encoding="utf-8")


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 4 for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def _zip(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("article.txt", GOOD_A)


PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]"
       b"/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def _file(name: str, data: bytes, expect: str = "refuse", text: str | None = None,
          ) -> Callable[[Path], Case]:
    def make(root: Path) -> Case:
        folder = root / "articles"
        _good(folder)
        (folder / name).write_bytes(data)
        return Case(folder, folder / name, expect, text)
    return make


def _made(name: str, build: Callable[[Path], None], expect: str = "refuse",
          ) -> Callable[[Path], Case]:
    def make(root: Path) -> Case:
        folder = root / "articles"
        _good(folder)
        build(folder / name)
        return Case(folder, folder / name, expect)
    return make


def _socket(path: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()


def _symlink_loop(path: Path) -> None:
    other = path.with_name("loop_b.txt")
    path.symlink_to(other.name)
    other.symlink_to(path.name)


def _sparse(size: int) -> Callable[[Path], None]:
    def build(path: Path) -> None:
        with open(path, "wb") as stream:
            stream.truncate(size)
    return build


def _big_file(path: Path) -> None:
    line = (PLAIN + " ").encode() * 1000 + b"\n"
    with open(path, "wb") as stream:
        for _ in range(200 * 1024 * 1024 // len(line) + 1):
            stream.write(line)


def _bytes_name(root: Path) -> Case:
    folder = root / "articles"
    _good(folder)
    bad = Path(os.fsdecode(os.fsencode(folder) + b"/caf\xe9 \xff.txt"))
    bad.write_text(f"title: Bytes name\n\n{PLAIN}\n", encoding="utf-8")
    return Case(folder, bad, "load", PLAIN)


def _bytes_folder(root: Path) -> Case:
    folder = Path(os.fsdecode(os.fsencode(root) + b"/dossier\xe9\xff"))
    _good(folder)
    bad = folder / "third.txt"
    bad.write_text(f"title: In a bytes folder\n\n{PLAIN}\n", encoding="utf-8")
    return Case(folder, bad, "load", PLAIN)


def _run_quiet(*command: str) -> bool:
    return subprocess.run(command, capture_output=True, check=False).returncode == 0


def _read_only_folder(root: Path) -> Case:
    folder = root / "articles"
    _good(folder)
    (folder / "third.txt").write_text(f"title: Third\n\n{PLAIN}\n", encoding="utf-8")
    case = Case(folder, folder / "third.txt", "load", PLAIN)
    if _run_quiet("mount", "--bind", str(folder), str(folder)) and _run_quiet(
            "mount", "-o", "remount,bind,ro", str(folder)):
        case.cleanup.append(lambda: _run_quiet("umount", "-l", str(folder)))
    else:
        folder.chmod(0o555)
    return case


def _permission_denied(root: Path) -> Case:
    folder = root / "articles"
    _good(folder)
    bad = folder / "secret.txt"
    bad.write_text(f"title: Secret\n\n{PLAIN}\n", encoding="utf-8")
    bad.chmod(0o600)
    for path in (root, folder, folder / "good_a.txt", folder / "good_b.txt"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    return Case(folder, bad, "refuse", user=65534)


def _flicker(root: Path) -> Case:
    """A second process deletes and re-creates one article (with another size) as fast as it
    can while the entry point lists and reads the folder."""
    folder = root / "articles"
    _good(folder)
    bad = folder / "flicker.txt"
    bad.write_text(f"title: Flicker\n\n{PLAIN}\n", encoding="utf-8")
    script = ("import os,sys,random\np=sys.argv[1]\nwhile True:\n"
              "  try: os.unlink(p)\n  except OSError: pass\n"
              "  with open(p,'w') as f:\n"
              "    f.write('title: Flicker\\n\\n' + 'word ' * random.randint(1, 5000))\n")
    child = subprocess.Popen([sys.executable, "-c", script, str(bad)])
    case = Case(folder, bad, "either")
    def stop() -> None:
        child.kill()
        child.wait()

    case.cleanup.append(stop)
    return case


def _many_files(root: Path) -> Case:
    folder = root / "articles"
    source = Path("/tmp/real20000/articles")
    folder.mkdir(parents=True)
    names = sorted(os.listdir(source))[:20000] if source.is_dir() else []
    for name in names:
        shutil.copyfile(source / name, folder / name)
    _good(folder)
    for k in range(0, 20000, 1000):  # twenty bad files among them
        (folder / f"bad{k:05d}.txt").write_bytes(b"\x00\x01" * 50 if k % 2 else b"")
    os.mkfifo(folder / "pipe.txt")
    return Case(folder, folder / "bad00000.txt", "refuse", window_seconds=150)


ARTICLE_ROWS: dict[str, Callable[[Path], Case]] = {
    "PNG (as .txt)": _file("image.txt", _png()),
    "ELF program (as .txt)": _file("program.txt",
                                   Path(sys.executable).resolve().read_bytes()[:200_000]),
    "zip (as .txt)": _made("archive.txt", _zip),
    "PDF (as .txt)": _file("paper.txt", PDF),
    "UTF-16 with BOM": _file("utf16bom.txt", f"title: Sixteen\n\n{PLAIN} ü\n".encode("utf-16"),
                             "load", PLAIN + " ü"),
    "UTF-16 LE without BOM": _file("utf16le.txt", f"title: Sixteen\n\n{PLAIN} ü\n".encode(
        "utf-16-le"), "load", PLAIN + " ü"),
    "UTF-16 BE without BOM": _file("utf16be.txt", f"title: Sixteen\n\n{PLAIN} ü\n".encode(
        "utf-16-be"), "load", PLAIN + " ü"),
    "Latin-1": _file("latin1.txt", "title: Été\n\nLe maire a déclaré que le pont rouvrira "
                     "vendredi après les réparations; « très bien ».\n".encode("latin-1"),
                     "load", "déclaré que le pont rouvrira vendredi après"),
    "cp1252": _file("cp1252.txt", "title: Quote\n\nThe mayor said \u201cthe bridge will "
                    "reopen\u201d \u2013 on Friday \u20ac5 fee.\n".encode("cp1252"), "load",
                    "\u201cthe bridge will reopen\u201d \u2013 on Friday \u20ac5"),
    "Shift-JIS": _file("sjis.txt", "title: 橋\n\n市長は金曜日に橋が再開すると述べた。"
                       "修理は終わった。"
                       "東京の住民は喜んでいる。\n".encode("shift_jis"), "load",
                       "市長は金曜日に橋が再開すると述べた"),
    "GBK": _file("gbk.txt", "title: 桥梁\n\n市长说，修理完成后，这座桥将于星期五重新开放。"
                 "居民们对此表示欢迎。\n".encode("gbk"), "load",
                 "市长说，修理完成后，这座桥将于星期五重新开放"),
    "mixed UTF-8 and cp1252": _file(
        "mixed.txt", "title: Mixed\n\nLe maire a déclaré que le pont rouvrira.\n".encode()
        + "Le préfet a ajouté que les réparations étaient terminées.\n".encode("cp1252"),
        "load", "Le maire a déclaré que le pont rouvrira.\n"
        "Le préfet a ajouté que les réparations étaient terminées."),
    "empty file": _file("empty.txt", b""),
    "whitespace only": _file("blank.txt", b" \n\t\n   \r\n"),
    "one 5 MB line": _file("longline.txt", b"title: Long\n\n" + (PLAIN + " ").encode()
                           * (5 * 1024 * 1024 // (len(PLAIN) + 1)), "load", PLAIN),
    "NUL bytes": _file("nul.txt", f"title: Nul\n\n{PLAIN}\x00\x00 more text\n".encode()),
    "HTML-looking .txt": _file("looks.txt", f"<p>title: Tags</p>\n<div>{PLAIN}</div>\n".encode(),
                               "load", PLAIN),
    "real HTML page": _file("page.html", (
        "<!doctype html><html><head><meta charset='utf-8'><title>Bridge</title>"
        "<script>var x = '<p>not text</p>';</script></head><body><nav>Home | News</nav>"
        f"<article><h1>Bridge to reopen</h1><p>{PLAIN}</p><p>Residents welcomed it.</p>"
        "</article></body></html>").encode(), "load", PLAIN),
    "broken HTML": _file("broken.html", f"<html><body><p>{PLAIN}<div><<<>>></".encode(),
                         "load", PLAIN),
    "FIFO": _made("pipe.txt", lambda p: os.mkfifo(p)),
    "socket": _made("sock.txt", _socket),
    "symlink loop": _made("loop_a.txt", _symlink_loop),
    "dangling symlink": _made("dangling.txt", lambda p: p.symlink_to("nowhere.txt")),
    # A subfolder is not read, whatever its name, and not reported (README "Input files";
    # tests/test_loading_metadata.py): the good files must load, no line is expected.
    "folder named like a file": _made("folder.txt", lambda p: p.mkdir(), "either"),
    "sparse 2 GB file": _made("huge.txt", _sparse(2 * 1024 ** 3)),
    "bytes file name": _bytes_name,
    "bytes folder name": _bytes_folder,
    "read-only folder": _read_only_folder,
    "permission denied on one file": _permission_denied,
    "file changing while read": _flicker,
}
BIG_ROWS: dict[str, Callable[[Path], Case]] = {
    "200 MB file": _made("big.txt", _big_file),
    "20,000 files, 21 bad": _many_files,
}


# --- annotation files ---------------------------------------------------------------------------

def _annotation(folder: Path) -> dict[str, object]:
    start = GOOD_A.index(SHARED)
    return {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
            "id": "urn:uuid:6f1c1a52-6a70-4a8e-9d44-0c3c1f0b7a11", "motivation": "tagging",
            "body": [{"type": "TextualBody", "purpose": "tagging", "value": "claim"}],
            "target": {"source": (folder / "good_a.txt").as_uri(), "selector": [
                {"type": "TextQuoteSelector", "exact": SHARED},
                {"type": "TextPositionSelector", "start": start, "end": start + len(SHARED)}]}}


def _good_annotations(folder: Path) -> bytes:
    return json.dumps({"@context": "http://www.w3.org/ns/anno.jsonld",
                       "type": "AnnotationCollection",
                       "first": {"type": "AnnotationPage",
                                 "items": [_annotation(folder)]}}).encode()


ANNOTATION_ROWS: dict[str, Callable[[Path], bytes | None]] = {
    "truncated JSON": lambda f: _good_annotations(f)[:150],
    "nested 100,000 deep": lambda f: b"[" * 100_000 + b"]" * 100_000,
    "nested 100,000 deep (objects)": lambda f: b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
    "number 1e400": lambda f: _good_annotations(f).replace(b'"start": ', b'"start": 1e400, "x": '),
    "start 1e400": lambda f: json.dumps(_annotation(f)).replace(
        '"start": ', '"start": 1e400 , "y": ').encode(),
    "duplicate keys": lambda f: _good_annotations(f).replace(
        b'"type": "AnnotationCollection"', b'"type": "AnnotationCollection", "type": "Annotation"'),
    "sparse 2 GB file": lambda f: None,  # made by _sparse
    "top level a number": lambda f: b"42",
    "top level a string": lambda f: b'"annotations"',
    "top level null": lambda f: b"null",
    "UTF-16 JSON": lambda f: _good_annotations(f).decode().encode("utf-16"),
    "binary (PNG)": lambda f: _png(),
    "empty file": lambda f: b"",
    "100,000-digit number": lambda f: json.dumps(_annotation(f)).replace(
        '"start": ', '"start": ' + "9" * 100_000 + ', "z": ').encode(),
}


# --- project files ------------------------------------------------------------------------------

def _real_project(path: Path, folder: Path) -> None:
    code = ("import sys\nfrom pathlib import Path\nfrom viewer.loading import load_paths\n"
            "from viewer.projects import Project\n"
            "p = Project.create(Path(sys.argv[1]))\n"
            "p.add_articles(load_paths([Path(sys.argv[2])]).articles)\np.close()\n")
    subprocess.run([sys.executable, "-c", code, str(path), str(folder)], check=True, cwd=REPO,
                   env=_env(path.parent))


def _project_bytes(kind: str) -> Callable[[Path, Path], None]:
    def build(path: Path, folder: Path) -> None:
        if kind == "sparse":
            _sparse(2 * 1024 ** 3)(path)
            return
        if kind == "empty":
            path.write_bytes(b"")
            return
        if kind == "json":
            path.write_bytes(b'{"articles": [}')
            return
        if kind == "other sqlite":
            with sqlite3.connect(path) as connection:
                connection.execute("create table t (x)")
            return
        _real_project(path, folder)
        data = path.read_bytes()
        if kind == "truncated":
            path.write_bytes(data[: len(data) // 2])
        elif kind == "garbage":
            path.write_bytes(data[:100] + os.urandom(len(data) - 100))
        elif kind == "newer":
            with sqlite3.connect(path) as connection:
                connection.execute("pragma user_version = 99")
        elif kind == "hostile records":
            with sqlite3.connect(path) as connection:
                for key, value in (("a", "[" * 100_000 + "]" * 100_000), ("b", "1e400"),
                                   ("c", '{"x": 1, "x": 2}'), ("d", "9" * 100_000),
                                   ("e", "[1, 2")):
                    for kind2 in ("annotation", "claim", "provenance", "correction", "view"):
                        connection.execute("insert or replace into records (kind, key, value, "
                                           "revision, modified) values (?, ?, ?, 1, '')",
                                           (kind2, key, value))
    return build


PROJECT_ROWS: dict[str, Callable[[Path, Path], None]] = {
    "project cut in half": _project_bytes("truncated"),
    "project of random bytes after the header": _project_bytes("garbage"),
    "empty .parallax": _project_bytes("empty"),
    "JSON text named .parallax": _project_bytes("json"),
    "another program's SQLite": _project_bytes("other sqlite"),
    "sparse 2 GB .parallax": _project_bytes("sparse"),
    "newer project version": _project_bytes("newer"),
    "hostile JSON records": _project_bytes("hostile records"),
}


# --- running ------------------------------------------------------------------------------------

def _env(home: Path, display: str | None = None) -> dict[str, str]:
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
                                 env=_env(home, display), start_new_session=True)
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


ARTICLE_COLUMNS = ("align", "align file", "figures", "import", "export", "screenshot",
                   "window", "project add")


def article_cell(column: str, case: Case, root: Path, display: str | None) -> Outcome | None:
    home = root / f"home-{column.replace(' ', '-')}"
    home.mkdir(parents=True, exist_ok=True)
    home.chmod(0o777)
    folder = case.folder
    notes = root / "notes.jsonld"
    notes.write_bytes(_good_annotations(folder))
    notes.chmod(0o666)
    paths: list[Path] = [folder]
    if column == "align file":
        if case.bad is None:
            return None
        paths = [folder / "good_a.txt", folder / "good_b.txt", case.bad]
    user = case.user
    if column in ("align", "align file"):
        return run(["align", "--json", *paths], home, user=user)
    if column == "figures":
        return run(["figures", "--json", *paths], home, user=user)
    if column == "import":
        into = home / "into.jsonld"
        return run(["annotations", "import", notes, "--corpus", *paths, "--into", into], home,
                   user=user)
    if column == "export":
        return run(["export", notes, "--corpus", *paths, "--format", "csv"], home, user=user)
    if column == "screenshot":
        return run(["--screenshot", home / "shot.png", *paths], home, user=user)
    if column == "window":
        if display is None:
            return None
        return run([*paths], home, user=user, display=display,
                   window_seconds=case.window_seconds)
    if column == "project add":
        driver = home / "add.py"
        driver.write_text(ADD_DRIVER, encoding="utf-8")
        return run_python(driver, [home / "p.parallax", *paths], home, user)
    raise ValueError(column)


ADD_DRIVER = """\
# Adding files to an open project, as File > Add files does: the session loads them in its
# background job and the project binding stores what loaded.
import sys, time
from pathlib import Path
from viewer.projects import Project, ProjectDocument
from viewer.projects.binding import ProjectBinding
from viewer.session import PostQueue, Session
from viewer.workspace import Workspace


def main():
    target = Path(sys.argv[1])
    Project.create(target).close()
    document = ProjectDocument.open(target)
    post = PostQueue()
    session = Session(Workspace(), post=post)
    binding = ProjectBinding(session, document)
    binding.load()
    session.workspace.problems_reported.connect(
        lambda lines: [print("parallax: " + line, file=sys.stderr) for line in lines])
    session.message.connect(lambda text, *_: print("message: " + text))
    session.open_paths([Path(p) for p in sys.argv[2:]], reveal=False)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and session.busy:
        post.run_pending(timeout=0.05)
    post.run_pending(timeout=0.5)
    session.close()
    document.project.close()
    with Project.open(target) as project:
        stored = [str(a.path) for a in project.articles()]
    if len(stored) < 2 or not all(any(s.endswith(n) for s in stored)
                                  for n in ("good_a.txt", "good_b.txt")):
        print("good files not stored: " + repr(stored), file=sys.stderr)
        sys.exit(3)
    print(len(stored))


if __name__ == "__main__":
    main()
"""


def run_python(script: Path, args: list[Path], home: Path, user: int | None,
               timeout: float = 300) -> Outcome:
    prefix = (["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups"]
              if user is not None else [])
    started = time.monotonic()
    try:
        done = subprocess.run([*prefix, sys.executable, str(script), *map(os.fspath, args)],
                              capture_output=True, timeout=timeout, cwd=REPO, env=_env(home),
                              check=False)
    except subprocess.TimeoutExpired as expired:
        return Outcome(None, expired.stdout or b"", expired.stderr or b"",
                       time.monotonic() - started, hung=True)
    return Outcome(done.returncode, done.stdout, done.stderr, time.monotonic() - started)


def annotation_cell(column: str, name: str, build: Callable[[Path], bytes | None], root: Path,
                    display: str | None) -> str:
    folder = root / "articles"
    _good(folder)
    home = root / f"home-{column}"
    home.mkdir(parents=True, exist_ok=True)
    bad = root / "bad.jsonld"
    data = build(folder)
    if data is None:
        _sparse(2 * 1024 ** 3)(bad)
    else:
        bad.write_bytes(data)
    # Reading UTF-16 annotation files is interop13's work of this session: either way is right.
    case = Case(folder, bad, "either" if name == "UTF-16 JSON" else "refuse")
    if column == "import":
        outcome = run(["annotations", "import", bad, "--corpus", folder, "--into",
                       home / "into.jsonld"], home)
    elif column == "import into":
        # The bad file is the one imported INTO: it must be left byte for byte.
        good = root / "good.jsonld"
        good.write_bytes(_good_annotations(folder))
        before = bad.read_bytes() if data is not None else None
        outcome = run(["annotations", "import", good, "--corpus", folder, "--into", bad], home)
        after = bad.read_bytes() if data is not None else None
        if before != after:
            return "FAIL: the file imported into was changed"
    elif column == "export":
        outcome = run(["export", bad, "--corpus", folder, "--format", "csv"], home)
    elif column == "window":
        if display is None:
            return "-"
        # The window's own annotation file for this corpus is the hostile one.
        from viewer.annotations.location import default_annotation_file

        target = default_annotation_file([folder], home / "data" / "Parallax" / "Parallax")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(bad, target) if data is not None else _sparse(2 * 1024 ** 3)(target)
        before = target.read_bytes() if data is not None else None
        outcome = run([folder], home, display=display, window_seconds=12)
        if before is not None and target.read_bytes() != before:
            return "FAIL: the window wrote over the annotation file"
        # The window says it at the foot of its Annotations dock ("Annotations not saved:
        # <file>: <reason>. Use Save annotations as…"), not on stderr: what is judged here is
        # that it keeps running and leaves the file as it was.
        case = Case(folder, target, "dock")
    else:
        raise ValueError(column)
    verdict = judge(outcome, case, "window" if column == "window" else "annotations")
    if case.expect == "either" and outcome.code == 0 and verdict == "pass":
        return "pass (read)"
    if verdict == "pass" and column != "window" and outcome.code == 0:
        return "FAIL: exit 0 on an unusable annotation file"
    if (verdict.startswith("FAIL: exit") and column != "window"
            and "Traceback" not in outcome.err.decode("utf-8", "replace")):
        lines = outcome.err.decode("utf-8", "replace").strip().splitlines()
        if len(lines) == 1 and "bad.jsonld" in lines[0] and outcome.code in (1, 2):
            return "pass"
        return f"FAIL: {len(lines)} lines: {' | '.join(lines)[:200]}"
    return verdict


def project_cell(column: str, build: Callable[[Path, Path], None], root: Path,
                 display: str | None) -> str:
    folder = root / "articles"
    _good(folder)
    home = root / f"home-{column}"
    home.mkdir(parents=True, exist_ok=True)
    project = root / "work.parallax"
    build(project, folder)
    before = _digest(project)
    hostile = "records" in build.__closure__[0].cell_contents if build.__closure__ else False
    if column == "align":
        outcome = run(["align", "--json", project], home)
    elif column == "export":
        notes = root / "notes.jsonld"
        notes.write_bytes(_good_annotations(folder))
        outcome = run(["export", notes, "--corpus", project, "--format", "csv"], home)
    elif column == "screenshot":
        outcome = run(["--screenshot", home / "shot.png", project], home)
    elif column == "window":
        if display is None:
            return "-"
        outcome = run([project], home, display=display, window_seconds=12)
    else:
        raise ValueError(column)
    if _digest(project) != before and column != "window":
        return "FAIL: the project file was changed"
    err = outcome.err.decode("utf-8", "replace")
    if outcome.hung:
        return "FAIL: hung"
    if "Traceback" in err or "internal error" in err:
        return f"FAIL: traceback {err.strip().splitlines()[-1][:160]}"
    if hostile:
        return "pass" if outcome.code in (0, 130) else f"FAIL: exit {outcome.code}: {err[:160]}"
    lines = [x for x in err.splitlines() if "work.parallax" in x]
    if not lines:
        return f"FAIL: no line naming the project (exit {outcome.code}): {err.strip()[:160]}"
    if column != "window" and outcome.code == 0:
        return "FAIL: exit 0"
    if column == "window" and outcome.code not in (0, 1, 2, 130):
        return f"FAIL: window exit {outcome.code}"
    return "pass"


# --- outputs: where a command or the window writes --------------------------------------------

def _out_fifo(folder: Path, name: str) -> None:
    os.mkfifo(folder / name)


def _out_loop(folder: Path, name: str) -> None:
    (folder / name).symlink_to("other" + name)
    (folder / ("other" + name)).symlink_to(name)


def _out_folder(folder: Path, name: str) -> None:
    (folder / name).mkdir()


def _out_read_only(folder: Path, name: str) -> None:
    (folder / name).write_bytes(b"the user's file")
    _run_quiet("mount", "--bind", str(folder), str(folder))
    _run_quiet("mount", "-o", "remount,bind,ro", str(folder))


def _out_full(folder: Path, name: str) -> None:
    _run_quiet("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder))
    (folder / name).write_bytes(b"the user's file")
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"f" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)


def _out_immutable(folder: Path, name: str) -> None:
    (folder / name).write_bytes(b"the user's file")
    _run_quiet("chattr", "+i", str(folder / name))


OUTPUT_ROWS: dict[str, Callable[[Path, str], None]] = {
    "a FIFO": _out_fifo,
    "a symlink loop": _out_loop,
    "a folder": _out_folder,
    "in a read-only folder (bind mount)": _out_read_only,
    "on a full disk (64 KB tmpfs)": _out_full,
    "an immutable file (chattr +i)": _out_immutable,
}
SAVE_AS_DRIVER = """\
import sys
from pathlib import Path
from viewer.loading import load_paths
from viewer.projects import Project, ProjectError

with Project.create(Path(sys.argv[1])) as project:
    project.add_articles(load_paths([Path(sys.argv[3])]).articles)
    try:
        project.save_as(Path(sys.argv[2]))
    except ProjectError as error:
        print(f"parallax: {error}", file=sys.stderr)
        sys.exit(1)
"""


def output_cell(column: str, make: Callable[[Path, str], None], root: Path) -> str:
    folder = root / "articles"
    _good(folder)
    home = root / "home"
    home.mkdir()
    notes = root / "notes.jsonld"
    notes.write_bytes(_good_annotations(folder))
    where = root / "out"
    where.mkdir()
    suffix = {"export": ".csv", "import": ".jsonld", "screenshot": ".png",
              "project save as": ".parallax"}[column]
    named = where / f"out{suffix}"
    make(where, named.name)
    listing = sorted(os.listdir(where))
    before = _digest(named) if named.is_file() else None
    try:
        if column == "export":
            outcome = run(["export", notes, "--corpus", folder, "--format", "csv", "-o", named],
                          home, timeout=60)
        elif column == "import":
            outcome = run(["annotations", "import", notes, "--corpus", folder, "--into", named],
                          home, timeout=60)
        elif column == "screenshot":
            outcome = run(["--screenshot", named, folder], home, timeout=60)
        else:
            driver = home / "save_as.py"
            driver.write_text(SAVE_AS_DRIVER, encoding="utf-8")
            outcome = run_python(driver, [home / "p.parallax", named, folder], home, None, 60)
        after_listing = sorted(os.listdir(where))
        after = _digest(named) if named.is_file() else None
    finally:
        _run_quiet("chattr", "-i", str(named))
        _run_quiet("umount", "-l", str(where))
    err = outcome.err.decode("utf-8", "replace")
    if outcome.hung:
        return "FAIL: hung"
    if "Traceback" in err or "internal error" in err:
        return f"FAIL: traceback {err.strip().splitlines()[-1][:160]}"
    if outcome.code not in (1, 2):
        return f"FAIL: exit {outcome.code}: {err.strip()[:160]}"
    if not any(named.name in line for line in err.splitlines()):
        return f"FAIL: no line naming {named.name}: {err.strip()[:160]}"
    if before != after:
        return "FAIL: the file there was changed"
    if after_listing != listing:
        return f"FAIL: the folder changed: {listing} -> {after_listing}"
    return "pass"


# --- writes into a project the user cannot write ---------------------------------------------

WRITES_DRIVER = """\
import sys
from pathlib import Path
from viewer.annotations.model import make_annotation
from viewer.corpus import Article
from viewer.projects import Project, ProjectError
from viewer.provenance import Provenance

path = Path(sys.argv[1])
if sys.argv[2] == "make":
    with Project.create(path) as project:
        (article,) = project.add_articles([Article("a", "Some text here for the case.", "A")])
        project.save_annotations([make_annotation(article, 0, 4)], [])
    sys.exit(0)
refused = 0
with Project.open(path) as project:
    article = project.articles()[0]
    for write in (lambda: project.set_provenance("a", Provenance(outlet="X")),
                  lambda: project.save_annotations([make_annotation(article, 5, 9)], []),
                  lambda: project.add_articles([Article("b", "More text. " * 2000, "B")]),
                  lambda: project.set_view_state({"panes": ["a"]})):
        try:
            write()
        except ProjectError as error:
            print(f"parallax: {error}", file=sys.stderr)
            refused += 1
sys.exit(0 if refused == 4 else 3)
"""


def _project_writes(how: str, root: Path) -> str:
    root.chmod(0o777)
    home = root / "home"
    home.mkdir()
    home.chmod(0o777)
    driver = home / "writes.py"
    driver.write_text(WRITES_DRIVER, encoding="utf-8")
    path = root / "case.parallax"
    user = 65534 if how == "nobody" else None
    made = run_python(driver, [path, Path("make")], home, user, 60)
    if made.code != 0:
        return f"FAIL: could not make the project: {made.err.decode()[-160:]}"
    if how == "nobody":
        path.chmod(0o444)
    else:
        _run_quiet("chattr", "+i", str(path))
    before = _digest(path)
    try:
        outcome = run_python(driver, [path, Path("write")], home, user, 60)
    finally:
        _run_quiet("chattr", "-i", str(path))
    err = outcome.err.decode("utf-8", "replace")
    if "Traceback" in err or outcome.hung:
        return f"FAIL: {err.strip()[-160:]}"
    if outcome.code != 0:
        return f"FAIL: not every write refused: {err.strip()[-160:]}"
    if _digest(path) != before:
        return "FAIL: the project file changed"
    if not all("case.parallax" in line and "read-only" in line for line in err.splitlines()):
        return f"FAIL: {err.strip()[:160]}"
    return "pass"


def _digest(path: Path) -> str:
    import hashlib

    try:
        info = path.stat()
        if info.st_size > 100 * 1024 * 1024:
            return f"{info.st_size}:{info.st_mtime_ns}"
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "missing"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/fault-matrix"))
    parser.add_argument("--rows", default="")
    parser.add_argument("--columns", default="")
    parser.add_argument("--display", default=None)
    parser.add_argument("--big", action="store_true")
    parser.add_argument("--tables", default="articles,annotations,projects,outputs,writes")
    args = parser.parse_args()
    wanted_rows = [r for r in args.rows.split(",") if r]
    wanted_columns = [c for c in args.columns.split(",") if c]
    args.out.mkdir(parents=True, exist_ok=True)
    os.chmod(args.out, 0o755)

    def pick(names: list[str] | tuple[str, ...], wanted: list[str]) -> list[str]:
        return [n for n in names if not wanted or any(w.lower() in n.lower() for w in wanted)]

    tables = args.tables.split(",")
    lock = threading.Lock()
    if "articles" in tables:
        rows = {**ARTICLE_ROWS, **(BIG_ROWS if args.big else {})}
        columns = pick(ARTICLE_COLUMNS, wanted_columns)
        print("| input | " + " | ".join(columns) + " |")
        print("|---" * (len(columns) + 1) + "|")
        for name in pick(list(rows), wanted_rows):
            cells = []
            for column in columns:
                root = Path(tempfile.mkdtemp(prefix="cell-", dir=args.out))
                root.chmod(0o755)
                case = rows[name](root)
                try:
                    outcome = article_cell(column, case, root, args.display)
                    verdict = "-" if outcome is None else judge(outcome, case, column)
                    if outcome is not None:
                        (root / "cell.log").write_bytes(
                            f"{name} / {column}: exit {outcome.code}, {outcome.seconds:.1f} s\n"
                            .encode() + b"--- stderr\n" + outcome.err + b"\n--- stdout\n"
                            + outcome.out[:4000])
                finally:
                    for step in case.cleanup:
                        step()
                with lock:
                    cells.append(verdict)
                if verdict.startswith("FAIL"):
                    print(f"  [{name} / {column}] {verdict} ({root})", file=sys.stderr)
            print(f"| {name} | " + " | ".join(cells) + " |", flush=True)
    if "annotations" in tables:
        columns = pick(("import", "import into", "export", "window"), wanted_columns)
        print("\n| annotation file | " + " | ".join(columns) + " |")
        print("|---" * (len(columns) + 1) + "|")
        for name in pick(list(ANNOTATION_ROWS), wanted_rows):
            cells = []
            for column in columns:
                root = Path(tempfile.mkdtemp(prefix="ann-", dir=args.out))
                verdict = annotation_cell(column, name, ANNOTATION_ROWS[name], root, args.display)
                cells.append(verdict)
                if verdict.startswith("FAIL"):
                    print(f"  [{name} / {column}] {verdict} ({root})", file=sys.stderr)
            print(f"| {name} | " + " | ".join(cells) + " |", flush=True)
    if "projects" in tables:
        columns = pick(("align", "export", "screenshot", "window"), wanted_columns)
        print("\n| project file | " + " | ".join(columns) + " |")
        print("|---" * (len(columns) + 1) + "|")
        for name in pick(list(PROJECT_ROWS), wanted_rows):
            cells = []
            for column in columns:
                root = Path(tempfile.mkdtemp(prefix="proj-", dir=args.out))
                verdict = project_cell(column, PROJECT_ROWS[name], root, args.display)
                cells.append(verdict)
                if verdict.startswith("FAIL"):
                    print(f"  [{name} / {column}] {verdict} ({root})", file=sys.stderr)
            print(f"| {name} | " + " | ".join(cells) + " |", flush=True)
    if "outputs" in tables:
        columns = pick(("export", "import", "screenshot", "project save as"), wanted_columns)
        print("\n| output named | " + " | ".join(columns) + " |")
        print("|---" * (len(columns) + 1) + "|")
        for name in pick(list(OUTPUT_ROWS), wanted_rows):
            cells = []
            for column in columns:
                root = Path(tempfile.mkdtemp(prefix="out-", dir=args.out))
                verdict = output_cell(column, OUTPUT_ROWS[name], root)
                cells.append(verdict)
                if verdict.startswith("FAIL"):
                    print(f"  [{name} / {column}] {verdict} ({root})", file=sys.stderr)
            print(f"| {name} | " + " | ".join(cells) + " |", flush=True)
    if "writes" in tables:
        print("\n| project file | every write (details, annotations, articles, view) |")
        print("|---|---|")
        for name, how in (("read-only (mode 0444, as nobody)", "nobody"),
                          ("immutable (chattr +i, as root)", "immutable")):
            root = Path(tempfile.mkdtemp(prefix="writes-", dir=args.out))
            print(f"| {name} | {_project_writes(how, root)} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
