"""Linux bundle size: the system libraries left out, the ICU stand-ins and the .deb Depends.

Real compiles and real ELF files: the stand-ins are built with the system C compiler and Qt
is run on them; small programs linked against real system libraries stand in for a bundle.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT, require_or_skip

sys.path.insert(0, str(REPO_ROOT / "packaging"))

import bundle_config
import icu_stub
import linux_dist

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux bundles")


def _qt_lib() -> Path:
    pyside = pytest.importorskip("PySide6")
    return Path(pyside.__file__).parent / "Qt" / "lib"


def _compiler() -> str:
    found = shutil.which("cc") or shutil.which("gcc")
    require_or_skip(found is not None, "no C compiler (cc/gcc)")
    assert found is not None
    return found


def _icu_major() -> str:
    names = [
        match.group(2)
        for path in _qt_lib().glob("libicu*")
        if (match := icu_stub.ICU_LIBRARY.match(path.name))
    ]
    require_or_skip(bool(names), "this PySide6 wheel ships no ICU")
    return names[0]


def _compile(source: str, out: Path, *flags: str, shared: bool = False) -> Path:
    src = out.with_suffix(".c")
    src.write_text(source)
    command = [_compiler(), *(("-shared", "-fPIC") if shared else ()), "-o", str(out), str(src)]
    subprocess.run([*command, *flags], check=True, capture_output=True)
    return out


@pytest.mark.parametrize(
    "dest",
    [
        "libX11.so.6",
        "libxcb-render.so.0",
        "libxkbcommon.so.0",
        "libfontconfig.so.1",
        "libglib-2.0.so.0",
        "libdbus-1.so.3",
        "libstdc++.so.6",
        "libssl.so.3",
        "libsqlite3.so.0",
        "libgssapi_krb5.so.2",
        "libsystemd.so.0",  # only libdbus needs it
        "libXau.so.6",  # only libxcb needs it
    ],
)
def test_libraries_every_desktop_has_come_from_the_system(dest: str) -> None:
    assert bundle_config.left_to_system(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "libxcb-cursor.so.0",  # often missing: Qt's xcb plugin would not load
        "libxcb-icccm.so.4",
        "libxkbcommon-x11.so.0",
        "libbz2.so.1.0",  # Fedora names it libbz2.so.1
        "libffi.so.8",
        "libpython3.11.so.1.0",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "cryptography/hazmat/bindings/_rust.abi3.so",
    ],
)
def test_less_common_libraries_stay_in_the_bundle(dest: str) -> None:
    assert not bundle_config.left_to_system(dest)


def test_every_system_library_has_a_debian_package() -> None:
    packages = bundle_config.SYSTEM_LIBRARIES.values()
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9.+-]+", package) for package in packages)
    assert not bundle_config.SYSTEM_LIBRARIES.keys() & bundle_config.SYSTEM_LIBRARY_DEPENDENCIES


# --- ICU stand-ins -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def icu_stubs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    _compiler()
    return icu_stub.build_stubs(tmp_path_factory.mktemp("icu"), _icu_major())


def _qt_binaries() -> list[tuple[str, str, str]]:
    qt_lib = _qt_lib()
    names = ["libQt6Core.so.6", *(path.name for path in qt_lib.glob("libicu*"))]
    return [(f"PySide6/Qt/lib/{name}", str(qt_lib / name), "BINARY") for name in names]


def test_stand_ins_replace_the_wheels_icu(tmp_path: Path) -> None:
    _compiler()
    major = _icu_major()
    core = _qt_lib() / "libQt6Core.so.6"
    replaced = {dest: src for dest, src, _ in icu_stub.replace_icu(_qt_binaries(), tmp_path)}
    assert replaced["PySide6/Qt/lib/libQt6Core.so.6"] == str(core)
    for part in ("uc", "i18n", "data"):
        stub = Path(replaced[f"PySide6/Qt/lib/libicu{part}.so.{major}"])
        assert stub.parent == tmp_path / "icu-stub"
        assert stub.stat().st_size < 64 * 1024
    imported = icu_stub.imported_icu_symbols([core], major)
    assert f"ucol_open_{major}" in imported  # the check looks at what QtCore really imports


def test_a_qt_that_needs_more_of_icu_fails_the_build(
    icu_stubs: dict[str, Path], tmp_path: Path
) -> None:
    major = _icu_major()
    uc = icu_stubs[f"libicuuc.so.{major}"]
    needy = _compile(
        f"void ucnv_flushCache_{major}(void);\nvoid flush(void) {{ ucnv_flushCache_{major}(); }}\n",
        tmp_path / "libneedy.so",
        "-Wl,--no-as-needed",
        f"-L{uc.parent}",
        f"-l:{uc.name}",
        shared=True,
    )
    binaries = [
        ("libneedy.so", str(needy), "BINARY"),
        (f"PySide6/Qt/lib/{uc.name}", str(uc), "BINARY"),
    ]
    with pytest.raises(SystemExit, match=f"ucnv_flushCache_{major}"):
        icu_stub.replace_icu(binaries, tmp_path)


def test_without_icu_nothing_is_replaced(tmp_path: Path) -> None:
    binaries = [("PySide6/Qt6Core.dll", "C:/x/Qt6Core.dll", "BINARY")]
    assert icu_stub.replace_icu(binaries, tmp_path) == binaries
    assert not (tmp_path / "icu-stub").exists()


QT_ON_STUBS = r"""
import json, sys
from PySide6.QtCore import (QCollator, QDate, QDateTime, QLocale, QStringDecoder, QTime,
                            QTimeZone, QUrl)
maps = open("/proc/self/maps").read()
icu = sorted({line.split()[-1] for line in maps.splitlines() if "/libicu" in line})
collator = QCollator(QLocale("de_DE"))
summer = QDateTime(QDate(2025, 7, 1), QTime(12, 0), QTimeZone.UTC)
berlin = QTimeZone(b"Europe/Berlin")
print(json.dumps({
    "icu": icu,
    "sorted": sorted(["ä", "b", "a"], key=__import__("functools").cmp_to_key(collator.compare)),
    "upper": QLocale("de_DE").toUpper("straße"),
    "offset": berlin.offsetFromUtc(summer),
    "abbreviation": berlin.abbreviation(summer),
    "formatted": QLocale("en_US").toString(summer.toTimeZone(berlin), "yyyy-MM-dd HH:mm"),
    "number": QLocale("de_DE").toString(1234.5, "f", 1),
    "idna": QUrl("https://bücher.example/").toEncoded().data().decode(),
    "utf8": QStringDecoder("UTF-8").isValid(),
    "shift_jis": QStringDecoder("Shift-JIS").isValid(),
}))
"""


def test_qt_falls_back_to_its_own_code_on_the_stand_ins(icu_stubs: dict[str, Path]) -> None:
    stub_dir = next(iter(icu_stubs.values())).parent
    env = {**os.environ, "LD_LIBRARY_PATH": str(stub_dir), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", QT_ON_STUBS], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert {Path(path).parent for path in found["icu"]} == {stub_dir}
    assert found["sorted"] == ["a", "b", "ä"]  # code points: no collation data
    assert found["upper"] == "STRASSE"
    assert (found["offset"], found["abbreviation"]) == (7200, "CEST")
    assert found["formatted"] == "2025-07-01 14:00"
    assert found["number"] == "1.234,5"
    assert found["idna"] == "https://xn--bcher-kva.example/"
    assert (found["utf8"], found["shift_jis"]) == (True, False)


# --- what the bundle needs from the system, and the .deb's Depends -----------------------


def _app_linking(tmp_path: Path, *libraries: str) -> Path:
    """A tiny onedir whose program links ``libraries`` (sonames) from the system."""
    onedir = tmp_path / "onedir"
    onedir.mkdir()
    flags = ["-Wl,--no-as-needed", *(f"-l:{name}" for name in libraries)]
    _compile("int main(void) { return 0; }\n", onedir / "app", *flags)
    return onedir


def _system_library(name: str) -> Path:
    found = [
        Path(d) / name
        for d in ("/lib/x86_64-linux-gnu", "/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib")
    ]
    existing = [path for path in found if path.exists()]
    require_or_skip(bool(existing), f"{name} is not installed")
    return existing[0]


def test_what_the_bundle_links_but_does_not_carry_comes_from_the_system(tmp_path: Path) -> None:
    _system_library("libz.so.1")
    onedir = _app_linking(tmp_path, "libz.so.1")
    assert linux_dist.system_libraries(onedir) == {"libz.so.1", "libc.so.6"}
    shutil.copy2(_system_library("libz.so.1"), onedir / "libz.so.1")  # now bundled
    assert linux_dist.system_libraries(onedir) == {"libc.so.6"}


def test_a_library_neither_bundled_nor_known_fails_the_build(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    _compile(
        "int mystery(void) { return 1; }\n",
        elsewhere / "libmystery.so.1",
        "-Wl,-soname,libmystery.so.1",
        shared=True,
    )
    onedir = tmp_path / "onedir"
    onedir.mkdir()
    _compile(
        "int mystery(void);\nint main(void) { return mystery(); }\n",
        onedir / "app",
        f"-L{elsewhere}",
        "-l:libmystery.so.1",
    )
    with pytest.raises(SystemExit, match=r"libmystery\.so\.1"):
        linux_dist.system_libraries(onedir)


def test_deb_depends_on_the_packages_of_the_linked_libraries(tmp_path: Path) -> None:
    _system_library("libz.so.1")
    _system_library("libssl.so.3")
    onedir = _app_linking(tmp_path, "libz.so.1", "libssl.so.3", "libcrypto.so.3")
    depends = linux_dist.deb_depends(onedir)
    assert re.fullmatch(r"libc6 \(>= 2\.\d+\)", depends[0])
    assert depends[1:] == ["libssl3 | libssl3t64", "zlib1g"]


def _elf_naming(path: Path, *versions: str) -> None:
    """An ELF-looking file naming symbol versions (all the floors look at)."""
    path.write_bytes(b"\x7fELF" + b"".join(version.encode() + b"\0" for version in versions))


def test_libstdcxx_floor_follows_the_newest_glibcxx_version(tmp_path: Path) -> None:
    _elf_naming(tmp_path / "a.so", "GLIBCXX_3.4.21", "GLIBC_2.34")
    _elf_naming(tmp_path / "b.so", "GLIBCXX_3.4.29", "GLIBC_2.2.5")
    assert linux_dist.glibcxx_floor(tmp_path) == "11"
    assert linux_dist.glibc_floor(tmp_path) == "2.34"
    _elf_naming(tmp_path / "c.so", "GLIBCXX_3.4.99")
    with pytest.raises(SystemExit, match=r"GLIBCXX_3\.4\.99"):
        linux_dist.glibcxx_floor(tmp_path)


def test_install_notes_name_every_system_library() -> None:
    notes = linux_dist.INSTALL_NOTES.read_text(encoding="utf-8")
    glibc = {name for name, package in bundle_config.SYSTEM_LIBRARIES.items() if package == "libc6"}
    for name, package in bundle_config.SYSTEM_LIBRARIES.items():
        if name in glibc:
            continue
        stem = name.split(".so")[0]
        short = stem.removeprefix("libxcb-")
        assert name in notes or (stem.startswith("libxcb-") and short in notes), name
        assert package in notes, package
