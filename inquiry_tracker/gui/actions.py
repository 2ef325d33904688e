"""Small dialogs for follow-up and review actions: verdict, 延期, assignment, note, item edit.

Each dialog only collects values (``values()``); the caller runs the service call through
the task runner. Dialogs are opened with ``open()`` (window-modal, not blocking the event
loop) and report through ``accepted``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from inquiry_tracker.gui.day_field import DayField
from inquiry_tracker.gui.i18n import kind_label, verdict_label
from inquiry_tracker.store import FollowUpRecord, ItemRecord
from inquiry_tracker.vocab import KINDS, VERDICTS, verdict_needs_note


def to_qdate(day: date) -> QDate:
    """A Python date as a ``QDate``."""
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    """A ``QDate`` as a Python date."""
    return date(day.year(), day.month(), day.day())


def date_edit(day: date, name: str) -> DayField:
    """A date field that reads 2024-11-22, 2024/11/22 and 2024年11月22日, with a calendar."""
    edit = DayField(to_qdate(day))
    edit.setObjectName(name)
    return edit


class _Form(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.setMinimumWidth(420)
        #: the field the keyboard starts in
        self.first_field: QWidget | None = None
        # Ctrl+Return saves from anywhere, a multi-line note included
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self._save_if_ready)

    def _save_if_ready(self) -> None:
        if self.ok_button.isEnabled():
            self.accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.first_field is not None:
            self.first_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def note_field(self, name: str, height: int) -> QPlainTextEdit:
        """A multi-line note in which Tab moves on rather than typing a tab."""
        note = QPlainTextEdit()
        note.setObjectName(name)
        note.setTabChangesFocus(True)
        note.setFixedHeight(height)
        return note

    def finish(self) -> None:
        self.form.addRow(self.buttons)

    def evidence_fields(self) -> None:
        self.evidence_url = QLineEdit()
        self.evidence_url.setObjectName("evidenceUrl")
        self.evidence_url.textChanged.connect(self.check)
        self.evidence_url.setPlaceholderText("https://…")
        self.form.addRow(self.tr("证据链接"), self.evidence_url)
        row = QHBoxLayout()
        self.evidence_file = QLineEdit()
        self.evidence_file.setObjectName("evidenceFile")
        self.evidence_file.textChanged.connect(self.check)
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.evidence_file, 1)
        row.addWidget(browse)
        self.form.addRow(self.tr("证据文件"), row)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择证据文件"))
        if path:
            self.evidence_file.setText(path)

    def check(self, *_args: object) -> None:
        """Enable OK when the form holds what it needs (subclasses say what)."""

    def evidence(self) -> dict[str, str | None]:
        return {
            "evidence_url": self.evidence_url.text().strip() or None,
            "evidence_file": self.evidence_file.text().strip() or None,
        }


class VerdictDialog(_Form):
    """Record a verdict with its note, evidence and the day it refers to."""

    def __init__(self, verdict: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("核实结论"), parent)
        self.verdict = QComboBox()
        self.verdict.setObjectName("verdictChoice")
        for v in VERDICTS:
            self.verdict.addItem(verdict_label(v), v)
        self.verdict.setCurrentIndex(VERDICTS.index(verdict) if verdict in VERDICTS else 0)
        self.form.addRow(self.tr("结论"), self.verdict)
        self.note = self.note_field("note", 90)
        self.note.setPlaceholderText(self.tr("核实经过:走访、电话、官方通报……"))
        self.form.addRow(self.tr("说明"), self.note)
        self.evidence_fields()
        self.on = date_edit(today, "verdictOn")
        self.form.addRow(self.tr("核实日期"), self.on)
        self.need = QLabel()
        self.need.setObjectName("needNote")
        self.need.setStyleSheet("color: #8a5a00;")
        self.form.addRow(self.need)
        self.finish()
        self.first_field = self.note
        self.note.textChanged.connect(self.check)
        self.verdict.currentIndexChanged.connect(self.check)
        self.check()

    def check(self, *_args: object) -> None:
        """A verdict that settles the item needs a note or evidence (as the services require)."""
        if not hasattr(self, "need"):
            return
        ok = verdict_needs_note(self.verdict.currentData()) is False or bool(
            self.note.toPlainText().strip() or self.evidence_url.text().strip() or self.evidence_file.text().strip()
        )
        self.ok_button.setEnabled(ok)
        self.need.setText("" if ok else self.tr("这个结论需要写明核实经过,或附上证据"))

    def values(self) -> dict[str, Any]:
        """Keyword arguments for ``set_verdict`` (besides db, id)."""
        return {
            "verdict": self.verdict.currentData(),
            "note": self.note.toPlainText().strip(),
            "on": from_qdate(self.on.date()),
            **self.evidence(),
        }


class DueDialog(_Form):
    """Move a deadline (延期): the new date, why, and where it was announced."""

    def __init__(self, current: date | None, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("调整期限(延期)"), parent)
        self.due = date_edit(current or today, "newDue")
        self.form.addRow(self.tr("新的到期日"), self.due)
        self.note = self.note_field("note", 70)
        self.form.addRow(self.tr("说明"), self.note)
        self.announced = QLineEdit()
        self.announced.setObjectName("announcedIn")
        self.announced.setPlaceholderText(self.tr("如:株洲日报 2020-06-01 第3版"))
        self.form.addRow(self.tr("公布出处"), self.announced)
        self.finish()
        self.first_field = self.due

    def values(self) -> dict[str, Any]:
        """Keyword arguments for ``change_due``."""
        return {
            "new_due": from_qdate(self.due.date()),
            "note": self.note.toPlainText().strip(),
            "announced_in": self.announced.text().strip() or None,
        }


class AssignDialog(_Form):
    """Give an item to a reporter (empty: nobody)."""

    def __init__(self, current: str | None, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("指派记者"), parent)
        self.name = QComboBox()
        self.name.setObjectName("assignee")
        self.name.setEditable(True)
        self.name.addItems(["", *names])
        self.name.setCurrentText(current or "")
        self.form.addRow(self.tr("跟进记者"), self.name)
        self.finish()
        self.first_field = self.name

    def values(self) -> dict[str, Any]:
        """Keyword arguments for ``assign``."""
        return {"assignee": self.name.currentText().strip() or None}


class NoteDialog(_Form):
    """A free note or a piece of evidence for the timeline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("添加备注"), parent)
        self.note = self.note_field("note", 90)
        self.form.addRow(self.tr("备注"), self.note)
        self.evidence_fields()
        self.finish()
        self.first_field = self.note

    def values(self) -> dict[str, Any]:
        """Keyword arguments for ``add_note``."""
        return {"text": self.note.toPlainText().strip(), **self.evidence()}


class CorrectDialog(_Form):
    """Correct a note, a piece of evidence or a verdict; the earlier entry stays, struck through."""

    def __init__(self, entry: FollowUpRecord, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("更正记录"), parent)
        self._is_verdict = entry.kind == "verdict"
        self.verdict = QComboBox()
        self.verdict.setObjectName("verdictChoice")
        if self._is_verdict:
            for v in VERDICTS:
                self.verdict.addItem(verdict_label(v), v)
            current = entry.verdict_to or "unchecked"
            self.verdict.setCurrentIndex(VERDICTS.index(current) if current in VERDICTS else 0)
            self.form.addRow(self.tr("结论"), self.verdict)
            self.verdict.currentIndexChanged.connect(self.check)
        self.note = self.note_field("note", 90)
        self.note.setPlainText(entry.note or "")
        self.form.addRow(self.tr("说明"), self.note)
        self.evidence_fields()
        self.evidence_url.setText(entry.evidence_url or "")
        self.evidence_file.setText(entry.evidence_file or "")
        self.finish()
        self.first_field = self.verdict if self._is_verdict else self.note
        self.note.textChanged.connect(self.check)
        self.check()

    def check(self, *_args: object) -> None:
        """Something must remain: a note or evidence (a verdict that needs none excepted)."""
        if not hasattr(self, "note"):
            return
        said = bool(self.note.toPlainText().strip() or self.evidence_url.text().strip() or self.evidence_file.text().strip())
        needs = not self._is_verdict or verdict_needs_note(self.verdict.currentData())
        self.ok_button.setEnabled(said or not needs)

    def values(self) -> dict[str, Any]:
        """Keyword arguments for ``correct_entry``."""
        out: dict[str, Any] = {"note": self.note.toPlainText().strip(), **self.evidence()}
        if self._is_verdict:
            out["verdict"] = self.verdict.currentData()
        return out


class WithdrawDialog(_Form):
    """Withdraw an entry (and what it changed); the entry stays, struck through."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("撤回记录"), parent)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("如:记错了条目"))
        self.form.addRow(self.tr("原因"), self.reason)
        self.finish()
        self.first_field = self.reason

    def values(self) -> dict[str, Any]:
        """Keyword arguments for ``withdraw_entry``."""
        return {"reason": self.reason.text().strip()}


class EditItemDialog(_Form):
    """Correct what the reader extracted (kind, subject, department, deadline, texts)."""

    def __init__(self, item: ItemRecord, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("编辑条目"), parent)
        self._item = item
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for k in KINDS:
            self.kind.addItem(kind_label(k), k)
        self.kind.setCurrentIndex(KINDS.index(item.kind) if item.kind in KINDS else 0)
        self.form.addRow(self.tr("类型"), self.kind)
        self.subject = self._line("subject", item.subject, self.tr("事项"))
        self.department = self._line("department", item.department, self.tr("责任部门"))
        self.deadline_expr = self._line("deadlineExpr", item.deadline_expr, self.tr("期限原文"))
        due_row = QHBoxLayout()
        self.has_due = QCheckBox(self.tr("有到期日"))
        self.has_due.setObjectName("hasDue")
        self.has_due.setChecked(item.due is not None)
        self.due = date_edit(item.due or date.today(), "due")
        self.due.setEnabled(item.due is not None)
        self.has_due.toggled.connect(self.due.setEnabled)
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        self.form.addRow(self.tr("到期日"), due_row)
        self.question = self._text("question", item.question, self.tr("网友提问"))
        self.reply = self._text("reply", item.reply, self.tr("部门答复"))
        self.statement = self._text("statement", item.statement, self.tr("承诺原文"))
        self.setMinimumWidth(560)
        self.finish()

    def _line(self, name: str, value: str | None, label: str) -> QLineEdit:
        edit = QLineEdit(value or "")
        edit.setObjectName(name)
        self.form.addRow(label, edit)
        return edit

    def _text(self, name: str, value: str | None, label: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(value or "")
        edit.setObjectName(name)
        edit.setFixedHeight(70)
        self.form.addRow(label, edit)
        return edit

    def values(self) -> dict[str, Any]:
        """The fields that differ from the item (for ``edit_item``)."""
        new: dict[str, Any] = {
            "kind": self.kind.currentData(),
            "subject": self.subject.text().strip(),
            "department": self.department.text().strip() or None,
            "deadline_expr": self.deadline_expr.text().strip() or None,
            "due": from_qdate(self.due.date()) if self.has_due.isChecked() else None,
            "question": self.question.toPlainText().strip() or None,
            "reply": self.reply.toPlainText().strip() or None,
            "statement": self.statement.toPlainText().strip() or None,
        }
        return {k: v for k, v in new.items() if getattr(self._item, k) != v}
