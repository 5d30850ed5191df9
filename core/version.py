"""The package version, read from the installed distribution's metadata when first asked.

Reading it loads ``importlib.metadata`` and scans ``sys.path`` for the distribution (5–10 ms
of a one-shot command), which only ``--version``, the self-test and admin requests' User-Agent
need: ``__version__`` is computed on first access (PEP 562), once.
"""

from __future__ import annotations

import functools

__all__ = ["__version__", "package_version"]  # noqa: F822 (__version__: from __getattr__)


@functools.cache
def package_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("claude-usage-tray")
    except metadata.PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+source"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return package_version()
    raise AttributeError(f"module 'core.version' has no attribute {name!r}")
