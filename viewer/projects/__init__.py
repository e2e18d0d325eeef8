"""Projects: one file per investigation (articles, provenance, annotations, corrections, view).

`Project` is the entry point; `viewer.projects.database` says why the file is SQLite and how
saves stay atomic and merge between processes; `viewer.projects.schema` holds the versions.
"""

from .database import ProjectError
from .document import ProjectDocument
from .project import ORIGINS, PROJECT_SUFFIX, Project, Snapshot, StoredArticle
from .recent import forget, is_project_file, read_recent, remember

__all__ = ["ORIGINS", "PROJECT_SUFFIX", "Project", "ProjectDocument", "ProjectError", "Snapshot",
           "StoredArticle", "forget", "is_project_file", "read_recent", "remember"]
