"""The fault matrix's article inputs: each kind of bad article file or folder (binary data,
encodings, special files, links, byte names, a read-only folder, a file nobody may read, a file
rewritten while it is read, 20,000 files), made for real in a fresh folder beside two good
articles that share a statement, with the `Case` saying what should happen to it. Also the small
makers the other tables share (a PNG, a sparse file, a command run quietly).
tools/fault_matrix.py runs the rows, tools/fault_files.py makes the other tables' rows. Root makes
the mounts; `setpriv` the unprivileged rows."""

from __future__ import annotations

import os
import shutil
import socket
import struct
import subprocess
import sys
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


def good_articles(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good_a.txt").write_text(GOOD_A, encoding="utf-8")
    (folder / "good_b.txt").write_text(GOOD_B, encoding="utf-8")


def png() -> bytes:
    """A small valid PNG image."""
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
        good_articles(folder)
        (folder / name).write_bytes(data)
        return Case(folder, folder / name, expect, text)
    return make


def _made(name: str, build: Callable[[Path], None], expect: str = "refuse",
          ) -> Callable[[Path], Case]:
    def make(root: Path) -> Case:
        folder = root / "articles"
        good_articles(folder)
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


def sparse_file(size: int) -> Callable[[Path], None]:
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
    good_articles(folder)
    bad = Path(os.fsdecode(os.fsencode(folder) + b"/caf\xe9 \xff.txt"))
    bad.write_text(f"title: Bytes name\n\n{PLAIN}\n", encoding="utf-8")
    return Case(folder, bad, "load", PLAIN)


def _bytes_folder(root: Path) -> Case:
    folder = Path(os.fsdecode(os.fsencode(root) + b"/dossier\xe9\xff"))
    good_articles(folder)
    bad = folder / "third.txt"
    bad.write_text(f"title: In a bytes folder\n\n{PLAIN}\n", encoding="utf-8")
    return Case(folder, bad, "load", PLAIN)


def run_quiet(*command: str) -> bool:
    return subprocess.run(command, capture_output=True, check=False).returncode == 0


def _read_only_folder(root: Path) -> Case:
    folder = root / "articles"
    good_articles(folder)
    (folder / "third.txt").write_text(f"title: Third\n\n{PLAIN}\n", encoding="utf-8")
    case = Case(folder, folder / "third.txt", "load", PLAIN)
    if run_quiet("mount", "--bind", str(folder), str(folder)) and run_quiet(
            "mount", "-o", "remount,bind,ro", str(folder)):
        case.cleanup.append(lambda: run_quiet("umount", "-l", str(folder)))
    else:
        folder.chmod(0o555)
    return case


def _permission_denied(root: Path) -> Case:
    folder = root / "articles"
    good_articles(folder)
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
    good_articles(folder)
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
    good_articles(folder)
    for k in range(0, 20000, 1000):  # twenty bad files among them
        (folder / f"bad{k:05d}.txt").write_bytes(b"\x00\x01" * 50 if k % 2 else b"")
    os.mkfifo(folder / "pipe.txt")
    return Case(folder, folder / "bad00000.txt", "refuse", window_seconds=150)


ARTICLE_ROWS: dict[str, Callable[[Path], Case]] = {
    "PNG (as .txt)": _file("image.txt", png()),
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
    "mixed UTF-8 and Shift-JIS": _file(
        "mixed_sjis.txt", "title: 橋\n\n東京の住民は橋の開通を喜んでいる。\n".encode()
        + "市長は金曜日に橋が再開すると述べた。\n".encode("shift_jis"), "load",
        "東京の住民は橋の開通を喜んでいる。\n市長は金曜日に橋が再開すると述べた。"),
    "mixed UTF-8 and GBK": _file(
        "mixed_gbk.txt", "title: 桥梁\n\n居民们对此表示欢迎。\n".encode()
        + "市长说，这座桥将于星期五重新开放。\n".encode("gbk"), "load",
        "居民们对此表示欢迎。\n市长说，这座桥将于星期五重新开放。"),
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
    "sparse 2 GB file": _made("huge.txt", sparse_file(2 * 1024 ** 3)),
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
