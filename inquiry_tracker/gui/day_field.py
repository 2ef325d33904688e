"""A date field that takes a day as reporters type it, with a calendar to pick one.

``2024-11-22``, ``2024/11/22``, ``2024.11.22`` and ``2024年11月22日`` are all read
(:func:`inquiry_tracker.daytext.parse_day`); Ctrl+A then typing replaces the whole date,
as in any text field (a ``QDateEdit`` edits one section at a time). The day is taken when
typing is done (Return, Tab, focus elsewhere) and shown in ISO form; text that is not a
day is marked while typing and the last good day stands. The calendar
button opens Qt's calendar (translated with Qt's own catalogue).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QToolButton, QWidget

from inquiry_tracker.daytext import parse_day


class DayField(QWidget):
    """A day in a line edit, with a calendar popup.

    Signals:
        dateChanged(QDate): a new valid day was typed or picked.
    """

    dateChanged = Signal(QDate)

    def __init__(self, day: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.edit = QLineEdit()
        self.edit.setObjectName("dayText")
        self.edit.setPlaceholderText("2024-11-22")
        self.edit.setToolTip(self.tr("可输入 2024-11-22、2024/11/22 或 2024年11月22日"))
        row.addWidget(self.edit, 1)
        self.calendar_button = QToolButton()
        self.calendar_button.setObjectName("calendarButton")
        self.calendar_button.setText("▾")
        self.calendar_button.setToolTip(self.tr("日历"))
        self.calendar_button.clicked.connect(self.show_calendar)
        row.addWidget(self.calendar_button)
        self.setFocusProxy(self.edit)
        self.calendar: QCalendarWidget | None = None
        self._day = day if day is not None and day.isValid() else QDate.currentDate()
        self.edit.setText(self._day.toString(Qt.DateFormat.ISODate))
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._tidy)

    def date(self) -> QDate:
        """The day the text names (the last good one while the text is not a day)."""
        day = parse_day(self.edit.text())
        return QDate(day.year, day.month, day.day) if day is not None else QDate(self._day)

    def setDate(self, day: QDate) -> None:  # noqa: N802 — QDateEdit's name, so callers need not care
        """Show ``day``."""
        if not day.isValid():
            return
        self.edit.setText(day.toString(Qt.DateFormat.ISODate))
        self._mark(True)
        self._set(day)

    def _set(self, day: QDate) -> None:
        if day != self._day:
            self._day = day
            self.dateChanged.emit(QDate(day))

    def _typed(self, text: str) -> None:
        self._mark(parse_day(text) is not None or not text.strip())

    def _tidy(self) -> None:
        """Once typing is done (Return, Tab, focus elsewhere): take the day if the text is one,
        and show it in ISO form (the last good day if the text was not a day)."""
        self._set(self.date())
        self.edit.setText(self._day.toString(Qt.DateFormat.ISODate))
        self._mark(True)

    def _mark(self, ok: bool) -> None:
        self.edit.setStyleSheet("" if ok else "QLineEdit { background: #fde3e1; }")

    def show_calendar(self) -> QCalendarWidget:
        """Open the calendar under the field; a click on a day takes it."""
        cal = QCalendarWidget(self)
        cal.setWindowFlags(Qt.WindowType.Popup)
        cal.setObjectName("dayCalendar")
        cal.setSelectedDate(self._day)

        def picked(day: QDate) -> None:
            self.setDate(day)
            cal.close()

        cal.clicked.connect(picked)
        cal.move(self.mapToGlobal(self.rect().bottomLeft()))
        cal.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.calendar = cal
        cal.show()
        return cal


def day_of(field: DayField) -> date:
    """The field's day as a Python date."""
    d = field.date()
    return date(d.year(), d.month(), d.day())
