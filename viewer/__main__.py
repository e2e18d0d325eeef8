"""`python -m viewer`: the same program as the `parallax` command."""

import sys

from viewer.cli import main

if __name__ == "__main__":
    sys.exit(main())
