"""Excel in and out (openpyxl, parsing through defusedxml: see rakdesk/__init__.py).
Qt-free."""

from rakdesk.xlsx.export import export_plan
from rakdesk.xlsx.importer import ImportedPlan, ImportError_, apply_import, read_workbook

__all__ = ["export_plan", "read_workbook", "apply_import", "ImportedPlan", "ImportError_"]
