"""Fonts for printed documents.

Offices print with Arial, Times New Roman or Bookman Old Style from their
Windows laptops; rakdesk uses the first of those it finds installed. It always
registers the bundled DejaVu Sans Condensed (``resources/fonts``, with its
license), which is the fallback body font and the font of every tick, so a ✓
or √ never prints as an empty box even where the body font lacks the glyph.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import reportlab
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace

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
        pdfmetrics.registerFont(_ttfont(name, path))
    return name


# --- parsed fonts kept between runs -------------------------------------------------------
# Parsing a TrueType file (its glyph widths and character map) is most of the
# cost of printing's first page in a fresh process. What reportlab reads from
# a file is kept in the user's data folder, as marshal data (plain values,
# never code) after its SHA-256, under the file's name, size and time and
# reportlab's version; anything amiss with it and the file is parsed as before.

def _cache_file(path: Path) -> Path | None:
    from rakdesk.paths import data_dir

    try:
        stat = path.stat()
        folder = data_dir() / "font-cache"
    except OSError:
        return None
    return folder / (f"{path.stem}-{stat.st_size}-{stat.st_mtime_ns}-"
                     f"reportlab{reportlab.Version}.marshal")


def _ttfont(name: str, path: Path) -> TTFont:
    cache_file = _cache_file(path)
    try:
        return _from_cache(name, path, cache_file)
    except Exception:  # no cache yet, or one that does not fit: parse the file
        font = TTFont(name, str(path))
        if cache_file is not None:
            _keep(font.face, cache_file)
        return font


def _from_cache(name: str, path: Path, cache_file: Path | None) -> TTFont:
    data = cache_file.read_bytes()
    digest, body = data[:32], data[32:]
    if hashlib.sha256(body).digest() != digest:  # cut off or changed since it was kept
        raise ValueError("damaged")
    state = marshal.loads(body)
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(state)
    face._ttf_data = path.read_bytes()
    face._pdfScale = _scale(state["unitsPerEm"])
    # As TTFont.__init__ does, with the face read from the cache instead of parsed
    # (tests/test_pdf_fonts.py compares the two).
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    from weakref import WeakKeyDictionary

    font.state = WeakKeyDictionary()
    from fnmatch import fnmatch

    from reportlab import rl_config

    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
    return font


def _scale(units_per_em: int):
    """reportlab's scale of a font's units to a thousandth of the size."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _keep(face: TTFontFace, cache_file: Path) -> None:
    state = {k: v for k, v in face.__dict__.items() if k not in ("_ttf_data", "_pdfScale")}
    try:
        body = marshal.dumps(state)
        data = hashlib.sha256(body).digest() + body
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        import threading

        tmp = cache_file.with_name(f"{cache_file.name}.{os.getpid()}-{threading.get_ident()}.tmp")
        try:
            tmp.write_bytes(data)
            os.replace(tmp, cache_file)
        finally:
            tmp.unlink(missing_ok=True)
    except (OSError, ValueError):
        pass  # a read-only folder, a value marshal cannot keep: parse next time too


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
