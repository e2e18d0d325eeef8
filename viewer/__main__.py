"""`python -m viewer`: the same program as the `parallax` command.

It starts inside the core, so the window is found through the plug-in point
`viewer.gui_plugin` (the installed scripts start in `widgets.app` and hand it over directly).
"""

import sys

from viewer.cli import main

if __name__ == "__main__":
    sys.exit(main())
