"""Printed documents (reportlab). Qt-free: rendering runs headless, in a worker
thread of the app, or from the command line."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rakdesk.core.model import Plan



def render_plan(plan: Plan, stamp=None) -> bytes:
    """The plan as PDF bytes: the RAK in landscape, the IKU and the PK in portrait. A
    finalised plan's ``stamp`` (rakdesk.core.revisions.Stamp) puts its document
    code and QR code in every page's footer. Long texts are cut for print
    (rakdesk.pdf.budget); should reportlab still find something too large for
    a page, the user gets one line saying so, not a traceback."""
    from reportlab.platypus.doctemplate import LayoutError

    from rakdesk.errors import RakdeskError

    if plan.kind == "IKU":
        from rakdesk.pdf.iku import render
    elif plan.kind == "PK":
        from rakdesk.pdf.pk import render
    elif plan.kind == "SK":
        from rakdesk.pdf.decree import render
    else:
        from rakdesk.pdf.rak import render
    try:
        return render(plan, stamp)
    except LayoutError as exc:
        raise RakdeskError("Dokumen tidak dapat ditata untuk cetak: ada bagian yang lebih "
                           "besar dari satu halaman.") from exc


def render_plan_to_file(plan: Plan, path: str | os.PathLike) -> Path:
    """Write the PDF beside the target and rename it into place, so a reader
    never sees half a file."""
    from rakdesk.core.safefiles import write_atomically

    data = render_plan(plan)
    return write_atomically(Path(path), lambda tmp: tmp.write_bytes(data))
