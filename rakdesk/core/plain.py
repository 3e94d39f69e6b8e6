"""Reading plans for printing with sqlite3 alone, without the ORM.

``rakdesk render`` would otherwise spend most of its time importing SQLAlchemy,
SQLModel and pydantic. Here a row is a light object with the same attributes
as its class in rakdesk.core.model: every column (from the reference schema
of the file's version, rakdesk.core.schema_check) and every relationship
(:data:`LISTS` and :data:`REFERENCES`, in the same order as the model's), with
the model's own computed properties (rakdesk.core.row_mixins). So the
printed documents and the table descriptions read a plain plan exactly as
they read one loaded through the ORM.

Relationships load on first use, like the ORM's lazy loading, but for every
row of that kind read so far at once (one query per relationship and level,
however many rows): printing a 1,000-kegiatan plan makes as many queries as
printing a 10-kegiatan one. Large binary values (a logo, a stored PDF) are
read only when used, the same way. A row is read once per session: the same
official is the same object whether reached as a plan's signatory or in
its satker's list. Nothing here writes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from rakdesk.core import row_mixins, safefiles, schema_check
from rakdesk.core.filecheck import SCHEMA_VERSION, connect, detail, inspect_file
from rakdesk.core.i18n import tr
from rakdesk.core.names import printable
from rakdesk.errors import DamagedWorkspace, ValidationError

# A parent's ordered list of rows: (parent table, attribute, child table,
# foreign key on the child, the child's attribute back to the parent, order).
# The same as the model's relationships (tests/test_plain.py compares them).
LISTS: tuple[tuple[str, str, str, str, str, tuple[str, ...]], ...] = (
    ("satker", "sub_units", "sub_unit", "satker_id", "satker", ("position",)),
    ("satker", "officials", "official", "satker_id", "satker", ("position",)),
    ("satker", "plans", "plan", "satker_id", "satker", ("year", "kind")),
    ("plan", "sasaran", "sasaran", "plan_id", "plan", ("position",)),
    ("plan", "budget_lines", "budget_line", "plan_id", "plan", ("position",)),
    ("plan", "revisions", "revision", "plan_id", "plan", ("number",)),
    ("plan", "decrees", "decree", "plan_id", "plan", ("position",)),
    ("sasaran", "indikator", "indikator", "sasaran_id", "sasaran", ("position",)),
    ("indikator", "kegiatan", "kegiatan", "indikator_id", "indikator", ("position",)),
    ("indikator", "period_targets", "period_target", "indikator_id", "indikator", ("period",)),
    ("indikator", "realisasi", "realisasi", "indikator_id", "indikator", ("period",)),
    ("indikator", "evidence", "evidence", "indikator_id", "indikator", ("period", "name")),
    ("kegiatan", "pelaksana", "pelaksana", "kegiatan_id", "kegiatan", ("position",)),
    ("kegiatan", "cells", "schedule_cell", "kegiatan_id", "kegiatan", ("period",)),
    ("kegiatan", "progress", "kegiatan_progress", "kegiatan_id", "kegiatan", ("period",)),
    ("decree", "items", "decree_item", "decree_id", "decree", ("position",)),
    ("decree", "teams", "decree_team", "decree_id", "decree", ("position",)),
    ("decree_item", "points", "decree_point", "item_id", "item", ("position",)),
    ("decree_team", "members", "decree_member", "team_id", "team", ("position",)),
)

# A row's link to one other row that no list above names: (table, attribute,
# foreign key, table pointed at).
REFERENCES: tuple[tuple[str, str, str, str], ...] = (
    ("plan", "signatory", "signatory_id", "official"),
    ("decree", "copy_official", "copy_official_id", "official"),
    ("decree_member", "official", "official_id", "official"),
)

# The tables a plan is made of (the machinery's own tables are not read here).
TABLES = tuple(dict.fromkeys(t for link in LISTS for t in (link[0], link[2])))


def class_name(table: str) -> str:
    """The model's class of a table: ``schedule_cell`` -> ``ScheduleCell``."""
    return "".join(part.capitalize() for part in table.split("_"))


def _utc(text: str) -> dt.datetime:
    """A stored time as the model returns it: in UTC (stored without an offset: UTC)."""
    value = dt.datetime.fromisoformat(text)
    return value.replace(tzinfo=dt.UTC) if value.utcoffset() is None else value.astimezone(dt.UTC)


def _converter(declared: str):
    """How a stored value becomes what the model's column type returns."""
    kind = declared.upper()
    if kind == "BOOLEAN":
        return bool
    if kind == "DATE":
        return dt.date.fromisoformat
    if kind == "DATETIME":
        return _utc
    return None


class Row:
    """A row read by a :class:`PlainSession`; its class names its table."""

    _table = ""

    def __getattr__(self, name: str):  # only for what is not read yet
        session = self.__dict__.get("_session")
        if session is None or not session.load(self._table, name):
            raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")
        return self.__dict__[name]

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.__dict__.get('id')}>"


def _row_classes() -> dict[str, type]:
    return {t: type(class_name(t), (row_mixins.BY_TABLE[t], Row) if t in row_mixins.BY_TABLE
                    else (Row,), {"_table": t, "__module__": __name__}) for t in TABLES}


CLASSES: dict[str, type] = _row_classes()


class PlainSession:
    """Plain rows of one workspace file, read through ``con`` (read-only)."""

    def __init__(self, con: sqlite3.Connection, version: int = SCHEMA_VERSION):
        self.con = con
        reference = schema_check.reference(version).tables
        self._columns: dict[str, list[tuple[str, object]]] = {}
        self._deferred: dict[str, list[str]] = {}
        for table in TABLES:
            columns = reference[table]["columns"]
            self._columns[table] = [(c[0], _converter(c[1])) for c in columns
                                    if c[1].upper() != "BLOB"]
            self._deferred[table] = [c[0] for c in columns if c[1].upper() == "BLOB"]
        self._rows: dict[str, dict[str, Row]] = {t: {} for t in TABLES}
        self._lists = {(link[0], link[1]): link for link in LISTS}
        self._refs = {(r[0], r[1]): r for r in REFERENCES}
        self._refs.update({(link[2], link[4]): (link[2], link[4], link[3], link[0])
                           for link in LISTS})

    # --- reading rows ---------------------------------------------------------------

    def _select(self, table: str, where: str, params=(), order: tuple[str, ...] = ()) -> list[Row]:
        names = [name for name, _ in self._columns[table]]
        sql = f"SELECT {', '.join(names)} FROM {table} WHERE {where}"
        if order:
            sql += f" ORDER BY {', '.join(order)}, rowid"
        out = []
        known = self._rows[table]
        for values in self.con.execute(sql, params):
            row = known.get(values[0])  # ``id`` comes first in every table
            if row is None:
                row = CLASSES[table]()
                fields = row.__dict__
                fields["_session"] = self
                for (name, convert), value in zip(self._columns[table], values, strict=True):
                    fields[name] = convert(value) if convert and value is not None else value
                known[row.id] = row
            out.append(row)
        return out

    def _where_in(self, table: str, column: str, ids, order: tuple[str, ...] = ()) -> list[Row]:
        return self._select(table, f"{column} IN (SELECT value FROM json_each(?))",
                            (json.dumps(list(ids)),), order)

    def plan(self, plan_id: str, prefix: bool = False):
        """The plan (``prefix``: or the one plan whose id starts with it, at least
        4 characters, as typed on the command line), its rows read when used."""
        found = self._select("plan", "id = ?", (plan_id,))
        if not found and prefix and len(plan_id) >= 4:
            ids = [r[0] for r in self.con.execute(
                "SELECT id FROM plan WHERE id LIKE ? || '%' LIMIT 2", (plan_id,))]
            if len(ids) == 1:
                return self.plan(ids[0])
        if not found:
            raise ValidationError(
                tr("Rencana dengan id {id} tidak ada di berkas ini.").format(id=plan_id))
        return found[0]

    def all_satkers(self) -> list:
        """Every satker, by name (as rakdesk.core.plans.all_satkers)."""
        return self._select("satker", "1", order=("name",))

    # --- loading on first use ---------------------------------------------------------

    def load(self, table: str, name: str) -> bool:
        """Read ``name`` of every ``table`` row that lacks it; False: no such
        relationship or column."""
        if not ((table, name) in self._lists or (table, name) in self._refs
                or name in self._deferred[table]):
            return False
        waiting = [r for r in self._rows[table].values() if name not in r.__dict__]
        if (table, name) in self._lists:
            _, _, child, key, back, order = self._lists[(table, name)]
            groups: dict[str, list] = {r.id: [] for r in waiting}
            for row in self._where_in(child, key, groups, order):
                groups[getattr(row, key)].append(row)
            for parent in waiting:
                parent.__dict__[name] = groups[parent.id]
                for row in groups[parent.id]:
                    row.__dict__.setdefault(back, parent)
        elif (table, name) in self._refs:
            _, _, key, target = self._refs[(table, name)]
            known = self._rows[target]
            missing = {r.__dict__[key] for r in waiting} - set(known) - {None}
            if missing:
                self._where_in(target, "id", missing)
            for row in waiting:
                row.__dict__[name] = known.get(row.__dict__[key])
        else:
            values = dict(self.con.execute(
                f"SELECT id, {name} FROM {table} WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps([r.id for r in waiting]),)))
            for row in waiting:
                row.__dict__[name] = values.get(row.id)
        return True


@contextlib.contextmanager
def reading(path: str | Path) -> Iterator[PlainSession | None]:
    """A plain session on a workspace file after the checks opening it
    read-only makes (rakdesk.core.storage.open_workspace): a file that cannot
    be used raises the same error; a file in WAL mode is read through a
    private copy. Yields None when the file needs what only opening it with
    the ORM does (an older schema to migrate, a cut-off write to roll back,
    with their own messages)."""
    path = Path(path)
    report = inspect_file(path)
    if report.error:
        raise report.error
    if report.interrupted_write or report.schema_version < SCHEMA_VERSION:
        yield None
        return
    with contextlib.ExitStack() as stack:
        source = path
        if report.wal:
            import tempfile

            folder = Path(stack.enter_context(
                tempfile.TemporaryDirectory(prefix="rakdesk-baca-", ignore_cleanup_errors=True)))
            try:
                source = safefiles.recovered_copy(path, folder)
            except (OSError, sqlite3.Error) as exc:
                raise DamagedWorkspace(tr("{name} tidak terbaca: {detail}").format(
                    name=printable(path.name), detail=detail(exc))) from None
        con = connect(source, readonly=True)
        stack.callback(con.close)
        yield PlainSession(con, report.schema_version)
