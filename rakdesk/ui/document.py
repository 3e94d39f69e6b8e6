"""The open workspace as the window sees it: one session, one undo stack.

Every edit is a QUndoCommand (rakdesk.ui.commands) that calls the core and is
committed to the file at once, so killing the app loses nothing that was on
screen. Each command returns what its core operation changed (an OpChanges),
and the document announces it in one place, :attr:`sig_changed`; the views
repaint what it names. A tick (schedule cells whose new values the operation
knows) is shown in the grid at once (:attr:`sig_cells`) and announced to
everything else in the next turn of the event loop, so the keystroke returns
as soon as it is on disk.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from rakdesk.core import file_copies
from rakdesk.core.operations import OpChanges
from rakdesk.core.storage import Workspace
from rakdesk.errors import RakdeskError, ReadOnlyWorkspace


class WorkspaceDocument(QObject):
    # Every change, once: an OpChanges naming the plans and rows whose contents
    # changed, the plans whose rows were added, removed or moved, whether the
    # workspace tree changed, and whether the whole file was put back (reload).
    sig_changed = Signal(object)
    # A tick's OpChanges (schedule_only, with the cells as written) for the grid,
    # at once; sig_changed follows for every view in the next event-loop turn.
    sig_cells = Signal(object)
    sig_error = Signal(str)

    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        # The session keeps one connection for the window's life rather than
        # taking it from the pool and giving it back around every edit: that
        # cost as much as a tick's own statements. Idle in rollback-journal mode
        # it holds no lock; close() releases it.
        self._connection = workspace.engine.connect()
        self.session = workspace.session(bind=self._connection)
        self.undo_stack = QUndoStack(self)
        self.last_changes: OpChanges | None = None  # what the last edit announced
        self._pending: list[OpChanges] = []  # ticks shown in the grid, not yet announced
        self._announce_later = QTimer(self, singleShot=True, interval=0)
        self._announce_later.timeout.connect(self.flush_announcements)

    @property
    def readonly(self) -> bool:
        return self.workspace.readonly

    def push(self, command) -> bool:
        """Run a command and put it on the undo stack. Returns False (with a
        message sent) when the edit could not be made, and also when it changed
        nothing (a move past the end); nothing is then changed. The stack deletes
        such a command's C++ object, so only its Python-side ``failed`` is read."""
        if self.readonly:
            self.sig_error.emit(self.tr("This file is open read-only; changes are not saved."))
            return False
        self.undo_stack.push(command)
        return not getattr(command, "failed", False)

    def apply(self, fn):
        """Run ``fn(session)`` and commit it to the file; roll back on failure
        and raise a RakdeskError with a message for the user."""
        if self.readonly:
            raise ReadOnlyWorkspace(self.tr("This file is open read-only; changes are not saved."))
        self.last_changes = None
        # A tick writes beside the session on its connection (rakdesk.core.
        # operations.cells): what is left open there is committed here too.
        dbapi = self._connection.connection.driver_connection
        try:
            result = fn(self.session)
            session = self.session
            if session.in_transaction() or session.dirty or session.new or session.deleted:
                session.commit()
            if dbapi.in_transaction:
                dbapi.commit()
            return result
        except RakdeskError:
            self._rollback(dbapi)
            raise
        except Exception as exc:  # a full disk, a stick pulled out: say so, keep the data
            self._rollback(dbapi)
            raise RakdeskError(self.tr("The change could not be saved: {0}").format(exc)) from exc

    def _rollback(self, dbapi) -> None:
        self.session.rollback()
        if dbapi.in_transaction:
            dbapi.rollback()

    def announce(self, changes: OpChanges) -> None:
        """Tell every view what an operation changed (the only place that does)."""
        self.last_changes = changes
        if changes.empty:
            return
        if changes.schedule_only and changes.schedule is not None:
            self.sig_cells.emit(changes)
            self._pending.append(changes)
            self._announce_later.start()
            return
        self.flush_announcements()  # in the order the edits were made
        self.sig_changed.emit(changes)

    def flush_announcements(self) -> None:
        """Announce the ticks the grid already shows to every view."""
        pending, self._pending = self._pending, []
        for changes in pending:
            self.sig_changed.emit(changes)

    def image(self) -> bytes:
        """The whole file as it is now, in memory (for undoing a merge)."""
        return file_copies.image(self.workspace.path)

    def restore_image(self, data: bytes) -> None:
        """Put the whole file back as :meth:`image` took it, in one transaction."""
        if self.readonly:
            raise ReadOnlyWorkspace(self.tr("This file is open read-only; changes are not saved."))
        self.session.close()  # every loaded row is read again after this
        try:
            file_copies.restore_image(self.workspace.path, data)
        except file_copies.RestoreFailed as exc:
            raise RakdeskError(self.tr("The change could not be saved: {0}").format(exc)) from exc
        self.announce(OpChanges.everything())

    def close(self) -> None:
        self._announce_later.stop()
        self._pending = []
        self.session.close()
        self._connection.close()
        # A view still asking after this (a queued refresh) reads through the
        # engine, as it did before the session kept a connection.
        self.session.bind = self.workspace.engine
        self.workspace.close()
