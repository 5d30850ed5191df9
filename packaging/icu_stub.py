"""Linux: swap the ICU libraries the PySide6 wheel ships (38 MB) for small stand-ins.

QtCore links ICU for collation, time-zone display names, legacy text codecs and
locale-tailored case mapping, none of which the app uses; the stand-ins
(``linux/icu_stub.c``) fail the way ICU does when its data is missing, and Qt falls back
to its own code for each (see the C file). The spec calls :func:`replace_icu` on PyInstaller's
binaries; it compiles the three libraries with the system C compiler and refuses to go on
if a bundled library imports an ICU function the stand-ins do not define, so a Qt update
that starts using more of ICU fails the build rather than the app.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from bundle_config import ROOT

__all__ = ["ICU_LIBRARY", "build_stubs", "imported_icu_symbols", "replace_icu"]

SOURCE = ROOT / "packaging" / "linux" / "icu_stub.c"
ICU_LIBRARY = re.compile(r"^libicu(uc|i18n|data)\.so\.(\d+)$")
Entry = tuple[str, str, str]  # PyInstaller's (destination, source, type code)


def compiler() -> str:
    found = os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc")
    if not found:
        raise SystemExit(
            "build: a C compiler (cc or gcc) is needed on Linux to build the ICU stand-ins "
            "(packaging/linux/icu_stub.c); install gcc"
        )
    return found


def build_stubs(out_dir: Path, major: str) -> dict[str, Path]:
    """``{"libicuuc.so.73": path, …}``: the three stand-ins for ICU ``major``, compiled."""
    out_dir.mkdir(parents=True, exist_ok=True)
    built = {}
    for part in ("uc", "i18n", "data"):
        name = f"libicu{part}.so.{major}"
        target = out_dir / name
        command = [compiler(), "-shared", "-fPIC", "-O2", "-std=c11", "-fvisibility=hidden"]
        command += ["-Wall", "-Wextra", "-Werror", f"-DICU_MAJOR={major}"]
        command += [f"-DICU_LIB_{part.upper()}", f"-Wl,-soname,{name}", "-o", str(target)]
        subprocess.run([*command, str(SOURCE)], check=True)
        built[name] = target
    return built


def _nm(path: Path, which: str) -> set[str]:
    result = subprocess.run(
        ["nm", "-D", which, str(path)], capture_output=True, text=True, check=True
    )
    return {line.split()[-1] for line in result.stdout.splitlines() if line.strip()}


def _needs_icu(path: Path) -> bool:
    result = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True)
    return any(
        line.split()[:1] == ["NEEDED"] and ICU_LIBRARY.match(line.split()[-1])
        for line in result.stdout.splitlines()
    )


def imported_icu_symbols(paths: Iterable[Path], major: str) -> set[str]:
    """The ICU functions (``name_<major>``) the libraries linking ICU import."""
    suffix = f"_{major}"
    return {
        symbol
        for path in paths
        if _needs_icu(path)
        for symbol in _nm(path, "--undefined-only")
        if symbol.endswith(suffix)
    }


def replace_icu(binaries: list[Entry], work: Path) -> list[Entry]:
    """``binaries`` with each ICU library's source swapped for its stand-in.

    Unchanged when nothing links ICU (macOS and Windows wheels do not ship it).
    """
    majors = {
        match.group(2)
        for dest, _src, _kind in binaries
        if (match := ICU_LIBRARY.match(PurePosixPath(dest).name))
    }
    if not majors:
        return binaries
    if len(majors) > 1:
        raise SystemExit(f"build: more than one ICU version collected: {sorted(majors)}")
    major = majors.pop()
    stubs = build_stubs(work / "icu-stub", major)
    others = [
        Path(src)
        for dest, src, _kind in binaries
        if PurePosixPath(dest).name not in stubs and Path(src).is_file()
    ]
    defined = set().union(*(_nm(path, "--defined-only") for path in stubs.values()))
    missing = imported_icu_symbols(others, major) - defined
    if missing:
        raise SystemExit(
            "build: the bundled Qt imports ICU functions packaging/linux/icu_stub.c lacks: "
            + ", ".join(sorted(missing))
        )
    return [
        (dest, str(stubs.get(PurePosixPath(dest).name, src)), kind) for dest, src, kind in binaries
    ]
