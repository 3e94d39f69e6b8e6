"""argparse's own texts in Indonesian. argparse looks every message up through
gettext at the moment it is needed (``argparse._``); while rakdesk builds its
parser and reads the command line, that look-up answers from this catalogue,
so "the following arguments are required" never appears inside an Indonesian
message."""

from __future__ import annotations

import argparse
from contextlib import contextmanager

MESSAGES = {
    "usage: ": "pemakaian: ",
    "positional arguments": "argumen",
    "options": "pilihan",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "argumen ini wajib diisi: %s",
    "one of the arguments %s is required": "salah satu argumen ini wajib: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "ignored explicit argument %r": "argumen %r diabaikan",
    "expected one argument": "perlu satu nilai",
    "expected at most one argument": "paling banyak satu nilai",
    "expected at least one argument": "perlu paling sedikit satu nilai",
    "ambiguous option: %(option)s could match %(matches)s":
        "pilihan %(option)s tidak jelas: bisa %(matches)s",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "pilihan tidak dikenal: %(value)r (pilih dari %(choices)s)",
    "unexpected option string: %s": "pilihan tak terduga: %s",
    "can't open '%(filename)s': %(error)s": "tidak bisa membuka '%(filename)s': %(error)s",
}


def _translate(text: str) -> str:
    return MESSAGES.get(text, text)


@contextmanager
def indonesian():
    """argparse speaks Indonesian inside this block."""
    before = argparse._
    argparse._ = _translate
    try:
        yield
    finally:
        argparse._ = before
