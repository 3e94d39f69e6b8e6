"""One side of a merge, read through SQL, and the other file read only.

The other file is only read (read-only connection, known tables and columns
only, never its triggers or views); a copy is used when it must first be
recovered or migrated.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.pool import NullPool

from rakdesk.core import history, safefiles, storage
from rakdesk.core.history import UNITS, cell_key, key_of, pelaksana_key
from rakdesk.core.i18n import tr
from rakdesk.core.model import Revision, Tombstone
from rakdesk.errors import WorkspaceError

MINE, THEIRS, BOTH = "mine", "theirs", "both"
POLICIES = (MINE, THEIRS, BOTH)

CHILD_TABLES = {
    None: ("satker",),
    "satker": ("sub_unit", "official", "plan"),
    "plan": ("sasaran", "decree"),
    "sasaran": ("indikator",),
    "indikator": ("kegiatan",),
    "kegiatan": (),
    "decree": ("decree_item", "decree_team"),
    "decree_item": ("decree_point",),
    "decree_team": ("decree_member",),
}
PARENT_TABLE = {child: parent for parent, kids in CHILD_TABLES.items() if parent
                for child in kids}
PARENT_TABLE["satker"] = None
MODEL = {table: model for table, (model, _, _) in UNITS.items()}
# Kept in a unit's history here: deleted in another file, kept here on purpose.
TOMB_SEEN = "deleted-elsewhere-kept-here"


def declined_mark(revision_id: str) -> str:
    """Kept in a plan's history here: the other file's revision was not taken."""
    return f"revision-declined:{revision_id}"


# Values of the other file a merge reads with care (schedule cells of no period
# or weeks that are no weeks are skipped with a note), so they do not refuse it.
TOLERATED = frozenset({("schedule_cell", "period"), ("schedule_cell", "weeks")})

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



def read_source(path: str | Path) -> Side:
    """The other file, read only. A file whose last write was cut off, or that
    has an older schema, is read from a recovered and migrated temporary copy;
    the file itself is never written."""
    path = Path(path)
    report = storage.inspect_file(path, tolerate=TOLERATED)
    if report.error:
        raise report.error
    if report.schema_differences or report.orphans:
        raise WorkspaceError(tr("{name} tidak bisa digabungkan: {problems}").format(
            name=path.name, problems=" ".join(report.problems)))
    with tempfile.TemporaryDirectory(prefix="rakdesk-gabung-") as tmp:
        source = path
        if report.interrupted_write or report.wal or \
                report.schema_version < storage.SCHEMA_VERSION:
            if report.foreign_objects:
                raise WorkspaceError(tr(
                    "{name} harus dipulihkan atau diperbarui dulu, tetapi membawa objek asing "
                    "({objects}); gabungkan dari salinan yang bersih.").format(
                    name=path.name, objects=", ".join(report.foreign_objects)))
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
                        tr("{name} tidak bisa digabungkan: {tables} bukan tabel.").format(
                            name=path.name, tables=", ".join(wrong)))
                return Side.read(conn, path.name)
        except sqlite3.Error as exc:
            raise WorkspaceError(tr("{name} tidak terbaca: {detail}").format(
                name=path.name, detail=storage._detail(exc))) from exc
        finally:
            engine.dispose()


def read_this_file(into: str | Path) -> Side:
    """The open workspace as a merge sees it, read from its file (its committed
    state, already checked when it was opened) on a read-only connection of
    its own, so a merge can be planned away from the session that edits it."""
    into = Path(into)
    engine = create_engine("sqlite://", poolclass=NullPool,
                           creator=lambda: storage.connect(into, readonly=True))
    try:
        with engine.connect() as conn:
            return Side.read(conn, tr("berkas ini"))
    except sqlite3.Error as exc:
        raise WorkspaceError(tr("{name} tidak terbaca: {detail}").format(
            name=into.name, detail=storage._detail(exc))) from exc
    finally:
        engine.dispose()
