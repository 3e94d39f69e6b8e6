"""Qt's own texts that resources/translations/qtbase_id.ts does not translate yet.

Qt ships no Indonesian for its buttons, message boxes, file and print dialogs
and context menus, so rakdesk keeps qtbase_id.ts by hand (lupdate cannot
extract Qt's sources). After upgrading PySide6, run

    python scripts/qt_texts.py          # list what the .ts lacks; exit 1 if anything

It reads the source texts of Qt's own German catalog (qtbase_de.qm, shipped in
the PySide6 wheel and kept current by Qt) for every context the .ts
translates, and lists those the .ts does not have. Add them to the .ts
(translated, or the same text where Indonesian writes it alike) and run
scripts/compile_ui.py. A test runs this check.
"""

from __future__ import annotations

import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "qtbase_id.ts"
REFERENCE = "qtbase_de.qm"

# Contexts translated only in part, on purpose: key names in menus (only those
# no key cap prints: arrows, the space bar).
PARTIAL = {"QShortcut"}
# Texts rakdesk never shows: Qt's licence blurb of QMessageBox.aboutQt().
NEVER_SHOWN = ("<p>Qt is a C++ toolkit",)

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
TAG_END, TAG_TRANSLATION, TAG_OBSOLETE1 = 1, 3, 5
TAG_SOURCE, TAG_CONTEXT, TAG_COMMENT = 6, 7, 8
MESSAGES_BLOCK = 0x69


def qm_messages(path: Path) -> list[tuple[str, str, str]]:
    """(context, source, comment) of every message in a compiled .qm file."""
    data = path.read_bytes()
    if data[:16] != QM_MAGIC:
        raise ValueError(f"{path} is not a .qm file")
    pos, block = 16, b""
    while pos < len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1:pos + 5])[0]
        if tag == MESSAGES_BLOCK:
            block = data[pos + 5:pos + 5 + length]
        pos += 5 + length
    out, fields, p = [], {}, 0
    while p < len(block):
        tag = block[p]
        p += 1
        if tag == TAG_END:
            out.append((fields.get(TAG_CONTEXT, ""), fields.get(TAG_SOURCE, ""),
                        fields.get(TAG_COMMENT, "")))
            fields = {}
        elif tag in (TAG_TRANSLATION, TAG_SOURCE, TAG_CONTEXT, TAG_COMMENT):
            length = struct.unpack(">I", block[p:p + 4])[0]
            p += 4
            if length == 0xFFFFFFFF:  # a null translation
                continue
            if tag != TAG_TRANSLATION:
                fields[tag] = block[p:p + length].decode("utf-8")
            p += length
        elif tag == TAG_OBSOLETE1:
            p += 4
        else:
            raise ValueError(f"{path}: unknown tag {tag}")
    return out


def ts_messages(path: Path) -> set[tuple[str, str, str]]:
    root = ET.parse(path).getroot()
    return {(context.findtext("name") or "", message.findtext("source") or "",
             message.findtext("comment") or "")
            for context in root.iter("context") for message in context.iter("message")}


def missing() -> list[tuple[str, str, str]]:
    from PySide6.QtCore import QLibraryInfo

    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    have = ts_messages(TS)
    contexts = {context for context, _, _ in have} - PARTIAL
    return sorted({m for m in qm_messages(qt_dir / REFERENCE)
                   if m[0] in contexts and m not in have
                   and not m[1].startswith(NEVER_SHOWN)})


def main() -> int:
    lacking = missing()
    for context, source, comment in lacking:
        print(f"{context}: {source!r}" + (f" ({comment})" if comment else ""))
    if lacking:
        print(f"{len(lacking)} Qt text(s) missing from {TS.relative_to(ROOT)}")
        return 1
    print(f"{TS.relative_to(ROOT)} has every Qt text of the contexts it translates")
    return 0


if __name__ == "__main__":
    sys.exit(main())
