"""The demo's Perjanjian Kinerja (``rakdesk/data/demo_pk.json``, kept apart
from demo.json): for each entry, the PK of a demo satker and year made from
its RAK (so the two are linked and agree), with its parties and a budget whose
amounts (pagu and realisasi anggaran) say they are examples."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

from sqlmodel import Session

from rakdesk.core import pk as core
from rakdesk.core import plans as ops


def demo_pk_data() -> dict:
    text = resources.files("rakdesk").joinpath("data/demo_pk.json").read_text(encoding="utf-8")
    return json.loads(text)


def load_pk_into(session: Session, data: dict | None = None) -> None:
    """Add the demo PKs to the satkers already in ``session`` (one missing is skipped)."""
    data = demo_pk_data() if data is None else data
    satkers = {s.name: s for s in ops.all_satkers(session)}
    for entry in data["pk"]:
        satker = satkers.get(entry["satker"])
        if satker is None:
            continue
        for o in entry.get("officials", []):
            if not any(x.name == o["name"] for x in satker.officials):
                ops.add_official(session, satker, **o)
        session.flush()
        officials = {o.name: o for o in satker.officials}
        rak = core.find_plan(session, satker, "RAK", entry["year"])
        if entry.get("from_rak") and rak is not None:
            pk = core.pk_from_rak(session, rak)
        else:
            pk = core.new_pk(session, satker, entry["year"])
        pk.signatory = officials.get(entry.get("pihak_pertama"), pk.signatory)
        second = officials.get(entry.get("pihak_kedua"))
        pk.party2_official_id = second.id if second else pk.party2_official_id
        for key in ("sign_place", "sign_date_precision", "budget_heading", "sasaran_header"):
            if key in entry:
                setattr(pk, key, entry[key])
        if entry.get("sign_date"):
            pk.sign_date = dt.date.fromisoformat(entry["sign_date"])
        pk.sign_upper = entry.get("sign_upper", False)
        for text, amount, *realised in entry.get("budget", []):
            line = core.add_budget_line(session, pk, text, amount)
            if realised:  # example realisasi anggaran, as the program's name says
                core.set_realised(line, realised[0])
