"""Operations on the workspace around the plans: satkers, their sub-units and
officials, plans as a whole (add, copy to next year, import, finalise)."""

from __future__ import annotations

from collections.abc import Callable

from sqlmodel import Session

from rakdesk.core import loading, revisions, snapshot
from rakdesk.core import plans as ops
from rakdesk.core.model import Kegiatan, Plan, Revision, Satker, SubUnit
from rakdesk.core.operations.changes import OpChanges
from rakdesk.core.operations.rows import created


def add_satker(session: Session, values: dict) -> OpChanges:
    return created(session, [ops.add_satker(session, **values)])


def add_sub_units(session: Session, satker_id: str, names: list[str]) -> OpChanges:
    """The names become sub-units of the satker (those it has already are skipped)."""
    satker = session.get(Satker, satker_id)
    have = {u.name for u in satker.sub_units}
    return created(session, [ops.add_sub_unit(session, satker, n)
                             for n in dict.fromkeys(names) if n not in have])


def add_sub_unit(session: Session, satker_id: str, name: str, position: int) -> OpChanges:
    unit = ops.add_sub_unit(session, session.get(Satker, satker_id), name)
    units = unit.satker.sub_units
    units.insert(position, units.pop(units.index(unit)))
    ops.renumber(units)
    return created(session, [unit])


def add_official(session: Session, satker_id: str, data: dict) -> OpChanges:
    """An official with name, title, NIP, acting, and signature and stamp images."""
    official = ops.add_official(session, session.get(Satker, satker_id), data["name"],
                                data["title"], data["nip"], data["acting"])
    official.signature_image = data["signature_image"]
    official.stamp_image = data["stamp_image"]
    return created(session, [official])


def add_plan(session: Session, satker_id: str, values: dict) -> OpChanges:
    """A new plan of a satker from the plan dialog's values."""
    values = dict(values)
    granularity = values.pop("granularity")
    kind, year = values.pop("kind"), values.pop("year")
    if kind == "PK":  # its parties from the officials, its heading by the satker's level
        from rakdesk.core.pk import new_pk

        return created(session, [new_pk(session, session.get(Satker, satker_id), year,
                                        **values)])
    plan = ops.add_plan(session, session.get(Satker, satker_id), kind, year, granularity,
                        **values)
    return created(session, [plan])


def copy_plan_to_next_year(session: Session, plan_id: str) -> OpChanges:
    from rakdesk.core.pk import copy_to_year  # snapshot.copy_plan, with RAK/PK links fixed

    plan = session.get(Plan, plan_id)
    return created(session, [copy_to_year(session, plan, plan.year + 1)])


def import_plan(session: Session, apply_import: Callable, *args, **kwargs) -> OpChanges:
    """A plan read from a workbook, added by ``apply_import(session, *args)``
    (the Excel layer's, passed in). A satker the import made is undone with
    it; the cursor goes to the plan."""
    before = {s.id for s in ops.all_satkers(session)}
    plan = apply_import(session, *args, **kwargs)
    return created(session, [plan] if plan.satker_id in before else [plan.satker],
                   focus=plan.id)


def merge_sub_units(session: Session, keep_id: str, other_ids: list[str]) -> OpChanges | None:
    """Near-duplicate sub-units become one (see
    :func:`rakdesk.core.sub_units.merge_sub_units`); None when there is nothing
    to merge. ``undo`` holds what :func:`unmerge_sub_units` needs."""
    from rakdesk.core.sub_units import merge_sub_units as merge

    keep = session.get(SubUnit, keep_id)
    others = [u for u in (session.get(SubUnit, i) for i in other_ids) if u is not None]
    if keep is None or not others:
        return None
    dumps = [(u.satker_id, u.position, snapshot.dump(u)) for u in others]
    result = merge(session, keep, others)
    return _sub_unit_changes(result).with_undo((dumps, result))


def unmerge_sub_units(session: Session, undo) -> OpChanges:
    dumps, result = undo
    for satker_id, position, data in sorted(dumps, key=lambda d: d[1]):
        snapshot.restore(session, SubUnit, data, session.get(Satker, satker_id), position)
    for kegiatan_id, names in result.get("pelaksana", {}).items():
        ops.set_pelaksana(session, session.get(Kegiatan, kegiatan_id), names)
    return _sub_unit_changes(result)


def _sub_unit_changes(result: dict) -> OpChanges:
    changes = OpChanges.of_workspace()
    for plan_id, kegiatan_ids in result.get("plans", {}).items():
        changes = changes | OpChanges.cells(plan_id, kegiatan_ids)
    return changes


def finalize(session: Session, plan_id: str, p12: str | None, password: str,
             render: Callable) -> tuple[OpChanges, Revision]:
    """Finalise a plan (see :func:`rakdesk.core.revisions.finalize`), printed
    by ``render`` (the PDF layer's, passed in). Not undone: a finalised
    revision is the plan of record."""
    plan = loading.load_plan(session, plan_id)  # every cell, in one query per level
    revision = revisions.finalize(session, plan, p12, password, render=render)
    return OpChanges.structural(plan_id, workspace=True), revision
