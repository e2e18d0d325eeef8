"""Writes tests/data/project-v1.parallax: a project file as Parallax's version-1 schema laid it out.

Run once by hand (`python tests/data/make_project_v1.py`); the file it wrote is committed, and
tests/test_projects.py opens it to check the migration. Kept so the fixture can be inspected.
"""

import json
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from viewer.projects.schema import create_version_1

TARGET = Path(__file__).with_name("project-v1.parallax")
ANNOTATION = {
    "id": "urn:uuid:5b0f6a52-6d1e-4a39-9b8e-4d1c0b6b2a11",
    "type": "Annotation",
    "created": "2025-03-01T10:00:00Z",
    "modified": "2025-03-01T10:00:00Z",
    "motivation": "tagging",
    "body": [{"type": "TextualBody", "purpose": "tagging", "value": "disputed"}],
    "target": {
        "source": "https://example.org/a",
        "parallax:article": "wire",
        "selector": [
            {"type": "TextQuoteSelector", "exact": "fired 22 missiles",
             "prefix": "Iran ", "suffix": " at two bases"},
            {"type": "TextPositionSelector", "start": 5, "end": 22},
        ],
    },
    "parallax:status": "anchored",
}

if __name__ == "__main__":
    TARGET.unlink(missing_ok=True)
    connection = sqlite3.connect(TARGET, isolation_level=None)
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("BEGIN")
    create_version_1(connection)
    connection.execute("INSERT INTO meta VALUES ('created', '2025-03-01T10:00:00Z')")
    connection.executemany(
        "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [("wire", 0, "Strike", "Iran fired 22 missiles at two bases overnight.",
          "/home/a/wire.txt", "Wire Agency", "https://example.org/a", "A. Writer",
          "2020-01-08T02:10:00+00:00"),
         ("paper", 1, "Paper", "Officials said Iran fired 22 missiles at two bases.",
          None, None, None, None, "2020-01-08")])
    connection.execute("INSERT INTO annotations VALUES (?, ?, ?)",
                       (ANNOTATION["id"], "wire", json.dumps(ANNOTATION)))
    connection.execute("INSERT INTO view VALUES ('window', ?)",
                       (json.dumps({"panes": ["wire", "paper"]}),))
    connection.execute("COMMIT")
    connection.execute("VACUUM")
    connection.close()
