"""Size limits shared by the window's background work, the job layer and the app's head start.

A module of constants with no imports, so the app can read them before it forks its head start
(the earlier the fork, the sooner the child is done and the less memory the two share).
"""

PROCESS_THRESHOLD_CHARS = 1_000_000
"""Corpora with more characters than this are aligned in a child process
(`viewer.jobs.child_process`) rather than a worker thread; the head start aligns only corpora up
to this size."""

MIN_PANES = 2
MAX_PANES = 6
DEFAULT_PANES = 5
"""How many text panes the window shows side by side: at least, at most, and by default."""
