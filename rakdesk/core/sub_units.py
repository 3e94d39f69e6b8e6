"""A satker's sub-units as the Pelaksana column uses them: the names offered
while typing, near-duplicates ("Subbag. Keuangan, Umum dan Logistik" beside
"Subbag. Keuangan. Umum, dan Logistik"), and merging them into one."""

from __future__ import annotations

import re
from collections import Counter

from sqlmodel import Session

from rakdesk.core import plans as ops
from rakdesk.core.model import Kegiatan, Satker, SubUnit


def name_key(name: str) -> str:
    """What two spellings of one sub-unit share: lower case, punctuation and
    repeated spaces gone ("Subbag. Keuangan. Umum, dan Logistik" ->
    "subbag keuangan umum dan logistik")."""
    return " ".join(re.sub(r"[\W_]+", " ", name.lower()).split())


def kegiatan_of(satker: Satker) -> list[Kegiatan]:
    return [k for plan in satker.plans for s in plan.sasaran for i in s.indikator
            for k in i.kegiatan]


def pelaksana_choices(satker: Satker | None) -> list[str]:
    """The names offered when a pelaksana is typed: the satker's sub-units in
    their order, then names typed by hand in its plans, most used first."""
    if satker is None:
        return []
    units = [u.name for u in satker.sub_units]
    known = set(units)
    typed = Counter(p.name for k in kegiatan_of(satker) for p in k.pelaksana
                    if p.name not in known)
    return units + [name for name, _ in sorted(typed.items(), key=lambda t: (-t[1], t[0]))]


def near_duplicates(satker: Satker) -> list[list[SubUnit]]:
    """Groups of sub-units whose names differ only in case, punctuation or spacing."""
    groups: dict[str, list[SubUnit]] = {}
    for unit in satker.sub_units:
        groups.setdefault(name_key(unit.name), []).append(unit)
    return [g for g in groups.values() if len(g) > 1]


def merge_sub_units(session: Session, keep: SubUnit, others: list[SubUnit]) -> dict:
    """Make ``others`` one with ``keep``: every kegiatan of the satker's draft
    plans that names one of them names ``keep`` instead (once), and ``others``
    are deleted. Final plans are the plan of record and keep their text.

    Returns {"pelaksana": {kegiatan id: its names before}, "plans": {plan id:
    [kegiatan ids]}, "final_plans": count of final plans left as they were}."""
    others = [u for u in others if u is not None and u.id != keep.id]
    if any(u.satker_id != keep.satker_id for u in others):
        raise ValueError("sub-units of different satkers")
    names = {u.name for u in others}
    ids = {u.id for u in others}
    before: dict[str, list[str]] = {}
    touched: dict[str, list[str]] = {}
    final_plans = set()
    satker = keep.satker
    for kegiatan in kegiatan_of(satker):
        rows = kegiatan.pelaksana
        if not any(p.sub_unit_id in ids or p.name in names for p in rows):
            continue
        plan = kegiatan.indikator.sasaran.plan
        if plan.status == "final":
            final_plans.add(plan.id)
            continue
        old = [p.name for p in rows]
        new: list[str] = []
        for p in rows:
            name = keep.name if (p.sub_unit_id in ids or p.name in names) else p.name
            if name not in new:
                new.append(name)
        before[kegiatan.id] = old
        touched.setdefault(plan.id, []).append(kegiatan.id)
        ops.set_pelaksana(session, kegiatan, new)
    for unit in others:
        ops.delete_row(session, unit)
    ops.renumber(satker.sub_units)
    return {"pelaksana": before, "plans": touched, "final_plans": len(final_plans)}
