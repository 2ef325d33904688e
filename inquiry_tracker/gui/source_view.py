"""A source document with one item's span highlighted, and a chooser for every source of the item.

Used by the detail pane and the review inbox. The text is rendered as escaped HTML with the
span wrapped in a highlight, and the view scrolls to it. The chooser lists every document
that printed the item (the first one imported, then reprints).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from inquiry_tracker.gui.backend import Backend
from inquiry_tracker.services import get_source
from inquiry_tracker.store import SourceRef

HIGHLIGHT = "#ffe08a"
#: characters shown around the span of a very long document
CONTEXT = 6000


def highlighted_html(text: str, start: int, end: int) -> str:
    """``text`` as HTML with ``text[start:end]`` highlighted and an anchor ``span`` before it."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    lo = max(0, start - CONTEXT)
    hi = min(len(text), end + CONTEXT)

    def esc(s: str) -> str:
        return html.escape(s).replace("\n", "<br>")

    head = ("…" if lo > 0 else "") + esc(text[lo:start])
    tail = esc(text[end:hi]) + ("…" if hi < len(text) else "")
    mark = f'<a name="span"></a><span style="background-color:{HIGHLIGHT};">{esc(text[start:end])}</span>'
    return f'<div style="line-height:150%;">{head}{mark}{tail}</div>'


def describe_ref(ref: SourceRef) -> str:
    """``株洲日报 · 2020-05-08 · 标题`` for a source chooser."""
    parts = [ref.outlet or "?", ref.published.isoformat() if ref.published else "?"]
    if ref.title:
        parts.append(ref.title[:30])
    return " · ".join(parts)


class SourceView(QWidget):
    """The sources of one item: a chooser, a line about reprints, the highlighted text."""

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._refs: list[SourceRef] = []
        self._highlighted = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.chooser = QComboBox()
        self.chooser.setObjectName("sourceChooser")
        self.chooser.currentIndexChanged.connect(self._show)
        layout.addWidget(self.chooser)
        self.reprints = QLabel()
        self.reprints.setObjectName("reprints")
        self.reprints.setWordWrap(True)
        layout.addWidget(self.reprints)
        self.text = QTextBrowser()
        self.text.setObjectName("sourceText")
        self.text.setOpenLinks(False)
        layout.addWidget(self.text, 1)

    def set_sources(self, refs: list[SourceRef]) -> None:
        """Show the first of ``refs`` and list the others."""
        self._refs = list(refs)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for ref in refs:
            self.chooser.addItem(describe_ref(ref))
        self.chooser.blockSignals(False)
        self.chooser.setVisible(len(refs) > 1)
        if len(refs) > 1:
            others = "、".join(describe_ref(r) for r in refs[1:])
            self.reprints.setText(self.tr("另有 %1 处转载:").replace("%1", str(len(refs) - 1)) + others)
        else:
            self.reprints.setText(self.tr("仅此一处来源") if refs else self.tr("没有来源文档"))
        if refs:
            self._show(0)
        else:
            self.text.clear()

    def highlighted_text(self) -> str:
        """The text currently highlighted (for tests and copy)."""
        return self._highlighted if self._refs else ""

    def _show(self, index: int) -> None:
        if not 0 <= index < len(self._refs):
            return
        ref = self._refs[index]
        source = self._backend.now(get_source, ref.source_id)
        self._highlighted = source.text[ref.start : ref.end]
        self.text.setHtml(highlighted_html(source.text, ref.start, ref.end))
        self._scroll_to_span()
        # the layout may not be final yet (a pane just shown): scroll again once it is; the
        # timer is tied to the text widget, so it never fires after the pane was closed
        QTimer.singleShot(0, self.text, self._scroll_to_span)

    def _scroll_to_span(self) -> None:
        """Bring the span into view with some of the text before it showing."""
        self.text.scrollToAnchor("span")
        bar = self.text.verticalScrollBar()
        if bar.value() > 0:
            bar.setValue(max(0, bar.value() - self.text.viewport().height() // 4))
