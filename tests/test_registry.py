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
    assert {*entry.identity, *entry.match, *entry.mine_wins, *entry.unsigned} <= set(
        entry.stored)
    assert entry.signed or registry.plan_level(entry.model), "only a plan's rows are signed"
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


def test_every_kind_of_unit_has_its_handler_in_history_and_merge():
    """Rows of any table are versioned, merged and worded from the registry
    alone (tests/test_registry_merge.py proves it for each). A schedule cell
    and a pelaksana list are merged by rules of their own (weeks added up,
    names linked to sub-units): a second table of either kind needs its own."""
    from rakdesk.core import history
    from rakdesk.core.merge import side

    assert {e.unit for e in registry.ENTRIES.values()} <= {"row", "cell", "list", None}
    assert registry.units("cell") == (history.CELL,) == (registry.entry(registry.ScheduleCell),)
    assert registry.units("list") == (history.LIST,) == (registry.entry(registry.Pelaksana),)
    rows = registry.units("row")
    assert history.ROWS == {e.table: e for e in rows}
    assert side.MODEL == {e.table: e.model for e in rows}
    for e in rows:
        assert e.parent is None or e.parent.model in {r.model for r in rows}, \
            f"{e.table}: a row unit hangs under another row unit"
    for e in registry.ENTRIES.values():
        assert e.noun() and "{count}" in e.counted(), f"{e.table}: give it words in the registry"
    assert len(registry.BY_KIND) == len(registry.ENTRIES), "two entries share a unit prefix"


def test_the_file_check_knows_every_unit_kind():
    """`rakdesk check` reads version keys without the registry (it would load
    SQLModel): its list of unit kinds must be the registry's."""
    from rakdesk.core import value_check

    assert value_check.UNIT_KINDS == {
        unit: tuple(e.kind for e in registry.units(unit)) for unit in ("row", "list", "cell")}
