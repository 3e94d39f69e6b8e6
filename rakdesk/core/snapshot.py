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
             renumber_siblings=True, parent_id: str | None = None):
    fields = {f: data[f] for f in FIELDS[cls] if f in data}
    for name in ("sign_date", "batas_waktu"):  # dates travel as text in JSON
        if isinstance(fields.get(name), str):
            fields[name] = dt.date.fromisoformat(fields[name]) if fields[name] else None
    row_id = data["id"]
    if new_ids:  # a row whose id comes from its parent's gets it under the new parent
        parent_id = parent.id if parent is not None else parent_id
        row_id = registry.row_id(cls, parent_id, **fields) if (
            registry.ENTRIES[cls].identity and parent_id) else str(uuid.uuid4())
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
            made = _restore(session, child_cls, child, None, None, new_ids, tombstones,
                            parent_id=row.id)
            getattr(row, attr).append(made)
        if hasattr(child_cls, "position"):
            renumber(getattr(row, attr))
    return row


def copy_plan(session: Session, plan: Plan, year: int) -> Plan:
    """The same plan for another year: everything carried over, schedule kept,
    new ids, status back to draft."""
    data = unsigned_dropped(dump(plan))
    # a new year starts a new history
    data.update(year=year, status="draft", revisions=[], final_reports="")
    if data.get("sign_date"):
        old = dt.date.fromisoformat(data["sign_date"])
        try:
            data["sign_date"] = old.replace(year=old.year + (year - plan.year)).isoformat()
        except ValueError:  # 29 February
            data["sign_date"] = old.replace(day=28, year=old.year + (year - plan.year)).isoformat()
    return restore(session, Plan, data, parent=plan.satker, new_ids=True)


def unsigned_dropped(data: dict, cls=Plan, fields: bool = False) -> dict:
    """A dumped row (a plan) without the rows its registry entries say are not
    signed (realisasi, kegiatan progress, evidence: filled in through the year,
    not carried into another year) and, with ``fields``, without the content
    fields they say are not signed either (how capaian is computed)."""
    entry = registry.ENTRIES[cls]
    dropped = set(entry.unsigned) if fields else set()
    kids = {attr: child for attr, child, _ in CHILDREN[cls]}
    out = {}
    for name, value in data.items():
        if name in dropped:
            continue
        if name in kids:
            if not registry.ENTRIES[kids[name]].signed:
                continue
            value = [unsigned_dropped(child, kids[name], fields) for child in value]
        out[name] = value
    return out


def signed_content(data: dict) -> dict:
    """What a revision signs of a dumped plan: none of the rows and fields that
    are filled in or set through the year (so setting a polarity on a signed
    plan, or a schema that added it, does not make it a different plan)."""
    return unsigned_dropped(data, Plan, fields=True)


def parent_of(row):
    """The row a dumped row is restored under, and its position there."""
    if type(row) not in PARENT:
        return None, None
    parent = getattr(row, PARENT[type(row)][0])
    siblings = getattr(parent, PARENT[type(row)][1])
    return parent, siblings.index(row)
