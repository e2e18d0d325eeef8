"""What the window's start path imports before its first paint (no Qt needed): the article
list and the loader must not pull in viewer.provenance (HTML parser, email, json)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_the_article_rows_and_loader_do_not_import_provenance() -> None:
    code = ("import sys, viewer.rows, viewer.loading; "
            "print(sorted(m for m in ('viewer.provenance', 'email.utils') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_provenance_still_offers_the_published_time() -> None:
    from viewer import provenance, published_time

    assert provenance.parse_published is published_time.parse_published
    assert provenance.PublishedTime is published_time.PublishedTime
    rfc = published_time.parse_published("Wed, 08 Jan 2020 03:15:00 GMT")
    assert rfc is not None and rfc.exact
    iso = published_time.parse_published("2020-01-08T03:15:00Z")
    assert iso is not None and (rfc.earliest, rfc.latest) == (iso.earliest, iso.latest)


def _numpy_huge_pages(env_value: str | None) -> str:
    """Whether NumPy advises huge pages in a fresh process that imports `viewer` first, with
    NUMPY_MADVISE_HUGEPAGE set to `env_value` (None: not set)."""
    import os

    env = {k: v for k, v in os.environ.items() if k != "NUMPY_MADVISE_HUGEPAGE"}
    if env_value is not None:
        env["NUMPY_MADVISE_HUGEPAGE"] = env_value
    code = ("import viewer.engine, numpy; "
            "from numpy._core.multiarray import _set_madvise_hugepage; "
            "print(_set_madvise_hugepage(False))")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, timeout=120, stdin=subprocess.DEVNULL, env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_engine_runs_without_numpys_huge_pages_unless_the_user_asks() -> None:
    """The engine's many short-lived arrays cost more in zeroed 2 MiB pages than huge pages
    save (docs/benchmarks.md, "Huge pages"); a user's own setting still wins."""
    assert _numpy_huge_pages(None) == "False"
    assert _numpy_huge_pages("1") == "True"
