"""Cells of the fault matrix (tools/fault_matrix.py, docs/reliability.md) fixed in session 17:
an annotation file claiming a gigabyte (one JSON string, sparse after its opening quote) was
refused only after its first 256 MB had been read into memory; its size refuses it unread (a
real sparse file, read by a real process that reports its own peak memory). A project chosen
as the annotation file (File › Import annotations…, Open annotations…, `export`) was "not UTF-8
text (bad byte at offset 102)"; it is said to be a project."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
READ = """
import sys
from pathlib import Path
from viewer.annotations.document import AnnotationDocument
from viewer.annotations.store import AnnotationFileError, load_collection

for read in (load_collection, AnnotationDocument.open):
    try:
        read(Path(sys.argv[1]))
    except AnnotationFileError as error:
        print(error)
# VmHWM, this program's own peak (ru_maxrss keeps the parent's from before exec on Linux)
status = open("/proc/self/status").read()
print(int(status.split("VmHWM:")[1].split()[0]) // 1024)
"""


def test_a_gigabyte_annotation_file_is_refused_unread(tmp_path: Path) -> None:
    huge = tmp_path / "notes.jsonld"
    with open(huge, "wb") as stream:
        stream.write(b'{"@context": "http://www.w3.org/ns/anno.jsonld", "bodyValue": "')
        stream.truncate(1024 ** 3)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", READ, str(huge)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    *said, peak_mb = done.stdout.splitlines()
    assert said == [f"{huge}: larger than 256 MB; not an annotation file Parallax can open"] * 2
    assert int(peak_mb) < 150  # it was about 290 MB: the first 256 MB read to refuse it


def test_a_project_chosen_as_an_annotation_file_is_said_to_be_one(tmp_path: Path) -> None:
    from viewer.annotations.document import AnnotationDocument
    from viewer.annotations.store import AnnotationFileError, load_collection
    from viewer.corpus import Article
    from viewer.projects import Project

    path = tmp_path / "work.jsonld"  # (a project is known by its content, whatever its name)
    with Project.create(path) as project:
        project.add_articles([Article("a", "Some text of the article.", "A")])
    before = path.read_bytes()
    for read in (load_collection, AnnotationDocument.open):
        try:
            read(path)
        except AnnotationFileError as error:
            assert str(error) == (f"{path}: is a Parallax project (or another SQLite database),"
                                  " not an annotation file: open a project with File › Open "
                                  "project… or 'parallax PROJECT'")
        else:
            raise AssertionError("read as annotations")
    assert path.read_bytes() == before
