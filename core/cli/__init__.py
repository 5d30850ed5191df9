"""The ``claude-usage`` command line: ``python -m core.cli`` or the ``claude-usage`` script
(``core.cli:main``). Parsing and commands live in :mod:`core.cli.main`; the human and JSON
renderings in :mod:`core.cli.text_output` and :mod:`core.cli.json_output`.

:func:`main` sends the cached-only commands (``statusline``, ``usage --format`` without
``--refresh``) to :mod:`core.cli.cached` before anything heavy is imported: Claude Code runs
the status line after every message, and the full command line loads httpx, cryptography
and keyring, which those commands never use. ``usage [--json]`` run moments after
another poll is answered by :mod:`core.cli.from_cache` the same way, from the snapshots
and the store's plaintext index, when the full path would ask the server nothing.

:func:`console_main` is the script's entry (and ``python -m core.cli``'s): :func:`main` in a
process that ends with the command, which lets it skip the cycle collector's work.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence

__all__ = ["console_main", "main"]

# mypy's own setting for the same reason: collect cycles every 200,000 new objects instead
# of every 700. Still bounded, for ``watch``, which runs for hours.
COLLECTOR_THRESHOLDS = (200_000, 30, 30)


def console_main() -> int:
    """Entry point of the ``claude-usage`` script and ``python -m core.cli``.

    A command's process lives a fraction of a second and allocates most of its objects
    while its modules load — none of them garbage. At CPython's default threshold the
    cycle collector walks them dozens of times for nothing, and once more, all of them, as
    the interpreter exits. Raised thresholds and a freeze at the end (what is alive is left
    out of the exit's collection) take 40–50 ms off a ``usage --json`` that needs fresh
    data (issue 17; ``bench/oneshot.py``). :func:`main` itself, called in-process (tests,
    scripts), leaves the collector alone.
    """
    gc.set_threshold(*COLLECTOR_THRESHOLDS)
    try:
        return _command()
    finally:
        gc.freeze()


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command line (``argv``, default ``sys.argv[1:]``) and return its exit status."""
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


# Importing the submodule core.cli.main rebinds this package's name ``main`` to it, so the
# script's entry keeps the function by another name.
_command = main
