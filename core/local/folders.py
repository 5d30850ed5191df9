"""Where Claude Code keeps its transcripts: ``projects/`` of each of its config folders.

Claude Code writes one JSON-lines file per session under
``<config folder>/projects/<encoded working directory>/`` (newer versions also put
sub-agents' files in a folder named after the session, one level down). The config folder is
``~/.claude``, or ``~/.config/claude`` on newer installs, or ``$CLAUDE_CONFIG_DIR`` — which
people who keep several Claude Code logins apart set to a comma-separated list, as other
tools reading these transcripts accept. Every existing one is scanned, each once.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from core.credentials.location import ClaudeCodeEnv

__all__ = [
    "PROJECTS_DIRNAME",
    "TRANSCRIPT_SUFFIX",
    "config_folders",
    "real_path",
    "transcript_files",
]

PROJECTS_DIRNAME = "projects"
TRANSCRIPT_SUFFIX = ".jsonl"


def config_folders(
    env: ClaudeCodeEnv, home: Path | None = None, also: Sequence[Path] = ()
) -> list[Path]:
    """Every Claude config folder that has a ``projects/`` folder, first named first.

    The defaults are always looked at (a login kept in ``~/.claude`` still spent money when
    ``CLAUDE_CONFIG_DIR`` names another folder today), and so are the folders in ``also``
    (those linked accounts were saved from); the same folder named twice, or by a symlink,
    counts once.
    """
    base = Path.home() if home is None else home
    defaults = [base / ".claude", base / ".config" / "claude"]
    candidates = [*_from_variable(env.config_dir_text), *defaults, *also]
    found: list[Path] = []
    seen: set[Path] = set()
    for folder in candidates:
        real = real_path(folder)
        if real not in seen and (folder / PROJECTS_DIRNAME).is_dir():
            seen.add(real)
            found.append(folder)
    return found


def _from_variable(text: str | None) -> list[Path]:
    return [Path(part.strip()).expanduser() for part in (text or "").split(",") if part.strip()]


def real_path(folder: Path) -> Path:
    """``folder`` with symlinks resolved, to compare folders (as written when it loops)."""
    try:
        return folder.resolve()
    except OSError:  # a loop of symlinks: compare it as written
        return folder.absolute()


def transcript_files(folder: Path) -> Iterator[str]:
    """Every ``*.jsonl`` below ``folder/projects``, as path strings (a refresh stats
    thousands of files; building a ``Path`` for each would cost more than the stat).
    Symlinked folders are not followed, so a link back up cannot loop; unreadable folders
    are skipped."""
    for directory, subfolders, names in os.walk(folder / PROJECTS_DIRNAME):
        subfolders.sort()
        for name in sorted(names):
            if name.endswith(TRANSCRIPT_SUFFIX):
                yield os.path.join(directory, name)


def project_of(path: Path, folder: Path) -> str:
    """The project folder a transcript is in (its first part below ``projects/``)."""
    try:
        parts = path.relative_to(folder / PROJECTS_DIRNAME).parts
    except ValueError:
        return path.parent.name
    return parts[0] if len(parts) > 1 else ""
