"""What the e2e tests share besides the desktop: finding colours on screen, reading it by OCR.

The app runs in another process, so the tests look at it the way a user does: the tray icon
by its badge colour in a screenshot of trayer's panel, the popup's text by OCR (Tesseract)
of a screenshot of its window.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
import shutil
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path

from tests.conftest import require_or_skip
from tests.e2e.conftest import Box, Desktop

RGB = tuple[int, int, int]
COLOR_TOLERANCE = 6  # per channel: antialiasing and 24-bit rounding move colours a little
OCR_SCALE = 2  # Tesseract reads 9–10 px UI text far better at twice the size
NAME_SIMILARITY = 0.8  # a card title may come back with a letter misread


def rgb(color: str) -> RGB:
    """``"#f0883e"`` → ``(240, 136, 62)``."""
    value = int(color.lstrip("#"), 16)
    return value >> 16, (value >> 8) & 0xFF, value & 0xFF


def _matches(pixel: RGB, color: RGB) -> bool:
    return all(abs(a - b) <= COLOR_TOLERANCE for a, b in zip(pixel, color, strict=True))


def pixels_of(desktop: Desktop, color: RGB, box: Box | None = None) -> int:
    """How many pixels of ``box`` (default: the tray) have ``color``."""
    pixels = desktop.pixels(box) if box else desktop.tray_pixels()
    return sum(_matches(pixel, color) for pixel in pixels)


def color_box(desktop: Desktop, color: RGB, minimum: int) -> Box | None:
    """The bounding box, on the screen, of the tray's pixels of ``color`` — the icon's badge —
    or None while there are fewer than ``minimum`` of them."""
    left, top, width, _ = desktop.tray_area
    found = [i for i, pixel in enumerate(desktop.tray_pixels()) if _matches(pixel, color)]
    if len(found) < minimum:
        return None
    xs = [i % width for i in found]
    ys = [i // width for i in found]
    return left + min(xs), top + min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1


def center(box: Box) -> tuple[int, int]:
    x, y, width, height = box
    return x + width // 2, y + height // 2


@dataclass(frozen=True)
class Word:
    """One word Tesseract read, with its box in screen coordinates."""

    text: str
    box: Box
    line: tuple[int, ...]  # (screenshot, block, paragraph, line): words of a line share it


@dataclass(frozen=True)
class Reading:
    """The OCR of one screenshot: its words, and its text line by line."""

    words: list[Word]

    @property
    def lines(self) -> list[str]:
        lines: dict[tuple[int, ...], list[str]] = {}
        for word in self.words:
            lines.setdefault(word.line, []).append(word.text)
        return [" ".join(words) for words in lines.values()]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def __add__(self, other: Reading) -> Reading:
        """Both readings (e.g. of a window before and after scrolling), this one first."""
        pages = 1 + max((word.line[0] for word in self.words), default=0)
        later = [replace(w, line=(w.line[0] + pages, *w.line[1:])) for w in other.words]
        return Reading(self.words + later)

    def find(self, text: str) -> Word | None:
        """The first word reading ``text`` (a button's frame may come back as "|" around it)."""
        wanted = _normalized(text)
        return next((word for word in self.words if _normalized(word.text) == wanted), None)

    def has_line(self, expected: str) -> bool:
        """A line that reads ``expected`` (case and punctuation aside, a letter may be off)."""
        wanted = _normalized(expected)
        return any(
            difflib.SequenceMatcher(None, _normalized(line), wanted).ratio() >= NAME_SIMILARITY
            for line in self.lines
        )


def _normalized(text: str) -> str:
    """Lower case, letters/digits/spaces only: OCR renders "…" buttons and "·" inconsistently."""
    return " ".join(re.sub(r"[^0-9a-z ]+", " ", text.lower()).split())


def require_ocr() -> None:
    missing = [tool for tool in ("tesseract", "convert") if shutil.which(tool) is None]
    require_or_skip(not missing, f"OCR tools missing: {', '.join(missing)} (tesseract-ocr)")


def read_screen(desktop: Desktop, box: Box, path: Path) -> Reading:
    """Screenshot ``box`` into ``path`` (kept for the report) and OCR it."""
    desktop.screenshot(str(path), box)
    scaled = path.with_suffix(".ocr.png")
    subprocess.run(
        ["convert", str(path), "-resize", f"{OCR_SCALE * 100}%", str(scaled)],
        check=True,
        timeout=30,
    )
    tsv = subprocess.run(
        ["tesseract", str(scaled), "-", "tsv"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    scaled.unlink()
    return Reading(_words(tsv, box))


def _words(tsv: str, box: Box) -> list[Word]:
    words = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        x, y, width, height = (int(row[k]) // OCR_SCALE for k in ("left", "top", "width", "height"))
        line = (0, int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
        words.append(Word(text, (box[0] + x, box[1] + y, width, height), line))
    return words
