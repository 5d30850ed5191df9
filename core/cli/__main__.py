"""``python -m core.cli``: the command line, as the ``claude-usage`` script runs it."""

import sys

from core.cli import console_main

sys.exit(console_main())
