"""What a merge will do: the walk over both files' trees that decides, unit
by unit, what to add, update, delete, and what is a conflict.

Each unit (rakdesk.core.history: a row, one schedule cell, one kegiatan's
pelaksana list) is compared by its version history, so it is known which side
changed it since the two copies parted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session

from rakdesk.core import history, storage
from rakdesk.core.history import ROWS, cell_key, key_of, pelaksana_key
from rakdesk.core.i18n import tr
from rakdesk.core.merge import matching
from rakdesk.core.merge.side import (
    BOTH,
    MINE,
    THEIRS,
    TOMB_SEEN,
    Side,
    declined_mark,
    read_source,
)
from rakdesk.core.merge.wording import (
    counted,
    deleted,
    describe,
    describe_revision,
    noun,
    resolution_word,
    short,
    what,
    where,
)
from rakdesk.errors import ValidationError, WorkspaceError


@dataclass
class Conflict:
    """A unit changed on both sides (or deleted on one and changed on the other)."""

    key: str
    kind: str  # "changed" | "deleted_here" | "deleted_there" | "revision"
    where: str  # the plan it belongs to, e.g. "RAK 2024 KPU Kabupaten Kubu Raya"
    what: str  # e.g. "Kegiatan «Rapat koordinasi»"
    mine: str  # this file's version, in words
    theirs: str  # the other file's version, in words
    options: tuple[str, ...] = (MINE, THEIRS)
    resolution: str | None = None  # one of options, or None: left as it is here

    def __str__(self) -> str:
        where = f" ({self.where})" if self.where else ""
        return tr("{what}{where}: di sini {mine}; di berkas lain {theirs}").format(
            what=self.what, where=where, mine=self.mine, theirs=self.theirs)


@dataclass
class Step:
    action: str  # add | update | delete | cell | pelaksana | revision | both_copy
    table: str
    key: str
    a_id: str | None = None  # the row here
    b_id: str | None = None  # the row in the other file
    parent: tuple[str, str] | None = None  # where an added row goes here
    after: str | None = None  # the row here an added row follows
    conflict: Conflict | None = None
    plan_id: str | None = None  # the plan here it changes


@dataclass
class Summary:
    added: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    deleted: Counter = field(default_factory=Counter)
    same: int = 0
    newer_here: int = 0
    deletions_kept: int = 0
    combined: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def unresolved(self) -> list[Conflict]:
        return [c for c in self.conflicts if c.resolution is None]

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.deleted or any(
            c.resolution in (THEIRS, BOTH) for c in self.conflicts))

    def lines(self) -> list[str]:
        def units(counter: Counter) -> str:
            return ", ".join(counted(t, n) for t, n in counter.items()) or tr("tidak ada")

        out = [tr("Ditambahkan: {units}.").format(units=units(self.added)),
               tr("Diperbarui: {units}.").format(units=units(self.updated)),
               tr("Dihapus (dihapus di berkas lain): {units}.").format(
                   units=units(self.deleted)),
               tr("Dilewati: {same} sama, {newer} lebih baru di sini, {kept} tetap terhapus di "
                  "sini.").format(same=self.same, newer=self.newer_here,
                                  kept=self.deletions_kept)]
        out += [tr("Digabung berdasarkan teks: {what}.").format(what=c) for c in self.combined]
        resolved = [c for c in self.conflicts if c.resolution]
        if resolved:
            how = Counter(c.resolution for c in resolved)
            out.append(tr("Konflik diselesaikan: {how}.").format(how=", ".join(
                f"{n} {resolution_word(r)}" for r, n in how.items())))
        if self.unresolved:
            out.append(tr("Konflik belum diselesaikan (dibiarkan seperti di sini): {count}.")
                       .format(count=len(self.unresolved)))
        out += self.notes
        return out



@dataclass
class MergePlan:
    source: Path
    steps: list[Step]
    summary: Summary
    theirs: Side
    mine: Side
    idmap: dict[str, str] = field(default_factory=dict)

    @property
    def conflicts(self) -> list[Conflict]:
        return self.summary.conflicts



class Cancelled(Exception):
    """The user stopped the planning of a merge (nothing was written)."""


Progress = Callable[[int, int], None]  # (rows done, rows in all); may raise Cancelled


def prepare(session: Session | None, source: str | Path, plan_ids: list[str] | None = None,
            into: Path | None = None, theirs: Side | None = None, mine: Side | None = None,
            progress: Progress | None = None) -> MergePlan:
    """Read the other file (unless ``theirs`` is it, already read) and this
    session's state (unless ``mine`` is it), and decide what to do.
    ``progress`` is called now and then while deciding."""
    source = Path(source)
    if into is not None and storage.same_file(source, into):
        raise WorkspaceError(tr("Berkas tidak bisa digabungkan dengan dirinya sendiri."))
    if mine is None:
        session.flush()
        mine = Side.read(session.connection(), tr("berkas ini"))
    if theirs is None:
        theirs = read_source(source)
    if plan_ids:
        unknown = [p for p in plan_ids if p not in theirs.rows["plan"]]
        if unknown:
            raise ValidationError(tr("Rencana {ids} tidak ada di {name}.").format(
                ids=", ".join(unknown), name=source.name))
    planner = _Planner(mine, theirs, set(plan_ids or ()), progress)
    if progress is not None:
        progress(0, planner.total)
    planner.walk_children(None, None, None)
    planner.finish()
    return MergePlan(source, planner.steps, planner.summary, theirs, mine, planner.idmap)


class _Planner:
    def __init__(self, mine: Side, theirs: Side, plan_ids: set[str],
                 progress: Progress | None = None):
        self.here, self.other = mine, theirs
        self.progress = progress
        self.done, self.total = 0, sum(len(rows) for rows in theirs.rows.values())
        self.plan_ids = plan_ids
        self.steps: list[Step] = []
        self.summary = Summary()
        self.final_here: set[str] = set()
        self.idmap: dict[str, str] = {}  # rows of the other file matched here by text
        self.blocked: Counter = Counter()  # changes not made to plans final here
        # Which monitoring reports are final in each plan (once the merge is made)
        # and the realisasi changes not made to their periods.
        self.final_reports = {p: row.get("final_reports") or "" for p, row in
                              mine.rows["plan"].items()}
        self.report_blocked: Counter = Counter()
        for plan_id, plan in mine.rows["plan"].items():
            if plan["status"] == "final":
                self.final_here.add(plan_id)
        if plan_ids:
            self.satkers = {theirs.rows["plan"][p]["satker_id"] for p in plan_ids}

    # what is in scope
    def _wanted(self, table: str, b_id: str) -> bool:
        if not self.plan_ids:
            return True
        if table == "satker":
            return b_id in self.satkers
        if table == "plan":
            return b_id in self.plan_ids
        return True

    def _conflict(self, key: str, kind: str, where_: str, options=(MINE, THEIRS)) -> Conflict:
        conflict = Conflict(key, kind, where_, what(self.here, self.other, key),
                            describe(self.here, self.other, key),
                            describe(self.other, self.here, key), tuple(options))
        self.summary.conflicts.append(conflict)
        return conflict

    # the walk
    def walk_children(self, table: str | None, a_id: str | None, b_id: str | None,
                      combined: bool = False, plan_here: str | None = None) -> None:
        kids_here = self.here.children.get((table, a_id), [])
        kids_there = self.other.children.get((table, b_id), [])
        matched_here: set[str] = set()
        previous_here: str | None = None
        for child_table, child_id in kids_there:
            self.done += 1
            if self.progress is not None and self.done % 200 == 0:
                self.progress(self.done, self.total)
            if not self._wanted(child_table, child_id):
                continue
            here_plan = plan_here if child_table != "plan" else None
            if child_id in self.here.rows[child_table]:
                matched_here.add(child_id)
                self.pair(child_table, child_id, here_plan)
                previous_here = child_id
            elif child_id in self.here.tombstones:
                self.deleted_here(child_table, child_id, (table, a_id), here_plan)
            else:
                match = matching.match(self.here, self.other, child_table, child_id, kids_here,
                                       matched_here, self.idmap)
                if match is not None:
                    matched_here.add(match)
                    self.idmap[child_id] = match
                    label = matching.match_label(self.here, child_table, match)
                    self.summary.combined.append(f"{noun(child_table)} «{short(label)}»")
                    next_plan = match if child_table == "plan" else here_plan
                    self.walk_children(child_table, match, child_id, True, next_plan)
                    previous_here = match
                else:
                    if self.add(child_table, child_id, (table, a_id), previous_here, here_plan):
                        previous_here = child_id  # the next one added follows it
        if table is not None and combined:
            return  # rows only here are this file's own
        for child_table, child_id in kids_here:
            if child_id in self.other.rows[child_table] or child_id in matched_here:
                continue
            if child_table in ("satker", "plan") and self.plan_ids:
                continue  # only the chosen plans are merged
            if child_id in self.other.tombstones:
                self.deleted_there(child_table, child_id,
                                   plan_here if child_table != "plan" else child_id)

    def _blocked(self, plan_here: str | None, table: str | None = None,
                 row_id: str | None = None) -> bool:
        """A change to a plan that is final here is not made; :meth:`finish`
        says how many were left, once per plan. What a revision does not sign
        (realisasi filled in through the year) is taken, unless a monitoring
        report final here shows its period."""
        if table in ROWS and not ROWS[table].signed:
            return row_id is not None and self._report_blocked(plan_here, table, row_id)
        if plan_here in self.final_here:
            self.blocked[plan_here] += 1
            return True
        return False

    def _report_blocked(self, plan_here: str | None, table: str, row_id: str) -> bool:
        from rakdesk.core.report_revisions import locking_kind, report_title

        reports = self.final_reports.get(plan_here or "")
        if not reports:
            return False
        row = self.other.rows[table].get(row_id) or self.here.rows[table].get(row_id) or {}
        plan = self.here.rows["plan"].get(plan_here, {})
        periods = 12 if plan.get("granularity") == "monthly" else 4
        kind = locking_kind(reports, periods, row.get("period"))
        if kind is None:
            return False
        self.report_blocked[(plan_here, report_title(kind))] += 1
        return True

    def finish(self) -> None:
        for (plan_id, report), n in self.report_blocked.items():
            self.summary.notes.append(tr(
                "{count} perubahan realisasi pada {plan} tidak diambil: {report} sudah final "
                "di berkas ini. Mulai revisi berikutnya laporan itu, lalu gabungkan lagi.").format(
                count=n, plan=self.here.plan_label(plan_id), report=report))
        for plan_id, n in self.blocked.items():
            self.summary.notes.append(tr(
                "{count} perubahan pada {plan} tidak diambil: rencana itu sudah final di berkas "
                "ini. Mulai revisi berikutnya, lalu gabungkan lagi.").format(
                count=n, plan=self.here.plan_label(plan_id)))

    def pair(self, table: str, row_id: str, plan_here: str | None) -> None:
        key = key_of(table, row_id)
        if table == "plan":
            plan_here = row_id
        verdict = self.compare(key)
        if verdict == "theirs":
            if table == "plan":  # the other file went on from this one's final version
                self.final_here.discard(row_id)
                self.final_reports[row_id] = self.other.rows["plan"][row_id].get(
                    "final_reports") or ""
            if table == "plan" or not self._blocked(plan_here, table, row_id):
                self.steps.append(Step("update", table, key, row_id, row_id, plan_id=plan_here))
                self.summary.updated[table] += 1
        elif verdict == "conflict":
            if not self._blocked(plan_here, table, row_id):
                options = (MINE, THEIRS, BOTH) if ROWS[table].keep_both else (MINE, THEIRS)
                conflict = self._conflict(key, "changed", where(self.here, table, row_id),
                                          options)
                self.steps.append(Step("update", table, key, row_id, row_id, conflict=conflict,
                                       plan_id=plan_here))
        if table == "plan":
            self.revisions(row_id)
        if table == "kegiatan":
            self.kegiatan_units(row_id, plan_here)
        self.walk_children(table, row_id, row_id, plan_here=plan_here)

    def compare(self, key: str) -> str:
        if self.here.content(key) == self.other.content(key):
            self.summary.same += 1
            return "same"
        rev_here, rev_there = self.here.rev(key), self.other.rev(key)
        if self.here.has_seen(key, rev_there):
            self.summary.newer_here += 1
            return "mine"
        if self.other.has_seen(key, rev_here):
            return "theirs"
        if self._differ_only_where_mine_wins(key):
            self.summary.same += 1
            return "same"
        return "conflict"

    def _differ_only_where_mine_wins(self, key: str) -> bool:
        """Both changed a row, but only in fields whose version here is kept
        (the same evidence file attached in both copies under two names)."""
        table, _, row_id = key.partition(":")
        entry = ROWS.get(table)
        if entry is None or not entry.mine_wins:
            return False
        mine, theirs = self.here.rows[table].get(row_id), self.other.rows[table].get(row_id)
        return mine is not None and theirs is not None and all(
            mine[f] == theirs[f] for f in entry.fields if f not in entry.mine_wins)

    def kegiatan_units(self, kid: str, plan_here: str | None) -> None:
        periods = self.here.cell_keys.get(kid, set()) | self.other.cell_keys.get(kid, set())
        gran_here = self.here.rows["plan"].get(plan_here or "", {}).get("granularity")
        plan_there = self.other.plan_of("kegiatan", kid)
        gran_there = self.other.rows["plan"].get(plan_there or "", {}).get("granularity")
        for key in [cell_key(kid, p) for p in sorted(periods)] + [pelaksana_key(kid)]:
            verdict = self.compare(key)
            if verdict not in ("theirs", "conflict"):
                continue
            action = "cell" if key.startswith("cell:") else "pelaksana"
            if action == "cell" and gran_here != gran_there:
                self.summary.notes.append(tr(
                    "{what} tidak diambil: jadwalnya bulanan di satu berkas dan triwulanan di "
                    "berkas lain. Samakan dulu, lalu gabungkan lagi.").format(
                    what=what(self.here, self.other, key)))
                continue
            if self._blocked(plan_here):
                continue
            conflict = None
            if verdict == "conflict":
                conflict = self._conflict(key, "changed",
                                          where(self.here, "kegiatan", kid),
                                          (MINE, THEIRS, BOTH))
            else:
                self.summary.updated[action if action == "pelaksana" else "cell"] += 1
            self.steps.append(Step(action, action, key, kid, kid, conflict=conflict,
                                   plan_id=plan_here))

    def revisions(self, plan_id: str) -> None:
        """Revisions finalised in the other file. The same revision finalised in
        both copies (same code and hashes) is one; another paper under a number
        or a code this file already has is a conflict."""
        here = [r for r in self.here.revisions.values() if r["plan_id"] == plan_id]
        by_code = {r["code"]: r for r in here}
        numbers = {(r.get("report") or "", r["number"]) for r in here}
        declined = self.here.history.get(key_of("plan", plan_id), set())
        theirs = sorted((r for r in self.other.revisions.values() if r["plan_id"] == plan_id),
                        key=lambda r: r["number"])
        for rev in theirs:
            if rev["id"] in self.here.revisions or declined_mark(rev["id"]) in declined:
                continue
            key = f"revision:{rev['id']}"
            same = by_code.get(rev["code"])
            if same is not None:
                if all(same[f] == rev[f] for f in ("content_sha256", "pdf_sha256")):
                    self.summary.same += 1
                    continue
                conflict = self._revision_conflict(key, plan_id, same, rev, (MINE, THEIRS))
                self.steps.append(Step("revision_replace", "revision", key, same["id"],
                                       rev["id"], conflict=conflict, plan_id=plan_id))
                continue
            conflict = None
            if (rev.get("report") or "", rev["number"]) in numbers:
                mine = next(r for r in here if r["number"] == rev["number"]
                            and (r.get("report") or "") == (rev.get("report") or ""))
                conflict = self._revision_conflict(key, plan_id, mine, rev, (MINE, BOTH))
            else:
                self.summary.added["revision"] += 1
            self.steps.append(Step("revision_add", "revision", key, None, rev["id"],
                                   parent=("plan", plan_id), conflict=conflict,
                                   plan_id=plan_id))

    def _revision_conflict(self, key: str, plan_id: str, mine: dict, theirs: dict,
                           options: tuple[str, ...]) -> Conflict:
        conflict = Conflict(key, "revision", self.here.plan_label(plan_id),
                            tr("Revisi ke-{number}").format(number=theirs["number"]),
                            describe_revision(mine),
                            describe_revision(theirs), options)
        self.summary.conflicts.append(conflict)
        return conflict

    def add(self, table: str, b_id: str, parent: tuple, after: str | None,
            plan_here: str | None) -> bool:
        key = key_of(table, b_id)
        if table != "plan" and self._blocked(plan_here, table, b_id):
            return False
        self.steps.append(Step("add", table, key, None, b_id, parent=parent, after=after,
                               plan_id=plan_here))
        for unit in self.other.subtree(table, b_id):
            kind = unit.partition(":")[0]
            if kind in ROWS or self.other.content(unit) != history.initial(unit)[1]:
                self.summary.added[kind] += 1
        return True

    def deleted_here(self, table: str, b_id: str, parent: tuple, plan_here: str | None) -> None:
        """The other file has a row this file deleted."""
        changed = [k for k in self.other.subtree(table, b_id)
                   if not self.here.has_seen(k, self.other.rev(k))]
        key = key_of(table, b_id)
        if not changed:
            self.summary.deletions_kept += 1
            return
        if self._blocked(plan_here, table, b_id):
            return
        conflict = self._conflict(key, "deleted_here", where(self.other, table, b_id),
                                  (MINE, THEIRS, BOTH))
        conflict.mine = deleted()
        self.steps.append(Step("add", table, key, None, b_id, parent=parent, conflict=conflict,
                               plan_id=plan_here))

    def deleted_there(self, table: str, a_id: str, plan_here: str | None) -> None:
        """This file has a row the other file deleted."""
        key = key_of(table, a_id)
        if TOMB_SEEN in self.here.history.get(key, ()):
            return  # kept here on purpose in an earlier merge
        changed = [k for k in self.here.subtree(table, a_id)
                   if not self.other.has_seen(k, self.here.rev(k))]
        if table != "plan" and self._blocked(plan_here, table, a_id):
            return
        if changed:
            conflict = self._conflict(key, "deleted_there", where(self.here, table, a_id),
                                      (MINE, THEIRS, BOTH))
            conflict.theirs = deleted()
        else:
            conflict = None
            self.summary.deleted[table] += 1
        self.steps.append(Step("delete", table, key, a_id, None, conflict=conflict,
                               plan_id=plan_here))

