"""The demo workspace: the plans of the shared seed documents, transcribed in
``rakdesk/data/demo.json`` (its ``notes`` say how extraction noise was mended)."""

from __future__ import annotations

import datetime as dt
import json
import os
from importlib import resources
from pathlib import Path

from sqlmodel import Session

from rakdesk.core import demo_monitoring, registry
from rakdesk.core import plans as ops
from rakdesk.core.demo_pk import load_pk_into
from rakdesk.core.model import Plan, Satker
from rakdesk.core.schedule import TICK, Cell
from rakdesk.core.storage import create_workspace

# The content fields a seed may carry, from the registry; a plan's kind, year,
# granularity, signatory and date are read on their own below.
PLAN_FIELDS = tuple(f for f in registry.fields(Plan)
                    if f not in ("kind", "year", "granularity", "signatory_id", "sign_date"))
SATKER_FIELDS = registry.fields(Satker)


def demo_data() -> dict:
    text = resources.files("rakdesk").joinpath("data/demo.json").read_text(encoding="utf-8")
    return json.loads(text)


def schedule_cell(mark: str) -> Cell | None:
    """One period of a transcribed schedule. A schedule is a string with one
    character per period ("-v-v": empty or ticked) or, where cells name weeks,
    a list with one entry per period: "" or "-" (empty), "v" (ticked) or "w"
    and the weeks ("w4" is "Minggu ke 4", "w1234" is "Minggu ke 1 - 4")."""
    if mark in ("", "-"):
        return None
    if mark == "v":
        return TICK
    if mark.startswith("w") and mark[1:].isdigit():
        return Cell(weeks=frozenset(int(w) for w in mark[1:]))
    raise ValueError(f"schedule mark {mark!r} is not '-', 'v' or 'w' with weeks")


def load_into(session: Session, data: dict) -> None:
    for s in data["satkers"]:
        satker = ops.add_satker(session, **{k: s[k] for k in SATKER_FIELDS if k in s})
        for name in s.get("sub_units", []):
            ops.add_sub_unit(session, satker, name)
        officials = {o["name"]: ops.add_official(session, satker, **o) for o in s["officials"]}
        for p in s["plans"]:
            plan = ops.add_plan(
                session, satker, kind=p["kind"], year=p["year"], granularity=p["granularity"],
                **{k: p[k] for k in PLAN_FIELDS if k in p},
            )
            plan.signatory = officials.get(p.get("signatory"))
            if p.get("sign_date"):
                plan.sign_date = dt.date.fromisoformat(p["sign_date"])
            for sd in p["sasaran"]:
                sasaran = ops.add_sasaran(session, plan, sd["text"])
                for i in sd["indikator"]:
                    indikator = ops.add_indikator(
                        session, sasaran, i["text"], i.get("target", ""),
                        i.get("keterangan", ""), i.get("sumber_data", ""),
                    )
                    for k in i["kegiatan"]:
                        kegiatan = ops.add_kegiatan(session, indikator, k["text"], k["pelaksana"])
                        for period, mark in enumerate(k["schedule"], 1):
                            cell = schedule_cell(mark)
                            if cell is not None:
                                ops.set_cell(session, kegiatan, period, cell)
    session.flush()
    load_pk_into(session)  # the Perjanjian Kinerja, from rakdesk/data/demo_pk.json
    demo_monitoring.load(session)  # the example year of monitoring (figures marked "Contoh")


def write_demo(path: str | os.PathLike, overwrite: bool = False) -> Path:
    """Write the demo workspace to ``path`` (built beside it, then moved in:
    an interrupted or failed write leaves nothing)."""
    path = Path(path)
    create_workspace(path, overwrite=overwrite,
                     fill=lambda session: load_into(session, demo_data())).close()
    return path
