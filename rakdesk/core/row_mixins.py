"""What a row works out from its own fields and lists (a plan's decree, a
kegiatan's schedule, a member's printed jabatan), written once for both kinds
of row object: the ORM's (rakdesk.core.model) and the plain ones read for
printing (rakdesk.core.plain). Light on purpose: no ORM import."""

from __future__ import annotations

from rakdesk.core.schedule import Cell, Granularity


class PlanMixin:
    @property
    def decree(self):
        """An SK's decree (None for other plans)."""
        return self.decrees[0] if self.decrees else None

    @property
    def gran(self) -> Granularity:
        return Granularity(self.granularity)

    @property
    def fungsi_list(self) -> list[str]:
        return [line.strip() for line in self.fungsi.splitlines() if line.strip()]


class KegiatanMixin:
    def schedule(self) -> dict[int, Cell]:
        return {c.period: c.value() for c in self.cells if not c.value().empty}


class ScheduleCellMixin:
    def value(self) -> Cell:
        return Cell(ticked=self.ticked, weeks=frozenset(int(w) for w in self.weeks), note=self.note)


class DecreeMixin:
    def section(self, name: str) -> list:
        return [item for item in self.items if item.section == name]


class DecreeTeamMixin:
    @property
    def task_list(self) -> list[str]:
        return [line.strip() for line in self.tasks.splitlines() if line.strip()]


class DecreeMemberMixin:
    @property
    def name(self) -> str:
        return self.official.name if self.official is not None else ""

    @property
    def printed_jabatan(self) -> str:
        if self.jabatan:
            return self.jabatan
        return self.official.title if self.official is not None else ""


# The table each mixin belongs to (rakdesk.core.plain gives its rows the same).
BY_TABLE: dict[str, type] = {
    "plan": PlanMixin, "kegiatan": KegiatanMixin, "schedule_cell": ScheduleCellMixin,
    "decree": DecreeMixin, "decree_team": DecreeTeamMixin, "decree_member": DecreeMemberMixin,
}
