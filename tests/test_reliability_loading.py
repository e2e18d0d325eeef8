"""Issue 12, loading: special files, links out of a folder, code pages, hostile and bytes names.

Every fault is real: a FIFO made with os.mkfifo, a real symbolic link, file names made of bytes
that are not UTF-8 (os.fsencode), text encoded with the Windows code pages, real processes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from viewer.loading import load_paths
from viewer.printable import printable

REPO = Path(__file__).resolve().parent.parent
BODY = ("Iran launched more than a dozen ballistic missiles at two bases in Iraq.\n"
        "The Pentagon said the strikes began at about 5:30 p.m. Eastern time.\n")


def parallax(*args: str | bytes, timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    """The real command in a child process (bytes arguments pass through as they are)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("PYTEST_CURRENT_TEST", None)
    return subprocess.run([sys.executable, "-m", "viewer", *args], capture_output=True,
                          timeout=timeout, env=env, cwd=REPO, check=False)


# -- 8: special files ------------------------------------------------------------------------


def test_a_fifo_named_directly_is_skipped_with_a_message_and_never_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    report = load_paths([fifo, tmp_path / "missing.txt"])  # would block forever if opened
    first, _missing = (str(p) for p in report.problems)
    assert first == f"{fifo}: a FIFO (named pipe), not a file; skipped"


def test_a_fifo_in_a_folder_is_skipped_and_the_rest_loads(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    os.mkfifo(tmp_path / "b.txt")
    report = load_paths([tmp_path])
    assert [a.id for a in report.articles] == ["a"]
    assert [p.reason for p in report.problems] == ["a FIFO (named pipe), not a file; skipped"]


def test_parallax_align_on_a_fifo_exits_at_once_instead_of_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    done = parallax("align", str(fifo), timeout=30)  # the old code waited for a writer forever
    assert done.returncode == 2
    lines = done.stderr.decode().splitlines()
    assert lines[0] == f"parallax: {fifo}: a FIFO (named pipe), not a file; skipped"


# -- 14: links leaving an article folder -----------------------------------------------------


def test_a_link_in_a_folder_pointing_outside_it_is_skipped(tmp_path: Path) -> None:
    outside = tmp_path / "private"
    outside.mkdir()
    secret = outside / "passwd.txt"
    secret.write_text(BODY, encoding="utf-8")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(BODY, encoding="utf-8")
    (folder / "b.txt").write_text(BODY.upper(), encoding="utf-8")
    (folder / "inside.txt").symlink_to(folder / "b.txt")  # stays in the folder: loaded once
    (folder / "leak.txt").symlink_to(secret)
    report = load_paths([folder])
    assert [a.id for a in report.articles] == ["a", "b"]
    (problem,) = report.problems
    assert str(problem) == (f"{folder / 'leak.txt'}: a link to {secret}, outside the folder; "
                            "skipped (open that file by name to use it)")
    # Named directly, the user means it.
    assert [a.id for a in load_paths([folder / "leak.txt"]).articles] == ["leak"]


# -- 13: Central European and Turkish code pages ---------------------------------------------

CZECH = ("Vláda České republiky ve středu schválila návrh zákona o státním rozpočtu. Ministr "
         "financí řekl, že příští rok bude schodek menší, ale opozice tvrdí, že čísla nejsou "
         "důvěryhodná a že daně porostou.")
POLISH = ("Rząd przyjął w środę projekt ustawy budżetowej. Minister finansów powiedział, że w "
          "przyszłym roku deficyt będzie mniejszy, ale opozycja twierdzi, że liczby są "
          "niewiarygodne, a podatki wzrosną. Łódź i Gdańsk żądają pieniędzy.")
TURKISH = ("Türkiye Büyük Millet Meclisi çarşamba günü bütçe yasasını kabul etti. Maliye bakanı "
           "gelecek yıl açığın küçüleceğini söyledi, ancak muhalefet rakamların güvenilir "
           "olmadığını ve vergilerin artacağını iddia ediyor. İstanbul'da ağır kış.")
FRENCH = ("Le gouvernement a présenté mercredi un projet de loi de finances. Le ministre a "
          "déclaré que le déficit serait moindre l'année prochaine, mais l'opposition estime "
          "que les chiffres ne sont pas crédibles, à côté des dépenses prévues.")
GERMAN = ("Die Regierung hat am Mittwoch den Entwurf des Haushaltsgesetzes beschlossen. Der "
          "Finanzminister sagte, das Defizit werde im nächsten Jahr kleiner; die Opposition "
          "hält die Zahlen für unglaubwürdig und fürchtet höhere Steuern.")
ENGLISH = "The minister’s “credible” budget — approved on Wednesday — was criticised."


@pytest.mark.parametrize(("text", "code_page"), [
    (CZECH, "cp1250"), (POLISH, "cp1250"), (TURKISH, "cp1254"),
    # Western text must stay Western.
    (FRENCH, "cp1252"), (GERMAN, "cp1252"), (ENGLISH, "cp1252"),
])
def test_windows_code_pages_are_told_apart(tmp_path: Path, text: str, code_page: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(code_page))
    (article,) = load_paths([path]).articles
    assert article.text == text


def test_cyrillic_code_page_is_still_left_to_the_detector(tmp_path: Path) -> None:
    text = ("Правительство России в среду одобрило проект бюджета на следующий год, сообщил "
            "министр финансов. Оппозиция считает, что цифры не заслуживают доверия.")
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode("cp1251"))
    (article,) = load_paths([path]).articles
    assert article.text == text


# -- 2 and 12: file names made of bytes, or holding terminal escapes -------------------------


def test_a_file_name_that_is_not_utf8_loads_with_a_printable_id(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9 \xff.txt")  # Latin-1 bytes: not UTF-8
    (tmp_path / name).write_text(BODY, encoding="utf-8")
    (article,) = load_paths([tmp_path]).articles
    assert article.id == "caf\\xe9 \\xff"
    article.id.encode("utf-8")  # no lone surrogate left to fail later
    assert article.path == tmp_path / name


def test_escape_sequences_in_names_are_printed_escaped_by_align(tmp_path: Path) -> None:
    evil = b"\x1b]0;pwned\x07\x1b[2J\xff"
    (tmp_path / os.fsdecode(evil + b"a.txt")).write_text(BODY, encoding="utf-8")
    (tmp_path / os.fsdecode(evil + b"b.txt")).write_text(BODY, encoding="utf-8")
    (tmp_path / os.fsdecode(evil + b"c.txt")).write_bytes(b"")  # an error line names it
    done = parallax("align", os.fsencode(tmp_path))
    assert done.returncode == 0, done.stderr
    for stream in (done.stdout, done.stderr):
        assert b"\x1b" not in stream and b"\x07" not in stream
        stream.decode("utf-8")  # no raw non-UTF-8 byte either
    escaped = "\\x1b]0;pwned\\x07\\x1b[2J\\xff"
    assert f"  {escaped}a " in done.stdout.decode()
    assert done.stderr.decode() == f"parallax: {tmp_path}/{escaped}c.txt: empty file\n"


def test_printable_escapes_controls_bidi_and_bytes_but_keeps_text() -> None:
    assert printable("Zprávy 👍🏽 日本.txt") == "Zprávy 👍🏽 日本.txt"
    assert printable("a\nb\tc\x9b\u202etxt.exe") == "a\\x0ab\\x09c\\x9b\\u202etxt.exe"
    assert printable(Path(os.fsdecode(b"/tmp/\xe9"))) == "/tmp/\\xe9"


def test_links_that_lead_nowhere_or_in_a_circle_are_said(tmp_path: Path) -> None:
    """Links named like articles that lead to no file were left out without a word: the user
    saw fewer articles and no reason. (A subfolder is not opened, as documented, and not
    reported: tests/test_loading_metadata.py.)"""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Iran launched missiles at two bases in Iraq.\n", "utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "moved-away.txt")
    (folder / "one.txt").symlink_to("two.txt")
    (folder / "two.txt").symlink_to("one.txt")
    (folder / "2020.txt").mkdir()
    report = load_paths([folder, folder / "one.txt", folder / "gone.txt"])
    assert [a.id for a in report.articles] == ["good"]
    assert [str(p) for p in report.problems] == [
        f"{folder}/gone.txt: a link to {tmp_path}/moved-away.txt, which does not exist; skipped",
        f"{folder}/one.txt: a link to two.txt that leads in a circle; skipped",
        f"{folder}/two.txt: a link to one.txt that leads in a circle; skipped",
        f"{folder}/one.txt: a link to two.txt that leads in a circle; skipped",
        f"{folder}/gone.txt: a link to {tmp_path}/moved-away.txt, which does not exist; skipped",
    ]
