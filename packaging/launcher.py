"""PyInstaller's entry script: the frozen app runs ``tray.__main__.main`` like ``python -m tray``.

(``tray/__main__.py`` itself cannot be the script: frozen, it would run as a top-level module
and its relative imports would fail.)
"""

import sys

from tray.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
