"""The story brief window: the brief of an item, a department or the selection, shown as a
page, copied as text, or saved as a PDF (Qt's ``QPdfWriter`` and ``QTextDocument``: no new
dependency).

The brief is gathered on the reader pool (:func:`~inquiry_tracker.services.collect_brief`)
and laid out from the services' HTML; the PDF is written to ``<file>.part`` and renamed, so
a failed write leaves no half file under the chosen name.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from inquiry_tracker.gui.backend import Backend
from inquiry_tracker.gui.i18n import vocab_text
from inquiry_tracker.gui.widgets import add_button
from inquiry_tracker.services import Brief, brief_html, brief_text, collect_brief

#: PDF resolution (dots per inch); text is vector either way
PDF_DPI = 150


def write_pdf(html: str, path: Path) -> int:
    """Lay ``html`` out on A4 pages and write them to ``path``; returns the page count."""
    part = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(part))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(16, 16, 16, 16), QPageLayout.Unit.Millimeter)
    )
    writer.setTitle("问政追踪 · 简报")
    writer.setCreator("inquiry-tracker")
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)  # fonts measured at the PDF's resolution
    doc.setHtml(html)
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    doc.print_(writer)
    pages = doc.pageCount()
    del writer  # finishes the file
    os.replace(part, path)
    return pages


class BriefDialog(QDialog):
    """A brief on screen, with copy-as-text and save-as-PDF.

    Signals:
        ready(): the brief was gathered and is shown.
        copied(str text): the brief's text was put on the clipboard.
        saved(str path, int pages): the PDF was written.
    """

    ready = Signal()
    copied = Signal(str)
    saved = Signal(str, int)

    def __init__(self, backend: Backend, ids: Sequence[int], scope: str, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefDialog")
        self.setWindowTitle(self.tr("简报 — %1").replace("%1", scope))
        self.resize(760, 820)
        self._backend = backend
        self.brief: Brief | None = None
        layout = QVBoxLayout(self)
        self.view = QTextBrowser()
        self.view.setObjectName("briefView")
        self.view.setPlaceholderText(self.tr("正在整理简报…"))
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("PDF 文件")))
        self.path = QLineEdit(str(folder / (self.tr("简报") + f"-{backend.clock().isoformat()}.pdf")))
        self.path.setObjectName("pdfPath")
        row.addWidget(self.path, 1)
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._browse)
        row.addWidget(browse)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        self.copy_button = add_button(buttons, "copyBriefButton", self.tr("复制文本"), self.copy_text)
        self.pdf_button = add_button(buttons, "pdfButton", self.tr("保存 PDF"), self.save_pdf)
        buttons.addStretch(1)
        add_button(buttons, "closeButton", self.tr("关闭"), self.reject)
        layout.addLayout(buttons)
        self.copy_button.setEnabled(False)
        self.pdf_button.setEnabled(False)
        backend.read(collect_brief, list(ids), clock=backend.clock, done=self._gathered, label="brief")

    def _gathered(self, brief: Brief) -> None:
        self.brief = brief
        self.view.setHtml(brief_html(brief, vocab_text))
        self.copy_button.setEnabled(bool(brief.entries))
        self.pdf_button.setEnabled(bool(brief.entries))
        self.ready.emit()

    def text(self) -> str:
        """The brief as plain text ("" until gathered)."""
        return brief_text(self.brief, vocab_text) if self.brief else ""

    def copy_text(self) -> None:
        """Put the brief's text on the clipboard."""
        if text := self.text():
            QApplication.clipboard().setText(text)
            self.copied.emit(text)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("保存简报"), self.path.text(), self.tr("PDF 文件 (*.pdf)"))
        if name:
            self.path.setText(name)

    def save_pdf(self) -> None:
        """Write the brief to the PDF file named in the dialog."""
        if self.brief is None:
            return
        path = Path(self.path.text().strip()).expanduser()
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        pages = write_pdf(brief_html(self.brief, vocab_text), path)
        self.saved.emit(str(path), pages)
