"""Text from a file, made safe to print on a terminal or in a one-line message.

A name stored in a workspace (a table, a satker, a value) may carry terminal
escape codes, line breaks or bidirectional overrides. Printed raw, they could
rewrite the user's terminal or hide what a message says; here every control
or format character is shown as a visible escape instead.
"""

from __future__ import annotations

import io
import unicodedata


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text, limit: int = 80) -> str:
    """``text`` on one line, every control character escaped, at most ``limit``
    characters (0: no limit)."""
    out = "".join(_escape(ch) if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs")
                  else ch for ch in str(text))
    if limit and len(out) > limit:
        out = out[:limit - 3] + "..."
    return out


class SafeStream(io.TextIOBase):
    """A text stream that escapes control characters (keeping newlines and tabs)
    before they reach the terminal; the command line's stdout and stderr."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        safe = "\n".join("\t".join(printable(part, 0) for part in line.split("\t"))
                         for line in text.split("\n"))
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
