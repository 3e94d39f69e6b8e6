"""Subtrees of a plan as plain data, and back.

Undo needs a deleted sasaran back with the very same ids (so that copies of the
file still merge row by row); copying a plan to next year needs the same tree
with new ids. Both go through :func:`dump` and :func:`restore`.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlmodel import Session

from rakdesk.core import registry
from rakdesk.core.model import Plan, Tombstone
from rakdesk.core.plans import renumber

# Read from the registry; kept under these names for the merge.
FIELDS = {model: e.stored for model, e in registry.ENTRIES.items()}
CHILDREN = {model: tuple((c.parent.children, c.model, c.parent.column)
                         for c in registry.children(model))
            for model in registry.ENTRIES}
PARENT = {model: (e.parent.attr, e.parent.children)
          for model, e in registry.ENTRIES.items() if e.parent is not None}


def dump(row) -> dict:
    """A row and everything under it, as plain data (ids included)."""
    data = {"id": row.id, **{f: getattr(row, f) for f in FIELDS[type(row)]}}
    if isinstance(data.get("sign_date"), dt.date):
        data["sign_date"] = data["sign_date"].isoformat()
    for attr, _, _ in CHILDREN[type(row)]:
        data[attr] = [dump(child) for child in getattr(row, attr)]
    return data


def restore(session: Session, cls, data: dict, parent=None, position: int | None = None,
            new_ids: bool = False, tombstones: set[str] | None = None,
            renumber_siblings: bool = True):
    """Re-create a dumped row under ``parent`` at ``position`` (the end when None).
    With the same ids, their tombstones are lifted; with ``new_ids`` it is a copy.
    A caller restoring many rows passes the ids known to have ``tombstones`` (no
    query per row), and may renumber the siblings itself once at the end."""
    with session.no_autoflush:
        return _restore(session, cls, data, parent, position, new_ids, tombstones,
                        renumber_siblings)


def _restore(session, cls, data, parent, position, new_ids, tombstones=None,
             renumber_siblings=True):
    fields = {f: data[f] for f in FIELDS[cls] if f in data}
    for name in ("sign_date", "batas_waktu"):  # dates travel as text in JSON
        if isinstance(fields.get(name), str):
            fields[name] = dt.date.fromisoformat(fields[name]) if fields[name] else None
    row_id = str(uuid.uuid4()) if new_ids else data["id"]
    if not new_ids and (tombstones is None or row_id in tombstones):
        tomb = session.get(Tombstone, row_id)
        if tomb is not None:
            session.delete(tomb)
    row = cls(id=row_id, **fields)
    if parent is not None:
        siblings = getattr(parent, PARENT[cls][1])
        index = len(siblings) if position is None else max(0, min(position, len(siblings)))
        siblings.insert(index, row)
        if hasattr(cls, "position") and renumber_siblings:
            renumber(siblings)
    session.add(row)
    for attr, child_cls, _ in CHILDREN[cls]:
        for child in data.get(attr, []):
            made = _restore(session, child_cls, child, None, None, new_ids, tombstones)
            getattr(row, attr).append(made)
        if hasattr(child_cls, "position"):
            renumber(getattr(row, attr))
    return row


def copy_plan(session: Session, plan: Plan, year: int) -> Plan:
    """The same plan for another year: everything carried over, schedule kept,
    new ids, status back to draft."""
    data = without_monitoring(dump(plan))
    data.update(year=year, status="draft", revisions=[])  # a new year starts a new history
    if data.get("sign_date"):
        old = dt.date.fromisoformat(data["sign_date"])
        try:
            data["sign_date"] = old.replace(year=old.year + (year - plan.year)).isoformat()
        except ValueError:  # 29 February
            data["sign_date"] = old.replace(day=28, year=old.year + (year - plan.year)).isoformat()
    return restore(session, Plan, data, parent=plan.satker, new_ids=True)


def without_monitoring(data: dict) -> dict:
    """A dumped plan without what is filled in through the year (realisasi,
    kegiatan progress, evidence): what a revision signs, what a new year copies.
    The monitoring settings of its indikator are kept."""
    monitoring = {registry.ENTRIES[m].parent.children for m in registry.MONITORING}

    def strip(node: dict) -> dict:
        return {k: ([strip(child) for child in v] if isinstance(v, list) else v)
                for k, v in node.items() if k not in monitoring}
    return strip(data)


def signed_content(data: dict) -> dict:
    """What a revision signs of a dumped plan: no monitoring rows and none of
    the columns only monitoring uses (so setting a polarity on a signed plan, or
    a schema that added them, does not make it a different plan)."""
    dropped = {f for fields in registry.MONITORING_FIELDS.values() for f in fields}

    def strip(node: dict) -> dict:
        return {k: ([strip(child) for child in v] if isinstance(v, list) else v)
                for k, v in node.items() if k not in dropped}
    return strip(without_monitoring(data))


def parent_of(row):
    """The row a dumped row is restored under, and its position there."""
    if type(row) not in PARENT:
        return None, None
    parent = getattr(row, PARENT[type(row)][0])
    siblings = getattr(parent, PARENT[type(row)][1])
    return parent, siblings.index(row)
