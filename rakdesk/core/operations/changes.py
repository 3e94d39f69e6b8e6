"""What an operation changed, as the views need to know it.

In the spirit of Anki's ``OpChanges``: every named operation returns one, the
window announces it once, and each view repaints exactly what it names: a
changed cell repaints its rows, a structural change (rows added, removed or
moved, columns changed) reads the plan again, a workspace change refreshes the
tree. ``undo`` carries what the operation's inverse needs (old values, dumps of
removed rows); it is opaque to the views.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class OpChanges:
    # plan id -> ids of its sasaran, indikator or kegiatan whose cell contents changed
    rows: tuple[tuple[str, frozenset[str]], ...] = ()
    # plans whose rows were added, removed or moved, or whose columns changed
    structure: frozenset[str] = frozenset()
    workspace: bool = False  # satkers, plans, officials, sub-units: what the tree shows
    reload: bool = False  # the whole file was put back: every view reads it again
    # only schedule cells of the named rows changed (their texts and pelaksana did not)
    schedule_only: bool = False
    undo: Any = field(default=None, compare=False)
    # {(kegiatan id, period): Cell} as written, when the operation knows them
    # (a tick): a view may take them instead of reading the cells back.
    schedule: Mapping | None = field(default=None, compare=False)

    # ------------------------------------------------------------ building

    @classmethod
    def cells(cls, plan_id: str, row_ids: Iterable[str], undo: Any = None,
              schedule_only: bool = False, schedule: Mapping | None = None) -> OpChanges:
        ids = frozenset(row_ids)
        return cls(rows=((plan_id, ids),) if ids else (), schedule_only=schedule_only,
                   undo=undo, schedule=schedule)

    @classmethod
    def structural(cls, plan_id: str | None, undo: Any = None,
                   workspace: bool = False) -> OpChanges:
        if plan_id is None:
            return cls(workspace=True, undo=undo)
        return cls(structure=frozenset({plan_id}), workspace=workspace, undo=undo)

    @classmethod
    def of_workspace(cls, undo: Any = None) -> OpChanges:
        return cls(workspace=True, undo=undo)

    @classmethod
    def everything(cls) -> OpChanges:
        return cls(workspace=True, reload=True)

    def with_undo(self, undo: Any) -> OpChanges:
        return OpChanges(self.rows, self.structure, self.workspace, self.reload,
                         self.schedule_only, undo, self.schedule)

    def __or__(self, other: OpChanges) -> OpChanges:
        """Both changes (the undo data of the left one; the cells as written
        only when each side that changed rows knew them)."""
        merged: dict[str, frozenset[str]] = {}
        for plan_id, ids in (*self.rows, *other.rows):
            merged[plan_id] = merged.get(plan_id, frozenset()) | ids
        schedule_only = (self.schedule_only or not self.rows) and \
            (other.schedule_only or not other.rows) and bool(merged)
        known = [c.schedule for c in (self, other) if c.rows]
        schedule = None if not known or any(s is None for s in known) else \
            {k: v for s in known for k, v in s.items()}
        return OpChanges(tuple(merged.items()), self.structure | other.structure,
                         self.workspace or other.workspace, self.reload or other.reload,
                         schedule_only, self.undo, schedule)

    # ------------------------------------------------------------ reading

    @property
    def empty(self) -> bool:
        return not (self.rows or self.structure or self.workspace or self.reload)

    @property
    def plan_ids(self) -> frozenset[str]:
        """Every plan whose shown content changed."""
        return self.structure | {plan_id for plan_id, _ in self.rows}

    def rows_of(self, plan_id: str) -> frozenset[str]:
        """The rows of ``plan_id`` whose contents changed (not its structure)."""
        return next((ids for p, ids in self.rows if p == plan_id), frozenset())

    def is_structural(self, plan_id: str) -> bool:
        return self.reload or plan_id in self.structure

    def touches(self, plan_id: str) -> bool:
        return self.reload or plan_id in self.plan_ids
