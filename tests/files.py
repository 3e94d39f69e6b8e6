"""Opening a test's workspace to change it, and the demo plan most tests use."""

from __future__ import annotations

from contextlib import contextmanager

from rakdesk.core import plans as ops
from rakdesk.core import storage
from rakdesk.core.model import Plan


@contextmanager
def edit(path):
    """A session on the workspace at ``path``, committed and closed after."""
    workspace = storage.open_workspace(path)
    try:
        with workspace.session() as session:
            yield session
            session.commit()
    finally:
        workspace.close()


def kubu(session) -> Plan:
    """The demo's RAK 2024 of Sekretariat KPU Kabupaten Kubu Raya (seed 001)."""
    satker = next(s for s in ops.all_satkers(session)
                  if s.name == "SEKRETARIAT KPU KABUPATEN KUBU RAYA")
    return next(p for p in satker.plans if p.kind == "RAK" and p.year == 2024)
