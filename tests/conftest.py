"""Test-wide settings: hypothesis profiles, and Qt off screen where there is no display.

Property tests explore new examples on every local run; under CI (the `CI` environment variable,
set by `.ci/run`'s runner) they are derandomised so that a CI result can be reproduced exactly.
No per-example deadline anywhere: on a loaded 2-core machine a deadline only measures the load.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("dev", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

# Without a display Qt's default platform aborts the whole run at the first widget test (a core
# dump, no test result); the widget tests draw off screen anyway.
if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
