"""The ``claude-usage`` command line: ``python -m core.cli`` or the ``claude-usage`` script
(``core.cli:main``). Parsing and commands live in :mod:`core.cli.main`; the human and JSON
renderings in :mod:`core.cli.text_output` and :mod:`core.cli.json_output`.

:func:`main` sends the cached-only commands (``statusline``, ``usage --format`` without
``--refresh``) to :mod:`core.cli.cached` before anything heavy is imported: Claude Code runs
the status line after every message, and the full command line loads httpx, cryptography
and keyring, which those commands never use. ``usage [--json]`` run moments after
another poll is answered by :mod:`core.cli.from_cache` the same way, from the snapshots
and the store's plaintext index, when the full path would ask the server nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``claude-usage`` and ``python -m core.cli``."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    from core.cli.cached import is_cached_command

    if is_cached_command(arguments):
        from core.cli.cached import main as cached_main

        return cached_main(arguments)
    from core.cli.from_cache import answer

    answered = answer(arguments)
    if answered is not None:
        return answered
    from core.cli.main import main as full_main

    return full_main(arguments)
