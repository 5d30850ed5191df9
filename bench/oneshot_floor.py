"""The floor of a fresh one-shot in Python: the same work with nothing of ``core`` around it.

Run as a script by ``bench/oneshot.py`` in its sandbox: import what the work cannot do
without (asyncio, httpx, keyring, cryptography's AES-GCM, json), take the store's key from
the keyring, decrypt ``accounts.enc``, send every account's usage GET at once over one
``httpx.AsyncClient`` and print the answers as one JSON document. No history, snapshots,
poll claims, cooldowns, token checks or output safety — what ``claude-usage usage --json``
adds to this is what it costs above the floor.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import sys
from pathlib import Path

import httpx
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

if sys.platform != "darwin":  # as core.store.keys does: keyring's macOS API fails there anyway
    sys.modules.setdefault("keyring.backends.macOS.api", None)  # type: ignore[arg-type]
import keyring

HEADER = 26  # magic (8), version (1), protection (1), key id (16): core.store.storage's layout
NONCE = 12


def _accounts() -> list[dict[str, object]]:
    blob = (Path(os.environ["CLAUDE_USAGE_HOME"]) / "accounts.enc").read_bytes()
    key_id = blob[10:HEADER]
    encoded = keyring.get_password("claude-usage-tray", f"store-key-{key_id.hex()}")
    if encoded is None:
        raise SystemExit("the floor needs a store keyed in the keyring")
    secret = base64.b64decode(encoded)
    plain = AESGCM(secret).decrypt(
        blob[HEADER : HEADER + NONCE], blob[HEADER + NONCE :], blob[:HEADER]
    )
    accounts: list[dict[str, object]] = json.loads(plain)["accounts"]
    return accounts


async def _usage(client: httpx.AsyncClient, credentials: str) -> object:
    token = json.loads(credentials)["claudeAiOauth"]["accessToken"]
    headers = {"Authorization": f"Bearer {token}", "anthropic-beta": "oauth-2025-04-20"}
    answer = await client.get("/api/oauth/usage", headers=headers)
    return answer.json()


async def _main() -> None:
    accounts = _accounts()
    base = os.environ["CLAUDE_USAGE_API_BASE"]
    # A CA bundle only for https (as core.anthropic.transport): the fake speaks plain http.
    async with httpx.AsyncClient(base_url=base, verify=base.startswith("https:")) as client:
        usages = await asyncio.gather(*(_usage(client, str(a["credentials"])) for a in accounts))
    names = [a["name"] for a in accounts]
    json.dump({"accounts": dict(zip(names, usages, strict=True))}, sys.stdout)


if __name__ == "__main__":
    asyncio.run(_main())
