"""``make bench``: the quality claims of Claude Usage Tray, measured.

Each benchmark is a small module with a ``run(context) -> list[Figure]`` function;
:mod:`bench.__main__` runs them, prints one table (every figure beside its target, and the
machine it ran on) and writes ``bench/results.json`` (git-ignored). Benchmarks never touch
the user's data: every run gets its own temporary ``CLAUDE_USAGE_HOME``, Claude Code folder,
settings folder and, outside ``tools/with-test-session``, a keyring-free store key.
"""
