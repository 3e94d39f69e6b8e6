"""Printing rendered PDFs through the system print dialog (QPrinter), on the
plan's paper in its orientation."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from rakdesk.core.model import Plan

PRINT_DPI = 300


def printer_for(plan: Plan) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(PRINT_DPI)
    if plan.paper == "F4":
        size = QPageSize(QSizeF(210, 330), QPageSize.Unit.Millimeter, "F4")
    else:
        size = QPageSize(QPageSize.PageSizeId.A4)
    orientation = (QPageLayout.Orientation.Portrait if plan.kind in ("IKU", "PK")
                   else QPageLayout.Orientation.Landscape)
    # The PDF carries its own margins: print it edge to edge of the paper.
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    printer.setDocName(f"{plan.kind} {plan.year} {plan.satker.name if plan.satker else ''}")
    return printer


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint every page of ``pdf`` onto ``printer``; returns the pages printed."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("the printer could not be started")
    try:
        dpi = printer.resolution()
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
            image = document.render(page, size)
            target = painter.viewport()
            scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), scaled), image)
        return document.pageCount()
    finally:
        painter.end()
        document.close()
