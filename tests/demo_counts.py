"""What the demo holds, counted from its sources (rakdesk/data/demo.json, demo_pk.json
and seed 000's SK), so a seed added to the demo does not break every count."""

from __future__ import annotations

from rakdesk.core import decree
from rakdesk.core.demo import demo_data


def satkers() -> int:
    return len(demo_data()["satkers"])


def plans() -> int:
    """Every plan: the RAK and IKU of demo.json, the PK of demo_pk.json and seed
    000's SK."""
    return sum(len(s["plans"]) for s in demo_data()["satkers"]) + 1 + 1


def kegiatan() -> int:
    return sum(len(i["kegiatan"]) for s in demo_data()["satkers"] for p in s["plans"]
               for sd in p["sasaran"] for i in sd["indikator"])


def sk_members() -> int:
    return sum(len(t.get("members", [])) for t in decree.standard()["teams"])
