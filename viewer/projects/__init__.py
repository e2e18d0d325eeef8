"""Projects: one file per investigation (articles, provenance, annotations, corrections, view).

`Project` is the entry point; `viewer.projects.database` says why the file is SQLite and how
saves stay atomic and merge between processes; `viewer.projects.schema` holds the versions.

The names below are loaded on first use (PEP 562): the window's start-up imports
`viewer.projects.database` for its error type, and importing the whole package there (the
annotation model, the loader, the engine's values, numpy) cost ~0.3 s before the window's
head start could fork.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .database import ProjectError
    from .document import ProjectDocument
    from .project import ORIGINS, PROJECT_SUFFIX, Project, Snapshot, StoredArticle
    from .recent import forget, is_project_file, read_recent, remember

__all__ = ["ORIGINS", "PROJECT_SUFFIX", "Project", "ProjectDocument", "ProjectError", "Snapshot",
           "StoredArticle", "forget", "is_project_file", "read_recent", "remember"]


def __getattr__(name: str) -> Any:
    # Plain imports, one per home module, so the import graph still shows every dependency.
    value: Any
    if name == "ProjectError":
        from . import database

        value = database.ProjectError
    elif name == "ProjectDocument":
        from . import document

        value = document.ProjectDocument
    elif name in ("ORIGINS", "PROJECT_SUFFIX", "Project", "Snapshot", "StoredArticle"):
        from . import project

        value = getattr(project, name)
    elif name in ("forget", "is_project_file", "read_recent", "remember"):
        from . import recent

        value = getattr(recent, name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value
