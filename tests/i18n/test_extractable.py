"""Every tray string handed to Qt's translator is one lupdate can find.

lupdate reads ``QCoreApplication.translate("Context", "text")`` and ``self.tr("text")`` only
when context and text are written out as literals. A helper such as ``_tr(text)`` or a
variable passed on is never extracted: the catalogues then look complete while the popup
shows English (found after the local-usage section's ``_tr`` wrapper: "Today $0.40 ·
30 days $70.03 (API prices)" stayed English in German).
"""

from __future__ import annotations

import ast
from pathlib import Path

TRAY = Path(__file__).resolve().parents[2] / "tray"
# Texts marked with QT_TRANSLATE_NOOP where they are defined, translated where shown.
# (file, the first argument as written): the two places that do this on purpose.
MARKED_ELSEWHERE = {
    ("dialogs/org_details.py", "CONTEXT"),
    ("dialogs/settings_dialog.py", "WRITE_BACK_WARNING"),
}


def _is_literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _relative(path: Path) -> str:
    return path.relative_to(TRAY).as_posix() if path.is_relative_to(TRAY) else path.name


def _unextractable(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        name, owner = node.func.attr, node.func.value
        if name == "translate" and isinstance(owner, ast.Name) and owner.id == "QCoreApplication":
            literal = node.args[:2] and all(_is_literal(arg) for arg in node.args[:2])
            context = ast.unparse(node.args[0]) if node.args else ""
            marked = (_relative(path), context) in MARKED_ELSEWHERE
            if not literal and not marked:
                found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
        elif (
            name == "tr"
            and isinstance(owner, ast.Name)
            and owner.id == "self"
            and not (node.args and _is_literal(node.args[0]))
            and (_relative(path), ast.unparse(node.args[0])) not in MARKED_ELSEWHERE
        ):
            found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_every_translated_text_is_a_literal_lupdate_can_extract() -> None:
    problems = [line for path in sorted(TRAY.rglob("*.py")) for line in _unextractable(path)]
    assert problems == []


def test_the_check_finds_a_wrapper(tmp_path: Path) -> None:
    source = tmp_path / "wrapped.py"
    source.write_text(
        "def _tr(text):\n    return QCoreApplication.translate('Ctx', text)\n", "utf-8"
    )
    assert len(_unextractable(source)) == 1
