"""``python -m core.cli``: the command line, as the ``claude-usage`` script runs it."""

import sys

from core.cli import main

sys.exit(main())
