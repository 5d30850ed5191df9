"""Where the store key lives: keyring first, machine-derived fallback, never a silent swap."""

from __future__ import annotations

import base64
import os
import socket
import subprocess
import sys
from pathlib import Path

import keyring
import keyring.backend
import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from core.errors import KeyUnavailableError
from core.store import keys
from core.store.keys import (
    KEY_ID_SIZE,
    KEY_SIZE,
    Protection,
    SystemKeyProvider,
    derive_machine_key,
    keyring_usable,
    linux_machine_id,
    machine_id,
    parse_ioreg_uuid,
)
from tests.core.legacy_data import (
    VECTOR_FILE,
    VECTOR_KEY,
    VECTOR_MACHINE_ID,
    VECTOR_PLAINTEXT,
)
from tests.fakes.keyring_backend import FileKeyring, LockedKeyring
from tests.fakes.os_keyrings import select_as_on
from tests.fakes.winreg import FakeWinreg

IOREG_SAMPLE = """+-o J316sAP  <class IOPlatformExpertDevice, id 0x100000210, registered>
    {
      "IOPlatformSerialNumber" = "C02XXXXXXX"
      "IOPlatformUUID" = "A1B2C3D4-E5F6-7890-ABCD-EF1234567890"
      "manufacturer" = <"Apple Inc.">
    }
"""


class DroppingKeyring(KeyringBackend):
    """Accepts every write and keeps nothing (some misconfigured backends do this)."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        return None

    def delete_password(self, service: str, username: str) -> None:
        return None


def test_vector_key_derivation() -> None:
    assert derive_machine_key(VECTOR_MACHINE_ID).hex() == VECTOR_KEY


def test_vector_exact_ciphertext() -> None:
    iv = bytes(range(12))
    sealed = AESGCM(derive_machine_key(VECTOR_MACHINE_ID)).encrypt(iv, VECTOR_PLAINTEXT, None)
    body, tag = sealed[:-16], sealed[-16:]
    assert base64.b64encode(iv + tag + body).decode() == VECTOR_FILE


def test_derived_key_is_cached_per_process() -> None:
    derive_machine_key(VECTOR_MACHINE_ID)
    hits = derive_machine_key.cache_info().hits
    derive_machine_key(VECTOR_MACHINE_ID)
    assert derive_machine_key.cache_info().hits == hits + 1


def test_empty_machine_id_cannot_make_a_key() -> None:
    with pytest.raises(KeyUnavailableError, match="No machine id"):
        derive_machine_key("")


# -- machine id ----------------------------------------------------------------------------


def test_linux_machine_id_prefers_dbus_then_etc(tmp_path: Path) -> None:
    dbus, etc = tmp_path / "dbus-machine-id", tmp_path / "etc-machine-id"
    etc.write_text("EtcId\nsecond line\n")
    assert linux_machine_id([dbus, etc]) == "EtcId"
    dbus.write_text("DbusId\n")
    assert linux_machine_id([dbus, etc]) == "DbusId"


def test_linux_machine_id_falls_back_to_hostname(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.write_text("\n")
    assert linux_machine_id([tmp_path / "missing", empty], lambda: "My-Host") == "My-Host"


def test_machine_id_is_normalised(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    source = tmp_path / "machine-id"
    source.write_text(" AB cd\tEF \nignored\n")
    monkeypatch.setattr(keys, "LINUX_MACHINE_ID_PATHS", (source,))
    assert machine_id("linux") == "abcdef"


def test_missing_machine_id_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(keys, "LINUX_MACHINE_ID_PATHS", (tmp_path / "missing",))
    monkeypatch.setattr(socket, "gethostname", lambda: " ")
    with pytest.raises(KeyUnavailableError, match=r"machine's id .* cannot be read"):
        machine_id("linux")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads this Linux box's id")
def test_machine_id_on_this_linux_box_matches_its_source() -> None:
    raw = linux_machine_id()
    assert raw is not None
    assert machine_id() == "".join(raw.split()).lower()


def test_ioreg_output_is_parsed() -> None:
    assert parse_ioreg_uuid(IOREG_SAMPLE) == "A1B2C3D4-E5F6-7890-ABCD-EF1234567890"
    assert parse_ioreg_uuid("no such line") is None


@pytest.mark.skipif(sys.platform == "darwin", reason="ioreg exists on macOS")
def test_macos_id_without_ioreg_is_a_clear_error() -> None:
    with pytest.raises(KeyUnavailableError, match="IOPlatformUUID"):
        machine_id("darwin")


@pytest.mark.skipif(sys.platform != "win32", reason="reads the Windows registry")
def test_windows_machine_guid() -> None:
    assert len(machine_id()) == 36


@pytest.mark.skipif(sys.platform != "darwin", reason="runs ioreg")
def test_macos_platform_uuid() -> None:
    assert len(machine_id()) == 36


# -- keyring -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("backend", "usable"),
    [
        (fail.Keyring(), False),
        (null.Keyring(), False),
        (FileKeyring(), True),
        (LockedKeyring(), True),  # usable in principle; refusals are handled when used
    ],
)
def test_keyring_usable(backend: KeyringBackend, usable: bool) -> None:
    assert keyring_usable(backend) is usable


def test_empty_chain_is_not_usable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    assert keyring_usable(chainer.ChainerBackend()) is False


def test_new_key_goes_to_the_keyring() -> None:
    provider = SystemKeyProvider()
    key = provider.new_key()

    assert key.protection is Protection.KEYRING
    assert len(key.key_id) == KEY_ID_SIZE
    assert len(key.secret) == KEY_SIZE
    stored = keyring.get_password("claude-usage-tray", f"store-key-{key.key_id.hex()}")
    assert stored is not None
    assert base64.b64decode(stored) == key.secret
    assert SystemKeyProvider().existing_key(Protection.KEYRING, key.key_id) == key
    assert key.secret.hex() not in repr(key)
    assert stored not in repr(key)


def test_new_keys_are_random() -> None:
    provider = SystemKeyProvider()
    first, second = provider.new_key(), provider.new_key()
    assert first.key_id != second.key_id
    assert first.secret != second.secret


@pytest.mark.parametrize("backend", [fail.Keyring(), LockedKeyring(), DroppingKeyring()])
def test_new_key_falls_back_to_the_machine_key(backend: KeyringBackend) -> None:
    keyring.set_keyring(backend)
    provider = SystemKeyProvider(machine_id=VECTOR_MACHINE_ID)
    key = provider.new_key()
    assert key.protection is Protection.MACHINE
    assert key.secret.hex() == VECTOR_KEY
    assert key.key_id == bytes(KEY_ID_SIZE)


def test_preferred_protection_follows_the_backend() -> None:
    assert SystemKeyProvider().preferred_protection() is Protection.KEYRING
    keyring.set_keyring(fail.Keyring())
    assert SystemKeyProvider().preferred_protection() is Protection.MACHINE


def test_existing_machine_key_needs_no_keyring() -> None:
    keyring.set_keyring(LockedKeyring())
    key = SystemKeyProvider(machine_id=VECTOR_MACHINE_ID).existing_key(
        Protection.MACHINE, bytes(KEY_ID_SIZE)
    )
    assert key.secret.hex() == VECTOR_KEY


def test_locked_keyring_never_yields_a_new_key() -> None:
    key = SystemKeyProvider().new_key()
    keyring.set_keyring(LockedKeyring())
    with pytest.raises(KeyUnavailableError, match="Unlock the keyring") as error:
        SystemKeyProvider().existing_key(Protection.KEYRING, key.key_id)
    assert base64.b64encode(key.secret).decode() not in str(error.value)


def test_missing_entry_is_a_clear_error() -> None:
    with pytest.raises(KeyUnavailableError, match="missing from the system keyring"):
        SystemKeyProvider().existing_key(Protection.KEYRING, b"\x01" * KEY_ID_SIZE)


@pytest.mark.parametrize("damaged", ["not base64!", base64.b64encode(b"short").decode()])
def test_damaged_entry_is_a_clear_error(damaged: str) -> None:
    key_id = b"\x02" * KEY_ID_SIZE
    keyring.set_password("claude-usage-tray", f"store-key-{key_id.hex()}", damaged)
    with pytest.raises(KeyUnavailableError, match="damaged") as error:
        SystemKeyProvider().existing_key(Protection.KEYRING, key_id)
    assert damaged not in str(error.value)


def test_a_key_once_read_survives_the_keyring_locking_later() -> None:
    """The tray keeps working if the session keyring locks after start-up."""
    key = SystemKeyProvider().new_key()
    provider = SystemKeyProvider()
    assert provider.existing_key(Protection.KEYRING, key.key_id) == key
    keyring.set_keyring(LockedKeyring())
    assert provider.existing_key(Protection.KEYRING, key.key_id) == key


def test_provider_repr_holds_no_secret() -> None:
    provider = SystemKeyProvider(machine_id=VECTOR_MACHINE_ID)
    assert VECTOR_MACHINE_ID not in repr(provider)


@pytest.mark.secret_service
def test_real_secret_service_round_trip(secret_service_keyring: KeyringBackend) -> None:
    assert keyring_usable(secret_service_keyring)
    key = SystemKeyProvider().new_key()
    assert key.protection is Protection.KEYRING
    stored = secret_service_keyring.get_password(
        "claude-usage-tray", f"store-key-{key.key_id.hex()}"
    )
    assert stored == base64.b64encode(key.secret).decode()
    assert SystemKeyProvider().existing_key(Protection.KEYRING, key.key_id) == key


# -- macOS and Windows, through the same seams the app uses -----------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="the fake ioreg is a shell script")
def test_macos_machine_id_comes_from_ioreg_on_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fake ``ioreg`` first on PATH prints what Apple's prints; the id is its UUID."""
    fake = tmp_path / "bin" / "ioreg"
    fake.parent.mkdir()
    args_log = tmp_path / "ioreg-args"
    fake.write_text(f"#!/bin/sh\necho \"$@\" > '{args_log}'\ncat <<'EOF'\n{IOREG_SAMPLE}EOF\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    assert machine_id("darwin") == "a1b2c3d4-e5f6-7890-abcd-ef1234567890"
    assert args_log.read_text().split() == ["-rd1", "-c", "IOPlatformExpertDevice"]
    monkeypatch.setattr(sys, "platform", "darwin")  # the provider asks for this OS's id
    key = SystemKeyProvider().existing_key(Protection.MACHINE, bytes(KEY_ID_SIZE))
    assert key.secret == derive_machine_key("a1b2c3d4-e5f6-7890-abcd-ef1234567890")


def test_hostname_failure_means_no_linux_id(tmp_path: Path) -> None:
    def no_hostname() -> str:
        raise OSError("no hostname")

    assert linux_machine_id([tmp_path / "missing"], no_hostname) is None


@pytest.fixture
def windows_registry(monkeypatch: pytest.MonkeyPatch) -> FakeWinreg:
    registry = FakeWinreg()
    monkeypatch.setitem(sys.modules, "winreg", registry)
    monkeypatch.setattr(sys, "platform", "win32")
    return registry


def test_windows_machine_guid_from_the_64bit_registry_view(windows_registry: FakeWinreg) -> None:
    windows_registry.put(
        FakeWinreg.HKEY_LOCAL_MACHINE,
        r"SOFTWARE\Microsoft\Cryptography",
        "MachineGuid",
        "6F9619FF-8B86-D011-B42D-00C04FC964FF",
    )
    assert machine_id() == "6f9619ff-8b86-d011-b42d-00c04fc964ff"
    assert windows_registry.calls == [("OpenKey", r"SOFTWARE\Microsoft\Cryptography")]


def test_windows_without_a_machine_guid_is_a_clear_error(windows_registry: FakeWinreg) -> None:
    with pytest.raises(KeyUnavailableError, match="MachineGuid from the registry"):
        machine_id()


@pytest.mark.parametrize(
    ("system", "backend_module"),
    [("Darwin", "keyring.backends.macOS"), ("Windows", "keyring.backends.Windows")],
)
def test_store_key_in_the_keyring_keyring_picks_on_each_os(
    monkeypatch: pytest.MonkeyPatch, system: str, backend_module: str
) -> None:
    fake = select_as_on(monkeypatch, system)
    assert type(keyring.get_keyring()).__module__ == backend_module
    provider = SystemKeyProvider(machine_id="unused")
    assert provider.preferred_protection() is Protection.KEYRING
    key = provider.new_key()
    assert key.protection is Protection.KEYRING
    stored = fake.items if system == "Darwin" else fake.credentials
    assert len(stored) == 1  # the key went into the OS store, not a machine-derived fallback
    reread = SystemKeyProvider().existing_key(Protection.KEYRING, key.key_id)
    assert reread.secret == key.secret


@pytest.mark.parametrize(("system", "error"), [("Darwin", "KeyringLocked"), ("Windows", "error")])
def test_a_locked_os_keyring_leaves_the_store_alone(
    monkeypatch: pytest.MonkeyPatch, system: str, error: str
) -> None:
    fake = select_as_on(monkeypatch, system)
    key = SystemKeyProvider().new_key()
    if system == "Darwin":
        fake.denied = True  # the user cancelled the Keychain prompt
    else:
        fake.locked = True
    with pytest.raises(KeyUnavailableError, match=rf"cannot be read \({error}\)"):
        SystemKeyProvider().existing_key(Protection.KEYRING, key.key_id)
    # and a new store falls back to the machine key instead of failing
    assert SystemKeyProvider(machine_id="m").new_key().protection is Protection.MACHINE


def test_keyring_selection_is_undone_after_a_test() -> None:
    """select_as_on restores keyring's choice: this test runs on the test keyring again."""
    assert isinstance(keyring.get_keyring(), FileKeyring)
    modules = {type(ring).__module__ for ring in keyring.backend.get_all_keyring()}
    assert "keyring.backends.macOS" not in modules or sys.platform == "darwin"


@pytest.mark.skipif(sys.platform == "darwin", reason="on macOS the Keychain backend is the one")
def test_keyring_picks_the_same_backend_without_loading_apple_frameworks() -> None:
    """keyring's macOS backend ran ldconfig/gcc at import only to fail off macOS; with its
    API marked absent the choice is the same, and it is never imported."""
    code = (
        "import sys\n"
        "{first}"
        "import keyring\n"
        "print(type(keyring.get_keyring()).__module__)\n"
        "print(sys.modules.get('keyring.backends.macOS.api', 'absent'))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}  # discover

    def chosen(first: str) -> list[str]:
        result = subprocess.run(
            [sys.executable, "-c", code.format(first=first)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
            timeout=60,
        )
        return result.stdout.splitlines()

    plain, ours = chosen(""), chosen("import core.store.keys\n")
    assert ours[0] == plain[0]
    assert plain[1] == "absent"  # keyring's own import of it failed off macOS
    assert ours[1] == "None"  # never attempted
