"""Named edits of what is recorded through the year, as the window's undo
commands call them: each takes a session and ids and returns an
:class:`Edit` naming the plan it changed and what its inverse needs.

- realisasi fields of an indikator's period (:func:`set_realisasi_fields`,
  undone by :func:`restore_realisasi`);
- a kegiatan's status in a period (:func:`set_status`, :func:`restore_status`);
- bukti dukung added or removed (:func:`add_file`, :func:`add_link`,
  :func:`remove_evidence`, :func:`restore_evidence`);
- an indikator's measurement settings and a satker's kategori scale
  (:func:`set_measurement`, :func:`set_scale`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from rakdesk.core import monitoring, snapshot
from rakdesk.core.model import Evidence, Indikator, Kegiatan, Realisasi, Satker
from rakdesk.core.plans import delete_row


@dataclass(frozen=True)
class Edit:
    """What one edit changed: the plan (None: the satker's scale), the row's
    id, whether anything changed at all, and what undoing it needs."""

    plan_id: str | None
    row_id: str | None
    changed: bool
    undo: Any = None


def _plan_id(indikator: Indikator) -> str:
    return monitoring.plan_of(indikator).id


def _fields(row: Realisasi | None) -> dict | None:
    if row is None:
        return None
    return {f: getattr(row, f) for f in monitoring.REALISASI_FIELDS}


# --- realisasi ---------------------------------------------------------------------------

def set_realisasi_fields(session: Session, indikator_id: str, period: int,
                         values: dict) -> Edit:
    """Set fields of an indikator's period (value, target, kendala, ...);
    ``undo`` holds the period's fields before (None: it had no row)."""
    indikator = session.get(Indikator, indikator_id)
    row = monitoring.realisasi(indikator, period)
    before = _fields(row)
    row = monitoring.set_realisasi(session, indikator, period, **values)
    changed = before != _fields(row)
    return Edit(_plan_id(indikator), row.id, changed, undo=(period, before))


def restore_realisasi(session: Session, indikator_id: str, undo) -> Edit:
    """Put an indikator's period back as :func:`set_realisasi_fields` found it."""
    period, before = undo
    indikator = session.get(Indikator, indikator_id)
    row = monitoring.realisasi(indikator, period)
    if before is None:
        if row is not None:
            session.flush()  # a row made in this transaction is deleted like any other
            delete_row(session, row)
    else:
        monitoring.set_realisasi(session, indikator, period, **before)
    return Edit(_plan_id(indikator), row.id if row is not None else None, True)


# --- kegiatan status ---------------------------------------------------------------------

def set_status(session: Session, kegiatan_id: str, period: int, status: str,
               note: str | None = None) -> Edit:
    """Whether a kegiatan was carried out in a period; ``undo`` holds the
    status and note before (None: no row)."""
    kegiatan = session.get(Kegiatan, kegiatan_id)
    row = monitoring.progress(kegiatan, period)
    before = None if row is None else (row.status, row.note)
    row = monitoring.set_progress(session, kegiatan, period, status, note)
    plan_id = kegiatan.indikator.sasaran.plan_id
    return Edit(plan_id, row.id, before != (row.status, row.note), undo=(period, before))


def restore_status(session: Session, kegiatan_id: str, undo) -> Edit:
    period, before = undo
    kegiatan = session.get(Kegiatan, kegiatan_id)
    row = monitoring.progress(kegiatan, period)
    if before is None:
        if row is not None:
            session.flush()
            delete_row(session, row)
    else:
        monitoring.set_progress(session, kegiatan, period, before[0], before[1])
    return Edit(kegiatan.indikator.sasaran.plan_id, None, True)


# --- evidence ----------------------------------------------------------------------------

def _added(indikator: Indikator, known: set[str], row: Evidence) -> Edit:
    new = row.id not in known
    return Edit(_plan_id(indikator), row.id, new, undo=row.id if new else None)


def add_file(session: Session, indikator_id: str, period: int, name: str,
             data: bytes) -> Edit:
    """Attach a file (PDF, JPG, PNG; bounded and hashed by the core). The same
    file attached twice changes nothing (``changed`` False)."""
    indikator = session.get(Indikator, indikator_id)
    known = {e.id for e in indikator.evidence}
    return _added(indikator, known, monitoring.attach_file(session, indikator, period, name,
                                                           data))


def add_link(session: Session, indikator_id: str, period: int, link: str,
             name: str = "") -> Edit:
    indikator = session.get(Indikator, indikator_id)
    known = {e.id for e in indikator.evidence}
    return _added(indikator, known, monitoring.attach_link(session, indikator, period, link,
                                                           name))


def remove_evidence(session: Session, evidence_id: str) -> Edit:
    """Remove a bukti dukung; ``undo`` is the row as it was, for :func:`restore_evidence`."""
    row = session.get(Evidence, evidence_id)
    indikator = row.indikator
    data = snapshot.dump(row)
    session.flush()
    monitoring.remove_evidence(session, row)
    return Edit(_plan_id(indikator), evidence_id, True, undo=(indikator.id, data))


def restore_evidence(session: Session, undo) -> Edit:
    """Bring back a removed bukti dukung, with its id (its tombstone lifted)."""
    indikator_id, data = undo
    indikator = session.get(Indikator, indikator_id)
    snapshot.restore(session, Evidence, data, indikator)
    return Edit(_plan_id(indikator), data["id"], True)


def drop_evidence(session: Session, evidence_id: str) -> Edit:
    """Undo of an add: remove the row the add made."""
    row = session.get(Evidence, evidence_id)
    if row is None:
        return Edit(None, evidence_id, False)
    plan_id = _plan_id(row.indikator)
    session.flush()
    monitoring.remove_evidence(session, row)
    return Edit(plan_id, evidence_id, True)


# --- settings ----------------------------------------------------------------------------

def set_measurement(session: Session, indikator_id: str, values: dict) -> Edit:
    """An indikator's polarity, capaian formula, aggregation or Renstra target;
    ``undo`` holds the old values (for another call of this function)."""
    indikator = session.get(Indikator, indikator_id)
    before = {k: getattr(indikator, k) for k in values}
    monitoring.set_measurement(indikator, **values)
    after = {k: getattr(indikator, k) for k in values}
    return Edit(_plan_id(indikator), indikator_id, before != after, undo=before)


def set_scale(session: Session, satker_id: str, text: str) -> Edit:
    """A satker's kategori scale ("" for the default); ``undo`` is the old text."""
    satker = session.get(Satker, satker_id)
    before = satker.capaian_scale
    monitoring.set_capaian_scale(satker, text)
    return Edit(None, satker_id, before != satker.capaian_scale, undo=before)
