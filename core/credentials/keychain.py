"""The macOS login Keychain, through Apple's ``security`` tool (no native bindings needed).

Reading may raise a Keychain prompt; Claude Code rewrites the item on each token refresh,
which resets "Always Allow", so every call has a deadline and the process is killed
when it passes. Writing mirrors Claude Code's own ``update``: the item goes in as hex
(``-X``) on the stdin of ``security -i``, so the secret never appears in the process
list. Only when that line would exceed ``security -i``'s line buffer does it fall back,
like Claude Code, to passing the hex on the command line, where other processes of the
same user could briefly see it with ``ps``.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import shutil

from core.base.redact import redact_text
from core.errors import CredentialsError

__all__ = ["MacKeychainSource", "default_security_path"]

_EXIT_NOT_FOUND = 44  # errSecItemNotFound (-25300) as ``security`` reports it
_EXIT_REASONS = {
    36: "the Keychain is locked or cannot show a prompt here",  # errSecInteractionNotAllowed
    51: "the Keychain refused access",  # errSecAuthFailed
    128: "access was denied at the Keychain prompt",  # userCanceledErr
}
_STDIN_LINE_LIMIT = 4096 - 64  # Claude Code's bound for one ``security -i`` line
_HEX = re.compile(r"[0-9a-fA-F]+")
_LONG_HEX = re.compile(r"[0-9a-fA-F]{32,}")  # the ``-X`` value: the login itself, hex-encoded
_UNSAFE_IN_QUOTES = ('"', "\\", "\n", "\r")


def default_security_path() -> str:
    """``/usr/bin/security`` (not whatever ``security`` comes first on PATH), if present."""
    if os.path.exists("/usr/bin/security"):
        return "/usr/bin/security"
    return shutil.which("security") or "/usr/bin/security"


def _decode_password(out: bytes) -> str:
    """``security -w`` output to text: it prints hex instead when the data is not ASCII."""
    text = out.decode("utf-8", errors="replace").removesuffix("\n")
    if text and not text.lstrip().startswith("{") and len(text) % 2 == 0 and _HEX.fullmatch(text):
        try:
            return bytes.fromhex(text).decode("utf-8")
        except UnicodeDecodeError:
            pass
    return text


def _explain(code: int, err: bytes) -> str:
    reason = _EXIT_REASONS.get(code)
    if reason:
        return reason
    lines = err.decode("utf-8", errors="replace").strip().splitlines()
    detail = _LONG_HEX.sub("…", redact_text(lines[-1]))[:200] if lines else ""
    return f"`security` exited with status {code}" + (f": {detail}" if detail else "")


class MacKeychainSource:
    """One generic-password item, ``service`` + ``account``, in the login Keychain."""

    def __init__(
        self,
        service: str,
        account: str,
        *,
        security: str | None = None,
        timeout: float = 30.0,
    ) -> None:
        self.service = service
        self.account = account
        self.security = security or default_security_path()
        self.timeout = timeout
        self.description = f"macOS Keychain item {service!r}"

    def __repr__(self) -> str:
        return f"MacKeychainSource(service={self.service!r}, account={self.account!r})"

    async def read(self) -> str | None:
        argv = [self.security, "find-generic-password", "-s", self.service, "-a", self.account]
        code, out, err = await self._run([*argv, "-w"], None, "reading")
        if code == _EXIT_NOT_FOUND:
            return None
        if code != 0:
            raise CredentialsError(f"Cannot read {self.description}: {_explain(code, err)}")
        text = _decode_password(out)
        return text if text.strip() else None

    async def write(self, text: str) -> None:
        """Update (or create) the item, then read it back: a silent failure would log
        Claude Code out, so the write only counts once the Keychain returns the new text."""
        argv, stdin = self._write_command(text.encode("utf-8").hex())
        code, _out, err = await self._run(argv, stdin, "writing")
        if code != 0:
            raise CredentialsError(f"Cannot write {self.description}: {_explain(code, err)}")
        if await self.read() != text:
            raise CredentialsError(f"Writing {self.description} could not be verified")

    def _write_command(self, hex_value: str) -> tuple[list[str], bytes | None]:
        if any(ch in value for value in (self.account, self.service) for ch in _UNSAFE_IN_QUOTES):
            raise CredentialsError(
                f"Cannot write {self.description}: the user name has characters "
                "`security -i` cannot quote; nothing was written"
            )
        fields = f'-U -a "{self.account}" -s "{self.service}" -X "{hex_value}"'
        line = f"add-generic-password {fields}\n"
        if len(line) <= _STDIN_LINE_LIMIT:
            return [self.security, "-i"], line.encode("utf-8")
        argv = ["add-generic-password", "-U", "-a", self.account, "-s", self.service]
        return [self.security, *argv, "-X", hex_value], None

    async def _run(
        self, argv: list[str], stdin: bytes | None, verb: str
    ) -> tuple[int, bytes, bytes]:
        try:
            proc = await asyncio.create_subprocess_exec(
                *argv,
                stdin=asyncio.subprocess.PIPE if stdin is not None else asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
            )
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise CredentialsError(
                f"Cannot run {argv[0]!r} for {verb} {self.description}: {reason}"
            ) from None
        try:
            out, err = await asyncio.wait_for(proc.communicate(stdin), self.timeout)
        except TimeoutError:
            raise CredentialsError(
                f"Timed out after {self.timeout:g} s {verb} {self.description} "
                "(is a Keychain prompt waiting for an answer?)"
            ) from None
        finally:
            await _reap(proc)
        code = proc.returncode if proc.returncode is not None else -1
        return code, out, err


async def _reap(proc: asyncio.subprocess.Process) -> None:
    """Kill ``proc`` if it still runs (timeout, cancellation) and wait for it."""
    if proc.returncode is None:
        with contextlib.suppress(ProcessLookupError):
            proc.kill()
        await proc.wait()
