"""Named operations: everything the window can do to a workspace, as core
functions that take a session and ids and return :class:`OpChanges` (what
changed, and what the inverse operation needs in ``undo``). The window's undo
commands call them; nothing here knows about Qt.

- ``edits``: what rows hold (texts, schedule cells, pelaksana, months or
  quarters, attributes from a dialog);
- ``rows``: which rows there are (insert, paste, delete, move, and undoing
  and redoing rows an operation made);
- ``workspace``: satkers, sub-units, officials, whole plans.
"""

from rakdesk.core.operations.changes import OpChanges
from rakdesk.core.operations.rows import Created

__all__ = ["Created", "OpChanges"]
