"""The TypeScript library's store format for tests: its published test vector and a writer."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from core.store.keys import derive_machine_key

# anthropic-api.md §6: key derivation and file format of claude-usage-core.
VECTOR_MACHINE_ID = "0123456789abcdef0123456789abcdef"
VECTOR_KEY = "22e10f0d41b45ef962808a34ce5d018ad365ba6f0b1ec6ef4b1e5adde0b585bc"
VECTOR_PLAINTEXT = b'{"accounts":[],"activeAccountName":null}'
VECTOR_FILE = (
    "AAECAwQFBgcICQoLK/93ApBFA/R34pSrBY09lhXkXAPMVEQH3vaClFFccTP8kJnwtTf244myHuXpUDdCpEHFsJR0cVc="
)

OAUTH_CREDENTIALS = json.dumps(
    {"claudeAiOauth": {"accessToken": "sk-ant-oat01-LEGACYLEGACY-wxyz", "refreshToken": "r"}}
)
ADMIN_CREDENTIALS = json.dumps({"adminApiKey": "sk-ant-admin01-LEGACYADMIN-1234"})


def seal_legacy(plaintext: bytes, ident: str = VECTOR_MACHINE_ID) -> str:
    """Encrypt as claude-usage-core does: base64(iv ‖ tag ‖ ciphertext)."""
    iv = os.urandom(12)
    sealed = AESGCM(derive_machine_key(ident)).encrypt(iv, plaintext, None)
    return base64.b64encode(iv + sealed[-16:] + sealed[:-16]).decode()


def write_legacy(path: Path, document: object, ident: str = VECTOR_MACHINE_ID) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(seal_legacy(json.dumps(document).encode(), ident))
    return path


def legacy_document() -> dict[str, object]:
    """Three accounts as the TypeScript library writes them (accountType optional)."""
    return {
        "accounts": [
            {
                "name": "Work",
                "credentials": OAUTH_CREDENTIALS,
                "savedAt": "2025-06-01T10:20:30.456Z",
                "email": "work@example.com",
            },
            {
                "name": "Org",
                "accountType": "admin",
                "credentials": ADMIN_CREDENTIALS,
                "savedAt": "2025-07-01T00:00:00.000Z",
            },
            {
                "name": "Personal",
                "accountType": "oauth",
                "credentials": OAUTH_CREDENTIALS,
                "savedAt": "not a date",
            },
        ],
        "activeAccountName": "Work",
    }
