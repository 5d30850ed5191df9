"""Claude Code logins inside WSL distributions, seen from Windows.

Many Windows users run Claude Code inside WSL; its login then lives in the distribution's
file system, which Windows reaches through ``\\\\wsl.localhost\\<distro>\\…`` (older
Windows: ``\\\\wsl$\\<distro>\\…``). The distributions are listed by ``wsl.exe -l -q``,
under a deadline (a stopped WSL can take seconds to answer, a broken one forever). Each
``home/<user>/.claude/.credentials.json`` (and ``root/.claude/…``) found is a login that
can be linked like Claude Code's own: read-only, re-read on every poll, from that file only
(the Windows Credential Manager holds the Windows-side login, never a WSL one).

``wsl.exe`` writes UTF-16-LE; a newer one honours ``WSL_UTF8=1``. Both are read here.
"""

from __future__ import annotations

import asyncio
import logging
import subprocess
from dataclasses import dataclass
from pathlib import Path

from core.credentials.file import FileCredentialSource
from core.errors import InvalidInputError

__all__ = [
    "WSL_DEADLINE",
    "WSL_ROOTS",
    "WslLogin",
    "choose_wsl_login",
    "discover_wsl_logins",
    "find_wsl_logins",
    "is_wsl_folder",
    "list_distributions",
    "parse_distributions",
    "wsl_credential_source",
]

log = logging.getLogger(__name__)

WSL_ROOTS = ("\\\\wsl.localhost", "\\\\wsl$")
WSL_DEADLINE = 5.0  # seconds for `wsl.exe -l -q`
_CREDENTIALS = ".credentials.json"
_MAX_OUTPUT = 64 * 1024


@dataclass(frozen=True, slots=True)
class WslLogin:
    """A Claude Code login found in a WSL distribution (``user`` "root" for /root)."""

    distro: str
    user: str
    config_dir: str  # the .claude folder, as Windows names it (a UNC path)

    @property
    def label(self) -> str:
        return f"{self.distro} ({self.user})"


def parse_distributions(output: bytes) -> list[str]:
    """Names from ``wsl.exe -l -q`` output: UTF-16-LE (with or without BOM) or UTF-8."""
    if output.startswith(b"\xff\xfe") or b"\x00" in output[:64]:
        text = output.decode("utf-16-le", errors="replace")
    else:
        text = output.decode("utf-8", errors="replace")
    names = (line.strip().lstrip("\ufeff").strip("\x00").strip() for line in text.splitlines())
    return [name for name in names if name and _plain_name(name)]


def _plain_name(name: str) -> bool:
    """A distribution name, never a path trick (``..``, separators) to walk out of the root."""
    return name not in (".", "..") and not any(ch in name for ch in "\\/:\x00")


def list_distributions(wsl: str = "wsl.exe", timeout: float = WSL_DEADLINE) -> list[str]:
    """The installed distributions; none when WSL is absent, broken or too slow."""
    try:
        done = subprocess.run(
            [wsl, "-l", "-q"],
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        log.info("wsl.exe did not answer within %g s; no WSL logins looked for", timeout)
        return []
    except OSError as exc:
        log.info("wsl.exe cannot run (%s); no WSL logins looked for", type(exc).__name__)
        return []
    if done.returncode != 0:
        log.info("wsl.exe -l -q exited with %s; no WSL logins looked for", done.returncode)
        return []
    return parse_distributions(done.stdout[:_MAX_OUTPUT])


def _homes(distro_root: Path) -> list[tuple[str, Path]]:
    """(user, home) of each ``home/<user>`` folder, then ``root``."""
    found: list[tuple[str, Path]] = []
    try:
        homes = sorted((distro_root / "home").iterdir(), key=lambda p: p.name)
    except OSError:
        homes = []
    found += [(home.name, home) for home in homes if _is_dir(home)]
    root_home = distro_root / "root"
    if _is_dir(root_home):
        found.append(("root", root_home))
    return found


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def find_wsl_logins(distros: list[str], roots: tuple[str, ...] = WSL_ROOTS) -> list[WslLogin]:
    """Each distribution's logins under the first root that reaches it."""
    logins: list[WslLogin] = []
    for distro in distros:
        for root in roots:
            distro_root = Path(root) / distro
            if not _is_dir(distro_root):
                continue
            for user, home in _homes(distro_root):
                folder = home / ".claude"
                if _is_file(folder / _CREDENTIALS):
                    logins.append(WslLogin(distro, user, str(folder)))
            break  # \\wsl$ is the same tree as \\wsl.localhost: never list it twice
    return logins


async def discover_wsl_logins(
    platform: str,
    *,
    roots: tuple[str, ...] = WSL_ROOTS,
    wsl: str = "wsl.exe",
    timeout: float = WSL_DEADLINE,
) -> list[WslLogin]:
    """Every WSL login Windows can see; none on other systems (there is no WSL to ask)."""
    if platform != "windows":
        return []
    distros = await asyncio.to_thread(list_distributions, wsl, timeout)
    return await asyncio.to_thread(find_wsl_logins, distros, roots)


def choose_wsl_login(logins: list[WslLogin], asked: str) -> WslLogin:
    """The one login ``asked`` names (``DISTRO``, any case, or ``DISTRO/USER``); a clear
    error naming what exists when it names none or several."""
    wanted, _, user = asked.partition("/")
    matches = [
        login
        for login in logins
        if login.distro.casefold() == wanted.casefold() and (not user or login.user == user)
    ]
    if len(matches) == 1:
        return matches[0]
    if not logins:
        raise InvalidInputError(
            f"No Claude Code login found in WSL distribution {asked!r} (none in any)"
        )
    names = ", ".join(f"{login.distro}/{login.user}" for login in matches or logins)
    raise InvalidInputError(f"WSL distribution {asked!r} does not name one login; found: {names}")


def is_wsl_folder(folder: str, roots: tuple[str, ...] = WSL_ROOTS) -> bool:
    """Whether a linked account's folder lies inside a WSL distribution."""
    text = folder.replace("/", "\\").casefold()
    prefixes = tuple(root.replace("/", "\\").rstrip("\\").casefold() + "\\" for root in roots)
    return text.startswith(prefixes)


def wsl_credential_source(folder: str) -> FileCredentialSource:
    """The login file of a WSL account: that file only, never the Windows-side stores."""
    path = Path(folder) / _CREDENTIALS
    return FileCredentialSource(path, description=f"{path} (WSL)")
