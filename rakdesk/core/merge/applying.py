"""Carrying a merge out in the caller's transaction, and the CLI's whole merge
(back up, merge, commit)."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

from sqlmodel import Session

from rakdesk.core import history, registry, revisions, snapshot, storage
from rakdesk.core import plans as ops
from rakdesk.core.history import ROWS
from rakdesk.core.i18n import tr
from rakdesk.core.merge.planning import MergePlan, Step, Summary, prepare
from rakdesk.core.merge.side import BOTH, MINE, MODEL, THEIRS, TOMB_SEEN, declined_mark
from rakdesk.core.merge.wording import noun
from rakdesk.core.model import Kegiatan, Plan, Revision
from rakdesk.core.schedule import Cell, Granularity
from rakdesk.errors import RakdeskError, ValidationError

# Rows other rows point at (a plan's signatory): a row added with them is
# flushed at once, so rows added after it find them by id.
_REFERENCED = {m for e in ROWS.values() for m in e.references.values()}


def _holds_referenced(model: type) -> bool:
    return model in _REFERENCED or any(
        _holds_referenced(c.model) for c in registry.children(model) if c.unit == "row")


_FLUSH_AFTER = {table for table, e in ROWS.items() if _holds_referenced(e.model)}
# What replacing a revision's paper takes from the other file: all but its number and code.
_PAPER_FIELDS = tuple(f for f in registry.fields(Revision) if f not in ("number", "code"))


def apply(session: Session, plan: MergePlan, resolutions: dict[str, str] | None = None,
          policy: str | None = None) -> Summary:
    """Make the merge in ``session`` (the caller commits). ``resolutions`` maps a
    conflict's key to mine/theirs/both; ``policy`` answers the others; a conflict
    with neither is left as it is here and reported."""
    resolutions = resolutions or {}
    for conflict in plan.conflicts:
        choice = resolutions.get(conflict.key, policy)
        if choice == BOTH and BOTH not in conflict.options:
            choice = MINE
        if choice == THEIRS and THEIRS not in conflict.options:
            choice = BOTH  # another paper under a number this file has: a signed one stays
        conflict.resolution = choice
    runner = _Runner(session, plan)
    with session.no_autoflush:  # one flush at the end, not one per step
        for step in plan.steps:
            try:
                runner.run(step)
            except ValidationError as exc:  # e.g. a schedule cell the plan has no column for
                plan.summary.notes.append(tr("{what} dilewati: {error}").format(
                    what=noun(step.table), error=exc))
        runner.renumber()
    session.flush()
    runner.record_versions()
    runner.check_final_plans()
    session.flush()
    return plan.summary


class _Runner:
    def __init__(self, session: Session, plan: MergePlan):
        self.session, self.plan = session, plan
        self.other = plan.theirs
        self.actions = {"add": self._add, "update": self._update, "delete": self._delete,
                        "cell": self._cell, "pelaksana": self._pelaksana,
                        "revision_add": self._revision_add,
                        "revision_replace": self._revision_replace}
        self.take: set[str] = set()  # units now holding the other file's version
        self.learn: dict[str, set[str]] = {}  # history to add here
        self.touched_plans: set[str] = set()
        self.reorder: dict[int, list] = {}  # sibling lists rows were added to
        self.placed: dict[str, tuple[int, int]] = {}  # added row -> (its list, its index)

    def run(self, step: Step) -> None:
        choice = step.conflict.resolution if step.conflict else THEIRS
        if step.plan_id:
            self.touched_plans.add(step.plan_id)
        if choice is None:
            return
        if step.table == "revision":
            if choice == MINE:  # not taken, and not asked again
                self.learn.setdefault(f"plan:{step.plan_id}", set()).add(
                    declined_mark(step.b_id))
            else:
                self.actions[step.action](step, choice)
            return
        if choice == BOTH and step.conflict.kind in ("deleted_here", "deleted_there"):
            # Keeping both sides of a deletion against an edit keeps the edited row.
            choice = THEIRS if step.action == "add" else MINE
        if choice in (MINE, BOTH):
            self._learn(step.key, extra=TOMB_SEEN if step.action == "delete" else None)
            if choice == MINE:
                if step.action == "add" and step.conflict:  # stay deleted: know their subtree
                    for unit in self.other.subtree(step.table, step.b_id):
                        self._learn(unit)
                return
        self.actions[step.action](step, choice)

    def _learn(self, key: str, extra: str | None = None) -> None:
        revs = set(self.other.history.get(key, ()))
        if key in self.other.versions or self.other.content(key) is not None:
            revs.add(self.other.rev(key))
        if extra:
            revs.add(extra)
        self.learn.setdefault(key, set()).update(revs)

    def _take(self, key: str) -> None:
        self.take.add(key)
        self._learn(key)

    # steps
    def _add(self, step: Step, choice: str) -> None:
        model = MODEL[step.table]
        parent_table, parent_id = step.parent
        parent = self.session.get(MODEL[parent_table], parent_id) if parent_table else None
        if parent_table and parent is None:
            self.plan.summary.notes.append(tr(
                "{what} tidak ditambahkan: induknya tidak ada di berkas ini.").format(
                what=noun(step.table)))
            return
        data = self._dump(step.table, step.b_id)
        position = None
        if parent is not None:
            siblings = getattr(parent, ROWS[step.table].parent.children)
            position = self._position_after(siblings, step.after)
            if ROWS[step.table].ordered:
                self.reorder[id(siblings)] = siblings
        for unit in self.other.subtree(step.table, step.b_id):
            self._take(unit)
        row = snapshot.restore(self.session, model, data, parent=parent, position=position,
                               tombstones=self.plan.mine.tombstones, renumber_siblings=False)
        if parent is not None:
            self.placed[row.id] = (id(siblings), len(siblings) if position is None else position)
        if step.table in _FLUSH_AFTER:
            self.session.flush()  # plans added later look their signatory up by id
        _link_pelaksana(row)

    def _position_after(self, siblings: list, after: str | None) -> int | None:
        """Where a row added after ``after`` goes among ``siblings`` (None: the
        end). Rows added one after another are placed without a search."""
        if after is None:
            return None
        if siblings and siblings[-1].id == after:
            return None
        placed = self.placed.get(after)
        if placed is not None and placed[0] == id(siblings) and placed[1] < len(siblings) \
                and siblings[placed[1]].id == after:
            return placed[1] + 1
        for index, row in enumerate(siblings):
            if row.id == after:
                return index + 1
        return None

    def renumber(self) -> None:
        """Positions of every list rows were added to, once, after all adds."""
        for siblings in self.reorder.values():
            ops.renumber(siblings)

    def _dump(self, table: str, b_id: str, new_ids: bool = False) -> dict:
        """A row of the other file and everything under it, in snapshot's form."""
        model = MODEL[table]
        row = self.other.rows[table][b_id]
        data = {"id": str(uuid.uuid4()) if new_ids else b_id}
        for f in snapshot.FIELDS[model]:
            data[f] = row.get(f)
        for f, target in ROWS[table].references.items():
            data[f] = self._reference(target, data[f])
        if table == "plan":
            if hasattr(data.get("sign_date"), "isoformat"):
                data["sign_date"] = data["sign_date"].isoformat()
            data["revisions"] = [self._revision(r) for r in sorted(
                (r for r in self.other.revisions.values() if r["plan_id"] == b_id),
                key=lambda r: r["number"])
                if self.session.get(Revision, r["id"]) is None]
        for child in registry.children(model):
            if child.unit is None:  # revisions: taken above, never copied
                continue
            data.setdefault(child.parent.children, [])
            if child.unit != "row":
                continue
            for kid_table, kid_id in self.other.children.get((table, b_id), []):
                if kid_table == child.table and (
                        new_ids or self.session.get(child.model, kid_id) is None):
                    data[child.parent.children].append(self._dump(kid_table, kid_id, new_ids))
        if table == "kegiatan":
            plan_id = self.other.plan_of("kegiatan", b_id)
            gran = self.other.rows["plan"].get(plan_id, {}).get("granularity", "monthly")
            periods = Granularity(gran).periods if gran in ("monthly", "quarterly") else 12
            cells = ((period, self.other.cells.get((b_id, period)))
                     for period in sorted(self.other.cell_keys.get(b_id, ())))
            data["cells"] = [
                {"id": str(uuid.uuid4()), "period": period, "ticked": value[0],
                 "weeks": "".join(w for w in value[1] if w in "1234"), "note": value[2]}
                for period, value in cells if value is not None and 1 <= period <= periods]
            data["pelaksana"] = [{"id": str(uuid.uuid4()), "name": name, "sub_unit_id": None}
                                 for name in self.other.pelaksana.get(b_id, ())]
        return data

    def _revision(self, rev: dict) -> dict:
        return {k: rev[k] for k in ("id", *snapshot.FIELDS[Revision])}

    def _update(self, step: Step, choice: str) -> None:
        model = MODEL[step.table]
        row = self.session.get(model, step.a_id)
        theirs = self.other.rows[step.table][step.b_id]
        if choice == BOTH:
            self._both_copy(step, row)
            return
        references = ROWS[step.table].references
        for f in ROWS[step.table].fields:
            value = theirs[f]
            if f in references and value:
                value = self._reference(references[f], value)
                if value is None:  # what it points at is not here: keep this file's
                    continue
            setattr(row, f, value)
        self._take(step.key)

    def _reference(self, target: type, value: str | None) -> str | None:
        """The row here another file's reference points at (matched by text, or
        the same id), or None when this file has no such row."""
        value = self.plan.idmap.get(value, value)
        return value if value and self.session.get(target, value) is not None else None

    def _both_copy(self, step: Step, row) -> None:
        """Keep both: the other file's version goes in as a new row after this one."""
        parent, index = snapshot.parent_of(row)
        data = self._dump(step.table, step.b_id, new_ids=True)
        for child in registry.children(MODEL[step.table]):
            if child.unit == "row":  # only the row (and its cells): its rows stay here
                data[child.parent.children] = []
        snapshot.restore(self.session, MODEL[step.table], data, parent=parent,
                         position=index + 1)

    def _delete(self, step: Step, choice: str) -> None:
        row = self.session.get(MODEL[step.table], step.a_id)
        if row is None:
            return
        for unit in self.plan.mine.subtree(step.table, step.a_id):
            self._learn(unit)
        ops.delete_row(self.session, row)

    def _cell(self, step: Step, choice: str) -> None:
        _, kid, period = step.key.split(":")
        kegiatan = self.session.get(Kegiatan, kid)
        theirs = _cell(self.other.cells.get((kid, int(period))))
        if choice == BOTH:
            mine = next((c.value() for c in kegiatan.cells if c.period == int(period)), Cell())
            notes = [n for n in dict.fromkeys((mine.note, theirs.note)) if n]
            theirs = Cell(ticked=mine.ticked or theirs.ticked, weeks=mine.weeks | theirs.weeks,
                          note=" / ".join(notes))
        else:
            self._take(step.key)
        ops.set_cell(self.session, kegiatan, int(period), theirs)

    def _pelaksana(self, step: Step, choice: str) -> None:
        kid = step.key.split(":")[1]
        kegiatan = self.session.get(Kegiatan, kid)
        names = list(self.other.pelaksana.get(kid, ()))
        if choice == BOTH:
            names = list(dict.fromkeys([p.name for p in kegiatan.pelaksana] + names))
        else:
            self._take(step.key)
        ops.set_pelaksana(self.session, kegiatan, names)

    def _revision_add(self, step: Step, choice: str) -> None:
        plan = self.session.get(Plan, step.parent[1])
        rev = self.other.revisions[step.b_id]
        snapshot.restore(self.session, Revision, self._revision(rev), parent=plan)
        if rev.get("report"):
            from rakdesk.core.report_revisions import take_final

            take_final(plan, rev["report"], rev["number"], self.other.rows["plan"].get(
                rev["plan_id"], {}).get("final_reports"))

    def _revision_replace(self, step: Step, choice: str) -> None:
        """The same revision on another paper: the other file's PDF becomes
        the one of record here (its code and number stay)."""
        row = self.session.get(Revision, step.a_id)
        theirs = self.other.revisions[step.b_id]
        for f in _PAPER_FIELDS:
            setattr(row, f, theirs[f])

    # bookkeeping
    def record_versions(self) -> None:
        conn = self.session.connection()
        rows = []
        for key in self.take:
            content = self.other.content(key)
            if key in self.other.versions or content != history.initial(key)[1]:
                rows.append({"key": key, "rev": self.other.rev(key), "content": content})
        history.set_versions(conn, rows)
        history.add_history(conn, [{"key": k, "rev": r} for k, revs in self.learn.items()
                                   for r in revs])

    def check_final_plans(self) -> None:
        """A plan final in the other file, with changes made here since, is not
        what was signed: it stays a draft here, and the summary says so."""
        for plan_id in self.touched_plans:
            plan = self.session.get(Plan, plan_id)
            own = revisions.plan_revisions(plan) if plan is not None else []
            if plan is None or plan.status != "final" or not own:
                continue
            last = max(r.number for r in own)
            content = hashlib.sha256(revisions.canonical(plan).encode()).hexdigest()
            if content not in {r.content_sha256 for r in own if r.number == last}:
                plan.status = "draft"
                self.plan.summary.notes.append(tr(
                    "{plan} final di berkas lain, tetapi berkas ini punya perubahan setelahnya: "
                    "dibiarkan draf. Periksa, lalu finalkan lagi.").format(
                    plan=self.plan.mine.plan_label(plan_id) or plan.kind))


def _link_pelaksana(row) -> None:
    """Pelaksana brought from another file point at this file's sub-units by name."""
    kegiatan = []
    stack = [row]
    while stack:
        item = stack.pop()
        if isinstance(item, Kegiatan):
            kegiatan.append(item)
        for child in registry.children(type(item)):
            if child.unit == "row":
                stack.extend(getattr(item, child.parent.children))
    for k in kegiatan:
        satker = k.indikator.sasaran.plan.satker
        units = {u.name: u.id for u in satker.sub_units}
        for p in k.pelaksana:
            p.sub_unit_id = units.get(p.name)


def _cell(value: tuple | None) -> Cell:
    if value is None:
        return Cell()
    ticked, weeks, note = value  # from another file: only weeks 1-4 are weeks
    return Cell(ticked=bool(ticked), weeks=frozenset(int(w) for w in weeks if w in "1234"),
                note=note or "")


def merge_files(into: str | Path, source: str | Path, plan_ids: list[str] | None = None,
                policy: str | None = None, dry_run: bool = False) -> Summary:
    """The CLI's merge: back up ``into``, merge in one transaction, commit
    (or roll back for a dry run)."""
    into = Path(into)
    workspace = storage.open_workspace(into)
    try:
        with workspace.session() as session:
            merge = prepare(session, source, plan_ids, into=into)
            if not dry_run:
                storage.rolling_backup(into, reason="sebelum-gabung")
            try:
                summary = apply(session, merge, policy=policy)
            except RakdeskError:
                session.rollback()
                raise
            if dry_run:
                session.rollback()
            else:
                session.commit()
            return summary
    finally:
        workspace.close()

