"""Bring another workspace file's plans into this one.

Rows are matched by their stable ids. Each unit (rakdesk.core.history: a row,
one schedule cell, one kegiatan's pelaksana list) is compared by its version
history, so it is known which side changed it since the two copies parted:

- new in the other file: added; the same on both sides: skipped;
- changed on one side only: that side's version is kept or taken;
- changed on both sides: a :class:`Conflict`, resolved by the user (keep mine,
  take theirs, keep both) or left as it is here and reported;
- deleted on one side and unchanged on the other: the deletion is honoured
  (tombstones say what was deleted); deleted on one side and changed on the
  other: a conflict.

Plans written separately (no shared ids) are combined: a plan of the same
kind and year of a satker with the same name is matched, its sasaran and
indikator by their text, and the other file's kegiatan are appended under them.

The other file is only read (read-only connection, known tables and columns
only, never its triggers or views); a copy is used when it must first be
recovered or migrated. :func:`prepare` reads both sides and decides;
:func:`apply` carries it out in the caller's transaction.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import tempfile
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from rakdesk.core import history, revisions, safefiles, snapshot, storage
from rakdesk.core import plans as ops
from rakdesk.core.history import UNITS, cell_key, key_of, pelaksana_key
from rakdesk.core.model import (
    Kegiatan,
    Official,
    Plan,
    Revision,
    Tombstone,
)
from rakdesk.core.schedule import Cell, Granularity
from rakdesk.errors import RakdeskError, ValidationError, WorkspaceError

MINE, THEIRS, BOTH = "mine", "theirs", "both"
# Values of the other file a merge reads with care (skipped with a note).
TOLERATED = frozenset({("schedule_cell", "period"), ("schedule_cell", "weeks")})
POLICIES = (MINE, THEIRS, BOTH)

CHILD_TABLES = {
    None: ("satker",),
    "satker": ("sub_unit", "official", "plan"),
    "plan": ("sasaran",),
    "sasaran": ("indikator",),
    "indikator": ("kegiatan",),
    "kegiatan": (),
}
PARENT_TABLE = {child: parent for parent, kids in CHILD_TABLES.items() if parent
                for child in kids}
PARENT_TABLE["satker"] = None
MODEL = {table: model for table, (model, _, _) in UNITS.items()}
NOUN = {"satker": "Satker", "sub_unit": "Sub-unit", "official": "Pejabat", "plan": "Rencana",
        "sasaran": "Sasaran", "indikator": "Indikator", "kegiatan": "Kegiatan",
        "cell": "Jadwal", "pelaksana": "Pelaksana", "revision": "Revisi"}
FIELD_WORDS = {"text": "teks", "name": "nama", "full_name": "nama lengkap", "address": "alamat",
               "phone": "telepon", "city": "kota", "title": "jabatan", "acting": "Plt./Plh.",
               "year": "tahun", "granularity": "jadwal", "status": "status", "paper": "kertas",
               "signatory_id": "penanda tangan", "sign_place": "tempat tanda tangan",
               "sign_date": "tanggal tanda tangan", "parent_office": "kantor induk",
               "office_heading": "kop", "target_unit": "satuan target",
               "sumber_data": "sumber data", "logo": "logo"}
# How an unmatched row of the other file may still be the same as one here.
MATCH_FIELDS = {"satker": ("name",), "sub_unit": ("name",), "official": ("name",),
                "plan": ("kind", "year"), "sasaran": ("text",), "indikator": ("text",)}


def _norm_text(value) -> str:
    return re.sub(r"\s+", " ", str(value or "")).strip().casefold()


# --- one side of a merge, read through SQL ------------------------------------------------

@dataclass
class Side:
    name: str
    rows: dict[str, dict[str, dict]]
    cells: dict[tuple[str, int], tuple]
    pelaksana: dict[str, tuple[str, ...]]
    versions: dict[str, tuple[str, str]]
    history: dict[str, set[str]]
    tombstones: set[str]
    revisions: dict[str, dict]
    children: dict[tuple[str | None, str | None], list[tuple[str, str]]] = field(
        default_factory=dict)
    cell_keys: dict[str, set[int]] = field(default_factory=dict)

    @classmethod
    def read(cls, conn, name: str) -> Side:
        rows = {table: history.table_rows(conn, table) for table in UNITS}
        rev_cols = [c for c in Revision.__table__.c if c.name != "modified_at"]
        side = cls(
            name=name, rows=rows, cells=history.cell_rows(conn),
            pelaksana=history.pelaksana_rows(conn), versions=history.versions(conn),
            history=history.histories(conn),
            tombstones={r[0] for r in conn.execute(select(Tombstone.id))},
            revisions={r.id: dict(r._mapping) for r in conn.execute(select(*rev_cols))},
        )
        for table, by_id in rows.items():
            parent_col = UNITS[table][1]
            for row_id, row in sorted(by_id.items(), key=lambda kv: kv[1].get("position", 0)):
                parent = (PARENT_TABLE[table], row[parent_col] if parent_col else None)
                side.children.setdefault(parent, []).append((table, row_id))
        for kid, period in side.cells:
            side.cell_keys.setdefault(kid, set()).add(period)
        for key in side.versions:
            if key.startswith("cell:"):
                _, kid, period = key.split(":")
                side.cell_keys.setdefault(kid, set()).add(int(period))
        return side

    def content(self, key: str) -> str | None:
        kind, _, rest = key.partition(":")
        if kind == "cell":
            kid, _, period = rest.partition(":")
            return history.cell_content(self.cells.get((kid, int(period))))
        if kind == "pelaksana":
            return history.pelaksana_content(self.pelaksana.get(rest))
        row = self.rows[kind].get(rest)
        return None if row is None else history.row_content(kind, row)

    def rev(self, key: str) -> str:
        """This side's rev of a unit. A content that does not match its stored
        version (a file written without rakdesk) counts as one more version."""
        content = self.content(key)
        rev, stored = self.versions.get(key) or history.initial(key)
        if content is None or content == stored:  # a deleted row keeps its last rev
            return rev
        return history.next_rev(rev, content)

    def has_seen(self, key: str, rev: str) -> bool:
        return rev == history.initial(key)[0] or rev in self.history.get(key, ())

    def subtree(self, table: str, row_id: str) -> Iterator[str]:
        """Keys of a row and every unit under it on this side."""
        yield key_of(table, row_id)
        if table == "kegiatan":
            for period in sorted(self.cell_keys.get(row_id, ())):
                yield cell_key(row_id, period)
            yield pelaksana_key(row_id)
        for child_table, child_id in self.children.get((table, row_id), []):
            yield from self.subtree(child_table, child_id)

    def plan_label(self, plan_id: str) -> str:
        plan = self.rows["plan"].get(plan_id)
        if plan is None:
            return ""
        satker = self.rows["satker"].get(plan["satker_id"], {})
        return f"{plan['kind']} {plan['year']} {satker.get('name', '')}".strip()

    def plan_of(self, table: str, row_id: str) -> str | None:
        while table not in ("plan", "satker", "sub_unit", "official"):
            row = self.rows[table][row_id]
            table, row_id = PARENT_TABLE[table], row[UNITS[table][1]]
        return row_id if table == "plan" else None


# --- what a merge will do -----------------------------------------------------------------

@dataclass
class Conflict:
    """A unit changed on both sides (or deleted on one and changed on the other)."""

    key: str
    kind: str  # "changed" | "deleted_here" | "deleted_there"
    where: str  # the plan it belongs to, e.g. "RAK 2024 KPU Kabupaten Kubu Raya"
    what: str  # e.g. "Kegiatan «Rapat koordinasi»"
    mine: str  # this file's version, in words
    theirs: str  # the other file's version, in words
    options: tuple[str, ...] = (MINE, THEIRS)
    resolution: str | None = None  # one of options, or None: left as it is here

    def __str__(self) -> str:
        where = f" ({self.where})" if self.where else ""
        return f"{self.what}{where}: di sini {self.mine}; di berkas lain {self.theirs}"


@dataclass
class Step:
    action: str  # add | update | delete | cell | pelaksana | revision | both_copy
    table: str
    key: str
    a_id: str | None = None  # the row here
    b_id: str | None = None  # the row in the other file
    parent: tuple[str, str] | None = None  # where an added row goes here
    after: str | None = None  # the row here an added row follows
    conflict: Conflict | None = None
    plan_id: str | None = None  # the plan here it changes


@dataclass
class Summary:
    added: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    deleted: Counter = field(default_factory=Counter)
    same: int = 0
    newer_here: int = 0
    deletions_kept: int = 0
    combined: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def unresolved(self) -> list[Conflict]:
        return [c for c in self.conflicts if c.resolution is None]

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.deleted or any(
            c.resolution in (THEIRS, BOTH) for c in self.conflicts))

    def lines(self) -> list[str]:
        def counted(counter: Counter) -> str:
            return ", ".join(f"{n} {NOUN[t].lower()}" for t, n in counter.items()) or "tidak ada"

        out = [f"Ditambahkan: {counted(self.added)}.",
               f"Diperbarui: {counted(self.updated)}.",
               f"Dihapus (dihapus di berkas lain): {counted(self.deleted)}.",
               f"Dilewati: {self.same} sama, {self.newer_here} lebih baru di sini, "
               f"{self.deletions_kept} tetap terhapus di sini."]
        out += [f"Digabung berdasarkan teks: {c}." for c in self.combined]
        resolved = [c for c in self.conflicts if c.resolution]
        if resolved:
            how = Counter(c.resolution for c in resolved)
            out.append("Konflik diselesaikan: " + ", ".join(
                f"{n} {RESOLUTION_WORDS[r]}" for r, n in how.items()) + ".")
        if self.unresolved:
            out.append(f"Konflik belum diselesaikan (dibiarkan seperti di sini): "
                       f"{len(self.unresolved)}.")
        out += self.notes
        return out


RESOLUTION_WORDS = {MINE: "pakai milik sini", THEIRS: "pakai milik berkas lain",
                    BOTH: "simpan keduanya"}


@dataclass
class MergePlan:
    source: Path
    steps: list[Step]
    summary: Summary
    theirs: Side
    mine: Side
    idmap: dict[str, str] = field(default_factory=dict)

    @property
    def conflicts(self) -> list[Conflict]:
        return self.summary.conflicts


def read_source(path: str | Path) -> Side:
    """The other file, read only. A file whose last write was cut off, or that
    has an older schema, is read from a recovered and migrated temporary copy;
    the file itself is never written."""
    path = Path(path)
    report = storage.inspect_file(path, tolerate=TOLERATED)
    if report.error:
        raise report.error
    if report.schema_differences or report.orphans:
        raise WorkspaceError(f"{path.name} tidak bisa digabungkan: " + " ".join(report.problems))
    with tempfile.TemporaryDirectory(prefix="rakdesk-gabung-") as tmp:
        source = path
        if report.interrupted_write or report.wal or \
                report.schema_version < storage.SCHEMA_VERSION:
            if report.foreign_objects:
                raise WorkspaceError(
                    f"{path.name} harus dipulihkan atau diperbarui dulu, tetapi membawa objek "
                    f"asing ({', '.join(report.foreign_objects)}); gabungkan dari salinan "
                    "yang bersih.")
            source = safefiles.recovered_copy(path, Path(tmp))
            if report.schema_version < storage.SCHEMA_VERSION:
                storage._migrate(source)
                if (migrated := storage.inspect_file(source, tolerate=TOLERATED)).error:
                    raise WorkspaceError(str(migrated.error).replace(source.name, path.name))
        engine = create_engine("sqlite://", poolclass=NullPool,
                               creator=lambda: storage.connect(source, readonly=True))
        try:
            with engine.connect() as conn:
                kinds = dict(conn.exec_driver_sql("SELECT name, type FROM sqlite_master").all())
                wrong = [t for t in (*UNITS, "schedule_cell", "pelaksana", "tombstone",
                                     "revision", "row_version", "row_history")
                         if kinds.get(t) != "table"]
                if wrong:
                    raise WorkspaceError(
                        f"{path.name} tidak bisa digabungkan: {', '.join(wrong)} bukan tabel.")
                return Side.read(conn, path.name)
        except sqlite3.Error as exc:
            raise WorkspaceError(f"{path.name} tidak terbaca: {storage._detail(exc)}") from exc
        finally:
            engine.dispose()


def prepare(session: Session, source: str | Path, plan_ids: list[str] | None = None,
            into: Path | None = None, theirs: Side | None = None) -> MergePlan:
    """Read the other file (unless ``theirs`` is it, already read) and this
    session's state, and decide what to do."""
    source = Path(source)
    if into is not None and storage.same_file(source, into):
        raise WorkspaceError("Berkas tidak bisa digabungkan dengan dirinya sendiri.")
    session.flush()
    mine = Side.read(session.connection(), "berkas ini")
    if theirs is None:
        theirs = read_source(source)
    if plan_ids:
        unknown = [p for p in plan_ids if p not in theirs.rows["plan"]]
        if unknown:
            raise ValidationError(f"Rencana {', '.join(unknown)} tidak ada di {source.name}.")
    planner = _Planner(mine, theirs, set(plan_ids or ()))
    planner.walk_children(None, None, None)
    planner.finish()
    return MergePlan(source, planner.steps, planner.summary, theirs, mine, planner.idmap)


class _Planner:
    def __init__(self, mine: Side, theirs: Side, plan_ids: set[str]):
        self.a, self.b = mine, theirs
        self.plan_ids = plan_ids
        self.steps: list[Step] = []
        self.summary = Summary()
        self.final_here: set[str] = set()
        self.idmap: dict[str, str] = {}  # rows of the other file matched here by text
        self.blocked: Counter = Counter()  # changes not made to plans final here
        for plan_id, plan in mine.rows["plan"].items():
            if plan["status"] == "final":
                self.final_here.add(plan_id)
        if plan_ids:
            self.satkers = {theirs.rows["plan"][p]["satker_id"] for p in plan_ids}

    # what is in scope
    def _wanted(self, table: str, b_id: str) -> bool:
        if not self.plan_ids:
            return True
        if table == "satker":
            return b_id in self.satkers
        if table == "plan":
            return b_id in self.plan_ids
        return True

    def _where(self, side: Side, table: str, row_id: str) -> str:
        if table in ("satker", "sub_unit", "official"):
            return ""
        return side.plan_label(side.plan_of(table, row_id) or "")

    def _describe(self, side: Side, key: str) -> str:
        kind, _, rest = key.partition(":")
        if kind == "cell":
            kid, _, period = rest.partition(":")
            value = side.cells.get((kid, int(period)))
            if value is None:
                return "kosong"
            ticked, weeks, note = value
            text = f"minggu ke {', '.join(weeks)}" if weeks else ("✓" if ticked else "")
            return " ".join(p for p in (text, f"«{note}»" if note else "") if p) or "kosong"
        if kind == "pelaksana":
            return ", ".join(side.pelaksana.get(rest, ())) or "kosong"
        row = side.rows[kind].get(rest)
        if row is None:
            return "dihapus"
        fields = UNITS[kind][2]
        if kind in ("sasaran", "kegiatan"):
            return f"«{_short(row['text'])}»"
        other = (self.b if side is self.a else self.a).rows[kind].get(rest)
        diff = [f for f in fields if other is None or other[f] != row[f]] or list(fields[:1])
        return "; ".join(f"{FIELD_WORDS.get(f, f.replace('_', ' '))} «{_short(row[f])}»"
                         for f in diff[:4])

    def _what(self, key: str) -> str:
        kind, _, rest = key.partition(":")
        if kind in ("cell", "pelaksana"):
            kid, _, period = rest.partition(":")
            row = self.a.rows["kegiatan"].get(kid) or self.b.rows["kegiatan"].get(kid) or {}
            plan_id = self.a.plan_of("kegiatan", kid) if kid in self.a.rows["kegiatan"] else None
            label = "Pelaksana"
            if kind == "cell":
                gran = self.a.rows["plan"].get(plan_id, {}).get("granularity", "monthly")
                label = f"Jadwal {Granularity(gran).label(int(period))}"
            return f"{label} kegiatan «{_short(row.get('text', ''))}»"
        row = self.a.rows[kind].get(rest) or self.b.rows[kind].get(rest) or {}
        name = row.get("text") or row.get("name") or (
            f"{row.get('kind', '')} {row.get('year', '')}" if kind == "plan" else "")
        return f"{NOUN[kind]} «{_short(name)}»"

    def _conflict(self, key: str, kind: str, where: str, options=(MINE, THEIRS)) -> Conflict:
        conflict = Conflict(key, kind, where, self._what(key), self._describe(self.a, key),
                            self._describe(self.b, key), tuple(options))
        self.summary.conflicts.append(conflict)
        return conflict

    # the walk
    def walk_children(self, table: str | None, a_id: str | None, b_id: str | None,
                      combined: bool = False, plan_here: str | None = None) -> None:
        a_kids = self.a.children.get((table, a_id), [])
        b_kids = self.b.children.get((table, b_id), [])
        matched_here: set[str] = set()
        previous_here: str | None = None
        for child_table, child_id in b_kids:
            if not self._wanted(child_table, child_id):
                continue
            here_plan = plan_here if child_table != "plan" else None
            if child_id in self.a.rows[child_table]:
                matched_here.add(child_id)
                self.pair(child_table, child_id, here_plan)
                previous_here = child_id
            elif child_id in self.a.tombstones:
                self.deleted_here(child_table, child_id, (table, a_id), here_plan)
            else:
                match = self._match(child_table, child_id, a_kids, matched_here)
                if match is not None:
                    matched_here.add(match)
                    self.idmap[child_id] = match
                    self.summary.combined.append(
                        f"{NOUN[child_table]} «{_short(self._match_label(child_table, match))}»")
                    next_plan = match if child_table == "plan" else here_plan
                    self.walk_children(child_table, match, child_id, True, next_plan)
                    previous_here = match
                else:
                    self.add(child_table, child_id, (table, a_id), previous_here, here_plan)
        if table is not None and combined:
            return  # rows only here are this file's own
        for child_table, child_id in a_kids:
            if child_id in self.b.rows[child_table] or child_id in matched_here:
                continue
            if child_table in ("satker", "plan") and self.plan_ids:
                continue  # only the chosen plans are merged
            if child_id in self.b.tombstones:
                self.deleted_there(child_table, child_id,
                                   plan_here if child_table != "plan" else child_id)

    def _match(self, table: str, b_id: str, a_kids, taken: set[str]) -> str | None:
        fields = MATCH_FIELDS.get(table)
        if not fields:
            return None
        theirs = self.b.rows[table][b_id]
        want = tuple(_norm_text(theirs[f]) for f in fields)
        for kid_table, kid_id in a_kids:
            if kid_table != table or kid_id in taken or kid_id in self.b.rows[table]:
                continue
            mine = self.a.rows[table][kid_id]
            if tuple(_norm_text(mine[f]) for f in fields) == want:
                return kid_id
        return None

    def _match_label(self, table: str, a_id: str) -> str:
        row = self.a.rows[table][a_id]
        if table == "plan":
            return self.a.plan_label(a_id)
        return row.get("text") or row.get("name") or ""

    def _blocked(self, plan_here: str | None) -> bool:
        """A change to a plan that is final here is not made; :meth:`finish`
        says how many were left, once per plan."""
        if plan_here in self.final_here:
            self.blocked[plan_here] += 1
            return True
        return False

    def finish(self) -> None:
        for plan_id, n in self.blocked.items():
            self.summary.notes.append(
                f"{n} perubahan pada {self.a.plan_label(plan_id)} tidak diambil: rencana itu "
                "sudah final di berkas ini. Mulai revisi berikutnya, lalu gabungkan lagi.")

    def pair(self, table: str, row_id: str, plan_here: str | None) -> None:
        key = key_of(table, row_id)
        if table == "plan":
            plan_here = row_id
        verdict = self.compare(key)
        if verdict == "theirs":
            if table == "plan":  # the other file went on from this one's final version
                self.final_here.discard(row_id)
            if table == "plan" or not self._blocked(plan_here):
                self.steps.append(Step("update", table, key, row_id, row_id, plan_id=plan_here))
                self.summary.updated[table] += 1
        elif verdict == "conflict":
            if not self._blocked(plan_here):
                options = (MINE, THEIRS, BOTH) if table in ("sasaran", "indikator",
                                                            "kegiatan") else (MINE, THEIRS)
                conflict = self._conflict(key, "changed", self._where(self.a, table, row_id),
                                          options)
                self.steps.append(Step("update", table, key, row_id, row_id, conflict=conflict,
                                       plan_id=plan_here))
        if table == "plan":
            self.revisions(row_id)
        if table == "kegiatan":
            self.kegiatan_units(row_id, plan_here)
        self.walk_children(table, row_id, row_id, plan_here=plan_here)

    def compare(self, key: str) -> str:
        content_a, content_b = self.a.content(key), self.b.content(key)
        if content_a == content_b:
            self.summary.same += 1
            return "same"
        rev_a, rev_b = self.a.rev(key), self.b.rev(key)
        if self.a.has_seen(key, rev_b):
            self.summary.newer_here += 1
            return "mine"
        if self.b.has_seen(key, rev_a):
            return "theirs"
        return "conflict"

    def kegiatan_units(self, kid: str, plan_here: str | None) -> None:
        periods = self.a.cell_keys.get(kid, set()) | self.b.cell_keys.get(kid, set())
        gran_here = self.a.rows["plan"].get(plan_here or "", {}).get("granularity")
        b_plan = self.b.plan_of("kegiatan", kid)
        gran_there = self.b.rows["plan"].get(b_plan or "", {}).get("granularity")
        for key in [cell_key(kid, p) for p in sorted(periods)] + [pelaksana_key(kid)]:
            verdict = self.compare(key)
            if verdict not in ("theirs", "conflict"):
                continue
            action = "cell" if key.startswith("cell:") else "pelaksana"
            if action == "cell" and gran_here != gran_there:
                self.summary.notes.append(
                    f"{self._what(key)} tidak diambil: jadwalnya bulanan di satu berkas dan "
                    "triwulanan di berkas lain. Samakan dulu, lalu gabungkan lagi.")
                continue
            if self._blocked(plan_here):
                continue
            conflict = None
            if verdict == "conflict":
                conflict = self._conflict(key, "changed",
                                          self._where(self.a, "kegiatan", kid),
                                          (MINE, THEIRS, BOTH))
            else:
                self.summary.updated[action if action == "pelaksana" else "cell"] += 1
            self.steps.append(Step(action, action, key, kid, kid, conflict=conflict,
                                   plan_id=plan_here))

    def revisions(self, plan_id: str) -> None:
        for rev_id, rev in self.b.revisions.items():
            if rev["plan_id"] == plan_id and rev_id not in self.a.revisions:
                self.steps.append(Step("revision_add", "revision", f"revision:{rev_id}", None,
                                       rev_id, parent=("plan", plan_id), plan_id=plan_id))
                self.summary.added["revision"] += 1

    def add(self, table: str, b_id: str, parent: tuple, after: str | None,
            plan_here: str | None) -> None:
        key = key_of(table, b_id)
        if table != "plan" and self._blocked(plan_here):
            return
        self.steps.append(Step("add", table, key, None, b_id, parent=parent, after=after,
                               plan_id=plan_here))
        for unit in self.b.subtree(table, b_id):
            kind = unit.partition(":")[0]
            if kind not in ("cell", "pelaksana") or self.b.content(unit) != history.initial(
                    unit)[1]:
                self.summary.added[kind] += 1

    def deleted_here(self, table: str, b_id: str, parent: tuple, plan_here: str | None) -> None:
        """The other file has a row this file deleted."""
        changed = [k for k in self.b.subtree(table, b_id)
                   if not self.a.has_seen(k, self.b.rev(k))]
        key = key_of(table, b_id)
        if not changed:
            self.summary.deletions_kept += 1
            return
        if self._blocked(plan_here):
            return
        where = self._where(self.b, table, b_id)
        conflict = self._conflict(key, "deleted_here", where)
        conflict.mine = "dihapus"
        self.steps.append(Step("add", table, key, None, b_id, parent=parent, conflict=conflict,
                               plan_id=plan_here))

    def deleted_there(self, table: str, a_id: str, plan_here: str | None) -> None:
        """This file has a row the other file deleted."""
        key = key_of(table, a_id)
        if TOMB_SEEN in self.a.history.get(key, ()):
            return  # kept here on purpose in an earlier merge
        changed = [k for k in self.a.subtree(table, a_id)
                   if not self.b.has_seen(k, self.a.rev(k))]
        if table != "plan" and self._blocked(plan_here):
            return
        if changed:
            conflict = self._conflict(key, "deleted_there", self._where(self.a, table, a_id))
            conflict.theirs = "dihapus"
        else:
            conflict = None
            self.summary.deleted[table] += 1
        self.steps.append(Step("delete", table, key, a_id, None, conflict=conflict,
                               plan_id=plan_here))


TOMB_SEEN = "deleted-elsewhere-kept-here"


def _short(text, limit: int = 60) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


# --- carrying it out ----------------------------------------------------------------------

def apply(session: Session, plan: MergePlan, resolutions: dict[str, str] | None = None,
          policy: str | None = None) -> Summary:
    """Make the merge in ``session`` (the caller commits). ``resolutions`` maps a
    conflict's key to mine/theirs/both; ``policy`` answers the others; a conflict
    with neither is left as it is here and reported."""
    resolutions = resolutions or {}
    for conflict in plan.conflicts:
        choice = resolutions.get(conflict.key, policy)
        if choice == BOTH and BOTH not in conflict.options:
            choice = MINE
        conflict.resolution = choice
    runner = _Runner(session, plan)
    with session.no_autoflush:  # one flush at the end, not one per step
        for step in plan.steps:
            try:
                runner.run(step)
            except ValidationError as exc:  # e.g. a schedule cell the plan has no column for
                plan.summary.notes.append(f"{NOUN.get(step.table, step.table)} dilewati: {exc}")
    session.flush()
    runner.record_versions()
    runner.check_final_plans()
    session.flush()
    return plan.summary


class _Runner:
    def __init__(self, session: Session, plan: MergePlan):
        self.session, self.plan = session, plan
        self.b = plan.theirs
        self.take: set[str] = set()  # units now holding the other file's version
        self.learn: dict[str, set[str]] = {}  # history to add here
        self.touched_plans: set[str] = set()

    def run(self, step: Step) -> None:
        choice = step.conflict.resolution if step.conflict else THEIRS
        if step.plan_id:
            self.touched_plans.add(step.plan_id)
        if choice is None:
            return
        if choice in (MINE, BOTH):
            self._learn(step.key, extra=TOMB_SEEN if step.action == "delete" else None)
            if choice == MINE:
                if step.action == "add" and step.conflict:  # stay deleted: know their subtree
                    for unit in self.b.subtree(step.table, step.b_id):
                        self._learn(unit)
                return
        getattr(self, f"_{step.action}")(step, choice)

    def _learn(self, key: str, extra: str | None = None) -> None:
        revs = set(self.b.history.get(key, ()))
        if key in self.b.versions or self.b.content(key) is not None:
            revs.add(self.b.rev(key))
        if extra:
            revs.add(extra)
        self.learn.setdefault(key, set()).update(revs)

    def _take(self, key: str) -> None:
        self.take.add(key)
        self._learn(key)

    # steps
    def _add(self, step: Step, choice: str) -> None:
        model = MODEL[step.table]
        parent_table, parent_id = step.parent
        parent = self.session.get(MODEL[parent_table], parent_id) if parent_table else None
        if parent_table and parent is None:
            self.plan.summary.notes.append(
                f"{NOUN.get(step.table, step.table)} tidak ditambahkan: induknya tidak ada di "
                "berkas ini.")
            return
        data = self._dump(step.table, step.b_id)
        position = None
        if step.after is not None and parent is not None:
            siblings = getattr(parent, snapshot.PARENT[model][1])
            ids = [s.id for s in siblings]
            if step.after in ids:
                position = ids.index(step.after) + 1
        for unit in self.b.subtree(step.table, step.b_id):
            self._take(unit)
        row = snapshot.restore(self.session, model, data, parent=parent, position=position)
        if step.table in ("satker", "official"):
            self.session.flush()  # plans added later look their signatory up by id
        _link_pelaksana(row)

    def _dump(self, table: str, b_id: str, new_ids: bool = False) -> dict:
        """A row of the other file and everything under it, in snapshot's form."""
        model = MODEL[table]
        row = self.b.rows[table][b_id]
        data = {"id": str(uuid.uuid4()) if new_ids else b_id}
        for f in snapshot.FIELDS[model]:
            data[f] = row.get(f)
        if table == "plan":
            signatory = self.plan.idmap.get(data["signatory_id"], data["signatory_id"])
            if signatory and self.session.get(Official, signatory) is None:
                signatory = None
            data["signatory_id"] = signatory
            if hasattr(data.get("sign_date"), "isoformat"):
                data["sign_date"] = data["sign_date"].isoformat()
            data["revisions"] = [self._revision(r) for r in sorted(
                (r for r in self.b.revisions.values() if r["plan_id"] == b_id),
                key=lambda r: r["number"])
                if self.session.get(Revision, r["id"]) is None]
        for attr, child_cls, _ in snapshot.CHILDREN[model]:
            if child_cls in (Revision,):
                continue
            data.setdefault(attr, [])
            child_table = history.TABLE_OF.get(child_cls)
            if child_table is None:
                continue
            for kid_table, kid_id in self.b.children.get((table, b_id), []):
                if kid_table == child_table and (
                        new_ids or self.session.get(child_cls, kid_id) is None):
                    data[attr].append(self._dump(kid_table, kid_id, new_ids))
        if table == "kegiatan":
            plan_id = self.b.plan_of("kegiatan", b_id)
            gran = self.b.rows["plan"].get(plan_id, {}).get("granularity", "monthly")
            periods = Granularity(gran).periods if gran in ("monthly", "quarterly") else 12
            data["cells"] = [
                {"id": str(uuid.uuid4()), "period": period, "ticked": value[0],
                 "weeks": "".join(w for w in value[1] if w in "1234"), "note": value[2]}
                for (kid, period), value in sorted(self.b.cells.items())
                if kid == b_id and 1 <= period <= periods]
            data["pelaksana"] = [{"id": str(uuid.uuid4()), "name": name, "sub_unit_id": None}
                                 for name in self.b.pelaksana.get(b_id, ())]
        return data

    def _revision(self, rev: dict) -> dict:
        return {k: rev[k] for k in ("id", *snapshot.FIELDS[Revision])}

    def _update(self, step: Step, choice: str) -> None:
        model = MODEL[step.table]
        row = self.session.get(model, step.a_id)
        theirs = self.b.rows[step.table][step.b_id]
        if choice == BOTH:
            self._both_copy(step, row)
            return
        for f in UNITS[step.table][2]:
            value = theirs[f]
            if f == "signatory_id" and value:
                value = self.plan.idmap.get(value, value)
                if self.session.get(Official, value) is None:
                    continue
            setattr(row, f, value)
        self._take(step.key)

    def _both_copy(self, step: Step, row) -> None:
        """Keep both: the other file's version goes in as a new row after this one."""
        parent, index = snapshot.parent_of(row)
        data = self._dump(step.table, step.b_id, new_ids=True)
        if step.table != "kegiatan":
            for attr, _, _ in snapshot.CHILDREN[MODEL[step.table]]:
                data[attr] = []  # only the row itself: its children stay under this one
        snapshot.restore(self.session, MODEL[step.table], data, parent=parent,
                         position=index + 1)

    def _delete(self, step: Step, choice: str) -> None:
        row = self.session.get(MODEL[step.table], step.a_id)
        if row is None:
            return
        for unit in self.plan.mine.subtree(step.table, step.a_id):
            self._learn(unit)
        ops.delete_row(self.session, row)

    def _cell(self, step: Step, choice: str) -> None:
        _, kid, period = step.key.split(":")
        kegiatan = self.session.get(Kegiatan, kid)
        theirs = _cell(self.b.cells.get((kid, int(period))))
        if choice == BOTH:
            mine = next((c.value() for c in kegiatan.cells if c.period == int(period)), Cell())
            notes = [n for n in dict.fromkeys((mine.note, theirs.note)) if n]
            theirs = Cell(ticked=mine.ticked or theirs.ticked, weeks=mine.weeks | theirs.weeks,
                          note=" / ".join(notes))
        else:
            self._take(step.key)
        ops.set_cell(self.session, kegiatan, int(period), theirs)

    def _pelaksana(self, step: Step, choice: str) -> None:
        kid = step.key.split(":")[1]
        kegiatan = self.session.get(Kegiatan, kid)
        names = list(self.b.pelaksana.get(kid, ()))
        if choice == BOTH:
            names = list(dict.fromkeys([p.name for p in kegiatan.pelaksana] + names))
        else:
            self._take(step.key)
        ops.set_pelaksana(self.session, kegiatan, names)

    def _revision_add(self, step: Step, choice: str) -> None:
        plan = self.session.get(Plan, step.parent[1])
        snapshot.restore(self.session, Revision, self._revision(self.b.revisions[step.b_id]),
                         parent=plan)

    # bookkeeping
    def record_versions(self) -> None:
        conn = self.session.connection()
        rows = []
        for key in self.take:
            if key in self.b.versions or self.b.content(key) != history.initial(key)[1]:
                rows.append({"key": key, "rev": self.b.rev(key), "content": self.b.content(key)})
        history.set_versions(conn, rows)
        history.add_history(conn, [{"key": k, "rev": r} for k, revs in self.learn.items()
                                   for r in revs])

    def check_final_plans(self) -> None:
        """A plan final in the other file, with changes made here since, is not
        what was signed: it stays a draft here, and the summary says so."""
        for plan_id in self.touched_plans:
            plan = self.session.get(Plan, plan_id)
            if plan is None or plan.status != "final" or not plan.revisions:
                continue
            last = max(plan.revisions, key=lambda r: r.number)
            content = hashlib.sha256(revisions.canonical(plan).encode()).hexdigest()
            if content != last.content_sha256:
                plan.status = "draft"
                self.plan.summary.notes.append(
                    f"{self.plan.mine.plan_label(plan_id) or plan.kind} final di berkas lain, "
                    "tetapi berkas ini punya perubahan setelahnya: dibiarkan draf. Periksa, "
                    "lalu finalkan lagi.")


def _link_pelaksana(row) -> None:
    """Pelaksana brought from another file point at this file's sub-units by name."""
    kegiatan = []
    stack = [row]
    while stack:
        item = stack.pop()
        if isinstance(item, Kegiatan):
            kegiatan.append(item)
        for attr in ("plans", "sasaran", "indikator", "kegiatan"):
            stack.extend(getattr(item, attr, None) or [])
    for k in kegiatan:
        satker = k.indikator.sasaran.plan.satker
        units = {u.name: u.id for u in satker.sub_units}
        for p in k.pelaksana:
            p.sub_unit_id = units.get(p.name)


def _cell(value: tuple | None) -> Cell:
    if value is None:
        return Cell()
    ticked, weeks, note = value  # from another file: only weeks 1-4 are weeks
    return Cell(ticked=bool(ticked), weeks=frozenset(int(w) for w in weeks if w in "1234"),
                note=note or "")


def merge_files(into: str | Path, source: str | Path, plan_ids: list[str] | None = None,
                policy: str | None = None, dry_run: bool = False) -> Summary:
    """The CLI's merge: back up ``into``, merge in one transaction, commit
    (or roll back for a dry run)."""
    into = Path(into)
    workspace = storage.open_workspace(into)
    try:
        with workspace.session() as session:
            merge = prepare(session, source, plan_ids, into=into)
            if not dry_run:
                storage.rolling_backup(into, reason="sebelum-gabung")
            try:
                summary = apply(session, merge, policy=policy)
            except RakdeskError:
                session.rollback()
                raise
            if dry_run:
                session.rollback()
            else:
                session.commit()
            return summary
    finally:
        workspace.close()

