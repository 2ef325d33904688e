"""A horizontal stacked bar chart of the department scorecard, painted with QPainter.

QtCharts is not part of PySide6-Essentials, and one chart does not justify it. Each
department gets a bar whose length is its number of items, split into kept, partially
kept, broken, overdue and other open items; the kept rate is printed at the end. Clicking
a bar announces the department.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from inquiry_tracker.gui.i18n import department_label
from inquiry_tracker.services import DepartmentScore

ROW_H = 24
BAR_H = 14
LABEL_W = 190
RIGHT_W = 110
LEGEND_H = 26


def segments(score: DepartmentScore) -> list[tuple[str, int]]:
    """The bar's parts in drawing order: (key, count)."""
    other_open = max(0, score.open - score.overdue)
    closed_other = max(0, score.items - score.kept - score.partial - score.broken - score.open)
    return [
        ("kept", score.kept),
        ("partial", score.partial),
        ("broken", score.broken),
        ("overdue", score.overdue),
        ("open", other_open),
        ("other", closed_other),
    ]


COLOURS = {
    "kept": QColor("#2e7d32"),
    "partial": QColor("#9ccc65"),
    "broken": QColor("#c62828"),
    "overdue": QColor("#ef8a17"),
    "open": QColor("#90a4ae"),
    "other": QColor("#cfd8dc"),
}


class DepartmentChart(QWidget):
    """Scorecard bars, one per department.

    Signals:
        departmentClicked(str name): a bar (or its label) was clicked.
    """

    departmentClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("departmentChart")
        self.scores: list[DepartmentScore] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._legend = {
            "kept": self.tr("已兑现"),
            "partial": self.tr("部分兑现"),
            "broken": self.tr("未兑现"),
            "overdue": self.tr("已逾期"),
            "open": self.tr("未到期/无时限"),
            "other": self.tr("其他结案"),
        }

    def set_scores(self, scores: list[DepartmentScore]) -> None:
        """Draw these lines (in the given order)."""
        self.scores = list(scores)
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, LEGEND_H + max(1, len(self.scores)) * ROW_H + 8)

    def bar_rect(self, index: int) -> QRect:
        """Where the bar of line ``index`` is drawn (label included, for clicks)."""
        return QRect(0, LEGEND_H + index * ROW_H, self.width(), ROW_H)

    def department_at(self, y: int) -> str | None:
        """The department drawn at height ``y``."""
        index = (y - LEGEND_H) // ROW_H
        if y >= LEGEND_H and 0 <= index < len(self.scores):
            return self.scores[index].department
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        name = self.department_at(int(event.position().y()))
        if name is not None and event.button() == Qt.MouseButton.LeftButton:
            self.departmentClicked.emit(name)
        super().mousePressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        self._paint_legend(painter, fm)
        if not self.scores:
            painter.setPen(QColor("#777"))
            painter.drawText(QRect(0, LEGEND_H, self.width(), ROW_H), Qt.AlignmentFlag.AlignCenter, self.tr("还没有已采纳的条目"))
            return
        most = max(s.items for s in self.scores) or 1
        bar_w = max(40, self.width() - LABEL_W - RIGHT_W - 16)
        for i, score in enumerate(self.scores):
            top = LEGEND_H + i * ROW_H
            painter.setPen(QColor("#222"))
            name = fm.elidedText(department_label(score.department), Qt.TextElideMode.ElideMiddle, LABEL_W - 8)
            painter.drawText(QRect(0, top, LABEL_W - 8, ROW_H), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
            x = float(LABEL_W)
            y = top + (ROW_H - BAR_H) / 2
            for key, count in segments(score):
                if count <= 0:
                    continue
                w = bar_w * count / most
                painter.fillRect(QRectF(x, y, w, BAR_H), COLOURS[key])
                x += w
            rate = f"{score.kept_rate:.0%}" if score.kept_rate is not None else "—"
            painter.setPen(QColor("#333"))
            text = self.tr("%n 条 · 兑现 %1", "", score.items).replace("%1", rate)
            painter.drawText(QRect(int(x) + 6, top, RIGHT_W + 40, ROW_H), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.end()

    def _paint_legend(self, painter: QPainter, fm: QFontMetrics) -> None:
        x = LABEL_W
        for key, label in self._legend.items():
            painter.fillRect(QRect(x, 8, 12, 12), COLOURS[key])
            painter.setPen(QColor("#333"))
            painter.drawText(QRect(x + 16, 2, fm.horizontalAdvance(label) + 4, 22), Qt.AlignmentFlag.AlignVCenter, label)
            x += 16 + fm.horizontalAdvance(label) + 16
