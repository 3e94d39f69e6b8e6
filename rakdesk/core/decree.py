"""Decrees (Keputusan): an SK plan and its decree, without Qt.

An SK is a :class:`~rakdesk.core.model.Plan` of kind "SK" (satker, year,
paper, status and revisions, the issuer as its signatory, place and date)
with one :class:`~rakdesk.core.model.Decree`: number, TENTANG, Menetapkan,
the lists (menimbang a., b., ...; mengingat and memperhatikan 1., 2., ...;
the diktum KESATU, KEDUA, ... of which one may hold numbered points;
tembusan) and the lampiran's teams with their members, each a person of the
satker's staff register (its officials). Letters, numbers and ordinal words
are never stored: they follow the order, so inserting a diktum renumbers the
rest.

A new SK starts from the standard structure of the Tim Reformasi Birokrasi
(seed 000, ``rakdesk/data/sk_tim_rb_2021.json``).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from importlib import resources

from sqlmodel import Session

from rakdesk.core import plans as ops
from rakdesk.core import snapshot
from rakdesk.core.choices import DECREE_SECTIONS
from rakdesk.core.decree_text import (  # noqa: F401  (the decree's words, re-exported)
    date_text,
    decree_to_dict,
    items,
    label,
    letter,
    members,
    number_text,
    number_words,
    ordinal,
    roman,
    split_number,
)
from rakdesk.core.i18n import tr
from rakdesk.core.model import (
    Decree,
    DecreeItem,
    DecreeMember,
    DecreePoint,
    DecreeTeam,
    Official,
    Plan,
    Satker,
)
from rakdesk.core.operations import OpChanges, rows
from rakdesk.errors import ValidationError

STANDARD = "data/sk_tim_rb_2021.json"


def plan_of(row) -> Plan | None:
    """The SK a decree row belongs to."""
    return ops.plan_of(row)


def ensure_draft(row) -> None:
    plan = plan_of(row)
    if plan is not None and plan.status == "final":
        raise ValidationError(tr(
            "Keputusan ini sudah final dan tidak bisa diubah. Mulai revisi berikutnya "
            "untuk mengubahnya."))


# ---------------------------------------------------------------- building


@lru_cache(maxsize=1)
def standard() -> dict:
    """The standard Tim RB decree (seed 000, as transcribed)."""
    text = resources.files("rakdesk").joinpath(STANDARD).read_text(encoding="utf-8")
    return json.loads(text)


def add_decree(session: Session, plan: Plan, **fields) -> Decree:
    decree = Decree(plan_id=plan.id, **fields)
    plan.decrees.append(decree)
    session.add(decree)
    return decree


def add_item(session: Session, decree: Decree, section: str, text: str,
             index: int | None = None, points: list[str] | None = None) -> DecreeItem:
    """A new entry at ``index`` of its section (the end when None)."""
    if section not in DECREE_SECTIONS:
        raise ValidationError(tr("Bagian keputusan tidak dikenal: {section}.").format(
            section=section))
    ensure_draft(decree)
    item = DecreeItem(decree_id=decree.id, section=section, text=text)
    _insert(decree.items, item, _global_index(decree, section, index))
    session.add(item)
    for point in points or []:
        add_point(session, item, point)
    return item


def _insert(siblings: list, row, position: int | None) -> None:
    position = len(siblings) if position is None else max(0, min(position, len(siblings)))
    siblings.insert(position, row)
    ops.renumber(siblings)


def _global_index(decree: Decree, section: str, index: int | None) -> int:
    """Where the ``index``-th entry of ``section`` goes among all the decree's items."""
    same = items(decree, section)
    if index is not None and 0 <= index < len(same):
        return decree.items.index(same[index])
    if same:
        return decree.items.index(same[-1]) + 1
    order = DECREE_SECTIONS.index(section)  # after the sections printed before it
    before = [n for n, i in enumerate(decree.items)
              if DECREE_SECTIONS.index(i.section) <= order]
    return before[-1] + 1 if before else 0


def add_point(session: Session, item: DecreeItem, text: str,
              index: int | None = None) -> DecreePoint:
    ensure_draft(item)
    point = DecreePoint(item_id=item.id, text=text)
    _insert(item.points, point, index)
    session.add(point)
    return point


def add_team(session: Session, decree: Decree, heading: str, tasks: list[str] | str = "",
             index: int | None = None) -> DecreeTeam:
    ensure_draft(decree)
    text = "\n".join(tasks) if isinstance(tasks, list) else tasks
    team = DecreeTeam(decree_id=decree.id, heading=heading, tasks=text)
    _insert(decree.teams, team, index)
    session.add(team)
    return team


def add_member(session: Session, team: DecreeTeam, official: Official | None,
               kedudukan: str = "", jabatan: str = "", index: int | None = None) -> DecreeMember:
    """A person of the staff register in a team; ``jabatan`` only when it
    should print other than the official's own."""
    ensure_draft(team)
    if jabatan and official is not None and jabatan == official.title:
        jabatan = ""
    member = DecreeMember(team_id=team.id, official_id=official.id if official else None,
                          kedudukan=kedudukan, jabatan=jabatan)
    member.official = official
    _insert(team.members, member, index)
    session.add(member)
    return member


def delete(session: Session, row) -> None:
    """Delete an item, point, team or member (tombstoned, so a merge does not
    bring it back); the rest renumber."""
    ensure_draft(row)
    ops.delete_row(session, row)


def siblings(row) -> list:
    """The rows ``row`` moves among: its section for an item, else its list."""
    if isinstance(row, DecreeItem):
        return items(row.decree, row.section)
    if isinstance(row, DecreePoint):
        return row.item.points
    if isinstance(row, DecreeTeam):
        return row.decree.teams
    if isinstance(row, DecreeMember):
        return row.team.members
    raise TypeError(type(row))


def move(row, delta: int) -> bool:
    """Move ``row`` up (-1) or down (+1) among its siblings; False at an end."""
    ensure_draft(row)
    group = siblings(row)
    here = group.index(row)
    there = here + delta
    if not 0 <= there < len(group):
        return False
    other = group[there]
    if isinstance(row, DecreeItem):
        whole = row.decree.items
    elif isinstance(row, DecreePoint):
        whole = row.item.points
    elif isinstance(row, DecreeTeam):
        whole = row.decree.teams
    else:
        whole = row.team.members
    whole.insert(whole.index(other), whole.pop(whole.index(row))) if delta < 0 else \
        whole.insert(whole.index(other) + 1, whole.pop(whole.index(row)))
    ops.renumber(whole)
    return True


def new_sk(session: Session, satker: Satker, year: int, template: dict | None = None,
           with_members: bool = False) -> Plan:
    """A new SK for ``year`` from the standard structure (seed 000): number
    pattern, TENTANG, the menimbang, mengingat, memperhatikan and diktum texts,
    the eleven teams with their tasks, all editable; members only with
    ``with_members`` (the demo), otherwise the user picks them."""
    data = template or standard()
    old_year = int(data.get("year") or year)
    year_moved = _year_mover(old_year, int(year))
    region = _region_mover(data.get("office", ""), satker)
    moved = lambda text: region(year_moved(text))  # noqa: E731
    plan = ops.add_plan(session, satker, kind="SK", year=int(year), paper="F4",
                        sign_place=satker.city or data.get("place", ""))
    if data.get("date"):
        plan.sign_date = _moved_date(dt.date.fromisoformat(data["date"]), int(year))
    pattern = data.get("number_pattern", {})
    copy = data.get("copy_certified_by") or {}
    decree = add_decree(
        session, plan,
        number_sequence=pattern.get("sequence", "") if with_members else "",
        number_classification=pattern.get("classification", ""),
        # the satker code is the template office's own
        number_satker_code=pattern.get("satker_code", "") if region.same else "",
        number_unit=pattern.get("unit", ""),
        about=moved(data.get("about", "")), menetapkan=moved(data.get("menetapkan", "")),
        issuer_title=region(data.get("issuer_title", "")),
        copy_certified=bool(copy), copy_office=region(copy.get("office", "")),
        copy_title=copy.get("title", ""), copy_name=copy.get("name", ""),
        lampiran_title=moved(data.get("lampiran_title", "")),
        # seed 000's lampiran names the office, not its Ketua, and adds the year
        lampiran_decree=region(data.get("lampiran_decree", f"KEPUTUSAN {data['office']}"
                                        if data.get("office") else "")),
        lampiran_about=moved(data.get("lampiran_about", f"{data['about']} TAHUN {old_year}"
                                      if data.get("about") else "")),
    )
    for section in ("menimbang", "mengingat", "memperhatikan", "tembusan"):
        for text in data.get(section, []):
            add_item(session, decree, section, moved(text) if section in YEAR_SECTIONS
                     else region(text) if section != "mengingat" else text)
    for diktum in data.get("diktum", []):
        add_item(session, decree, "diktum", moved(diktum["text"]),
                 points=[moved(p) for p in diktum.get("items", [])])
    staff = {_name_key(o.name): o for o in satker.officials}
    for team_data in data.get("teams", []):
        team = add_team(session, decree, team_data.get("name", ""),
                        [moved(t) for t in team_data.get("tasks", [])])
        if not with_members:
            continue
        for m in team_data.get("members", []):
            official = staff.get(_name_key(m["name"]))
            add_member(session, team, official, m.get("kedudukan", ""), m.get("jabatan", ""))
    signer = (data.get("signer") or {}).get("name", "")
    plan.signatory = staff.get(_name_key(signer)) if signer else None
    return plan


# Sections whose "Tahun 2021" is the decree's own year, moved with it (mengingat
# and memperhatikan cite documents of their own years).
YEAR_SECTIONS = ("menimbang", "diktum")


def _year_mover(old: int, new: int):
    if old == new:
        return lambda text: text
    pattern = re.compile(rf"\b(tahun)(\s+){old}\b", re.IGNORECASE)
    return lambda text: pattern.sub(lambda m: f"{m[1]}{m[2]}{new}", text or "")


def _region_mover(office: str, satker: Satker):
    """Replace the template office's region ("Kabupaten Kutai Timur") by the
    satker's own in a text, in the case it is written in; ``.same`` when the
    satker is the template's office. The mengingat cite laws and keep theirs."""
    from rakdesk.core.offices import office_line

    def region_of(text: str) -> str:
        words = " ".join(text.upper().split())
        return words.removeprefix("KOMISI PEMILIHAN UMUM").strip()

    old = region_of(office)
    new = region_of(" ".join(office_line(satker.full_name or satker.name).split()))
    same = not old or not new or old == new

    def move(text: str) -> str:
        if same or not text:
            return text or ""
        pattern = re.compile(r"\s+".join(map(re.escape, old.split())), re.IGNORECASE)
        return pattern.sub(lambda m: new if m[0].isupper() else new.title(), text)
    move.same = same
    return move


def _moved_date(date: dt.date, year: int) -> dt.date:
    try:
        return date.replace(year=year)
    except ValueError:  # 29 February
        return date.replace(day=28, year=year)


def _name_key(name: str) -> str:
    return " ".join((name or "").split()).casefold()


def copy_to_next_year(session: Session, plan: Plan) -> Plan:
    """"Salin ke tahun berikutnya": the same SK a year later, its year and dates
    moved ("Tahun 2021" in TENTANG, Menetapkan, menimbang and diktum too), the
    number cleared, the members kept; a draft with a new history."""
    if plan.kind != "SK":
        raise ValidationError(tr("Hanya keputusan (SK) yang disalin dengan cara ini."))
    year = plan.year + 1
    copy = snapshot.copy_plan(session, plan, year)
    moved = _year_mover(plan.year, year)
    decree = copy.decree
    if decree is not None:
        decree.number_sequence = ""
        decree.number_typed = ""
        for f in ("about", "menetapkan", "lampiran_title", "lampiran_about"):
            setattr(decree, f, moved(getattr(decree, f)))
        for item in decree.items:
            if item.section in YEAR_SECTIONS:
                item.text = moved(item.text)
                for point in item.points:
                    point.text = moved(point.text)
        for team in decree.teams:
            team.tasks = moved(team.tasks)
    return copy


# ---------------------------------------------------------------- staff register


def add_staff(session: Session, satker: Satker, name: str, jabatan: str, nip: str = "",
              pangkat: str = "") -> Official:
    """A person of the satker's staff register (an official: signatures pick
    from the same list)."""
    official = ops.add_official(session, satker, name, jabatan, nip)
    official.pangkat = pangkat
    return official


def find_staff(satker: Satker, text: str) -> Official | None:
    """The official a typed name (or "name — jabatan" from the completer) means."""
    key = _name_key(text.split(" — ")[0])
    return next((o for o in satker.officials if _name_key(o.name) == key), None)


def staff_label(official: Official) -> str:
    """How the completer lists a person: "Listiana Astar — Kepala Subbagian Hukum"."""
    return f"{official.name} — {official.title}" if official.title else official.name


def uses_of(session: Session, official: Official) -> int:
    """How many decree memberships name ``official``."""
    from sqlmodel import func, select

    return session.exec(select(func.count()).select_from(DecreeMember).where(
        DecreeMember.official_id == official.id)).one()


# ---------------------------------------------------------------- operations
# What the SK view's undo commands call: ids in, what changed out (an
# OpChanges naming the SK, with what the inverse needs in ``undo``).


def create_sk(session: Session, satker_id: str, year: int) -> OpChanges:
    """A new SK of a satker from the standard structure."""
    return rows.created(session, [new_sk(session, session.get(Satker, satker_id), year)])


def insert_item(session: Session, decree_id: str, section: str, index: int) -> OpChanges:
    """An empty entry at ``index`` of a section (a menimbang, a diktum...)."""
    return rows.created(session, [add_item(session, session.get(Decree, decree_id), section,
                                           "", index)])


def insert_point(session: Session, item_id: str, index: int) -> OpChanges:
    return rows.created(session, [add_point(session, session.get(DecreeItem, item_id), "",
                                            index)])


def insert_team(session: Session, decree_id: str, index: int) -> OpChanges:
    return rows.created(session, [add_team(session, session.get(Decree, decree_id), "", "",
                                           index)])


def insert_member(session: Session, team_id: str, index: int) -> OpChanges:
    """An empty place in a team; the person is picked from the staff register next."""
    return rows.created(session, [add_member(session, session.get(DecreeTeam, team_id), None,
                                             index=index)])


def set_fields(session: Session, cls: type, row_id: str, values: dict) -> OpChanges:
    """Change fields of the decree or one of its rows (a member's person by
    ``official_id``); ``undo`` holds the old values."""
    row = session.get(cls, row_id)
    ensure_draft(row)
    old = {key: getattr(row, key) for key in values}
    for key, value in values.items():
        setattr(row, key, value)
    links = [key[:-3] for key in values if key in ("official_id", "copy_official_id")]
    if links:  # the row prints the person it names now
        session.flush()
        session.expire(row, links)
    return OpChanges.structural(plan_of(row).id, undo=old)


def delete_rows(session: Session, targets: list[tuple[type, str]]) -> OpChanges:
    """Delete items, points, teams or members (see :func:`delete`), undone by
    :func:`rakdesk.core.operations.rows.undelete_rows`."""
    for cls, row_id in targets:
        row = session.get(cls, row_id)
        if row is not None:
            ensure_draft(row)
    return rows.delete_rows(session, targets)


def move_row(session: Session, cls: type, row_id: str, delta: int) -> OpChanges | None:
    """Move a row among its siblings (see :func:`move`); None at an end."""
    row = session.get(cls, row_id)
    if not move(row, delta):
        return None
    return OpChanges.structural(plan_of(row).id)


def add_person(session: Session, satker_id: str) -> OpChanges:
    """An empty person at the end of the staff register, to be typed in."""
    return rows.created(session, [add_staff(session, session.get(Satker, satker_id), "", "")])
