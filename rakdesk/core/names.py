"""Text from a file, made safe to print on a terminal or in a one-line message.

A name stored in a workspace (a table, a satker, a value) may carry terminal
escape codes, line breaks or bidirectional overrides. Printed raw, they could
rewrite the user's terminal or hide what a message says; here every control
or format character is shown as a visible escape instead.
"""

from __future__ import annotations

import io
import re

# C0 and C1 controls, DEL, and the invisible format characters that reorder or
# hide text (bidirectional overrides, zero-width marks, line separators).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e"
                     "\u2060-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff]")
_KEEP = re.compile("[\t\n]")


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text, limit: int = 80) -> str:
    """``text`` on one line, every control character escaped, at most ``limit``
    characters (0: no limit)."""
    out = _UNSAFE.sub(_escape, str(text))
    if limit and len(out) > limit:
        out = out[:limit - 3] + "..."
    return out


class SafeStream(io.TextIOBase):
    """A text stream that escapes control characters (keeping newlines and tabs)
    before they reach the terminal; the command line's stdout and stderr."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        safe = _UNSAFE.sub(lambda m: m.group() if _KEEP.match(m.group()) else _escape(m), text)
        self._stream.write(safe)
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self):
        return getattr(self._stream, "encoding", "utf-8")

    def isatty(self) -> bool:
        return self._stream.isatty()

    def writable(self) -> bool:
        return True


# Characters Windows refuses in a file name, besides the controls above.
_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


def file_name(*parts: str, suffix: str, limit: int = 120) -> str:
    """A file name made of ``parts`` (a plan label, a satker name): characters
    Windows refuses become "-", spaces are folded, and the name is cut to
    ``limit`` characters before ``suffix`` so that a satker named with 20,000
    characters still gives a file every file system accepts."""
    name = " ".join(str(part) for part in parts if part)
    name = " ".join(_NOT_IN_FILE_NAMES.sub("-", name).split()).strip(" .")
    return (name[:limit].rstrip(" .") or "rakdesk") + suffix
