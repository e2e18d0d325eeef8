"""The shared-passage engine: find the statements two or more articles share, and align them.

Pure algorithm, no Qt, no shared state, safe to call from a worker thread. One module per
stage, each a pure function with typed, picklable input and output (see `pipeline` for the
order); `find_shared_passages` runs them all. The method follows passim, TextPAIR and
superfastmatch: hashed word n-grams with a document-frequency filter, seed runs chained per
document pair, matches clustered transitively into statements, and diff-match-patch only on
the matched windows.
"""

from viewer.engine.pipeline import DEFAULT_SETTINGS, find_shared_passages

__all__ = ["DEFAULT_SETTINGS", "find_shared_passages"]
