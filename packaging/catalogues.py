"""The translation catalogues: extract, compile, check. ``make i18n`` and the build use it.

Two kinds, one per side of the app:

* the tray's Qt catalogues, ``tray/translations/claude-usage-tray_<lang>.ts``, extracted by
  ``lupdate`` from ``self.tr`` / ``QCoreApplication.translate`` / ``QT_TRANSLATE_NOOP`` and
  compiled by ``lrelease`` to ``.qm`` (both ship with PySide6-Essentials);
* core's gettext catalogues, ``core/locale/<lang>/LC_MESSAGES/claude-usage.po``, extracted
  from ``_``/``N_``/``ngettext`` and compiled to ``.mo`` by Babel.

Only the sources (``.ts``, ``.po``, ``.pot``) are in git; the compiled files are built by
``make`` (with the venv, so ``make run``/``make test`` from a fresh clone have them) and by
``make bundle``.

    python packaging/catalogues.py update   # re-extract every string, list what is untranslated
    python packaging/catalogues.py compile  # .ts → .qm, .po → .mo
    python packaging/catalogues.py check    # missing, unused or broken translations; exit 1
    python packaging/catalogues.py apply F  # fill untranslated strings, both sides, from F (JSON)
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog, Message

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.base.translation import DOMAIN, LANGUAGES  # noqa: E402

__all__ = [
    "ROOT",
    "Catalogues",
    "gzipped_catalogues",
    "main",
]

QT_NAME = "claude-usage-tray"
# {name} of str.format and %n/%1 of Qt: a translation must keep every one of them.
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")
# A translation written ahead (``apply``): the text, or the plural forms.
Entry = str | list[str]


def qt_tool(name: str) -> Path:
    """``lupdate``/``lrelease`` as PySide6 ships them (next to its package)."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def placeholders(text: str, source: str | None = None) -> list[str]:
    """``text``'s placeholders; given its ``source``, Qt's ``%1`` counts only if the source
    has such (Turkish writes percentages "%80")."""
    found = _PLACEHOLDER.findall(text)
    if source is not None and not re.search(r"%\d", source):
        found = [p for p in found if not re.fullmatch(r"%\d", p)]
    return sorted(found)


@dataclass(frozen=True)
class Catalogues:
    """Where the sources and catalogues are (the repository's, or a test's copy)."""

    tray_sources: Path = ROOT / "tray"
    tray_catalogues: Path = ROOT / "tray" / "translations"
    core_sources: Path = ROOT / "core"
    core_catalogues: Path = ROOT / "core" / "locale"
    languages: Sequence[str] = LANGUAGES

    def ts_file(self, language: str) -> Path:
        return self.tray_catalogues / f"{QT_NAME}_{language}.ts"

    def po_file(self, language: str) -> Path:
        return self.core_catalogues / language / "LC_MESSAGES" / f"{DOMAIN}.po"

    # -- extracting ------------------------------------------------------------------------

    def run_lupdate(self, ts_files: Iterable[Path], *, drop_unused: bool) -> None:
        """Bring ``ts_files`` up to date with the tray's source (new strings unfinished,
        unused ones dropped or, without ``drop_unused``, marked vanished)."""
        command = [
            str(qt_tool("lupdate")),
            "-extensions",
            "py",
            "-locations",
            "none",
            "-source-language",
            "en",
            *(["-no-obsolete"] if drop_unused else []),
            str(self.tray_sources),
            "-ts",
            *(str(path) for path in ts_files),
        ]
        subprocess.run(command, check=True, capture_output=True, text=True)

    def core_template(self) -> Catalog:
        """Every string core marks, as a Babel catalogue (the ``.pot``)."""
        from babel.messages.catalog import Catalog
        from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir

        template = Catalog(project="claude-usage", domain=DOMAIN, fuzzy=False)
        for filename, lineno, message, comments, context in extract_from_dir(
            str(self.core_sources),
            method_map=[("**.py", "python")],
            keywords=DEFAULT_KEYWORDS,
        ):
            template.add(
                message, None, [(filename, lineno)], auto_comments=comments, context=context
            )
        return template

    def update(self) -> dict[str, list[str]]:
        """Re-extract both sides into every language's source catalogue; the untranslated
        strings per language."""
        from babel.messages.catalog import Catalog
        from babel.messages.pofile import read_po

        self.tray_catalogues.mkdir(parents=True, exist_ok=True)
        self.run_lupdate([self.ts_file(code) for code in self.languages], drop_unused=True)
        template = self.core_template()
        _write_po(self.core_catalogues / f"{DOMAIN}.pot", template)
        for code in self.languages:
            path = self.po_file(code)
            if path.exists():
                with path.open("rb") as handle:
                    catalogue = read_po(handle, locale=code)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                catalogue = Catalog(locale=code, domain=DOMAIN, project="claude-usage")
            catalogue.update(template, no_fuzzy_matching=True)
            catalogue.fuzzy = False  # the header: gettext's tools skip a fuzzy one
            _write_po(path, catalogue)
        return self.untranslated()

    # -- reading ---------------------------------------------------------------------------

    def ts_messages(self, path: Path) -> list[TsMessage]:
        return [
            TsMessage.from_element(context.findtext("name") or "", message)
            for context in ET.parse(path).getroot().iter("context")  # noqa: S314 (our own files)
            for message in context.iter("message")
        ]

    def untranslated(self) -> dict[str, list[str]]:
        """Per language, the source strings without a finished translation (both sides)."""
        from babel.messages.pofile import read_po

        report: dict[str, list[str]] = {}
        for code in self.languages:
            missing = [m.source for m in self.ts_messages(self.ts_file(code)) if m.unfinished]
            with self.po_file(code).open("rb") as handle:
                catalogue = read_po(handle, locale=code)
            missing += [
                str(message.id if isinstance(message.id, str) else message.id[0])
                for message in catalogue
                if message.id and (message.fuzzy or not _po_translated(message.string))
            ]
            report[code] = missing
        return report

    # -- translations written ahead -------------------------------------------------------

    def apply(self, translations: Path) -> dict[str, int]:
        """Fill untranslated strings from a JSON file written ahead of a merge: the tray's
        keyed ``"Context|source"``, core's ``"core|msgid"`` (an ngettext entry by its
        singular), each ``{"de": "…" or ["plural", "forms"]}``. Only strings a catalogue
        already holds are filled (``update`` adds new ones first); finished translations are
        left alone. The number filled per language, both sides together."""
        import json

        table: dict[str, dict[str, Entry]] = json.loads(translations.read_text(encoding="utf-8"))
        core = {
            key.removeprefix("core|"): value
            for key, value in table.items()
            if key.startswith("core|")
        }
        return {
            code: self._apply_ts(code, table) + self._apply_po(code, core)
            for code in self.languages
        }

    def _apply_ts(self, code: str, table: Mapping[str, Mapping[str, Entry]]) -> int:
        """Fill ``code``'s untranslated tray strings from ``table``; how many."""
        path = self.ts_file(code)
        tree = ET.parse(path)  # noqa: S314 (our own files)
        count = 0
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                entry = table.get(f"{name}|{message.findtext('source') or ''}", {}).get(code)
                if entry and TsMessage.from_element(name, message).unfinished:
                    _fill(message, entry)
                    count += 1
        header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        path.write_text(header + ET.tostring(tree.getroot(), encoding="unicode") + "\n", "utf-8")
        return count

    def _apply_po(self, code: str, table: Mapping[str, Mapping[str, Entry]]) -> int:
        """Fill ``code``'s untranslated (or fuzzy) core strings from ``table``, keyed by
        msgid; how many. The ``.po`` is rewritten only when something was filled."""
        from babel.messages.pofile import read_po

        path = self.po_file(code)
        with path.open("rb") as handle:
            catalogue = read_po(handle, locale=code)
        count = 0
        for message in catalogue:
            entry = table.get(_msgid(message.id), {}).get(code) if message.id else None
            if entry and (message.fuzzy or not _po_translated(message.string)):
                _fill_po(message, entry, catalogue.num_plurals)
                count += 1
        if count:
            _write_po(path, catalogue)
        return count

    # -- compiling -------------------------------------------------------------------------

    def compile(self) -> list[Path]:
        """``.ts`` → ``.qm`` and ``.po`` → ``.mo`` for every language whose compiled file
        is missing or older than its source (``make`` and the bundle build both call this);
        the files written."""
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        written: list[Path] = []
        for code in self.languages:
            ts = self.ts_file(code)
            qm = ts.with_suffix(".qm")
            if _stale(qm, ts):
                command = [str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)]
                subprocess.run(command, check=True, capture_output=True, text=True)
                written.append(qm)
            po = self.po_file(code)
            mo = po.with_suffix(".mo")
            if _stale(mo, po):
                with po.open("rb") as handle:
                    catalogue = read_po(handle, locale=code)
                with mo.open("wb") as handle:
                    write_mo(handle, catalogue, use_fuzzy=False)
                written.append(mo)
        return written

    # -- checking --------------------------------------------------------------------------

    def problems(self) -> list[str]:
        """Everything wrong with the catalogues: a language or string missing, a string no
        longer used, a placeholder lost, plural forms the language does not have."""
        return [*self._tray_problems(), *self._core_problems()]

    def _tray_problems(self) -> list[str]:
        found: list[str] = []
        present = [code for code in self.languages if self.ts_file(code).exists()]
        found += [
            f"{self.ts_file(code).name}: missing" for code in self.languages if code not in present
        ]
        with tempfile.TemporaryDirectory(prefix="catalogues-") as folder:
            copies = []
            for code in present:
                copy = Path(folder) / self.ts_file(code).name
                shutil.copyfile(self.ts_file(code), copy)
                copies.append(copy)
            if copies:
                self.run_lupdate(copies, drop_unused=False)
            for copy in copies:
                for message in self.ts_messages(copy):
                    found += message.problems(copy.name)
        return found

    def _core_problems(self) -> list[str]:
        from babel.messages.pofile import read_po

        template = self.core_template()
        wanted = {_key(message.id) for message in template if message.id}
        found: list[str] = []
        for code in self.languages:
            path = self.po_file(code)
            name = f"{code}/{path.name}"
            if not path.exists():
                found.append(f"{name}: missing")
                continue
            with path.open("rb") as handle:
                catalogue = read_po(handle, locale=code)
            have = {_key(message.id): message for message in catalogue if message.id}
            found += [f"{name}: missing {key!r}" for key in sorted(wanted - set(have))]
            found += [f"{name}: unused {key!r}" for key in sorted(set(have) - wanted)]
            for key, message in have.items():
                if key in wanted:
                    found += _po_message_problems(name, message, catalogue.num_plurals)
        return found


@dataclass(frozen=True)
class TsMessage:
    context: str
    source: str
    kind: str  # "" finished, "unfinished", "vanished", "obsolete"
    forms: tuple[str, ...]  # the translation, or its plural forms
    numerus: bool

    @classmethod
    def from_element(cls, context: str, element: ET.Element) -> TsMessage:
        translation = element.find("translation")
        kind = translation.get("type", "") if translation is not None else "unfinished"
        numerus = element.get("numerus") == "yes"
        if translation is None:
            forms: tuple[str, ...] = ()
        elif numerus:
            forms = tuple(form.text or "" for form in translation.iter("numerusform"))
        else:
            forms = (translation.text or "",)
        return cls(context, element.findtext("source") or "", kind, forms, numerus)

    @property
    def unfinished(self) -> bool:
        return self.kind == "unfinished" or not all(self.forms) or not self.forms

    def problems(self, where: str) -> list[str]:
        label = f"{where}: [{self.context}] {self.source!r}"
        if self.kind in ("vanished", "obsolete"):
            return [f"{label} unused"]
        if self.unfinished:
            return [f"{label} missing"]
        return [
            f"{label} placeholders {placeholders(form, self.source)} ≠ {placeholders(self.source)}"
            for form in self.forms
            if placeholders(form, self.source) != placeholders(self.source)
            and not (self.numerus and _numerus_ok(form, self.source))
        ]


def _stale(compiled: Path, source: Path) -> bool:
    """Whether ``compiled`` is missing or older than the ``source`` it is made from."""
    return not compiled.exists() or compiled.stat().st_mtime_ns < source.stat().st_mtime_ns


def gzipped_catalogues(folder: Path, source: Path = ROOT / "tray" / "translations") -> list[Path]:
    """The tray's compiled catalogues gzipped into ``folder``, for the bundle: a third of the
    size (the Linux bundle's budget is 80 MB); ``tray.i18n`` reads either form."""
    import gzip

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for qm in sorted(source.glob("*.qm")):
        target = folder / f"{qm.name}.gz"
        target.write_bytes(gzip.compress(qm.read_bytes(), compresslevel=9, mtime=0))
        written.append(target)
    return written


def _fill(message: ET.Element, entry: Entry) -> None:
    """Put ``entry`` into ``message``'s translation (each plural slot lupdate made)."""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") != "yes":
        translation.text = entry if isinstance(entry, str) else entry[-1]
        return
    forms = [entry] if isinstance(entry, str) else entry
    slots = translation.findall("numerusform") or [ET.SubElement(translation, "numerusform")]
    for index, slot in enumerate(slots):
        slot.text = forms[min(index, len(forms) - 1)]


def _fill_po(message: Message, entry: Entry, num_plurals: int) -> None:
    """Put ``entry`` into a ``.po`` message: its string, or each of the language's plural
    forms (the last form given repeats), and no longer fuzzy."""
    forms = [entry] if isinstance(entry, str) else list(entry)
    if isinstance(message.id, str):
        message.string = forms[-1]
    else:
        message.string = tuple(forms[min(index, len(forms) - 1)] for index in range(num_plurals))
    message.flags.discard("fuzzy")


def _numerus_ok(form: str, source: str) -> bool:
    """A plural form may leave out %n ("one account" for n == 1), nothing else."""
    return [p for p in placeholders(form, source) if p != "%n"] == [
        p for p in placeholders(source) if p != "%n"
    ]


_DATES = re.compile(rb'^"(POT-Creation-Date|PO-Revision-Date): .*\n', re.MULTILINE)


def _write_po(path: Path, catalogue: Catalog) -> None:
    """Write a ``.po``/``.pot``, unless only its dates would change (no churn in git)."""
    import io

    from babel.messages.pofile import write_po

    buffer = io.BytesIO()
    write_po(buffer, catalogue, ignore_obsolete=True, sort_output=True, no_location=True)
    text = buffer.getvalue()
    if path.exists() and _DATES.sub(b"", path.read_bytes()) == _DATES.sub(b"", text):
        return
    path.write_bytes(text)


def _key(message_id: object) -> str:
    return message_id if isinstance(message_id, str) else str(tuple(message_id))  # type: ignore[arg-type]


def _msgid(message_id: str | Sequence[str]) -> str:
    """A ``.po`` message's key in an ``apply`` table: its msgid (an ngettext one's singular)."""
    return message_id if isinstance(message_id, str) else message_id[0]


def _po_translated(string: object) -> bool:
    if isinstance(string, str):
        return bool(string)
    return all(string) if isinstance(string, tuple | list) else False


def _po_message_problems(name: str, message: object, num_plurals: int) -> list[str]:
    from babel.messages.catalog import Message

    assert isinstance(message, Message)
    key = _key(message.id)
    if message.fuzzy or not _po_translated(message.string):
        return [f"{name}: missing {key!r}"]
    if isinstance(message.id, str):
        pairs = [(message.id, str(message.string))]
    else:
        forms = list(message.string or ())
        if len(forms) != num_plurals:
            return [f"{name}: {key!r} has {len(forms)} plural forms, the language {num_plurals}"]
        pairs = [(message.id[-1], form) for form in forms]
    return [
        f"{name}: {key!r} placeholders {placeholders(text, source)} ≠ {placeholders(source)}"
        for source, text in pairs
        if placeholders(text, source) != placeholders(source)
    ]


def main(argv: Sequence[str] | None = None) -> int:
    command = (argv if argv is not None else sys.argv[1:]) or ["check"]
    catalogues = Catalogues()
    if command[0] == "update":
        for code, missing in catalogues.update().items():
            print(f"{code}: {len(missing)} untranslated")
            for source in missing:
                print(f"    {source!r}")
        return 0
    if command[0] == "compile":
        written = catalogues.compile()
        print(f"compiled {len(written)} catalogues (the others were up to date)")
        return 0
    if command[0] == "apply" and len(command) == 2:
        for code, count in catalogues.apply(Path(command[1])).items():
            print(f"{code}: {count} filled")
        return 0
    if command[0] == "check":
        found = catalogues.problems()
        print("\n".join(found) if found else "catalogues complete")
        return 1 if found else 0
    print(f"usage: {Path(__file__).name} update|compile|check|apply FILE", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
