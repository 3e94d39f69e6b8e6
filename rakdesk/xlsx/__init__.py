"""Excel in and out. Qt-free. Reading is rakdesk's own streaming reader
(rakdesk/xlsx/reader.py, XML through defusedxml's guards); writing uses openpyxl,
imported only when a workbook is written (see rakdesk/__init__.py)."""

from rakdesk.xlsx.importer import ImportedPlan, ImportRefused, apply_import, read_workbook

__all__ = ["export_plan", "read_workbook", "apply_import", "ImportedPlan", "ImportRefused"]


def __getattr__(name: str):
    if name == "export_plan":  # openpyxl is slow to import; only export needs it
        from rakdesk.xlsx.pk_export import export_plan  # a PK there, a RAK or IKU passed on

        return export_plan
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
