"""How an office and its signatory are written on the page: the office line
derived from a satker's name, and the acting prefix (Plt., Plh.) kept in one
place so it is never printed twice."""

from __future__ import annotations

import re

ACTING = ("Plt.", "Plh.")
_ACTING_RE = re.compile(r"^\s*(plt|plh)\s*\.?\s+", re.IGNORECASE)
_ABBREVIATIONS = ((r"^KPU\b", "KOMISI PEMILIHAN UMUM"), (r"\bKAB\.\s*", "KABUPATEN "),
                  (r"\bPROV\.\s*", "PROVINSI "), (r"\bKOTA\.\s*", "KOTA "))


def office_line(satker_name: str) -> str:
    """The office printed above the position, the way the seeds print it:
    "SEKRETARIAT KPU KABUPATEN KUBU RAYA" -> "KOMISI PEMILIHAN UMUM" over
    "KABUPATEN KUBU RAYA" (a secretariat signs for its commission)."""
    name = " ".join((satker_name or "").upper().split())
    name = re.sub(r"^SEKRETARIAT\s+(JENDERAL\s+)?", "", name)
    for pattern, full in _ABBREVIATIONS:
        name = re.sub(pattern, full, name).strip()
    name = " ".join(name.split())
    for body in ("KOMISI PEMILIHAN UMUM", "BADAN PENGAWAS PEMILIHAN UMUM"):
        if name.startswith(body + " "):
            return f"{body}\n{name[len(body) + 1:]}"
    return name


def split_acting(acting: str, title: str) -> tuple[str, str]:
    """An acting prefix typed into the title moves to ``acting``: ("",
    "Plt. SEKRETARIS") and ("Plt.", "Plt. SEKRETARIS") both give ("Plt.",
    "SEKRETARIS"), so the page never says "Plt. Plt. SEKRETARIS"."""
    acting, title = (acting or "").strip(), (title or "").strip()
    while (m := _ACTING_RE.match(title)) is not None:
        typed = m.group(1).capitalize() + "."
        acting = acting or typed
        title = title[m.end():].strip()
    return acting, title


def position_text(acting: str, title: str) -> str:
    """The position as printed: "Plt. SEKRETARIS", "KETUA"."""
    acting, title = split_acting(acting, title)
    return f"{acting} {title}".strip()
