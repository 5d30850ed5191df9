"""The catalogues are complete, and the check that says so finds what it must."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from catalogues import Catalogues, main

from core.base.translation import LANGUAGES


def test_every_language_has_both_catalogues() -> None:
    catalogues = Catalogues()
    assert len(LANGUAGES) == 12
    for code in LANGUAGES:
        assert catalogues.ts_file(code).is_file(), code
        assert catalogues.po_file(code).is_file(), code


def test_no_string_is_missing_unused_or_broken_in_any_catalogue() -> None:
    """Re-extracts every string from tray/ and core/ and compares with each language."""
    assert Catalogues().problems() == []


def test_the_check_command_reports_complete(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    assert capsys.readouterr().out.strip() == "catalogues complete"


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Ctx</name>
    <message>
        <source>Hello {name}</source>
        <translation>Hallo</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Weg</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>ein Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
</context>
</TS>
"""

PO = """msgid ""
msgstr ""
"Language: de\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"
"Content-Type: text/plain; charset=utf-8\\n"

msgid "Old"
msgstr "Alt"

msgid "{n} file"
msgid_plural "{n} files"
msgstr[0] "{n} Datei"
"""


def _sample(root: Path) -> Catalogues:
    tray, core = root / "tray", root / "core"
    (tray / "translations").mkdir(parents=True)
    (core / "locale" / "de" / "LC_MESSAGES").mkdir(parents=True)
    (tray / "view.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        'QCoreApplication.translate("Ctx", "Hello {name}")\n'
        'QCoreApplication.translate("Ctx", "%n account(s)", "", 2)\n'
        'QCoreApplication.translate("Ctx", "New")\n',
        encoding="utf-8",
    )
    (core / "text.py").write_text(
        "from core.base.translation import _, ngettext\n"
        '_("Hi")\nngettext("{n} file", "{n} files", 2)\n',
        encoding="utf-8",
    )
    catalogues = Catalogues(
        tray_sources=tray,
        tray_catalogues=tray / "translations",
        core_sources=core,
        core_catalogues=core / "locale",
        languages=("de",),
    )
    catalogues.ts_file("de").write_text(TS, encoding="utf-8")
    catalogues.po_file("de").write_text(PO, encoding="utf-8")
    return catalogues


def test_the_check_finds_missing_unused_and_broken_strings(tmp_path: Path) -> None:
    found = _sample(tmp_path).problems()
    assert sorted(found) == sorted(
        [
            "claude-usage-tray_de.ts: [Ctx] 'Hello {name}' placeholders [] ≠ ['{name}']",
            "claude-usage-tray_de.ts: [Ctx] 'Gone' unused",
            "claude-usage-tray_de.ts: [Ctx] 'New' missing",
            "de/claude-usage.po: missing 'Hi'",
            "de/claude-usage.po: unused 'Old'",
            "de/claude-usage.po: missing \"('{n} file', '{n} files')\"",
        ]
    )


def test_a_missing_language_is_reported(tmp_path: Path) -> None:
    catalogues = _sample(tmp_path)
    catalogues.ts_file("de").unlink()
    shutil.rmtree(catalogues.po_file("de").parent)
    assert sorted(catalogues.problems()) == [
        "claude-usage-tray_de.ts: missing",
        "de/claude-usage.po: missing",
    ]


def test_update_adds_new_strings_drops_unused_ones_and_lists_the_untranslated(
    tmp_path: Path,
) -> None:
    catalogues = _sample(tmp_path)
    untranslated = catalogues.update()
    assert sorted(untranslated["de"]) == ["Hi", "New", "{n} file"]
    sources = {m.source for m in catalogues.ts_messages(catalogues.ts_file("de"))}
    assert sources == {"Hello {name}", "%n account(s)", "New"}
    assert "Old" not in catalogues.po_file("de").read_text(encoding="utf-8")


def test_compile_writes_catalogues_gettext_and_qt_read(tmp_path: Path) -> None:
    catalogues = _sample(tmp_path)
    written = catalogues.compile()
    assert sorted(path.name for path in written) == ["claude-usage-tray_de.qm", "claude-usage.mo"]
    assert all(path.stat().st_size > 0 for path in written)


def test_the_desktop_entry_speaks_every_language() -> None:
    """The menu entry (and the .deb's) is read by the desktop, not by Qt: its own keys."""
    from configparser import ConfigParser

    from tests.conftest import REPO_ROOT

    entry = ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(REPO_ROOT / "resources" / "claude-usage-tray.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    for key in ("Name", "GenericName", "Comment"):
        missing = [code for code in LANGUAGES if not section.get(f"{key}[{code}]")]
        assert missing == [], key
    assert section["Name[de]"] == "Claude-Nutzung"


def test_apply_fills_only_untranslated_strings_including_plural_slots(tmp_path: Path) -> None:
    import json

    catalogues = _sample(tmp_path)
    catalogues.update()  # "New" untranslated; "%n account(s)" translated; "Hello {name}" broken
    ahead = tmp_path / "ahead.json"
    ahead.write_text(
        json.dumps(
            {
                "Ctx|New": {"de": "Neu", "fr": "Nouveau"},
                "Ctx|%n account(s)": {"de": ["%n Konto (neu)", "%n Konten (neu)"]},
                "Other|New": {"de": "Falscher Kontext"},
            }
        ),
        encoding="utf-8",
    )
    assert catalogues.apply(ahead) == {"de": 1}
    messages = {m.source: m for m in catalogues.ts_messages(catalogues.ts_file("de"))}
    assert messages["New"].forms == ("Neu",)
    assert messages["%n account(s)"].forms == ("ein Konto", "%n Konten")  # finished: kept
    assert not messages["New"].unfinished
