"""The ``claude-usage`` command line: ``python -m core.cli`` or the ``claude-usage`` script
(``core.cli:main``). Parsing and commands live in :mod:`core.cli.main`; the human and JSON
renderings in :mod:`core.cli.text_output` and :mod:`core.cli.json_output`."""

from core.cli.main import main

__all__ = ["main"]
