"""Every table of rows the registry names is versioned, merged, tombstoned and
compared without a list of its own anywhere else: rows of each are added in
one copy of a file, merged into the other, then changed and deleted there and
merged again. A table added to the model, the registry and a migration is
covered here as soon as it exists."""

from __future__ import annotations

import dataclasses
import shutil
import uuid

import pytest
from sqlalchemy import Column, MetaData, String, Table, Text
from sqlmodel import select

from rakdesk.core import history, merge, registry, snapshot
from rakdesk.core import plans as ops
from rakdesk.core.model import Kegiatan, Plan, Tombstone
from tests.files import edit

ROWS = registry.units("row")



def free_text(entry: registry.Entry) -> str:
    """A content field any text may go into: one typed into the grid, else a
    free text column."""
    columns = entry.model.__table__.c
    texts = [f for f in entry.fields
             if isinstance(columns[f].type, Text) and f not in entry.references]
    fields = entry.typed or tuple(texts)
    assert fields, f"{entry.table} has no free text field for this test to change"
    return fields[0]


def required(entry: registry.Entry, n: int) -> dict:
    """Values for the content fields a row cannot be stored without (a period
    target's period): whole numbers, different for each new row and past what
    the demo holds."""
    columns = entry.model.__table__.c
    return {f: 10 + n for f in entry.stored
            if not columns[f].nullable and columns[f].default is None
            and columns[f].server_default is None and columns[f].type.python_type is int}


def versions(path) -> dict[str, tuple[str, str]]:
    with edit(path) as session:
        return history.versions(session.connection())


@pytest.fixture
def here_and_there(demo_file, tmp_path):
    """Two byte-for-byte copies of one file, every plan a draft (a final plan
    takes no merged change)."""
    with edit(demo_file) as session:
        for plan in session.exec(select(Plan)):
            plan.status = "draft"
    there = tmp_path / "sana.sqlite"
    shutil.copyfile(demo_file, there)
    return demo_file, there


def test_rows_of_every_registered_table_merge_both_ways(here_and_there):
    here, there = here_and_there
    made: dict[str, tuple[str, str]] = {}  # table -> (kept id, deleted id)
    with edit(there) as session:
        for entry in ROWS:
            parent = None
            if entry.parent is not None:
                # one without rows of this table if there is one: no new row
                # then meets an old one with its match (a realisasi its period)
                parents = list(session.exec(select(entry.parent.model)))
                assert parents, f"the demo has no {entry.parent.model.__name__}"
                parent = next((p for p in parents if not getattr(p, entry.parent.children)),
                              parents[0])
            ids = []
            for n in (1, 2):
                data = {"id": str(uuid.uuid4()), **required(entry, n),
                        free_text(entry): f"baru {entry.table} {n}"}
                ids.append(snapshot.restore(session, entry.model, data, parent=parent).id)
            made[entry.table] = (ids[0], ids[1])

    first = merge.merge_files(here, there)
    assert first.conflicts == []
    with edit(here) as session:
        for entry in ROWS:
            for n, row_id in enumerate(made[entry.table], 1):
                row = session.get(entry.model, row_id)
                assert row is not None, f"a new {entry.table} row was not merged"
                assert getattr(row, free_text(entry)) == f"baru {entry.table} {n}"

    with edit(there) as session:
        for entry in ROWS:
            kept, gone = made[entry.table]
            setattr(session.get(entry.model, kept), free_text(entry), f"diubah {entry.table}")
            row = session.get(entry.model, gone)
            if row is not None:  # not already deleted with its parent
                ops.delete_row(session, row)

    second = merge.merge_files(here, there)
    assert second.conflicts == [], "a change made on one side only was taken as a conflict"
    theirs = versions(there)
    with edit(here) as session:
        for entry in ROWS:
            kept, gone = made[entry.table]
            row = session.get(entry.model, kept)
            assert getattr(row, free_text(entry)) == f"diubah {entry.table}", entry.table
            assert session.get(entry.model, gone) is None, f"a deleted {entry.table} came back"
            assert session.get(Tombstone, gone) is not None, f"{entry.table}: no tombstone"
            key = history.key_of(entry.table, kept)
            assert history.versions(session.connection(), [key])[key] == theirs[key]

    again = merge.merge_files(here, there)
    assert not again.changed and again.conflicts == []


def test_versions_are_first_seeded_from_what_the_file_has_then(demo_file, monkeypatch):
    """Schema 4's migration seeds every unit's first version before later
    migrations add their tables and columns: a table or content column the
    registry names but the file does not have yet is passed over, not an error
    that would stop every older file from opening."""
    later = Table("later_rows", MetaData(), Column("id", String, primary_key=True),
                  Column("text", String))
    model = type("LaterRows", (), {"__tablename__": "later_rows", "__table__": later})
    kegiatan = registry.entry(Kegiatan)
    grown = {**history.ROWS, "kegiatan": dataclasses.replace(kegiatan,
                                                           fields=("text", "not_yet"))}
    grown["later_rows"] = registry.Entry(model, ("text",))
    monkeypatch.setattr(history, "ROWS", grown)
    with edit(demo_file) as session:
        conn = session.connection()
        history.seed(conn)
        ids = [row.id for row in session.exec(select(Kegiatan))]
        assert ids and all(history.key_of("kegiatan", i) in history.versions(conn) for i in ids)
