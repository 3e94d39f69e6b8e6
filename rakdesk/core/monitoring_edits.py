"""Named edits of what is recorded through the year, as the window's undo
commands call them: each takes a session and ids and returns the
:class:`~rakdesk.core.operations.OpChanges` naming the plan and row it
changed, with what its inverse needs in ``undo`` (None: nothing changed).

- realisasi fields of an indikator's period (:func:`set_realisasi_fields`,
  undone by :func:`restore_realisasi`);
- a kegiatan's status in a period (:func:`set_status`, :func:`restore_status`);
- bukti dukung added or removed (:func:`add_file`, :func:`add_link`,
  :func:`remove_evidence`, :func:`restore_evidence`);
- an indikator's measurement settings and a satker's kategori scale
  (:func:`set_measurement`, :func:`set_scale`).
"""

from __future__ import annotations

from sqlmodel import Session

from rakdesk.core import monitoring, snapshot
from rakdesk.core.model import Evidence, Indikator, Kegiatan, Realisasi, Satker
from rakdesk.core.operations.changes import OpChanges
from rakdesk.core.plans import delete_row


def _changes(indikator_or_kegiatan, undo=None) -> OpChanges:
    """The row whose monitoring changed, in its plan."""
    row = indikator_or_kegiatan
    plan_id = (row.sasaran.plan_id if isinstance(row, Indikator)
               else row.indikator.sasaran.plan_id)
    return OpChanges.cells(plan_id, [row.id], undo=undo)


def _fields(row: Realisasi | None) -> dict | None:
    if row is None:
        return None
    return {f: getattr(row, f) for f in monitoring.REALISASI_FIELDS}


# --- realisasi ---------------------------------------------------------------------------

def set_realisasi_fields(session: Session, indikator_id: str, period: int,
                         values: dict) -> OpChanges | None:
    """Set fields of an indikator's period (value, target, kendala, ...);
    ``undo`` holds the period's fields before (None: it had no row)."""
    indikator = session.get(Indikator, indikator_id)
    row = monitoring.realisasi(indikator, period)
    before = _fields(row)
    row = monitoring.set_realisasi(session, indikator, period, **values)
    if before == _fields(row):
        return None
    return _changes(indikator, undo=(period, before))


def restore_realisasi(session: Session, indikator_id: str, undo) -> OpChanges:
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
    return _changes(indikator)


# --- kegiatan status ---------------------------------------------------------------------

def set_status(session: Session, kegiatan_id: str, period: int, status: str,
               note: str | None = None) -> OpChanges | None:
    """Whether a kegiatan was carried out in a period; ``undo`` holds the
    status and note before (None: no row)."""
    kegiatan = session.get(Kegiatan, kegiatan_id)
    row = monitoring.progress(kegiatan, period)
    before = None if row is None else (row.status, row.note)
    row = monitoring.set_progress(session, kegiatan, period, status, note)
    if before == (row.status, row.note):
        return None
    return _changes(kegiatan, undo=(period, before))


def restore_status(session: Session, kegiatan_id: str, undo) -> OpChanges:
    period, before = undo
    kegiatan = session.get(Kegiatan, kegiatan_id)
    row = monitoring.progress(kegiatan, period)
    if before is None:
        if row is not None:
            session.flush()
            delete_row(session, row)
    else:
        monitoring.set_progress(session, kegiatan, period, before[0], before[1])
    return _changes(kegiatan)


# --- evidence ----------------------------------------------------------------------------

def _added(indikator: Indikator, known: set[str], row: Evidence) -> OpChanges | None:
    """``undo``: the id of the evidence made; None when it was there already."""
    return None if row.id in known else _changes(indikator, undo=row.id)


def add_file(session: Session, indikator_id: str, period: int, name: str,
             data: bytes) -> OpChanges | None:
    """Attach a file (PDF, JPG, PNG; bounded and hashed by the core). The same
    file attached twice changes nothing (None)."""
    indikator = session.get(Indikator, indikator_id)
    known = {e.id for e in indikator.evidence}
    return _added(indikator, known, monitoring.attach_file(session, indikator, period, name,
                                                           data))


def add_link(session: Session, indikator_id: str, period: int, link: str,
             name: str = "") -> OpChanges | None:
    indikator = session.get(Indikator, indikator_id)
    known = {e.id for e in indikator.evidence}
    return _added(indikator, known, monitoring.attach_link(session, indikator, period, link,
                                                           name))


def remove_evidence(session: Session, evidence_id: str) -> OpChanges:
    """Remove a bukti dukung; ``undo`` is the row as it was, for :func:`restore_evidence`."""
    row = session.get(Evidence, evidence_id)
    indikator = row.indikator
    data = snapshot.dump(row)
    session.flush()
    monitoring.remove_evidence(session, row)
    return _changes(indikator, undo=(indikator.id, data))


def restore_evidence(session: Session, undo) -> OpChanges:
    """Bring back a removed bukti dukung, with its id (its tombstone lifted)."""
    indikator_id, data = undo
    indikator = session.get(Indikator, indikator_id)
    snapshot.restore(session, Evidence, data, indikator)
    return _changes(indikator)


def drop_evidence(session: Session, evidence_id: str) -> OpChanges:
    """Undo of an add: remove the row the add made."""
    row = session.get(Evidence, evidence_id)
    if row is None:
        return OpChanges()
    indikator = row.indikator
    session.flush()
    monitoring.remove_evidence(session, row)
    return _changes(indikator)


# --- settings ----------------------------------------------------------------------------

def set_measurement(session: Session, indikator_id: str, values: dict) -> OpChanges | None:
    """An indikator's polarity, capaian formula, aggregation or Renstra target;
    ``undo`` holds the old values (for another call of this function)."""
    indikator = session.get(Indikator, indikator_id)
    before = {k: getattr(indikator, k) for k in values}
    monitoring.set_measurement(indikator, **values)
    after = {k: getattr(indikator, k) for k in values}
    return None if before == after else _changes(indikator, undo=before)


def set_scale(session: Session, satker_id: str, text: str) -> OpChanges | None:
    """A satker's kategori scale ("" for the default); ``undo`` is the old text.
    Every plan of the satker reads it: the change names the workspace."""
    satker = session.get(Satker, satker_id)
    before = satker.capaian_scale
    monitoring.set_capaian_scale(satker, text)
    return None if before == satker.capaian_scale else OpChanges.of_workspace(undo=before)
