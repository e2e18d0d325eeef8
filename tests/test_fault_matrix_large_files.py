"""A cell of the fault matrix (tools/fault_matrix.py, docs/reliability.md) fixed in session 17:
an annotation file claiming a gigabyte (one JSON string, sparse after its opening quote) was
refused only after its first 256 MB had been read into memory. Its size refuses it unread.
A real sparse file, read by a real process that reports its own peak memory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
READ = """
import resource, sys
from pathlib import Path
from viewer.annotations.document import AnnotationDocument
from viewer.annotations.store import AnnotationFileError, load_collection

for read in (load_collection, AnnotationDocument.open):
    try:
        read(Path(sys.argv[1]))
    except AnnotationFileError as error:
        print(error)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
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
