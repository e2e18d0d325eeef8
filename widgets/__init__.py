"""Parallax's Qt views: thin widgets over the core models in `viewer`."""

from widgets import qt_workarounds as _qt_workarounds  # noqa: F401  (patches a PySide6 bug)
