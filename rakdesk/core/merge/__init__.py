"""Bring another workspace file's plans into this one.

Rows are matched by their stable ids. Each unit (rakdesk.core.history: a row,
one schedule cell, one kegiatan's pelaksana list) is compared by its version
history, so it is known which side changed it since the two copies parted:

- new in the other file: added; the same on both sides: skipped;
- changed on one side only: that side's version is kept or taken;
- changed on both sides: a :class:`Conflict`, resolved by the user (keep mine,
  take theirs, keep both) or left as it is here and reported;
- deleted on one side and unchanged on the other: the deletion is honoured
  (tombstones say what was deleted); deleted on one side and changed on the
  other: a conflict.

Plans written separately (no shared ids) are combined: a plan of the same
kind and year of a satker with the same name is matched, its sasaran and
indikator by their text, and the other file's kegiatan are appended under them.

The other file is only read (read-only connection, known tables and columns
only, never its triggers or views); a copy is used when it must first be
recovered or migrated. :func:`prepare` reads both sides and decides;
:func:`apply` carries it out in the caller's transaction.

Modules by job: ``side`` (reading each file), ``matching`` (rows of files
written separately), ``planning`` (deciding), ``applying`` (writing),
``wording`` (what the user reads).
"""

from rakdesk.core.merge.applying import apply, merge_files
from rakdesk.core.merge.planning import (
    Cancelled,
    Conflict,
    MergePlan,
    Step,
    Summary,
    prepare,
)
from rakdesk.core.merge.side import (
    BOTH,
    MINE,
    POLICIES,
    THEIRS,
    Side,
    read_source,
    read_this_file,
)

__all__ = ["BOTH", "MINE", "POLICIES", "THEIRS", "Cancelled", "Conflict", "MergePlan", "Side",
           "Step", "Summary", "apply", "merge_files", "prepare", "read_source",
           "read_this_file"]
