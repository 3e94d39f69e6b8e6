"""The allowed values of rakdesk's coded fields, as plain data: the model and the
file check (which runs without the ORM) share them."""

LEVELS = {
    "ri": "KPU RI",
    "provinsi": "Provinsi",
    "kabupaten": "Kabupaten",
    "kota": "Kota",
}
BODIES = {"komisi": "Komisi", "sekretariat": "Sekretariat"}
KINDS = ("RAK", "IKU", "PK")
BUDGET_HEADINGS = ("Program", "Kegiatan")
PAPERS = ("A4", "F4")
ACTING = ("", "Plt.", "Plh.")
