"""Writing an imported Perjanjian Kinerja into a workspace, through the core's
operations (a PK is tens of rows: no bulk insert needed). The caller commits;
nothing is written when the workbook was refused."""

from __future__ import annotations

from rakdesk.core import plans as ops
from rakdesk.errors import RakdeskError
from rakdesk.xlsx.write import satker_and_year

ACTING = ("Plt.", "Plh.")


def write_pk(session, imported, satker_name: str | None = None, year: int | None = None,
             load_rows: bool = False):
    """Write an imported PK (and its satker, when new); returns the new plan."""
    from rakdesk.core import pk as pk_ops

    satker, year = satker_and_year(session, imported, satker_name, year)
    plan = pk_ops.new_pk(session, satker, year)
    plan.show_no_column = imported.show_no_column
    plan.show_satuan = imported.show_satuan
    plan.show_quarters = imported.show_quarters
    plan.budget_heading = imported.budget_heading
    plan.statement = imported.statement
    if imported.sasaran_header:
        plan.sasaran_header = imported.sasaran_header
    if imported.amended:
        plan.amendment_reason = imported.amendment_reason or "Perubahan"
    sig = imported.signature
    if imported.indikator_header:
        plan.indikator_header = imported.indikator_header
    if sig:
        _first_party(session, satker, plan, sig)
    if imported.party2:
        _second_party(satker, plan, imported.party2)
    session.flush()
    for s in imported.sasaran:
        sasaran = ops.add_sasaran(session, plan, s["text"])
        for i in s["indikator"]:
            indikator = ops.add_indikator(session, sasaran, i["text"], i["target"])
            indikator.satuan = i.get("satuan", "")
            for period, target in sorted(i.get("quarters", {}).items()):
                pk_ops.set_period_target(session, indikator, period, target)
    for line in imported.budget:
        pk_ops.add_budget_line(session, plan, line["text"], line["amount"])
    session.flush()
    if load_rows:  # the window snapshots them for undo
        from rakdesk.core.loading import load_plan

        load_plan(session, plan.id)
    return plan


def _first_party(session, satker, plan, sig: dict) -> None:
    """Pihak pertama: the plan's signatory (found among the satker's officials by
    name, or added), its office lines, and the place and date above the blocks."""
    import datetime as dt

    plan.sign_place = sig.get("place", "")
    if sig.get("year"):
        plan.sign_date = dt.date(sig["year"], sig["month"], sig["day"] or 1)
        plan.sign_date_precision = "day" if sig["day"] else "month"
    plan.sign_upper = bool(sig.get("upper"))
    if not satker.city and plan.sign_place:
        satker.city = plan.sign_place.title() if plan.sign_upper else plan.sign_place
    acting, title, office = split_position(sig.get("heading", []))
    if office and not satker.office_heading:
        satker.office_heading = office
    # The satker's own office heading is what a PK prints when it names none.
    plan.sign_office = "" if office == " ".join(satker.office_heading.split()) else office
    plan.signatory = _official(session, satker, sig.get("name", ""), title,
                               sig.get("nip", ""), acting)


def _official(session, satker, name: str, title: str, nip: str, acting: str):
    if not name:
        return None
    for official in satker.officials:
        if official.name == name:
            return official
    nip = nip if len(nip) == 18 else ""
    try:
        return ops.add_official(session, satker, name, title, nip, acting)
    except RakdeskError:  # a NIP that is not one: the official without it
        return ops.add_official(session, satker, name, title, "", acting)


def split_position(heading: list[str]) -> tuple[str, str, str]:
    """(acting, title, office) of a signature block's position lines:
    ["Plt. KETUA", "KPU PROVINSI KALIMANTAN BARAT"] -> ("Plt.", "KETUA",
    "KPU PROVINSI KALIMANTAN BARAT"); ["KETUA KPU KABUPATEN KUBU RAYA"] ->
    ("", "KETUA", "KPU KABUPATEN KUBU RAYA"); ["KOMISI PEMILIHAN UMUM", "KETUA,"]
    -> ("", "KETUA", "KOMISI PEMILIHAN UMUM")."""
    lines = [" ".join(line.split()) for line in heading if line.strip()]
    if not lines:
        return "", "", ""
    marked = [n for n, line in enumerate(lines) if line.endswith(",")]
    if marked:
        n = marked[-1]
        title, office = lines[n].rstrip(","), " ".join(lines[:n] + lines[n + 1:])
    elif len(lines) > 1:
        title, office = lines[0], " ".join(lines[1:])
    else:
        words = lines[0].split()
        count = 2 if words[0].rstrip(".").lower() in ("plt", "plh") and len(words) > 1 else 1
        title, office = " ".join(words[:count]), " ".join(words[count:])
    acting = ""
    for prefix in ACTING:
        if title.lower().startswith(prefix.lower()):
            acting, title = prefix, title[len(prefix):].strip()
    return acting, title, office


def _second_party(satker, plan, party: dict) -> None:
    """Pihak kedua: one of the satker's officials when the name matches, else
    typed (an office above: the Ketua KPU Provinsi)."""
    name = party.get("name", "")
    acting, title, office = split_position(party.get("heading", []))
    official = next((o for o in satker.officials if name and o.name == name), None)
    if official is not None:
        plan.party2_official_id = official.id
        plan.party2_office = "" if office == " ".join(plan.sign_office.split()) else office
        return
    nip = party.get("nip", "")
    plan.party2_official_id = None
    plan.party2_name = name
    plan.party2_title = title
    plan.party2_acting = acting
    plan.party2_office = office
    plan.party2_nip = nip if len(nip) == 18 else ""
