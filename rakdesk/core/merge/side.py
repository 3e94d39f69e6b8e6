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

from rakdesk.core import history, registry, safefiles, storage
from rakdesk.core.history import ROWS, cell_key, key_of, pelaksana_key
from rakdesk.core.i18n import tr
from rakdesk.core.model import Revision, Tombstone
from rakdesk.errors import WorkspaceError

MINE, THEIRS, BOTH = "mine", "theirs", "both"
POLICIES = (MINE, THEIRS, BOTH)

# The tree of row units, from the registry: table -> its parent's table (None
# for the top) and table -> its model.
PARENT_TABLE = {table: e.parent.model.__tablename__ if e.parent else None
                for table, e in ROWS.items()}
MODEL = {table: e.model for table, e in ROWS.items()}
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
        rows = {table: history.table_rows(conn, table) for table in ROWS}
        rev_cols = [c for c in Revision.__table__.c if c.name != "modified_at"]
        side = cls(
            name=name, rows=rows, cells=history.cell_rows(conn),
            pelaksana=history.pelaksana_rows(conn), versions=history.versions(conn),
            history=history.histories(conn),
            tombstones={r[0] for r in conn.execute(select(Tombstone.id))},
            revisions={r.id: dict(r._mapping) for r in conn.execute(select(*rev_cols))},
        )
        for table, by_id in rows.items():
            link = ROWS[table].parent
            for row_id, row in sorted(by_id.items(), key=lambda kv: kv[1].get("position", 0)):
                parent = (PARENT_TABLE[table], row[link.column] if link else None)
                side.children.setdefault(parent, []).append((table, row_id))
        for kid, period in side.cells:
            side.cell_keys.setdefault(kid, set()).add(period)
        for key in side.versions:
            if key.startswith(history.CELL.kind + ":"):
                _, kid, period = key.split(":")
                side.cell_keys.setdefault(kid, set()).add(int(period))
        return side

    def content(self, key: str) -> str | None:
        kind, _, rest = key.partition(":")
        if kind == history.CELL.kind:
            kid, _, period = rest.partition(":")
            return history.cell_content(self.cells.get((kid, int(period))))
        if kind == history.LIST.kind:
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
        if table == history.CELL.parent.model.__tablename__:
            for period in sorted(self.cell_keys.get(row_id, ())):
                yield cell_key(row_id, period)
        if table == history.LIST.parent.model.__tablename__:
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
        """The plan a row belongs to (None for a satker's own rows)."""
        if not registry.plan_level(MODEL[table]):
            return None
        while table != "plan":
            row = self.rows[table][row_id]
            table, row_id = PARENT_TABLE[table], row[ROWS[table].parent.column]
        return row_id



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
                storage.migrate(source)
                if (migrated := storage.inspect_file(source, tolerate=TOLERATED)).error:
                    raise WorkspaceError(str(migrated.error).replace(source.name, path.name))
        return _read(source, path.name, path.name, check_tables=True)


def read_this_file(into: str | Path) -> Side:
    """The open workspace as a merge sees it, read from its file (its committed
    state, already checked when it was opened) on a read-only connection of
    its own, so a merge can be planned away from the session that edits it."""
    into = Path(into)
    return _read(into, into.name, tr("berkas ini"))


def _read(source: Path, shown: str, name: str, check_tables: bool = False) -> Side:
    """A file read as one side of a merge on a read-only connection of its own;
    ``shown`` is the file's name in messages, ``name`` the side's."""
    engine = create_engine("sqlite://", poolclass=NullPool,
                           creator=lambda: storage.connect(source, readonly=True))
    try:
        with engine.connect() as conn:
            if check_tables:
                kinds = dict(conn.exec_driver_sql("SELECT name, type FROM sqlite_master").all())
                wrong = [t for t in (*registry.BY_TABLE, "tombstone", "row_version",
                                     "row_history") if kinds.get(t) != "table"]
                if wrong:
                    raise WorkspaceError(
                        tr("{name} tidak bisa digabungkan: {tables} bukan tabel.").format(
                            name=shown, tables=", ".join(wrong)))
            return Side.read(conn, name)
    except sqlite3.Error as exc:
        raise WorkspaceError(tr("{name} tidak terbaca: {detail}").format(
            name=shown, detail=storage.detail(exc))) from exc
    finally:
        engine.dispose()
