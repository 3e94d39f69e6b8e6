"""Fonts for printed documents.

Offices print with Arial, Times New Roman or Bookman Old Style from their
Windows laptops; rakdesk uses the first of those it finds installed. It always
registers the bundled DejaVu Sans Condensed (``resources/fonts``, with its
license), which is the fallback body font and the font of every tick, so a ✓
or √ never prints as an empty box even where the body font lacks the glyph.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from rakdesk.paths import resources_dir

BUNDLED = ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
           "DejaVuSansCondensed-Oblique.ttf")
# (family, regular, bold, italic) as Windows names the files
OFFICE_FONTS = (
    ("Arial", "arial.ttf", "arialbd.ttf", "ariali.ttf"),
    ("Times New Roman", "times.ttf", "timesbd.ttf", "timesi.ttf"),
    ("Bookman Old Style", "BOOKOS.TTF", "BOOKOSB.TTF", "BOOKOSI.TTF"),
)


@dataclass(frozen=True)
class FontSet:
    regular: str
    bold: str
    italic: str
    symbols: str  # has ✓ and √
    family: str


def _font_dirs() -> list[Path]:
    dirs = []
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        dirs.append(windir / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    else:
        dirs += [Path("/usr/share/fonts/truetype/msttcorefonts"), Path.home() / ".fonts",
                 Path("/usr/share/fonts/truetype"), Path("/Library/Fonts")]
    return [d for d in dirs if d.is_dir()]


def _find(name: str) -> Path | None:
    for directory in _font_dirs():
        for candidate in (directory / name, directory / name.lower(), directory / name.upper()):
            if candidate.is_file():
                return candidate
    return None


def _register(name: str, path: Path) -> str:
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(path)))
    return name


def has_glyph(font_name: str, char: str) -> bool:
    font = pdfmetrics.getFont(font_name)
    face = getattr(font, "face", None)
    return face is not None and ord(char) in face.charToGlyph


@cache
def fonts(preferred: str | None = None) -> FontSet:
    """Register and return the fonts to print with. ``preferred`` names one of
    the office families; by default the first installed one is used."""
    folder = resources_dir() / "fonts"
    regular, bold, italic = (
        _register(f"rakdesk-{i}", folder / name)
        for i, name in zip(("regular", "bold", "italic"), BUNDLED, strict=True)
    )
    addMapping("rakdesk-regular", 0, 0, regular)
    addMapping("rakdesk-regular", 1, 0, bold)
    addMapping("rakdesk-regular", 0, 1, italic)
    addMapping("rakdesk-regular", 1, 1, bold)
    bundled = FontSet(regular, bold, italic, regular, "DejaVu Sans Condensed")
    families = [f for f in OFFICE_FONTS if preferred in (None, f[0])]
    for family, *files in families:
        paths = [_find(f) for f in files]
        if all(paths):
            names = [_register(f"{family}-{i}", p) for i, p in zip("rbi", paths, strict=True)]
            addMapping(names[0], 0, 0, names[0])
            addMapping(names[0], 1, 0, names[1])
            addMapping(names[0], 0, 1, names[2])
            addMapping(names[0], 1, 1, names[1])
            return FontSet(*names, symbols=regular, family=family)
    return bundled
