"""The schema registry is tied to the SQLModel tables and to the migrations:
adding a column to one and forgetting the other fails here."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import create_engine
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.pool import NullPool

from rakdesk import migrations
from rakdesk.core import registry
from rakdesk.core.model import SQLModel

ALL = (*registry.ENTRIES, *registry.MACHINERY)


def test_every_table_is_registered_once():
    registered = [m.__tablename__ for m in ALL]
    assert len(registered) == len(set(registered))
    assert set(registered) == set(SQLModel.metadata.tables)


@pytest.mark.parametrize("model", ALL, ids=lambda m: m.__name__)
def test_every_column_is_content_or_bookkeeping(model):
    expected = registry.columns(model)
    assert len(expected) == len(set(expected)), "a column is named twice in the registry"
    assert set(expected) == set(model.__table__.c.keys())


@pytest.mark.parametrize("entry", registry.ENTRIES.values(), ids=lambda e: e.table)
def test_every_foreign_key_is_the_parent_or_a_reference(entry):
    keys = {fk.parent.name: fk.column.table.name for fk in entry.model.__table__.foreign_keys}
    declared = {name: model.__tablename__ for name, model in entry.references.items()}
    if entry.parent is not None:
        declared[entry.parent.column] = entry.parent.model.__tablename__
    assert keys == declared
    assert set(entry.references) <= set(entry.fields)
    assert set(entry.typed) <= set(entry.fields)
    assert not set(entry.fields) & {*registry.BOOKKEEPING, "position"}


@pytest.mark.parametrize("entry", registry.ENTRIES.values(), ids=lambda e: e.table)
def test_parent_and_children_are_the_models_relationships(entry):
    mapper = sa_inspect(entry.model)
    owned = {r.key: r.mapper.class_ for r in mapper.relationships
             if r.uselist and "delete-orphan" in r.cascade}
    assert owned == {c.parent.children: c.model for c in registry.children(entry.model)}
    if entry.parent is not None:
        up = mapper.relationships[entry.parent.attr]
        assert up.mapper.class_ is entry.parent.model and not up.uselist
        back = sa_inspect(entry.parent.model).relationships[entry.parent.children]
        assert back.mapper.class_ is entry.model
        if entry.ordered:
            assert "position" in str(back.order_by[0])


def test_machinery_tables_hold_no_links():
    for model in registry.MACHINERY:
        assert not model.__table__.foreign_keys


def test_the_head_migration_builds_exactly_the_registered_tables(tmp_path):
    """Built from an empty file with the Alembic scripts alone, not from the models."""
    from alembic import command

    path = tmp_path / "head.sqlite"
    sqlite3.connect(path).close()
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    try:
        with engine.begin() as conn:
            command.upgrade(migrations.config(conn), "head")
    finally:
        engine.dispose()
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        built = {t: {r[1] for r in con.execute(f'PRAGMA table_info("{t}")')} for t in tables}
    finally:
        con.close()
    built.pop("alembic_version")
    assert built == {m.__tablename__: set(registry.columns(m)) for m in ALL}


def test_history_versions_what_the_registry_calls_content():
    """History still keeps its own list (it is being reworked elsewhere); until
    it reads the registry, the two must agree."""
    from rakdesk.core import history

    rows = {e.table: (e.model, e.parent.column if e.parent else None, e.fields)
            for e in registry.ENTRIES.values() if e.unit == "row"}
    assert history.UNITS == rows
    assert history.CELL_FIELDS == registry.fields(registry.ScheduleCell)


def test_merge_walks_the_tree_the_registry_describes():
    """The merge still keeps its own parent/child table (it is being reworked
    elsewhere); until it reads the registry, the two must agree."""
    from rakdesk.core.merge import side

    rows = [e for e in registry.ENTRIES.values() if e.unit == "row"]
    expected = {None: tuple(e.table for e in rows if e.parent is None)}
    for e in rows:
        expected[e.table] = tuple(c.table for c in registry.children(e.model) if c.unit == "row")
    with_children = lambda tree: {k: v for k, v in tree.items() if v}  # noqa: E731
    assert with_children(side.CHILD_TABLES) == with_children(expected)
