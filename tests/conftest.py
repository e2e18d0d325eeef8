"""Test-wide settings: hypothesis profiles.

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
